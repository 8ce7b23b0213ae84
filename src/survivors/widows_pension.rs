//! Widow(er)'s pension (pensão de viuvez): non-contributory, for the spouse or partner of
//! someone who received the social pension, subject to a means test.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{Verdict, field};
use super::input::{Household, Person, Relation};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::household_start;
use crate::dates::{self, more_than_years};
use crate::message::{Arg, Msg};
use crate::money::Money;
use crate::msg;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::WidowsPension, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.non_contributory_pensions")?;
    let window = ctx.whole("non_contributory.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        msg!("surv-widows_pension-deadline", date = d)
    });

    match hh.deceased.social_pension_recipient {
        None => {
            b.need("widows_pension.deceased", None, "deceased.social_pension_recipient", msg!("surv-ask-social_pension_recipient"))?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(false) => {
            b.not_met("widows_pension.deceased", None, msg!("surv-widows_pension-deceased-not-met"))?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met("widows_pension.deceased", None, msg!("surv-widows_pension-deceased-met"))?,
    }

    let mut unknown = false;
    let mut eligible: Vec<&Person> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate() {
        match p.relation {
            Relation::Spouse | Relation::Partner => match survivor(b, hh, idx, p)? {
                Verdict::Yes => eligible.push(p),
                Verdict::Unknown => unknown = true,
                Verdict::No => {}
            },
            Relation::ExSpouse => b.not_met("widows_pension.relation", Some(&p.id), msg!("surv-widows_pension-relation-not-met", who = b.ctx.who(p)))?,
            _ => {}
        }
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    if eligible.is_empty() {
        if !hh.people.iter().any(|p| matches!(p.relation, Relation::Spouse | Relation::Partner)) {
            b.not_met("widows_pension.relation", None, msg!("surv-widows_pension-relation-not-met-no-spouse-partner-given"))?;
        }
        return Ok((Status::NotEligible, not_eligible()));
    }

    let social = ctx.eur("social_pension")?;
    let rate = ctx.num("widows_pension.rate")?;
    let full = social.times(rate);
    b.step(&["social_pension", "widows_pension.rate"], msg!("surv-step-widows_pension", rate = Arg::Rate(rate), social = social, full = full));
    b.met("widows_pension.amount", None, msg!("surv-widows_pension-amount-met", rate = Arg::Rate(rate)))?;
    let split = full.split_equal(eligible.len());
    let payments = ctx.whole("pension.payments_per_year")?;
    let start = household_start(b, hh, window, "non_contributory.start")?;
    for (p, share) in eligible.iter().zip(split.shares) {
        let mut amount = share;
        if let Some(own) = p.own_social_pension.filter(|m| !m.decimal().is_zero()) {
            let minimum = ctx.eur("minimum_pension")?;
            let room = minimum.saturating_sub(own);
            if room < amount {
                b.step(&["minimum_pension"], msg!("surv-step-widows_pension-minimum-pension-minimum-own", who = b.ctx.who(p), minimum = minimum, own = own, room = room));
                amount = room;
            }
            b.met("widows_pension.cumulation_cap", Some(&p.id), msg!("surv-widows_pension-cumulation_cap-met", minimum = minimum))?;
        }
        let year = amount.times(payments.into());
        b.step(&["pension.payments_per_year"], msg!("surv-step-yearly", who = b.ctx.who(p), amount = amount, payments = payments, yearly = year));
        b.awards.push(Award {
            person: p.id.clone(),
            amount,
            period: Period::Month,
            yearly: Some(year),
            payments_per_year: Some(payments),
            from: start.map(dates::IsoDate::new),
            until: None,
            until_reason: Some(msg!("surv-until-widows-means-test")),
            from_reason: None,
        });
    }
    let total: Money = b.awards.iter().map(|a| a.amount).sum();
    let headline = msg!("surv-widows_pension-headline-eligible", total = total);
    Ok((Status::Eligible, headline))
}

/// A yes/no condition: rule, answer, the answer wanted, input key, question message, verdict message.
type YesNoCheck = (&'static str, Option<bool>, bool, &'static str, &'static str, &'static str);

fn survivor(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let mut verdict = Verdict::Yes;
    // No outweighs Unknown, which outweighs Yes.
    let fail = |v: &mut Verdict, now: Verdict| {
        if now == Verdict::No || *v == Verdict::Yes {
            *v = now;
        }
    };
    if p.remarried == Some(true) {
        b.not_met("family.new_union_ends", who, msg!("surv-family-new_union_ends-not-met-has-remarried-lives-new", who = b.ctx.who(p)))?;
        return Ok(Verdict::No);
    }
    // A judicially separated spouse is treated like an ex-spouse, and the widow(er)'s pension
    // has no ex-spouse branch; the question only matters when a partner is listed too.
    if p.relation == Relation::Spouse {
        match p.judicially_separated {
            Some(true) => {
                b.not_met("widows_pension.relation", who, msg!("surv-widows_pension-relation-not-met-judicially-separated-from-deceased", who = b.ctx.who(p)))?;
                return Ok(Verdict::No);
            }
            None if hh.people.iter().any(|q| q.relation == Relation::Partner) => {
                super::spouses::ask_separation(b, "family.judicially_separated", who, idx)?;
                return Ok(Verdict::Unknown);
            }
            _ => {}
        }
    } else {
        match super::spouses::no_undissolved_marriage(b, hh, p, "family.partner_undissolved_marriage")? {
            Verdict::No => return Ok(Verdict::No),
            Verdict::Unknown => fail(&mut verdict, Verdict::Unknown),
            Verdict::Yes => {}
        }
    }
    // Relationship length (secondary sources only).
    match p.relation {
        Relation::Spouse => {
            let years = b.ctx.whole("widows_pension.marriage_min_years")?;
            match p.marriage_date {
                None => {
                    b.need("widows_pension.relationship_length", who, field(idx, "marriage_date"), msg!("surv-ask-marriage_date"))?;
                    fail(&mut verdict, Verdict::Unknown);
                }
                Some(m) if more_than_years(m, hh.death_date, years) => b.met("widows_pension.relationship_length", who, msg!("surv-widows_pension-relationship_length-met", married = m, years = years))?,
                Some(m) => {
                    b.not_met("widows_pension.relationship_length", who, msg!("surv-widows_pension-relationship_length-not-met", married = m, years = years))?;
                    fail(&mut verdict, Verdict::No);
                }
            }
        }
        _ => {
            let years = b.ctx.whole("widows_pension.union_min_years")?;
            match p.union_start_date {
                None => {
                    b.need("widows_pension.relationship_length", who, field(idx, "union_start_date"), msg!("surv-ask-union_start_date-since-when-they-live"))?;
                    fail(&mut verdict, Verdict::Unknown);
                }
                // Lei 7/2001 only knows a union of fact lived "há mais de dois anos": the second
                // anniversary itself is not enough.
                Some(u) if more_than_years(u, hh.death_date, years) => b.met("widows_pension.relationship_length", who, msg!("surv-widows_pension-relationship_length-met-union-fact-since-union", union_start = u, years = years))?,
                Some(u) => {
                    b.not_met("widows_pension.relationship_length", who, msg!("surv-widows_pension-relationship_length-not-met-union-fact-since-union", union_start = u, years = years))?;
                    fail(&mut verdict, Verdict::No);
                }
            }
        }
    }
    let checks: [YesNoCheck; 3] = [
        (
            "widows_pension.nationality",
            p.national_or_equivalent,
            true,
            "national_or_equivalent",
            "surv-ask-national_or_equivalent-widow",
            "surv-widows_pension-national",
        ),
        ("widows_pension.residence", p.resident, true, "resident", "surv-ask-resident-orphan", "surv-widows_pension-resident"),
        (
            "widows_pension.no_own_pension",
            p.own_pension,
            false,
            "own_pension",
            "surv-ask-own_pension",
            "surv-widows_pension-no-own-pension",
        ),
    ];
    // Each condition's message takes `met` (yes/no): "X is …" or "Not met: X is …".
    for (code, answer, wanted, key, question, said) in checks {
        match answer {
            None => {
                b.need(code, who, field(idx, key), Msg::code(question))?;
                fail(&mut verdict, Verdict::Unknown);
            }
            Some(a) if a == wanted => b.met(code, who, msg!(said, who = b.ctx.who(p), met = "yes"))?,
            Some(_) => {
                b.not_met(code, who, msg!(said, who = b.ctx.who(p), met = "no"))?;
                fail(&mut verdict, Verdict::No);
            }
        }
    }
    let ias = b.ctx.eur("ias")?;
    let rate = b.ctx.num("widows_pension.income_limit_ias_rate")?;
    let limit = ias.times(rate);
    match p.monthly_income {
        None => {
            b.need("widows_pension.income", who, field(idx, "monthly_income"), msg!("surv-ask-monthly_income-what-their-gross-monthly"))?;
            fail(&mut verdict, Verdict::Unknown);
        }
        Some(inc) => {
            b.step(&["ias", "widows_pension.income_limit_ias_rate"], msg!("surv-step-widows_pension-income-limit-rate-ias", rate = Arg::Rate(rate), ias = ias, limit = limit));
            let said = msg!("surv-widows_pension-income", who = b.ctx.who(p), income = inc, limit = limit);
            if inc <= limit {
                b.met("widows_pension.income", who, said.clone())?;
            } else {
                b.not_met("widows_pension.income", who, said)?;
                fail(&mut verdict, Verdict::No);
            }
        }
    }
    Ok(verdict)
}

fn not_eligible() -> Msg {
    msg!("surv-widows_pension-headline-not-eligible")
}

fn needs_info() -> Msg {
    msg!("surv-widows_pension-headline-needs-info")
}
