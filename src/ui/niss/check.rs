//! "Check your answers": every answer with a Change link that comes back here, and the engine's
//! contradictions as an error summary with a link to change each field involved.

use super::questions::choice_label;
use super::{PORTAL_NONE, change_href, is_blank, message, pack_tracked};
use crate::error::InputError;
use crate::i18n::{Lang, tr};
use crate::niss::{check_nif, check_niss};
use crate::ui::app_state::use_app;
use crate::ui::components::focus_on_mount;
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// Every field, in the order asked, and whether it is optional.
pub const FIELDS: &[(&str, bool)] = &[
    ("nationality_group", false),
    ("has_pt_citizen_card", false),
    ("has_pt_address", false),
    ("residence_status", false),
    ("work_situation", false),
    ("needed_for", false),
    ("had_niss_before", false),
    ("passport_or_name_changed", false),
    ("filed_by", false),
    ("filing_for_family_member", true),
    ("wants_combined_service", true),
    ("address_changed", true),
    ("niss_requested", true),
    ("portal_messages", true),
    ("typed_niss", true),
    ("typed_nif", true),
    ("name", true),
];

/// A short label for a field (the check page's row heading).
pub fn field_label(lang: Lang, field: &str) -> &'static str {
    let k: &'static str = match field {
        "nationality_group" => "niss-field-nationality_group",
        "has_pt_citizen_card" => "niss-field-has_pt_citizen_card",
        "has_pt_address" => "niss-field-has_pt_address",
        "residence_status" => "niss-field-residence_status",
        "work_situation" => "niss-field-work_situation",
        "needed_for" => "niss-field-needed_for",
        "had_niss_before" => "niss-field-had_niss_before",
        "passport_or_name_changed" => "niss-field-passport_or_name_changed",
        "filed_by" => "niss-field-filed_by",
        "filing_for_family_member" => "niss-field-filing_for_family_member",
        "wants_combined_service" => "niss-field-wants_combined_service",
        "address_changed" => "niss-field-address_changed",
        "niss_requested" => "niss-field-niss_requested",
        "portal_message" | "portal_messages" => "niss-field-portal_message",
        "typed_niss" => "niss-field-typed_niss",
        "typed_nif" => "niss-field-typed_nif",
        "name" => "niss-field-name",
        _ => "niss-field-other",
    };
    tr(lang, k)
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

/// An engine message without the JSON keys it names in brackets (`… (had_niss_before) …`):
/// the person sees the question's words; the keys are for the command line.
pub fn readable(msg: &str) -> String {
    let mut out = msg.to_string();
    for (field, _) in FIELDS {
        out = out.replace(&format!(" ({field})"), "");
    }
    out
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.niss.clone());
        FIELDS
            .iter()
            .map(|&(field, optional)| {
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
        <a class="back-link" href=super::hash("name")>{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss-check-title")}</h1>
        {problems}
        <dl id="answers-summary" class="answers">{rows}</dl>
        <p>{move || app.t("niss-check-next")}</p>
        <a id="continue" class="button" href=super::hash("pack")>{move || app.t("niss-check-see_pack")}</a>
    }
}
