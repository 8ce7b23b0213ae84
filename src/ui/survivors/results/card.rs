//! One benefit's card, rendered from the engine's `BenefitResult`: its status, the headline, for
//! whom how much from and until when (one block per person, "For Ana (spouse)", which stacks on a
//! phone), what is still needed, how to claim and by when, and why (failed conditions first)
//! with the legal sources.

use super::super::person_label;
use crate::i18n::{Lang, render, tr};
use crate::source::Confidence;
use crate::survivors::{Benefit, BenefitResult, DeadlineState, Outcome, Period, Status};
use crate::ui::components::source_link;
use leptos::prelude::*;
use serde_json::Value;

pub(super) fn money(lang: Lang, m: crate::money::Money) -> String {
    crate::i18n::format_money(lang, m)
}

/// An engine sentence as shown: its amounts never break across lines.
pub(super) fn said(lang: Lang, m: &crate::message::Msg) -> String {
    crate::source::no_break_amounts(&render(lang, m))
}

pub(super) fn date(lang: Lang, iso: &str) -> String {
    crate::dates::parse_iso(iso).map_or_else(|| iso.to_string(), |d| crate::i18n::format_date(lang, d))
}

/// A person of the report by id, as the family list names them.
pub(super) fn who(lang: Lang, form: &Value, id: &str) -> String {
    if id == "other" {
        return tr(lang, "funeral-other").to_string();
    }
    form["people"]
        .as_array()
        .and_then(|a| a.iter().position(|p| p["id"] == id))
        .map_or_else(|| id.to_string(), |i| person_label(lang, form, i))
}

pub(super) fn status_key(s: Status) -> &'static str {
    match s {
        Status::Eligible => "status-eligible",
        Status::NotEligible => "status-not_eligible",
        Status::NeedsInfo => "status-needs_info",
        Status::ValueUnknown => "status-value_unknown",
    }
}

fn status_code(s: Status) -> &'static str {
    match s {
        Status::Eligible => "eligible",
        Status::NotEligible => "not_eligible",
        Status::NeedsInfo => "needs_info",
        Status::ValueUnknown => "value_unknown",
    }
}


/// How the survivor's pension is shared: one bar, a segment per person, with a text equivalent.
fn share_chart(lang: Lang, form: &Value, b: &BenefitResult) -> impl IntoView + use<> {
    let total: rust_decimal::Decimal = b.awards.iter().map(|a| a.amount.decimal()).sum();
    let colours = ["#1d4e89", "#00703c", "#8a4b00", "#6f2dbd", "#b10e1e", "#005a5b", "#505a5f"];
    let mut x = rust_decimal::Decimal::ZERO;
    let width = rust_decimal::Decimal::from(300);
    let segments = b
        .awards
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let w = if total.is_zero() { rust_decimal::Decimal::ZERO } else { a.amount.decimal() / total * width };
            let seg = view! {
                <rect x=x.round_dp(2).to_string() y="0" width=w.round_dp(2).to_string() height="24" fill=colours[i % colours.len()]>
                    <title>{format!("{}: {}", who(lang, form, &a.person), money(lang, a.amount))}</title>
                </rect>
            };
            x += w;
            seg
        })
        .collect_view();
    let legend = b
        .awards
        .iter()
        .enumerate()
        .map(|(i, a)| {
            view! {
                <li><span class=format!("swatch swatch-{}", i % colours.len())></span>
                    {format!("{}: ", who(lang, form, &a.person))}<span class="nowrap">{money(lang, a.amount)}</span></li>
            }
        })
        .collect_view();
    let label = tr(lang, "results-chart_label");
    view! {
        <figure class="share-chart">
            <svg viewBox="0 0 300 24" width="100%" height="24" role="img" aria-label=label preserveAspectRatio="none">{segments}</svg>
            <figcaption><ul class="legend">{legend}</ul></figcaption>
        </figure>
    }
}

/// For whom, how much, from and until when: one block per person.
fn awards(lang: Lang, form: &Value, b: &BenefitResult) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let items = b
        .awards
        .iter()
        .map(|a| {
            let (per, yearly) = match a.period {
                Period::Month => (t("results-per_month"), a.yearly.map(|y| (money(lang, y), t("results-per_year")))),
                Period::Once => (t("results-once"), None),
            };
            let from = match (&a.from, &a.from_reason) {
                (Some(f), Some(r)) => Some(format!("{} {}. {}", t("results-from"), date(lang, f), said(lang, r))),
                (Some(f), None) => Some(format!("{} {}.", t("results-from"), date(lang, f))),
                (None, Some(r)) => Some(said(lang, r)),
                (None, None) => None,
            };
            let until = match (&a.until, &a.until_reason) {
                (Some(u), Some(r)) => Some(format!("{} {}. {}", t("results-until"), date(lang, u), said(lang, r))),
                (Some(u), None) => Some(format!("{} {}.", t("results-until"), date(lang, u))),
                (None, Some(r)) => Some(said(lang, r)),
                (None, None) => None,
            };
            view! {
                <li class="award" data-person=a.person.clone()>
                    <p class="award-who">{render(lang, &crate::msg!("results-for", who = who(lang, form, &a.person)))}</p>
                    <p class="award-amount"><span class="amount">{money(lang, a.amount)}</span>" "<span class="period">{per}</span>
                        {yearly.map(|(y, per)| view! { <br/><span class="yearly"><span class="nowrap">{y}</span>" "{per}</span> })}</p>
                    {from.map(|f| view! { <p class="award-when">{f}</p> })}
                    {until.map(|u| view! { <p class="award-when">{u}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="awards">{items}</ul> }
}

fn outcome_class(o: Outcome) -> &'static str {
    match o {
        Outcome::Met => "met",
        Outcome::NotMet => "not-met",
        Outcome::Missing => "missing",
        Outcome::Info => "info",
    }
}

fn confidence_key(c: Confidence) -> &'static str {
    match c {
        Confidence::Official => "confidence-official",
        Confidence::Secondary => "confidence-secondary",
        Confidence::Derived => "confidence-derived",
        Confidence::SeedOnly => "confidence-seed_only",
        Confidence::Unverified => "confidence-unverified",
    }
}

/// Why: the conditions (failed first), each with its source, and the calculation's steps.
fn why(lang: Lang, b: &BenefitResult) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let mut reasons = b.reasons.clone();
    let order = |o: Outcome| match o {
        Outcome::NotMet => 0,
        Outcome::Missing => 1,
        Outcome::Met => 2,
        Outcome::Info => 3,
    };
    reasons.sort_by_key(|r| order(r.outcome));
    let items = reasons
        .iter()
        .map(|r| {
            let (mark, outcome) = match r.outcome {
                Outcome::Met => ("✓", t("outcome-met")),
                Outcome::NotMet => ("✗", t("outcome-not_met")),
                Outcome::Missing => ("?", t("outcome-missing")),
                Outcome::Info => ("·", t("outcome-info")),
            };
            let source = match &r.reference.url {
                Some(u) => source_link(lang, u, &r.reference.title).into_any(),
                None => view! { <span>{r.reference.title.clone()}</span> }.into_any(),
            };
            let notice = r.notice.as_ref().map(|n| view! { <p class="notice-small">{said(lang, n)}</p> });
            view! {
                <li class=format!("reason reason-{}", outcome_class(r.outcome))>
                    <span class="mark" aria-hidden="true">{mark}</span>
                    <span class="visually-hidden">{outcome}": "</span>
                    {said(lang, &r.message)}
                    <span class="source">" — "{t("results-source")}": "{source}</span>
                    {notice}
                </li>
            }
        })
        .collect_view();
    let steps = (!b.steps.is_empty()).then(|| {
        let items = b.steps.iter().map(|s| view! { <li>{said(lang, &s.message)}</li> }).collect_view();
        view! { <h5>{t("results-calculation")}</h5><ol class="steps">{items}</ol> }
    });
    view! {
        <details class="why">
            <summary>{t("results-why")}</summary>
            <ul class="reasons">{items}</ul>
            {steps}
        </details>
    }
}

pub(super) fn card(lang: Lang, form: &Value, b: BenefitResult) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let awards = (!b.awards.is_empty()).then(|| awards(lang, form, &b));
    let chart = (b.benefit == Benefit::SurvivorsPension && b.awards.len() > 1).then(|| share_chart(lang, form, &b));
    let missing = (!b.missing.is_empty()).then(|| {
        let items = b
            .missing
            .iter()
            .map(|m| view! { <li><a href=format!("#/survivors/more/{}", m.field)>{render(lang, &m.question)}</a></li> })
            .collect_view();
        view! { <div class="missing"><h4>{t("results-still_needed")}</h4><ul>{items}</ul></div> }
    });
    let claim = b.form.as_ref().map(|f| {
        let extra = b
            .extra_forms
            .iter()
            .map(|x| view! { <li>{format!("{} — {}", x.code, render(lang, &x.name))}</li> })
            .collect_view();
        // Against today when the report was made with it: open (days left) or passed, and what a
        // claim made today still brings; the rule's own note after it.
        let note = b.deadline_note.as_ref().map(|n| view! { <p class="hint">{said(lang, n)}</p> });
        let deadline = match (&b.deadline, &b.claim_deadline) {
            (Some(d), _) => {
                let state = match d.state {
                    DeadlineState::Open => "open",
                    DeadlineState::DueToday => "due_today",
                    DeadlineState::Passed => "passed",
                };
                let now = d.claim_now.as_ref().map(|m| view! { <p>{said(lang, m)}</p> });
                Some(view! {
                    <div class=format!("deadline deadline-{state}") data-deadline=state>
                        <p><strong>{said(lang, &d.note)}</strong></p>
                        {now}
                        {note}
                    </div>
                }.into_any())
            }
            (None, Some(d)) => Some(view! { <p><strong>{t("results-deadline")}": "{date(lang, d)}</strong></p>{note} }.into_any()),
            (None, None) => None,
        };
        view! {
            <h4>{t("results-how_to_claim")}</h4>
            <p>{t("results-form")}": "<strong>{f.code.clone()}</strong>" — "{render(lang, &f.name)}</p>
            <ul>{extra}</ul>
            <p>{t("results-channel")}</p>
            {deadline}
        }
    });
    let confidence = (b.confidence != Confidence::Official).then(|| view! { <p class="notice">{t(confidence_key(b.confidence))}</p> });
    let why = why(lang, &b);
    let (bcode, scode) = (b.benefit.id(), status_code(b.status));
    view! {
        <section class=format!("benefit-card status-{scode}") data-benefit=bcode data-status=scode aria-labelledby=format!("card-{bcode}")>
            <h3 id=format!("card-{bcode}")>{render(lang, &b.name)}</h3>
            <p class="tag">{t(status_key(b.status))}</p>
            <p class="headline">{said(lang, &b.headline)}</p>
            {awards}
            {chart}
            {missing}
            {confidence}
            {claim}
            {why}
        </section>
    }
}
