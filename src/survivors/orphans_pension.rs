//! Orphan's pension (pensão de orfandade): non-contributory, for the children under 18 of a
//! parent who was not covered by any scheme, subject to a means test.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{Verdict, field};
use super::input::{Household, Person, Relation, Scheme};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::{household_start, posthumous_start};
use crate::dates::{self, age_on, birthday};
use crate::message::{Arg, Msg};
use crate::money::Money;
use crate::msg;
use rust_decimal::Decimal;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, survivors: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::OrphansPension, |b| decide(b, hh, survivors))
}

fn decide(b: &mut Builder, hh: &Household, survivors: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.non_contributory_pensions")?;
    let window = ctx.whole("non_contributory.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        msg!("surv-orphans_pension-deadline", date = d)
    });

    let code = "orphans_pension.deceased_not_covered";
    match hh.deceased.scheme {
        None => {
            b.need(code, None, "deceased.scheme", msg!("surv-ask-scheme"))?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(Scheme::None) => b.met(code, None, msg!("surv-orphans_pension-met"))?,
        Some(_) => match survivors.status {
            // Only one secondary source extends the orphan's pension to a parent who contributed
            // without the qualifying period; its own rule carries that confidence.
            Status::NotEligible if survivors.reasons.iter().any(|r| r.code == "survivors_pension.qualifying_period") => b.met("orphans_pension.deceased_short_record", None, msg!("surv-orphans_pension-deceased_short_record-met"))?,
            Status::NeedsInfo if hh.deceased.contribution_months.is_none() => {
                b.need(code, None, "deceased.contribution_months", msg!("surv-ask-contribution_months"))?;
                return Ok((Status::NeedsInfo, needs_info()));
            }
            _ => {
                b.not_met(code, None, msg!("surv-orphans_pension-not-met"))?;
                return Ok((Status::NotEligible, not_eligible()));
            }
        },
    }

    let mut unknown = false;
    let mut orphans: Vec<&Person> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate().filter(|(_, p)| p.relation == Relation::Child) {
        match orphan(b, hh, idx, p)? {
            Verdict::Yes => orphans.push(p),
            Verdict::Unknown => unknown = true,
            Verdict::No => {}
        }
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    if orphans.is_empty() {
        if !hh.people.iter().any(|p| p.relation == Relation::Child) {
            b.not_met("orphans_pension.age", None, msg!("surv-orphans_pension-age-not-met"))?;
        }
        return Ok((Status::NotEligible, not_eligible()));
    }
    // The seed's table is headed "there is a spouse or ex-spouse / there is none": the
    // existence of one, whether or not they are entitled to anything.
    let spouses: Vec<&Person> = hh.people.iter().filter(|p| matches!(p.relation, Relation::Spouse | Relation::ExSpouse)).collect();
    let (param, column) = if spouses.is_empty() {
        b.info("orphans_pension.spouse_exists", None, msg!("surv-orphans_pension-spouse_exists-info"))?;
        ("orphans_pension.rate.without_spouse", "surv-orphans_pension-column-without-spouse")
    } else {
        // The names are the person's own words, joined as they were typed.
        let names: Vec<&str> = spouses.iter().map(|p| p.label()).collect();
        b.info("orphans_pension.spouse_exists", None, msg!("surv-orphans_pension-spouse_exists-listed", spouses = names.join(", ")))?;
        ("orphans_pension.rate.with_spouse", "surv-orphans_pension-column-with-spouse")
    };
    let social = ctx.eur("social_pension")?;
    let rate = ctx.rate_for(param, orphans.len())?;
    let total = social.times(rate);
    b.step(
        &["social_pension", param],
        msg!("surv-step-orphans_pension-rate", orphans = orphans.len(), column = Msg::code(column), rate = Arg::Rate(rate), social = social, total = total),
    );
    b.met("orphans_pension.amount", None, msg!("surv-orphans_pension-amount-met", rate = Arg::Rate(rate), orphans = orphans.len()))?;
    let split = total.split_equal(orphans.len());
    if orphans.len() > 1 {
        let each = split.shares.last().copied().unwrap_or(Money::ZERO);
        b.step(&[], msg!("surv-step-orphans_pension-equal-shares", total = total, n = orphans.len(), each = each));
    }
    let payments = ctx.whole("pension.payments_per_year")?;
    let limit = ctx.whole("orphans_pension.age_limit")?;
    let start = household_start(b, hh, window, "non_contributory.start")?;
    for (p, amount) in orphans.iter().zip(split.shares) {
        let until = p.birth_date.and_then(|bd| birthday(bd, limit)).and_then(|d| d.previous_day());
        let (from, from_reason) = match posthumous_start(b, hh, p, window)? {
            Some((from, why)) => (from, Some(why)),
            None => (start, None),
        };
        b.awards.push(Award {
            person: p.id.clone(),
            amount,
            period: Period::Month,
            yearly: Some(amount.times(payments.into())),
            payments_per_year: Some(payments),
            from: from.map(dates::IsoDate::new),
            from_reason,
            until: until.map(dates::IsoDate::new),
            until_reason: Some(msg!("surv-until-orphans-age", limit = limit)),
        });
    }
    let headline = msg!("surv-orphans_pension-headline-eligible", total = total, orphans = orphans.len());
    Ok((Status::Eligible, headline))
}

fn orphan(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let limit = b.ctx.whole("orphans_pension.age_limit")?;
    let adult_rules_from = b.ctx.whole("minors.work_or_marriage_min_age")?;
    let age = if p.unborn == Some(true) || p.birth_date.is_some_and(|bd| bd > hh.death_date) {
        0
    } else {
        match p.birth_date.and_then(|bd| age_on(bd, hh.death_date)) {
            Some(a) => a,
            None => {
                b.need("orphans_pension.age", who, field(idx, "birth_date"), msg!("surv-ask-birth_date"))?;
                return Ok(Verdict::Unknown);
            }
        }
    };
    if age >= limit {
        b.not_met("orphans_pension.age", who, msg!("surv-orphans_pension-age-not-met-age-not-under-limit", who = b.ctx.who(p), age = age, limit = limit))?;
        return Ok(Verdict::No);
    }
    b.met("orphans_pension.age", who, msg!("surv-orphans_pension-age-met", who = b.ctx.who(p), age = age, limit = limit))?;
    let mut verdict = Verdict::Yes;
    let worse = |v: Verdict, now: Verdict| match (v, now) {
        (Verdict::No, _) | (_, Verdict::No) => Verdict::No,
        (Verdict::Unknown, _) | (_, Verdict::Unknown) => Verdict::Unknown,
        _ => Verdict::Yes,
    };
    if age >= adult_rules_from {
        for (key, answer, code, question, bad) in [
            ("emancipated", p.emancipated, "orphans_pension.age", "surv-ask-emancipated", "surv-orphans_pension-emancipated"),
            (
                "works_compulsory_scheme",
                p.works_compulsory_scheme,
                "orphans_pension.not_working",
                "surv-ask-works_compulsory_scheme-orphan",
                "surv-orphans_pension-works",
            ),
        ] {
            match answer {
                None => {
                    b.need(code, who, field(idx, key), Msg::code(question))?;
                    verdict = worse(verdict, Verdict::Unknown);
                }
                Some(true) => {
                    b.not_met(code, who, msg!(bad, who = b.ctx.who(p)))?;
                    verdict = Verdict::No;
                }
                Some(false) => {}
            }
        }
    } else {
        b.info("orphans_pension.not_working", who, msg!("surv-orphans_pension-not_working-under-age", age = adult_rules_from))?;
    }
    for (key, answer, question, met, not_met) in [
        (
            "national_or_equivalent",
            p.national_or_equivalent,
            "surv-ask-national_or_equivalent",
            "surv-orphans_pension-national-met",
            "surv-orphans_pension-national-not-met",
        ),
        ("resident", p.resident, "surv-ask-resident-orphan", "surv-orphans_pension-resident-met", "surv-orphans_pension-resident-not-met"),
    ] {
        match answer {
            None => {
                b.need("orphans_pension.nationality_residence", who, field(idx, key), Msg::code(question))?;
                verdict = worse(verdict, Verdict::Unknown);
            }
            Some(true) => b.met("orphans_pension.nationality_residence", who, msg!(met, who = b.ctx.who(p)))?,
            Some(false) => {
                b.not_met("orphans_pension.nationality_residence", who, msg!(not_met, who = b.ctx.who(p)))?;
                verdict = Verdict::No;
            }
        }
    }
    if verdict == Verdict::No {
        return Ok(verdict);
    }
    Ok(worse(verdict, resources(b, idx, p)?))
}

/// The means test: (a) or (b).
fn resources(b: &mut Builder, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let code = "orphans_pension.resources";
    let ias = b.ctx.eur("ias")?;
    let own_rate = b.ctx.num("orphans_pension.own_income_limit_ias_rate")?;
    let hh_mult = b.ctx.num("orphans_pension.household_limit_ias_multiple")?;
    let pp_rate = b.ctx.num("orphans_pension.per_person_limit_ias_rate")?;
    let own_limit = ias.times(own_rate);
    let hh_limit = ias.times(hh_mult);
    let pp_limit = ias.times(pp_rate);
    b.step(&["ias", "orphans_pension.own_income_limit_ias_rate", "orphans_pension.household_limit_ias_multiple", "orphans_pension.per_person_limit_ias_rate"], msg!("surv-step-orphans_pension", own_rate = Arg::Rate(own_rate), own_limit = own_limit, hh_mult = Arg::Factor(hh_mult), hh_limit = hh_limit, pp_rate = Arg::Rate(pp_rate), pp_limit = pp_limit, ias = ias));
    // Test (a).
    let a = match (p.monthly_income, p.household_monthly_income) {
        (Some(own), Some(hh)) => Some(own <= own_limit && hh <= hh_limit),
        (Some(own), None) if own > own_limit => Some(false),
        _ => None,
    };
    if a == Some(true) {
        let (own, hh) = (p.monthly_income.unwrap_or_default(), p.household_monthly_income.unwrap_or_default());
        b.met(code, who, msg!("surv-orphans_pension-met-s-income-own-own", who = b.ctx.who(p), own = own, own_limit = own_limit, hh = hh, hh_limit = hh_limit))?;
        return Ok(Verdict::Yes);
    }
    // Test (b), which needs the household's income too.
    let Some(hh_income) = p.household_monthly_income else {
        if p.monthly_income.is_none() {
            b.need(code, who, field(idx, "monthly_income"), msg!("surv-ask-monthly_income"))?;
        }
        b.need(code, who, field(idx, "household_monthly_income"), msg!("surv-ask-household_monthly_income"))?;
        return Ok(Verdict::Unknown);
    };
    if a.is_none() {
        b.need(code, who, field(idx, "monthly_income"), msg!("surv-ask-monthly_income"))?;
    } else {
        b.info(code, who, msg!("surv-orphans_pension-info"))?;
    }
    let mut unknown = a.is_none();
    let Some(size) = p.household_size else {
        b.need(code, who, field(idx, "household_size"), msg!("surv-ask-household_size"))?;
        return Ok(Verdict::Unknown);
    };
    let per_person = Money::round(hh_income.decimal() / Decimal::from(size.max(1)));
    b.step(&[], msg!("surv-step-orphans_pension-per-person", income = hh_income, size = size, per_person = per_person));
    if per_person > pp_limit {
        let said = msg!("surv-orphans_pension-resources-per-person-over", per_person = per_person, pp_limit = pp_limit);
        if unknown {
            b.info(code, who, said)?;
            return Ok(Verdict::Unknown);
        }
        b.not_met(code, who, said)?;
        return Ok(Verdict::No);
    }
    match p.at_risk {
        None => {
            b.need(code, who, field(idx, "at_risk"), msg!("surv-ask-at_risk"))?;
            unknown = true;
        }
        Some(true) => {
            b.met(code, who, msg!("surv-orphans_pension-met-b-income-per-person", per_person = per_person, pp_limit = pp_limit))?;
            return Ok(Verdict::Yes);
        }
        Some(false) => {
            if !unknown {
                b.not_met(code, who, msg!("surv-orphans_pension-not-met-b-no-risk-situation"))?;
                return Ok(Verdict::No);
            }
        }
    }
    Ok(if unknown { Verdict::Unknown } else { Verdict::No })
}

fn not_eligible() -> Msg {
    msg!("surv-orphans_pension-headline-not-eligible")
}

fn needs_info() -> Msg {
    msg!("surv-orphans_pension-headline-needs-info")
}
