//! "Check your answers": every answer with a Change link that comes back here, and the engine's
//! contradictions as an error summary with a link to change each field involved.

use super::{PORTAL_NONE, change_href, is_blank, message, pack_tracked, readable};
use crate::error::InputError;
use crate::forms::questions::{Asked, NISS, Question};
use crate::i18n::{Lang, tr};
use crate::niss::{check_nif, check_niss};
use crate::ui::app_state::use_app;
use crate::ui::components::{Form, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// The rows: every question, in the order asked (not the older single message, shown with
/// the messages).
fn rows() -> impl Iterator<Item = &'static Question> {
    NISS.list.iter().filter(|q| q.asked != Asked::Legacy)
}

/// A short label for a field (the check page's row heading).
pub fn field_label(lang: Lang, field: &str) -> &'static str {
    tr(lang, NISS.find(field).map_or("niss-field-other", |q| q.label))
}

fn choice_label(lang: Lang, field: &str, value: &str) -> String {
    crate::ui::components::choice_label(lang, Form::Niss, field, value)
}

/// An answer as a person reads it.
pub fn shown(lang: Lang, form: &Value, field: &str, optional: bool) -> String {
    let v = crate::forms::get(form, field).cloned().unwrap_or(Value::Null);
    if field == "portal_messages" {
        let legacy = crate::forms::get(form, "portal_message").cloned().unwrap_or(Value::Null);
        let list = super::messages::saved(&v, &legacy);
        if !list.is_empty() {
            return list.iter().map(|m| choice_label(lang, field, m)).collect::<Vec<_>>().join("; ");
        }
        if crate::forms::get(form, PORTAL_NONE) == Some(&Value::Bool(true)) {
            return choice_label(lang, field, "none");
        }
        return tr(lang, "niss-check-not_answered_optional").to_string();
    }
    if is_blank(&v) {
        return tr(lang, if optional { "niss-check-not_answered_optional" } else { "niss-check-not_answered" }).to_string();
    }
    match (field, &v) {
        (_, Value::Bool(b)) => choice_label(lang, field, if *b { "true" } else { "false" }),
        ("typed_niss" | "typed_nif", Value::String(s)) => {
            let c = if field == "typed_nif" { check_nif(s) } else { check_niss(s) };
            let verdict = if c.problem.is_none() { tr(lang, "niss-check_number-ok") } else { tr(lang, "niss-check_number-problem") };
            let msg = crate::i18n::render(lang, &c.message);
            format!("{} — {verdict} {msg}", s.trim())
        }
        ("name", Value::String(s)) => s.trim().to_string(),
        (_, Value::String(s)) => choice_label(lang, field, s),
        (_, other) => other.to_string(),
    }
}

/// The engine's errors as an error summary: one entry per problem (a contradiction names two
/// fields: one entry, a Change link for each), every link going to the question and back.
pub fn problem_summary(lang: Lang, errs: &[InputError], lead: &'static str) -> impl IntoView + use<> {
    let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
    for e in errs {
        let text = if e.code == "required" {
            format!("{}: {}", field_label(lang, &e.field), tr(lang, "niss-check-missing"))
        } else {
            readable(&message(lang, e))
        };
        match grouped.iter_mut().find(|(t, _)| *t == text) {
            Some((_, fields)) => fields.push(e.field.clone()),
            None => grouped.push((text, vec![e.field.clone()])),
        }
    }
    let items = grouped
        .into_iter()
        .map(|(text, fields)| {
            let links = fields
                .into_iter()
                .map(|f| {
                    let label = format!("{}: {}", tr(lang, "nav-change"), field_label(lang, &f));
                    view! { <li><a href=change_href(&f) data-field=f.clone()>{label}</a></li> }
                })
                .collect_view();
            view! { <li class="problem"><p class="problem-text">{text}</p><ul>{links}</ul></li> }
        })
        .collect_view();
    view! {
        <div id="error-summary" class="error-summary" role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{tr(lang, "niss-errors-title")}</h2>
            <p>{tr(lang, lead)}</p>
            <ul class="plain-list">{items}</ul>
        </div>
    }
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.niss.clone());
        rows()
            .map(|q| {
                let (field, optional) = (q.path, !q.required);
                let label = field_label(lang, field);
                let change_aria = format!("{} — {label}", tr(lang, "nav-change"));
                view! {
                    <div id=format!("row-{field}") class="summary-row answer-row">
                        <dt class="answer-label">{label}</dt>
                        <dd class="answer-value">{shown(lang, &form, field, optional)}</dd>
                        <dd class="answer-change"><a href=change_href(field) aria-label=change_aria>{tr(lang, "nav-change")}</a></dd>
                    </div>
                }
            })
            .collect_view()
    };
    // Missing answers and contradictions, with a link to the question that settles each.
    let problems = move || {
        let lang = app.lang.get();
        match pack_tracked() {
            Some(Err(e)) => {
                let contradiction = e.errors.iter().any(|x| x.code == "contradiction");
                let lead = if contradiction { "niss-check-contradiction_lead" } else { "niss-check-missing_lead" };
                Some(problem_summary(lang, &e.errors, lead).into_any())
            }
            Some(Ok(_)) => None,
            None => Some(view! { <p role="alert">{tr(lang, "niss-errors-internal")}</p> }.into_any()),
        }
    };
    view! {
        {crate::ui::nav::back_link(crate::ui::nav::back(|| super::hash("name")))}
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss-check-title")}</h1>
        {problems}
        <dl id="answers-summary" class="answers">{rows}</dl>
        <p>{move || app.t("niss-check-next")}</p>
        <a id="continue" class="button" href=super::hash("pack")>{move || app.t("niss-check-see_pack")}</a>
    }
}
