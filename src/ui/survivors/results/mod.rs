//! Results: one card per benefit, rendered from the engine's report: headline, who gets how
//! much and until when, why (failed conditions first) with the legal sources, what is still
//! needed, how to claim and by when. Plus print, "save a copy" and the answers given.

use super::check::{answered, field_label, shown};
use super::person_label;
use crate::i18n::Lang;
use crate::survivors::{Benefit, BenefitResult, Outcome, Period, Status};
use crate::source::Confidence;
use crate::ui::app_state::use_app;
use crate::ui::components::{Help, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

mod copy;
use copy::{save_copy, summary_text};

fn money(lang: Lang, m: crate::money::Money) -> String {
    crate::i18n::format_money(lang, m)
}

/// An engine sentence as shown: its amounts never break across lines.
fn said(lang: Lang, m: &crate::message::Msg) -> String {
    crate::source::no_break_amounts(&crate::i18n::render(lang, m))
}

fn date(lang: Lang, iso: &str) -> String {
    crate::dates::parse_iso(iso).map_or_else(|| iso.to_string(), |d| crate::i18n::format_date(lang, d))
}

fn who(lang: Lang, form: &Value, id: &str) -> String {
    if id == "other" {
        return crate::i18n::tr(lang, "funeral-other").to_string();
    }
    form["people"]
        .as_array()
        .and_then(|a| a.iter().position(|p| p["id"] == id))
        .map_or_else(|| id.to_string(), |i| person_label(lang, form, i))
}

fn status_key(s: Status) -> &'static str {
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

fn benefit_code(b: Benefit) -> &'static str {
    match b {
        Benefit::SurvivorsPension => "survivors_pension",
        Benefit::DeathGrant => "death_grant",
        Benefit::FuneralExpensesRefund => "funeral_expenses_refund",
        Benefit::WidowsPension => "widows_pension",
        Benefit::OrphansPension => "orphans_pension",
        Benefit::FuneralAllowance => "funeral_allowance",
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
    let label = crate::i18n::tr(lang, "results-chart_label");
    view! {
        <figure class="share-chart">
            <svg viewBox="0 0 300 24" width="100%" height="24" role="img" aria-label=label preserveAspectRatio="none">{segments}</svg>
            <figcaption><ul class="legend">{legend}</ul></figcaption>
        </figure>
    }
}

fn card(lang: Lang, form: &Value, b: BenefitResult) -> impl IntoView + use<> {
    let t = move |k: &'static str| crate::i18n::tr(lang, k);
    let awards = (!b.awards.is_empty()).then(|| {
        let rows = b
            .awards
            .iter()
            .map(|a| {
                let (per, yearly) = match a.period {
                    Period::Month => (t("results-per_month"), a.yearly.map(|y| (money(lang, y), t("results-per_year")))),
                    Period::Once => (t("results-once"), None),
                };
                let until = match (&a.until, &a.until_reason) {
                    (Some(u), Some(r)) => format!("{} {}. {}", t("results-until"), date(lang, u), said(lang, r)),
                    (Some(u), None) => format!("{} {}", t("results-until"), date(lang, u)),
                    (None, Some(r)) => said(lang, r),
                    (None, None) => String::new(),
                };
                let from = match (&a.from, &a.from_reason) {
                    (Some(f), Some(r)) => Some(format!("{} {}. {}", t("results-from"), date(lang, f), said(lang, r))),
                    (Some(f), None) => Some(format!("{} {}", t("results-from"), date(lang, f))),
                    (None, Some(r)) => Some(said(lang, r)),
                    (None, None) => None,
                };
                view! {
                    <tr data-person=a.person.clone()>
                        <th scope="row">{who(lang, form, &a.person)}</th>
                        <td><span class="amount">{money(lang, a.amount)}</span>" "<span class="period">{per}</span>
                            {yearly.map(|(y, per)| view! { <br/><span class="yearly"><span class="nowrap">{y}</span>" "{per}</span> })}</td>
                        <td>{from.map(|f| view! { <span>{f}</span><br/> })}{until}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="awards">
                <thead><tr><th scope="col">{t("results-who")}</th><th scope="col">{t("results-how_much")}</th><th scope="col">{t("results-until_when")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let chart = (b.benefit == Benefit::SurvivorsPension && b.awards.len() > 1).then(|| share_chart(lang, form, &b));
    let missing = (!b.missing.is_empty()).then(|| {
        let items = b
            .missing
            .iter()
            .map(|m| {
                view! { <li><a href=format!("#/survivors/more/{}", m.field)>{crate::i18n::render(lang, &m.question)}</a></li> }
            })
            .collect_view();
        view! { <div class="missing"><h3>{t("results-still_needed")}</h3><ul>{items}</ul></div> }
    });
    let mut reasons = b.reasons.clone();
    let order = |o: Outcome| match o {
        Outcome::NotMet => 0,
        Outcome::Missing => 1,
        Outcome::Met => 2,
        Outcome::Info => 3,
    };
    reasons.sort_by_key(|r| order(r.outcome));
    let why = reasons
        .iter()
        .map(|r| {
            let mark = match r.outcome {
                Outcome::Met => "✓",
                Outcome::NotMet => "✗",
                Outcome::Missing => "?",
                Outcome::Info => "·",
            };
            let outcome = match r.outcome {
                Outcome::Met => t("outcome-met"),
                Outcome::NotMet => t("outcome-not_met"),
                Outcome::Missing => t("outcome-missing"),
                Outcome::Info => t("outcome-info"),
            };
            let source = match &r.reference.url {
                Some(u) => crate::ui::components::source_link(lang, u, &r.reference.title).into_any(),
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
        view! { <h4>{t("results-calculation")}</h4><ol class="steps">{items}</ol> }
    });
    let claim = b.form.as_ref().map(|f| {
        let extra = b
            .extra_forms
            .iter()
            .map(|x| view! { <li>{format!("{} — {}", x.code, crate::i18n::render(lang, &x.name))}</li> })
            .collect_view();
        let deadline = b.claim_deadline.as_ref().map(|d| {
            view! { <p><strong>{t("results-deadline")}": "{date(lang, d)}</strong>{b.deadline_note.as_ref().map(|n| format!(" — {}", crate::i18n::render(lang, n)))}</p> }
        });
        view! {
            <h3>{t("results-how_to_claim")}</h3>
            <p>{t("results-form")}": "<strong>{f.code.clone()}</strong>" — "{crate::i18n::render(lang, &f.name)}</p>
            <ul>{extra}</ul>
            <p>{t("results-channel")}</p>
            {deadline}
        }
    });
    let confidence = (b.confidence != Confidence::Official).then(|| view! { <p class="notice">{t(confidence_key(b.confidence))}</p> });
    let (bcode, scode) = (benefit_code(b.benefit), status_code(b.status));
    view! {
        <section class=format!("benefit-card status-{scode}") data-benefit=bcode data-status=scode aria-labelledby=format!("card-{bcode}")>
            <h2 id=format!("card-{bcode}")>{crate::i18n::render(lang, &b.name)}</h2>
            <p class="tag">{t(status_key(b.status))}</p>
            <p class="headline">{said(lang, &b.headline)}</p>
            {awards}
            {chart}
            {missing}
            {confidence}
            {claim}
            <details class="why">
                <summary>{t("results-why")}</summary>
                <ul class="reasons">{why}</ul>
                {steps}
            </details>
        </section>
    }
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

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    // Printed results include the reasons: open every "why" before printing.
    let handle = window_event_listener(leptos::ev::beforeprint, |_| {
        if let Ok(list) = document().query_selector_all("details.why") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i) {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::Element>(el).set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
    let content = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        match super::report() {
            Some(Ok(r)) => {
                let year = if r.projection {
                    crate::i18n::tr(lang, "results-projection").to_string()
                } else {
                    format!("{} {}", crate::i18n::tr(lang, "results-rules_for"), r.rules_year)
                };
                let notices = r.notices.iter().map(|n| view! { <p class="notice">{said(lang, n)}</p> }).collect_view();
                let text = summary_text(lang, &form, &r);
                let cards = r.benefits.clone().into_iter().map(|b| card(lang, &form, b)).collect_view();
                let mut last_person = None;
                let answers = answered(&form)
                    .into_iter()
                    .map(|(p, v)| {
                        let group = match crate::forms::person_index(&p) {
                            Some(i) if last_person != Some(i) => {
                                last_person = Some(i);
                                Some(view! { <tr class="group"><th colspan="2" scope="colgroup">{person_label(lang, &form, i)}</th></tr> })
                            }
                            _ => None,
                        };
                        view! { {group}<tr><th scope="row">{field_label(lang, &p)}</th><td>{shown(lang, &form, &p, &v)}</td></tr> }
                    })
                    .collect_view();
                view! {
                    <p class="rules-year">{year}</p>
                    {notices}
                    <div class="actions no-print">
                        <button type="button" class="button button-secondary" id="print" on:click=move |_| { let _ = window().print(); }>{crate::i18n::tr(lang, "results-print")}</button>
                        <button type="button" class="button button-secondary" id="save-copy" on:click=move |_| save_copy(text.clone())>{crate::i18n::tr(lang, "results-save")}</button>
                    </div>
                    {cards}
                    <Help title_key="help-ias-title" body_key="help-ias-body" />
                    <section class="contact">
                        <h2>{crate::i18n::tr(lang, "results-contact_title")}</h2>
                        <p>{crate::i18n::tr(lang, "results-ss_line")}</p>
                    </section>
                    <section class="your-answers">
                        <h2>{crate::i18n::tr(lang, "check-title")}</h2>
                        <table class="summary"><tbody>{answers}</tbody></table>
                        <p class="no-print"><a href="#/survivors/check">{crate::i18n::tr(lang, "results-change_answers")}</a></p>
                    </section>
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
                        <h2>{crate::i18n::tr(lang, "errors-title")}</h2>
                        <ul>{items}</ul>
                    </div>
                }
                .into_any()
            }
            None => view! { <p role="alert">{crate::i18n::tr(lang, "errors-internal")}</p> }.into_any(),
        }
    };
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("results-title")}</h1>
        {content}
    }
}
