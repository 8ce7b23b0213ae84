//! Answers that cannot all be true get a question back (code `contradiction`), one error per
//! field involved, instead of a silent pick.

use super::answers::{Filer, HadNiss, NationalityGroup, NeededFor, NissAnswers, PortalMessage, WorkSituation};
use crate::error::{InputError, InputErrors};
use crate::message::Msg;
use crate::msg;

/// The question back (`error-contradiction-…`), on each field involved.
fn contradiction(errs: &mut InputErrors, fields: &[&str], question: Msg) {
    for f in fields {
        errs.push(InputError::new(*f, "contradiction", question.clone()));
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
        contradiction(&mut errs, &["had_niss_before", "portal_messages"], msg!("error-contradiction-never_had_but_invalid"));
    }
    if never && filled(&a.typed_niss) {
        contradiction(&mut errs, &["typed_niss", "had_niss_before"], msg!("error-contradiction-typed_but_never_had"));
    }
    if a.has_pt_citizen_card && never {
        contradiction(&mut errs, &["has_pt_citizen_card", "had_niss_before"], msg!("error-contradiction-citizen_card_but_never_had"));
    }
    if a.nationality_group == NationalityGroup::UkraineTemporaryProtection && a.wants_combined_service {
        contradiction(&mut errs, &["nationality_group", "wants_combined_service"], msg!("error-contradiction-protection_and_combined"));
    }
    if a.filed_by == Filer::Employer && !a.work_situation.is_employee() {
        contradiction(&mut errs, &["filed_by", "work_situation"], msg!("error-contradiction-employer_but_not_employee"));
    }
    if said(PortalMessage::EmployerRequiresNiss) && !a.work_situation.is_employee() {
        contradiction(&mut errs, &["portal_messages", "work_situation"], msg!("error-contradiction-employer_requires_but_not_employee"));
    }
    if a.work_situation == WorkSituation::NotWorking && a.needed_for == NeededFor::Job {
        contradiction(&mut errs, &["work_situation", "needed_for"], msg!("error-contradiction-not_working_but_job"));
    }
    errs.into_result()
}
