//! The survivors' benefits checker: one question per page, then the engine's own follow-up
//! questions (only what can change the result), check your answers, results.

mod check;
mod funeral;
mod more;
mod people;
mod questions;
mod remove;
mod results;

use super::app_state::use_app;
use super::components::{Errors, Form, form_value};
use crate::forms::routes::{Step, Subject};
use crate::forms::questions::SURVIVORS;
use crate::forms::{self, is_blank};
use crate::i18n::Lang;
use crate::survivors::{Household, Report, evaluate_on};
use leptos::prelude::*;
use serde_json::Value;

/// The fixed steps, in order: only what every result needs (`forms::questions::survivors`
/// declares which question each asks, and when).
fn steps() -> &'static [&'static str] {
    crate::forms::routes::survivors_steps()
}

pub fn hash(step: &str) -> String {
    if step == "start" { "#/survivors".to_string() } else { format!("#/survivors/{step}") }
}

/// A step whose questions are all not asked with these answers (no scheme: no contributions).
fn skipped(step: &str) -> bool {
    let app = use_app();
    let mut questions = SURVIVORS.on_step(step).peekable();
    questions.peek().is_some() && app.state.with(|s| questions.all(|q| !q.is_asked(&s.survivors, q.path)))
}

/// Where Continue goes from `step`: the next step, or back to "check your answers" after a change.
pub fn next(step: &str, changing: bool) -> String {
    if changing {
        return hash("check");
    }
    let mut it = steps().iter().skip_while(|s| **s != step).skip(1);
    match it.find(|s| !skipped(s)) {
        Some(s) => hash(s),
        None => hash("more"),
    }
}

pub fn previous(step: &str) -> String {
    let before: Vec<&&str> = steps().iter().take_while(|s| **s != step).collect();
    match before.into_iter().rev().find(|s| !skipped(s)) {
        Some(s) => hash(s),
        None => "#/".to_string(),
    }
}

/// The household from the form, or the form's errors.
pub fn household() -> Result<Household, crate::error::InputErrors> {
    let app = use_app();
    app.state.with(|s| forms::household(&s.survivors))
}

/// The bundled table, parsed and validated once per page load (as the NISS pages do with their
/// catalogue), not on every Continue.
fn rules() -> Option<&'static crate::rules::Rules> {
    static RULES: std::sync::OnceLock<Option<crate::rules::Rules>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| crate::rules::Rules::bundled().ok()).as_ref()
}

/// The report on the device's date: each deadline against today, and a death after today
/// refused unless planning ahead (the engine never reads a clock; the UI gives it the date).
pub fn report() -> Option<Result<Report, crate::error::InputErrors>> {
    let rules = rules()?;
    Some(household().and_then(|h| evaluate_on(&h, rules, crate::ui::device::today())))
}

/// The fields the engine still asks for (untracked: for deciding which routes are pages).
pub fn missing_fields() -> Vec<String> {
    let Some(Ok(r)) = untrack(report) else { return Vec::new() };
    r.benefits.iter().flat_map(|b| b.missing.iter().map(|m| m.field.clone())).collect()
}

/// Errors for this page's fields, in the person's language; `required` fields must be answered.
pub fn page_errors(paths: &[&str], required: &[&str], lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in required {
        if is_blank(&form_value(Form::Survivors, p)) {
            out.push((p.to_string(), crate::i18n::tr(lang, "errors-required").to_string()));
        }
    }
    // Parse errors first; once the answers parse, the engine's own (e.g. a date the rules
    // table does not cover) for this page's fields.
    let problems = match household() {
        Err(e) => Some(e),
        Ok(_) => report().and_then(|r| r.err()),
    };
    if let Some(e) = problems {
        for err in e.errors {
            if paths.contains(&err.field.as_str()) && !out.iter().any(|(f, _)| *f == err.field) {
                let msg = err.text(lang);
                out.push((err.field, msg));
            }
        }
    }
    out
}

/// Moves on when the page's answers are valid; shows the errors otherwise.
pub fn try_continue(errors: Errors, paths: &[&str], required: &[&str], to: String) {
    let app = use_app();
    crate::ui::components::go_or_show(errors, page_errors(paths, required, app.lang.get_untracked()), &to);
}

/// How a person is named: the name given, else "Person 2 (child)".
pub fn person_label(lang: Lang, form: &Value, idx: usize) -> String {
    let name = forms::get(form, &format!("people[{idx}].name")).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    let relation = forms::get(form, &format!("people[{idx}].relation")).and_then(Value::as_str).unwrap_or("");
    let rel = super::components::choice_label(lang, Form::Survivors, &format!("people[{idx}].relation"), relation);
    match name {
        Some(n) if !relation.is_empty() => format!("{n} ({})", rel.to_lowercase()),
        Some(n) => n.to_string(),
        None => format!("{} {} ({})", crate::i18n::tr(lang, "people-person"), idx + 1, rel.to_lowercase()),
    }
}

pub use crate::forms::is_dont_know;

/// The page for a survivors' route, already checked by `forms::routes::survivors`.
pub fn page(step: Step) -> AnyView {
    let changing = step.changing;
    match (step.step, step.subject) {
        ("start", _) => questions::start().into_any(),
        ("death-date", _) => questions::death_date(changing).into_any(),
        ("people", _) => people::list().into_any(),
        ("person", Subject::Person(idx)) => people::person(idx, changing).into_any(),
        ("funeral", _) => funeral::page(changing).into_any(),
        ("more", Subject::Field(field)) => more::page(field, changing).into_any(),
        ("check", _) => check::page().into_any(),
        ("results", _) => results::page().into_any(),
        (s, Subject::None) => match questions::single(s, changing) {
            Some(v) => v.into_any(),
            None => super::not_found().into_any(),
        },
        _ => super::not_found().into_any(),
    }
}
