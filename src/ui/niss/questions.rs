//! The question pages: the start page and one radio question per page (the messages page is in
//! `messages.rs`, the typed numbers and the name in `numbers.rs`).

use super::{contradictions_for, next, previous, try_continue};
use crate::i18n::{Lang, tr};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Form, Help, QuestionPage, focus_on_mount, form_value, set_form_value};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// A radio question: one answer of the advisor per page.
#[derive(Clone, Copy)]
pub struct RadioQuestion {
    pub step: &'static str,
    pub path: &'static str,
    /// (value, label key). Values "true" / "false" are stored as booleans.
    pub choices: &'static [(&'static str, &'static str)],
    pub title: &'static str,
    pub hint: Option<&'static str>,
    pub optional: bool,
    pub help: Option<(&'static str, &'static str)>,
}

const YES_NO: &[(&str, &str)] = &[("true", "niss-choice-yes"), ("false", "niss-choice-no")];
/// "Did you ever have a NISS?" also takes "I don't know" (the advisor then says to check first).
const YES_NO_DONT_KNOW: &[(&str, &str)] =
    &[("true", "niss-choice-yes"), ("false", "niss-choice-no"), ("dont_know", "niss-choice-dont_know")];

pub const NATIONALITY: &[(&str, &str)] = &[
    ("eu", "niss-choice-nationality_group-eu"),
    ("cplp", "niss-choice-nationality_group-cplp"),
    ("other", "niss-choice-nationality_group-other"),
    ("ukraine_temporary_protection", "niss-choice-nationality_group-ukraine_temporary_protection"),
];
pub const RESIDENCE: &[(&str, &str)] = &[
    ("title", "niss-choice-residence_status-title"),
    ("pending_with_receipt", "niss-choice-residence_status-pending_with_receipt"),
    ("visa", "niss-choice-residence_status-visa"),
    ("international_protection", "niss-choice-residence_status-international_protection"),
    ("none", "niss-choice-residence_status-none"),
];
pub const WORK: &[(&str, &str)] = &[
    ("employee_signed_contract", "niss-choice-work_situation-employee_signed_contract"),
    ("employee_no_contract", "niss-choice-work_situation-employee_no_contract"),
    ("independent_with_activity", "niss-choice-work_situation-independent_with_activity"),
    ("independent_no_activity", "niss-choice-work_situation-independent_no_activity"),
    ("company_officer", "niss-choice-work_situation-company_officer"),
    ("foreign_employer", "niss-choice-work_situation-foreign_employer"),
    ("voluntary_insurance", "niss-choice-work_situation-voluntary_insurance"),
    ("not_working", "niss-choice-work_situation-not_working"),
];
pub const NEEDED: &[(&str, &str)] = &[
    ("job", "niss-choice-needed_for-job"),
    ("aima_renewal", "niss-choice-needed_for-aima_renewal"),
    ("benefit", "niss-choice-needed_for-benefit"),
    ("other", "niss-choice-needed_for-other"),
];
pub const FILER: &[(&str, &str)] = &[
    ("self", "niss-choice-filed_by-self"),
    ("employer", "niss-choice-filed_by-employer"),
    ("representative", "niss-choice-filed_by-representative"),
];
/// The messages, offered as checkboxes (several may apply). "none" is not an engine value: it is
/// kept as a bookkeeping flag (see `PORTAL_NONE`).
pub const PORTAL: &[(&str, &str)] = &[
    ("niss_missing", "niss-choice-portal_message-niss_missing"),
    ("niss_invalid", "niss-choice-portal_message-niss_invalid"),
    ("data_cannot_be_updated", "niss-choice-portal_message-data_cannot_be_updated"),
    ("documents_insufficient", "niss-choice-portal_message-documents_insufficient"),
    ("employer_requires_niss", "niss-choice-portal_message-employer_requires_niss"),
    ("employer_asks_for_niss", "niss-choice-portal_message-employer_asks_for_niss"),
    ("none", "niss-choice-portal_message-none"),
];

const QUESTIONS: &[RadioQuestion] = &[
    RadioQuestion {
        step: "nationality-group",
        path: "nationality_group",
        choices: NATIONALITY,
        title: "niss-q-nationality_group",
        hint: Some("niss-hint-nationality_group"),
        optional: false,
        help: Some(("niss-help-cplp-title", "niss-help-cplp-body")),
    },
    RadioQuestion {
        step: "has-pt-citizen-card",
        path: "has_pt_citizen_card",
        choices: YES_NO,
        title: "niss-q-has_pt_citizen_card",
        hint: Some("niss-hint-has_pt_citizen_card"),
        optional: false,
        help: None,
    },
    RadioQuestion {
        step: "has-pt-address",
        path: "has_pt_address",
        choices: YES_NO,
        title: "niss-q-has_pt_address",
        hint: Some("niss-hint-has_pt_address"),
        optional: false,
        help: None,
    },
    RadioQuestion {
        step: "residence-status",
        path: "residence_status",
        choices: RESIDENCE,
        title: "niss-q-residence_status",
        hint: Some("niss-hint-residence_status"),
        optional: false,
        help: Some(("niss-help-protection-title", "niss-help-protection-body")),
    },
    RadioQuestion {
        step: "work-situation",
        path: "work_situation",
        choices: WORK,
        title: "niss-q-work_situation",
        hint: Some("niss-hint-work_situation"),
        optional: false,
        help: Some(("niss-help-activity-title", "niss-help-activity-body")),
    },
    RadioQuestion {
        step: "needed-for",
        path: "needed_for",
        choices: NEEDED,
        title: "niss-q-needed_for",
        hint: None,
        optional: false,
        help: None,
    },
    RadioQuestion {
        step: "had-niss-before",
        path: "had_niss_before",
        choices: YES_NO_DONT_KNOW,
        title: "niss-q-had_niss_before",
        hint: Some("niss-hint-had_niss_before"),
        optional: false,
        help: Some(("niss-help-niss-title", "niss-help-niss-body")),
    },
    RadioQuestion {
        step: "passport-or-name-changed",
        path: "passport_or_name_changed",
        choices: YES_NO,
        title: "niss-q-passport_or_name_changed",
        hint: Some("niss-hint-passport_or_name_changed"),
        optional: false,
        help: None,
    },
    RadioQuestion {
        step: "filed-by",
        path: "filed_by",
        choices: FILER,
        title: "niss-q-filed_by",
        hint: Some("niss-hint-filed_by"),
        optional: false,
        help: None,
    },
    RadioQuestion {
        step: "filing-for-family-member",
        path: "filing_for_family_member",
        choices: YES_NO,
        title: "niss-q-filing_for_family_member",
        hint: Some("niss-hint-filing_for_family_member"),
        optional: true,
        help: None,
    },
    RadioQuestion {
        step: "wants-combined-service",
        path: "wants_combined_service",
        choices: YES_NO,
        title: "niss-q-wants_combined_service",
        hint: Some("niss-hint-wants_combined_service"),
        optional: true,
        help: Some(("niss-help-combined-title", "niss-help-combined-body")),
    },
    RadioQuestion {
        step: "address-changed",
        path: "address_changed",
        choices: YES_NO,
        title: "niss-q-address_changed",
        hint: Some("niss-hint-address_changed"),
        optional: true,
        help: None,
    },
    RadioQuestion {
        step: "niss-requested",
        path: "niss_requested",
        choices: YES_NO,
        title: "niss-q-niss_requested",
        hint: Some("niss-hint-niss_requested"),
        optional: true,
        help: None,
    },
];

pub fn radio_question(step: &str) -> Option<RadioQuestion> {
    QUESTIONS.iter().find(|q| q.step == step).copied()
}

/// The label key of a radio answer, or of a message (`None` for an unknown value).
pub fn choice_key(path: &str, value: &str) -> Option<&'static str> {
    if path == "portal_messages" || path == "portal_message" {
        return PORTAL.iter().find(|(v, _)| *v == value).map(|(_, k)| *k);
    }
    QUESTIONS.iter().find(|q| q.path == path)?.choices.iter().find(|(v, _)| *v == value).map(|(_, k)| *k)
}

pub(super) fn field_error(errors: Errors, path: &str) -> Option<String> {
    errors.with(|e| e.iter().find(|(f, _)| f == path).map(|(_, m)| m.clone()))
}

/// Whether a radio value is the saved answer.
fn is_checked(path: &str, value: &str) -> bool {
    let cur = form_value(Form::Niss, path);
    match &cur {
        Value::Bool(b) => b.to_string() == value,
        Value::String(s) => s == value,
        _ => false,
    }
}

fn choose(path: &'static str, value: &'static str) {
    let v = match value {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        s => Value::String(s.to_string()),
    };
    set_form_value(Form::Niss, path, v);
}

/// Contradictions involving this page, shown (without blocking) when the person came from the
/// check page to fix them.
pub(super) fn contradiction_notice(paths: &'static [&'static str], changing: bool) -> impl IntoView {
    let app = use_app();
    move || {
        if !changing {
            return None;
        }
        let found = contradictions_for(paths, app.lang.get());
        (!found.is_empty()).then(|| {
            let items = found.into_iter().map(|m| view! { <p>{super::check::readable(&m)}</p> }).collect_view();
            view! {
                <div class="notice" id="contradiction-notice">
                    <p><strong>{move || app.t("niss-check-contradiction_lead")}</strong></p>
                    {items}
                </div>
            }
        })
    }
}

fn caption_key(optional: bool) -> &'static str {
    if optional { "niss-caption-optional" } else { "niss-caption-required" }
}

pub fn radio_page(q: RadioQuestion, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let (step, path) = (q.step, q.path);
    let cont = move |_| {
        let req: &[&str] = if q.optional { &[] } else { std::slice::from_ref(&q.path) };
        try_continue(errors, &[path], req, next(step, changing));
    };
    let hint_id = format!("{path}--hint");
    let err_id = format!("{path}--error");
    let described = {
        let (h, e) = (hint_id.clone(), err_id.clone());
        move || {
            let mut ids = Vec::new();
            if q.hint.is_some() {
                ids.push(h.clone());
            }
            if field_error(errors, path).is_some() {
                ids.push(e.clone());
            }
            ids.join(" ")
        }
    };
    let radios = q
        .choices
        .iter()
        .map(|&(value, key)| {
            let id = format!("{path}--{value}");
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name=path value=value
                        prop:checked=move || is_checked(path, value) on:change=move |_| choose(path, value) />
                    <label for=id>{move || app.t(key)}</label>
                </div>
            }
        })
        .collect_view();
    let paths: &'static [&'static str] = match QUESTIONS.iter().find(|x| x.path == path) {
        Some(found) => std::slice::from_ref(&found.path),
        None => &[],
    };
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(caption_key(q.optional)).to_string())
            title=Signal::derive(move || app.t(q.title).to_string()) errors=errors on_continue=cont
            back=Signal::derive(move || previous(step, changing))>
            {contradiction_notice(paths, changing)}
            <fieldset class="fieldset" class:has-error=move || field_error(errors, path).is_some()
                id=path tabindex="-1" aria-describedby=described>
                <legend class="visually-hidden">{move || app.t(q.title)}</legend>
                {q.hint.map(|h| view! { <div id=hint_id.clone() class="hint">{move || app.t(h)}</div> })}
                {move || field_error(errors, path).map(|m| view! { <p id=err_id.clone() class="field-error">{m}</p> })}
                <div class="radios">{radios}</div>
            </fieldset>
            {q.optional.then(|| view! { <p class="hint">{move || app.t("niss-optional-skip")}</p> })}
            {q.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
}

pub fn start() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    view! {
        <a class="back-link" href="#/">{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss-tool")}</h1>
        <p class="lead">{move || app.t("niss-start-lead")}</p>
        <p>{move || app.t("niss-start-what")}</p>
        <ul>
            <li>{move || app.t("niss-start-gives_documents")}</li>
            <li>{move || app.t("niss-start-gives_steps")}</li>
            <li>{move || app.t("niss-start-gives_letters")}</li>
            <li>{move || app.t("niss-start-gives_check")}</li>
        </ul>
        <p>{move || app.t("niss-start-someone_else")}</p>
        <p class="notice">{move || app.t("niss-start-private")}</p>
        <p class="hint">{move || app.t("niss-start-not_advice")}</p>
        <a id="continue" class="button" href=next("start", false)>{move || app.t("niss-start-button")}</a>
    }
}

/// The label of a radio answer in a language, or the raw value when unknown.
pub fn choice_label(lang: Lang, path: &str, value: &str) -> String {
    match choice_key(path, value) {
        Some(k) => tr(lang, k).to_string(),
        None => value.to_string(),
    }
}
