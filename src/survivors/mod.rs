//! The survivors' benefits engine: one household in, one report out, with every decision
//! explained and sourced. Pure: no I/O, and "today" never read: `evaluate_on` takes it as an
//! argument (a claim date is an input).

pub mod calendar;
mod context;
mod deadlines;
mod death_grant;
mod family;
mod funeral_allowance;
mod funeral_refund;
pub mod input;
mod orphans_pension;
mod other_relatives;
pub mod plan;
pub mod report;
mod survivors_pension;
mod spouses;
mod start;
mod validate;
mod widows_pension;

pub use input::{DeathCause, Deceased, Education, Funeral, Household, Payer, Person, Relation, Scheme, parse_household, validate_household};
pub use plan::{Claim, Document, Plan};
pub use report::{Award, Benefit, BenefitResult, Deadline, DeadlineState, Outcome, Period, Reason, Report, Status, UnknownValue};

use crate::error::{InputError, InputErrors};
use crate::rules::{LookupError, Rules};
use crate::msg;
use context::Ctx;
use time::Date;

/// Decides all six benefits for a household, with the rules in force at the date of death.
/// No deadline is compared with today (`Report::today` is `null`); see [`evaluate_on`].
pub fn evaluate(household: &Household, rules: &Rules) -> Result<Report, InputErrors> {
    run(household, rules, None)
}

/// The same, on `today`: each deadline says whether it is open or passed and what a claim made
/// today brings, the plan orders the claims by it, and a death after today is refused unless
/// the household is `projection` (planning ahead). The awards do not change with today.
pub fn evaluate_on(household: &Household, rules: &Rules, today: Date) -> Result<Report, InputErrors> {
    run(household, rules, Some(today))
}

fn run(household: &Household, rules: &Rules, today: Option<Date>) -> Result<Report, InputErrors> {
    check(household, today)?;
    let ctx = Ctx::new(rules, household.death_date, household.projection, &household.people);
    let mut benefits = decide_all(&ctx, household).map_err(|e| rules_error(&e, household, rules))?;
    // A date the table cannot speak to at all (before its first rules) is refused as a whole.
    if benefits.iter().all(|b| b.status == Status::ValueUnknown)
        && let Some(u) = benefits.first().and_then(|b| b.unknown_value.as_ref())
    {
        return Err(rules_error(&u.lookup_error(household.death_date), household, rules));
    }
    if let Some(today) = today {
        for b in &mut benefits {
            b.deadline = deadlines::deadline(b, rules, household.death_date, today).map_err(|e| rules_error(&e, household, rules))?;
        }
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
    // What to do now is for someone acting today: made only with a day to count from. Without
    // one, `evaluate` stays the decisions alone (its speed is budgeted: issue 12).
    let plan = today.map(|t| plan::build(&ctx, household, &benefits, t));
    Ok(Report {
        rules_date: crate::dates::IsoDate::new(household.death_date),
        rules_year: household.death_date.year(),
        projection,
        parameters: ctx.into_parameters(),
        benefits,
        notices,
        today: today.map(crate::dates::iso),
        plan,
    })
}

/// The household's own checks, and with today a death that has not happened yet (refused
/// unless planning ahead): all the errors at once.
fn check(hh: &Household, today: Option<Date>) -> Result<(), InputErrors> {
    let mut errors = match validate_household(hh) {
        Ok(()) => InputErrors::default(),
        Err(e) => e,
    };
    if let Some(e) = today.and_then(|t| death_in_future(hh.death_date, hh.projection, t)) {
        errors.push(e);
    }
    errors.into_result()
}

/// A death that has happened (not `projection`, planning ahead) cannot be after today. Also
/// asked by the date's own page, before the rest of the answers exist.
pub fn death_in_future(death_date: Date, projection: bool, today: Date) -> Option<InputError> {
    (!projection && death_date > today)
        .then(|| InputError::new("death_date", "death_in_future", msg!("error-death_in_future", today = today)))
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

/// A date the table cannot speak to, in words a person can act on: never a parameter id or the
/// lookup's own text (the JSON `code` stays `no_rules_for_date`).
fn rules_error(e: &LookupError, hh: &Household, rules: &Rules) -> InputErrors {
    let latest = rules.latest("ias").map(|l| l.value.effective.year());
    let m = match e {
        LookupError::YearMissing { .. } => match latest {
            Some(latest) if hh.death_date.year() > latest => {
                msg!("error-no_rules_for_date-not_published", year = hh.death_date.year(), latest = latest)
            }
            _ => msg!("error-no_rules_for_date", date = hh.death_date),
        },
        LookupError::BeforeFirst { first, .. } => msg!("error-no_rules_for_date-before", date = hh.death_date, first = *first),
        // A broken table: nothing the person can fix (the tests keep the bundled one whole).
        LookupError::Unknown { .. } | LookupError::WrongKind { .. } => msg!("error-no_rules_for_date-table"),
    };
    InputErrors::single(InputError::new("death_date", "no_rules_for_date", m))
}
