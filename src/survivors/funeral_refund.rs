//! Reimbursement of funeral expenses (reembolso das despesas de funeral): when nobody is
//! entitled to the death grant, whoever paid the funeral gets the actual cost back, up to a cap.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::input::{DeathCause, Household, Payer, Scheme};
use super::report::{Award, Benefit, BenefitResult, Status};
use crate::dates;
use crate::message::{Arg, Msg};
use crate::msg;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, death_grant: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::FuneralExpensesRefund, |b| decide(b, hh, death_grant))
}

fn decide(b: &mut Builder, hh: &Household, death_grant: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.funeral_refund")?;
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.add_extra_form("form.third_party_liability")?;
    }
    let days = ctx.whole("funeral_refund.claim_window_days")?;
    let from = hh.death_registration_date.unwrap_or(hh.death_date);
    b.claim_deadline = dates::add_days(from, days.into());
    b.deadline_note = b.claim_deadline.map(|d| match hh.death_registration_date {
        Some(_) => msg!("surv-funeral_refund-deadline", date = d, days = days),
        None => msg!("surv-funeral_refund-deadline-from-death", date = d, days = days),
    });

    let code = "funeral_refund.only_without_death_grant";
    match death_grant.status {
        Status::Eligible => {
            b.not_met(code, None, msg!("surv-funeral_refund-not-met"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Status::NeedsInfo => {
            b.reason(
                code,
                None,
                super::report::Outcome::Missing,
                msg!("surv-funeral_refund-death_grant-pending"),
            )?;
            for m in &death_grant.missing {
                if !b.missing.iter().any(|x| x.field == m.field) {
                    b.missing.push(m.clone());
                }
            }
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Status::ValueUnknown => {
            // The grant is decided up to its amount: a value it lacks comes after its
            // beneficiaries were found (every earlier value dates from 1990).
            b.not_met(code, None, msg!("surv-funeral_refund-not-met-someone-entitled-death-grant"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Status::NotEligible => {
            b.met(code, None, msg!("surv-funeral_refund-met"))?;
        }
    }

    let mut unknown = false;
    let scheme_code = "funeral_refund.scheme";
    let cap_param = match hh.deceased.scheme {
        None => {
            b.need(scheme_code, None, "deceased.scheme", msg!("surv-ask-scheme"))?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(Scheme::None) => {
            b.not_met(scheme_code, None, msg!("surv-funeral_refund-not-met-deceased-not-registered-social"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(Scheme::AgriculturalSpecial) => "funeral_refund.cap_ias_multiple_agricultural",
        Some(Scheme::General) => "funeral_refund.cap_ias_multiple",
        Some(Scheme::Voluntary) => {
            // The official page speaks of the general scheme's beneficiaries; voluntary insurance
            // is covered by the same decree, so it is read as included.
            b.info("funeral_refund.voluntary_scheme", None, msg!("surv-funeral_refund-voluntary_scheme-info"))?;
            "funeral_refund.cap_ias_multiple"
        }
    };
    let min_months = ctx.whole("funeral_refund.min_contribution_months")?;
    match hh.deceased.contribution_months {
        None => {
            b.need(scheme_code, None, "deceased.contribution_months", msg!("surv-ask-contribution_months"))?;
            unknown = true;
        }
        Some(m) if i64::from(m) < i64::from(min_months) => {
            b.not_met(scheme_code, None, msg!("surv-funeral_refund-not-met-deceased-had-no-contribution", min_months = min_months))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(m) => {
            b.met(scheme_code, None, msg!("surv-funeral_refund-met-deceased-had-had-months", had = m))?;
        }
    }

    let funeral = hh.funeral.clone().unwrap_or_default();
    let payer_code = "funeral_refund.payer";
    if funeral.paid_by.is_none() {
        b.need(payer_code, None, "funeral.paid_by", msg!("surv-ask-paid_by"))?;
        unknown = true;
    }
    if funeral.amount.is_none() {
        b.need(payer_code, None, "funeral.amount", msg!("surv-ask-amount"))?;
        unknown = true;
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    let (Some(payer), Some(spent)) = (funeral.paid_by, funeral.amount) else {
        return Ok((Status::NeedsInfo, needs_info()));
    };
    if spent.decimal().is_zero() {
        b.not_met(payer_code, None, msg!("surv-funeral_refund-not-met-no-funeral-expenses-were"))?;
        return Ok((Status::NotEligible, not_eligible()));
    }
    let payer_id = match &payer {
        Payer::Person(id) => id.clone(),
        Payer::Other => "other".to_string(),
    };
    let payer_name: Arg = hh.people.iter().find(|p| p.id == payer_id).map_or_else(
        || Msg::code("surv-payer-unnamed").into(),
        |p| p.label().to_string().into(),
    );
    b.met(payer_code, Some(&payer_id), msg!("surv-funeral_refund-paid-by", payer = payer_name, spent = spent))?;
    let ias = ctx.eur("ias")?;
    let multiple = ctx.num(cap_param)?;
    let cap = ias.times(multiple);
    b.step(&["ias", cap_param], msg!("surv-step-funeral_refund", multiple = Arg::Factor(multiple), ias = ias, cap = cap));
    let amount = spent.min(cap);
    b.step(&[], msg!("surv-step-funeral_refund-reimbursement-lower-spent-cap", spent = spent, cap = cap, amount = amount));
    b.met("funeral_refund.cap", None, msg!("surv-funeral_refund-cap-met", cap = cap))?;
    b.info("funeral_refund.deadline", None, msg!("surv-funeral_refund-deadline-info", days = days))?;
    b.awards.push(Award::once(payer_id, amount));
    let headline = msg!("surv-funeral_refund-headline-eligible", amount = amount);
    Ok((Status::Eligible, headline))
}

fn not_eligible() -> Msg {
    msg!("surv-funeral_refund-headline-not-eligible")
}

fn needs_info() -> Msg {
    msg!("surv-funeral_refund-headline-needs-info")
}
