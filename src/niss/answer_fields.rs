//! The answers' JSON keys (named in error messages by `error-answer-<key>`, errors.ftl) and the
//! accepted text values of each choice.

use super::answers::*;

/// An answer's key; its name in error messages is the message `error-answer-<key>`
/// ([`answer_label`]).
pub struct FieldSpec {
    pub key: &'static str,
    pub required: bool,
}

/// How an error message names the answer `key` ("já teve NISS", "had a NISS before").
pub fn answer_label(key: &str) -> crate::message::Msg {
    crate::message::Msg::code(format!("error-answer-{key}"))
}

pub const FIELDS: &[FieldSpec] = &[
    FieldSpec { key: "nationality_group", required: true },
    FieldSpec { key: "has_pt_citizen_card", required: true },
    FieldSpec { key: "has_pt_address", required: true },
    FieldSpec { key: "residence_status", required: true },
    FieldSpec { key: "work_situation", required: true },
    FieldSpec { key: "needed_for", required: true },
    FieldSpec { key: "had_niss_before", required: true },
    FieldSpec { key: "passport_or_name_changed", required: true },
    FieldSpec { key: "filed_by", required: true },
    FieldSpec { key: "filing_for_family_member", required: false },
    FieldSpec { key: "wants_combined_service", required: false },
    FieldSpec { key: "address_changed", required: false },
    FieldSpec { key: "niss_requested", required: false },
    FieldSpec { key: "portal_message", required: false },
    FieldSpec { key: "portal_messages", required: false },
    FieldSpec { key: "typed_niss", required: false },
    FieldSpec { key: "typed_nif", required: false },
    FieldSpec { key: "name", required: false },
];

pub const NATIONALITY: &[(&str, NationalityGroup)] = &[
    ("eu", NationalityGroup::Eu),
    ("cplp", NationalityGroup::Cplp),
    ("other", NationalityGroup::Other),
    ("ukraine_temporary_protection", NationalityGroup::UkraineTemporaryProtection),
];
pub const RESIDENCE: &[(&str, ResidenceStatus)] = &[
    ("title", ResidenceStatus::Title),
    ("pending_with_receipt", ResidenceStatus::PendingWithReceipt),
    ("visa", ResidenceStatus::Visa),
    ("international_protection", ResidenceStatus::InternationalProtection),
    ("none", ResidenceStatus::None),
];
pub const WORK: &[(&str, WorkSituation)] = &[
    ("employee_signed_contract", WorkSituation::EmployeeSignedContract),
    ("employee_no_contract", WorkSituation::EmployeeNoContract),
    ("independent_with_activity", WorkSituation::IndependentWithActivity),
    ("independent_no_activity", WorkSituation::IndependentNoActivity),
    ("company_officer", WorkSituation::CompanyOfficer),
    ("foreign_employer", WorkSituation::ForeignEmployer),
    ("voluntary_insurance", WorkSituation::VoluntaryInsurance),
    ("not_working", WorkSituation::NotWorking),
];
pub const NEEDED: &[(&str, NeededFor)] = &[
    ("job", NeededFor::Job),
    ("aima_renewal", NeededFor::AimaRenewal),
    ("benefit", NeededFor::Benefit),
    ("other", NeededFor::Other),
];
pub const FILER: &[(&str, Filer)] =
    &[("self", Filer::SelfFiling), ("employer", Filer::Employer), ("representative", Filer::Representative)];
pub const PORTAL: &[(&str, PortalMessage)] = &[
    ("niss_missing", PortalMessage::NissMissing),
    ("niss_invalid", PortalMessage::NissInvalid),
    ("data_cannot_be_updated", PortalMessage::DataCannotBeUpdated),
    ("documents_insufficient", PortalMessage::DocumentsInsufficient),
    ("employer_requires_niss", PortalMessage::EmployerRequiresNiss),
    ("employer_asks_for_niss", PortalMessage::EmployerAsksForNiss),
];
pub const HAD_NISS: &[(&str, HadNiss)] = &[("yes", HadNiss::Yes), ("no", HadNiss::No), ("dont_know", HadNiss::DontKnow)];
