//! "What to do now", at the top of the results, rendered from the engine's `report.plan` (made
//! with the device's date: `evaluate_on`): the benefits they can get; the nearest deadline; one
//! checklist of claims, a form that covers several benefits listed once with its earliest
//! deadline, each deadline said open ("until … (12 days left)") or passed with what a claim made
//! today still brings; the documents to gather; and the deadlines as a calendar file (.ics), made
//! in the browser by the engine's calendar.

use super::card::said;
use crate::i18n::{Lang, render, tr};
use crate::msg;
use crate::survivors::plan::Claim;
use crate::survivors::{Benefit, BenefitResult, DeadlineState, Household, Report, Status};
use leptos::prelude::*;

fn result(r: &Report, b: Benefit) -> Option<&BenefitResult> {
    r.benefits.iter().find(|x| x.benefit == b)
}

fn state_code(s: Option<DeadlineState>) -> &'static str {
    match s {
        Some(DeadlineState::Open) => "open",
        Some(DeadlineState::DueToday) => "due_today",
        Some(DeadlineState::Passed) => "passed",
        None => "none",
    }
}

/// The benefits a claim covers, named and joined, in lower case after the sentence's colon
/// ("survivor's pension, death grant").
fn benefit_names(lang: Lang, list: &[Benefit]) -> String {
    let lower_first = |s: String| {
        let mut c = s.chars();
        c.next().map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
    };
    list.iter().map(|b| lower_first(render(lang, &b.name()))).collect::<Vec<_>>().join(", ")
}

/// The claim's deadline in words: the engine's note of the benefit whose deadline it is (the
/// earliest still open, or the earliest when all have passed).
fn claim_note(lang: Lang, r: &Report, c: &Claim) -> Option<String> {
    let date = c.deadline.as_deref()?;
    c.benefits
        .iter()
        .filter_map(|b| result(r, *b)?.deadline.as_ref())
        .find(|d| d.date == date)
        .map(|d| said(lang, &d.note))
}

/// A covered benefit whose own deadline has passed: its note and what claiming today brings.
fn passed_lines(lang: Lang, r: &Report, c: &Claim) -> Vec<(String, String, Option<String>)> {
    c.benefits
        .iter()
        .filter_map(|b| {
            let d = result(r, *b)?.deadline.as_ref().filter(|d| d.state == DeadlineState::Passed)?;
            Some((render(lang, &b.name()), said(lang, &d.note), d.claim_now.as_ref().map(|m| said(lang, m))))
        })
        .collect()
}

fn claim_item(lang: Lang, r: &Report, c: &Claim) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let all_passed = c.state == Some(DeadlineState::Passed);
    // When every covered deadline has passed, each is said below with what still applies.
    let note = (!all_passed).then(|| claim_note(lang, r, c)).flatten();
    let several = (c.benefits.len() > 1).then(|| view! { <p class="hint">{t("now-one_form")}</p> });
    let passed = passed_lines(lang, r, c)
        .into_iter()
        .map(|(name, note, now)| view! { <li><strong>{name}</strong><br/>{note}{now.map(|n| format!(" {n}"))}</li> })
        .collect_view();
    view! {
        <li class="claim" data-form=c.form.clone() data-state=state_code(c.state)>
            <span class="box" aria-hidden="true"></span>
            <div>
                <p class="claim-form"><strong>{t("results-form")}" "{c.form.clone()}</strong>" — "{render(lang, &c.name)}</p>
                <p>{render(lang, &msg!("now-covers", benefits = benefit_names(lang, &c.benefits)))}</p>
                {several}
                // The engine's words say what the date is ("claim by …: 12 days left").
                {note.map(|n| view! { <p class="claim-deadline">{n}</p> })}
                <ul class="passed">{passed}</ul>
            </div>
        </li>
    }
}

/// The section, when the report has a plan with something to do.
pub(super) fn what_to_do(lang: Lang, r: &Report, household: Option<Household>) -> Option<impl IntoView + use<>> {
    let plan = r.plan.as_ref()?;
    let t = move |k: &'static str| tr(lang, k);
    let entitled: Vec<&BenefitResult> = r.benefits.iter().filter(|b| b.status == Status::Eligible).collect();
    if entitled.is_empty() && plan.claims.is_empty() {
        return None;
    }
    let can_get = (!entitled.is_empty()).then(|| {
        let items = entitled
            .iter()
            .map(|b| view! { <li><strong>{render(lang, &b.name)}</strong><br/>{said(lang, &b.headline)}</li> })
            .collect_view();
        view! { <h3>{t("now-can_get")}</h3><ul class="can-get">{items}</ul> }
    });
    // The nearest deadline still open, in the words of the benefit it belongs to, with its form.
    let nearest = plan.nearest_deadline.as_deref().and_then(|date| {
        let d = r.benefits.iter().filter_map(|b| b.deadline.as_ref()).find(|d| d.date == date && d.state != DeadlineState::Passed)?;
        let form = plan.claims.iter().find(|c| c.deadline.as_deref() == Some(date)).map(|c| format!(" ({})", c.form));
        Some(view! {
            <div class="nearest" id="nearest-deadline">
                <p><strong>{t("now-nearest")}</strong>{form}</p>
                <p>{said(lang, &d.note)}</p>
            </div>
        })
    });
    let passed = (!plan.passed.is_empty()).then(|| {
        view! { <p class="passed-summary" id="passed-deadlines"><strong>{render(lang, &msg!("now-passed", n = plan.passed.len()))}</strong></p> }
    });
    let claims = (!plan.claims.is_empty()).then(|| {
        let items = plan.claims.iter().map(|c| claim_item(lang, r, c)).collect_view();
        view! { <h3>{t("now-claims")}</h3><ol class="claims" id="claims">{items}</ol> }
    });
    let documents = (!plan.documents.is_empty()).then(|| {
        let items = plan
            .documents
            .iter()
            .map(|d| view! { <li data-document=d.id><span class="box" aria-hidden="true"></span><span>{said(lang, &d.message)}</span></li> })
            .collect_view();
        view! { <h3>{t("now-documents")}</h3><ul class="documents" id="documents">{items}</ul> }
    });
    // The calendar: only when something is still ahead.
    let calendar = household.filter(|h| !crate::survivors::calendar::events(r, h).is_empty()).and_then(|h| {
        let ics = crate::calendar::survivors_ics(r, &h, lang)?;
        let name = format!("amparo-prazos-{}.ics", r.today.clone().unwrap_or_default());
        Some(view! {
            <div class="calendar no-print">
                <button type="button" class="button button-secondary" id="add-calendar"
                    on:click=move |_| { crate::ui::device::download(&name, "text/calendar;charset=utf-8", &ics); }>{t("now-calendar")}</button>
                <p class="hint">{t("now-calendar-hint")}</p>
            </div>
        })
    });
    Some(view! {
        <section class="what-now" id="what-now" aria-labelledby="what-now-title">
            <h2 id="what-now-title">{t("now-title")}</h2>
            {can_get}
            {nearest}
            {passed}
            {claims}
            {documents}
            {calendar}
        </section>
    })
}

/// The same, as plain text for "save a copy".
pub(super) fn what_to_do_text(lang: Lang, r: &Report) -> String {
    let Some(plan) = r.plan.as_ref() else { return String::new() };
    let t = |k: &'static str| tr(lang, k);
    let mut out = String::new();
    if plan.claims.is_empty() && plan.documents.is_empty() {
        return out;
    }
    out.push_str(&format!("\n== {}\n", t("now-title")));
    if !plan.claims.is_empty() {
        out.push_str(&format!("\n{}\n", t("now-claims")));
    }
    for c in &plan.claims {
        out.push_str(&format!("[ ] {} {} — {}\n", t("results-form"), c.form, render(lang, &c.name)));
        out.push_str(&format!("    {}\n", render(lang, &msg!("now-covers", benefits = benefit_names(lang, &c.benefits)))));
        if c.state != Some(DeadlineState::Passed)
            && let Some(n) = claim_note(lang, r, c)
        {
            out.push_str(&format!("    {}: {n}\n", t("results-deadline")));
        }
        for (name, note, now) in passed_lines(lang, r, c) {
            out.push_str(&format!("    {name}: {note}{}\n", now.map(|n| format!(" {n}")).unwrap_or_default()));
        }
    }
    if !plan.documents.is_empty() {
        out.push_str(&format!("\n{}\n", t("now-documents")));
        for d in &plan.documents {
            out.push_str(&format!("[ ] {}\n", render(lang, &d.message)));
        }
    }
    out
}
