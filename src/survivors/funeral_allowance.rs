//! Funeral allowance (subsídio de funeral): a fixed lump sum, from the non-contributory
//! family-protection system, to a resident who paid a funeral.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::input::{DeathCause, Household, Payer};
use super::report::{Award, Benefit, BenefitResult, Outcome, Status};
use crate::dates;
use crate::message::Msg;
use crate::msg;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, death_grant: &BenefitResult, refund: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::FuneralAllowance, |b| decide(b, hh, death_grant, refund))
}

fn decide(b: &mut Builder, hh: &Household, death_grant: &BenefitResult, refund: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.funeral_allowance")?;
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.add_extra_form("form.third_party_liability")?;
    }
    let window = ctx.whole("funeral_allowance.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        msg!("surv-funeral_allowance-deadline", date = d, window = window)
    });

    let code = "funeral_allowance.not_cumulable";
    // `other` names the other benefit in the messages (a selector: the article and case differ).
    for (other, other_id) in [(death_grant, "death_grant"), (refund, "funeral_expenses_refund")] {
        match other.status {
            Status::Eligible => {
                b.not_met(code, None, msg!("surv-funeral_allowance-not_cumulable-other-eligible", other = other_id))?;
                return Ok((Status::NotEligible, not_eligible()));
            }
            Status::NeedsInfo => {
                b.reason(code, None, Outcome::Missing, msg!("surv-funeral_allowance-not_cumulable-other-first", other = other_id))?;
                for m in &other.missing {
                    if !b.missing.iter().any(|x| x.field == m.field) {
                        b.missing.push(m.clone());
                    }
                }
                return Ok((Status::NeedsInfo, needs_info()));
            }
            Status::ValueUnknown if other.benefit == super::report::Benefit::DeathGrant => {
                b.not_met(code, None, msg!("surv-funeral_allowance-not_cumulable-death-grant-unknown"))?;
                return Ok((Status::NotEligible, not_eligible()));
            }
            Status::ValueUnknown => {
                b.reason(code, None, Outcome::Missing, msg!("surv-funeral_allowance-not_cumulable-other-unknown", other = other_id))?;
                if let Some(u) = &other.unknown_value {
                    return Err(u.lookup_error(hh.death_date));
                }
            }
            Status::NotEligible => {}
        }
    }
    b.met(code, None, msg!("surv-funeral_allowance-not_cumulable-met"))?;

    let mut unknown = false;
    match hh.deceased.resident {
        None => {
            b.need("funeral_allowance.deceased_resident", None, "deceased.resident", msg!("surv-ask-resident"))?;
            unknown = true;
        }
        Some(false) => {
            b.not_met("funeral_allowance.deceased_resident", None, msg!("surv-funeral_allowance-deceased_resident-not-met"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met("funeral_allowance.deceased_resident", None, msg!("surv-funeral_allowance-deceased_resident-met"))?,
    }
    let funeral = hh.funeral.clone().unwrap_or_default();
    let code = "funeral_allowance.payer";
    let payer_id = match &funeral.paid_by {
        None => {
            b.need(code, None, "funeral.paid_by", msg!("surv-ask-paid_by"))?;
            unknown = true;
            None
        }
        Some(Payer::Person(id)) => Some(id.clone()),
        Some(Payer::Other) => Some("other".to_string()),
    };
    match funeral.amount {
        None => {
            b.need(code, None, "funeral.amount", msg!("surv-ask-amount"))?;
            unknown = true;
        }
        Some(a) if a.decimal().is_zero() => {
            b.not_met(code, None, msg!("surv-funeral_allowance-not-met-no-funeral-expenses-paid"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(_) => {}
    }
    let payer_resident = match &funeral.paid_by {
        Some(Payer::Person(id)) => {
            let found = hh.people.iter().enumerate().find(|(_, p)| &p.id == id);
            match found {
                Some((idx, p)) => {
                    if p.resident.is_none() {
                        b.need(code, Some(id), super::family::field(idx, "resident"), msg!("surv-ask-resident-does-person-paid-funeral"))?;
                    }
                    p.resident
                }
                None => None,
            }
        }
        Some(Payer::Other) => {
            if funeral.payer_resident.is_none() {
                b.need(code, None, "funeral.payer_resident", msg!("surv-ask-resident-does-person-paid-funeral"))?;
            }
            funeral.payer_resident
        }
        None => None,
    };
    match payer_resident {
        None => unknown = true,
        Some(false) => {
            b.not_met(code, payer_id.as_deref(), msg!("surv-funeral_allowance-not-met-person-paid-funeral-does"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met(code, payer_id.as_deref(), msg!("surv-funeral_allowance-met-person-paid-funeral-lives"))?,
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    let Some(payer_id) = payer_id else {
        return Ok((Status::NeedsInfo, needs_info()));
    };
    let amount = ctx.eur("funeral_allowance.amount")?;
    b.step(&["funeral_allowance.amount"], msg!("surv-step-funeral_allowance", year = hh.death_date.year(), amount = amount));
    b.met("funeral_allowance.fixed_amount", None, msg!("surv-funeral_allowance-fixed_amount-met", amount = amount))?;
    b.awards.push(Award::once(payer_id, amount));
    let headline = msg!("surv-funeral_allowance-headline-eligible", amount = amount);
    Ok((Status::Eligible, headline))
}

fn not_eligible() -> Msg {
    msg!("surv-funeral_allowance-headline-not-eligible")
}

fn needs_info() -> Msg {
    msg!("surv-funeral_allowance-headline-needs-info")
}
