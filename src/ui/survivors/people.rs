//! The family: a list to add, change and remove people, and one page per person asking only
//! who they are (relation, name, date of birth). What else a person must answer comes from
//! the engine, on the "more questions" pages.

use super::{person_label, try_continue};
use crate::forms::questions::{Question, SURVIVORS};
use crate::forms::questions::survivors::caption as caption_of;
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value, set_form_value};
use crate::ui::route::go;
use leptos::prelude::*;
use serde_json::{Value, json};

fn people_count() -> usize {
    form_value(Form::Survivors, "people").as_array().map_or(0, Vec::len)
}

/// A new id no one else has (ids stay put when others are removed: the funeral payer refers
/// to one).
fn fresh_id() -> String {
    let people = form_value(Form::Survivors, "people");
    let taken: Vec<String> =
        people.as_array().map(|a| a.iter().filter_map(|p| p["id"].as_str().map(str::to_string)).collect()).unwrap_or_default();
    (1..).map(|n| format!("p{n}")).find(|id| !taken.contains(id)).unwrap_or_else(|| "p0".into())
}

pub fn list() -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let add = move |_| {
        let idx = people_count();
        set_form_value(Form::Survivors, &format!("people[{idx}]"), json!({ "id": fresh_id() }));
        go(&format!("#/survivors/person/{idx}"));
    };
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        (0..people_count())
            .map(|i| {
                let label = person_label(lang, &form, i);
                let change_label = format!("{} {}", app.t("nav-change"), label);
                view! {
                    <li class="person-row">
                        <span class="person-name">{label}</span>
                        <a href=format!("#/survivors/person/{i}") aria-label=change_label>{app.t("nav-change")}</a>
                        <super::remove::RemovePerson idx=i />
                    </li>
                }
            })
            .collect_view()
    };
    let cont = move |_| try_continue(errors, &[], &[], super::next("people", false));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("caption-family").to_string())
            title=Signal::derive(move || app.t("q-people").to_string()) errors=errors on_continue=cont
            back=Signal::derive(|| super::previous("people"))>
            <p class="hint">{move || app.t("hint-people")}</p>
            <Show when=move || people_count() == 0>
                <p>{move || app.t("people-none")}</p>
            </Show>
            <ul class="people-list">{rows}</ul>
            <button type="button" id="add-person" class="button button-secondary" on:click=add>{move || app.t("people-add")}</button>
            <Help title_key="help-union-title" body_key="help-union-body" />
        </QuestionPage>
    }
}

/// The questions of a person's own page, as declared (who they are), for person `idx`.
fn own_questions() -> Vec<&'static Question> {
    SURVIVORS.list.iter().filter(|q| q.page == crate::forms::questions::Page::Person).collect()
}

pub fn person(idx: usize, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let questions = own_questions();
    let path_of = move |q: &Question| crate::forms::questions::concrete(q.path, &format!("people[{idx}]"));
    if form_value(Form::Survivors, &format!("people[{idx}].id")).is_null() {
        set_form_value(Form::Survivors, &format!("people[{idx}].id"), Value::String(fresh_id()));
    }
    let caption = Signal::derive(move || {
        let form = app.state.with(|s| s.survivors.clone());
        format!("{} · {}", app.t(caption_of("people")), person_label(app.lang.get(), &form, idx))
    });
    // Checked on Continue: the questions always on this page (a box is never an error).
    let paths: Vec<String> = questions.iter().filter(|q| q.asked == crate::forms::questions::Asked::Always).map(|q| path_of(q)).collect();
    let required: Vec<String> = questions.iter().filter(|q| q.required).map(|q| path_of(q)).collect();
    let cont = move |_| {
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        let required: Vec<&str> = required.iter().map(String::as_str).collect();
        let to = if changing { "#/survivors/check".to_string() } else { "#/survivors/people".to_string() };
        try_continue(errors, &paths, &required, to);
    };
    let fields = questions
        .into_iter()
        .map(|q| {
            let path = path_of(q);
            let shown = {
                let path = path.clone();
                move || app.state.with(|s| q.is_asked(&s.survivors, &path))
            };
            let label = Signal::derive(move || app.t(q.label).to_string());
            view! {
                <Show when=shown.clone()>
                    <Field form=Form::Survivors path=path.clone() label=label kind=q.kind errors=errors hint=q.hint />
                </Show>
            }
        })
        .collect_view();
    view! {
        <QuestionPage caption=caption title=Signal::derive(move || app.t("q-person").to_string()) errors=errors on_continue=cont
            back=Signal::derive(|| "#/survivors/people".to_string())>
            {fields}
            <Help title_key="help-unborn-title" body_key="help-unborn-body" />
        </QuestionPage>
    }
}
