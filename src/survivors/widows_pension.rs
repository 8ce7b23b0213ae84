//! Widow(er)'s pension (pensão de viuvez): non-contributory, for the spouse or partner of
//! someone who received the social pension, subject to a means test.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::family::{Verdict, field};
use super::input::{Household, Person, Relation};
use super::report::{Award, Benefit, BenefitResult, Period, Status};
use super::start::household_start;
use crate::dates::{self, more_than_years};
use crate::money::{Money, percent_en, percent_pt};
use crate::text::{Text, count};

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household) -> Res<BenefitResult> {
    run(ctx, Benefit::WidowsPension, |b| decide(b, hh))
}

fn decide(b: &mut Builder, hh: &Household) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.non_contributory_pensions")?;
    let window = ctx.whole("non_contributory.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        Text::new(
            format!("Pedindo até {}, a pensão deve ser paga desde o mês seguinte à morte.", dates::format_pt(d)),
            format!("Claim by {} for payment from the month after the death.", dates::format_en(d)),
        )
    });

    match hh.deceased.social_pension_recipient {
        None => {
            b.need(
                "widows_pension.deceased",
                None,
                "deceased.social_pension_recipient",
                "O falecido recebia a pensão social (de velhice ou de invalidez)?",
                "Did the deceased receive the social pension (old-age or invalidity)?",
            )?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(false) => {
            b.not_met("widows_pension.deceased", None, "O falecido não recebia a pensão social.", "The deceased did not receive the social pension.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met("widows_pension.deceased", None, "O falecido recebia a pensão social.", "The deceased received the social pension.")?,
    }

    let mut unknown = false;
    let mut eligible: Vec<&Person> = Vec::new();
    for (idx, p) in hh.people.iter().enumerate() {
        match p.relation {
            Relation::Spouse | Relation::Partner => match survivor(b, hh, idx, p)? {
                Verdict::Yes => eligible.push(p),
                Verdict::Unknown => unknown = true,
                Verdict::No => {}
            },
            Relation::ExSpouse => b.not_met(
                "widows_pension.relation",
                Some(&p.id),
                format!("{} é ex-cônjuge: a pensão de viuvez é só para o cônjuge ou unido de facto.", p.label()),
                format!("{} is an ex-spouse: the widow(er)'s pension is only for the spouse or partner.", p.label()),
            )?,
            _ => {}
        }
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    if eligible.is_empty() {
        if !hh.people.iter().any(|p| matches!(p.relation, Relation::Spouse | Relation::Partner)) {
            b.not_met("widows_pension.relation", None, "Não foi indicado cônjuge nem unido de facto.", "No spouse or partner was given.")?;
        }
        return Ok((Status::NotEligible, not_eligible()));
    }

    let social = ctx.eur("social_pension")?;
    let rate = ctx.num("widows_pension.rate")?;
    let full = social.times(rate);
    b.step(
        &["social_pension", "widows_pension.rate"],
        format!("{} × pensão social {} = {}", percent_pt(rate), social.format_pt(), full.format_pt()),
        format!("{} × social pension {} = {}", percent_en(rate), social.format_en(), full.format_en()),
    );
    b.met(
        "widows_pension.amount",
        None,
        format!("A pensão de viuvez é {} da pensão social.", percent_pt(rate)),
        format!("The widow(er)'s pension is {} of the social pension.", percent_en(rate)),
    )?;
    let split = full.split_equal(eligible.len());
    let payments = ctx.whole("pension.payments_per_year")?;
    let start = household_start(b, hh, window, "non_contributory.start")?;
    for (p, share) in eligible.iter().zip(split.shares) {
        let mut amount = share;
        if let Some(own) = p.own_social_pension.filter(|m| !m.decimal().is_zero()) {
            let minimum = ctx.eur("minimum_pension")?;
            let room = minimum.saturating_sub(own);
            if room < amount {
                b.step(
                    &["minimum_pension"],
                    format!("{}: pensão mínima {} − pensão social própria {} = {}", p.label(), minimum.format_pt(), own.format_pt(), room.format_pt()),
                    format!("{}: minimum pension {} − own social pension {} = {}", p.label(), minimum.format_en(), own.format_en(), room.format_en()),
                );
                amount = room;
            }
            b.met(
                "widows_pension.cumulation_cap",
                Some(&p.id),
                format!("Com a pensão social própria, o total não pode passar da pensão mínima ({}).", minimum.format_pt()),
                format!("With their own social pension, the total cannot exceed the minimum pension ({}).", minimum.format_en()),
            )?;
        }
        let year = amount.times(payments.into());
        b.step(
            &["pension.payments_per_year"],
            format!("{}: {} × {} pagamentos = {} por ano", p.label(), amount.format_pt(), payments, year.format_pt()),
            format!("{}: {} × {} payments = {} a year", p.label(), amount.format_en(), payments, year.format_en()),
        );
        b.awards.push(Award {
            person: p.id.clone(),
            amount,
            period: Period::Month,
            yearly: Some(year),
            payments_per_year: Some(payments),
            from: start.map(dates::iso),
            until: None,
            until_reason: Some(Text::new(
                "Enquanto se mantiverem as condições de recursos; cessa com novo casamento ou união de facto.",
                "While the means test is met; it ends on remarriage or a new union of fact.",
            )),
            from_reason: None,
        });
    }
    let total: Money = b.awards.iter().map(|a| a.amount).sum();
    let headline = Text::new(format!("Provável direito: {} por mês.", total.format_pt()), format!("Likely entitled: {} a month.", total.format_en()));
    Ok((Status::Eligible, headline))
}

/// A yes/no condition: rule, answer, the answer that passes, input key, question (pt, en),
/// and the words for the condition (pt, en).
type YesNoCheck = (&'static str, Option<bool>, bool, &'static str, &'static str, &'static str, &'static str, &'static str);

fn survivor(b: &mut Builder, hh: &Household, idx: usize, p: &Person) -> Res<Verdict> {
    let who = Some(p.id.as_str());
    let name = p.label();
    let mut verdict = Verdict::Yes;
    // No outweighs Unknown, which outweighs Yes.
    let fail = |v: &mut Verdict, now: Verdict| {
        if now == Verdict::No || *v == Verdict::Yes {
            *v = now;
        }
    };
    if p.remarried == Some(true) {
        b.not_met("family.new_union_ends", who, format!("{name} voltou a casar ou vive em nova união."), format!("{name} has remarried or lives in a new union."))?;
        return Ok(Verdict::No);
    }
    // A judicially separated spouse is treated like an ex-spouse, and the widow(er)'s pension
    // has no ex-spouse branch; the question only matters when a partner is listed too.
    if p.relation == Relation::Spouse {
        match p.judicially_separated {
            Some(true) => {
                b.not_met(
                    "widows_pension.relation",
                    who,
                    format!("{name} estava separado(a) judicialmente do falecido: como um ex-cônjuge, não tem direito à pensão de viuvez."),
                    format!("{name} was judicially separated from the deceased: like an ex-spouse, they are not entitled to the widow(er)'s pension."),
                )?;
                return Ok(Verdict::No);
            }
            None if hh.people.iter().any(|q| q.relation == Relation::Partner) => {
                super::spouses::ask_separation(b, "family.judicially_separated", who, idx)?;
                return Ok(Verdict::Unknown);
            }
            _ => {}
        }
    } else {
        match super::spouses::no_undissolved_marriage(b, hh, p, "family.partner_undissolved_marriage")? {
            Verdict::No => return Ok(Verdict::No),
            Verdict::Unknown => fail(&mut verdict, Verdict::Unknown),
            Verdict::Yes => {}
        }
    }
    // Relationship length (secondary sources only).
    match p.relation {
        Relation::Spouse => {
            let years = b.ctx.whole("widows_pension.marriage_min_years")?;
            match p.marriage_date {
                None => {
                    b.need("widows_pension.relationship_length", who, field(idx, "marriage_date"), "Em que data casaram?", "On what date did they marry?")?;
                    fail(&mut verdict, Verdict::Unknown);
                }
                Some(m) if more_than_years(m, hh.death_date, years) => b.met(
                    "widows_pension.relationship_length",
                    who,
                    format!("Casados desde {}: mais de {}.", dates::format_pt(m), count(years, "ano", "anos")),
                    format!("Married since {}: more than {}.", dates::format_en(m), count(years, "year", "years")),
                )?,
                Some(m) => {
                    b.not_met(
                        "widows_pension.relationship_length",
                        who,
                        format!("Casados desde {}: não mais de {}.", dates::format_pt(m), count(years, "ano", "anos")),
                        format!("Married since {}: not more than {}.", dates::format_en(m), count(years, "year", "years")),
                    )?;
                    fail(&mut verdict, Verdict::No);
                }
            }
        }
        _ => {
            let years = b.ctx.whole("widows_pension.union_min_years")?;
            match p.union_start_date {
                None => {
                    b.need("widows_pension.relationship_length", who, field(idx, "union_start_date"), "Desde quando viviam em união de facto?", "Since when did they live in a union of fact?")?;
                    fail(&mut verdict, Verdict::Unknown);
                }
                // Lei 7/2001 only knows a union of fact lived "há mais de dois anos": the second
                // anniversary itself is not enough.
                Some(u) if more_than_years(u, hh.death_date, years) => b.met(
                    "widows_pension.relationship_length",
                    who,
                    format!("União de facto desde {}: mais de {}.", dates::format_pt(u), count(years, "ano", "anos")),
                    format!("Union of fact since {}: more than {}.", dates::format_en(u), count(years, "year", "years")),
                )?,
                Some(u) => {
                    b.not_met(
                        "widows_pension.relationship_length",
                        who,
                        format!("União de facto desde {}: não mais de {}.", dates::format_pt(u), count(years, "ano", "anos")),
                        format!("Union of fact since {}: not more than {}.", dates::format_en(u), count(years, "year", "years")),
                    )?;
                    fail(&mut verdict, Verdict::No);
                }
            }
        }
    }
    let checks: [YesNoCheck; 3] = [
        (
            "widows_pension.nationality",
            p.national_or_equivalent,
            true,
            "national_or_equivalent",
            "É português ou equiparado a português (por exemplo, com autorização de residência válida)?",
            "Are they Portuguese or treated as Portuguese (for example, with a valid residence permit)?",
            "é português ou equiparado",
            "is Portuguese or treated as such",
        ),
        ("widows_pension.residence", p.resident, true, "resident", "Reside em Portugal?", "Do they live in Portugal?", "reside em Portugal", "lives in Portugal"),
        (
            "widows_pension.no_own_pension",
            p.own_pension,
            false,
            "own_pension",
            "Tem direito a alguma pensão própria (de velhice, invalidez ou outra, de qualquer regime)?",
            "Are they entitled to a pension of their own (old-age, invalidity or other, from any scheme)?",
            "não tem pensão própria",
            "has no pension of their own",
        ),
    ];
    for (code, answer, wanted, key, q_pt, q_en, ok_pt, ok_en) in checks {
        match answer {
            None => {
                b.need(code, who, field(idx, key), q_pt, q_en)?;
                fail(&mut verdict, Verdict::Unknown);
            }
            Some(a) if a == wanted => b.met(code, who, format!("{name} {ok_pt}."), format!("{name} {ok_en}."))?,
            Some(_) => {
                b.not_met(code, who, format!("Não se verifica: {name} {ok_pt}."), format!("Not met: {name} {ok_en}."))?;
                fail(&mut verdict, Verdict::No);
            }
        }
    }
    let ias = b.ctx.eur("ias")?;
    let rate = b.ctx.num("widows_pension.income_limit_ias_rate")?;
    let limit = ias.times(rate);
    match p.monthly_income {
        None => {
            b.need(
                "widows_pension.income",
                who,
                field(idx, "monthly_income"),
                "Qual é o seu rendimento bruto mensal (salários, rendas, outros; 0 se nenhum)?",
                "What is their gross monthly income (wages, rents, other; 0 if none)?",
            )?;
            fail(&mut verdict, Verdict::Unknown);
        }
        Some(inc) => {
            b.step(
                &["ias", "widows_pension.income_limit_ias_rate"],
                format!("Limite de rendimento: {} × IAS {} = {}", percent_pt(rate), ias.format_pt(), limit.format_pt()),
                format!("Income limit: {} × IAS {} = {}", percent_en(rate), ias.format_en(), limit.format_en()),
            );
            let (pt, en) = (
                format!("Rendimento bruto mensal de {name}: {} (limite {}).", inc.format_pt(), limit.format_pt()),
                format!("{name}'s gross monthly income: {} (limit {}).", inc.format_en(), limit.format_en()),
            );
            if inc <= limit {
                b.met("widows_pension.income", who, pt, en)?;
            } else {
                b.not_met("widows_pension.income", who, pt, en)?;
                fail(&mut verdict, Verdict::No);
            }
        }
    }
    Ok(verdict)
}

fn not_eligible() -> Text {
    Text::new("Sem direito provável à pensão de viuvez.", "Probably not entitled to the widow(er)'s pension.")
}

fn needs_info() -> Text {
    Text::new("Faltam respostas para decidir a pensão de viuvez.", "More answers are needed to decide the widow(er)'s pension.")
}
