//! The family: a list to add, change and remove people, and one page per person asking who they
//! are (relation, name, date of birth) and, on the same page, what the engine needs to know
//! about them (their follow-up questions, revealed as soon as the engine asks). A person's page
//! saves and adds another, or saves and goes on, without returning to the list each time.

use super::{after_change, back, person_label, try_continue};
use crate::forms::questions::survivors::{caption as caption_of, person_follow_ups};
use crate::forms::questions::{Asked, Page, Question, SURVIVORS};
use crate::forms::FieldKind;
use crate::ui::app_state::use_app;
use crate::ui::components::{Another, Errors, Field, Form, Help, QuestionPage, form_value, set_form_value};
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

/// Adds an empty person at the end of the list and opens their page.
fn add_person(changing: bool) {
    let idx = people_count();
    set_form_value(Form::Survivors, &format!("people[{idx}]"), json!({ "id": fresh_id() }));
    go(&format!("#/survivors/person/{idx}{}", if changing { "/change" } else { "" }));
}

pub fn list() -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        (0..people_count())
            .map(|i| {
                let label = person_label(lang, &form, i);
                view! {
                    <li class="person-row">
                        <span class="person-name">{label.clone()}</span>
                        <span class="person-actions">
                            <a class="action-link" href=format!("#/survivors/person/{i}")>
                                {app.t("nav-change")}<span class="visually-hidden">" "{label.clone()}</span>
                            </a>
                            <super::remove::RemovePerson idx=i />
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let cont = move |_| try_continue(errors, &[], &[], super::next("people", false));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("caption-family").to_string())
            title=Signal::derive(move || app.t("q-people").to_string()) errors=errors on_continue=cont
            back=back(|| super::previous("people"), false)>
            <p class="hint">{move || app.t("hint-people")}</p>
            <Show when=move || people_count() == 0>
                <p>{move || app.t("people-none")}</p>
            </Show>
            <ul class="people-list">{rows}</ul>
            <button type="button" id="add-person" class="button button-secondary" on:click=move |_| add_person(false)>{move || app.t("people-add")}</button>
            <Help title_key="help-union-title" body_key="help-union-body" />
        </QuestionPage>
    }
}

/// The questions about who a person is, as declared (relation, name, birth, unborn).
fn own_questions() -> Vec<&'static Question> {
    SURVIVORS.list.iter().filter(|q| q.page == Page::Person).collect()
}

/// The fields the engine lists as missing now; while the answers do not parse (a date half
/// typed), the last list known, so that no question vanishes while it is being answered.
pub fn missing_memo() -> Memo<Vec<String>> {
    Memo::new(move |prev: Option<&Vec<String>>| match super::report() {
        Some(Ok(r)) => {
            let mut out: Vec<String> = Vec::new();
            for m in r.benefits.iter().flat_map(|b| b.missing.iter()) {
                if !out.contains(&m.field) {
                    out.push(m.field.clone());
                }
            }
            out
        }
        _ => prev.cloned().unwrap_or_default(),
    })
}

pub fn person(idx: usize, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let at = format!("people[{idx}]");
    let path_of = move |q: &Question| crate::forms::questions::concrete(q.path, &format!("people[{idx}]"));
    if form_value(Form::Survivors, &format!("{at}.id")).is_null() {
        set_form_value(Form::Survivors, &format!("{at}.id"), Value::String(fresh_id()));
    }
    let caption = Signal::derive(move || {
        let form = app.state.with(|s| s.survivors.clone());
        format!("{} · {}", app.t(caption_of("people")), person_label(app.lang.get(), &form, idx))
    });
    let missing = missing_memo();
    // The person's follow-up questions shown now: missing, or already answered.
    let follow_ups = Memo::new(move |_| app.state.with(|s| missing.with(|m| person_follow_ups(&s.survivors, idx, m))));
    // Checked on Continue: who they are, and the follow-ups on the page (a box is never an error).
    let own = own_questions();
    let own_paths: Vec<String> = own.iter().filter(|q| q.asked == Asked::Always).map(|q| path_of(q)).collect();
    let own_required: Vec<String> = own.iter().filter(|q| q.required).map(|q| path_of(q)).collect();
    let check = move || {
        let shown = follow_ups.get_untracked();
        let paths: Vec<&str> = own_paths.iter().chain(shown.iter()).map(String::as_str).collect();
        let required: Vec<&str> = own_required.iter().chain(shown.iter()).map(String::as_str).collect();
        super::page_errors(&paths, &required, app.lang.get_untracked())
    };
    let check = StoredValue::new(check);
    let save = move |then: &dyn Fn()| {
        let found = check.with_value(|c| c());
        if found.is_empty() {
            errors.set(Vec::new());
            then();
        } else {
            errors.set(found);
        }
    };
    let cont = move |_| save(&|| go(&if changing { after_change() } else { super::next("people", false) }));
    let another = Another { id: "add-another", label: "people-save_add_another", run: Callback::new(move |_| save(&|| add_person(changing))) };
    let own_fields = own
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
    let more_fields = SURVIVORS
        .list
        .iter()
        .filter(|q| q.page == Page::FollowUp && q.path.starts_with("people[]"))
        .map(|q| {
            let path = path_of(q);
            let shown = {
                let path = path.clone();
                move || follow_ups.with(|f| f.contains(&path))
            };
            view! { <Show when=shown.clone()>{follow_up_field(q, path.clone(), errors)}</Show> }
        })
        .collect_view();
    view! {
        <QuestionPage caption=caption title=Signal::derive(move || app.t("q-person").to_string()) errors=errors on_continue=cont
            back=back(move || if idx == 0 { "#/survivors/people".to_string() } else { format!("#/survivors/person/{}", idx - 1) }, changing)
            continue_label="people-save_continue" another=another>
            {own_fields}
            <Help title_key="help-unborn-title" body_key="help-unborn-body" />
            {more_fields}
        </QuestionPage>
    }
}

/// A follow-up question on a page of several: the engine's question as its label, "I don't
/// know", and its help.
pub fn follow_up_field(q: &'static Question, path: String, errors: Errors) -> impl IntoView {
    let app = use_app();
    let question = super::more::question_for(&path);
    let label = Signal::derive(move || match &question {
        Some(m) => crate::i18n::render(app.lang.get(), m),
        None => app.t(q.label).to_string(),
    });
    let kind = if matches!(q.kind, FieldKind::Payer | FieldKind::Several(_)) { FieldKind::YesNo } else { q.kind };
    view! {
        <div class="follow-up">
            <Field form=Form::Survivors path=path label=label kind=kind errors=errors dont_know=true />
            {q.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </div>
    }
}
