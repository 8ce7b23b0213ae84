//! Validation of the catalogue: unique ids, every cross-reference resolves, every item has a
//! reference, a confidence and a review date, the ids the words are kept under are distinct, letter
//! placeholders are known, and one-of groups are identical or disjoint (so merging is
//! unambiguous). That every word exists in every language is checked by the tests
//! (`tests/niss_catalogue.rs`), against the message files.

use super::answers::{Filer, PortalMessage};
use super::catalogue::{
    Catalogue, DocEntry, ESCALATION_IDS, Item, ItemRef, PLACEHOLDERS, PROFILE_IDS, Recipient, SERVICE_CONDITION_IDS,
    Source, Sourced,
};
use crate::source::Confidence;
use std::collections::{BTreeMap, BTreeSet};

const PORTAL_IDS: &[PortalMessage] = &PortalMessage::ALL;

impl Catalogue {
    /// Every problem in the catalogue, as readable lines (empty when it is sound).
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        let mut sources: Vec<(String, Source)> = Vec::new();

        unique(&mut p, "document", self.documents.iter().map(|d| d.id.as_str()));
        unique(&mut p, "do_not", self.do_not.iter().map(|d| d.id.as_str()));
        unique(&mut p, "step", self.steps.iter().map(|d| d.id.as_str()));
        unique(&mut p, "profile", self.profiles.iter().map(|d| d.id.as_str()));
        unique(
            &mut p,
            "letter",
            self.letters
                .iter()
                .map(|d| d.id.as_str())
                .chain(self.escalations.iter().flat_map(|e| e.cover_letters.iter().map(|l| l.id.as_str()))),
        );
        unique(&mut p, "first_week", self.first_week.iter().map(|d| d.id.as_str()));
        unique(&mut p, "identifier", self.identifiers.iter().map(|d| d.id.as_str()));
        unique(&mut p, "warning", self.warnings.iter().map(|d| d.id.as_str()));
        unique(&mut p, "note", self.notes.iter().map(|d| d.id.as_str()));

        for d in &self.documents {
            sources.push((format!("document `{}`", d.id), d.source()));
        }
        for d in &self.do_not {
            sources.push((format!("do_not `{}`", d.id), d.source()));
        }
        for s in &self.steps {
            sources.push((format!("step `{}`", s.id), s.source()));
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
            unique(&mut p, &format!("{at} fallback_if"), pr.fallback_if.iter().map(|v| v.id.as_str()));
            if pr.filers.is_empty() {
                p.push(format!("{at}: no filer may submit"));
            }
            self.check_entries(&mut p, &mut groups, &at, &pr.documents);
            self.check_refs(&mut p, &at, &pr.do_not, &pr.steps);
        }
        for r in &self.representation {
            let at = format!("representation `{}`", r.filer.as_str());
            sources.push((at.clone(), r.source()));
            self.check_entries(&mut p, &mut groups, &at, &r.documents);
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
        unique(
            &mut p,
            "combined_service not_eligible_advice_if",
            cs.not_eligible_advice_if.iter().map(|v| v.id.as_str()),
        );
        let cond_ids: Vec<&str> = cs.conditions.iter().map(|c| c.id.as_str()).collect();
        if cond_ids != SERVICE_CONDITION_IDS {
            p.push(format!("combined_service: conditions must be exactly {SERVICE_CONDITION_IDS:?} in that order"));
        }
        for c in &cs.conditions {
            sources.push((format!("combined_service condition `{}`", c.id), c.source()));
        }
        self.check_entries(&mut p, &mut groups, "combined_service", &cs.documents);
        self.check_items(&mut p, &mut sources, "combined_service step", &cs.steps);

        for id in PORTAL_IDS {
            let n = self.portal_messages.iter().filter(|m| m.id == *id).count();
            if n != 1 {
                p.push(format!("portal message `{}` must be defined once (found {n})", id.as_str()));
            }
        }
        for m in &self.portal_messages {
            let at = format!("portal message `{}`", m.id.as_str());
            sources.push((at.clone(), m.source()));
            if m.cases.is_empty() {
                p.push(format!("{at}: no case"));
            }
            unique(&mut p, &format!("{at} case"), m.cases.iter().map(|c| c.id.as_str()));
            for c in &m.cases {
                if c.what_to_do == 0 {
                    p.push(format!("{at}: a case has nothing to do"));
                }
            }
            self.check_entries(&mut p, &mut groups, &at, &m.documents);
            self.check_refs(&mut p, &at, &m.do_not, &m.steps);
        }
        for l in self.letters.iter().chain(self.escalations.iter().flat_map(|e| e.cover_letters.iter())) {
            let at = format!("letter `{}`", l.id);
            sources.push((at.clone(), l.source()));
            check_placeholders(&mut p, &at, &l.placeholders);
        }
        for recipient in [Recipient::Employer, Recipient::SocialSecurity, Recipient::Aima] {
            if !self.letters.iter().any(|l| l.recipient == recipient) {
                p.push(format!("no letter for {recipient:?}"));
            }
        }
        for id in ESCALATION_IDS {
            if self.escalation(id).is_none() {
                p.push(format!("escalation `{id}` is missing"));
            }
        }
        unique(&mut p, "escalation", self.escalations.iter().map(|e| e.id.as_str()));
        for e in &self.escalations {
            let at = format!("escalation `{}`", e.id);
            if !ESCALATION_IDS.contains(&e.id.as_str()) {
                p.push(format!("{at}: the advisor never opens this file"));
            }
            self.check_items(&mut p, &mut sources, &at, &e.contents);
            self.check_items(&mut p, &mut sources, &format!("{at} evidence_loop"), &e.evidence_loop);
            if let Some(d) = &e.deadline_note {
                self.check_items(&mut p, &mut sources, &format!("{at} deadline"), std::slice::from_ref(d));
            }
            if e.cover_letters.is_empty() {
                p.push(format!("{at}: no cover letter"));
            }
        }
        self.check_items(&mut p, &mut sources, "first_week", &self.first_week);
        self.check_items(&mut p, &mut sources, "warning", &self.warnings);
        self.check_items(&mut p, &mut sources, "note", &self.notes);
        for i in &self.identifiers {
            sources.push((format!("identifier `{}`", i.id), i.source()));
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
        // Two entries must never share words.
        let mut ids: BTreeMap<String, String> = BTreeMap::new();
        for (id, at) in self.message_ids() {
            if let Some(first) = ids.insert(id.clone(), at.clone()) {
                p.push(format!("{at}: its words' id `{id}` is also {first}'s"));
            }
        }
        p
    }

    fn check_entries(&self, p: &mut Vec<String>, groups: &mut Vec<BTreeSet<String>>, at: &str, entries: &[DocEntry]) {
        unique(
            p,
            &format!("{at} document line"),
            entries.iter().map(DocEntry::key).collect::<Vec<_>>().iter().map(String::as_str),
        );
        for e in entries {
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

    fn check_items(&self, p: &mut Vec<String>, sources: &mut Vec<(String, Source)>, at: &str, items: &[Item]) {
        if items.is_empty() {
            p.push(format!("{at}: empty list"));
        }
        for i in items {
            sources.push((format!("{at} `{}`", i.id), i.source()));
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
    let has_locator = s.reference.url.as_deref().is_some_and(|u| u.starts_with("http"))
        || s.reference.act.as_deref().is_some_and(|a| !a.trim().is_empty());
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

/// A letter's placeholders must be ones the advisor fills, each once.
fn check_placeholders(p: &mut Vec<String>, at: &str, list: &[String]) {
    for ph in list {
        if !PLACEHOLDERS.contains(&ph.as_str()) {
            p.push(format!("{at}: unknown placeholder `{ph}`"));
        }
    }
    unique(p, &format!("{at} placeholder"), list.iter().map(String::as_str));
}
