//! Who counts as family for the contributory death benefits (survivor's pension and death
//! grant): the conditions each relation must meet at the date of death.

use super::context::{Builder, Res};
use super::input::{DeathCause, Education, Household, Person, Relation};
use crate::dates::{self, at_least_years, birthday, more_than_years};
use crate::text::{Text, count};
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

fn d_pt(d: Date) -> String {
    dates::format_pt(d)
}
fn d_en(d: Date) -> String {
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
                b.need(
                    "family.judicially_separated",
                    who,
                    field(idx, "judicially_separated"),
                    "Estava separado(a) judicialmente de pessoas e bens do falecido (decisão do tribunal ou da conservatória)?",
                    "Was this spouse judicially separated from the deceased (separation of persons and property, decided by a court or registry)?",
                )?;
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

fn partner_listed(hh: &Household) -> bool {
    hh.people.iter().any(|q| q.relation == Relation::Partner)
}

/// Lei 7/2001, art. 2 c): a union of fact gives no right while the deceased was still married
/// to someone else, unless judicially separated. `Yes` when no listed spouse stands in the way.
pub(crate) fn no_undissolved_marriage(b: &mut Builder, hh: &Household, p: &Person, code: &str) -> Res<Verdict> {
    let mut verdict = Verdict::Yes;
    for (j, q) in hh.people.iter().enumerate().filter(|(_, q)| q.relation == Relation::Spouse) {
        match q.judicially_separated {
            Some(true) => b.met(
                code,
                Some(&p.id),
                format!("{} e o falecido estavam separados judicialmente: a união de facto de {} pode contar.", q.label(), p.label()),
                format!("{} and the deceased were judicially separated: {}'s union of fact can count.", q.label(), p.label()),
            )?,
            Some(false) => {
                b.not_met(
                    code,
                    Some(&p.id),
                    format!("O falecido ainda estava casado com {}: uma união de facto ao lado de um casamento não dissolvido não dá direito.", q.label()),
                    format!("The deceased was still married to {}: a union of fact beside an undissolved marriage gives no right.", q.label()),
                )?;
                return Ok(Verdict::No);
            }
            None => {
                b.need(
                    code,
                    Some(&p.id),
                    field(j, "judicially_separated"),
                    "Estava separado(a) judicialmente de pessoas e bens do falecido (decisão do tribunal ou da conservatória)?",
                    "Was this spouse judicially separated from the deceased (separation of persons and property, decided by a court or registry)?",
                )?;
                verdict = Verdict::Unknown;
            }
        }
    }
    Ok(verdict)
}

fn partner(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    let marriage = no_undissolved_marriage(b, hh, p, "family.partner_undissolved_marriage")?;
    if marriage == Verdict::No {
        return Ok(Verdict::No);
    }
    let years = b.ctx.whole("survivors_pension.union_min_years")?;
    let union = match p.union_start_date {
        None => {
            b.need(
                "family.partner_union",
                who,
                field(idx, "union_start_date"),
                "Desde quando viviam juntos em união de facto?",
                "Since when did they live together in a union of fact?",
            )?;
            Verdict::Unknown
        }
        Some(u) if more_than_years(u, hh.death_date, years) => {
            b.met(
                "family.partner_union",
                who,
                format!("{name} vivia em união de facto desde {}: mais de {years} anos.", d_pt(u)),
                format!("{name} lived in a union of fact since {}: more than {years} years.", d_en(u)),
            )?;
            Verdict::Yes
        }
        Some(u) => {
            b.not_met(
                "family.partner_union",
                who,
                format!("A união de facto de {name} começou em {}: não passou de {years} anos à data da morte.", d_pt(u)),
                format!("{name}'s union of fact began on {}: it had not passed {years} years at the death.", d_en(u)),
            )?;
            return Ok(Verdict::No);
        }
    };
    Ok(if union == Verdict::Unknown || marriage == Verdict::Unknown { Verdict::Unknown } else { Verdict::Yes })
}

/// An ex-spouse, or a spouse judicially separated: alimony at the death, or none only because
/// a court recognised that the deceased could not pay it.
fn ex_spouse(b: &mut Builder, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    match p.alimony_monthly {
        None => {
            b.need(
                "family.ex_spouse_alimony",
                who,
                field(idx, "alimony_monthly"),
                "Quanto recebia por mês de pensão de alimentos fixada pelo tribunal (0 se nada)?",
                "How much court-set alimony did they receive a month (0 if none)?",
            )?;
            Ok(Verdict::Unknown)
        }
        Some(a) if !a.decimal().is_zero() => {
            b.met(
                "family.ex_spouse_alimony",
                who,
                format!("{name} recebia {} por mês de pensão de alimentos.", a.format_pt()),
                format!("{name} received {} a month in alimony.", a.format_en()),
            )?;
            Ok(Verdict::Yes)
        }
        Some(_) => match p.no_alimony_deceased_lacked_means {
            None => {
                b.info(
                    "family.ex_spouse_alimony",
                    who,
                    format!("{name} não recebia pensão de alimentos do falecido à data da morte."),
                    format!("{name} was not receiving alimony from the deceased at the death."),
                )?;
                b.need(
                    "family.ex_spouse_no_means",
                    who,
                    field(idx, "no_alimony_deceased_lacked_means"),
                    "Um tribunal reconheceu que o falecido não tinha meios para pagar pensão de alimentos?",
                    "Did a court recognise that the deceased did not have the means to pay alimony?",
                )?;
                Ok(Verdict::Unknown)
            }
            Some(true) => {
                b.met(
                    "family.ex_spouse_no_means",
                    who,
                    format!("{name} não recebia pensão de alimentos só porque um tribunal reconheceu que o falecido não tinha meios para a pagar."),
                    format!("{name} received no alimony only because a court recognised that the deceased could not pay it."),
                )?;
                Ok(Verdict::Yes)
            }
            Some(false) => {
                b.not_met(
                    "family.ex_spouse_alimony",
                    who,
                    format!("{name} não recebia pensão de alimentos do falecido à data da morte, nem um tribunal reconheceu a falta de meios do falecido."),
                    format!("{name} was not receiving alimony from the deceased at the death, and no court recognised that the deceased lacked the means."),
                )?;
                Ok(Verdict::No)
            }
        },
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

fn spouse(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    let death = hh.death_date;
    let min_years = b.ctx.whole("survivors_pension.marriage_min_years")?;
    let union_years = b.ctx.whole("survivors_pension.union_min_years")?;
    let Some(m) = p.marriage_date else {
        b.need("family.spouse_marriage", who, field(idx, "marriage_date"), "Em que data casaram?", "On what date did they marry?")?;
        return Ok(Verdict::Unknown);
    };
    if at_least_years(m, death, min_years) {
        b.met(
            "family.spouse_marriage",
            who,
            format!("{name} casou com o falecido em {}: o casamento durou pelo menos {}.", d_pt(m), count(min_years, "ano", "anos")),
            format!("{name} married the deceased on {}: the marriage lasted at least {}.", d_en(m), count(min_years, "year", "years")),
        )?;
        return Ok(Verdict::Yes);
    }
    b.info(
        "family.spouse_marriage",
        who,
        format!("O casamento de {name} ({}) durou menos de {}; vê-se se há uma exceção.", d_pt(m), count(min_years, "ano", "anos")),
        format!("{name}'s marriage ({}) lasted less than {}; checking for an exception.", d_en(m), count(min_years, "year", "years")),
    )?;
    let code = "family.spouse_exceptions";
    if p.common_child == Some(true) {
        b.met(code, who, format!("{name} tem um filho com o falecido (nascido ou por nascer)."), format!("{name} has a child with the deceased (born or unborn)."))?;
        return Ok(Verdict::Yes);
    }
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.met(code, who, "A morte resultou de acidente.", "The death was caused by an accident.")?;
        return Ok(Verdict::Yes);
    }
    if hh.deceased.death_cause == Some(DeathCause::Illness) && hh.deceased.illness_began_after_marriage == Some(true) {
        b.met(code, who, "A doença que causou a morte começou depois do casamento.", "The illness that caused the death began after the marriage.")?;
        return Ok(Verdict::Yes);
    }
    if let Some(u) = p.union_start_date
        && u <= m
        && more_than_years(u, death, union_years)
    {
        b.met(
            code,
            who,
            format!("União de facto desde {} e casamento somam mais de {union_years} anos.", d_pt(u)),
            format!("The union of fact since {} and the marriage add up to more than {union_years} years.", d_en(u)),
        )?;
        if b.benefit == super::report::Benefit::DeathGrant {
            // Art. 9 sets the spouse's conditions for every death benefit; some summaries of the
            // death grant list only the accident and illness exceptions.
            b.info(
                "death_grant.union_then_marriage",
                who,
                "Esta exceção lê-se como valendo também para o subsídio por morte (as condições do cônjuge são as mesmas das duas prestações).",
                "This exception is read as applying to the death grant too (the spouse's conditions are the same for both benefits).",
            )?;
        }
        return Ok(Verdict::Yes);
    }
    let mut unknown = false;
    if p.common_child.is_none() {
        b.need(code, who, field(idx, "common_child"), "Tem um filho com o falecido, nascido ou por nascer?", "Do they have a child with the deceased, born or unborn?")?;
        unknown = true;
    }
    match hh.deceased.death_cause {
        None => {
            b.need(code, None, "deceased.death_cause", "A morte foi causada por doença ou por acidente?", "Was the death caused by an illness or an accident?")?;
            unknown = true;
        }
        Some(DeathCause::Illness) if hh.deceased.illness_began_after_marriage.is_none() => {
            b.need(
                code,
                None,
                "deceased.illness_began_after_marriage",
                "A doença começou ou manifestou-se depois do casamento?",
                "Did the illness begin or show itself after the marriage?",
            )?;
            unknown = true;
        }
        _ => {}
    }
    if unknown {
        return Ok(Verdict::Unknown);
    }
    b.not_met(
        code,
        who,
        format!("Nenhuma exceção se aplica ao casamento de {name}, de menos de {}.", count(min_years, "ano", "anos")),
        format!("No exception applies to {name}'s marriage of less than {}.", count(min_years, "year", "years")),
    )?;
    Ok(Verdict::No)
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
