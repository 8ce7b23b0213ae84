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
    /// An employer (or future employer) asks for the worker's NISS, outside any AIMA process.
    EmployerAsksForNiss,
}

impl PortalMessage {
    /// Every message, in the order the advisor lists them.
    pub const ALL: [PortalMessage; 6] = [
        PortalMessage::NissMissing,
        PortalMessage::NissInvalid,
        PortalMessage::DataCannotBeUpdated,
        PortalMessage::DocumentsInsufficient,
        PortalMessage::EmployerRequiresNiss,
        PortalMessage::EmployerAsksForNiss,
    ];

    /// A message about the employer, not about a portal.
    pub fn is_employer(self) -> bool {
        matches!(self, PortalMessage::EmployerRequiresNiss | PortalMessage::EmployerAsksForNiss)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PortalMessage::NissMissing => "niss_missing",
            PortalMessage::NissInvalid => "niss_invalid",
            PortalMessage::DataCannotBeUpdated => "data_cannot_be_updated",
            PortalMessage::DocumentsInsufficient => "documents_insufficient",
            PortalMessage::EmployerRequiresNiss => "employer_requires_niss",
            PortalMessage::EmployerAsksForNiss => "employer_asks_for_niss",
        }
    }
}

/// "Did you ever have a NISS?": yes, no, or "I don't know". In JSON: `true` / `false` (the
/// original form) or `"yes"` / `"no"` / `"dont_know"`; it is written back as `true`, `false` or
/// `"dont_know"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HadNiss {
    Yes,
    No,
    DontKnow,
}

impl HadNiss {
    pub fn as_str(self) -> &'static str {
        match self {
            HadNiss::Yes => "yes",
            HadNiss::No => "no",
            HadNiss::DontKnow => "dont_know",
        }
    }
}

impl From<bool> for HadNiss {
    fn from(b: bool) -> Self {
        if b { HadNiss::Yes } else { HadNiss::No }
    }
}

impl Serialize for HadNiss {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            HadNiss::Yes => s.serialize_bool(true),
            HadNiss::No => s.serialize_bool(false),
            HadNiss::DontKnow => s.serialize_str("dont_know"),
        }
    }
}

impl<'de> Deserialize<'de> for HadNiss {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Bool(bool),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Bool(b) => Ok(b.into()),
            Raw::Text(t) => match t.as_str() {
                "yes" => Ok(HadNiss::Yes),
                "no" => Ok(HadNiss::No),
                "dont_know" => Ok(HadNiss::DontKnow),
                other => Err(serde::de::Error::custom(format!("unknown had_niss_before value {other}"))),
            },
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
    pub had_niss_before: HadNiss,
    pub passport_or_name_changed: bool,
    pub filed_by: Filer,
    /// The person is filing for a household member (spouse, child…), not for themselves.
    #[serde(default)]
    pub filing_for_family_member: bool,
    /// The person intends to use the combined NIF + NISS + SNS service at an Espaço Cidadão.
    #[serde(default)]
    pub wants_combined_service: bool,
    /// The person's address changed since AIMA (or Social Security) last recorded it.
    #[serde(default)]
    pub address_changed: bool,
    /// A NISS request was already filed with Social Security and has no answer yet (or was
    /// answered: see `portal_messages`).
    #[serde(default)]
    pub niss_requested: bool,
    /// Every portal or institution message the person has seen, in the order given, without
    /// repeats. In JSON, `portal_messages` (a list) and the older `portal_message` (one value)
    /// are both accepted and merged.
    #[serde(default)]
    pub portal_messages: Vec<PortalMessage>,
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
pub const MAX_NAME_CHARS: usize = crate::limits::MAX_NAME_CHARS;
