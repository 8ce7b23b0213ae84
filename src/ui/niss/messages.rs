//! The messages page: several portal or institution messages may apply at once (AIMA asks for
//! the NISS *and* Social Security refused it), so they are checkboxes. The answer is kept as
//! `portal_messages` (a list); an older saved `portal_message` (one value) is read as a list of
//! one and dropped at the first change.

use super::{PORTAL_NONE, next, previous, try_continue};
use crate::forms::questions::{NISS, niss::PORTAL_NONE_VALUE};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Form, form_value, set_form_value};
use crate::ui::components::QuestionPage;
use leptos::prelude::*;
use serde_json::Value;

const PATH: &str = "portal_messages";
const LEGACY: &str = "portal_message";

/// The messages saved in a NISS form, the older single value included, in order, once each.
pub fn saved(form_list: &Value, legacy: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let items = legacy.as_str().into_iter().chain(form_list.as_array().into_iter().flatten().filter_map(Value::as_str));
    for m in items {
        if !out.iter().any(|x| x == m) {
            out.push(m.to_string());
        }
    }
    out
}

fn current() -> Vec<String> {
    saved(&form_value(Form::Niss, PATH), &form_value(Form::Niss, LEGACY))
}

fn is_checked(value: &str) -> bool {
    if value == PORTAL_NONE_VALUE {
        return current().is_empty() && form_value(Form::Niss, PORTAL_NONE) == Value::Bool(true);
    }
    current().iter().any(|m| m == value)
}

fn toggle(value: &'static str, on: bool) {
    let mut list = if value == PORTAL_NONE_VALUE { Vec::new() } else { current() };
    if value != PORTAL_NONE_VALUE {
        list.retain(|m| m != value);
        if on {
            list.push(value.to_string());
        }
    }
    set_form_value(Form::Niss, PORTAL_NONE, Value::Bool(value == PORTAL_NONE_VALUE && on));
    set_form_value(Form::Niss, LEGACY, Value::Null);
    let v = if list.is_empty() { Value::Null } else { Value::Array(list.into_iter().map(Value::String).collect()) };
    set_form_value(Form::Niss, PATH, v);
}

pub fn page(changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    const STEP: &str = "portal-message";
    let cont = move |_| try_continue(errors, &[PATH, LEGACY], &[], next(STEP, changing));
    let question = NISS.find(PATH);
    let title = question.and_then(|q| q.title).unwrap_or("niss-q-portal_message");
    let hint = question.and_then(|q| q.hint).unwrap_or("niss-hint-portal_messages");
    let boxes = question
        .map(|q| NISS.choices(q))
        .unwrap_or_default()
        .into_iter()
        .map(|choice| {
            let (value, key) = (choice.value, choice.label);
            let id = format!("{PATH}--{value}");
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() name=PATH value=value
                        prop:checked=move || is_checked(value)
                        on:change=move |ev| toggle(value, event_target_checked(&ev)) />
                    <label for=id>{move || app.t(key)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("niss-caption-optional").to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=crate::ui::nav::back(move || previous(STEP, changing))>
            <fieldset class="fieldset" id=PATH tabindex="-1" aria-describedby=format!("{PATH}--hint")>
                <legend class="visually-hidden">{move || app.t(title)}</legend>
                <div id=format!("{PATH}--hint") class="hint">{move || app.t(hint)}</div>
                <div class="checkboxes">{boxes}</div>
            </fieldset>
            <p class="hint">{move || app.t("niss-optional-skip")}</p>
        </QuestionPage>
    }
}
