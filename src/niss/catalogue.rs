//! The catalogue: documents, profiles, messages, letters… as data (`src/rules/niss.json`),
//! loaded and validated. Every item carries a reference, a confidence and a review date. The
//! words are not here: each entry's texts are messages in `src/i18n/locales/<lang>/niss.ftl`,
//! under ids derived from the entry (the scheme is in `words.rs`).

use super::answers::{Filer, NationalityGroup, PortalMessage, ResidenceStatus};
use super::conditions::Condition;
use crate::source::{Confidence, Reference};
use serde::{Deserialize, Serialize};

pub use super::vocabulary::{ESCALATION_IDS, PLACEHOLDERS, PROFILE_IDS, SERVICE_CONDITION_IDS, placeholders};

/// The bundled catalogue text.
pub const NISS_JSON: &str = include_str!("../rules/niss.json");

/// Where an item comes from and how sure we are of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocForm {
    Original,
    Copy,
    OriginalAndCopy,
    ScreenshotOrPrintout,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Translation {
    NotNeeded,
    IfNotInPortuguese,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Required,
    Optional,
}

/// Who does a step. `filer` is whoever files the request (from the answers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    Person,
    Filer,
    Employer,
    Representative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    Employer,
    SocialSecurity,
    Aima,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub form: DocForm,
    pub translation: Translation,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

/// One line of a profile's document list: a single document, a choice of one, or "the person's
/// proof of residence" (resolved from `residence_evidence`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocEntry {
    /// Set only where two lines of one list would otherwise get the same key (see
    /// [`DocEntry::key`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub residence: bool,
    pub need: Need,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
}

/// A reference to a shared item (step or "do not"), with conditions of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoNotDef {
    pub id: String,
    /// 0 comes first (the "no second NISS" warning).
    pub priority: u8,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    pub id: String,
    pub who: Who,
    /// 1 check what exists, 2 align identity, 3 obtain, 4 pass the number on, 5 follow up.
    pub phase: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

/// A text that replaces a default one when its conditions hold (the first match wins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// Names the variant's words: its conditions joined with `-`.
    pub id: String,
    pub only_if: Vec<Condition>,
}

/// The first variant whose conditions hold (`None`: the default text).
pub fn pick<'a>(variants: &'a [Variant], facts: &super::conditions::Facts) -> Option<&'a Variant> {
    variants.iter().find(|v| facts.all(&v.only_if))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    pub filers: Vec<Filer>,
    pub documents: Vec<DocEntry>,
    pub do_not: Vec<ItemRef>,
    pub steps: Vec<ItemRef>,
    /// Fallbacks for particular situations (a NISS already held, temporary protection…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fallback_if: Vec<Variant>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Representation {
    pub filer: Filer,
    pub documents: Vec<DocEntry>,
    pub steps: Vec<ItemRef>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidenceRow {
    pub nationality: Vec<NationalityGroup>,
    pub status: Vec<ResidenceStatus>,
    pub one_of: Vec<String>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceCondition {
    pub id: String,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinedServiceDef {
    pub conditions: Vec<ServiceCondition>,
    pub documents: Vec<DocEntry>,
    pub steps: Vec<Item>,
    /// Advice for particular situations (temporary protection, a NISS already held…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_eligible_advice_if: Vec<Variant>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalCase {
    /// Names the case's words: its conditions joined with `-`, or `always`.
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    /// How many things to do: their words are `…-todo-1` to `…-todo-<n>`.
    pub what_to_do: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalMessageDef {
    pub id: PortalMessage,
    pub cases: Vec<PortalCase>,
    pub documents: Vec<DocEntry>,
    pub do_not: Vec<ItemRef>,
    /// Steps the message adds (answering Social Security, giving the employer the number…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<ItemRef>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterDef {
    pub id: String,
    pub recipient: Recipient,
    pub only_if: Vec<Condition>,
    /// The placeholders the body uses, in order of first appearance: the message's arguments.
    pub placeholders: Vec<String>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationDef {
    /// `aima_loop`, `employer_refusal` or `ss_documents` (see `ESCALATION_IDS`).
    pub id: String,
    pub contents: Vec<Item>,
    pub evidence_loop: Vec<Item>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_note: Option<Item>,
    /// The letters of the file, each with its own conditions; at least one applies in every
    /// situation that opens the file.
    pub cover_letters: Vec<LetterDef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierDef {
    pub id: String,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(rename = "$comment", default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    pub version: String,
    pub documents: Vec<Document>,
    pub do_not: Vec<DoNotDef>,
    pub steps: Vec<StepDef>,
    pub profiles: Vec<Profile>,
    pub representation: Vec<Representation>,
    pub residence_evidence: Vec<ResidenceRow>,
    pub combined_service: CombinedServiceDef,
    pub portal_messages: Vec<PortalMessageDef>,
    pub letters: Vec<LetterDef>,
    pub escalations: Vec<EscalationDef>,
    pub first_week: Vec<Item>,
    pub identifiers: Vec<IdentifierDef>,
    pub warnings: Vec<Item>,
    pub notes: Vec<Item>,
}

/// Items that carry their own reference, confidence and review date.
pub trait Sourced {
    fn source(&self) -> Source;
}

macro_rules! sourced {
    ($($t:ty),*) => {$(
        impl Sourced for $t {
            fn source(&self) -> Source {
                Source { reference: self.reference.clone(), confidence: self.confidence, last_review: self.last_review.clone() }
            }
        }
    )*};
}
sourced!(
    Document,
    DoNotDef,
    StepDef,
    Profile,
    Representation,
    ResidenceRow,
    Item,
    ServiceCondition,
    CombinedServiceDef,
    PortalMessageDef,
    LetterDef,
    IdentifierDef
);

impl Catalogue {
    /// Loads and validates the bundled catalogue. The test suite loads it, so a broken file
    /// fails the build's tests rather than a person's session.
    pub fn bundled() -> Result<Catalogue, String> {
        Catalogue::from_json(NISS_JSON)
    }

    /// Parses and validates a catalogue; the error lists every problem found.
    pub fn from_json(json: &str) -> Result<Catalogue, String> {
        let cat: Catalogue = serde_json::from_str(json).map_err(|e| format!("niss catalogue: {e}"))?;
        let problems = cat.problems();
        if problems.is_empty() { Ok(cat) } else { Err(format!("niss catalogue:\n- {}", problems.join("\n- "))) }
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
    pub fn do_not_def(&self, id: &str) -> Option<&DoNotDef> {
        self.do_not.iter().find(|d| d.id == id)
    }
    pub fn step_def(&self, id: &str) -> Option<&StepDef> {
        self.steps.iter().find(|d| d.id == id)
    }
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
    }
    pub fn portal_message(&self, id: PortalMessage) -> Option<&PortalMessageDef> {
        self.portal_messages.iter().find(|m| m.id == id)
    }
    pub fn escalation(&self, id: &str) -> Option<&EscalationDef> {
        self.escalations.iter().find(|e| e.id == id)
    }
}
