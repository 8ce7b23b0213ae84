//! When a monthly pension is first paid. Claimed within the window (counted in whole months
//! after the month of death), from the month after the death; claimed later, from the month
//! after the claim. A child born after the death is paid from birth, and the window is counted
//! from the birth. The same rule serves the survivor's, widow(er)'s and orphan's pensions.

use super::context::{Builder, Res};
use super::input::{Household, Person, Relation};
use crate::dates::{end_of_months_after_month_of, first_of_next_month};
use crate::message::Msg;
use crate::msg;
use time::Date;

/// The first day paid for the household's claimants who were alive at the death, with a
/// reason under `rule`. `window` is the claim window in months after the month of death.
pub(crate) fn household_start(b: &mut Builder, hh: &Household, window: i32, rule: &'static str) -> Res<Option<Date>> {
    let deadline = end_of_months_after_month_of(hh.death_date, window);
    match (hh.claim_date, deadline) {
        (Some(claim), Some(last)) if claim > last => {
            let start = first_of_next_month(claim);
            if let Some(s) = start {
                b.info(rule, None, msg!("surv-start-late-claim", claim = claim, deadline = last, start = s))?;
            }
            Ok(start)
        }
        _ => {
            let start = first_of_next_month(hh.death_date);
            if let Some(s) = start {
                b.info(rule, None, msg!("surv-start-in-time", start = s))?;
            }
            Ok(start)
        }
    }
}

/// A child of the deceased born after the death (or not yet born).
pub(crate) fn is_posthumous(hh: &Household, p: &Person) -> bool {
    p.relation == Relation::Child && (p.unborn == Some(true) || p.birth_date.is_some_and(|bd| bd > hh.death_date))
}

/// For a child born after the death: the first day paid and why (from birth, or from the month
/// after a claim made later than the window counted from the birth). `None` for anyone else.
pub(crate) fn posthumous_start(b: &mut Builder, hh: &Household, p: &Person, window: i32) -> Res<Option<(Option<Date>, Msg)>> {
    if !is_posthumous(hh, p) {
        return Ok(None);
    }
    let deadline = p.birth_date.and_then(|bd| end_of_months_after_month_of(bd, window));
    let start = match (hh.claim_date, deadline) {
        (Some(claim), Some(last)) if claim > last => {
            let s = first_of_next_month(claim);
            let why = msg!("surv-from-late-claim-after-birth", deadline = last);
            (s, why)
        }
        _ => {
            let why = match p.birth_date {
                Some(bd) => msg!("surv-from-born-after-death", who = b.ctx.who(p), birth = bd),
                None => msg!("surv-from-unborn", who = b.ctx.who(p)),
            };
            (p.birth_date, why)
        }
    };
    b.met("descendants.posthumous_start", Some(&p.id), start.1.clone())?;
    Ok(Some(start))
}
