//! Who counts as family for the contributory death benefits (survivor's pension and death
//! grant): the conditions each relation must meet at the date of death. The spouse class's own
//! conditions are in `spouses.rs`; this file dispatches to them and decides descendants and
//! ascendants.

use super::context::{Builder, Res};
use super::input::{Education, Household, Person, Relation};
use super::spouses::{ask_separation, ex_spouse, partner, partner_listed, spouse};
use crate::dates::{self, birthday};
use crate::message::Msg;
use crate::msg;
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Yes,
    No,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Group {
    Spouses,
    Descendants,
    Ascendants,
    Others,
}

pub(crate) fn group_of(r: Relation) -> Group {
    match r {
        Relation::Spouse | Relation::ExSpouse | Relation::Partner => Group::Spouses,
        Relation::Child | Relation::Stepchild | Relation::Grandchild => Group::Descendants,
        Relation::Parent | Relation::Grandparent => Group::Ascendants,
        Relation::OtherRelative => Group::Others,
    }
}

/// When a descendant's entitlement ends, as far as the answers tell.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Until {
    pub date: Option<Date>,
    pub reason: Msg,
}

pub(crate) fn field(idx: usize, key: &str) -> String {
    format!("people[{idx}].{key}")
}

/// Decides one spouse, ex-spouse, partner or ascendant (ascendants' "no other class" test is the
/// caller's). Descendants go through [`descendant`].
pub(crate) fn spouse_or_ascendant(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    if matches!(p.relation, Relation::Spouse | Relation::ExSpouse | Relation::Partner) && p.remarried == Some(true) {
        b.not_met("family.new_union_ends", who, msg!("surv-family-new_union_ends-not-met", who = b.ctx.who(p)))?;
        return Ok(Verdict::No);
    }
    match p.relation {
        Relation::Spouse => match p.judicially_separated {
            Some(true) => {
                b.info("family.judicially_separated", who, msg!("surv-family-judicially_separated-info", who = b.ctx.who(p)))?;
                ex_spouse(b, idx, p)
            }
            None if partner_listed(hh) => {
                ask_separation(b, "family.judicially_separated", who, idx)?;
                Ok(Verdict::Unknown)
            }
            _ => spouse(b, hh, idx, p),
        },
        Relation::ExSpouse => ex_spouse(b, idx, p),
        Relation::Partner => partner(b, hh, idx, p),
        Relation::Parent | Relation::Grandparent => dependent(b, idx, p, "family.ascendants_last"),
        Relation::OtherRelative => {
            b.info("family.other_relative_not_titular", who, msg!("surv-family-other_relative_not_titular-info", who = b.ctx.who(p)))?;
            Ok(Verdict::No)
        }
        Relation::Child | Relation::Stepchild | Relation::Grandchild => Ok(Verdict::No),
    }
}

fn dependent(b: &mut Builder, idx: usize, p: &Person, code: &'static str) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    match p.dependent_on_deceased {
        None => {
            b.need(code, who, field(idx, "dependent_on_deceased"), msg!("surv-ask-dependent_on_deceased"))?;
            Ok(Verdict::Unknown)
        }
        Some(false) => {
            b.not_met(code, who, msg!("surv-family-dependent-not-met", who = b.ctx.who(p)))?;
            Ok(Verdict::No)
        }
        Some(true) => {
            b.met(code, who, msg!("surv-family-dependent-met", who = b.ctx.who(p)))?;
            Ok(Verdict::Yes)
        }
    }
}

/// Decides a child, stepchild or grandchild, and until when they qualify.
pub(crate) fn descendant(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<(Verdict, Option<Until>)> {
    let who = Some(p.id.as_str());
    let death = hh.death_date;
    if matches!(p.relation, Relation::Stepchild | Relation::Grandchild) {
        let v = dependent(b, idx, p, "family.dependent_descendant")?;
        if v != Verdict::Yes {
            return Ok((v, None));
        }
    }
    let base = b.ctx.whole("descendants.age_limit")?;
    let code = "family.descendant_age";
    let posthumous = p.unborn == Some(true) || p.birth_date.is_some_and(|bd| bd > death);
    if posthumous {
        b.met(code, who, msg!("surv-family-descendant_age-posthumous", who = b.ctx.who(p)))?;
        let until = p.birth_date.and_then(|bd| birthday(bd, base)).and_then(|d| d.previous_day());
        let reason = msg!("surv-until-age-posthumous", base = base);
        return Ok((Verdict::Yes, Some(Until { date: until, reason })));
    }
    let Some(birth) = p.birth_date else {
        if p.disabled == Some(true) {
            return disabled(b, p);
        }
        b.need(code, who, field(idx, "birth_date"), msg!("surv-ask-birth_date"))?;
        return Ok((Verdict::Unknown, None));
    };
    let age = dates::age_on(birth, death).unwrap_or(0);
    if age < base {
        b.met(code, who, msg!("surv-family-descendant_age-under-base", who = b.ctx.who(p), age = age, base = base))?;
        let (limit, study) = study_limit(b, p, base)?;
        let until = if p.disabled == Some(true) { None } else { birthday(birth, limit).and_then(|d| d.previous_day()) };
        let reason = if p.disabled == Some(true) {
            msg!("surv-until-disabled")
        } else {
            msg!("surv-until-age-study", limit = limit, study = study)
        };
        return Ok((Verdict::Yes, Some(Until { date: until, reason })));
    }
    if p.disabled == Some(true) {
        return disabled(b, p);
    }
    let Some(edu) = p.education else {
        b.need(code, who, field(idx, "education"), msg!("surv-ask-education"))?;
        if p.disabled.is_none() {
            b.need("family.descendant_disability", who, field(idx, "disabled"), msg!("surv-ask-disabled"))?;
        }
        return Ok((Verdict::Unknown, None));
    };
    let (limit, study) = study_limit(b, p, base)?;
    if limit != base {
        age_limit_reading(b, p, limit)?;
    }
    if edu == Education::None || age >= limit {
        let said = if edu == Education::None {
            msg!("surv-family-descendant_age-not-studying", who = b.ctx.who(p), age = age)
        } else {
            msg!("surv-family-descendant_age-over-limit", who = b.ctx.who(p), age = age, study = study, limit = limit)
        };
        if p.disabled.is_none() {
            b.info(code, who, said)?;
            b.need("family.descendant_disability", who, field(idx, "disabled"), msg!("surv-ask-disabled"))?;
            return Ok((Verdict::Unknown, None));
        }
        b.not_met(code, who, said)?;
        return Ok((Verdict::No, None));
    }
    b.met(
        code,
        who,
        msg!("surv-family-descendant_age-studying", who = b.ctx.who(p), age = age, study = study, limit = limit),
    )?;
    match p.works_compulsory_scheme {
        None => {
            b.need("family.descendant_work", who, field(idx, "works_compulsory_scheme"), msg!("surv-ask-works_compulsory_scheme"))?;
            Ok((Verdict::Unknown, None))
        }
        Some(true) => {
            b.not_met("family.descendant_work", who, msg!("surv-family-descendant_work-not-met", who = b.ctx.who(p)))?;
            Ok((Verdict::No, None))
        }
        Some(false) => {
            let until = birthday(birth, limit).and_then(|d| d.previous_day());
            let reason = msg!("surv-until-age-enrolment", limit = limit, study = study);
            Ok((Verdict::Yes, Some(Until { date: until, reason })))
        }
    }
}

fn disabled(b: &mut Builder, p: &Person) -> Res<(Verdict, Option<Until>)> {
    b.met("family.descendant_disability", Some(&p.id), msg!("surv-family-descendant_disability-met", who = b.ctx.who(p)))?;
    if p.works_compulsory_scheme == Some(true) {
        // The work condition is written for the age-and-study route; whether it also binds a
        // disabled descendant was not found. Read: it does not, while the disability benefit lasts.
        b.info("family.disabled_work_reading", Some(&p.id), msg!("surv-family-disabled_work_reading-info", who = b.ctx.who(p)))?;
    }
    let reason = msg!("surv-until-disabled");
    Ok((Verdict::Yes, Some(Until { date: None, reason })))
}

/// "Dos 18 aos 25 anos": read as up to the day before the 25th birthday (as "até aos 18"
/// means under 18), so a descendant who has turned 25 is past the limit.
fn age_limit_reading(b: &mut Builder, p: &Person, limit: i32) -> Res<()> {
    b.info("family.descendant_age_limit_reading", Some(&p.id), msg!("surv-family-descendant_age_limit_reading-info", limit = limit))
}

/// The age limit that the person's studies give, and which studies they are (a message
/// selector: `secondary_higher`, `postgraduate`, or `none` when the limit is the base age).
fn study_limit(b: &Builder, p: &Person, base: i32) -> Res<(i32, &'static str)> {
    Ok(match p.education {
        Some(Education::Secondary) | Some(Education::Higher) => (b.ctx.whole("descendants.age_limit_secondary_higher")?, "secondary_higher"),
        Some(Education::Postgraduate) => (b.ctx.whole("descendants.age_limit_postgraduate")?, "postgraduate"),
        _ => (base, "none"),
    })
}
