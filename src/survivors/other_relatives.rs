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
    b.info(
        "death_grant.other_relatives",
        None,
        format!("Nenhum familiar tem direito: o subsídio pode ir para outros parentes ou afins, na linha reta ou até ao {max_degree}.º grau da linha colateral."),
        format!("No family member is entitled: the grant may go to other relatives or in-laws, in the direct line or up to the {max_degree} degree of the collateral line."),
    )?;
    let mut unknown = false;
    let mut qualified: Vec<(Line, i32, &Person)> = Vec::new();
    for (idx, p) in candidates {
        let who = Some(p.id.as_str());
        let name = p.label();
        let (line, degree) = match p.relation {
            Relation::Child | Relation::Stepchild => (Line::Descendants, Some(1)),
            Relation::Grandchild => (Line::Descendants, Some(2)),
            Relation::Parent => (Line::Ascendants, Some(1)),
            Relation::Grandparent => (Line::Ascendants, Some(2)),
            _ => (Line::Others, p.collateral_degree.and_then(|d| i32::try_from(d).ok())),
        };
        let kin = match degree {
            None => {
                b.need(
                    "death_grant.other_relatives",
                    who,
                    field(idx, "collateral_degree"),
                    "Qual é o grau de parentesco (irmãos 2; tios e sobrinhos 3; afins na linha reta 1)?",
                    "What is the degree of kinship (siblings 2; uncles, aunts, nephews and nieces 3; in-laws in the direct line 1)?",
                )?;
                Verdict::Unknown
            }
            Some(d) if line == Line::Others && d > max_degree => {
                b.not_met(
                    "death_grant.other_relatives",
                    who,
                    format!("{name} é parente no {d}.º grau, além do {max_degree}.º grau admitido."),
                    format!("{name} is a relative of degree {d}, beyond the {max_degree} allowed."),
                )?;
                continue;
            }
            Some(d) if line == Line::Others => {
                b.met(
                    "death_grant.other_relatives",
                    who,
                    format!("{name} é parente ou afim no {d}.º grau, até ao {max_degree}.º grau admitido."),
                    format!("{name} is a relative or in-law of degree {d}, within the {max_degree} allowed."),
                )?;
                Verdict::Yes
            }
            Some(_) => {
                b.met(
                    "death_grant.other_relatives",
                    who,
                    format!("{name} é parente ou afim na linha reta."),
                    format!("{name} is a relative or in-law in the direct line."),
                )?;
                Verdict::Yes
            }
        };
        let home = match p.lived_with_deceased {
            None => {
                b.need(
                    "death_grant.other_relatives_conditions",
                    who,
                    field(idx, "lived_with_deceased"),
                    "Vivia com o falecido na mesma casa, partilhando as despesas (comunhão de mesa e habitação)?",
                    "Did they live with the deceased in the same home, sharing expenses (common household)?",
                )?;
                Verdict::Unknown
            }
            Some(false) => {
                b.not_met(
                    "death_grant.other_relatives_conditions",
                    who,
                    format!("{name} não vivia com o falecido em comunhão de mesa e habitação."),
                    format!("{name} did not live with the deceased in a common household."),
                )?;
                continue;
            }
            Some(true) => {
                b.met(
                    "death_grant.other_relatives_conditions",
                    who,
                    format!("{name} vivia com o falecido em comunhão de mesa e habitação."),
                    format!("{name} lived with the deceased in a common household."),
                )?;
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
        b.met(
            "death_grant.other_relatives_order",
            None,
            "Recebem os mais próximos: primeiro a linha reta descendente, depois a ascendente, depois os restantes; e, em cada uma, o grau mais próximo.",
            "The closest receive it: first the direct line down, then up, then the others; and in each, the nearest degree.",
        )?;
    }
    Ok(Some(chosen))
}
