//! The answers' JSON keys (with their names in both languages, for error messages) and the
//! accepted text values of each choice.

use super::answers::*;

pub struct FieldSpec {
    pub key: &'static str,
    pub pt: &'static str,
    pub en: &'static str,
    pub required: bool,
}

pub const FIELDS: &[FieldSpec] = &[
    FieldSpec { key: "nationality_group", pt: "grupo de nacionalidade", en: "nationality group", required: true },
    FieldSpec {
        key: "has_pt_citizen_card",
        pt: "tem Cartão de Cidadão português",
        en: "has a Portuguese Citizen Card",
        required: true,
    },
    FieldSpec { key: "has_pt_address", pt: "tem morada em Portugal", en: "has a Portuguese address", required: true },
    FieldSpec { key: "residence_status", pt: "situação de residência", en: "residence status", required: true },
    FieldSpec { key: "work_situation", pt: "situação de trabalho", en: "work situation", required: true },
    FieldSpec { key: "needed_for", pt: "para que precisa do NISS", en: "why the NISS is needed", required: true },
    FieldSpec { key: "had_niss_before", pt: "já teve NISS", en: "had a NISS before", required: true },
    FieldSpec {
        key: "passport_or_name_changed",
        pt: "mudou de passaporte ou de nome",
        en: "passport or name changed",
        required: true,
    },
    FieldSpec { key: "filed_by", pt: "quem faz o pedido", en: "who files", required: true },
    FieldSpec {
        key: "filing_for_family_member",
        pt: "pedido para um familiar",
        en: "filing for a family member",
        required: false,
    },
    FieldSpec {
        key: "wants_combined_service",
        pt: "quer usar o serviço conjunto",
        en: "wants the combined service",
        required: false,
    },
    FieldSpec {
        key: "address_changed",
        pt: "a morada mudou",
        en: "the address changed",
        required: false,
    },
    FieldSpec {
        key: "niss_requested",
        pt: "já pediu o NISS",
        en: "already requested the NISS",
        required: false,
    },
    FieldSpec { key: "portal_message", pt: "mensagem do portal", en: "portal message", required: false },
    FieldSpec { key: "portal_messages", pt: "mensagens do portal", en: "portal messages", required: false },
    FieldSpec { key: "typed_niss", pt: "NISS escrito", en: "typed NISS", required: false },
    FieldSpec { key: "typed_nif", pt: "NIF escrito", en: "typed NIF", required: false },
    FieldSpec { key: "name", pt: "nome", en: "name", required: false },
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
