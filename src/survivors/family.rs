//! Who counts as family for the contributory death benefits (survivor's pension and death
//! grant): the conditions each relation must meet at the date of death. The spouse class's own
//! conditions are in `spouses.rs`; this file dispatches to them and decides descendants and
//! ascendants.

use super::context::{Builder, Res};
use super::input::{Education, Household, Person, Relation};
use super::spouses::{ask_separation, ex_spouse, partner, partner_listed, spouse};
use crate::dates::{self, birthday};
use crate::text::Text;
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
    pub reason: Text,
}

pub(crate) fn field(idx: usize, key: &str) -> String {
    format!("people[{idx}].{key}")
}

pub(crate) fn d_pt(d: Date) -> String {
    dates::format_pt(d)
}
pub(crate) fn d_en(d: Date) -> String {
    dates::format_en(d)
}

/// Decides one spouse, ex-spouse, partner or ascendant (ascendants' "no other class" test is the
/// caller's). Descendants go through [`descendant`].
pub(crate) fn spouse_or_ascendant(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    if matches!(p.relation, Relation::Spouse | Relation::ExSpouse | Relation::Partner) && p.remarried == Some(true) {
        b.not_met(
            "family.new_union_ends",
            who,
            format!("{name} voltou a casar ou vive em nova união de facto, o que faz cessar o direito."),
            format!("{name} has remarried or lives in a new union of fact, which ends the entitlement."),
        )?;
        return Ok(Verdict::No);
    }
    match p.relation {
        Relation::Spouse => match p.judicially_separated {
            Some(true) => {
                b.info(
                    "family.judicially_separated",
                    who,
                    format!("{name} estava separado(a) judicialmente de pessoas e bens: aplicam-se as regras do ex-cônjuge."),
                    format!("{name} was judicially separated: the ex-spouse rules apply."),
                )?;
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
            b.info(
                "family.other_relative_not_titular",
                who,
                format!("{name} não é cônjuge, descendente nem ascendente."),
                format!("{name} is not a spouse, descendant or ascendant."),
            )?;
            Ok(Verdict::No)
        }
        Relation::Child | Relation::Stepchild | Relation::Grandchild => Ok(Verdict::No),
    }
}

fn dependent(b: &mut Builder, idx: usize, p: &Person, code: &str) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    match p.dependent_on_deceased {
        None => {
            b.need(code, who, field(idx, "dependent_on_deceased"), "Esta pessoa estava a cargo do falecido?", "Was this person supported by the deceased?")?;
            Ok(Verdict::Unknown)
        }
        Some(false) => {
            b.not_met(code, who, format!("{name} não estava a cargo do falecido."), format!("{name} was not supported by the deceased."))?;
            Ok(Verdict::No)
        }
        Some(true) => {
            b.met(code, who, format!("{name} estava a cargo do falecido."), format!("{name} was supported by the deceased."))?;
            Ok(Verdict::Yes)
        }
    }
}

/// Decides a child, stepchild or grandchild, and until when they qualify.
pub(crate) fn descendant(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<(Verdict, Option<Until>)> {
    let who = Some(p.id.as_str());
    let name = p.label();
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
        b.met(
            code,
            who,
            format!("{name} nasceu ou vai nascer depois da morte: tem direito desde o nascimento."),
            format!("{name} was or will be born after the death: entitled from birth."),
        )?;
        let until = p.birth_date.and_then(|bd| birthday(bd, base)).and_then(|d| d.previous_day());
        let reason = Text::new(format!("Até fazer {base} anos (ou mais, se estudar)."), format!("Until turning {base} (or longer if studying)."));
        return Ok((Verdict::Yes, Some(Until { date: until, reason })));
    }
    let Some(birth) = p.birth_date else {
        if p.disabled == Some(true) {
            return disabled(b, p);
        }
        b.need(code, who, field(idx, "birth_date"), "Qual é a data de nascimento?", "What is the date of birth?")?;
        return Ok((Verdict::Unknown, None));
    };
    let age = dates::age_on(birth, death).unwrap_or(0);
    if age < base {
        b.met(
            code,
            who,
            format!("{name} tinha {age} anos à data da morte: menos de {base}."),
            format!("{name} was {age} at the death: under {base}."),
        )?;
        let (limit, why_pt, why_en) = study_limit(b, p, base)?;
        let until = if p.disabled == Some(true) { None } else { birthday(birth, limit).and_then(|d| d.previous_day()) };
        let reason = if p.disabled == Some(true) {
            Text::new("Sem limite de idade, enquanto se mantiver a deficiência.", "No age limit, while the disability lasts.")
        } else {
            Text::new(format!("Até fazer {limit} anos{why_pt}."), format!("Until turning {limit}{why_en}."))
        };
        return Ok((Verdict::Yes, Some(Until { date: until, reason })));
    }
    if p.disabled == Some(true) {
        return disabled(b, p);
    }
    let Some(edu) = p.education else {
        b.need(
            code,
            who,
            field(idx, "education"),
            "Está matriculado(a) em algum ensino (secundário, superior ou pós-graduação)?",
            "Are they enrolled in any education (secondary, higher or postgraduate)?",
        )?;
        if p.disabled.is_none() {
            b.need("family.descendant_disability", who, field(idx, "disabled"), "Tem alguma deficiência reconhecida?", "Do they have a recognised disability?")?;
        }
        return Ok((Verdict::Unknown, None));
    };
    let (limit, why_pt, why_en) = study_limit(b, p, base)?;
    if limit != base {
        age_limit_reading(b, p, limit)?;
    }
    if edu == Education::None || age >= limit {
        let (pt, en) = if edu == Education::None {
            (format!("{name} tinha {age} anos e não estudava."), format!("{name} was {age} and not studying."))
        } else {
            (format!("{name} tinha {age} anos: o limite{why_pt} é {limit}."), format!("{name} was {age}: the limit{why_en} is {limit}."))
        };
        if p.disabled.is_none() {
            b.info(code, who, pt, en)?;
            b.need("family.descendant_disability", who, field(idx, "disabled"), "Tem alguma deficiência reconhecida?", "Do they have a recognised disability?")?;
            return Ok((Verdict::Unknown, None));
        }
        b.not_met(code, who, pt, en)?;
        return Ok((Verdict::No, None));
    }
    b.met(
        code,
        who,
        format!("{name} tinha {age} anos e estudava{why_pt}: o limite é {limit} anos."),
        format!("{name} was {age} and studying{why_en}: the limit is {limit}."),
    )?;
    match p.works_compulsory_scheme {
        None => {
            b.need(
                "family.descendant_work",
                who,
                field(idx, "works_compulsory_scheme"),
                "Trabalha com descontos obrigatórios para a Segurança Social (fora das férias escolares)?",
                "Do they work with compulsory Social Security contributions (outside school holidays)?",
            )?;
            Ok((Verdict::Unknown, None))
        }
        Some(true) => {
            b.not_met(
                "family.descendant_work",
                who,
                format!("{name} trabalha com descontos obrigatórios (salvo trabalho em férias ou rendimento anual baixo, que não foram indicados)."),
                format!("{name} works with compulsory contributions (unless holiday work or a low yearly income, not stated)."),
            )?;
            Ok((Verdict::No, None))
        }
        Some(false) => {
            let until = birthday(birth, limit).and_then(|d| d.previous_day());
            let reason = Text::new(
                format!("Até fazer {limit} anos, enquanto provar a matrícula{why_pt}."),
                format!("Until turning {limit}, while enrolment{why_en} is proved."),
            );
            Ok((Verdict::Yes, Some(Until { date: until, reason })))
        }
    }
}

fn disabled(b: &mut Builder, p: &Person) -> Res<(Verdict, Option<Until>)> {
    let name = p.label();
    b.met(
        "family.descendant_disability",
        Some(&p.id),
        format!("{name} tem deficiência: não há limite de idade."),
        format!("{name} has a disability: there is no age limit."),
    )?;
    if p.works_compulsory_scheme == Some(true) {
        // The work condition is written for the age-and-study route; whether it also binds a
        // disabled descendant was not found. Read: it does not, while the disability benefit lasts.
        b.info(
            "family.disabled_work_reading",
            Some(&p.id),
            format!("{name} trabalha com descontos, mas a condição de não trabalhar lê-se como própria dos estudantes: mantém o direito enquanto receber a prestação por deficiência ou a PSI."),
            format!("{name} works with contributions, but the no-work condition is read as applying to students only: the right stays while the disability benefit or the PSI is received."),
        )?;
    }
    let reason = Text::new("Sem limite de idade, enquanto se mantiver a deficiência.", "No age limit, while the disability lasts.");
    Ok((Verdict::Yes, Some(Until { date: None, reason })))
}

/// "Dos 18 aos 25 anos": read as up to the day before the 25th birthday (as "até aos 18"
/// means under 18), so a descendant who has turned 25 is past the limit.
fn age_limit_reading(b: &mut Builder, p: &Person, limit: i32) -> Res<()> {
    b.info(
        "family.descendant_age_limit_reading",
        Some(&p.id),
        format!("O limite \"até aos {limit} anos\" lê-se como até à véspera de fazer {limit} anos."),
        format!("The limit \"up to {limit}\" is read as up to the day before the {limit}th birthday."),
    )
}

/// The age limit that the person's studies give, with words for it.
fn study_limit(b: &Builder, p: &Person, base: i32) -> Res<(i32, String, String)> {
    Ok(match p.education {
        Some(Education::Secondary) | Some(Education::Higher) => (
            b.ctx.whole("descendants.age_limit_secondary_higher")?,
            " no ensino secundário ou superior".to_string(),
            " in secondary or higher education".to_string(),
        ),
        Some(Education::Postgraduate) => (
            b.ctx.whole("descendants.age_limit_postgraduate")?,
            " em pós-graduação ou estágio obrigatório".to_string(),
            " in postgraduate studies or a mandatory internship".to_string(),
        ),
        _ => (base, String::new(), String::new()),
    })
}
