//! The advisor's typed answers. Parsing them from JSON, with one error per field, is in
//! `parse.rs`; the check that turns contradictory answers into a question back is in
//! `consistency.rs`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NationalityGroup {
    Eu,
    Cplp,
    Other,
    UkraineTemporaryProtection,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResidenceStatus {
    /// A residence title or authorisation (or, for EU citizens, the registration certificate).
    Title,
    /// An application for a residence authorisation, with the AIMA receipt.
    PendingWithReceipt,
    /// A residence visa.
    Visa,
    /// International-protection applicant, refugee or beneficiary (not temporary protection).
    InternationalProtection,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkSituation {
    EmployeeSignedContract,
    EmployeeNoContract,
    IndependentWithActivity,
    IndependentNoActivity,
    CompanyOfficer,
    ForeignEmployer,
    VoluntaryInsurance,
    NotWorking,
}

impl WorkSituation {
    pub fn is_employee(self) -> bool {
        matches!(self, WorkSituation::EmployeeSignedContract | WorkSituation::EmployeeNoContract)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NeededFor {
    Job,
    AimaRenewal,
    Benefit,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Filer {
    #[serde(rename = "self")]
    SelfFiling,
    Employer,
    Representative,
}

impl Filer {
    pub fn as_str(self) -> &'static str {
        match self {
            Filer::SelfFiling => "self",
            Filer::Employer => "employer",
            Filer::Representative => "representative",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortalMessage {
    NissMissing,
    NissInvalid,
    DataCannotBeUpdated,
    DocumentsInsufficient,
    EmployerRequiresNiss,
}

impl PortalMessage {
    pub fn as_str(self) -> &'static str {
        match self {
            PortalMessage::NissMissing => "niss_missing",
            PortalMessage::NissInvalid => "niss_invalid",
            PortalMessage::DataCannotBeUpdated => "data_cannot_be_updated",
            PortalMessage::DocumentsInsufficient => "documents_insufficient",
            PortalMessage::EmployerRequiresNiss => "employer_requires_niss",
        }
    }
}

/// Everything the advisor asks. See the README (NISS section) for the JSON schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NissAnswers {
    pub nationality_group: NationalityGroup,
    pub has_pt_citizen_card: bool,
    pub has_pt_address: bool,
    pub residence_status: ResidenceStatus,
    pub work_situation: WorkSituation,
    pub needed_for: NeededFor,
    pub had_niss_before: bool,
    pub passport_or_name_changed: bool,
    pub filed_by: Filer,
    /// The person is filing for a household member (spouse, child…), not for themselves.
    #[serde(default)]
    pub filing_for_family_member: bool,
    /// The person intends to use the combined NIF + NISS + SNS service at an Espaço Cidadão.
    #[serde(default)]
    pub wants_combined_service: bool,
    #[serde(default)]
    pub portal_message: Option<PortalMessage>,
    #[serde(default)]
    pub typed_niss: Option<String>,
    #[serde(default)]
    pub typed_nif: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

/// Longest accepted typed number (anything longer is not a mistyped number).
pub const MAX_NUMBER_CHARS: usize = 64;
/// Longest accepted name.
pub const MAX_NAME_CHARS: usize = 200;
