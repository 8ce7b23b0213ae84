//! Answers that cannot all be true get a question back (code `contradiction`), one error per
//! field involved, instead of a silent pick.

use super::answers::{Filer, HadNiss, NationalityGroup, NeededFor, NissAnswers, PortalMessage, WorkSituation};
use crate::error::{InputError, InputErrors};

fn contradiction(errs: &mut InputErrors, fields: &[&str], pt: &str, en: &str) {
    for f in fields {
        errs.push(InputError::new(*f, "contradiction", pt, en));
    }
}

fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// Answers that cannot all be true get a question back, one error per field involved (code
/// `contradiction`), instead of a silent pick.
pub fn check_consistency(a: &NissAnswers) -> Result<(), InputErrors> {
    let mut errs = InputErrors::default();
    let never = a.had_niss_before == HadNiss::No;
    let said = |m: PortalMessage| a.portal_messages.contains(&m);
    if never && said(PortalMessage::NissInvalid) {
        contradiction(
            &mut errs,
            &["had_niss_before", "portal_messages"],
            "Respondeu que nunca teve NISS (had_niss_before), mas que o portal diz que o seu NISS é inválido (portal_messages). Já teve um NISS, mesmo de outra época ou dado por um empregador? Corrija uma das duas respostas.",
            "You answered that you never had a NISS (had_niss_before), but that the portal says your NISS is invalid (portal_messages). Did you ever have a NISS, even from an earlier period or given by an employer? Please correct one of the two answers.",
        );
    }
    if never && filled(&a.typed_niss) {
        contradiction(
            &mut errs,
            &["typed_niss", "had_niss_before"],
            "Escreveu um NISS (typed_niss), mas respondeu que nunca teve NISS (had_niss_before). De quem é esse número? Se é seu, responda que já teve NISS; se não é, apague-o.",
            "You typed a NISS (typed_niss), but answered that you never had one (had_niss_before). Whose number is it? If it is yours, answer that you had a NISS; if not, remove it.",
        );
    }
    if a.has_pt_citizen_card && never {
        contradiction(
            &mut errs,
            &["has_pt_citizen_card", "had_niss_before"],
            "Respondeu que tem Cartão de Cidadão português (has_pt_citizen_card) e que nunca teve NISS (had_niss_before). O Cartão de Cidadão traz o número de Segurança Social no verso. Tem mesmo Cartão de Cidadão (e não um título de residência)?",
            "You answered that you hold a Portuguese Citizen Card (has_pt_citizen_card) and never had a NISS (had_niss_before). The Citizen Card carries the social security number on its back. Do you really hold a Citizen Card (and not a residence card)?",
        );
    }
    if a.nationality_group == NationalityGroup::UkraineTemporaryProtection && a.wants_combined_service {
        contradiction(
            &mut errs,
            &["nationality_group", "wants_combined_service"],
            "Respondeu que tem proteção temporária da Ucrânia (nationality_group) e que quer usar o serviço conjunto NIF + NISS + SNS (wants_combined_service). Esse serviço exclui quem tem proteção temporária, porque os números vêm com a declaração de proteção. Tem proteção temporária, ou outro estatuto?",
            "You answered that you hold temporary protection from Ukraine (nationality_group) and want the combined NIF + NISS + SNS service (wants_combined_service). That service excludes temporary-protection holders, because their numbers come with the protection declaration. Do you hold temporary protection, or another status?",
        );
    }
    if a.filed_by == Filer::Employer && !a.work_situation.is_employee() {
        contradiction(
            &mut errs,
            &["filed_by", "work_situation"],
            "Respondeu que é a entidade empregadora que faz o pedido (filed_by), mas a sua situação de trabalho não é a de trabalhador por conta de outrem (work_situation). O empregador só pode pedir o NISS quando há uma relação de trabalho. Qual das respostas está certa?",
            "You answered that the employer files the request (filed_by), but your work situation is not employment (work_situation). An employer can only request the NISS when there is an employment relationship. Which answer is right?",
        );
    }
    if said(PortalMessage::EmployerRequiresNiss) && !a.work_situation.is_employee() {
        contradiction(
            &mut errs,
            &["portal_messages", "work_situation"],
            "Respondeu que um empregador exige o NISS antes do contrato (portal_messages), mas a sua situação de trabalho não é a de trabalhador por conta de outrem (work_situation). Tem uma oferta de emprego? Nesse caso, escolha «trabalhador sem contrato assinado»; se não, apague a mensagem.",
            "You answered that an employer requires the NISS before the contract (portal_messages), but your work situation is not employment (work_situation). Do you have a job offer? If so, choose \"employee without a signed contract\"; if not, remove the message.",
        );
    }
    if a.work_situation == WorkSituation::NotWorking && a.needed_for == NeededFor::Job {
        contradiction(
            &mut errs,
            &["work_situation", "needed_for"],
            "Respondeu que não trabalha (work_situation) e que precisa do NISS para um emprego (needed_for). Já tem uma oferta ou um contrato? Nesse caso, escolha «trabalhador» com ou sem contrato assinado; se ainda procura emprego, escolha outro motivo.",
            "You answered that you are not working (work_situation) and that you need the NISS for a job (needed_for). Do you already have an offer or a contract? If so, choose \"employee\" with or without a signed contract; if you are still looking for work, choose another reason.",
        );
    }
    errs.into_result()
}
