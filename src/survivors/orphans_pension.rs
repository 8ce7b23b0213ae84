//! Orphan's pension (pensão de orfandade): non-contributory, for the children under 18 of a
//! parent who was not covered by any scheme, subject to a means test.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{Verdict, field};
use super::input::{Household, Person, Relation, Scheme};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::{household_start, posthumous_start};
use crate::dates::{self, age_on, birthday};
use crate::money::{Money, factor_en, factor_pt, percent_en, percent_pt};
use crate::text::{Text, count};
use rust_decimal::Decimal;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, survivors: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::OrphansPension, |b| decide(b, hh, survivors))
}

fn decide(b: &mut Builder, hh: &Household, survivors: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.non_contributory_pensions")?;
    let window = ctx.whole("non_contributory.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        Text::new(
            format!("Pedindo até {}, a pensão é paga desde o mês seguinte à morte; depois, desde o mês seguinte ao pedido.", dates::format_pt(d)),
            format!("Claim by {} to be paid from the month after the death; later, from the month after the claim.", dates::format_en(d)),
        )
    });

    let code = "orphans_pension.deceased_not_covered";
    match hh.deceased.scheme {
        None => {
            b.need(code, None, "deceased.scheme", "Em que regime de segurança social descontava o falecido?", "Which social security scheme did the deceased contribute to?")?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(Scheme::None) => b.met(code, None, "O falecido não estava abrangido por nenhum regime.", "The deceased was not covered by any scheme.")?,
        Some(_) => match survivors.status {
            // Only one secondary source extends the orphan's pension to a parent who contributed
            // without the qualifying period; its own rule carries that confidence.
            Status::NotEligible if survivors.reasons.iter().any(|r| r.code == "survivors_pension.qualifying_period") => b.met(
                "orphans_pension.deceased_short_record",
                None,
                "O falecido descontou, mas sem prazo de garantia para a pensão de sobrevivência: conta como não abrangido.",
                "The deceased contributed, but without the qualifying period for the survivor's pension: this counts as not covered.",
            )?,
            Status::NeedsInfo if hh.deceased.contribution_months.is_none() => {
                b.need(code, None, "deceased.contribution_months", "Quantos meses de descontos tinha o falecido?", "How many months of contributions did the deceased have?")?;
                return Ok((Status::NeedsInfo, needs_info()));
            }
            _ => {
                b.not_met(
                    code,
                    None,
                    "O falecido estava abrangido por um regime contributivo: aplica-se a pensão de sobrevivência.",
                    "The deceased was covered by a contributory scheme: the survivor's pension applies instead.",
                )?;
                return Ok((Status::NotEligible, not_eligible()));
            }
        },
    }

    let mut unknown = false;
    let mut orphans: Vec<&Person> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate().filter(|(_, p)| p.relation == Relation::Child) {
        match orphan(b, hh, idx, p)? {
            Verdict::Yes => orphans.push(p),
            Verdict::Unknown => unknown = true,
            Verdict::No => {}
        }
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    if orphans.is_empty() {
        if !hh.people.iter().any(|p| p.relation == Relation::Child) {
            b.not_met("orphans_pension.age", None, "Não foram indicados filhos do falecido.", "No children of the deceased were given.")?;
        }
        return Ok((Status::NotEligible, not_eligible()));
    }
    // The seed's table is headed "there is a spouse or ex-spouse / there is none": the
    // existence of one, whether or not they are entitled to anything.
    let spouses: Vec<&Person> = hh.people.iter().filter(|p| matches!(p.relation, Relation::Spouse | Relation::ExSpouse)).collect();
    let (param, pt, en) = if spouses.is_empty() {
        b.info(
            "orphans_pension.spouse_exists",
            None,
            "Não há cônjuge nem ex-cônjuge do falecido: aplica-se a coluna \"sem cônjuge\" da tabela (uma pessoa em união de facto não conta).",
            "The deceased left no spouse or ex-spouse: the table's \"no spouse\" column applies (a partner in a union of fact does not count).",
        )?;
        ("orphans_pension.rate.without_spouse", "sem cônjuge nem ex-cônjuge", "with no spouse or ex-spouse")
    } else {
        let names: Vec<&str> = spouses.iter().map(|p| p.label()).collect();
        b.info(
            "orphans_pension.spouse_exists",
            None,
            format!("Há cônjuge ou ex-cônjuge do falecido ({}): aplica-se a coluna \"há cônjuge\" da tabela, tenha ou não direito a alguma pensão.", names.join(", ")),
            format!("The deceased left a spouse or ex-spouse ({}): the table's \"there is a spouse\" column applies, whether or not they are entitled to a pension.", names.join(", ")),
        )?;
        ("orphans_pension.rate.with_spouse", "com cônjuge ou ex-cônjuge", "with a spouse or ex-spouse")
    };
    let social = ctx.eur("social_pension")?;
    let rate = ctx.rate_for(param, orphans.len())?;
    let total = social.times(rate);
    b.step(
        &["social_pension", param],
        format!("{}, {pt}: {} × pensão social {} = {}", count(orphans.len(), "órfão", "órfãos"), percent_pt(rate), social.format_pt(), total.format_pt()),
        format!("{}, {en}: {} × social pension {} = {}", count(orphans.len(), "orphan", "orphans"), percent_en(rate), social.format_en(), total.format_en()),
    );
    b.met(
        "orphans_pension.amount",
        None,
        format!("{} da pensão social para {}, repartidos por igual.", percent_pt(rate), count(orphans.len(), "órfão", "órfãos")),
        format!("{} of the social pension for {}, shared equally.", percent_en(rate), count(orphans.len(), "orphan", "orphans")),
    )?;
    let split = total.split_equal(orphans.len());
    if orphans.len() > 1 {
        b.step(
            &[],
            format!("{} ÷ {} = {} cada", total.format_pt(), orphans.len(), split.shares.last().copied().unwrap_or(Money::ZERO).format_pt()),
            format!("{} ÷ {} = {} each", total.format_en(), orphans.len(), split.shares.last().copied().unwrap_or(Money::ZERO).format_en()),
        );
    }
    let payments = ctx.whole("pension.payments_per_year")?;
    let limit = ctx.whole("orphans_pension.age_limit")?;
    let start = household_start(b, hh, window, "non_contributory.start")?;
    for (p, amount) in orphans.iter().zip(split.shares) {
        let until = p.birth_date.and_then(|bd| birthday(bd, limit)).and_then(|d| d.previous_day());
        let (from, from_reason) = match posthumous_start(b, hh, p, window)? {
            Some((from, why)) => (from, Some(why)),
            None => (start, None),
        };
        b.awards.push(Award {
            person: p.id.clone(),
            amount,
            period: Period::Month,
            yearly: Some(amount.times(payments.into())),
            payments_per_year: Some(payments),
            from: from.map(dates::iso),
            from_reason,
            until: until.map(dates::iso),
            until_reason: Some(Text::new(
                format!("Até fazer {limit} anos ou se emancipar, enquanto se mantiver a condição de recursos."),
                format!("Until turning {limit} or emancipation, while the means test is met."),
            )),
        });
    }
    let headline = Text::new(
        format!("Provável direito: {} por mês no total, para {}.", total.format_pt(), count(orphans.len(), "órfão", "órfãos")),
        format!("Likely entitled: {} a month in all, for {}.", total.format_en(), count(orphans.len(), "orphan", "orphans")),
    );
    Ok((Status::Eligible, headline))
}

fn orphan(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    let limit = b.ctx.whole("orphans_pension.age_limit")?;
    let adult_rules_from = b.ctx.whole("minors.work_or_marriage_min_age")?;
    let age = if p.unborn == Some(true) || p.birth_date.is_some_and(|bd| bd > hh.death_date) {
        0
    } else {
        match p.birth_date.and_then(|bd| age_on(bd, hh.death_date)) {
            Some(a) => a,
            None => {
                b.need("orphans_pension.age", who, field(idx, "birth_date"), "Qual é a data de nascimento?", "What is the date of birth?")?;
                return Ok(Verdict::Unknown);
            }
        }
    };
    if age >= limit {
        b.not_met("orphans_pension.age", who, format!("{name} tinha {age} anos: não tinha menos de {limit}."), format!("{name} was {age}: not under {limit}."))?;
        return Ok(Verdict::No);
    }
    b.met("orphans_pension.age", who, format!("{name} tinha {age} anos: menos de {limit}."), format!("{name} was {age}: under {limit}."))?;
    let mut verdict = Verdict::Yes;
    let worse = |v: Verdict, now: Verdict| match (v, now) {
        (Verdict::No, _) | (_, Verdict::No) => Verdict::No,
        (Verdict::Unknown, _) | (_, Verdict::Unknown) => Verdict::Unknown,
        _ => Verdict::Yes,
    };
    if age >= adult_rules_from {
        for (key, answer, code, q_pt, q_en, bad_pt, bad_en) in [
            ("emancipated", p.emancipated, "orphans_pension.age", "Está emancipado(a) (casou)?", "Are they emancipated (married)?", "está emancipado(a)", "is emancipated"),
            (
                "works_compulsory_scheme",
                p.works_compulsory_scheme,
                "orphans_pension.not_working",
                "Trabalha com descontos obrigatórios para a Segurança Social?",
                "Do they work with compulsory Social Security contributions?",
                "trabalha com descontos obrigatórios",
                "works with compulsory contributions",
            ),
        ] {
            match answer {
                None => {
                    b.need(code, who, field(idx, key), q_pt, q_en)?;
                    verdict = worse(verdict, Verdict::Unknown);
                }
                Some(true) => {
                    b.not_met(code, who, format!("{name} {bad_pt}."), format!("{name} {bad_en}."))?;
                    verdict = Verdict::No;
                }
                Some(false) => {}
            }
        }
    } else {
        b.info(
            "orphans_pension.not_working",
            who,
            format!("Abaixo dos {adult_rules_from} anos não se pergunta por trabalho nem emancipação."),
            format!("Under {adult_rules_from}, work and emancipation are not asked about."),
        )?;
    }
    for (key, answer, q_pt, q_en, ok_pt, ok_en) in [
        (
            "national_or_equivalent",
            p.national_or_equivalent,
            "É português(a) ou equiparado(a)?",
            "Are they Portuguese or treated as Portuguese?",
            "é português(a) ou equiparado(a)",
            "is Portuguese or treated as such",
        ),
        ("resident", p.resident, "Reside em Portugal?", "Do they live in Portugal?", "reside em Portugal", "lives in Portugal"),
    ] {
        match answer {
            None => {
                b.need("orphans_pension.nationality_residence", who, field(idx, key), q_pt, q_en)?;
                verdict = worse(verdict, Verdict::Unknown);
            }
            Some(true) => b.met("orphans_pension.nationality_residence", who, format!("{name} {ok_pt}."), format!("{name} {ok_en}."))?,
            Some(false) => {
                b.not_met("orphans_pension.nationality_residence", who, format!("Não se verifica: {name} {ok_pt}."), format!("Not met: {name} {ok_en}."))?;
                verdict = Verdict::No;
            }
        }
    }
    if verdict == Verdict::No {
        return Ok(verdict);
    }
    Ok(worse(verdict, resources(b, idx, p)?))
}

/// The means test: (a) or (b).
fn resources(b: &mut Builder, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    let code = "orphans_pension.resources";
    let ias = b.ctx.eur("ias")?;
    let own_rate = b.ctx.num("orphans_pension.own_income_limit_ias_rate")?;
    let hh_mult = b.ctx.num("orphans_pension.household_limit_ias_multiple")?;
    let pp_rate = b.ctx.num("orphans_pension.per_person_limit_ias_rate")?;
    let own_limit = ias.times(own_rate);
    let hh_limit = ias.times(hh_mult);
    let pp_limit = ias.times(pp_rate);
    b.step(
        &["ias", "orphans_pension.own_income_limit_ias_rate", "orphans_pension.household_limit_ias_multiple", "orphans_pension.per_person_limit_ias_rate"],
        format!(
            "Limites: {} × IAS = {}; {} × IAS = {}; {} × IAS = {} (IAS {})",
            percent_pt(own_rate),
            own_limit.format_pt(),
            factor_pt(hh_mult),
            hh_limit.format_pt(),
            percent_pt(pp_rate),
            pp_limit.format_pt(),
            ias.format_pt()
        ),
        format!(
            "Limits: {} × IAS = {}; {} × IAS = {}; {} × IAS = {} (IAS {})",
            percent_en(own_rate),
            own_limit.format_en(),
            factor_en(hh_mult),
            hh_limit.format_en(),
            percent_en(pp_rate),
            pp_limit.format_en(),
            ias.format_en()
        ),
    );
    let household_q = (
        "Qual é o rendimento bruto mensal de todo o agregado (quem vive com o órfão em economia comum)?",
        "What is the gross monthly income of the whole household (those living with the orphan and sharing expenses)?",
    );
    // Test (a).
    let a = match (p.monthly_income, p.household_monthly_income) {
        (Some(own), Some(hh)) => Some(own <= own_limit && hh <= hh_limit),
        (Some(own), None) if own > own_limit => Some(false),
        _ => None,
    };
    if a == Some(true) {
        let (own, hh) = (p.monthly_income.unwrap_or_default(), p.household_monthly_income.unwrap_or_default());
        b.met(
            code,
            who,
            format!("a) Rendimento de {name} {} ≤ {} e do agregado {} ≤ {}.", own.format_pt(), own_limit.format_pt(), hh.format_pt(), hh_limit.format_pt()),
            format!("(a) {name}'s income {} ≤ {} and the household's {} ≤ {}.", own.format_en(), own_limit.format_en(), hh.format_en(), hh_limit.format_en()),
        )?;
        return Ok(Verdict::Yes);
    }
    // Test (b), which needs the household's income too.
    let Some(hh_income) = p.household_monthly_income else {
        if p.monthly_income.is_none() {
            b.need(code, who, field(idx, "monthly_income"), "Qual é o rendimento bruto mensal do órfão (0 se nenhum)?", "What is the orphan's gross monthly income (0 if none)?")?;
        }
        b.need(code, who, field(idx, "household_monthly_income"), household_q.0, household_q.1)?;
        return Ok(Verdict::Unknown);
    };
    if a.is_none() {
        b.need(code, who, field(idx, "monthly_income"), "Qual é o rendimento bruto mensal do órfão (0 se nenhum)?", "What is the orphan's gross monthly income (0 if none)?")?;
    } else {
        b.info(
            code,
            who,
            "a) não se verifica: o rendimento do órfão ou do agregado passa o limite.",
            "(a) is not met: the orphan's or the household's income is over the limit.",
        )?;
    }
    let mut unknown = a.is_none();
    let Some(size) = p.household_size else {
        b.need(code, who, field(idx, "household_size"), "Quantas pessoas tem o agregado, contando com o órfão?", "How many people are in the household, the orphan included?")?;
        return Ok(Verdict::Unknown);
    };
    let per_person = Money::round(hh_income.decimal() / Decimal::from(size.max(1)));
    b.step(
        &[],
        format!("Rendimento por pessoa: {} ÷ {size} = {}", hh_income.format_pt(), per_person.format_pt()),
        format!("Income per person: {} ÷ {size} = {}", hh_income.format_en(), per_person.format_en()),
    );
    if per_person > pp_limit {
        let (pt, en) = (
            format!("b) Rendimento por pessoa {} passa o limite de {}.", per_person.format_pt(), pp_limit.format_pt()),
            format!("(b) Income per person {} is over the limit of {}.", per_person.format_en(), pp_limit.format_en()),
        );
        if unknown {
            b.info(code, who, pt, en)?;
            return Ok(Verdict::Unknown);
        }
        b.not_met(code, who, pt, en)?;
        return Ok(Verdict::No);
    }
    match p.at_risk {
        None => {
            b.need(
                code,
                who,
                field(idx, "at_risk"),
                "Os serviços de ação social sinalizaram uma situação de risco ou disfunção social?",
                "Have the social services flagged a situation of risk or social dysfunction?",
            )?;
            unknown = true;
        }
        Some(true) => {
            b.met(
                code,
                who,
                format!("b) Rendimento por pessoa {} ≤ {} e situação de risco sinalizada.", per_person.format_pt(), pp_limit.format_pt()),
                format!("(b) Income per person {} ≤ {} and a flagged risk situation.", per_person.format_en(), pp_limit.format_en()),
            )?;
            return Ok(Verdict::Yes);
        }
        Some(false) => {
            if !unknown {
                b.not_met(
                    code,
                    who,
                    "b) Não há situação de risco sinalizada, e a) não se verifica.",
                    "(b) No risk situation is flagged, and (a) is not met.",
                )?;
                return Ok(Verdict::No);
            }
        }
    }
    Ok(if unknown { Verdict::Unknown } else { Verdict::No })
}

fn not_eligible() -> Text {
    Text::new("Sem direito provável à pensão de orfandade.", "Probably not entitled to the orphan's pension.")
}

fn needs_info() -> Text {
    Text::new("Faltam respostas para decidir a pensão de orfandade.", "More answers are needed to decide the orphan's pension.")
}
