//! The small vocabulary of conditions the catalogue uses (`only_if`), evaluated on the answers.
//! All conditions in a list must hold.

use super::answers::{Filer, NationalityGroup, NeededFor, NissAnswers, PortalMessage, ResidenceStatus, WorkSituation};
use super::checkers::check_niss;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Never had a NISS and is not under temporary protection (whose declaration carries one).
    NoNissYet,
    HadNiss,
    /// Had a NISS, or holds temporary protection (the number is on the declaration).
    HasNissNow,
    /// Nationality group `other` or `cplp`.
    ThirdCountry,
    Eu,
    TemporaryProtection,
    NotTemporaryProtection,
    SignedContract,
    NoSignedContract,
    WithActivity,
    NoActivity,
    Employee,
    Independent,
    DigitalNomad,
    NotWorking,
    FiledBySelf,
    FiledByEmployer,
    FiledByRepresentative,
    NeededForAima,
    /// AIMA is part of the problem: needed for an AIMA renewal, or a portal message AIMA shows.
    AimaInvolved,
    IdentityChanged,
    /// A third-country national with no residence title, receipt, visa or protection status.
    NoResidenceEvidence,
    TypedNissFailsCheck,
    /// No NISS was typed, or the typed one passes the check.
    TypedNissNotFailing,
    HasCitizenCard,
    ForFamilyMember,
}

/// Facts derived once from the answers.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub answers: &'a NissAnswers,
    pub typed_niss_fails: bool,
}

impl<'a> Facts<'a> {
    pub fn new(answers: &'a NissAnswers) -> Self {
        let typed_niss_fails = answers.typed_niss.as_deref().is_some_and(|n| !check_niss(n).valid);
        Facts { answers, typed_niss_fails }
    }

    pub fn is_tp(&self) -> bool {
        self.answers.nationality_group == NationalityGroup::UkraineTemporaryProtection
    }

    pub fn holds(&self, c: Condition) -> bool {
        let a = self.answers;
        match c {
            Condition::NoNissYet => !a.had_niss_before && !self.is_tp(),
            Condition::HadNiss => a.had_niss_before,
            Condition::HasNissNow => a.had_niss_before || self.is_tp(),
            Condition::ThirdCountry => matches!(a.nationality_group, NationalityGroup::Other | NationalityGroup::Cplp),
            Condition::Eu => a.nationality_group == NationalityGroup::Eu,
            Condition::TemporaryProtection => self.is_tp(),
            Condition::NotTemporaryProtection => !self.is_tp(),
            Condition::SignedContract => a.work_situation == WorkSituation::EmployeeSignedContract,
            Condition::NoSignedContract => a.work_situation == WorkSituation::EmployeeNoContract,
            Condition::WithActivity => a.work_situation == WorkSituation::IndependentWithActivity,
            Condition::NoActivity => a.work_situation == WorkSituation::IndependentNoActivity,
            Condition::Employee => a.work_situation.is_employee(),
            Condition::Independent => {
                matches!(
                    a.work_situation,
                    WorkSituation::IndependentWithActivity | WorkSituation::IndependentNoActivity
                )
            }
            Condition::DigitalNomad => a.work_situation == WorkSituation::ForeignEmployer,
            Condition::NotWorking => a.work_situation == WorkSituation::NotWorking,
            Condition::FiledBySelf => a.filed_by == Filer::SelfFiling,
            Condition::FiledByEmployer => a.filed_by == Filer::Employer,
            Condition::FiledByRepresentative => a.filed_by == Filer::Representative,
            Condition::NeededForAima => a.needed_for == NeededFor::AimaRenewal,
            Condition::AimaInvolved => {
                a.needed_for == NeededFor::AimaRenewal
                    || matches!(
                        a.portal_message,
                        Some(
                            PortalMessage::NissMissing
                                | PortalMessage::NissInvalid
                                | PortalMessage::DataCannotBeUpdated
                        )
                    )
            }
            Condition::IdentityChanged => a.passport_or_name_changed,
            Condition::NoResidenceEvidence => {
                self.holds(Condition::ThirdCountry) && a.residence_status == ResidenceStatus::None
            }
            Condition::TypedNissFailsCheck => self.typed_niss_fails,
            Condition::TypedNissNotFailing => !self.typed_niss_fails,
            Condition::HasCitizenCard => a.has_pt_citizen_card,
            Condition::ForFamilyMember => a.filing_for_family_member,
        }
    }

    pub fn all(&self, conds: &[Condition]) -> bool {
        conds.iter().all(|c| self.holds(*c))
    }
}
