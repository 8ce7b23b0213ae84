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
use super::components::{Errors, Form};
use crate::forms::routes::{Step, Subject};
use crate::forms::questions::SURVIVORS;
use crate::forms::{self, is_blank};
use crate::i18n::Lang;
use crate::message::{Arg, Msg};
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

/// Where Continue goes from `step`: the next step; after the last one, the follow-up
/// questions the engine still has (or "check your answers"); after a change, back to "check
/// your answers", by any question the change brought up.
pub fn next(step: &str, changing: bool) -> String {
    if changing {
        return after_change();
    }
    let mut it = steps().iter().skip_while(|s| **s != step).skip(1);
    match it.find(|s| !skipped(s)) {
        Some(s) => hash(s),
        None => first_follow_up(),
    }
}

/// After the fixed steps: the first follow-up page, or "check your answers".
pub fn first_follow_up() -> String {
    more::next_missing().map_or_else(|| hash("check"), |(f, _)| format!("#/survivors/more/{f}"))
}

/// After a change from "check your answers": a question the change brought up (asked as a
/// change, so that it returns here too), or "check your answers".
pub fn after_change() -> String {
    more::next_missing().map_or_else(|| hash("check"), |(f, _)| format!("#/survivors/more/{f}/change"))
}

/// The page before `step` in the flow: Back's way when there is no trail (a reload).
pub fn previous(step: &str) -> String {
    let before: Vec<&&str> = steps().iter().take_while(|s| **s != step).collect();
    match before.into_iter().rev().find(|s| !skipped(s)) {
        Some(s) => hash(s),
        None => "#/".to_string(),
    }
}

/// Back from a page of this tool: the person's own path, else `fallback`; after a change, back
/// to "check your answers".
pub fn back(fallback: impl Fn() -> String + Send + Sync + 'static, changing: bool) -> Signal<Option<String>> {
    if changing {
        return Signal::derive(|| Some(hash("check")));
    }
    crate::ui::nav::back(fallback)
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

/// How a person is named in a sentence: the name given, else "Person 2".
pub fn person_name(lang: Lang, form: &Value, idx: usize) -> String {
    match forms::get(form, &format!("people[{idx}].name")).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()) {
        Some(n) => n.to_string(),
        None => format!("{} {}", crate::i18n::tr(lang, "people-person"), idx + 1),
    }
}

/// What Continue says about an unanswered question: its own message, naming the person.
pub fn required_message(lang: Lang, form: &Value, path: &str) -> String {
    let id = SURVIVORS.find(path).and_then(|q| q.error).unwrap_or("errors-required");
    let args = match forms::person_index(path) {
        Some(i) => vec![("who", Arg::from(person_name(lang, form, i)))],
        None => Vec::new(),
    };
    crate::i18n::render(lang, &Msg::new(id, args))
}

/// What is wrong with a date typed in its three boxes, naming the date (and the person), and the
/// box to fix first (`death_date--year`): `None` when it is a date or not answered.
pub fn date_error(lang: Lang, form: &Value, path: &str) -> Option<(String, String)> {
    use crate::forms::date_input::{Problem, problem};
    let (what_wrong, part) = problem(forms::get(form, path).unwrap_or(&Value::Null))?;
    let field = format!("{path}{}", part.suffix());
    let who = forms::person_index(path).map(|i| person_name(lang, form, i));
    let what_id = match crate::forms::questions::pattern(path).as_str() {
        "death_date" => "date-what-death_date",
        "people[].birth_date" => "date-what-birth_date",
        "people[].marriage_date" => "date-what-marriage_date",
        "people[].union_start_date" => "date-what-union_start_date",
        "claim_date" => "date-what-claim_date",
        "death_registration_date" => "date-what-death_registration_date",
        _ => "date-what-other",
    };
    let what = Msg::new(what_id, who.map(|w| vec![("who", Arg::from(w))]).unwrap_or_default());
    let id = match what_wrong {
        Problem::Empty => return None,
        Problem::NotReal => "errors-date-real",
        Problem::YearDigits => "errors-date-year_digits",
        Problem::Missing { day: true, month: true, .. } => "errors-date-missing-day_month",
        Problem::Missing { day: true, year: true, .. } => "errors-date-missing-day_year",
        Problem::Missing { month: true, year: true, .. } => "errors-date-missing-month_year",
        Problem::Missing { day: true, .. } => "errors-date-missing-day",
        Problem::Missing { month: true, .. } => "errors-date-missing-month",
        Problem::Missing { .. } => "errors-date-missing-year",
    };
    Some((field, crate::i18n::render(lang, &Msg::new(id, vec![("what", Arg::from(what))]))))
}

/// The field an error is about: `death_date--year` is about `death_date`.
fn base(field: &str) -> &str {
    field.split("--").next().unwrap_or(field)
}

/// Errors for this page's fields, in the person's language; `required` fields must be answered.
/// A date's own problems come first (the box to fix), then what the engine says.
pub fn page_errors(paths: &[&str], required: &[&str], lang: Lang) -> Vec<(String, String)> {
    let app = use_app();
    let form = app.state.with_untracked(|s| s.survivors.clone());
    let mut out = Vec::new();
    for p in paths.iter().chain(required) {
        if out.iter().any(|(f, _): &(String, String)| base(f) == *p) {
            continue;
        }
        let v = forms::get(&form, p).cloned().unwrap_or(Value::Null);
        if is_blank(&v) && required.contains(p) {
            out.push((p.to_string(), required_message(lang, &form, p)));
        } else if SURVIVORS.find(p).is_some_and(|q| q.kind == crate::forms::FieldKind::Date)
            && let Some(e) = date_error(lang, &form, p)
        {
            out.push(e);
        } else if *p == "death_date"
            && let Some(d) = v.as_str().and_then(crate::dates::parse_iso)
        {
            // Said on the date's page itself, whatever else is still unanswered.
            let projection = matches!(forms::get(&form, "projection"), Some(Value::Bool(true))) || forms::get(&form, "projection").and_then(Value::as_str) == Some("true");
            if let Some(e) = crate::survivors::death_in_future(d, projection, crate::ui::device::today()) {
                out.push((p.to_string(), e.text(lang)));
            }
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
            if paths.contains(&err.field.as_str()) && !out.iter().any(|(f, _)| base(f) == err.field) {
                let mut msg = err.text(lang);
                // An answer about a person: the message names them ("Ana: the date of marriage
                // is after the death"), unless it already does.
                if let Some(name) = forms::person_index(&err.field).map(|i| person_name(lang, &form, i))
                    && !msg.contains(&name)
                {
                    msg = format!("{name}: {msg}");
                }
                out.push((err.field, msg));
            }
        }
    }
    // In the order of the page.
    out.sort_by_key(|(f, _)| paths.iter().chain(required).position(|p| *p == base(f)).unwrap_or(usize::MAX));
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
        None if relation.is_empty() => format!("{} {}", crate::i18n::tr(lang, "people-person"), idx + 1),
        None => format!("{} {} ({})", crate::i18n::tr(lang, "people-person"), idx + 1, rel.to_lowercase()),
    }
}

pub use crate::forms::is_dont_know;

/// The page for a survivors' route, already checked by `forms::routes::survivors`.
pub fn page(step: Step) -> AnyView {
    let changing = step.changing;
    match (step.step, step.subject) {
        ("start", _) => questions::start(changing).into_any(),
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
