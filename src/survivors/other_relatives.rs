//! The death grant's last resort. When no family member is entitled, the grant "may be paid to
//! other relatives, relatives-in-law or persons treated as relatives who are either in the
//! direct line or up to the third degree in the collateral line": every relative listed is a
//! candidate, including children, grandchildren, parents and grandparents who failed the family
//! conditions. The older regulation (Decreto 45266, art. 98, as worded by Decreto Regulamentar
//! 22/79) and the public-sector regime also require a common household with the deceased; that
//! condition is applied and labelled unverified for the general scheme.

use super::context::{Builder, Res};
use super::family::{Verdict, field};
use super::input::{Household, Person, Relation};
use crate::msg;

/// The order of the candidates' lines: the direct line down, then up, then the others
/// (collaterals and in-laws, by degree), as in the order of legal succession.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Line {
    Descendants,
    Ascendants,
    Others,
}

/// Everyone who is a relative rather than a spouse, ex-spouse or partner.
pub(crate) fn is_relative(p: &Person) -> bool {
    !matches!(p.relation, Relation::Spouse | Relation::ExSpouse | Relation::Partner)
}

/// Decides the candidates and asks what is missing. Returns who receives (the nearest line, then
/// the nearest degree, among those who qualify; possibly nobody), or `None` while answers are
/// missing.
pub(crate) fn decide<'h>(b: &mut Builder, hh: &'h Household) -> Res<Option<Vec<&'h Person>>> {
    let candidates: Vec<(usize, &Person)> = hh.people.iter().enumerate().filter(|(_, p)| is_relative(p)).collect();
    if candidates.is_empty() {
        return Ok(Some(Vec::new()));
    }
    let max_degree = b.ctx.whole("death_grant.other_relatives_max_collateral_degree")?;
    b.info("death_grant.other_relatives", None, msg!("surv-death_grant-other_relatives-info", max_degree = max_degree))?;
    let mut unknown = false;
    let mut qualified: Vec<(Line, i32, &Person)> = Vec::new();
    for (idx, p) in candidates {
        let who = Some(p.id.as_str());
        let (line, degree) = match p.relation {
            Relation::Child | Relation::Stepchild => (Line::Descendants, Some(1)),
            Relation::Grandchild => (Line::Descendants, Some(2)),
            Relation::Parent => (Line::Ascendants, Some(1)),
            Relation::Grandparent => (Line::Ascendants, Some(2)),
            _ => (Line::Others, p.collateral_degree.and_then(|d| i32::try_from(d).ok())),
        };
        let kin = match degree {
            None => {
                b.need("death_grant.other_relatives", who, field(idx, "collateral_degree"), msg!("surv-ask-collateral_degree"))?;
                Verdict::Unknown
            }
            Some(d) if line == Line::Others && d > max_degree => {
                b.not_met("death_grant.other_relatives", who, msg!("surv-death_grant-other_relatives-too-far", who = b.ctx.who(p), degree = d, max_degree = max_degree))?;
                continue;
            }
            Some(d) if line == Line::Others => {
                b.met("death_grant.other_relatives", who, msg!("surv-death_grant-other_relatives-within", who = b.ctx.who(p), degree = d, max_degree = max_degree))?;
                Verdict::Yes
            }
            Some(_) => {
                b.met("death_grant.other_relatives", who, msg!("surv-death_grant-other_relatives-met", who = b.ctx.who(p)))?;
                Verdict::Yes
            }
        };
        let home = match p.lived_with_deceased {
            None => {
                b.need("death_grant.other_relatives_conditions", who, field(idx, "lived_with_deceased"), msg!("surv-ask-lived_with_deceased"))?;
                Verdict::Unknown
            }
            Some(false) => {
                b.not_met("death_grant.other_relatives_conditions", who, msg!("surv-death_grant-other_relatives_conditions-not-met", who = b.ctx.who(p)))?;
                continue;
            }
            Some(true) => {
                b.met("death_grant.other_relatives_conditions", who, msg!("surv-death_grant-other_relatives_conditions-met", who = b.ctx.who(p)))?;
                Verdict::Yes
            }
        };
        match (kin, home, degree) {
            (Verdict::Yes, Verdict::Yes, Some(d)) => qualified.push((line, d, p)),
            _ => unknown = true,
        }
    }
    if unknown {
        return Ok(None);
    }
    let Some(&(line, degree, _)) = qualified.iter().min_by_key(|(l, d, _)| (*l, *d)) else {
        return Ok(Some(Vec::new()));
    };
    let chosen: Vec<&Person> = qualified.iter().filter(|(l, d, _)| *l == line && *d == degree).map(|(_, _, p)| *p).collect();
    if chosen.len() < qualified.len() {
        b.met("death_grant.other_relatives_order", None, msg!("surv-death_grant-other_relatives_order-met"))?;
    }
    Ok(Some(chosen))
}
