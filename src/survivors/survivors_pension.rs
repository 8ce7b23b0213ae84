//! Survivor's pension (pensão de sobrevivência): the contributory monthly pension for the
//! family of someone with enough registered earnings.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{self, Group, Until, Verdict, group_of};
use super::input::{Household, Person, Relation, Scheme};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::{household_start, posthumous_start};
use crate::dates::{self, add_years, age_on};
use crate::money::{Money, percent_en, percent_pt};
use crate::text::{Text, count};

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::SurvivorsPension, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.contributory_death_benefits")?;
    let window = ctx.whole("survivors_pension.claim_window_months")?;
    let deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.claim_deadline = deadline;
    b.deadline_note = deadline.map(|d| {
        Text::new(
            format!("Pedindo até {}, a pensão é paga desde o mês seguinte à morte; depois, só desde o mês seguinte ao pedido.", dates::format_pt(d)),
            format!("Claim by {} to be paid from the month after the death; later claims are paid from the month after the claim.", dates::format_en(d)),
        )
    });

    let record = contribution_record(b, hh)?;
    let mut unknown = record == Verdict::Unknown;
    if record == Verdict::No {
        return Ok((Status::NotEligible, headline_not_eligible()));
    }

    // Each person's own conditions.
    let mut verdicts: Vec<(usize, &Person, Verdict, Option<Until>)> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate() {
        let (mut v, until) = match group_of(p.relation) {
            Group::Descendants => family::descendant(b, hh, idx, p)?,
            _ => (family::spouse_or_ascendant(b, hh, idx, p)?, None),
        };
        if v == Verdict::Yes && group_of(p.relation) == Group::Spouses && !duration_known(b, hh, idx, p)? {
            v = Verdict::Unknown;
        }
        unknown |= v == Verdict::Unknown;
        verdicts.push((idx, p, v, until));
    }
    let yes = |g: Group| -> Vec<&(usize, &Person, Verdict, Option<Until>)> {
        verdicts.iter().filter(|(_, p, v, _)| *v == Verdict::Yes && group_of(p.relation) == g).collect()
    };
    let spouses = yes(Group::Spouses);
    let descendants = yes(Group::Descendants);
    let mut ascendants = yes(Group::Ascendants);
    if !ascendants.is_empty() && (!spouses.is_empty() || !descendants.is_empty()) {
        for (_, p, _, _) in &ascendants {
            b.not_met(
                "family.ascendants_last",
                Some(&p.id),
                format!("{} não tem direito porque há cônjuge, unido de facto ou descendentes com direito.", p.label()),
                format!("{} is not entitled because a spouse, partner or descendant is.", p.label()),
            )?;
        }
        ascendants.clear();
    }

    if hh.deceased.reference_pension.is_none() {
        b.need(
            "survivors_pension.reference_pension",
            None,
            "deceased.reference_pension",
            "Qual era (ou seria) a pensão mensal de velhice ou invalidez do falecido?",
            "What old-age or invalidity pension did (or would) the deceased receive a month?",
        )?;
        unknown = true;
    }
    if unknown {
        return Ok((Status::NeedsInfo, headline_needs_info()));
    }
    if spouses.is_empty() && descendants.is_empty() && ascendants.is_empty() {
        b.info(
            "survivors_pension.class_rates",
            None,
            "Ninguém na família indicada reúne as condições.",
            "No one in the family given meets the conditions.",
        )?;
        return Ok((Status::NotEligible, headline_not_eligible()));
    }
    let Some(base) = hh.deceased.reference_pension else {
        return Ok((Status::NeedsInfo, headline_needs_info()));
    };
    b.info(
        "survivors_pension.reference_pension",
        None,
        format!("Pensão de referência do falecido: {} por mês.", base.format_pt()),
        format!("The deceased's reference pension: {} a month.", base.format_en()),
    )?;

    let start = household_start(b, hh, window, "survivors_pension.start")?;
    let payments = ctx.whole("pension.payments_per_year")?;
    let class = |b: &mut Builder, members: &[&(usize, &Person, Verdict, Option<Until>)], param: &str, pt: &str, en: &str| -> Res<()> {
        if members.is_empty() {
            return Ok(());
        }
        let rate = ctx.rate_for(param, members.len())?;
        let total = base.times(rate);
        b.step(
            &[param],
            format!("{pt} ({} titular(es)): {} × {} = {}", members.len(), percent_pt(rate), base.format_pt(), total.format_pt()),
            format!("{en} ({} beneficiar{}): {} × {} = {}", members.len(), if members.len() == 1 { "y" } else { "ies" }, percent_en(rate), base.format_en(), total.format_en()),
        );
        b.met(
            "survivors_pension.class_rates",
            None,
            format!("{pt}: {} da pensão de referência.", percent_pt(rate)),
            format!("{en}: {} of the reference pension.", percent_en(rate)),
        )?;
        let split = total.split_equal(members.len());
        if members.len() > 1 {
            let each = split.shares.last().copied().unwrap_or(Money::ZERO);
            b.step(
                &[],
                format!(
                    "{} ÷ {} = {} cada{}",
                    total.format_pt(),
                    members.len(),
                    each.format_pt(),
                    leftover_pt(split.leftover_cents)
                ),
                format!("{} ÷ {} = {} each{}", total.format_en(), members.len(), each.format_en(), leftover_en(split.leftover_cents)),
            );
            b.met(
                "survivors_pension.equal_split",
                None,
                format!("O montante da classe é repartido por igual entre {} pessoas.", members.len()),
                format!("The class amount is shared equally among {} people.", members.len()),
            )?;
        }
        for ((_, p, _, until), share) in members.iter().zip(split.shares) {
            let mut amount = share;
            let capped_by_alimony = p.relation == Relation::ExSpouse || (p.relation == Relation::Spouse && p.judicially_separated == Some(true));
            if capped_by_alimony && p.alimony_monthly.is_some_and(|a| a.decimal().is_zero()) {
                // No alimony because the deceased lacked the means: a cap of zero would undo the
                // right the law gives, so none is applied.
                b.info(
                    "survivors_pension.ex_spouse_cap_without_alimony",
                    Some(&p.id),
                    format!("{} não recebia pensão de alimentos: não se aplica o limite da pensão de alimentos.", p.label()),
                    format!("{} received no alimony: the alimony cap is not applied.", p.label()),
                )?;
            } else if capped_by_alimony
                && let Some(alimony) = p.alimony_monthly
                && alimony < share
            {
                amount = alimony;
                b.step(
                    &[],
                    format!("{}: parte de {} limitada à pensão de alimentos, {}", p.label(), share.format_pt(), alimony.format_pt()),
                    format!("{}: share of {} capped at the alimony, {}", p.label(), share.format_en(), alimony.format_en()),
                );
                b.met(
                    "survivors_pension.ex_spouse_cap",
                    Some(&p.id),
                    format!("A pensão de {} fica limitada à pensão de alimentos que recebia ({}).", p.label(), alimony.format_pt()),
                    format!("{}'s pension is capped at the alimony received ({}).", p.label(), alimony.format_en()),
                )?;
                let excess = share.saturating_sub(alimony);
                b.info(
                    "survivors_pension.ex_spouse_cap_excess",
                    Some(&p.id),
                    format!("A diferença ({}) não foi atribuída a ninguém neste cálculo.", excess.format_pt()),
                    format!("The difference ({}) is not given to anyone in this estimate.", excess.format_en()),
                )?;
            }
            let (until_date, until_reason) = match group_of(p.relation) {
                Group::Spouses => spouse_duration(b, hh, p, start)?,
                Group::Descendants => match until {
                    Some(u) => (u.date, Some(u.reason.clone())),
                    None => (None, None),
                },
                _ => (None, Some(Text::new("Enquanto se mantiverem as condições.", "While the conditions last."))),
            };
            let (from, from_reason) = match posthumous_start(b, hh, p, window)? {
                Some((from, why)) => (from, Some(why)),
                None => (start, None),
            };
            b.step(
                &["pension.payments_per_year"],
                format!("{}: {} × {} pagamentos = {} por ano", p.label(), amount.format_pt(), payments, yearly(amount, payments).format_pt()),
                format!("{}: {} × {} payments = {} a year", p.label(), amount.format_en(), payments, yearly(amount, payments).format_en()),
            );
            b.awards.push(Award {
                person: p.id.clone(),
                amount,
                period: Period::Month,
                yearly: Some(yearly(amount, payments)),
                payments_per_year: Some(payments),
                from: from.map(dates::iso),
                until: until_date.map(dates::iso),
                until_reason,
                from_reason,
            });
        }
        Ok(())
    };
    let spouse_entitled = !spouses.is_empty();
    class(b, &spouses, "survivors_pension.rate.spouses", "Cônjuges e unidos de facto", "Spouses and partners")?;
    let desc_param = if spouse_entitled {
        "survivors_pension.rate.descendants_with_spouse"
    } else {
        "survivors_pension.rate.descendants_without_spouse"
    };
    class(b, &descendants, desc_param, "Descendentes", "Descendants")?;
    class(b, &ascendants, "survivors_pension.rate.ascendants", "Ascendentes", "Ascendants")?;
    b.info(
        "survivors_pension.payments",
        None,
        format!("Paga {payments} vezes por ano (inclui julho e dezembro)."),
        format!("Paid {payments} times a year (July and December included)."),
    )?;
    let total: Money = b.awards.iter().map(|a| a.amount).sum();
    let headline = Text::new(
        format!("Provável direito: {} por mês no total, para {}.", total.format_pt(), count(b.awards.len(), "pessoa", "pessoas")),
        format!("Likely entitled: {} a month in all, for {}.", total.format_en(), count(b.awards.len(), "person", "people")),
    );
    Ok((Status::Eligible, headline))
}

fn yearly(m: Money, payments: i32) -> Money {
    m.times(payments.into())
}

fn leftover_pt(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (o cêntimo que sobra vai para a primeira pessoa da lista)".to_string(),
        _ => format!(" (os {n} cêntimos que sobram vão, um a cada, para as primeiras {n} pessoas da lista)"),
    }
}

fn leftover_en(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (the cent left over goes to the first person listed)".to_string(),
        _ => format!(" (the {n} cents left over go, one each, to the first {n} people listed)"),
    }
}

/// The deceased's record: a contributory scheme and the qualifying period for it.
fn contribution_record(b: &mut Builder, hh: &Household) -> Res<Verdict> {
    let d = &hh.deceased;
    let Some(scheme) = d.scheme else {
        b.need(
            "survivors_pension.scheme",
            None,
            "deceased.scheme",
            "Em que regime de segurança social descontava o falecido?",
            "Which social security scheme did the deceased contribute to?",
        )?;
        return Ok(Verdict::Unknown);
    };
    let param = match scheme {
        Scheme::None => {
            b.not_met(
                "survivors_pension.scheme",
                None,
                "O falecido não estava abrangido por nenhum regime contributivo.",
                "The deceased was not covered by any contributory scheme.",
            )?;
            return Ok(Verdict::No);
        }
        Scheme::General => "survivors_pension.qualifying_months.general",
        Scheme::Voluntary => "survivors_pension.qualifying_months.voluntary",
        Scheme::AgriculturalSpecial => "survivors_pension.qualifying_months.agricultural_special",
    };
    let needed = b.ctx.whole(param)?;
    let Some(months) = d.contribution_months else {
        b.need(
            "survivors_pension.qualifying_period",
            None,
            "deceased.contribution_months",
            "Quantos meses de descontos tinha o falecido? (Consulte a Segurança Social Direta ou o extrato de remunerações.)",
            "How many months of contributions did the deceased have? (See Segurança Social Direta or the earnings statement.)",
        )?;
        return Ok(Verdict::Unknown);
    };
    let enough = i64::from(months) >= i64::from(needed);
    let (pt, en) = (
        format!("O falecido tinha {months} meses de descontos; são precisos pelo menos {needed}."),
        format!("The deceased had {months} months of contributions; at least {needed} are needed."),
    );
    if enough {
        b.met("survivors_pension.qualifying_period", None, pt, en)?;
        Ok(Verdict::Yes)
    } else {
        b.not_met("survivors_pension.qualifying_period", None, pt, en)?;
        Ok(Verdict::No)
    }
}

/// Whether the answers settle how long a spouse's, ex-spouse's or partner's pension lasts;
/// if not, asks for what is missing. Never guessed: a missing birth date is asked, not taken as
/// "35 or over".
fn duration_known(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<bool> {
    let age_limit = b.ctx.whole("survivors_pension.short_duration_age")?;
    if p.disabled == Some(true) || p.common_child == Some(true) {
        return Ok(true);
    }
    let Some(age) = p.birth_date.and_then(|bd| age_on(bd, hh.death_date)) else {
        b.need(
            "survivors_pension.duration_under_35",
            Some(&p.id),
            family::field(idx, "birth_date"),
            "Qual é a data de nascimento? (A idade à data da morte decide quanto tempo dura a pensão.)",
            "What is their date of birth? (Their age at the death decides how long the pension lasts.)",
        )?;
        return Ok(false);
    };
    if age >= age_limit {
        return Ok(true);
    }
    let mut known = true;
    if p.common_child.is_none() {
        b.need(
            "survivors_pension.duration_exceptions",
            Some(&p.id),
            family::field(idx, "common_child"),
            "Tem filhos com o falecido, nascidos ou por nascer?",
            "Do they have children with the deceased, born or unborn?",
        )?;
        known = false;
    }
    if p.disabled.is_none() {
        b.need(
            "survivors_pension.duration_exceptions",
            Some(&p.id),
            family::field(idx, "disabled"),
            "Tem uma deficiência ou incapacidade reconhecida?",
            "Do they have a recognised disability or incapacity?",
        )?;
        known = false;
    }
    Ok(known)
}

/// A spouse's, ex-spouse's or partner's pension lasts for life, or 5 years when under 35 at
/// the death (unless disabled or with children in common). `duration_known` made sure the
/// answers settle it.
fn spouse_duration(b: &mut Builder, hh: &Household, p: &Person, start: Option<time::Date>) -> Res<(Option<time::Date>, Option<Text>)> {
    let age_limit = b.ctx.whole("survivors_pension.short_duration_age")?;
    let years = b.ctx.whole("survivors_pension.short_duration_years")?;
    let lifelong = Some(Text::new(
        "Vitalícia, salvo novo casamento ou união de facto.",
        "For life, unless they remarry or start a new union of fact.",
    ));
    let age = p.birth_date.and_then(|bd| age_on(bd, hh.death_date));
    let young = age.is_some_and(|a| a < age_limit);
    if !young {
        if let Some(a) = age {
            b.met(
                "survivors_pension.duration_under_35",
                Some(&p.id),
                format!("{} tinha {a} anos à data da morte ({age_limit} ou mais): a pensão é vitalícia.", p.label()),
                format!("{} was {a} at the death ({age_limit} or over): the pension is for life.", p.label()),
            )?;
        }
        return Ok((None, lifelong));
    }
    if p.disabled == Some(true) || p.common_child == Some(true) {
        b.met(
            "survivors_pension.duration_exceptions",
            Some(&p.id),
            format!("{} tinha menos de {age_limit} anos, mas tem deficiência ou filhos com o falecido: a pensão não fica limitada a {years} anos.", p.label()),
            format!("{} was under {age_limit}, but is disabled or has children with the deceased: the pension is not limited to {years} years.", p.label()),
        )?;
        return Ok((None, lifelong));
    }
    let until = start.and_then(|s| add_years(s, years)).and_then(|d| d.previous_day());
    b.met(
        "survivors_pension.duration_under_35",
        Some(&p.id),
        format!("{} tinha menos de {age_limit} anos à data da morte, sem filhos com o falecido nem deficiência: a pensão dura {years} anos.", p.label()),
        format!("{} was under {age_limit} at the death, with no children with the deceased and no disability: the pension lasts {years} years.", p.label()),
    )?;
    Ok((until, Some(Text::new(format!("Paga durante {years} anos."), format!("Paid for {years} years.")))))
}

fn headline_not_eligible() -> Text {
    Text::new("Sem direito provável à pensão de sobrevivência.", "Probably not entitled to a survivor's pension.")
}

fn headline_needs_info() -> Text {
    Text::new("Faltam respostas para decidir a pensão de sobrevivência.", "More answers are needed to decide the survivor's pension.")
}
