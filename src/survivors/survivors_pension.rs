//! Survivor's pension (pensão de sobrevivência): the contributory monthly pension for the
//! family of someone with enough registered earnings.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{self, Group, Until, Verdict, group_of};
use super::input::{Household, Person, Relation, Scheme};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::{household_start, posthumous_start};
use crate::dates::{self, add_years, age_on};
use crate::message::{Arg, Msg};
use crate::money::Money;
use crate::msg;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::SurvivorsPension, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.contributory_death_benefits")?;
    let window = ctx.whole("survivors_pension.claim_window_months")?;
    let deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.claim_deadline = deadline;
    b.deadline_note = deadline.map(|d| {
        msg!("surv-survivors_pension-deadline", date = d)
    });

    let record = contribution_record(b, hh)?;
    let mut unknown = record == Verdict::Unknown;
    if record == Verdict::No {
        return Ok((Status::NotEligible, headline_not_eligible()));
    }

    // Each person's own conditions.
    let mut verdicts: Vec<(usize, &Person, Verdict, Option<Until>)> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate() {
        let (mut v, until) = match group_of(p.relation) {
            Group::Descendants => family::descendant(b, hh, idx, p)?,
            _ => (family::spouse_or_ascendant(b, hh, idx, p)?, None),
        };
        if v == Verdict::Yes && group_of(p.relation) == Group::Spouses && !duration_known(b, hh, idx, p)? {
            v = Verdict::Unknown;
        }
        unknown |= v == Verdict::Unknown;
        verdicts.push((idx, p, v, until));
    }
    let yes = |g: Group| -> Vec<&(usize, &Person, Verdict, Option<Until>)> {
        verdicts.iter().filter(|(_, p, v, _)| *v == Verdict::Yes && group_of(p.relation) == g).collect()
    };
    let spouses = yes(Group::Spouses);
    let descendants = yes(Group::Descendants);
    let mut ascendants = yes(Group::Ascendants);
    if !ascendants.is_empty() && (!spouses.is_empty() || !descendants.is_empty()) {
        for (_, p, _, _) in &ascendants {
            b.not_met("family.ascendants_last", Some(&p.id), msg!("surv-family-ascendants_last-not-met", who = b.ctx.who(p)))?;
        }
        ascendants.clear();
    }

    if hh.deceased.reference_pension.is_none() {
        b.need("survivors_pension.reference_pension", None, "deceased.reference_pension", msg!("surv-ask-reference_pension"))?;
        unknown = true;
    }
    if unknown {
        return Ok((Status::NeedsInfo, headline_needs_info()));
    }
    if spouses.is_empty() && descendants.is_empty() && ascendants.is_empty() {
        b.info("survivors_pension.class_rates", None, msg!("surv-death_grant-family-info-no-one-family-given"))?;
        return Ok((Status::NotEligible, headline_not_eligible()));
    }
    let Some(base) = hh.deceased.reference_pension else {
        return Ok((Status::NeedsInfo, headline_needs_info()));
    };
    b.info("survivors_pension.reference_pension", None, msg!("surv-survivors_pension-reference_pension-info", base = base))?;

    let start = household_start(b, hh, window, "survivors_pension.start")?;
    let payments = ctx.whole("pension.payments_per_year")?;
    let class = |b: &mut Builder, members: &[&(usize, &Person, Verdict, Option<Until>)], param: &'static str, class_name: &'static str| -> Res<()> {
        if members.is_empty() {
            return Ok(());
        }
        let rate = ctx.rate_for(param, members.len())?;
        let total = base.times(rate);
        let class = Msg::code(class_name);
        b.step(
            &[param],
            msg!("surv-step-survivors_pension-class", class = class.clone(), n = members.len(), rate = Arg::Rate(rate), base = base, total = total),
        );
        b.met("survivors_pension.class_rates", None, msg!("surv-survivors_pension-class_rates-met", class = class, rate = Arg::Rate(rate)))?;
        let split = total.split_equal(members.len());
        if members.len() > 1 {
            let each = split.shares.last().copied().unwrap_or(Money::ZERO);
            b.step(&[], msg!("surv-step-survivors_pension-equal-shares", total = total, n = members.len(), each = each, leftover = split.leftover_cents));
            b.met("survivors_pension.equal_split", None, msg!("surv-survivors_pension-equal_split-met", n = members.len()))?;
        }
        for ((_, p, _, until), share) in members.iter().zip(split.shares) {
            let mut amount = share;
            let capped_by_alimony = p.relation == Relation::ExSpouse || (p.relation == Relation::Spouse && p.judicially_separated == Some(true));
            if capped_by_alimony && p.alimony_monthly.is_some_and(|a| a.decimal().is_zero()) {
                // No alimony because the deceased lacked the means: a cap of zero would undo the
                // right the law gives, so none is applied.
                b.info("survivors_pension.ex_spouse_cap_without_alimony", Some(&p.id), msg!("surv-survivors_pension-ex_spouse_cap_without_alimony-info", who = b.ctx.who(p)))?;
            } else if capped_by_alimony
                && let Some(alimony) = p.alimony_monthly
                && alimony < share
            {
                amount = alimony;
                b.step(&[], msg!("surv-step-survivors_pension", who = b.ctx.who(p), share = share, alimony = alimony));
                b.met("survivors_pension.ex_spouse_cap", Some(&p.id), msg!("surv-survivors_pension-ex_spouse_cap-met", who = b.ctx.who(p), alimony = alimony))?;
                let excess = share.saturating_sub(alimony);
                b.info("survivors_pension.ex_spouse_cap_excess", Some(&p.id), msg!("surv-survivors_pension-ex_spouse_cap_excess-info", excess = excess))?;
            }
            let (until_date, until_reason) = match group_of(p.relation) {
                Group::Spouses => spouse_duration(b, hh, p, start)?,
                Group::Descendants => match until {
                    Some(u) => (u.date, Some(u.reason.clone())),
                    None => (None, None),
                },
                _ => (None, Some(msg!("surv-until-conditions-last"))),
            };
            let (from, from_reason) = match posthumous_start(b, hh, p, window)? {
                Some((from, why)) => (from, Some(why)),
                None => (start, None),
            };
            b.step(
                &["pension.payments_per_year"],
                msg!("surv-step-yearly", who = b.ctx.who(p), amount = amount, payments = payments, yearly = yearly(amount, payments)),
            );
            b.awards.push(Award {
                person: p.id.clone(),
                amount,
                period: Period::Month,
                yearly: Some(yearly(amount, payments)),
                payments_per_year: Some(payments),
                from: from.map(dates::IsoDate::new),
                until: until_date.map(dates::IsoDate::new),
                until_reason,
                from_reason,
            });
        }
        Ok(())
    };
    let spouse_entitled = !spouses.is_empty();
    class(b, &spouses, "survivors_pension.rate.spouses", "surv-class-spouses")?;
    let desc_param = if spouse_entitled {
        "survivors_pension.rate.descendants_with_spouse"
    } else {
        "survivors_pension.rate.descendants_without_spouse"
    };
    class(b, &descendants, desc_param, "surv-class-descendants")?;
    class(b, &ascendants, "survivors_pension.rate.ascendants", "surv-class-ascendants")?;
    b.info("survivors_pension.payments", None, msg!("surv-survivors_pension-payments-info", payments = payments))?;
    let total: Money = b.awards.iter().map(|a| a.amount).sum();
    let headline = msg!("surv-survivors_pension-headline-eligible", total = total, people = b.awards.len());
    Ok((Status::Eligible, headline))
}

fn yearly(m: Money, payments: i32) -> Money {
    m.times(payments.into())
}

/// The deceased's record: a contributory scheme and the qualifying period for it.
fn contribution_record(b: &mut Builder, hh: &Household) -> Res<Verdict> {
    let d = &hh.deceased;
    let Some(scheme) = d.scheme else {
        b.need("survivors_pension.scheme", None, "deceased.scheme", msg!("surv-ask-scheme"))?;
        return Ok(Verdict::Unknown);
    };
    let param = match scheme {
        Scheme::None => {
            b.not_met("survivors_pension.scheme", None, msg!("surv-scheme-none"))?;
            return Ok(Verdict::No);
        }
        Scheme::General => "survivors_pension.qualifying_months.general",
        Scheme::Voluntary => "survivors_pension.qualifying_months.voluntary",
        Scheme::AgriculturalSpecial => "survivors_pension.qualifying_months.agricultural_special",
    };
    let needed = b.ctx.whole(param)?;
    let Some(months) = d.contribution_months else {
        b.need("survivors_pension.qualifying_period", None, "deceased.contribution_months", msg!("surv-ask-contribution_months-how-many-months-contributions"))?;
        return Ok(Verdict::Unknown);
    };
    let enough = i64::from(months) >= i64::from(needed);
    let said = msg!("surv-survivors_pension-qualifying_period-months", months = months, needed = needed);
    if enough {
        b.met("survivors_pension.qualifying_period", None, said)?;
        Ok(Verdict::Yes)
    } else {
        b.not_met("survivors_pension.qualifying_period", None, said)?;
        Ok(Verdict::No)
    }
}

/// Whether the answers settle how long a spouse's, ex-spouse's or partner's pension lasts;
/// if not, asks for what is missing. Never guessed: a missing birth date is asked, not taken as
/// "35 or over".
fn duration_known(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<bool> {
    let age_limit = b.ctx.whole("survivors_pension.short_duration_age")?;
    if p.disabled == Some(true) || p.common_child == Some(true) {
        return Ok(true);
    }
    let Some(age) = p.birth_date.and_then(|bd| age_on(bd, hh.death_date)) else {
        b.need("survivors_pension.duration_under_35", Some(&p.id), family::field(idx, "birth_date"), msg!("surv-ask-birth_date-what-their-date-birth"))?;
        return Ok(false);
    };
    if age >= age_limit {
        return Ok(true);
    }
    let mut known = true;
    if p.common_child.is_none() {
        b.need("survivors_pension.duration_exceptions", Some(&p.id), family::field(idx, "common_child"), msg!("surv-ask-common_child-do-they-have-children"))?;
        known = false;
    }
    if p.disabled.is_none() {
        b.need("survivors_pension.duration_exceptions", Some(&p.id), family::field(idx, "disabled"), msg!("surv-ask-disabled-do-they-have-recognised"))?;
        known = false;
    }
    Ok(known)
}

/// A spouse's, ex-spouse's or partner's pension lasts for life, or 5 years when under 35 at
/// the death (unless disabled or with children in common). `duration_known` made sure the
/// answers settle it.
fn spouse_duration(b: &mut Builder, hh: &Household, p: &Person, start: Option<time::Date>) -> Res<(Option<time::Date>, Option<Msg>)> {
    let age_limit = b.ctx.whole("survivors_pension.short_duration_age")?;
    let years = b.ctx.whole("survivors_pension.short_duration_years")?;
    let lifelong = Some(msg!("surv-until-life"));
    let age = p.birth_date.and_then(|bd| age_on(bd, hh.death_date));
    let young = age.is_some_and(|a| a < age_limit);
    if !young {
        if let Some(a) = age {
            b.met("survivors_pension.duration_under_35", Some(&p.id), msg!("surv-survivors_pension-duration_under_35-met", who = b.ctx.who(p), age = a, age_limit = age_limit))?;
        }
        return Ok((None, lifelong));
    }
    if p.disabled == Some(true) || p.common_child == Some(true) {
        b.met("survivors_pension.duration_exceptions", Some(&p.id), msg!("surv-survivors_pension-duration_exceptions-met", who = b.ctx.who(p), age_limit = age_limit, years = years))?;
        return Ok((None, lifelong));
    }
    let until = start.and_then(|s| add_years(s, years)).and_then(|d| d.previous_day());
    b.met("survivors_pension.duration_under_35", Some(&p.id), msg!("surv-survivors_pension-duration_under_35-met-under-age-limit-death", who = b.ctx.who(p), age_limit = age_limit, years = years))?;
    Ok((until, Some(msg!("surv-until-years", years = years))))
}

fn headline_not_eligible() -> Msg {
    msg!("surv-survivors_pension-headline-not-eligible")
}

fn headline_needs_info() -> Msg {
    msg!("surv-survivors_pension-headline-needs-info")
}
