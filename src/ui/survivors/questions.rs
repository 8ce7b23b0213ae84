//! The fixed questions about the death and the person who died, as declared in
//! `forms::questions::survivors`: a step's page asks every question declared on it, the first
//! as its heading, the others revealed when they are asked (the months of contributions and
//! the pension once a scheme is chosen). The start page's two choices are its own.

use super::{back, next, previous, try_continue};
use crate::forms::questions::{Question, SURVIVORS, survivors::caption};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value, set_form_value};
use leptos::prelude::*;
use serde_json::Value;

/// The page of a step that asks questions; `None` when no question has that page.
pub fn single(step: &str, changing: bool) -> Option<impl IntoView + use<>> {
    let first = SURVIVORS.on_step(step).next()?;
    Some(page(step_of(first), first.title.unwrap_or(first.label), first.hint, changing))
}

fn step_of(q: &Question) -> &'static str {
    q.step().unwrap_or("start")
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
    Some(page(step_of(q), title, hint, changing))
}

/// Whether a question of a step is asked now (its condition holds).
fn asked_now(q: &'static Question) -> bool {
    use_app().state.with(|s| q.is_asked(&s.survivors, q.path))
}

fn page(step: &'static str, title: &'static str, hint: Option<&'static str>, changing: bool) -> impl IntoView + use<> {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let questions: Vec<&'static Question> = SURVIVORS.on_step(step).collect();
    let first_path = questions.first().map_or("", |q| q.path);
    let cont = {
        let questions = questions.clone();
        move |_| {
            let paths: Vec<&str> = questions.iter().filter(|q| asked_now(q)).map(|q| q.path).collect();
            let required: Vec<&str> = questions.iter().filter(|q| q.required && asked_now(q)).map(|q| q.path).collect();
            try_continue(errors, &paths, &required, next(step, changing));
        }
    };
    let fields = questions
        .into_iter()
        .enumerate()
        .map(|(n, q)| {
            if n == 0 {
                // The first question is the page's heading.
                field(q, title, hint, errors, true).into_any()
            } else {
                // The others with their own question (or label) above them.
                let label = q.title.unwrap_or(q.label);
                view! { <Show when=move || asked_now(q)><div class="reveal">{field(q, label, q.hint, errors, false)}</div></Show> }.into_any()
            }
        })
        .collect_view();
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(caption(first_path)).to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=back(move || previous(step), changing)>
            {fields}
        </QuestionPage>
    }
}

/// One question of a step, with its help.
fn field(q: &'static Question, label: &'static str, hint: Option<&'static str>, errors: Errors, label_hidden: bool) -> impl IntoView + use<> {
    let app = use_app();
    view! {
        <Field form=Form::Survivors path=q.path label=Signal::derive(move || app.t(label).to_string()) kind=q.kind
            errors=errors hint=hint dont_know=q.dont_know label_hidden=label_hidden />
        {q.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
    }
}

/// "This is about…": a death that happened, or planning ahead (the choices of `projection`).
pub fn start(changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let question = SURVIVORS.find("projection");
    let title = question.and_then(|q| q.title).unwrap_or("q-start");
    let choose = |planning: bool| set_form_value(Form::Survivors, "projection", Value::Bool(planning));
    let current = move || form_value(Form::Survivors, "projection");
    let cont = move |_| try_continue(errors, &["projection"], &["projection"], next("start", changing));
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
    let has_error = move || errors.with(|e| !e.is_empty());
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("survivors-tool").to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=back(|| "#/".to_string(), changing)>
            <p>{move || app.t("survivors-intro")}</p>
            <fieldset class="fieldset" class:has-error=has_error id="projection">
                <legend class="visually-hidden">{move || app.t(title)}</legend>
                {move || errors.with(|e| e.first().map(|(_, m)| view! { <p id="projection--error" class="field-error">{m.clone()}</p> }))}
                <div class="radios">{radios}</div>
            </fieldset>
        </QuestionPage>
    }
}
