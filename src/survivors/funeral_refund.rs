//! Reimbursement of funeral expenses (reembolso das despesas de funeral): when nobody is
//! entitled to the death grant, whoever paid the funeral gets the actual cost back, up to a cap.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::input::{DeathCause, Household, Payer, Scheme};
use super::report::{Award, Benefit, BenefitResult, Status};
use crate::dates;
use crate::money::{factor_en, factor_pt};
use crate::text::{Text, count};

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, death_grant: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::FuneralExpensesRefund, |b| decide(b, hh, death_grant))
}

fn decide(b: &mut Builder, hh: &Household, death_grant: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.funeral_refund")?;
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.add_extra_form("form.third_party_liability")?;
    }
    let days = ctx.whole("funeral_refund.claim_window_days")?;
    let from = hh.death_registration_date.unwrap_or(hh.death_date);
    b.claim_deadline = dates::add_days(from, days.into());
    b.deadline_note = b.claim_deadline.map(|d| match hh.death_registration_date {
        Some(_) => Text::new(
            format!("Peça até {}: {days} dias seguidos a contar do registo do óbito.", dates::format_pt(d)),
            format!("Claim by {}: {days} consecutive days from the registration of the death.", dates::format_en(d)),
        ),
        None => Text::new(
            format!("Peça até {}: o prazo é de {days} dias a contar do registo do óbito; sem essa data, conta-se a partir da morte, o que dá a data mais cedo possível.", dates::format_pt(d)),
            format!("Claim by {}: the time limit is {days} days from the registration of the death; without that date it is counted from the death, which gives the earliest possible date.", dates::format_en(d)),
        ),
    });

    let code = "funeral_refund.only_without_death_grant";
    match death_grant.status {
        Status::Eligible => {
            b.not_met(code, None, "Há quem tenha direito ao subsídio por morte, que substitui o reembolso.", "Someone is entitled to the death grant, which replaces the reimbursement.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Status::NeedsInfo => {
            b.reason(
                code,
                None,
                super::report::Outcome::Missing,
                Text::new("Primeiro é preciso saber se alguém tem direito ao subsídio por morte.", "First it must be known whether anyone is entitled to the death grant."),
            )?;
            for m in &death_grant.missing {
                if !b.missing.iter().any(|x| x.field == m.field) {
                    b.missing.push(m.clone());
                }
            }
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Status::ValueUnknown => {
            // The grant is decided up to its amount: a value it lacks comes after its
            // beneficiaries were found (every earlier value dates from 1990).
            b.not_met(
                code,
                None,
                "Há quem tenha direito ao subsídio por morte (o seu valor para esta data não está na tabela), que substitui o reembolso.",
                "Someone is entitled to the death grant (its amount for this date is not in the table), which replaces the reimbursement.",
            )?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Status::NotEligible => {
            b.met(code, None, "Ninguém tem direito ao subsídio por morte.", "Nobody is entitled to the death grant.")?;
        }
    }

    let mut unknown = false;
    let scheme_code = "funeral_refund.scheme";
    let cap_param = match hh.deceased.scheme {
        None => {
            b.need(scheme_code, None, "deceased.scheme", "Em que regime de segurança social descontava o falecido?", "Which social security scheme did the deceased contribute to?")?;
            return Ok((Status::NeedsInfo, needs_info()));
        }
        Some(Scheme::None) => {
            b.not_met(scheme_code, None, "O falecido não estava inscrito num regime de segurança social.", "The deceased was not registered in a social security scheme.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(Scheme::AgriculturalSpecial) => "funeral_refund.cap_ias_multiple_agricultural",
        Some(Scheme::General) => "funeral_refund.cap_ias_multiple",
        Some(Scheme::Voluntary) => {
            // The official page speaks of the general scheme's beneficiaries; voluntary insurance
            // is covered by the same decree, so it is read as included.
            b.info(
                "funeral_refund.voluntary_scheme",
                None,
                "O falecido estava no seguro social voluntário: lê-se que o reembolso também se aplica, com o limite do regime geral.",
                "The deceased was in voluntary social insurance: the reimbursement is read as applying too, with the general scheme's cap.",
            )?;
            "funeral_refund.cap_ias_multiple"
        }
    };
    let min_months = ctx.whole("funeral_refund.min_contribution_months")?;
    match hh.deceased.contribution_months {
        None => {
            b.need(scheme_code, None, "deceased.contribution_months", "Quantos meses de descontos tinha o falecido?", "How many months of contributions did the deceased have?")?;
            unknown = true;
        }
        Some(m) if i64::from(m) < i64::from(min_months) => {
            b.not_met(
                scheme_code,
                None,
                format!("O falecido não tinha registo de descontos (segundo algumas fontes, é preciso {}).", count(min_months, "mês", "meses")),
                format!("The deceased had no contribution record ({} needed, according to some sources).", count(min_months, "month", "months")),
            )?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(m) => {
            b.met(scheme_code, None, format!("O falecido tinha {m} meses de descontos."), format!("The deceased had {m} months of contributions."))?;
        }
    }

    let funeral = hh.funeral.clone().unwrap_or_default();
    let payer_code = "funeral_refund.payer";
    if funeral.paid_by.is_none() {
        b.need(payer_code, None, "funeral.paid_by", "Quem pagou o funeral?", "Who paid for the funeral?")?;
        unknown = true;
    }
    if funeral.amount.is_none() {
        b.need(payer_code, None, "funeral.amount", "Quanto custou o funeral (total das faturas)?", "How much did the funeral cost (total of the invoices)?")?;
        unknown = true;
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    let (Some(payer), Some(spent)) = (funeral.paid_by, funeral.amount) else {
        return Ok((Status::NeedsInfo, needs_info()));
    };
    if spent.decimal().is_zero() {
        b.not_met(payer_code, None, "Não foram indicadas despesas de funeral.", "No funeral expenses were given.")?;
        return Ok((Status::NotEligible, not_eligible()));
    }
    let payer_id = match &payer {
        Payer::Person(id) => id.clone(),
        Payer::Other => "other".to_string(),
    };
    let payer_name = hh.people.iter().find(|p| p.id == payer_id).map_or_else(
        || ("quem pagou".to_string(), "the person who paid".to_string()),
        |p| (p.label().to_string(), p.label().to_string()),
    );
    b.met(
        payer_code,
        Some(&payer_id),
        format!("O funeral foi pago por {}: {}. Guarde a fatura e o recibo originais.", payer_name.0, spent.format_pt()),
        format!("The funeral was paid by {}: {}. Keep the original invoice and receipt.", payer_name.1, spent.format_en()),
    )?;
    let ias = ctx.eur("ias")?;
    let multiple = ctx.num(cap_param)?;
    let cap = ias.times(multiple);
    b.step(
        &["ias", cap_param],
        format!("Limite: {} × IAS {} = {}", factor_pt(multiple), ias.format_pt(), cap.format_pt()),
        format!("Cap: {} × IAS {} = {}", factor_en(multiple), ias.format_en(), cap.format_en()),
    );
    let amount = spent.min(cap);
    b.step(
        &[],
        format!("Reembolso: o menor entre {} e {} = {}", spent.format_pt(), cap.format_pt(), amount.format_pt()),
        format!("Reimbursement: the lower of {} and {} = {}", spent.format_en(), cap.format_en(), amount.format_en()),
    );
    b.met(
        "funeral_refund.cap",
        None,
        format!("São reembolsadas as despesas efetivas até {}.", cap.format_pt()),
        format!("Actual expenses are reimbursed up to {}.", cap.format_en()),
    )?;
    b.info(
        "funeral_refund.deadline",
        None,
        format!("O prazo é de {days} dias seguidos a contar do registo do óbito."),
        format!("The time limit is {days} consecutive days from the registration of the death."),
    )?;
    b.awards.push(Award::once(payer_id, amount));
    let headline = Text::new(
        format!("Provável direito: reembolso de {} a quem pagou o funeral.", amount.format_pt()),
        format!("Likely entitled: {} back to whoever paid the funeral.", amount.format_en()),
    );
    Ok((Status::Eligible, headline))
}

fn not_eligible() -> Text {
    Text::new("Sem direito provável ao reembolso das despesas de funeral.", "Probably not entitled to the reimbursement of funeral expenses.")
}

fn needs_info() -> Text {
    Text::new("Faltam respostas para decidir o reembolso das despesas de funeral.", "More answers are needed to decide the reimbursement of funeral expenses.")
}
