//! Results, rendered from the engine's report made on the device's date: "what to do now" first
//! (`plan`: the claims, deadlines against today, documents, a calendar file); then what they are
//! probably entitled to, then
//! what needs more answers, then what they are probably not entitled to (collapsed, each still
//! with its why). Dated, with the rules year and the app's version, so a printout or a saved
//! copy tells a caseworker when and by what it was made; the answers given, per person; print,
//! "save a copy", and the answers to a file (or from one).

use super::check::{field_label, shown};
use super::person_label;
use crate::forms::summary::{Group, grouped};
use crate::i18n::{Lang, render, tr};
use crate::survivors::{BenefitResult, Report, Status};
use crate::ui::answers_file::{OpenAnswers, SaveAnswers};
use crate::ui::app_state::use_app;
use crate::ui::components::{Help, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

mod card;
mod copy;
mod plan;
use card::{card, said};
use copy::{save_copy, summary_text};

/// The three groups of the results, in the order shown.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Entitled,
    NeedsAnswers,
    NotEntitled,
}

fn kind(s: Status) -> Kind {
    match s {
        Status::Eligible => Kind::Entitled,
        // A value the table lacks is not the person's to give, but the benefit is still undecided.
        Status::NeedsInfo | Status::ValueUnknown => Kind::NeedsAnswers,
        Status::NotEligible => Kind::NotEntitled,
    }
}

/// The benefits of each group, in the report's order within it; empty groups left out.
fn groups(r: &Report) -> Vec<(Kind, Vec<BenefitResult>)> {
    [Kind::Entitled, Kind::NeedsAnswers, Kind::NotEntitled]
        .into_iter()
        .map(|k| (k, r.benefits.iter().filter(|b| kind(b.status) == k).cloned().collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

fn group_title(k: Kind) -> &'static str {
    match k {
        Kind::Entitled => "results-group-eligible",
        Kind::NeedsAnswers => "results-group-needs",
        Kind::NotEntitled => "results-group-not",
    }
}

fn group_id(k: Kind) -> &'static str {
    match k {
        Kind::Entitled => "group-eligible",
        Kind::NeedsAnswers => "group-needs",
        Kind::NotEntitled => "group-not",
    }
}

/// "Summary made on 3 December 2026 with Amparo 0.1.0 (build …)": the page, its printout and the
/// saved copy all say when and by which version they were made.
pub(super) fn made_line(lang: Lang, today: time::Date) -> String {
    let build = crate::ui::offline::build_id().unwrap_or_else(|| "none".to_string());
    render(lang, &crate::msg!("results-made", date = today, version = env!("CARGO_PKG_VERSION"), build = build))
}

/// The line naming the rules applied: the year of the death, or a projection.
pub(super) fn rules_line(lang: Lang, r: &Report) -> String {
    if r.projection { tr(lang, "results-projection").to_string() } else { format!("{} {}", tr(lang, "results-rules_for"), r.rules_year) }
}

/// The heading of a group of answers: a part of the form, or a person.
pub(super) fn group_label(lang: Lang, form: &Value, g: Group) -> String {
    match g {
        Group::Part(caption) => tr(lang, caption).to_string(),
        Group::Person(i) => person_label(lang, form, i),
    }
}

fn results_groups(lang: Lang, form: &Value, r: &Report) -> impl IntoView + use<> {
    let groups = groups(r);
    let none = groups.iter().all(|(k, _)| *k == Kind::NotEntitled).then(|| view! { <p class="lead" id="none-entitled">{tr(lang, "results-none_eligible")}</p> });
    let sections = groups
        .into_iter()
        .map(|(k, list)| {
            let title = render(lang, &crate::msg!(group_title(k), n = list.len()));
            let cards = list.into_iter().map(|b| card(lang, form, b)).collect_view();
            let body = if k == Kind::NotEntitled {
                view! { <details class="not-entitled"><summary>{tr(lang, "results-group-not-show")}</summary>{cards}</details> }.into_any()
            } else {
                cards.into_any()
            };
            view! {
                <section class="results-group" id=group_id(k) aria-labelledby=format!("{}-title", group_id(k))>
                    <h2 id=format!("{}-title", group_id(k))>{title}</h2>
                    {body}
                </section>
            }
        })
        .collect_view();
    view! { {none}{sections} }
}

/// The answers given, per part and per person, as a summary list that stacks on a phone.
fn your_answers(lang: Lang, form: &Value) -> impl IntoView + use<> {
    let groups = grouped(form)
        .into_iter()
        .map(|(g, list)| {
            let rows = list
                .into_iter()
                .map(|(p, v)| {
                    view! { <div class="summary-row"><dt>{field_label(lang, &p)}</dt><dd>{crate::source::no_break_amounts(&shown(lang, form, &p, &v))}</dd></div> }
                })
                .collect_view();
            view! { <h3>{group_label(lang, form, g)}</h3><dl class="summary-list">{rows}</dl> }
        })
        .collect_view();
    view! {
        <section class="your-answers" id="your-answers" aria-labelledby="your-answers-title">
            <h2 id="your-answers-title">{tr(lang, "results-answers_title")}</h2>
            {groups}
            <p class="no-print"><a href="#/survivors/check">{tr(lang, "results-change_answers")}</a></p>
        </section>
    }
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    // Printed results include the reasons and what they are not entitled to: open every
    // `<details>` of the results before printing.
    let handle = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(list) = document().query_selector_all("main details.why, main details.not-entitled") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i) {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>(el).set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
    let today = crate::ui::device::today();
    let content = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        match super::report() {
            Some(Ok(r)) => {
                let notices = r.notices.iter().map(|n| view! { <p class="notice">{said(lang, n)}</p> }).collect_view();
                let text = summary_text(lang, &form, &r, today);
                view! {
                    <p class="made" id="summary-made">{made_line(lang, today)}</p>
                    <p class="rules-year">{rules_line(lang, &r)}</p>
                    {notices}
                    {plan::what_to_do(lang, &r, super::household().ok())}
                    {results_groups(lang, &form, &r)}
                    <div class="actions no-print">
                        <button type="button" class="button button-secondary" id="print" on:click=move |_| { let _ = window().print(); }>{tr(lang, "results-print")}</button>
                        <button type="button" class="button button-secondary" id="save-copy" on:click=move |_| save_copy(&text, today)>{tr(lang, "results-save")}</button>
                        <SaveAnswers tool=crate::forms::Tool::Survivors />
                    </div>
                    <Help title_key="help-ias-title" body_key="help-ias-body" />
                    <section class="contact">
                        <h2>{tr(lang, "results-contact_title")}</h2>
                        <p>{tr(lang, "results-ss_line")}</p>
                    </section>
                    {your_answers(lang, &form)}
                    <OpenAnswers />
                }
                .into_any()
            }
            Some(Err(e)) => {
                let items = e
                    .errors
                    .into_iter()
                    .map(|x| {
                        let msg = x.text(lang);
                        view! { <li><a href=super::check::change_href(&x.field)>{format!("{}: {msg}", field_label(lang, &x.field))}</a></li> }
                    })
                    .collect_view();
                view! {
                    <div class="error-summary" role="alert" id="error-summary">
                        <h2>{tr(lang, "errors-title")}</h2>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
            None => view! { <p role="alert">{tr(lang, "errors-internal")}</p> }.into_any(),
        }
    };
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("results-title")}</h1>
        {content}
    }
}
