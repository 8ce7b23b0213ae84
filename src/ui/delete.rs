//! "Delete my answers", GOV.UK style: a page that says what will be deleted, lets the person
//! choose this tool only or both when both have answers, and deletes only on "Yes, delete".
//! Then the landing page says so (role=status, focused). Cancel returns to the page they came from.
//! What is deleted, and what is kept, is decided by `forms::delete` (tested natively).

use super::answers_file::SaveAnswers;
use super::app_state::use_app;
use super::components::{ErrorSummary, Errors, focus_on_mount};
use crate::forms::delete::{Scope, after, choices, has_answers, people_count, preselected};
use crate::forms::{SavedState, Tool};
use crate::i18n::{render, tr};
use crate::msg;
use leptos::html;
use leptos::prelude::*;

fn scope_id(s: Scope) -> &'static str {
    match s {
        Scope::Only(tool) => tool.code(),
        Scope::All => "all",
    }
}

fn scope_label(s: Scope) -> &'static str {
    match s {
        Scope::Only(Tool::Survivors) => "delete-scope-survivors",
        Scope::Only(Tool::Niss) => "delete-scope-niss",
        Scope::All => "delete-scope-all",
    }
}

/// Deletes, then confirms on the landing page (a page of its own, no engine: the confirmation
/// goes with the history entry).
fn delete(scope: Scope) {
    let app = use_app();
    let state = app.state.get_untracked();
    let done = match after(&state, scope) {
        None => {
            super::storage::clear();
            app.skip_save.set_value(true);
            app.state.set(SavedState::default());
            app.load_notice.set(None);
            "delete-done"
        }
        Some(next) => {
            // Written now: the page is left at once, before the app's own save would run.
            super::storage::keep(app, &next);
            app.state.set(next);
            if scope == Scope::Only(Tool::Survivors) { "delete-done-survivors" } else { "delete-done-niss" }
        }
    };
    let lang = app.lang.get_untracked();
    super::bundle::leave_to("#/", Some((tr(lang, done).to_string(), None)), lang.code());
}

pub fn page(from: Option<Tool>) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let errors: Errors = RwSignal::new(Vec::new());
    // Read once: the page is about the answers as they are when it opens.
    let state = app.state.get_untracked();
    let offered = choices(&state, from);
    let chosen = RwSignal::new(preselected(&state, from));
    let survivors = has_answers(&state, Tool::Survivors);
    let niss = has_answers(&state, Tool::Niss);
    let people = people_count(&state);
    let lang_kept = state.lang.is_some();

    // What will go, as the choice stands (everything when nothing is chosen yet).
    let what = move || {
        let lang = app.lang.get();
        let scope = chosen.get().unwrap_or(Scope::All);
        let mut items = Vec::new();
        if survivors && matches!(scope, Scope::All | Scope::Only(Tool::Survivors)) {
            items.push(render(lang, &msg!("delete-what-survivors", people = people)));
        }
        if niss && matches!(scope, Scope::All | Scope::Only(Tool::Niss)) {
            items.push(tr(lang, "delete-what-niss").to_string());
        }
        if lang_kept && scope == Scope::All {
            items.push(tr(lang, "delete-what-lang").to_string());
        }
        if items.is_empty() {
            return view! { <p id="delete-what">{tr(lang, "delete-what-nothing")}</p> }.into_any();
        }
        let items = items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view();
        view! { <p>{tr(lang, "delete-lead")}</p><ul class="list-bullet" id="delete-what">{items}</ul> }.into_any()
    };
    let radios = (!offered.is_empty()).then(|| {
        let error = move || errors.with(|e| e.first().map(|(_, m)| m.clone()));
        let items = offered
            .iter()
            .map(|&s| {
                let id = format!("delete-scope--{}", scope_id(s));
                view! {
                    <div class="radio">
                        <input type="radio" id=id.clone() name="delete-scope" value=scope_id(s)
                            prop:checked=move || chosen.get() == Some(s) on:change=move |_| chosen.set(Some(s)) />
                        <label for=id>{move || app.t(scope_label(s))}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="fieldset" class:has-error=move || error().is_some()
                aria-describedby=move || error().map(|_| "scope-choice-error")>
                <legend>{move || app.t("delete-choose")}</legend>
                {move || error().map(|m| view! { <p class="field-error" id="scope-choice-error">{m}</p> })}
                <div class="radios">{items}</div>
            </fieldset>
        }
    });
    // Before deleting, a way to keep a copy: the answers of each tool that has some, as a file.
    let keep = (survivors || niss).then(|| {
        view! {
            <div class="keep-copy no-print">
                {survivors.then(|| view! { <SaveAnswers tool=Tool::Survivors with_tool=true /> })}
                {niss.then(|| view! { <SaveAnswers tool=Tool::Niss with_tool=true /> })}
            </div>
        }
    });
    let first_choice = offered.first().map(|s| format!("delete-scope--{}", scope_id(*s)));
    let confirm = move |_| match chosen.get_untracked() {
        Some(scope) => delete(scope),
        None => errors.set(vec![(first_choice.clone().unwrap_or_default(), app.t_untracked("delete-choose-error").to_string())]),
    };
    view! {
        <ErrorSummary errors=errors />
        <h1 tabindex="-1" node_ref=heading>{move || app.t("delete-title")}</h1>
        {what}
        {radios}
        <div class="warning-text">
            <span class="warning-icon" aria-hidden="true">"!"</span>
            <strong><span class="visually-hidden">{move || app.t("delete-warning-label")}" "</span>{move || app.t("delete-warning")}</strong>
        </div>
        {keep}
        <div class="button-group">
            <button type="button" id="delete-confirm" class="button button-warning" on:click=confirm>{move || app.t("delete-confirm")}</button>
            <a id="delete-cancel" class="cancel-link" href=move || app.came_from.get()>{move || app.t("delete-cancel")}</a>
        </div>
    }
}
