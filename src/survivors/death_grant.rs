//! Death grant (subsídio por morte): a lump sum of a multiple of the IAS for the family.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{self, Group, Verdict, group_of};
use super::other_relatives;
use super::input::{Household, Person, Scheme};
use super::report::{Award, Benefit, BenefitResult, Status};
use crate::dates;
use crate::money::{Money, factor_en, factor_pt, percent_en, percent_pt};
use crate::text::{Text, count};

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::DeathGrant, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.contributory_death_benefits")?;
    let months = ctx.whole("death_grant.claim_window_months")?;
    b.claim_deadline = dates::add_months(hh.death_date, months);
    b.deadline_note = b.claim_deadline.map(|d| {
        Text::new(
            format!("Peça até {} ({months} meses a contar da morte; algumas fontes contam em dias).", dates::format_pt(d)),
            format!("Claim by {} ({months} months from the death; some sources count in days).", dates::format_en(d)),
        )
    });

    let record = record(b, hh)?;
    if record == Verdict::No {
        return Ok((Status::NotEligible, not_eligible()));
    }
    let mut unknown = record == Verdict::Unknown;
    b.info(
        "death_grant.family",
        None,
        "Os familiares têm de reunir as mesmas condições que na pensão de sobrevivência.",
        "Family members must meet the same conditions as for the survivor's pension.",
    )?;
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
        b.info(
            "death_grant.order",
            None,
            "Há familiares com direito, por isso os outros parentes não recebem.",
            "Family members are entitled, so other relatives do not receive it.",
        )?;
    }
    if unknown {
        return Ok((Status::NeedsInfo, Text::new("Faltam respostas para decidir o subsídio por morte.", "More answers are needed to decide the death grant.")));
    }

    // Who shares, in order of priority.
    let groups: Vec<(Vec<&Person>, &str, &str)> = if !spouses.is_empty() || !descendants.is_empty() {
        vec![(spouses, "cônjuges e unidos de facto", "spouses and partners"), (descendants, "descendentes", "descendants")]
    } else if !ascendants.is_empty() {
        b.met(
            "death_grant.order",
            None,
            "Não há cônjuge nem descendentes com direito: recebem os ascendentes.",
            "No spouse or descendant is entitled: the ascendants receive it.",
        )?;
        vec![(ascendants, "ascendentes", "ascendants")]
    } else if !others.is_empty() {
        vec![(others, "outros parentes e afins", "other relatives and in-laws")]
    } else {
        b.info("death_grant.family", None, "Ninguém na família indicada reúne as condições.", "No one in the family given meets the conditions.")?;
        return Ok((Status::NotEligible, not_eligible()));
    };

    if hh.deceased.scheme == Some(Scheme::AgriculturalSpecial) {
        // The official page names only the general and voluntary schemes; before 2013 the
        // agricultural scheme paid a smaller grant, and its funeral-refund cap is half. The
        // general amount is kept, marked unverified.
        b.info(
            "death_grant.agricultural_special",
            None,
            "No regime especial agrícola (RESSAA) o valor não pôde ser confirmado: mostra-se o do regime geral, mas pode ser menor.",
            "In the special agricultural scheme (RESSAA) the amount could not be confirmed: the general scheme's is shown, but it may be lower.",
        )?;
    }
    let ias = ctx.eur("ias")?;
    let multiple = ctx.num("death_grant.ias_multiple")?;
    let total = ias.times(multiple);
    b.step(
        &["ias", "death_grant.ias_multiple"],
        format!("{} × IAS {} = {}", factor_pt(multiple), ias.format_pt(), total.format_pt()),
        format!("{} × IAS {} = {}", factor_en(multiple), ias.format_en(), total.format_en()),
    );
    b.met(
        "death_grant.amount",
        None,
        format!("O subsídio por morte é {} vezes o IAS em vigor à data da morte.", factor_pt(multiple)),
        format!("The death grant is {} times the IAS in force at the death.", factor_en(multiple)),
    )?;
    let present: Vec<_> = groups.into_iter().filter(|(g, _, _)| !g.is_empty()).collect();
    let shares: Vec<Money> = if present.len() > 1 {
        let spouse_share = ctx.num("death_grant.spouse_group_share")?;
        let first = total.times(spouse_share);
        let second = total.saturating_sub(first);
        b.step(
            &["death_grant.spouse_group_share"],
            format!("{} para {}: {}; o resto para {}: {}", percent_pt(spouse_share), present[0].1, first.format_pt(), present[1].1, second.format_pt()),
            format!("{} to {}: {}; the rest to {}: {}", percent_en(spouse_share), present[0].2, first.format_en(), present[1].2, second.format_en()),
        );
        b.met(
            "death_grant.split",
            None,
            "Há cônjuge e descendentes: o subsídio divide-se entre os dois grupos.",
            "There are both a spouse and descendants: the grant is divided between the two groups.",
        )?;
        vec![first, second]
    } else {
        vec![total]
    };
    for ((members, pt, en), share) in present.iter().zip(shares) {
        let split = share.split_equal(members.len());
        if members.len() > 1 {
            b.step(
                &[],
                format!("{} ÷ {} {} = {} cada{}", share.format_pt(), members.len(), pt, split.shares.last().copied().unwrap_or(Money::ZERO).format_pt(), leftover(split.leftover_cents).0),
                format!("{} ÷ {} {} = {} each{}", share.format_en(), members.len(), en, split.shares.last().copied().unwrap_or(Money::ZERO).format_en(), leftover(split.leftover_cents).1),
            );
            b.met(
                "death_grant.split",
                None,
                format!("Partes iguais dentro do grupo ({pt})."),
                format!("Equal shares inside the group ({en})."),
            )?;
        }
        for (p, amount) in members.iter().zip(split.shares) {
            b.awards.push(Award::once(p.id.clone(), amount));
        }
    }
    let headline = Text::new(
        format!("Provável direito: {} de uma só vez, para {}.", total.format_pt(), count(b.awards.len(), "pessoa", "pessoas")),
        format!("Likely entitled: {} once, for {}.", total.format_en(), count(b.awards.len(), "person", "people")),
    );
    Ok((Status::Eligible, headline))
}

fn leftover(n: usize) -> (String, String) {
    match n {
        0 => (String::new(), String::new()),
        1 => (" (1 cêntimo a mais para a primeira pessoa da lista)".into(), " (1 extra cent to the first person listed)".into()),
        _ => (
            format!(" ({n} cêntimos a mais, um a cada uma das primeiras {n} pessoas da lista)"),
            format!(" ({n} extra cents, one each to the first {n} people listed)"),
        ),
    }
}

fn record(b: &mut Builder, hh: &Household) -> Res<Verdict> {
    let d = &hh.deceased;
    let code = "death_grant.scheme";
    match d.scheme {
        None => {
            b.need(code, None, "deceased.scheme", "Em que regime de segurança social descontava o falecido?", "Which social security scheme did the deceased contribute to?")?;
            Ok(Verdict::Unknown)
        }
        Some(Scheme::None) => {
            b.not_met(code, None, "O falecido não estava abrangido por nenhum regime contributivo.", "The deceased was not covered by any contributory scheme.")?;
            Ok(Verdict::No)
        }
        Some(Scheme::General) => {
            b.met(code, None, "No regime geral não é exigido prazo de garantia.", "The general scheme requires no qualifying period.")?;
            Ok(Verdict::Yes)
        }
        Some(Scheme::AgriculturalSpecial) => {
            b.met(
                code,
                None,
                "O regime especial agrícola é um regime contributivo obrigatório: não é exigido prazo de garantia.",
                "The special agricultural scheme is a compulsory contributory scheme: no qualifying period is required.",
            )?;
            Ok(Verdict::Yes)
        }
        Some(Scheme::Voluntary) => {
            let needed = b.ctx.whole("death_grant.qualifying_months.voluntary")?;
            match d.contribution_months {
                None => {
                    b.need(
                        code,
                        None,
                        "deceased.contribution_months",
                        "Quantos meses de descontos tinha o falecido?",
                        "How many months of contributions did the deceased have?",
                    )?;
                    Ok(Verdict::Unknown)
                }
                Some(m) => {
                    let (pt, en) = (
                        format!("No seguro social voluntário são precisos {needed} meses de descontos; o falecido tinha {m}."),
                        format!("Voluntary insurance needs {needed} months of contributions; the deceased had {m}."),
                    );
                    if i64::from(m) >= i64::from(needed) {
                        b.met(code, None, pt, en)?;
                        Ok(Verdict::Yes)
                    } else {
                        b.not_met(code, None, pt, en)?;
                        Ok(Verdict::No)
                    }
                }
            }
        }
    }
}

fn not_eligible() -> Text {
    Text::new("Sem direito provável ao subsídio por morte.", "Probably not entitled to the death grant.")
}
