//! The spouse class for the contributory death benefits: a spouse (the year of marriage and its
//! exceptions), an ex-spouse or judicially separated spouse (alimony), and a partner in a union
//! of fact (more than two years, and no undissolved marriage of the deceased beside it).

use super::context::{Builder, Res};
use super::family::{Verdict, d_en, d_pt, field};
use super::input::{DeathCause, Household, Person, Relation};
use crate::dates::{at_least_years, more_than_years};
use crate::text::count;

/// Asks whether the spouse listed at `idx` was judicially separated from the deceased.
pub(crate) fn ask_separation(b: &mut Builder, code: &str, who: Option<&str>, idx: usize) -> Res<()> {
    b.need(
        code,
        who,
        field(idx, "judicially_separated"),
        "Estava separado(a) judicialmente de pessoas e bens do falecido (decisão do tribunal ou da conservatória)?",
        "Was this spouse judicially separated from the deceased (separation of persons and property, decided by a court or registry)?",
    )
}

pub(crate) fn partner_listed(hh: &Household) -> bool {
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
                ask_separation(b, code, Some(&p.id), j)?;
                verdict = Verdict::Unknown;
            }
        }
    }
    Ok(verdict)
}

pub(crate) fn partner(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
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
pub(crate) fn ex_spouse(b: &mut Builder, idx: usize, p: &Person) -> Res<Verdict> {
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

pub(crate) fn spouse(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
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
