//! The catalogue: documents, profiles, messages, letters… as data (`src/rules/niss.json`),
//! loaded and validated. Every item carries a reference, a confidence and a review date.

use super::answers::{Filer, NationalityGroup, PortalMessage, ResidenceStatus};
use super::conditions::Condition;
use crate::text::{Confidence, Reference, Text};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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
    pub name: Text,
    pub proves: Text,
    pub obtained_from: Text,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub residence: bool,
    pub need: Need,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    pub why: Text,
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
    pub text: Text,
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
    pub text: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    pub name: Text,
    pub match_reason: Text,
    pub channel: Text,
    pub filers: Vec<Filer>,
    pub documents: Vec<DocEntry>,
    pub do_not: Vec<ItemRef>,
    pub steps: Vec<ItemRef>,
    pub fallback: Text,
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
    pub note: Text,
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
    pub label: Text,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub text: Text,
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
    pub met: Text,
    pub not_met: Text,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinedServiceDef {
    pub name: Text,
    pub channel: Text,
    pub conditions: Vec<ServiceCondition>,
    pub documents: Vec<DocEntry>,
    pub steps: Vec<Item>,
    pub eligible_text: Text,
    pub not_eligible_advice: Text,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalCase {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only_if: Vec<Condition>,
    pub means: Text,
    pub what_to_do: Vec<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalMessageDef {
    pub id: PortalMessage,
    pub title: Text,
    pub cases: Vec<PortalCase>,
    pub documents: Vec<DocEntry>,
    pub do_not: Vec<ItemRef>,
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
    pub subject: Text,
    pub body: Text,
    pub reference: Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationDef {
    pub contents: Vec<Item>,
    pub evidence_loop: Vec<Item>,
    pub deadline_note: Item,
    pub cover_letter: LetterDef,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierDef {
    pub id: String,
    pub name: Text,
    pub issuer: Text,
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
    pub escalation: EscalationDef,
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
sourced!(Document, DoNotDef, StepDef, Profile, Representation, ResidenceRow, Item, ServiceCondition, CombinedServiceDef, PortalMessageDef, LetterDef, IdentifierDef);

/// Profiles the advisor knows how to match; the catalogue must define each exactly once.
pub const PROFILE_IDS: &[&str] = &[
    "employee",
    "independent_worker",
    "digital_nomad",
    "company_officer",
    "voluntary_insurance",
    "student_or_not_working",
    "aima_renewal",
    "returning_with_old_niss",
    "identity_changed",
    "cplp_national",
    "ukraine_temporary_protection",
    "family_member",
];

/// The combined-service conditions the advisor evaluates.
pub const SERVICE_CONDITION_IDS: &[&str] = &["no_pt_citizen_card", "pt_address", "listed_status", "not_temporary_protection"];

/// Letter placeholders the advisor fills.
pub const PLACEHOLDERS: &[&str] = &["name", "nif", "niss", "reason", "documents", "request_date", "ss_reply_summary", "date"];

const PORTAL_IDS: &[PortalMessage] = &[
    PortalMessage::NissMissing,
    PortalMessage::NissInvalid,
    PortalMessage::DataCannotBeUpdated,
    PortalMessage::DocumentsInsufficient,
    PortalMessage::EmployerRequiresNiss,
];

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

    /// Every problem in the catalogue, as readable lines (empty when it is sound).
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        let mut sources: Vec<(String, Source)> = Vec::new();
        let mut texts: Vec<(String, &Text)> = Vec::new();

        unique(&mut p, "document", self.documents.iter().map(|d| d.id.as_str()));
        unique(&mut p, "do_not", self.do_not.iter().map(|d| d.id.as_str()));
        unique(&mut p, "step", self.steps.iter().map(|d| d.id.as_str()));
        unique(&mut p, "profile", self.profiles.iter().map(|d| d.id.as_str()));
        unique(&mut p, "letter", self.letters.iter().map(|d| d.id.as_str()).chain([self.escalation.cover_letter.id.as_str()]));
        unique(&mut p, "first_week", self.first_week.iter().map(|d| d.id.as_str()));
        unique(&mut p, "identifier", self.identifiers.iter().map(|d| d.id.as_str()));
        unique(&mut p, "warning", self.warnings.iter().map(|d| d.id.as_str()));
        unique(&mut p, "note", self.notes.iter().map(|d| d.id.as_str()));

        for d in &self.documents {
            sources.push((format!("document `{}`", d.id), d.source()));
            for (k, t) in [("name", &d.name), ("proves", &d.proves), ("obtained_from", &d.obtained_from)] {
                texts.push((format!("document `{}` {k}", d.id), t));
            }
        }
        for d in &self.do_not {
            sources.push((format!("do_not `{}`", d.id), d.source()));
            texts.push((format!("do_not `{}`", d.id), &d.text));
        }
        for s in &self.steps {
            sources.push((format!("step `{}`", s.id), s.source()));
            texts.push((format!("step `{}`", s.id), &s.text));
            if !(1..=5).contains(&s.phase) {
                p.push(format!("step `{}`: phase must be 1 to 5", s.id));
            }
        }
        for id in PROFILE_IDS {
            if self.profile(id).is_none() {
                p.push(format!("profile `{id}` is missing"));
            }
        }
        let mut groups: Vec<BTreeSet<String>> = Vec::new();
        for pr in &self.profiles {
            let at = format!("profile `{}`", pr.id);
            if !PROFILE_IDS.contains(&pr.id.as_str()) {
                p.push(format!("{at}: the advisor cannot match this profile"));
            }
            sources.push((at.clone(), pr.source()));
            for (k, t) in [("name", &pr.name), ("match_reason", &pr.match_reason), ("channel", &pr.channel), ("fallback", &pr.fallback)] {
                texts.push((format!("{at} {k}"), t));
            }
            if pr.filers.is_empty() {
                p.push(format!("{at}: no filer may submit"));
            }
            self.check_entries(&mut p, &mut texts, &mut groups, &at, &pr.documents);
            self.check_refs(&mut p, &at, &pr.do_not, &pr.steps);
        }
        for r in &self.representation {
            let at = format!("representation `{}`", r.filer.as_str());
            sources.push((at.clone(), r.source()));
            texts.push((format!("{at} note"), &r.note));
            self.check_entries(&mut p, &mut texts, &mut groups, &at, &r.documents);
            self.check_refs(&mut p, &at, &[], &r.steps);
        }
        for f in [Filer::Employer, Filer::Representative] {
            if !self.representation.iter().any(|r| r.filer == f) {
                p.push(format!("representation for `{}` is missing", f.as_str()));
            }
        }
        for (i, row) in self.residence_evidence.iter().enumerate() {
            let at = format!("residence_evidence[{i}]");
            sources.push((at.clone(), row.source()));
            texts.push((format!("{at} label"), &row.label));
            if row.one_of.is_empty() || row.nationality.is_empty() || row.status.is_empty() {
                p.push(format!("{at}: nationality, status and one_of must not be empty"));
            }
            for d in &row.one_of {
                if self.document(d).is_none() {
                    p.push(format!("{at}: unknown document `{d}`"));
                }
            }
            if row.one_of.len() > 1 {
                groups.push(row.one_of.iter().cloned().collect());
            }
        }
        let cs = &self.combined_service;
        sources.push(("combined_service".into(), cs.source()));
        for (k, t) in [("name", &cs.name), ("channel", &cs.channel), ("eligible_text", &cs.eligible_text), ("not_eligible_advice", &cs.not_eligible_advice)] {
            texts.push((format!("combined_service {k}"), t));
        }
        let cond_ids: Vec<&str> = cs.conditions.iter().map(|c| c.id.as_str()).collect();
        if cond_ids != SERVICE_CONDITION_IDS {
            p.push(format!("combined_service: conditions must be exactly {SERVICE_CONDITION_IDS:?} in that order"));
        }
        for c in &cs.conditions {
            sources.push((format!("combined_service condition `{}`", c.id), c.source()));
            texts.push((format!("combined_service condition `{}` met", c.id), &c.met));
            texts.push((format!("combined_service condition `{}` not_met", c.id), &c.not_met));
        }
        self.check_entries(&mut p, &mut texts, &mut groups, "combined_service", &cs.documents);
        self.check_items(&mut p, &mut sources, &mut texts, "combined_service step", &cs.steps);

        for id in PORTAL_IDS {
            let n = self.portal_messages.iter().filter(|m| m.id == *id).count();
            if n != 1 {
                p.push(format!("portal message `{}` must be defined once (found {n})", id.as_str()));
            }
        }
        for m in &self.portal_messages {
            let at = format!("portal message `{}`", m.id.as_str());
            sources.push((at.clone(), m.source()));
            texts.push((format!("{at} title"), &m.title));
            if m.cases.is_empty() {
                p.push(format!("{at}: no case"));
            }
            for c in &m.cases {
                texts.push((format!("{at} means"), &c.means));
                if c.what_to_do.is_empty() {
                    p.push(format!("{at}: a case has nothing to do"));
                }
                for t in &c.what_to_do {
                    texts.push((format!("{at} what_to_do"), t));
                }
            }
            self.check_entries(&mut p, &mut texts, &mut groups, &at, &m.documents);
            self.check_refs(&mut p, &at, &m.do_not, &[]);
        }
        for l in self.letters.iter().chain([&self.escalation.cover_letter]) {
            let at = format!("letter `{}`", l.id);
            sources.push((at.clone(), l.source()));
            texts.push((format!("{at} subject"), &l.subject));
            texts.push((format!("{at} body"), &l.body));
            check_placeholders(&mut p, &at, &l.body);
        }
        for recipient in [Recipient::Employer, Recipient::SocialSecurity, Recipient::Aima] {
            if !self.letters.iter().any(|l| l.recipient == recipient) {
                p.push(format!("no letter for {recipient:?}"));
            }
        }
        let e = &self.escalation;
        self.check_items(&mut p, &mut sources, &mut texts, "escalation", &e.contents);
        self.check_items(&mut p, &mut sources, &mut texts, "evidence_loop", &e.evidence_loop);
        self.check_items(&mut p, &mut sources, &mut texts, "escalation deadline", std::slice::from_ref(&e.deadline_note));
        self.check_items(&mut p, &mut sources, &mut texts, "first_week", &self.first_week);
        self.check_items(&mut p, &mut sources, &mut texts, "warning", &self.warnings);
        self.check_items(&mut p, &mut sources, &mut texts, "note", &self.notes);
        for i in &self.identifiers {
            sources.push((format!("identifier `{}`", i.id), i.source()));
            texts.push((format!("identifier `{}` name", i.id), &i.name));
            texts.push((format!("identifier `{}` issuer", i.id), &i.issuer));
        }
        for must in ["nif", "niss", "sns_number", "aima_number"] {
            if !self.identifiers.iter().any(|i| i.id == must) {
                p.push(format!("identifier `{must}` is missing"));
            }
        }
        if self.do_not_def("no_second_niss").is_none_or(|d| d.priority != 0) {
            p.push("do_not `no_second_niss` must exist with priority 0".into());
        }
        if self.do_not.iter().any(|d| d.priority == 0 && d.id != "no_second_niss") {
            p.push("only `no_second_niss` may have priority 0".into());
        }

        // One-of groups must be identical or disjoint, so merging them is unambiguous.
        for (i, a) in groups.iter().enumerate() {
            for b in groups.iter().skip(i + 1) {
                if a != b && !a.is_disjoint(b) {
                    p.push(format!("one-of groups {a:?} and {b:?} overlap without being equal"));
                }
            }
        }
        for (at, s) in sources {
            check_source(&mut p, &at, &s);
        }
        for (at, t) in texts {
            if t.pt.trim().is_empty() || t.en.trim().is_empty() {
                p.push(format!("{at}: text needs both Portuguese and English"));
            }
        }
        p
    }

    fn check_entries<'a>(
        &self,
        p: &mut Vec<String>,
        texts: &mut Vec<(String, &'a Text)>,
        groups: &mut Vec<BTreeSet<String>>,
        at: &str,
        entries: &'a [DocEntry],
    ) {
        for e in entries {
            texts.push((format!("{at} document why"), &e.why));
            let kinds = usize::from(e.doc.is_some()) + usize::from(!e.one_of.is_empty()) + usize::from(e.residence);
            if kinds != 1 {
                p.push(format!("{at}: a document line needs exactly one of `doc`, `one_of`, `residence`"));
            }
            for d in e.doc.iter().chain(e.one_of.iter()) {
                if self.document(d).is_none() {
                    p.push(format!("{at}: unknown document `{d}`"));
                }
            }
            if !e.one_of.is_empty() {
                if e.one_of.len() < 2 {
                    p.push(format!("{at}: a one_of group needs at least two documents"));
                }
                match &e.label {
                    Some(l) => texts.push((format!("{at} one_of label"), l)),
                    None => p.push(format!("{at}: a one_of group needs a label")),
                }
                groups.push(e.one_of.iter().cloned().collect());
            }
        }
    }

    fn check_refs(&self, p: &mut Vec<String>, at: &str, do_not: &[ItemRef], steps: &[ItemRef]) {
        for r in do_not {
            if self.do_not_def(&r.id).is_none() {
                p.push(format!("{at}: unknown do_not `{}`", r.id));
            }
        }
        for r in steps {
            if self.step_def(&r.id).is_none() {
                p.push(format!("{at}: unknown step `{}`", r.id));
            }
        }
    }

    fn check_items<'a>(
        &self,
        p: &mut Vec<String>,
        sources: &mut Vec<(String, Source)>,
        texts: &mut Vec<(String, &'a Text)>,
        at: &str,
        items: &'a [Item],
    ) {
        if items.is_empty() {
            p.push(format!("{at}: empty list"));
        }
        for i in items {
            sources.push((format!("{at} `{}`", i.id), i.source()));
            texts.push((format!("{at} `{}`", i.id), &i.text));
        }
    }
}

fn unique<'a>(p: &mut Vec<String>, what: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeMap::new();
    for id in ids {
        if id.trim().is_empty() {
            p.push(format!("{what}: empty id"));
        }
        *seen.entry(id).or_insert(0) += 1;
    }
    for (id, n) in seen {
        if n > 1 {
            p.push(format!("{what} `{id}` is defined {n} times"));
        }
    }
}

/// A reference needs a title and a URL or a legal act. Seed-only and unverified items may carry
/// a title alone: the seed guide has no public address, and an unverified item has no source.
fn check_source(p: &mut Vec<String>, at: &str, s: &Source) {
    if s.reference.title.trim().is_empty() {
        p.push(format!("{at}: the reference needs a title"));
    }
    let has_locator = s.reference.url.as_deref().is_some_and(|u| u.starts_with("http")) || s.reference.act.as_deref().is_some_and(|a| !a.trim().is_empty());
    match s.confidence {
        Confidence::Official | Confidence::Secondary | Confidence::Derived => {
            if !has_locator {
                p.push(format!("{at}: an {} item needs a URL or a legal act", s.confidence.as_str()));
            }
        }
        Confidence::SeedOnly | Confidence::Unverified => {}
    }
    if s.confidence == Confidence::Derived {
        p.push(format!("{at}: `derived` does not apply to advisor items"));
    }
    if crate::dates::parse_iso(&s.last_review).is_none() {
        p.push(format!("{at}: last_review `{}` is not a YYYY-MM-DD date", s.last_review));
    }
}

/// Placeholders are `{name}`; both languages must use the same known set.
fn check_placeholders(p: &mut Vec<String>, at: &str, body: &Text) {
    let pt = placeholders(&body.pt);
    let en = placeholders(&body.en);
    for (lang, set) in [("pt", &pt), ("en", &en)] {
        for ph in set.iter() {
            if !PLACEHOLDERS.contains(&ph.as_str()) {
                p.push(format!("{at} ({lang}): unknown placeholder {{{ph}}}"));
            }
        }
    }
    if pt != en {
        p.push(format!("{at}: the Portuguese and English bodies use different placeholders"));
    }
}

/// The names inside `{…}` in a template.
pub fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = rest.get(start + 1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                out.insert(after.get(..end).unwrap_or("").to_string());
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.insert(after.to_string());
                break;
            }
        }
    }
    out
}
