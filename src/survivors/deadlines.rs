//! Claim deadlines against today. "Today" is an argument (`evaluate_on`), never read here. The
//! awards are not changed by it: they keep the start a claim in time gives (or the one the
//! `claim_date` answer gives); the deadline says what a claim made today would bring.

use super::report::{BenefitResult, Deadline, DeadlineState, Status};
use super::Benefit;
use crate::dates::{first_of_next_month, iso_month, months_between, parse_iso};
use crate::message::Arg;
use crate::msg;
use crate::rules::{LookupError, Rules};
use time::Date;

/// The rule that sets the benefit's deadline (and, for a monthly pension, the start of a late
/// claim: the month after the claim).
fn deadline_rule(b: Benefit) -> &'static str {
    match b {
        Benefit::SurvivorsPension => "survivors_pension.start",
        Benefit::WidowsPension | Benefit::OrphansPension => "non_contributory.start",
        Benefit::DeathGrant => "death_grant.deadline",
        Benefit::FuneralExpensesRefund => "funeral_refund.deadline",
        Benefit::FuneralAllowance => "funeral_allowance.deadline",
    }
}

/// What happens to a lump sum claimed after its deadline: no source says (`unverified`).
fn late_rule(b: Benefit) -> &'static str {
    match b {
        Benefit::DeathGrant => "death_grant.late_claim",
        Benefit::FuneralExpensesRefund => "funeral_refund.late_claim",
        Benefit::FuneralAllowance => "funeral_allowance.late_claim",
        Benefit::SurvivorsPension | Benefit::WidowsPension | Benefit::OrphansPension => deadline_rule(b),
    }
}

/// The benefit's deadline against `today`; `None` when it has no deadline. A benefit the
/// person is not entitled to gets the dates but nothing about claiming now.
pub(crate) fn deadline(b: &BenefitResult, rules: &Rules, death: Date, today: Date) -> Result<Option<Deadline>, LookupError> {
    let Some(date) = b.claim_deadline.as_deref().and_then(parse_iso) else {
        return Ok(None);
    };
    let days_left = (date - today).whole_days();
    let state = match days_left {
        d if d > 0 => DeadlineState::Open,
        0 => DeadlineState::DueToday,
        _ => DeadlineState::Passed,
    };
    let note = match state {
        DeadlineState::Open => msg!("surv-deadline-open", date = date, days = days_left),
        DeadlineState::DueToday => msg!("surv-deadline-due_today", date = date),
        DeadlineState::Passed => msg!("surv-deadline-passed", date = date, days = days_left.saturating_neg()),
    };
    let mut rule = deadline_rule(b.benefit);
    let (mut claim_now, mut paid_from, mut months_lost) = (None, None, None);
    if state == DeadlineState::Passed && b.status != Status::NotEligible {
        if b.benefit.is_monthly() {
            // In time, paid from the month after the death; claimed today, from the month after
            // today. The months between are not paid.
            if let (Some(start), Some(from)) = (first_of_next_month(death), first_of_next_month(today)) {
                let lost = months_between(start, from);
                claim_now = Some(msg!(
                    "surv-deadline-claim_now-pension",
                    start = Arg::Month(start),
                    from = Arg::Month(from),
                    lost = lost
                ));
                paid_from = Some(iso_month(from));
                months_lost = Some(lost);
            }
        } else {
            rule = late_rule(b.benefit);
            // The benefit's id selects its name in the sentence (its article and case differ).
            claim_now = Some(msg!("surv-deadline-claim_now-lump_sum", benefit = b.benefit.id()));
        }
    }
    let info = rules.rule(rule)?;
    Ok(Some(Deadline {
        date: crate::dates::iso(date),
        state,
        days_left,
        note,
        claim_now,
        paid_from_if_claimed_now: paid_from,
        months_lost,
        rule,
        reference: info.reference.clone(),
        confidence: info.confidence,
    }))
}
