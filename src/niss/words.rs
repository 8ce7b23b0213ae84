//! The words of the catalogue: each entry's texts are messages in
//! `src/i18n/locales/<lang>/niss.ftl`, under an id derived from the entry. One scheme:
//!
//! `niss-cat-<kind>-<entry id>-<part>` (built by [`Msg::table_id`], so a dot in an id becomes a
//! dash), where the kinds and parts are:
//!
//! | entry | ids |
//! |---|---|
//! | document | `doc-<id>-name`, `-proves`, `-obtained_from` |
//! | do_not / step | `do_not-<id>`, `step-<id>` |
//! | profile | `profile-<id>-name`, `-match_reason`, `-channel`, `-fallback`, `-fallback-if-<variant id>` |
//! | document line of a list | `<owner>-doc-<key>-why`, `-label` (owner: `profile-<id>`, `representation-<filer>`, `portal-<id>`, `combined_service`; key: [`DocEntry::key`]) |
//! | representation | `representation-<filer>-note` |
//! | residence_evidence row | `residence-<one_of joined with -or->-label` |
//! | combined service | `combined_service-name`, `-channel`, `-eligible_text`, `-not_eligible_advice`, `-not_eligible_advice-if-<variant id>`, `-condition-<id>-met`, `-not_met`, `-step-<id>` |
//! | portal message | `portal-<id>-title`, `-case-<case id>-means`, `-case-<case id>-todo-<n>` (n from 1) |
//! | letter (also a cover letter) | `letter-<id>-subject`, `letter-<id>-body` (arguments: its `placeholders`) |
//! | escalation | `escalation-<id>-reason`, `-content-<item>`, `-evidence-<item>`, `-deadline-<item>` |
//! | first_week, warning, note | `first_week-<id>`, `warning-<id>`, `note-<id>` |
//! | identifier | `identifier-<id>-name`, `-issuer` |
//!
//! [`Catalogue::message_ids`] lists every id the catalogue needs; the tests check that each
//! exists in every language.

use super::catalogue::{
    Catalogue, CombinedServiceDef, DoNotDef, DocEntry, Document, EscalationDef, IdentifierDef, Item, LetterDef,
    PortalCase, PortalMessageDef, Profile, Representation, ResidenceRow, ServiceCondition, StepDef, Variant,
};
use crate::message::Msg;

/// The message id of catalogue words: `niss-cat-` and the parts joined with `-`.
pub fn cat_id(parts: &[&str]) -> String {
    Msg::table_id("niss-cat", &parts.join("-"))
}

fn cat(parts: &[&str]) -> Msg {
    Msg::code(cat_id(parts))
}

/// The default text's id, or the variant's when one applies.
fn varied(base: &[&str], variant: Option<&Variant>) -> Msg {
    match variant {
        Some(v) => cat(&[&base.join("-"), "if", &v.id]),
        None => cat(base),
    }
}

impl Document {
    pub fn name(&self) -> Msg {
        cat(&["doc", &self.id, "name"])
    }
    pub fn proves(&self) -> Msg {
        cat(&["doc", &self.id, "proves"])
    }
    pub fn obtained_from(&self) -> Msg {
        cat(&["doc", &self.id, "obtained_from"])
    }
}

impl DoNotDef {
    pub fn text(&self) -> Msg {
        cat(&["do_not", &self.id])
    }
}

impl StepDef {
    pub fn text(&self) -> Msg {
        cat(&["step", &self.id])
    }
}

impl Profile {
    pub fn name(&self) -> Msg {
        cat(&["profile", &self.id, "name"])
    }
    pub fn match_reason(&self) -> Msg {
        cat(&["profile", &self.id, "match_reason"])
    }
    pub fn channel(&self) -> Msg {
        cat(&["profile", &self.id, "channel"])
    }
    /// The fallback, or the variant's when one applies.
    pub fn fallback(&self, variant: Option<&Variant>) -> Msg {
        varied(&["profile", &self.id, "fallback"], variant)
    }
}

/// The owner part of a document line's ids, from who contributes the list (`employee`,
/// `representation:employer`, `portal_message:niss_missing`, `combined_service`).
pub fn entry_owner(by: &str) -> String {
    if let Some(f) = by.strip_prefix("representation:") {
        format!("representation-{f}")
    } else if let Some(m) = by.strip_prefix("portal_message:") {
        format!("portal-{m}")
    } else if by == "combined_service" {
        by.to_string()
    } else {
        format!("profile-{by}")
    }
}

impl DocEntry {
    /// What names the line within its list: its `id` when set, else the document, the one-of
    /// documents joined with `-or-`, or `residence`.
    pub fn key(&self) -> String {
        match (&self.id, &self.doc) {
            (Some(id), _) => id.clone(),
            (None, Some(d)) => d.clone(),
            (None, None) if !self.one_of.is_empty() => self.one_of.join("-or-"),
            (None, None) => "residence".to_string(),
        }
    }
    pub fn why(&self, owner: &str) -> Msg {
        cat(&[owner, "doc", &self.key(), "why"])
    }
    /// The label of a one-of group.
    pub fn label(&self, owner: &str) -> Msg {
        cat(&[owner, "doc", &self.key(), "label"])
    }
}

impl Representation {
    pub fn note(&self) -> Msg {
        cat(&["representation", self.filer.as_str(), "note"])
    }
}

impl ResidenceRow {
    pub fn label(&self) -> Msg {
        cat(&["residence", &self.one_of.join("-or-"), "label"])
    }
}

impl ServiceCondition {
    pub fn text(&self, met: bool) -> Msg {
        cat(&["combined_service", "condition", &self.id, if met { "met" } else { "not_met" }])
    }
}

impl CombinedServiceDef {
    pub fn name(&self) -> Msg {
        cat(&["combined_service", "name"])
    }
    pub fn channel(&self) -> Msg {
        cat(&["combined_service", "channel"])
    }
    pub fn eligible_text(&self) -> Msg {
        cat(&["combined_service", "eligible_text"])
    }
    pub fn advice(&self, variant: Option<&Variant>) -> Msg {
        varied(&["combined_service", "not_eligible_advice"], variant)
    }
}

/// A list item's text, under the list's prefix (`first_week`, `escalation-aima_loop-content`…).
pub fn item_text(list: &str, item: &Item) -> Msg {
    cat(&[list, &item.id])
}

impl PortalMessageDef {
    pub fn title(&self) -> Msg {
        cat(&["portal", self.id.as_str(), "title"])
    }
    pub fn means(&self, case: &PortalCase) -> Msg {
        cat(&["portal", self.id.as_str(), "case", &case.id, "means"])
    }
    /// The things to do of one case, in order.
    pub fn what_to_do(&self, case: &PortalCase) -> Vec<Msg> {
        (1..=case.what_to_do)
            .map(|n| cat(&["portal", self.id.as_str(), "case", &case.id, "todo", &n.to_string()]))
            .collect()
    }
}

impl LetterDef {
    pub fn subject(&self) -> Msg {
        cat(&["letter", &self.id, "subject"])
    }
    /// The body's message id; its arguments are the letter's placeholders.
    pub fn body_id(&self) -> String {
        cat_id(&["letter", &self.id, "body"])
    }
}

impl EscalationDef {
    pub fn reason(&self) -> Msg {
        cat(&["escalation", &self.id, "reason"])
    }
    /// The list prefixes of the file's items.
    pub fn list(&self, part: &str) -> String {
        format!("escalation-{}-{part}", self.id)
    }
}

impl IdentifierDef {
    pub fn name(&self) -> Msg {
        cat(&["identifier", &self.id, "name"])
    }
    pub fn issuer(&self) -> Msg {
        cat(&["identifier", &self.id, "issuer"])
    }
}

impl Catalogue {
    /// Every message id the catalogue's entries need, with where it comes from.
    pub fn message_ids(&self) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut add = |at: String, m: Msg| out.push((m.code.into_owned(), at));
        let entries = |add: &mut dyn FnMut(String, Msg), owner: &str, list: &[DocEntry]| {
            for e in list {
                add(format!("{owner} document line `{}`", e.key()), e.why(owner));
                if !e.one_of.is_empty() {
                    add(format!("{owner} one_of `{}`", e.key()), e.label(owner));
                }
            }
        };
        let items = |add: &mut dyn FnMut(String, Msg), list: &str, items: &[Item]| {
            for i in items {
                add(format!("{list} `{}`", i.id), item_text(list, i));
            }
        };
        for d in &self.documents {
            for m in [d.name(), d.proves(), d.obtained_from()] {
                add(format!("document `{}`", d.id), m);
            }
        }
        for d in &self.do_not {
            add(format!("do_not `{}`", d.id), d.text());
        }
        for s in &self.steps {
            add(format!("step `{}`", s.id), s.text());
        }
        for p in &self.profiles {
            let at = format!("profile `{}`", p.id);
            for m in [p.name(), p.match_reason(), p.channel(), p.fallback(None)] {
                add(at.clone(), m);
            }
            for v in &p.fallback_if {
                add(at.clone(), p.fallback(Some(v)));
            }
            entries(&mut add, &entry_owner(&p.id), &p.documents);
        }
        for r in &self.representation {
            add(format!("representation `{}`", r.filer.as_str()), r.note());
            entries(&mut add, &entry_owner(&format!("representation:{}", r.filer.as_str())), &r.documents);
        }
        for r in &self.residence_evidence {
            add(format!("residence_evidence `{}`", r.one_of.join("|")), r.label());
        }
        let cs = &self.combined_service;
        for m in [cs.name(), cs.channel(), cs.eligible_text(), cs.advice(None)] {
            add("combined_service".into(), m);
        }
        for v in &cs.not_eligible_advice_if {
            add("combined_service".into(), cs.advice(Some(v)));
        }
        for c in &cs.conditions {
            add(format!("combined_service condition `{}`", c.id), c.text(true));
            add(format!("combined_service condition `{}`", c.id), c.text(false));
        }
        entries(&mut add, "combined_service", &cs.documents);
        items(&mut add, "combined_service-step", &cs.steps);
        for m in &self.portal_messages {
            let at = format!("portal message `{}`", m.id.as_str());
            add(at.clone(), m.title());
            for c in &m.cases {
                add(at.clone(), m.means(c));
                for t in m.what_to_do(c) {
                    add(at.clone(), t);
                }
            }
            entries(&mut add, &entry_owner(&format!("portal_message:{}", m.id.as_str())), &m.documents);
        }
        for l in self.letters.iter().chain(self.escalations.iter().flat_map(|e| e.cover_letters.iter())) {
            add(format!("letter `{}`", l.id), l.subject());
            add(format!("letter `{}`", l.id), Msg::code(l.body_id()));
        }
        for e in &self.escalations {
            add(format!("escalation `{}`", e.id), e.reason());
            items(&mut add, &e.list("content"), &e.contents);
            items(&mut add, &e.list("evidence"), &e.evidence_loop);
            items(&mut add, &e.list("deadline"), e.deadline_note.as_slice());
        }
        items(&mut add, "first_week", &self.first_week);
        items(&mut add, "warning", &self.warnings);
        items(&mut add, "note", &self.notes);
        for i in &self.identifiers {
            add(format!("identifier `{}`", i.id), i.name());
            add(format!("identifier `{}`", i.id), i.issuer());
        }
        out
    }
}
