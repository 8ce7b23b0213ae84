//! Funeral allowance (subsídio de funeral): a fixed lump sum, from the non-contributory
//! family-protection system, to a resident who paid a funeral.

use super::context::{Builder, Ctx, Decision, Res, run};
use super::input::{DeathCause, Household, Payer};
use super::report::{Award, Benefit, BenefitResult, Outcome, Status};
use crate::dates;
use crate::text::Text;

pub(crate) fn evaluate(ctx: &Ctx, hh: &Household, death_grant: &BenefitResult, refund: &BenefitResult) -> Res<BenefitResult> {
    run(ctx, Benefit::FuneralAllowance, |b| decide(b, hh, death_grant, refund))
}

fn decide(b: &mut Builder, hh: &Household, death_grant: &BenefitResult, refund: &BenefitResult) -> Res<Decision> {
    let ctx = b.ctx;
    b.set_form("form.funeral_allowance")?;
    if hh.deceased.death_cause == Some(DeathCause::Accident) {
        b.add_extra_form("form.third_party_liability")?;
    }
    let window = ctx.whole("funeral_allowance.claim_window_months")?;
    b.claim_deadline = dates::end_of_months_after_month_of(hh.death_date, window);
    b.deadline_note = b.claim_deadline.map(|d| {
        Text::new(
            format!("Peça até {}: {window} meses a contar do 1.º dia do mês seguinte à morte.", dates::format_pt(d)),
            format!("Claim by {}: {window} months from the 1st day of the month after the death.", dates::format_en(d)),
        )
    });

    let code = "funeral_allowance.not_cumulable";
    for (other, pt, en) in [(death_grant, "subsídio por morte", "death grant"), (refund, "reembolso das despesas de funeral", "reimbursement of funeral expenses")] {
        match other.status {
            Status::Eligible => {
                b.not_met(
                    code,
                    None,
                    format!("Há direito provável ao {pt}, que não se acumula com o subsídio de funeral."),
                    format!("The {en} is likely due, and it cannot be combined with the funeral allowance."),
                )?;
                return Ok((Status::NotEligible, not_eligible()));
            }
            Status::NeedsInfo => {
                b.reason(
                    code,
                    None,
                    Outcome::Missing,
                    Text::new(format!("Primeiro é preciso decidir o {pt}."), format!("The {en} must be decided first.")),
                )?;
                for m in &other.missing {
                    if !b.missing.iter().any(|x| x.field == m.field) {
                        b.missing.push(m.clone());
                    }
                }
                return Ok((Status::NeedsInfo, needs_info()));
            }
            Status::ValueUnknown if other.benefit == super::report::Benefit::DeathGrant => {
                b.not_met(
                    code,
                    None,
                    "Há quem tenha direito ao subsídio por morte (o seu valor para esta data não está na tabela), que não se acumula com o subsídio de funeral.",
                    "Someone is entitled to the death grant (its amount for this date is not in the table), and it cannot be combined with the funeral allowance.",
                )?;
                return Ok((Status::NotEligible, not_eligible()));
            }
            Status::ValueUnknown => {
                b.reason(
                    code,
                    None,
                    Outcome::Missing,
                    Text::new(
                        format!("O {pt} não pôde ser estimado para esta data, e este subsídio depende dele."),
                        format!("The {en} could not be estimated for this date, and this allowance depends on it."),
                    ),
                )?;
                if let Some(u) = &other.unknown_value {
                    return Err(u.lookup_error(hh.death_date));
                }
            }
            Status::NotEligible => {}
        }
    }
    b.met(
        code,
        None,
        "Não há direito ao subsídio por morte nem ao reembolso das despesas de funeral.",
        "There is no entitlement to the death grant or the reimbursement of funeral expenses.",
    )?;

    let mut unknown = false;
    match hh.deceased.resident {
        None => {
            b.need("funeral_allowance.deceased_resident", None, "deceased.resident", "O falecido residia em Portugal?", "Did the deceased live in Portugal?")?;
            unknown = true;
        }
        Some(false) => {
            b.not_met("funeral_allowance.deceased_resident", None, "O falecido não residia em Portugal.", "The deceased did not live in Portugal.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met("funeral_allowance.deceased_resident", None, "O falecido residia em Portugal.", "The deceased lived in Portugal.")?,
    }
    let funeral = hh.funeral.clone().unwrap_or_default();
    let code = "funeral_allowance.payer";
    let payer_id = match &funeral.paid_by {
        None => {
            b.need(code, None, "funeral.paid_by", "Quem pagou o funeral?", "Who paid for the funeral?")?;
            unknown = true;
            None
        }
        Some(Payer::Person(id)) => Some(id.clone()),
        Some(Payer::Other) => Some("other".to_string()),
    };
    match funeral.amount {
        None => {
            b.need(code, None, "funeral.amount", "Quanto custou o funeral (total das faturas)?", "How much did the funeral cost (total of the invoices)?")?;
            unknown = true;
        }
        Some(a) if a.decimal().is_zero() => {
            b.not_met(code, None, "Não foram indicadas despesas de funeral pagas.", "No funeral expenses paid were given.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(_) => {}
    }
    let payer_resident = match &funeral.paid_by {
        Some(Payer::Person(id)) => {
            let found = hh.people.iter().enumerate().find(|(_, p)| &p.id == id);
            match found {
                Some((idx, p)) => {
                    if p.resident.is_none() {
                        b.need(code, Some(id), super::family::field(idx, "resident"), "Quem pagou o funeral reside em Portugal?", "Does the person who paid the funeral live in Portugal?")?;
                    }
                    p.resident
                }
                None => None,
            }
        }
        Some(Payer::Other) => {
            if funeral.payer_resident.is_none() {
                b.need(code, None, "funeral.payer_resident", "Quem pagou o funeral reside em Portugal?", "Does the person who paid the funeral live in Portugal?")?;
            }
            funeral.payer_resident
        }
        None => None,
    };
    match payer_resident {
        None => unknown = true,
        Some(false) => {
            b.not_met(code, payer_id.as_deref(), "Quem pagou o funeral não reside em Portugal.", "The person who paid the funeral does not live in Portugal.")?;
            return Ok((Status::NotEligible, not_eligible()));
        }
        Some(true) => b.met(
            code,
            payer_id.as_deref(),
            "Quem pagou o funeral reside em Portugal; tem de provar o pagamento (recibo original da agência funerária).",
            "The person who paid the funeral lives in Portugal; they must prove the payment (the funeral agency's original receipt).",
        )?,
    }
    if unknown {
        return Ok((Status::NeedsInfo, needs_info()));
    }
    let Some(payer_id) = payer_id else {
        return Ok((Status::NeedsInfo, needs_info()));
    };
    let amount = ctx.eur("funeral_allowance.amount")?;
    b.step(
        &["funeral_allowance.amount"],
        format!("Montante fixo em {}: {}", hh.death_date.year(), amount.format_pt()),
        format!("Fixed amount in {}: {}", hh.death_date.year(), amount.format_en()),
    );
    b.met("funeral_allowance.fixed_amount", None, format!("O subsídio de funeral é de {}.", amount.format_pt()), format!("The funeral allowance is {}.", amount.format_en()))?;
    b.awards.push(Award::once(payer_id, amount));
    let headline = Text::new(
        format!("Provável direito: {} de uma só vez a quem pagou o funeral.", amount.format_pt()),
        format!("Likely entitled: {} once, to whoever paid the funeral.", amount.format_en()),
    );
    Ok((Status::Eligible, headline))
}

fn not_eligible() -> Text {
    Text::new("Sem direito provável ao subsídio de funeral.", "Probably not entitled to the funeral allowance.")
}

fn needs_info() -> Text {
    Text::new("Faltam respostas para decidir o subsídio de funeral.", "More answers are needed to decide the funeral allowance.")
}
