//! The family: a list to add, change and remove people, and one page per person asking only
//! who they are (relation, name, date of birth). What else a person must answer comes from
//! the engine, on the "more questions" pages.

use super::{person_label, try_continue};
use crate::forms::{self, FieldKind};
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
    let remove = move |idx: usize| {
        let app = use_app();
        let removed_id = form_value(Form::Survivors, &format!("people[{idx}].id"));
        app.state.update(|s| {
            forms::remove(&mut s.survivors, &format!("people[{idx}]"));
            if forms::get(&s.survivors, "funeral.paid_by") == Some(&removed_id) {
                forms::remove(&mut s.survivors, "funeral.paid_by");
            }
        });
        app.announce.set(app.t_untracked("people-removed").to_string());
    };
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        (0..people_count())
            .map(|i| {
                let label = person_label(lang, &form, i);
                let change_label = format!("{} {}", app.t("nav-change"), label);
                let remove_label = format!("{} {}", app.t("people-remove"), label);
                view! {
                    <li class="person-row">
                        <span class="person-name">{label}</span>
                        <a href=format!("#/survivors/person/{i}") aria-label=change_label>{app.t("nav-change")}</a>
                        <button type="button" class="link-button" aria-label=remove_label on:click=move |_| remove(i)>{app.t("people-remove")}</button>
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

pub fn person(idx: usize, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let rel_path = format!("people[{idx}].relation");
    let name_path = format!("people[{idx}].name");
    let birth_path = format!("people[{idx}].birth_date");
    let unborn_path = format!("people[{idx}].unborn");
    if form_value(Form::Survivors, &format!("people[{idx}].id")).is_null() {
        set_form_value(Form::Survivors, &format!("people[{idx}].id"), Value::String(fresh_id()));
    }
    let relation = {
        let p = rel_path.clone();
        move || form_value(Form::Survivors, &p).as_str().unwrap_or("").to_string()
    };
    let is_child = {
        let r = relation.clone();
        move || r() == "child"
    };
    let unborn = {
        let p = unborn_path.clone();
        move || form_value(Form::Survivors, &p) == Value::Bool(true)
    };
    let caption = Signal::derive(move || {
        let form = app.state.with(|s| s.survivors.clone());
        format!("{} · {}", app.t("caption-family"), person_label(app.lang.get(), &form, idx))
    });
    let (rp, np, bp) = (rel_path.clone(), name_path.clone(), birth_path.clone());
    let cont = move |_| {
        let paths = [rp.as_str(), np.as_str(), bp.as_str()];
        let to = if changing { "#/survivors/check".to_string() } else { "#/survivors/people".to_string() };
        try_continue(errors, &paths, &[rp.as_str()], to);
    };
    let up = unborn_path.clone();
    let unborn_box = move || {
        is_child().then(|| {
            let up = up.clone();
            let up2 = up.clone();
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=up.clone() prop:checked=unborn.clone()
                        on:change=move |ev| set_form_value(Form::Survivors, &up2, if event_target_checked(&ev) { Value::Bool(true) } else { Value::Null }) />
                    <label for=up>{move || app.t("people-unborn")}</label>
                </div>
            }
        })
    };
    view! {
        <QuestionPage caption=caption title=Signal::derive(move || app.t("q-person").to_string()) errors=errors on_continue=cont
            back=Signal::derive(|| "#/survivors/people".to_string())>
            <Field form=Form::Survivors path=rel_path.clone() label=Signal::derive(move || app.t("field-relation").to_string())
                kind=FieldKind::Choice(crate::forms::RELATIONS) errors=errors hint=Some("hint-relation") />
            <Field form=Form::Survivors path=name_path.clone() label=Signal::derive(move || app.t("field-name").to_string())
                kind=FieldKind::Text errors=errors hint=Some("hint-name") />
            <Field form=Form::Survivors path=birth_path.clone() label=Signal::derive(move || app.t("field-birth_date").to_string())
                kind=FieldKind::Date errors=errors />
            {unborn_box}
            <Help title_key="help-unborn-title" body_key="help-unborn-body" />
        </QuestionPage>
    }
}
