//! The spouse class for the contributory death benefits: a spouse (the year of marriage and its
//! exceptions), an ex-spouse or judicially separated spouse (alimony), and a partner in a union
//! of fact (more than two years, and no undissolved marriage of the deceased beside it).

use super::context::{Builder, Res};
use super::family::{Verdict, field};
use crate::msg;
use super::input::{DeathCause, Household, Person, Relation};
use crate::dates::{at_least_years, more_than_years};

/// Asks whether the spouse listed at `idx` was judicially separated from the deceased.
pub(crate) fn ask_separation(b: &mut Builder, code: &'static str, who: Option<&str>, idx: usize) -> Res<()> {
    b.need(code, who, field(idx, "judicially_separated"), msg!("surv-ask-judicially_separated"))
}

pub(crate) fn partner_listed(hh: &Household) -> bool {
    hh.people.iter().any(|q| q.relation == Relation::Partner)
}

/// Lei 7/2001, art. 2 c): a union of fact gives no right while the deceased was still married
/// to someone else, unless judicially separated. `Yes` when no listed spouse stands in the way.
pub(crate) fn no_undissolved_marriage(b: &mut Builder, hh: &Household, p: &Person, code: &'static str) -> Res<Verdict> {
    let mut verdict = Verdict::Yes;
    for (j, q) in hh.people.iter().enumerate().filter(|(_, q)| q.relation == Relation::Spouse) {
        match q.judicially_separated {
            Some(true) => b.met(code, Some(&p.id), msg!("surv-family-partner-spouse-separated", spouse = b.ctx.who(q), who = b.ctx.who(p)))?,
            Some(false) => {
                b.not_met(code, Some(&p.id), msg!("surv-family-partner-undissolved-marriage", spouse = b.ctx.who(q)))?;
                return Ok(Verdict::No);
            }
            None => {
                ask_separation(b, code, Some(&p.id), j)?;
                verdict = Verdict::Unknown;
            }
        }
    }
    Ok(verdict)
}

pub(crate) fn partner(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let marriage = no_undissolved_marriage(b, hh, p, "family.partner_undissolved_marriage")?;
    if marriage == Verdict::No {
        return Ok(Verdict::No);
    }
    let years = b.ctx.whole("survivors_pension.union_min_years")?;
    let union = match p.union_start_date {
        None => {
            b.need("family.partner_union", who, field(idx, "union_start_date"), msg!("surv-ask-union_start_date"))?;
            Verdict::Unknown
        }
        Some(u) if more_than_years(u, hh.death_date, years) => {
            b.met("family.partner_union", who, msg!("surv-family-partner_union-met", who = b.ctx.who(p), union_start = u, years = years))?;
            Verdict::Yes
        }
        Some(u) => {
            b.not_met("family.partner_union", who, msg!("surv-family-partner_union-not-met", who = b.ctx.who(p), union_start = u, years = years))?;
            return Ok(Verdict::No);
        }
    };
    Ok(if union == Verdict::Unknown || marriage == Verdict::Unknown { Verdict::Unknown } else { Verdict::Yes })
}

/// An ex-spouse, or a spouse judicially separated: alimony at the death, or none only because
/// a court recognised that the deceased could not pay it.
pub(crate) fn ex_spouse(b: &mut Builder, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    match p.alimony_monthly {
        None => {
            b.need("family.ex_spouse_alimony", who, field(idx, "alimony_monthly"), msg!("surv-ask-alimony_monthly"))?;
            Ok(Verdict::Unknown)
        }
        Some(a) if !a.decimal().is_zero() => {
            b.met("family.ex_spouse_alimony", who, msg!("surv-family-ex_spouse_alimony-met", who = b.ctx.who(p), alimony = a))?;
            Ok(Verdict::Yes)
        }
        Some(_) => match p.no_alimony_deceased_lacked_means {
            None => {
                b.info("family.ex_spouse_alimony", who, msg!("surv-family-ex_spouse_alimony-info", who = b.ctx.who(p)))?;
                b.need("family.ex_spouse_no_means", who, field(idx, "no_alimony_deceased_lacked_means"), msg!("surv-ask-no_alimony_deceased_lacked_means"))?;
                Ok(Verdict::Unknown)
            }
            Some(true) => {
                b.met("family.ex_spouse_no_means", who, msg!("surv-family-ex_spouse_no_means-met", who = b.ctx.who(p)))?;
                Ok(Verdict::Yes)
            }
            Some(false) => {
                b.not_met("family.ex_spouse_alimony", who, msg!("surv-family-ex_spouse_alimony-not-met", who = b.ctx.who(p)))?;
                Ok(Verdict::No)
            }
        },
    }
}

pub(crate) fn spouse(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let death = hh.death_date;
    let min_years = b.ctx.whole("survivors_pension.marriage_min_years")?;
    let union_years = b.ctx.whole("survivors_pension.union_min_years")?;
    let Some(m) = p.marriage_date else {
        b.need("family.spouse_marriage", who, field(idx, "marriage_date"), msg!("surv-ask-marriage_date"))?;
        return Ok(Verdict::Unknown);
    };
    if at_least_years(m, death, min_years) {
        b.met("family.spouse_marriage", who, msg!("surv-family-spouse_marriage-met", who = b.ctx.who(p), married = m, min_years = min_years))?;
        return Ok(Verdict::Yes);
    }
    b.info("family.spouse_marriage", who, msg!("surv-family-spouse_marriage-info", who = b.ctx.who(p), married = m, min_years = min_years))?;
    let code = "family.spouse_exceptions";
    if p.common_child == Some(true) {
        b.met(code, who, msg!("surv-family-spouse_exceptions-child", who = b.ctx.who(p)))?;
        return Ok(Verdict::Yes);
    }
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.met(code, who, msg!("surv-family-spouse_exceptions-accident"))?;
        return Ok(Verdict::Yes);
    }
    if hh.deceased.death_cause == Some(DeathCause::Illness) && hh.deceased.illness_began_after_marriage == Some(true) {
        b.met(code, who, msg!("surv-family-spouse_exceptions-illness"))?;
        return Ok(Verdict::Yes);
    }
    if let Some(u) = p.union_start_date
        && u <= m
        && more_than_years(u, death, union_years)
    {
        b.met(code, who, msg!("surv-family-spouse_exceptions-union", union_start = u, union_years = union_years))?;
        if b.benefit == super::report::Benefit::DeathGrant {
            // Art. 9 sets the spouse's conditions for every death benefit; some summaries of the
            // death grant list only the accident and illness exceptions.
            b.info("death_grant.union_then_marriage", who, msg!("surv-death_grant-union_then_marriage-info"))?;
        }
        return Ok(Verdict::Yes);
    }
    let mut unknown = false;
    if p.common_child.is_none() {
        b.need(code, who, field(idx, "common_child"), msg!("surv-ask-common_child"))?;
        unknown = true;
    }
    match hh.deceased.death_cause {
        None => {
            b.need(code, None, "deceased.death_cause", msg!("surv-ask-death_cause"))?;
            unknown = true;
        }
        Some(DeathCause::Illness) if hh.deceased.illness_began_after_marriage.is_none() => {
            b.need(code, None, "deceased.illness_began_after_marriage", msg!("surv-ask-illness_began_after_marriage"))?;
            unknown = true;
        }
        _ => {}
    }
    if unknown {
        return Ok(Verdict::Unknown);
    }
    b.not_met(code, who, msg!("surv-family-spouse_exceptions-none", who = b.ctx.who(p), min_years = min_years))?;
    Ok(Verdict::No)
}
