//! The fixed questions about the death and the person who died: one question per page, as
//! declared in `forms::questions::survivors` (the start page's two choices included).

use super::{next, previous, try_continue};
use crate::forms::questions::{Question, SURVIVORS, survivors::caption};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value, set_form_value};
use leptos::prelude::*;
use serde_json::Value;

/// The page of a step that asks one question; `None` when no question has that page.
pub fn single(step: &str, changing: bool) -> Option<impl IntoView + use<>> {
    let q = SURVIVORS.on_step(step).next()?;
    Some(page(q, q.title.unwrap_or(q.label), q.hint, changing))
}

/// The date of death, asked in other words when the person is planning ahead.
pub fn death_date(changing: bool) -> Option<impl IntoView + use<>> {
    let q = SURVIVORS.find("death_date")?;
    let planning = form_value(Form::Survivors, "projection") == Value::Bool(true);
    let (title, hint) = if planning {
        ("q-death_date_planning", Some("hint-death_date_planning"))
    } else {
        (q.title.unwrap_or(q.label), q.hint)
    };
    Some(page(q, title, hint, changing))
}

fn page(q: &'static Question, title: &'static str, hint: Option<&'static str>, changing: bool) -> impl IntoView + use<> {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let path = q.path;
    let step = q.step().unwrap_or("start");
    let required = q.required;
    let cont = move |_| {
        let req: &[&str] = if required { &[path] } else { &[] };
        try_continue(errors, &[path], req, next(step, changing));
    };
    let back = Signal::derive(move || previous(step));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(caption(path)).to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont back=back>
            <Field form=Form::Survivors path=path label=Signal::derive(move || app.t(title).to_string()) kind=q.kind
                errors=errors hint=hint dont_know=q.dont_know label_hidden=true />
            {q.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
}

/// "This is about…": a death that happened, or planning ahead (the choices of `projection`).
pub fn start() -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let question = SURVIVORS.find("projection");
    let title = question.and_then(|q| q.title).unwrap_or("q-start");
    let choose = |planning: bool| set_form_value(Form::Survivors, "projection", Value::Bool(planning));
    let current = move || form_value(Form::Survivors, "projection");
    let cont = move |_| {
        if current().is_null() {
            errors.set(vec![("projection".into(), app.t_untracked("errors-choose_one").to_string())]);
        } else {
            errors.set(Vec::new());
            crate::ui::route::go(&next("start", false));
        }
    };
    let radios = question
        .map(|q| SURVIVORS.choices(q))
        .unwrap_or_default()
        .into_iter()
        .map(|choice| {
            let planning = choice.value == "true";
            let id = format!("projection--{}", choice.value);
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="projection" value=choice.value
                        prop:checked=move || current() == Value::Bool(planning) on:change=move |_| choose(planning) />
                    <label for=id>{move || app.t(choice.label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("survivors-tool").to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=Signal::derive(|| "#/".to_string())>
            <p>{move || app.t("survivors-intro")}</p>
            <fieldset class="fieldset" id="projection">
                <legend class="visually-hidden">{move || app.t(title)}</legend>
                <div class="radios">{radios}</div>
            </fieldset>
        </QuestionPage>
    }
}
