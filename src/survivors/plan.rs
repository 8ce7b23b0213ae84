//! "What to do now": the claims to make (one per form, however many benefits it covers), the
//! nearest deadline, the deadlines already passed, and the documents to gather. Built from the
//! decided benefits; the documents come from the rules table's `documents`, as data.

use super::context::Ctx;
use super::input::{DeathCause, Education, Household, Payer, Person, Relation};
use super::report::{BenefitResult, DeadlineState, Outcome, Status};
use super::Benefit;
use crate::dates::{age_on, parse_iso};
use crate::message::Msg;
use crate::rules::{DocumentInfo, DocumentWhen};
use crate::source::{Confidence, Reference};
use serde::Serialize;
use std::sync::Arc;
use time::Date;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// One entry per form: open deadlines first, the nearest first; passed ones after.
    pub claims: Vec<Claim>,
    /// The nearest deadline still open (ISO); `null` without today or when none is open.
    pub nearest_deadline: Option<String>,
    /// Benefits the person may get whose deadline has passed.
    pub passed: Vec<Benefit>,
    /// What to gather for these claims, in the table's order.
    pub documents: Vec<Document>,
}

/// One claim form, listed once with every benefit it covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The form's code (`RP 5075-DGSS`).
    pub form: Arc<str>,
    /// The form's name (the message `param-form-…`).
    pub name: Arc<Msg>,
    /// The benefits it claims that are `eligible` or `needs_info`, in the report's order.
    pub benefits: Vec<Benefit>,
    /// The earliest deadline still open among them; when all have passed, the earliest (ISO).
    pub deadline: Option<String>,
    /// That deadline's state; `null` without today.
    pub state: Option<DeadlineState>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// The table's id (`marriage_certificate`).
    pub id: &'static str,
    /// The message `doc-<id>`; a document asked for each person names them (`who`).
    pub message: Msg,
    /// The person it concerns (an id, or `other` for a funeral payer outside the family).
    pub for_person: Option<Arc<str>>,
    /// The claimed benefits it serves.
    pub benefits: Vec<Benefit>,
    pub reference: &'static Reference,
    pub confidence: Confidence,
}

/// Whether a benefit is one to claim: the person may get it.
fn claimable(b: &BenefitResult) -> bool {
    matches!(b.status, Status::Eligible | Status::NeedsInfo)
}

pub(crate) fn build(ctx: &Ctx, hh: &Household, benefits: &[BenefitResult], today: Date) -> Plan {
    let claims = claims(benefits);
    let nearest_deadline = claims
        .iter()
        .filter(|c| matches!(c.state, Some(DeadlineState::Open | DeadlineState::DueToday)))
        .filter_map(|c| c.deadline.clone())
        .min();
    let passed = benefits
        .iter()
        .filter(|b| claimable(b) && b.deadline.as_ref().is_some_and(|d| d.state == DeadlineState::Passed))
        .map(|b| b.benefit)
        .collect();
    // The documents of an 18-year-old student are asked from the day they are needed: today's age.
    // The base age is looked up only when it matters, so the report lists only values it used.
    let students = hh.people.iter().any(|p| p.education.is_some_and(|e| e != Education::None));
    let base_age = if students { ctx.whole("descendants.age_limit").ok() } else { None };
    let mut documents = Vec::with_capacity(ctx.rules.documents.len());
    for d in &ctx.rules.documents {
        documents_for(ctx, hh, benefits, d, today, base_age, &mut documents);
    }
    Plan { claims, nearest_deadline, passed, documents }
}

/// A claim being gathered, with its benefits' deadlines and their states.
type Gathering = (Claim, Vec<(Date, Option<DeadlineState>)>);

fn claims(benefits: &[BenefitResult]) -> Vec<Claim> {
    let mut out: Vec<Gathering> = Vec::new();
    for b in benefits.iter().filter(|b| claimable(b)) {
        let Some(form) = &b.form else { continue };
        let at = match out.iter().position(|(c, _)| *c.form == *form.code) {
            Some(i) => i,
            None => {
                let claim = Claim { form: form.code.clone(), name: form.name.clone(), benefits: Vec::new(), deadline: None, state: None };
                out.push((claim, Vec::new()));
                out.len() - 1
            }
        };
        if let Some((claim, dates)) = out.get_mut(at) {
            claim.benefits.push(b.benefit);
            if let Some(date) = b.claim_deadline.as_deref().and_then(parse_iso) {
                dates.push((date, b.deadline.as_ref().map(|d| d.state)));
            }
        }
    }
    let mut claims: Vec<Claim> = out
        .into_iter()
        .map(|(mut claim, dates)| {
            // The earliest deadline that still counts: a form that also claims a benefit whose
            // deadline is open is not late, even if another benefit's deadline has passed.
            let open = dates.iter().filter(|(_, s)| *s != Some(DeadlineState::Passed)).min_by_key(|(d, _)| *d);
            if let Some((date, state)) = open.or_else(|| dates.iter().min_by_key(|(d, _)| *d)) {
                claim.deadline = Some(crate::dates::iso(*date));
                claim.state = *state;
            }
            claim
        })
        .collect();
    // Open (or undated by today) first, by date; passed after; no deadline last.
    claims.sort_by_key(|c| {
        let rank = match (c.state, &c.deadline) {
            (_, None) => 2,
            (Some(DeadlineState::Passed), _) => 1,
            _ => 0,
        };
        (rank, c.deadline.clone())
    });
    claims
}

/// The benefits of `doc` that are being claimed, in the report's order.
fn served(doc: &DocumentInfo, benefits: &[BenefitResult]) -> Vec<Benefit> {
    benefits.iter().filter(|b| claimable(b) && doc.benefits.contains(&b.benefit)).map(|b| b.benefit).collect()
}

/// Whether `p` may receive one of `served`: an award to them, or a decision still open in
/// which a reason about them does not rule them out.
fn concerns(p: &Person, served: &[Benefit], benefits: &[BenefitResult]) -> bool {
    benefits.iter().filter(|b| served.contains(&b.benefit)).any(|b| match b.status {
        Status::Eligible => b.awards.iter().any(|a| a.person == p.id),
        Status::NeedsInfo => b.reasons.iter().any(|r| r.person.as_deref() == Some(p.id.as_str()) && r.outcome != Outcome::NotMet),
        _ => false,
    })
}

fn matches_person(when: DocumentWhen, p: &Person, on: Date, base_age: Option<i32>) -> bool {
    let descendant = matches!(p.relation, Relation::Child | Relation::Stepchild | Relation::Grandchild);
    match when {
        DocumentWhen::Spouse => p.relation == Relation::Spouse && p.judicially_separated != Some(true),
        DocumentWhen::Partner => p.relation == Relation::Partner,
        DocumentWhen::ExSpouse => p.relation == Relation::ExSpouse || (p.relation == Relation::Spouse && p.judicially_separated == Some(true)),
        DocumentWhen::Descendant => descendant,
        DocumentWhen::DescendantInEducation => {
            let studies = matches!(p.education, Some(Education::Secondary | Education::Higher | Education::Postgraduate));
            let adult = match (p.birth_date.and_then(|bd| age_on(bd, on)), base_age) {
                (Some(age), Some(base)) => age >= base,
                _ => false,
            };
            descendant && studies && adult
        }
        DocumentWhen::Disabled => p.disabled == Some(true),
        DocumentWhen::Dependent => {
            matches!(p.relation, Relation::Stepchild | Relation::Grandchild | Relation::Parent | Relation::Grandparent)
                && p.dependent_on_deceased == Some(true)
        }
        DocumentWhen::Always | DocumentWhen::FuneralPaid | DocumentWhen::Accident => false,
    }
}

fn documents_for(ctx: &Ctx, hh: &Household, benefits: &[BenefitResult], doc: &DocumentInfo, on: Date, base_age: Option<i32>, out: &mut Vec<Document>) {
    let served = served(doc, benefits);
    if served.is_empty() {
        return;
    }
    let code = doc.code;
    let make = |message: Msg, for_person: Option<Arc<str>>| Document {
        id: doc.id,
        message,
        for_person,
        benefits: served.clone(),
        reference: doc.reference,
        confidence: doc.confidence,
    };
    let payer = hh.funeral.as_ref().and_then(|f| f.paid_by.as_ref());
    match doc.when {
        DocumentWhen::Always => out.push(make(Msg::code(code), None)),
        DocumentWhen::FuneralPaid => match payer {
            Some(Payer::Person(id)) => out.push(make(Msg::code(code), Some(ctx.person_id(id)))),
            Some(Payer::Other) => out.push(make(Msg::code(code), Some(Arc::from("other")))),
            None => {}
        },
        DocumentWhen::Accident if hh.deceased.death_cause == Some(DeathCause::Accident) => out.push(make(Msg::code(code), None)),
        DocumentWhen::Accident => {}
        when => out.extend(
            hh.people
                .iter()
                .filter(|p| matches_person(when, p, on, base_age) && concerns(p, &served, benefits))
                .map(|p| make(Msg::new(code, vec![("who", ctx.who(p))]), Some(ctx.person_id(&p.id)))),
        ),
    }
}
