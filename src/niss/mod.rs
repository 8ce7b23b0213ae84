//! NISS document-pack advisor and the NISS / NIF checkers (issue 4).
//!
//! `advise` turns typed answers into one document pack: the matching profiles and why, the
//! combined-service verdict, one de-duplicated document checklist, what not to do, the steps in
//! order, the fallback, the portal-message diagnosis, filled letters, the escalation file when the
//! case is blocked, the first-week checklist and the identifier inventory. It is pure: no I/O.
//! The catalogue (`src/rules/niss.json`) holds every item, with its source and confidence; the
//! words are messages (`src/i18n/locales/<lang>/niss.ftl`, ids in `words.rs`), and the pack
//! holds codes (`crate::message::Msg`) for the reader's language to render.

pub mod answer_fields;
pub mod answers;
pub mod catalogue;
pub mod checkers;
pub mod cli;
pub mod combined_service;
pub mod conditions;
pub mod consistency;
pub mod escalation;
pub mod letters;
pub mod merge;
pub mod nif_kind;
pub mod pack;
pub mod parse;
pub mod portal_messages;
pub mod profiles;
pub mod validate;
pub mod vocabulary;
pub mod words;

pub use answers::{
    Filer, HadNiss, NationalityGroup, NeededFor, NissAnswers, PortalMessage, ResidenceStatus, WorkSituation,
};
pub use catalogue::Catalogue;
pub use checkers::{IdCheck, check_nif, check_niss};
pub use consistency::check_consistency;
pub use parse::parse_answers;
pub use pack::DocumentPack;

use crate::error::InputErrors;
use catalogue::{DocEntry, ItemRef, Sourced};
use conditions::Facts;
use pack::{IdChecks, IdentifierEntry, PackFallback, PackItem};

fn items(prefix: &str, list: &[catalogue::Item], facts: &Facts) -> Vec<PackItem> {
    list.iter()
        .filter(|i| facts.all(&i.only_if))
        .map(|i| PackItem { id: i.id.clone(), text: words::item_text(prefix, i), source: i.source() })
        .collect()
}

fn identifier_status(id: &str, facts: &Facts) -> (&'static str, Option<String>) {
    let a = facts.answers;
    let typed = |check: Option<IdCheck>| check.filter(|c| c.valid && c.person).and_then(|c| c.normalized);
    match id {
        "niss" => {
            let value = typed(a.typed_niss.as_deref().map(check_niss));
            let status = if a.has_pt_citizen_card {
                "on_citizen_card"
            } else if facts.is_tp() {
                "on_protection_declaration"
            } else {
                match facts.had() {
                    HadNiss::Yes => "held",
                    HadNiss::No => "to_request",
                    HadNiss::DontKnow => "unknown",
                }
            };
            (status, value)
        }
        "nif" => {
            let value = typed(a.typed_nif.as_deref().map(check_nif));
            let status = if value.is_some() {
                "held"
            } else if a.has_pt_citizen_card {
                "on_citizen_card"
            } else if facts.is_tp() {
                "on_protection_declaration"
            } else {
                "unknown"
            };
            (status, value)
        }
        "sns_number" if a.has_pt_citizen_card => ("on_citizen_card", None),
        "sns_number" if facts.is_tp() => ("on_protection_declaration", None),
        _ => ("unknown", None),
    }
}

/// Builds the document pack for one set of answers. Contradictory answers come back as
/// `InputErrors` with code `contradiction` (one error per field involved).
pub fn advise(answers: &NissAnswers, catalogue: &Catalogue) -> Result<DocumentPack, InputErrors> {
    check_consistency(answers)?;
    let facts = Facts::new(answers);
    let cat = catalogue;
    let matched = profiles::matching(answers, cat);
    let combined = combined_service::verdict(cat, &facts);

    // Documents: profiles, then the representation extras, then the portal message, then the
    // combined service when the person wants it and is eligible.
    let mut doc_sources: Vec<(String, &[DocEntry])> =
        matched.iter().map(|p| (p.id.clone(), p.documents.as_slice())).collect();
    let mut step_sources: Vec<(String, &[ItemRef])> =
        matched.iter().map(|p| (p.id.clone(), p.steps.as_slice())).collect();
    let mut do_not_sources: Vec<(String, &[ItemRef])> =
        matched.iter().map(|p| (p.id.clone(), p.do_not.as_slice())).collect();
    if let Some(rep) = cat.representation.iter().find(|r| r.filer == answers.filed_by) {
        let by = format!("representation:{}", rep.filer.as_str());
        doc_sources.push((by.clone(), rep.documents.as_slice()));
        step_sources.push((by, rep.steps.as_slice()));
    }
    for def in answers.portal_messages.iter().filter_map(|m| cat.portal_message(*m)) {
        let by = format!("portal_message:{}", def.id.as_str());
        doc_sources.push((by.clone(), def.documents.as_slice()));
        do_not_sources.push((by.clone(), def.do_not.as_slice()));
        step_sources.push((by, def.steps.as_slice()));
    }
    if answers.wants_combined_service && combined.eligible {
        doc_sources.push(("combined_service".to_string(), cat.combined_service.documents.as_slice()));
    }
    let (documents, choose_one) = merge::documents(cat, &facts, &doc_sources);
    let do_not = merge::do_not(cat, &facts, &do_not_sources);
    let steps = merge::steps(cat, &facts, &step_sources);

    let values = letters::LetterValues::from(answers, &documents, &choose_one);
    let filled = cat.letters.iter().filter(|l| facts.all(&l.only_if)).map(|l| letters::fill(l, &values)).collect();
    let diagnoses: Vec<_> =
        answers.portal_messages.iter().filter_map(|m| portal_messages::diagnose(cat, &facts, *m)).collect();
    let escalations = escalation::files(cat, &facts, &values);

    Ok(DocumentPack {
        catalogue_version: cat.version.clone(),
        profiles: matched.iter().map(|p| profiles::describe(answers, p)).collect(),
        combined_service: combined,
        documents,
        choose_one,
        do_not,
        steps,
        fallbacks: matched
            .iter()
            .map(|p| PackFallback {
                profile: p.id.clone(),
                text: p.fallback(catalogue::pick(&p.fallback_if, &facts)),
                source: p.source(),
            })
            .collect(),
        portal_message: diagnoses.first().cloned(),
        portal_messages: diagnoses,
        letters: filled,
        escalation: escalations.first().cloned(),
        escalations,
        first_week: items("first_week", &cat.first_week, &facts),
        identifiers: cat
            .identifiers
            .iter()
            .map(|i| {
                let (status, value) = identifier_status(&i.id, &facts);
                IdentifierEntry {
                    id: i.id.clone(),
                    name: i.name(),
                    issuer: i.issuer(),
                    status: status.to_string(),
                    value,
                    source: i.source(),
                }
            })
            .collect(),
        id_checks: IdChecks {
            niss: answers.typed_niss.as_deref().map(check_niss),
            nif: answers.typed_nif.as_deref().map(check_nif),
        },
        warnings: items("warning", &cat.warnings, &facts),
        notes: items("note", &cat.notes, &facts),
    })
}
