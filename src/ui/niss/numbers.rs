//! The typed numbers page (NISS and NIF, checked when the person leaves the field, never
//! blocking) and the name page.

use super::questions::{contradiction_notice, field_error};
use super::{next, previous, try_continue};
use crate::forms::questions::NISS;
use crate::i18n::Lang;
use crate::niss::{IdCheck, check_nif, check_niss};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, QuestionPage, form_value, set_form_value};
use leptos::prelude::*;
use serde_json::Value;

/// The checker's message for a typed number, in the person's language.
fn check_message(lang: Lang, c: &IdCheck) -> String {
    crate::i18n::render(lang, &c.message)
}

fn run_check(path: &str, text: &str) -> Option<IdCheck> {
    if text.trim().is_empty() {
        return None;
    }
    Some(if path == "typed_nif" { check_nif(text) } else { check_niss(text) })
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// A typed number: saved as typed, checked when the person leaves the field, never blocking.
fn number_field(path: &'static str, label: &'static str, hint: Option<&'static str>, errors: Errors) -> impl IntoView {
    let app = use_app();
    let initial = as_text(&form_value(Form::Niss, path));
    let check = RwSignal::new(run_check(path, &initial));
    let hint_id = format!("{path}--hint");
    let err_id = format!("{path}--error");
    let check_id = format!("{path}--check");
    let described = {
        let (h, e, c) = (hint_id.clone(), err_id.clone(), check_id.clone());
        move || {
            let mut ids = vec![h.clone()];
            if check.with(Option::is_some) {
                ids.push(c.clone());
            }
            if field_error(errors, path).is_some() {
                ids.push(e.clone());
            }
            ids.join(" ")
        }
    };
    let on_leave = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        check.set(run_check(path, &text));
    };
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        let text = event_target_value(&ev);
        check.set(run_check(path, &text));
    };
    let shown = move || {
        check.get().map(|c| {
            let msg = check_message(app.lang.get(), &c);
            if c.problem.is_none() {
                view! { <p class="hint check-ok"><strong>{move || app.t("niss-check_number-ok")}</strong>" "{msg}</p> }.into_any()
            } else {
                view! { <p class="field-error check-problem"><strong>{move || app.t("niss-check_number-problem")}</strong>" "<span class="normal-weight">{msg}</span></p> }.into_any()
            }
        })
    };
    view! {
        <div class="form-group" class:has-error=move || field_error(errors, path).is_some()>
            <label for=path>{move || app.t(label)}</label>
            <div id=hint_id class="hint">{move || hint.map(|h| app.t(h))}</div>
            {move || field_error(errors, path).map(|m| view! { <p id=err_id.clone() class="field-error">{m}</p> })}
            <input id=path name=path class="input input-number" type="text" inputmode="numeric" autocomplete="off"
                spellcheck="false" maxlength="64" aria-describedby=described
                prop:value=move || as_text(&form_value(Form::Niss, path))
                on:input=move |ev| set_form_value(Form::Niss, path, Value::String(event_target_value(&ev)))
                on:change=on_leave on:blur=on_blur />
            <div id=check_id aria-live="polite">{shown}</div>
        </div>
    }
}

pub fn numbers(changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    const STEP: &str = "typed-niss";
    let paths: Vec<&'static str> = NISS.on_step(STEP).map(|q| q.path).collect();
    let checked = paths.clone();
    let cont = move |_| try_continue(errors, &checked, &[], next(STEP, changing));
    let fields = NISS.on_step(STEP).map(|q| number_field(q.path, q.label, q.hint, errors)).collect_view();
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("niss-caption-optional").to_string())
            title=Signal::derive(move || app.t("niss-q-numbers").to_string()) errors=errors on_continue=cont
            back=crate::ui::nav::back(move || previous("typed-niss", changing))>
            {contradiction_notice(paths, changing)}
            <p class="hint">{move || app.t("niss-hint-numbers")}</p>
            {fields}
            <p class="hint">{move || app.t("niss-optional-skip")}</p>
        </QuestionPage>
    }
}

pub fn name(changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let Some(q) = NISS.on_step("name").next() else { return crate::ui::not_found().into_any() };
    let title = q.title.unwrap_or(q.label);
    let cont = move |_| try_continue(errors, &[q.path], &[], next("name", changing));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("niss-caption-optional").to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=crate::ui::nav::back(move || previous("name", changing))>
            <Field form=Form::Niss path=q.path label=Signal::derive(move || app.t(title).to_string())
                kind=q.kind errors=errors hint=q.hint label_hidden=true />
            <p class="hint">{move || app.t("niss-optional-skip")}</p>
        </QuestionPage>
    }
    .into_any()
}
