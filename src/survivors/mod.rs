//! The survivors' benefits engine: one household in, one report out, with every decision
//! explained and sourced. Pure: no I/O, and "today" never read (a claim date is an input).

mod context;
mod death_grant;
mod family;
mod funeral_allowance;
mod funeral_refund;
pub mod input;
mod orphans_pension;
mod other_relatives;
pub mod report;
mod survivors_pension;
mod spouses;
mod start;
mod validate;
mod widows_pension;

pub use input::{DeathCause, Deceased, Education, Funeral, Household, Payer, Person, Relation, Scheme, parse_household, validate_household};
pub use report::{Award, Benefit, BenefitResult, Outcome, Period, Reason, Report, Status, UnknownValue};

use crate::error::{InputError, InputErrors};
use crate::rules::{LookupError, Rules};
use crate::msg;
use context::Ctx;

/// Decides all six benefits for a household, with the rules in force at the date of death.
pub fn evaluate(household: &Household, rules: &Rules) -> Result<Report, InputErrors> {
    validate_household(household)?;
    let ctx = Ctx::new(rules, household.death_date, household.projection, &household.people);
    let benefits = decide_all(&ctx, household).map_err(|e| rules_error(&e, household))?;
    // A date the table cannot speak to at all (before its first rules) is refused as a whole.
    if benefits.iter().all(|b| b.status == Status::ValueUnknown)
        && let Some(u) = benefits.first().and_then(|b| b.unknown_value.as_ref())
    {
        return Err(rules_error(&u.lookup_error(household.death_date), household));
    }
    let mut notices = vec![msg!("surv-notice-estimate")];
    let projection = ctx.projected();
    if projection {
        let latest = ctx.rules.latest("ias").map_or(0, |l| l.value.effective.year());
        notices.push(msg!("surv-notice-projection", year = household.death_date.year(), latest = latest));
    }
    if benefits.iter().any(|b| b.status == Status::ValueUnknown) {
        notices.push(msg!("surv-notice-value-unknown"));
    }
    if benefits.iter().any(|b| b.confidence != crate::source::Confidence::Official) {
        notices.push(msg!("surv-notice-unconfirmed"));
    }
    Ok(Report {
        rules_date: crate::dates::IsoDate::new(household.death_date),
        rules_year: household.death_date.year(),
        projection,
        parameters: ctx.into_parameters(),
        benefits,
        notices,
    })
}

fn decide_all(ctx: &Ctx, hh: &Household) -> Result<Vec<BenefitResult>, LookupError> {
    // A year after the table's last one is most likely a typo (planning ahead says so with
    // `projection`): the household is refused. Any other gap (a date before a value was
    // published, a value not found) only leaves the benefits that need it `value_unknown`.
    if let Err(e @ LookupError::YearMissing { .. }) = ctx.check("ias")
        && ctx.rules.latest("ias").is_some_and(|l| hh.death_date.year() > l.value.effective.year())
    {
        return Err(e);
    }
    let survivors = survivors_pension::evaluate(ctx, hh)?;
    let grant = death_grant::evaluate(ctx, hh)?;
    let refund = funeral_refund::evaluate(ctx, hh, &grant)?;
    let widows = widows_pension::evaluate(ctx, hh)?;
    let orphans = orphans_pension::evaluate(ctx, hh, &survivors)?;
    let allowance = funeral_allowance::evaluate(ctx, hh, &grant, &refund)?;
    Ok(vec![survivors, grant, refund, widows, orphans, allowance])
}

fn rules_error(e: &LookupError, hh: &Household) -> InputErrors {
    let m = match e {
        LookupError::BeforeFirst { .. } | LookupError::YearMissing { .. } => {
            crate::msg!("error-no_rules_for_date", date = hh.death_date, detail = e.to_string())
        }
        _ => crate::msg!("error-no_rules_for_date-table", detail = e.to_string()),
    };
    InputErrors::single(InputError::new("death_date", "no_rules_for_date", m))
}
