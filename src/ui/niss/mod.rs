//! The NISS document-pack advisor's pages: a start page, one question per page over the
//! advisor's answers (the required ones, then the optional ones), "check your answers", and the
//! pack. Every decision comes from the engine (`forms::niss_answers`, `niss::advise`,
//! `niss::check_niss` / `check_nif`); these pages only ask and show.

mod check;
mod messages;
mod numbers;
mod pack;
mod questions;

use super::app_state::use_app;
use super::components::{Errors, Form, form_value};
use crate::error::InputErrors;
use crate::forms;
use crate::i18n::{Lang, tr};
use crate::niss::{Catalogue, DocumentPack, NissAnswers, advise};
use leptos::prelude::*;
use std::sync::OnceLock;

/// The question steps, in the order asked (routes are `#/niss/<step>`).
fn steps() -> &'static [&'static str] {
    crate::forms::routes::niss_steps()
}

/// The bookkeeping key that remembers "none of these" for the portal message (dropped by
/// `forms::cleaned`, so the engine never sees it).
pub const PORTAL_NONE: &str = "ui_portal_message_none";

pub fn hash(step: &str) -> String {
    if step == "start" { "#/niss".to_string() } else { format!("#/niss/{step}") }
}

/// Where Continue goes from `step`: the next step, or back to "check your answers" after a change.
pub fn next(step: &str, changing: bool) -> String {
    if changing {
        return hash("check");
    }
    match steps().iter().skip_while(|s| **s != step).nth(1) {
        Some(s) => hash(s),
        None => hash("check"),
    }
}

pub fn previous(step: &str, changing: bool) -> String {
    if changing {
        return hash("check");
    }
    match steps().iter().take_while(|s| **s != step).last() {
        Some(s) => hash(s),
        None => "#/".to_string(),
    }
}

/// The Change link of a field: its question, then back to "check your answers".
pub use crate::forms::routes::niss_change_href as change_href;

fn catalogue() -> Option<&'static Catalogue> {
    static CAT: OnceLock<Option<Catalogue>> = OnceLock::new();
    CAT.get_or_init(|| Catalogue::bundled().ok()).as_ref()
}

/// The NISS form as the advisor's answers, or the form's errors.
pub fn answers_untracked() -> Result<NissAnswers, InputErrors> {
    let app = use_app();
    app.state.with_untracked(|s| forms::niss_answers(&s.niss))
}

/// The pack for the saved answers; `None` only if the bundled catalogue is broken.
pub fn pack_untracked() -> Option<Result<DocumentPack, InputErrors>> {
    let cat = catalogue()?;
    Some(answers_untracked().and_then(|a| advise(&a, cat)))
}

/// The pack, tracking the saved answers (for pages that show answers, not inputs).
pub fn pack_tracked() -> Option<Result<DocumentPack, InputErrors>> {
    let app = use_app();
    app.state.track();
    pack_untracked()
}

pub use crate::forms::is_blank;

/// An engine error message in the person's language.
pub fn message(lang: Lang, e: &crate::error::InputError) -> String {
    e.text(lang)
}

/// Errors for this page's fields: unanswered required ones, then the parser's own for these
/// paths (a value the parser refuses, a text too long…). Contradictions are shown on the check
/// page, where every answer can be seen together.
pub fn page_errors(paths: &[&str], required: &[&str], lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in required {
        if is_blank(&form_value(Form::Niss, p)) {
            let id = crate::forms::questions::NISS.find(p).and_then(|q| q.error).unwrap_or("niss-errors-choose");
            out.push((p.to_string(), tr(lang, id).to_string()));
        }
    }
    if let Err(e) = answers_untracked() {
        for err in e.errors {
            if err.code != "required" && paths.contains(&err.field.as_str()) && !out.iter().any(|(f, _)| *f == err.field) {
                let msg = message(lang, &err);
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

/// An engine message without the JSON keys it names in brackets (`… (had_niss_before) …`):
/// the person sees the question's words; the keys are for the command line.
pub fn readable(msg: &str) -> String {
    let mut out = msg.to_string();
    for q in crate::forms::questions::NISS.list.iter().filter(|q| q.asked != crate::forms::questions::Asked::Legacy) {
        out = out.replace(&format!(" ({})", q.path), "");
    }
    out
}

/// The contradictions (from the engine) that involve one of `paths`, for a notice on a question
/// reached through a Change link.
pub fn contradictions_for(paths: &[&str], lang: Lang) -> Vec<String> {
    let Some(Err(e)) = pack_tracked() else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for err in e.errors.iter().filter(|x| x.code == "contradiction" && paths.contains(&x.field.as_str())) {
        let m = message(lang, err);
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The page for a NISS route, already checked by `forms::routes::niss`.
pub fn page(step: crate::forms::routes::Step) -> AnyView {
    let changing = step.changing;
    match step.step {
        "start" => questions::start().into_any(),
        "typed-niss" => numbers::numbers(changing).into_any(),
        "portal-message" => messages::page(changing).into_any(),
        "name" => numbers::name(changing).into_any(),
        "check" => check::page().into_any(),
        "pack" => pack::page().into_any(),
        s => match questions::radio_question(s) {
            Some(q) => questions::radio_page(q, changing).into_any(),
            None => super::not_found().into_any(),
        },
    }
}
