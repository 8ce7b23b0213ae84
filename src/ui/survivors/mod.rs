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
pub const STEPS: &[&str] = &["start", "death-date", "scheme", "contributions", "pension", "people", "funeral"];

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

/// Errors for this page's fields, in the person's language; `required` fields must be answered.
pub fn page_errors(paths: &[&str], required: &[&str], lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in required {
        if crate::ui::components::is_blank(&form_value(Form::Survivors, p)) {
            out.push((p.to_string(), crate::i18n::tr(lang, "errors.required").to_string()));
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
                let msg = if lang == Lang::Pt { err.message_pt } else { err.message_en };
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
        None => format!("{} {} ({})", crate::i18n::tr(lang, "people.person"), idx + 1, rel.to_lowercase()),
    }
}

pub fn is_dont_know(v: &Value) -> bool {
    *v == Value::String(DONT_KNOW.into())
}

/// The page for a survivors' route (`parts` after `survivors`).
pub fn page(parts: &[String]) -> AnyView {
    let step = parts.first().map(String::as_str).unwrap_or("start");
    let changing = parts.last().is_some_and(|p| p == "change");
    match step {
        "start" => questions::start().into_any(),
        "death-date" => questions::death_date(changing).into_any(),
        "scheme" => questions::scheme(changing).into_any(),
        "contributions" => questions::contributions(changing).into_any(),
        "pension" => questions::pension(changing).into_any(),
        "social-pension" => questions::social_pension(changing).into_any(),
        "resident" => questions::resident(changing).into_any(),
        "cause" => questions::cause(changing).into_any(),
        "people" => people::list().into_any(),
        "person" => {
            let idx = parts.get(1).and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
            people::person(idx, changing).into_any()
        }
        "funeral" => funeral::page(changing).into_any(),
        "more" => more::page(parts.get(1).cloned(), changing).into_any(),
        "check" => check::page().into_any(),
        "results" => results::page().into_any(),
        _ => super::not_found().into_any(),
    }
}
