//! "Check your answers": every answer with a Change link that comes back here.

use super::{is_dont_know, person_label};
use crate::forms::questions::SURVIVORS;
use crate::forms::{self, FieldKind};
use crate::i18n::{Lang, tr};
use crate::ui::app_state::use_app;
use crate::ui::components::{Form, choice_label, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// An answer as a person reads it, in their language.
pub fn shown(lang: Lang, form: &Value, path: &str, v: &Value) -> String {
    if is_dont_know(v) {
        return tr(lang, SURVIVORS.dont_know).to_string();
    }
    let kind = SURVIVORS.find(path).map(|q| q.kind);
    // The payer is stored by id: show who it is.
    if kind == Some(FieldKind::Payer)
        && let Some(id) = v.as_str()
    {
        if id == "other" {
            return tr(lang, "funeral-other").to_string();
        }
        let idx = form["people"].as_array().and_then(|a| a.iter().position(|p| p["id"] == id));
        return idx.map_or_else(|| id.to_string(), |i| person_label(lang, form, i));
    }
    match (kind, v) {
        (_, Value::Bool(b)) => choice_label(lang, Form::Survivors, path, if *b { "true" } else { "false" }),
        (Some(FieldKind::Date), Value::String(s)) => crate::dates::parse_iso(s).map_or_else(|| s.clone(), |d| crate::i18n::format_date(lang, d)),
        // Read the way the form is converted: "1.500" is 1 500 €.
        (Some(FieldKind::Money), Value::String(s)) => forms::money_input::amount(s).map_or_else(|| s.clone(), |m| crate::i18n::format_money(lang, m)),
        (Some(FieldKind::Choice(_)), Value::String(s)) => choice_label(lang, Form::Survivors, path, s),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// The label of an answer (`people[0].marriage_date` → "Data do casamento"); an error about
/// the whole of the deceased's answers is labelled by their caption.
pub fn field_label(lang: Lang, path: &str) -> &'static str {
    let id = match SURVIVORS.find(path) {
        Some(q) => q.label,
        None if path == "deceased" => crate::forms::questions::survivors::caption(path),
        None => "field-other",
    };
    tr(lang, id)
}

/// Where the Change link of an answer goes.
pub use crate::forms::routes::survivors_change_href as change_href;

/// Every answered path of the form, in the order of the questions.
pub use crate::forms::questions::survivors::answered;

/// The heading an answer is listed under on "check your answers": the person it is about, or
/// the part of the answers it is in (the death, the person who died, the funeral).
fn group_of(path: &str) -> Result<usize, &'static str> {
    forms::person_index(path).ok_or_else(|| crate::forms::questions::survivors::caption(path))
}

/// "Check your answers" as a GOV.UK summary list: one list per person (and for the death, the
/// person who died and the funeral), each under its heading (a person's with a Change link to
/// their page, as a GOV.UK summary card); a row is the question, the answer and a Change link
/// that comes back here. On a phone the three stack.
pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let groups = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        // The answers in their order, gathered under their heading (in the order each first comes).
        let mut groups: Vec<(Result<usize, &'static str>, Vec<(String, Value)>)> = Vec::new();
        for (path, v) in answered(&form) {
            let key = group_of(&path);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, rows)) => rows.push((path, v)),
                None => groups.push((key, vec![(path, v)])),
            }
        }
        groups
            .into_iter()
            .map(|(key, rows)| {
                let title = match key {
                    Ok(i) => person_label(lang, &form, i),
                    Err(caption) => tr(lang, caption).to_string(),
                };
                // A person's heading is their name and relation, with a Change link to their
                // page: those two answers are not repeated as rows.
                let card_change = key.ok().map(|i| {
                    let hidden = format!(" {title}");
                    view! {
                        <a class="action-link" href=format!("#/survivors/person/{i}/change")>
                            {tr(lang, "nav-change")}<span class="visually-hidden">{hidden}</span>
                        </a>
                    }
                });
                let rows = rows
                    .into_iter()
                    .filter(|(path, _)| !matches!(crate::forms::questions::pattern(path).as_str(), "people[].name" | "people[].relation"))
                    .map(|(path, v)| {
                        let label = field_label(lang, &path);
                        view! {
                            <div class="summary-list-row">
                                <dt class="summary-list-key">{label}</dt>
                                <dd class="summary-list-value">{crate::source::no_break_amounts(&shown(lang, &form, &path, &v))}</dd>
                                <dd class="summary-list-actions">
                                    <a class="action-link" href=change_href(&path)>
                                        {tr(lang, "nav-change")}<span class="visually-hidden">" "{label.to_lowercase()}</span>
                                    </a>
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="summary-group">
                        <h2>{title}</h2>
                        {card_change}
                    </div>
                    <dl class="summary-list">{rows}</dl>
                }
            })
            .collect_view()
    };
    view! {
        {crate::ui::nav::back_link(crate::ui::nav::back(|| "#/survivors/funeral".to_string()))}
        <h1 tabindex="-1" node_ref=heading>{move || app.t("check-title")}</h1>
        <div id="answers-summary">{groups}</div>
        <p>{move || app.t("check-next")}</p>
        <a id="continue" class="button" href="#/survivors/results">{move || app.t("check-see_results")}</a>
    }
}
