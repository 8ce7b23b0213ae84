//! The small vocabulary of conditions the catalogue uses (`only_if`), evaluated on the answers.
//! All conditions in a list must hold.

use super::answers::{
    Filer, HadNiss, NationalityGroup, NeededFor, NissAnswers, PortalMessage, ResidenceStatus, WorkSituation,
};
use super::checkers::{GENERIC_CONSUMER_NIF, check_nif, check_niss};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Never had a NISS (answered "no") and is not under temporary protection.
    NoNissYet,
    /// Answered "yes" (or holds a Citizen Card, which carries the NISS).
    HadNiss,
    /// Answered "I don't know" (and is not under temporary protection).
    NissUnknown,
    /// No NISS known to exist: "no" or "I don't know", not under temporary protection.
    NoNissKnown,
    /// Had a NISS, or holds temporary protection (the number is on the declaration).
    HasNissNow,
    /// Nationality group `other` or `cplp`.
    ThirdCountry,
    Eu,
    Cplp,
    TemporaryProtection,
    NotTemporaryProtection,
    SignedContract,
    NoSignedContract,
    WithActivity,
    NoActivity,
    Employee,
    Independent,
    DigitalNomad,
    VoluntaryInsurance,
    NotVoluntaryInsurance,
    NotWorking,
    /// The evidence of the work situation exists already (not an employee without a signed
    /// contract, not a self-employed person without a registered activity).
    WorkEvidenceHeld,
    FiledBySelf,
    FiledByEmployer,
    FiledByRepresentative,
    NeededForAima,
    /// AIMA is part of the problem: needed for an AIMA renewal, or a portal message AIMA shows.
    AimaInvolved,
    NotAimaInvolved,
    IdentityChanged,
    AddressChanged,
    AddressNotChanged,
    /// A NISS request exists: the person said so, or Social Security already answered one.
    RequestFiled,
    NoRequestYet,
    /// The combined Espaço Cidadão service is *the* route: wanted, eligible, no NISS known,
    /// no request filed.
    CombinedRoute,
    NotCombinedRoute,
    /// An ordinary Social Security request may be needed: no NISS known, not temporary
    /// protection, not the combined route.
    NeedsSsRequest,
    /// The opposite: a NISS is held (or on the declaration), or the combined route gives it.
    NoSsRequestNeeded,
    /// A third-country national with no residence title, receipt, visa or protection status.
    NoResidenceEvidence,
    TypedNissFailsCheck,
    /// No NISS was typed, or the typed one passes the check.
    TypedNissNotFailing,
    /// The typed NIF is 999999990, the generic "final consumer" number.
    TypedNifGeneric,
    /// A NIF was typed that is not a person's valid number (and is not the generic one).
    TypedNifNotPersonal,
    HasCitizenCard,
    ForFamilyMember,
    MsgNissMissing,
    MsgNissInvalid,
    MsgDataCannotBeUpdated,
    MsgDocumentsInsufficient,
    /// The employer refuses, or asks for the NISS (either employer message).
    MsgEmployer,
}

/// Facts derived once from the answers.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub answers: &'a NissAnswers,
    pub typed_niss_fails: bool,
    pub typed_nif_generic: bool,
    pub typed_nif_not_personal: bool,
    /// Every condition of the combined service holds (computed by `combined_service`).
    pub combined_eligible: bool,
}

impl<'a> Facts<'a> {
    pub fn new(answers: &'a NissAnswers) -> Self {
        let typed_niss_fails = answers.typed_niss.as_deref().is_some_and(|n| !check_niss(n).valid);
        let nif = answers.typed_nif.as_deref().map(check_nif);
        let typed_nif_generic = nif.as_ref().is_some_and(|c| c.normalized.as_deref() == Some(GENERIC_CONSUMER_NIF));
        let typed_nif_not_personal = !typed_nif_generic && nif.as_ref().is_some_and(|c| !(c.valid && c.person));
        let combined_eligible = super::catalogue::SERVICE_CONDITION_IDS
            .iter()
            .all(|id| super::combined_service::condition_met(id, answers));
        Facts { answers, typed_niss_fails, typed_nif_generic, typed_nif_not_personal, combined_eligible }
    }

    pub fn is_tp(&self) -> bool {
        self.answers.nationality_group == NationalityGroup::UkraineTemporaryProtection
    }

    /// The answer to "did you ever have a NISS?", with a Citizen Card counting as "yes".
    pub fn had(&self) -> HadNiss {
        if self.answers.has_pt_citizen_card { HadNiss::Yes } else { self.answers.had_niss_before }
    }

    pub fn said(&self, m: PortalMessage) -> bool {
        self.answers.portal_messages.contains(&m)
    }

    fn request_filed(&self) -> bool {
        self.answers.niss_requested || self.said(PortalMessage::DocumentsInsufficient)
    }

    fn no_niss_known(&self) -> bool {
        self.had() != HadNiss::Yes && !self.is_tp()
    }

    fn combined_route(&self) -> bool {
        self.answers.wants_combined_service && self.combined_eligible && self.no_niss_known() && !self.request_filed()
    }

    pub fn holds(&self, c: Condition) -> bool {
        let a = self.answers;
        match c {
            Condition::NoNissYet => self.had() == HadNiss::No && !self.is_tp(),
            Condition::HadNiss => self.had() == HadNiss::Yes,
            Condition::NissUnknown => self.had() == HadNiss::DontKnow && !self.is_tp(),
            Condition::NoNissKnown => self.no_niss_known(),
            Condition::HasNissNow => self.had() == HadNiss::Yes || self.is_tp(),
            Condition::ThirdCountry => matches!(a.nationality_group, NationalityGroup::Other | NationalityGroup::Cplp),
            Condition::Eu => a.nationality_group == NationalityGroup::Eu,
            Condition::Cplp => a.nationality_group == NationalityGroup::Cplp,
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
            Condition::VoluntaryInsurance => a.work_situation == WorkSituation::VoluntaryInsurance,
            Condition::NotVoluntaryInsurance => a.work_situation != WorkSituation::VoluntaryInsurance,
            Condition::NotWorking => a.work_situation == WorkSituation::NotWorking,
            Condition::WorkEvidenceHeld => !matches!(
                a.work_situation,
                WorkSituation::EmployeeNoContract | WorkSituation::IndependentNoActivity
            ),
            Condition::FiledBySelf => a.filed_by == Filer::SelfFiling,
            Condition::FiledByEmployer => a.filed_by == Filer::Employer,
            Condition::FiledByRepresentative => a.filed_by == Filer::Representative,
            Condition::NeededForAima => a.needed_for == NeededFor::AimaRenewal,
            Condition::AimaInvolved => self.aima_involved(),
            Condition::NotAimaInvolved => !self.aima_involved(),
            Condition::IdentityChanged => a.passport_or_name_changed,
            Condition::AddressChanged => a.address_changed,
            Condition::AddressNotChanged => !a.address_changed,
            Condition::RequestFiled => self.request_filed(),
            Condition::NoRequestYet => !self.request_filed(),
            Condition::CombinedRoute => self.combined_route(),
            Condition::NotCombinedRoute => !self.combined_route(),
            Condition::NeedsSsRequest => self.no_niss_known() && !self.combined_route(),
            Condition::NoSsRequestNeeded => !self.no_niss_known() || self.combined_route(),
            Condition::NoResidenceEvidence => {
                self.holds(Condition::ThirdCountry) && a.residence_status == ResidenceStatus::None
            }
            Condition::TypedNissFailsCheck => self.typed_niss_fails,
            Condition::TypedNissNotFailing => !self.typed_niss_fails,
            Condition::TypedNifGeneric => self.typed_nif_generic,
            Condition::TypedNifNotPersonal => self.typed_nif_not_personal,
            Condition::HasCitizenCard => a.has_pt_citizen_card,
            Condition::ForFamilyMember => a.filing_for_family_member,
            Condition::MsgNissMissing => self.said(PortalMessage::NissMissing),
            Condition::MsgNissInvalid => self.said(PortalMessage::NissInvalid),
            Condition::MsgDataCannotBeUpdated => self.said(PortalMessage::DataCannotBeUpdated),
            Condition::MsgDocumentsInsufficient => self.said(PortalMessage::DocumentsInsufficient),
            Condition::MsgEmployer => a.portal_messages.iter().any(|m| m.is_employer()),
        }
    }

    fn aima_involved(&self) -> bool {
        self.answers.needed_for == NeededFor::AimaRenewal
            || self.said(PortalMessage::NissMissing)
            || self.said(PortalMessage::NissInvalid)
            || self.said(PortalMessage::DataCannotBeUpdated)
    }

    pub fn all(&self, conds: &[Condition]) -> bool {
        conds.iter().all(|c| self.holds(*c))
    }
}
