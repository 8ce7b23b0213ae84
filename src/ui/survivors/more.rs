//! The engine's follow-up questions: after the basics, the report lists the answers that could
//! still change a result (`missing`); each is asked here, one per page, with "I don't know".

use super::{is_dont_know, person_label, report};
use crate::forms::{field_kind, person_index};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value};
use crate::ui::route::go;
use leptos::prelude::*;

/// The next field the engine still needs and the person has not answered ("don't know" counts
/// as an answer), with its question.
pub fn next_missing() -> Option<(String, crate::message::Msg)> {
    let Some(Ok(r)) = report() else { return None };
    r.benefits
        .iter()
        .flat_map(|b| b.missing.iter())
        .find(|m| !is_dont_know(&form_value(Form::Survivors, &m.field)))
        .map(|m| (m.field.clone(), m.question.clone()))
}

fn question_for(path: &str) -> Option<crate::message::Msg> {
    let Some(Ok(r)) = report() else { return None };
    r.benefits.iter().flat_map(|b| b.missing.iter()).find(|m| m.field == path).map(|m| m.question.clone())
}

pub fn page(path: Option<String>, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let Some(path) = path else {
        // No field named: go to the first one still needed, or on to the check page.
        let to = next_missing().map_or("#/survivors/check".to_string(), |(f, _)| format!("#/survivors/more/{f}"));
        request_animation_frame(move || go(&to));
        return view! { <p>{move || app.t("nav-loading")}</p> }.into_any();
    };
    // Asked from the check page after the engine stopped needing it: keep the question's words.
    let question = question_for(&path);
    let q2 = question.clone();
    let title = Signal::derive(move || match &q2 {
        Some(q) => crate::i18n::render(app.lang.get(), q),
        None => app.t("q-more_fallback").to_string(),
    });
    let p2 = path.clone();
    let caption = Signal::derive(move || match person_index(&p2) {
        Some(i) => {
            let form = app.state.with(|s| s.survivors.clone());
            format!("{} · {}", app.t("caption-family"), person_label(app.lang.get(), &form, i))
        }
        None if p2.starts_with("funeral") => app.t("caption-funeral").to_string(),
        None if p2.starts_with("deceased") => app.t("caption-deceased").to_string(),
        None => app.t("caption-death").to_string(),
    });
    let p3 = path.clone();
    let cont = move |_| {
        let found = super::page_errors(&[p3.as_str()], &[p3.as_str()], app.lang.get_untracked());
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        let to = if changing {
            "#/survivors/check".to_string()
        } else {
            next_missing().map_or("#/survivors/check".to_string(), |(f, _)| format!("#/survivors/more/{f}"))
        };
        go(&to);
    };
    let kind = field_kind(&path);
    view! {
        <QuestionPage caption=caption title=title errors=errors on_continue=cont back=Signal::derive(|| "#/survivors/funeral".to_string())>
            <p class="hint">{move || app.t("hint-more")}</p>
            <Field form=Form::Survivors path=path.clone() label=title kind=kind errors=errors dont_know=true label_hidden=true />
            {help_for(&path).map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
    .into_any()
}

/// The explanation of the hard word a question turns on, if any.
fn help_for(path: &str) -> Option<(&'static str, &'static str)> {
    let key = path.rsplit('.').next().unwrap_or(path);
    Some(match key {
        "alimony_monthly" | "no_alimony_deceased_lacked_means" => ("help-alimony-title", "help-alimony-body"),
        "judicially_separated" => ("help-separation-title", "help-separation-body"),
        "lived_with_deceased" => ("help-common_household-title", "help-common_household-body"),
        "union_start_date" => ("help-union-title", "help-union-body"),
        "monthly_income" | "household_monthly_income" => ("help-ias-title", "help-ias-body"),
        "national_or_equivalent" | "resident" => ("help-resident-title", "help-resident-body"),
        "works_compulsory_scheme" => ("help-compulsory-title", "help-compulsory-body"),
        "own_social_pension" | "social_pension_recipient" => ("help-social_pension-title", "help-social_pension-body"),
        "common_child" | "unborn" => ("help-unborn-title", "help-unborn-body"),
        _ => return None,
    })
}
