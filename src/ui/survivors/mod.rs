//! The survivors' benefits checker: one question per page, then the engine's own follow-up
//! questions (only what can change the result), check your answers, results.

mod check;
mod funeral;
mod more;
mod people;
mod questions;
mod results;

use super::app_state::use_app;
use super::components::{Errors, Form, form_value};
use crate::forms::routes::{Step, Subject};
use crate::forms::{self, DONT_KNOW};
use crate::i18n::Lang;
use crate::survivors::{Household, Report, evaluate};
use leptos::prelude::*;
use serde_json::Value;

/// The fixed steps, in order: only what every result needs. `contributions` and `pension` are
/// skipped with no scheme. Whether the deceased had the social pension, lived in Portugal or died
/// of an accident matters only in some families, so those are asked after the funeral as the
/// engine's follow-up questions (`more`), and only when the engine lists them as missing; their
/// own pages (`social-pension`, `resident`, `cause`) stay for the Change links.
pub use crate::forms::routes::SURVIVORS_STEPS as STEPS;

pub fn hash(step: &str) -> String {
    if step == "start" { "#/survivors".to_string() } else { format!("#/survivors/{step}") }
}

fn skipped(step: &str) -> bool {
    matches!(step, "contributions" | "pension") && form_value(Form::Survivors, "deceased.scheme") == Value::String("none".into())
}

/// Where Continue goes from `step`: the next step, or back to "check your answers" after a change.
pub fn next(step: &str, changing: bool) -> String {
    if changing {
        return hash("check");
    }
    let mut it = STEPS.iter().skip_while(|s| **s != step).skip(1);
    match it.find(|s| !skipped(s)) {
        Some(s) => hash(s),
        None => hash("more"),
    }
}

pub fn previous(step: &str) -> String {
    let before: Vec<&&str> = STEPS.iter().take_while(|s| **s != step).collect();
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

pub fn report() -> Option<Result<Report, crate::error::InputErrors>> {
    let rules = rules()?;
    Some(household().and_then(|h| evaluate(&h, rules)))
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
        if crate::ui::components::is_blank(&form_value(Form::Survivors, p)) {
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
    let rel = super::components::choice_label(lang, "relation", relation);
    match name {
        Some(n) if !relation.is_empty() => format!("{n} ({})", rel.to_lowercase()),
        Some(n) => n.to_string(),
        None => format!("{} {} ({})", crate::i18n::tr(lang, "people-person"), idx + 1, rel.to_lowercase()),
    }
}

pub fn is_dont_know(v: &Value) -> bool {
    *v == Value::String(DONT_KNOW.into())
}

/// The page for a survivors' route, already checked by `forms::routes::survivors`.
pub fn page(step: Step) -> AnyView {
    let changing = step.changing;
    match (step.step, step.subject) {
        ("start", _) => questions::start().into_any(),
        ("death-date", _) => questions::death_date(changing).into_any(),
        ("scheme", _) => questions::scheme(changing).into_any(),
        ("contributions", _) => questions::contributions(changing).into_any(),
        ("pension", _) => questions::pension(changing).into_any(),
        ("social-pension", _) => questions::social_pension(changing).into_any(),
        ("resident", _) => questions::resident(changing).into_any(),
        ("cause", _) => questions::cause(changing).into_any(),
        ("people", _) => people::list().into_any(),
        ("person", Subject::Person(idx)) => people::person(idx, changing).into_any(),
        ("funeral", _) => funeral::page(changing).into_any(),
        ("more", Subject::Field(field)) => more::page(field, changing).into_any(),
        ("check", _) => check::page().into_any(),
        ("results", _) => results::page().into_any(),
        _ => super::not_found().into_any(),
    }
}
