//! The GOV.UK date input: a date asked as three boxes, day / month / year.

use super::app_state::use_app;
use super::components::{Errors, Form, field_error, form_value, set_form_value};
use crate::forms::DONT_KNOW;
use leptos::prelude::*;
use serde_json::Value;

/// A date as three boxes, day / month / year (the GOV.UK date input), in a group named by the
/// question. The day box has the field's id (an error about the whole date links to it), the
/// others `<path>--month` and `<path>--year`. What is typed is kept as typed until it makes a
/// real date (`forms::date_input`).
pub(super) fn date_input(
    form: Form,
    path: String,
    label: Signal<String>,
    errors: Errors,
    hint: Option<&'static str>,
    dont_know: bool,
    label_hidden: bool,
) -> impl IntoView {
    use crate::forms::date_input::{DateParts, join, split};
    let app = use_app();
    let parts = split(&form_value(form, &path));
    let (day, month, year) = (StoredValue::new(parts.day), StoredValue::new(parts.month), StoredValue::new(parts.year));
    let typed = move || DateParts { day: day.get_value(), month: month.get_value(), year: year.get_value() };
    let write = {
        let path = path.clone();
        move || set_form_value(form, &path, join(&typed()))
    };
    let hint_id = format!("{path}--hint");
    let err_id = format!("{path}--error");
    let described = {
        let (hint_id, err_id, p) = (hint_id.clone(), err_id.clone(), path.clone());
        move || if field_error(errors, &p).is_some() { format!("{hint_id} {err_id}") } else { hint_id.clone() }
    };
    let has_error = {
        let p = path.clone();
        move || field_error(errors, &p).is_some()
    };
    let err_view = {
        let (p, err_id) = (path.clone(), err_id.clone());
        move || field_error(errors, &p).map(|m| view! { <p id=err_id.clone() class="field-error">{m}</p> })
    };
    let boxes = [("date-day", "", day, "input date-part input-width-2"), ("date-month", "--month", month, "input date-part input-width-2"), ("date-year", "--year", year, "input date-part input-width-4")]
        .into_iter()
        .map(|(word, suffix, part, class)| {
            let id = format!("{path}{suffix}");
            // A box is marked when the error is about it, or about the whole date.
            let marked = {
                let (id, p) = (id.clone(), path.clone());
                move || errors.with(|e| e.iter().any(|(f, _)| *f == id || *f == p))
            };
            let write = write.clone();
            let on_input = move |ev| {
                part.set_value(event_target_value(&ev));
                write();
            };
            view! {
                <div class="date-input-item">
                    <label for=id.clone()>{move || app.t(word)}</label>
                    <input id=id class=class class:input-error=marked type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                        prop:value=part.get_value() on:input=on_input />
                </div>
            }
        })
        .collect_view();
    let dk = dont_know.then(|| {
        let id = format!("{path}--{DONT_KNOW}");
        let (p, p2) = (path.clone(), path.clone());
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone()
                    prop:checked=move || form_value(form, &p) == Value::String(DONT_KNOW.into())
                    on:change=move |ev| {
                        // Unticked: what is in the boxes is the answer again.
                        let v = if event_target_checked(&ev) { Value::String(DONT_KNOW.into()) } else { join(&typed()) };
                        set_form_value(form, &p2, v);
                    } />
                <label for=id>{move || app.t(form.questions().dont_know)}</label>
            </div>
        }
    });
    view! {
        <div class="form-group" class:has-error=has_error>
            <fieldset class="fieldset" role="group" aria-describedby=described>
                <legend class:visually-hidden=label_hidden>{move || label.get()}</legend>
                <div id=hint_id class="hint">
                    {hint.map(|h| view! { <span class="hint-line">{move || app.t(h)}</span> })}
                    <span class="hint-line">{move || app.t("date-example")}</span>
                </div>
                {err_view}
                <div class="date-input">{boxes}</div>
                {dk}
            </fieldset>
        </div>
    }
}
