//! "Check your answers": every answer with a Change link that comes back here.

use super::{is_dont_know, person_label};
use crate::forms::questions::SURVIVORS;
use crate::forms::{self, FieldKind};
use crate::i18n::{Lang, tr};
use crate::ui::app_state::use_app;
use crate::ui::components::{Form, choice_label, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// An answer as a person reads it, in their language.
pub fn shown(lang: Lang, form: &Value, path: &str, v: &Value) -> String {
    if is_dont_know(v) {
        return tr(lang, SURVIVORS.dont_know).to_string();
    }
    let kind = SURVIVORS.find(path).map(|q| q.kind);
    // The payer is stored by id: show who it is.
    if kind == Some(FieldKind::Payer)
        && let Some(id) = v.as_str()
    {
        if id == "other" {
            return tr(lang, "funeral-other").to_string();
        }
        let idx = form["people"].as_array().and_then(|a| a.iter().position(|p| p["id"] == id));
        return idx.map_or_else(|| id.to_string(), |i| person_label(lang, form, i));
    }
    match (kind, v) {
        (_, Value::Bool(b)) => choice_label(lang, Form::Survivors, path, if *b { "true" } else { "false" }),
        (Some(FieldKind::Date), Value::String(s)) => crate::dates::parse_iso(s).map_or_else(|| s.clone(), |d| crate::i18n::format_date(lang, d)),
        // Read the way the form is converted: "1.500" is 1 500 €.
        (Some(FieldKind::Money), Value::String(s)) => forms::money_input::amount(s).map_or_else(|| s.clone(), |m| crate::i18n::format_money(lang, m)),
        (Some(FieldKind::Choice(_)), Value::String(s)) => choice_label(lang, Form::Survivors, path, s),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// The label of an answer (`people[0].marriage_date` → "Data do casamento"); an error about
/// the whole of the deceased's answers is labelled by their caption.
pub fn field_label(lang: Lang, path: &str) -> &'static str {
    let id = match SURVIVORS.find(path) {
        Some(q) => q.label,
        None if path == "deceased" => crate::forms::questions::survivors::caption(path),
        None => "field-other",
    };
    tr(lang, id)
}

/// Where the Change link of an answer goes.
pub use crate::forms::routes::survivors_change_href as change_href;

/// Every answered path of the form, in the order of the questions.
pub use crate::forms::questions::survivors::answered;

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        let mut last_person: Option<usize> = None;
        answered(&form)
            .into_iter()
            .map(|(path, v)| {
                let group = match forms::person_index(&path) {
                    Some(i) if last_person != Some(i) => {
                        last_person = Some(i);
                        Some(view! { <tr class="group"><th colspan="3" scope="colgroup">{person_label(lang, &form, i)}</th></tr> })
                    }
                    _ => None,
                };
                let label = field_label(lang, &path);
                let change_aria = format!("{} {}", tr(lang, "nav-change"), label.to_lowercase());
                view! {
                    {group}
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{crate::source::no_break_amounts(&shown(lang, &form, &path, &v))}</td>
                        <td><a href=change_href(&path) aria-label=change_aria>{tr(lang, "nav-change")}</a></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <a class="back-link" href="#/survivors/funeral">{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("check-title")}</h1>
        <table class="summary" id="answers-summary">
            <caption class="visually-hidden">{move || app.t("check-title")}</caption>
            <tbody>{rows}</tbody>
        </table>
        <p>{move || app.t("check-next")}</p>
        <a id="continue" class="button" href="#/survivors/results">{move || app.t("check-see_results")}</a>
    }
}
