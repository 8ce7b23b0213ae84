//! Death grant (subsídio por morte): a lump sum of a multiple of the IAS for the family.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{self, Group, Verdict, group_of};
use super::other_relatives;
use super::input::{Household, Person, Scheme};
use super::report::{Award, Benefit, BenefitResult, Status};
use crate::dates;
use crate::message::{Arg, Msg};
use crate::money::Money;
use crate::msg;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::DeathGrant, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.contributory_death_benefits")?;
    let months = ctx.whole("death_grant.claim_window_months")?;
    b.claim_deadline = dates::add_months(hh.death_date, months);
    b.deadline_note = b.claim_deadline.map(|d| {
        msg!("surv-death_grant-deadline", date = d, months = months)
    });

    let record = record(b, hh)?;
    if record == Verdict::No {
        return Ok((Status::NotEligible, not_eligible()));
    }
    let mut unknown = record == Verdict::Unknown;
    b.info("death_grant.family", None, msg!("surv-death_grant-family-info"))?;
    let mut decided: Vec<(&Person, Verdict)> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate() {
        let v = match group_of(p.relation) {
            Group::Descendants => family::descendant(b, hh, idx, p)?.0,
            Group::Others => Verdict::No, // decided below, only if no family member qualifies
            _ => family::spouse_or_ascendant(b, hh, idx, p)?,
        };
        unknown |= v == Verdict::Unknown;
        decided.push((p, v));
    }
    let pick = |g: Group| -> Vec<&Person> { decided.iter().filter(|(p, v)| *v == Verdict::Yes && group_of(p.relation) == g).map(|(p, _)| *p).collect() };
    let spouses = pick(Group::Spouses);
    let descendants = pick(Group::Descendants);
    let ascendants = pick(Group::Ascendants);
    let family_found = !spouses.is_empty() || !descendants.is_empty() || !ascendants.is_empty();

    let mut others = Vec::new();
    if !family_found && !unknown {
        match other_relatives::decide(b, hh)? {
            Some(found) => others = found,
            None => unknown = true,
        }
    } else if family_found && decided.iter().any(|(p, v)| *v != Verdict::Yes && other_relatives::is_relative(p)) {
        b.info("death_grant.order", None, msg!("surv-death_grant-order-info"))?;
    }
    if unknown {
        return Ok((Status::NeedsInfo, msg!("surv-death_grant-headline-needs-info")));
    }

    // Who shares, in order of priority.
    let groups: Vec<(Vec<&Person>, &str)> = if !spouses.is_empty() || !descendants.is_empty() {
        vec![(spouses, "surv-group-spouses"), (descendants, "surv-group-descendants")]
    } else if !ascendants.is_empty() {
        b.met("death_grant.order", None, msg!("surv-death_grant-order-met"))?;
        vec![(ascendants, "surv-group-ascendants")]
    } else if !others.is_empty() {
        vec![(others, "surv-group-others")]
    } else {
        b.info("death_grant.family", None, msg!("surv-death_grant-family-info-no-one-family-given"))?;
        return Ok((Status::NotEligible, not_eligible()));
    };

    if hh.deceased.scheme == Some(Scheme::AgriculturalSpecial) {
        // The official page names only the general and voluntary schemes; before 2013 the
        // agricultural scheme paid a smaller grant, and its funeral-refund cap is half. The
        // general amount is kept, marked unverified.
        b.info("death_grant.agricultural_special", None, msg!("surv-death_grant-agricultural_special-info"))?;
    }
    let ias = ctx.eur("ias")?;
    let multiple = ctx.num("death_grant.ias_multiple")?;
    let total = ias.times(multiple);
    b.step(&["ias", "death_grant.ias_multiple"], msg!("surv-step-death_grant", multiple = Arg::Factor(multiple), ias = ias, total = total));
    b.met("death_grant.amount", None, msg!("surv-death_grant-amount-met", multiple = Arg::Factor(multiple)))?;
    let present: Vec<_> = groups.into_iter().filter(|(g, _)| !g.is_empty()).collect();
    let shares: Vec<Money> = if present.len() > 1 {
        let spouse_share = ctx.num("death_grant.spouse_group_share")?;
        let first = total.times(spouse_share);
        let second = total.saturating_sub(first);
        let group = |i: usize| Msg::code(present.get(i).map_or("surv-group-others", |g| g.1));
        b.step(
            &["death_grant.spouse_group_share"],
            msg!("surv-step-death_grant-groups", share = Arg::Rate(spouse_share), first_group = group(0), first = first, second_group = group(1), second = second),
        );
        b.met("death_grant.split", None, msg!("surv-death_grant-split-met"))?;
        vec![first, second]
    } else {
        vec![total]
    };
    for ((members, group), share) in present.iter().zip(shares) {
        let split = share.split_equal(members.len());
        if members.len() > 1 {
            let each = split.shares.last().copied().unwrap_or(Money::ZERO);
            b.step(
                &[],
                msg!("surv-step-death_grant-equal-shares", share = share, n = members.len(), group = Msg::code(*group), each = each, leftover = split.leftover_cents),
            );
            b.met("death_grant.split", None, msg!("surv-death_grant-split-met-group", group = Msg::code(*group)))?;
        }
        for (p, amount) in members.iter().zip(split.shares) {
            b.awards.push(Award::once(p.id.clone(), amount));
        }
    }
    let headline = msg!("surv-death_grant-headline-eligible", total = total, people = b.awards.len());
    Ok((Status::Eligible, headline))
}

fn record(b: &mut Builder, hh: &Household) -> Res<Verdict> {
    let d = &hh.deceased;
    let code = "death_grant.scheme";
    match d.scheme {
        None => {
            b.need(code, None, "deceased.scheme", msg!("surv-ask-scheme"))?;
            Ok(Verdict::Unknown)
        }
        Some(Scheme::None) => {
            b.not_met(code, None, msg!("surv-scheme-none"))?;
            Ok(Verdict::No)
        }
        Some(Scheme::General) => {
            b.met(code, None, msg!("surv-death_grant-scheme-general"))?;
            Ok(Verdict::Yes)
        }
        Some(Scheme::AgriculturalSpecial) => {
            b.met(code, None, msg!("surv-death_grant-scheme-agricultural"))?;
            Ok(Verdict::Yes)
        }
        Some(Scheme::Voluntary) => {
            let needed = b.ctx.whole("death_grant.qualifying_months.voluntary")?;
            match d.contribution_months {
                None => {
                    b.need(code, None, "deceased.contribution_months", msg!("surv-ask-contribution_months"))?;
                    Ok(Verdict::Unknown)
                }
                Some(m) => {
                    let said = msg!("surv-death_grant-scheme-voluntary-months", needed = needed, had = m);
                    if i64::from(m) >= i64::from(needed) {
                        b.met(code, None, said)?;
                        Ok(Verdict::Yes)
                    } else {
                        b.not_met(code, None, said)?;
                        Ok(Verdict::No)
                    }
                }
            }
        }
    }
}

fn not_eligible() -> Msg {
    msg!("surv-death_grant-headline-not-eligible")
}
