//! The advisor's output: one document pack, every item with its source and confidence. Its
//! words are messages (`Msg`: a code and arguments), rendered in the reader's language by
//! `crate::i18n::render`; letters are rendered in Portuguese (see [`FilledLetter`]).

use super::catalogue::{DocForm, Need, Source, Translation};
use super::checkers::IdCheck;
use crate::message::Msg;
use crate::source::Confidence;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentPack {
    pub catalogue_version: String,
    /// The profiles that match the answers, each with why.
    pub profiles: Vec<MatchedProfile>,
    pub combined_service: CombinedServiceVerdict,
    /// Single documents, merged across profiles: each appears once.
    pub documents: Vec<PackDocument>,
    /// Groups where one document of the group is enough.
    pub choose_one: Vec<DocumentChoice>,
    /// What not to do, most important first ("do not request a second NISS" leads when it applies).
    pub do_not: Vec<PackDoNot>,
    /// The steps in order, with who does each.
    pub steps: Vec<PackStep>,
    pub fallbacks: Vec<PackFallback>,
    /// The first of `portal_messages` (kept for readers of the one-message form).
    pub portal_message: Option<PortalDiagnosis>,
    /// One diagnosis per message the person reported, in the order given.
    pub portal_messages: Vec<PortalDiagnosis>,
    /// Drafts to copy; nothing is sent anywhere.
    pub letters: Vec<FilledLetter>,
    /// The first of `escalations` (kept for readers of the one-file form).
    pub escalation: Option<EscalationFile>,
    /// One file per blockage (the employer, AIMA, Social Security's reply), most urgent first.
    pub escalations: Vec<EscalationFile>,
    pub first_week: Vec<PackItem>,
    pub identifiers: Vec<IdentifierEntry>,
    pub id_checks: IdChecks,
    pub warnings: Vec<PackItem>,
    pub notes: Vec<PackItem>,
}

/// Why something is in the pack, and for which profile (or `representation:…`,
/// `portal_message:…`, `combined_service`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Because {
    pub by: String,
    pub why: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatchedProfile {
    pub id: String,
    pub name: Msg,
    pub reason: Msg,
    pub channel: Msg,
    /// `self`, `employer`, `representative`.
    pub who_may_file: Vec<String>,
    /// Whether the answer `filed_by` is one of `who_may_file`.
    pub filer_allowed: bool,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackDocument {
    pub id: String,
    pub name: Msg,
    pub proves: Msg,
    pub obtained_from: Msg,
    pub form: DocForm,
    pub translation: Translation,
    pub need: Need,
    pub needed_for: Vec<Because>,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentChoice {
    /// The option ids joined with `|`.
    pub id: String,
    pub label: Msg,
    pub need: Need,
    pub options: Vec<PackDocument>,
    pub needed_for: Vec<Because>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackDoNot {
    pub id: String,
    pub text: Msg,
    #[serde(rename = "for")]
    pub for_: Vec<String>,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackStep {
    /// 1, 2, 3… in the order to follow.
    pub order: usize,
    pub id: String,
    /// `you`, `employer` or `representative`.
    pub who: String,
    pub who_label: Msg,
    pub phase: u8,
    pub text: Msg,
    #[serde(rename = "for")]
    pub for_: Vec<String>,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackFallback {
    pub profile: String,
    pub text: Msg,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackItem {
    pub id: String,
    pub text: Msg,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceConditionResult {
    pub id: String,
    pub met: bool,
    pub text: Msg,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CombinedServiceVerdict {
    pub name: Msg,
    pub eligible: bool,
    pub reason: Msg,
    /// Every condition, met or not.
    pub conditions: Vec<ServiceConditionResult>,
    pub channel: Msg,
    /// The documents the service asks for (ids into `documents` / `choose_one` when wanted).
    pub documents: Vec<String>,
    pub steps: Vec<PackItem>,
    /// What to do instead when not eligible.
    pub advice: Option<Msg>,
    /// Echo of the answer `wants_combined_service`.
    pub wanted: bool,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortalDiagnosis {
    pub id: String,
    pub title: Msg,
    pub usually_means: Vec<Msg>,
    pub what_to_do: Vec<Msg>,
    /// The check of the typed NISS, when the message is about an invalid NISS.
    pub typed_niss_check: Option<IdCheck>,
    #[serde(flatten)]
    pub source: Source,
}

/// A letter to a Portuguese institution or employer: always sent in Portuguese. Its `subject`
/// and `body` are messages with the person's values as arguments; render them with `Lang::Pt`
/// for the text to send, and in the person's language only as a translation for them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FilledLetter {
    pub id: String,
    /// `employer`, `social_security` or `aima`.
    pub recipient: String,
    pub subject: Msg,
    pub body: Msg,
    /// Placeholders left blank for the person to fill in by hand.
    pub blanks: Vec<String>,
    /// "A draft to copy: nothing is sent", in the person's language.
    pub notice: Msg,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EscalationFile {
    /// `employer_refusal`, `ss_documents` or `aima_loop`.
    pub id: String,
    pub reason: Msg,
    pub contents: Vec<PackItem>,
    pub evidence_loop: Vec<PackItem>,
    pub deadline_note: Option<PackItem>,
    /// The first of `cover_letters`.
    pub cover_letter: FilledLetter,
    /// Every letter of the file (the employer file has one for the employer and one for Social
    /// Security).
    pub cover_letters: Vec<FilledLetter>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdentifierEntry {
    pub id: String,
    pub name: Msg,
    pub issuer: Msg,
    /// `held`, `to_request`, `on_protection_declaration`, `on_citizen_card` or `unknown`.
    pub status: String,
    /// The typed number, when it passed the check.
    pub value: Option<String>,
    #[serde(flatten)]
    pub source: Source,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IdChecks {
    pub niss: Option<IdCheck>,
    pub nif: Option<IdCheck>,
}

impl DocumentPack {
    /// Every document id in the pack, singles and choice options, in order.
    pub fn all_document_ids(&self) -> Vec<&str> {
        self.documents
            .iter()
            .map(|d| d.id.as_str())
            .chain(self.choose_one.iter().flat_map(|c| c.options.iter().map(|o| o.id.as_str())))
            .collect()
    }

    pub fn has_document(&self, id: &str) -> bool {
        self.all_document_ids().contains(&id)
    }

    pub fn profile_ids(&self) -> Vec<&str> {
        self.profiles.iter().map(|p| p.id.as_str()).collect()
    }

    pub fn do_not_ids(&self) -> Vec<&str> {
        self.do_not.iter().map(|d| d.id.as_str()).collect()
    }

    pub fn step_ids(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.id.as_str()).collect()
    }

    pub fn letter_ids(&self) -> Vec<&str> {
        self.letters.iter().map(|l| l.id.as_str()).collect()
    }

    pub fn warning_ids(&self) -> Vec<&str> {
        self.warnings.iter().map(|w| w.id.as_str()).collect()
    }

    pub fn escalation_ids(&self) -> Vec<&str> {
        self.escalations.iter().map(|e| e.id.as_str()).collect()
    }

    pub fn portal_message_ids(&self) -> Vec<&str> {
        self.portal_messages.iter().map(|d| d.id.as_str()).collect()
    }

    /// Every letter in the pack, the escalation files' included.
    pub fn every_letter(&self) -> Vec<&FilledLetter> {
        self.letters.iter().chain(self.escalations.iter().flat_map(|e| e.cover_letters.iter())).collect()
    }
}

/// The notice a person sees next to a source that is not the official text itself (the same
/// words as the survivors' engine: `confidence-notice-<level>`).
pub fn confidence_notice(c: Confidence) -> Option<Msg> {
    c.notice()
}
