//! The engine's follow-up questions: after the basics, the report lists the answers that could
//! still change a result (`missing`); each is asked here, one per page, with "I don't know".

use super::{is_dont_know, person_label, report};
use crate::forms::questions::{SURVIVORS, survivors::caption as caption_of};
use crate::forms::{FieldKind, person_index};
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
            format!("{} · {}", app.t(caption_of(&p2)), person_label(app.lang.get(), &form, i))
        }
        None => app.t(caption_of(&p2)).to_string(),
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
    // A field no question declares (the tests make sure the engine asks none) as yes / no.
    let question = SURVIVORS.find(&path);
    let kind = question.map_or(FieldKind::YesNo, |q| q.kind);
    let help = question.and_then(|q| q.help);
    view! {
        <QuestionPage caption=caption title=title errors=errors on_continue=cont back=Signal::derive(|| "#/survivors/funeral".to_string())>
            <p class="hint">{move || app.t("hint-more")}</p>
            <Field form=Form::Survivors path=path.clone() label=title kind=kind errors=errors dont_know=true label_hidden=true />
            {help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
    .into_any()
}
