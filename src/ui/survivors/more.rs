//! The engine's follow-up questions still missing after the fixed steps (the report's
//! `missing`), each with "I don't know": one page for all those about the same person (or about
//! the person who died), in the declared order (`forms::questions::survivors::follow_up_group`).

use super::people::{follow_up_field, missing_memo};
use super::{after_change, back, is_dont_know, person_label, person_name, report};
use crate::forms::questions::{Asked, Page, Question, SURVIVORS, concrete, survivors::caption as caption_of, survivors::follow_up_group};
use crate::forms::{FieldKind, person_index};
use crate::message::{Arg, Msg};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value};
use crate::ui::route::go;
use leptos::prelude::*;

/// The next field the engine still needs and the person has not answered ("don't know" counts
/// as an answer), with its question.
pub fn next_missing() -> Option<(String, Msg)> {
    let Some(Ok(r)) = untrack(report) else { return None };
    r.benefits
        .iter()
        .flat_map(|b| b.missing.iter())
        .find(|m| !is_dont_know(&form_value(Form::Survivors, &m.field)))
        .map(|m| (m.field.clone(), m.question.clone()))
}

/// The engine's question for a field: as it asks it now, or, for an answer already given, as it
/// would ask it without that answer.
pub fn question_for(path: &str) -> Option<Msg> {
    let find = |r: &crate::survivors::Report| r.benefits.iter().flat_map(|b| b.missing.iter()).find(|m| m.field == path).map(|m| m.question.clone());
    if let Some(Ok(r)) = untrack(report)
        && let Some(q) = find(&r)
    {
        return Some(q);
    }
    let app = use_app();
    let mut form = app.state.with_untracked(|s| s.survivors.clone());
    crate::forms::remove(&mut form, path);
    let rules = super::rules()?;
    let report = crate::forms::household(&form).ok().and_then(|h| crate::survivors::evaluate(&h, rules).ok())?;
    find(&report)
}

pub fn page(path: Option<String>, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let Some(path) = path else {
        // No field named: go to the first one still needed, or on to the check page (replacing
        // this page in the history, so that the browser's back does not come back to it).
        let to = if changing { after_change() } else { super::first_follow_up() };
        request_animation_frame(move || {
            let _ = window().location().replace(&to);
        });
        return view! { <p>{move || app.t("nav-loading")}</p> }.into_any();
    };
    let missing = missing_memo();
    let first = follow_up_group(&path, &missing.get_untracked());
    let who = person_index(&path);
    // Shown: the group as it was when the page opened, and what the engine asks about the same
    // person while they answer (a study that reveals whether they work).
    let shown = {
        let (first, path) = (first.clone(), path.clone());
        Memo::new(move |_| {
            let mut all: Vec<String> = first.clone();
            all.extend(missing.get());
            follow_up_group(&path, &all)
        })
    };
    let single = first.len() == 1;
    // One question: it is the page's heading. Several: the heading says whom they are about.
    let q1 = question_for(&path);
    let title = Signal::derive(move || {
        let lang = app.lang.get();
        match (single, &q1, who) {
            (true, Some(q), _) => crate::i18n::render(lang, q),
            (true, None, _) => app.t("q-more_fallback").to_string(),
            (false, _, Some(i)) => {
                let name = app.state.with(|s| person_name(lang, &s.survivors, i));
                crate::i18n::render(lang, &Msg::new("q-more-person", vec![("who", Arg::from(name))]))
            }
            (false, _, None) => app.t("q-more-deceased").to_string(),
        }
    });
    let p2 = path.clone();
    let caption = Signal::derive(move || match who {
        Some(i) => {
            let form = app.state.with(|s| s.survivors.clone());
            format!("{} · {}", app.t(caption_of(&p2)), person_label(app.lang.get(), &form, i))
        }
        None => app.t(caption_of(&p2)).to_string(),
    });
    let cont = move |_| {
        let paths = shown.get_untracked();
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        let found = super::page_errors(&paths, &paths, app.lang.get_untracked());
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        go(&if changing { after_change() } else { super::first_follow_up() });
    };
    // The heading's question first when there is one; the others each with its label, shown
    // while they are in the group.
    let heading = single.then(|| {
        // A field no question declares (the tests make sure the engine asks none) as yes / no.
        let q = SURVIVORS.find(&path);
        let kind = q.map_or(FieldKind::YesNo, |q| q.kind);
        let help = q.and_then(|q| q.help);
        view! {
            <Field form=Form::Survivors path=path.clone() label=title kind=kind errors=errors dont_know=true label_hidden=true />
            {help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        }
    });
    let except = if single { path.clone() } else { String::new() };
    let at = format!("people[{}]", who.unwrap_or(0));
    let others = SURVIVORS
        .list
        .iter()
        .filter(|q| about(q, who))
        .map(|q| concrete(q.path, &at))
        .filter(|p| *p != except)
        .map(|p| {
            let q = SURVIVORS.find(&p);
            let when = {
                let p = p.clone();
                move || shown.with(|s| s.contains(&p))
            };
            view! { <Show when=when>{q.map(|q| follow_up_field(q, p.clone(), errors))}</Show> }
        })
        .collect_view();
    view! {
        <QuestionPage caption=caption title=title errors=errors on_continue=cont
            back=back(|| "#/survivors/funeral".to_string(), changing)>
            <p class="hint">{move || app.t("hint-more")}</p>
            {heading}
            {others}
        </QuestionPage>
    }
    .into_any()
}

/// Whether a question the engine asks when it needs it is about `who` (a person, or, for
/// `None`, the person who died and the death).
fn about(q: &Question, who: Option<usize>) -> bool {
    let follow_up = q.page == Page::FollowUp || q.asked == Asked::WhenMissing;
    let person = q.path.starts_with("people[]");
    follow_up && !q.path.starts_with("funeral.") && person == who.is_some()
}
