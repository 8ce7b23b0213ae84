//! The question pages: the start page and one radio question per page (the messages page is in
//! `messages.rs`, the typed numbers and the name in `numbers.rs`).

use super::{contradictions_for, next, previous, readable, try_continue};
use crate::forms::FieldKind;
use crate::forms::questions::{NISS, Question};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Form, Help, QuestionPage, focus_on_mount, form_value, set_form_value};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// The radio question a step asks (one answer of the advisor per page), as declared.
pub fn radio_question(step: &str) -> Option<&'static Question> {
    NISS.on_step(step).find(|q| matches!(q.kind, FieldKind::YesNo | FieldKind::Choice(_)))
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
pub(super) fn contradiction_notice(paths: Vec<&'static str>, changing: bool) -> impl IntoView {
    let app = use_app();
    move || {
        if !changing {
            return None;
        }
        let found = contradictions_for(&paths, app.lang.get());
        (!found.is_empty()).then(|| {
            let items = found.into_iter().map(|m| view! { <p>{readable(&m)}</p> }).collect_view();
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

pub fn radio_page(q: &'static Question, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let (step, path) = (q.step().unwrap_or("start"), q.path);
    let title = q.title.unwrap_or(q.label);
    let optional = !q.required;
    let cont = move |_| {
        let req: &[&str] = if optional { &[] } else { std::slice::from_ref(&q.path) };
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
    let radios = NISS
        .choices(q)
        .into_iter()
        .map(|choice| {
            let (value, key) = (choice.value, choice.label);
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
    let paths = vec![q.path];
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(caption_key(optional)).to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=crate::ui::nav::back(move || previous(step, changing))>
            {contradiction_notice(paths, changing)}
            <fieldset class="fieldset" class:has-error=move || field_error(errors, path).is_some()
                id=path tabindex="-1" aria-describedby=described>
                <legend class="visually-hidden">{move || app.t(title)}</legend>
                {q.hint.map(|h| view! { <div id=hint_id.clone() class="hint">{move || app.t(h)}</div> })}
                {move || field_error(errors, path).map(|m| view! { <p id=err_id.clone() class="field-error">{m}</p> })}
                <div class="radios">{radios}</div>
            </fieldset>
            {optional.then(|| view! { <p class="hint">{move || app.t("niss-optional-skip")}</p> })}
            {q.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
}

pub fn start() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    view! {
        {crate::ui::nav::back_link(crate::ui::nav::back(|| "#/".to_string()))}
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
