//! The escalation files: which blockage the person is in (an employer who wants a NISS first,
//! AIMA requiring a NISS it cannot see, Social Security saying the documents are insufficient)
//! and the file that fits it, with its letters.

use super::catalogue::{Catalogue, EscalationDef, Item, Sourced};
use super::conditions::{Condition, Facts};
use super::letters::{self, LetterValues};
use super::pack::{EscalationFile, PackItem};
use super::words::item_text;

fn items(prefix: &str, list: &[Item], facts: &Facts) -> Vec<PackItem> {
    list.iter()
        .filter(|i| facts.all(&i.only_if))
        .map(|i| PackItem { id: i.id.clone(), text: item_text(prefix, i), source: i.source() })
        .collect()
}

/// The ids of the files that apply, most urgent first.
pub fn applicable(facts: &Facts) -> Vec<&'static str> {
    let h = |c| facts.holds(c);
    let mut out = Vec::new();
    // The employer will not go ahead without a number the person does not have (yet).
    if h(Condition::MsgEmployer) && h(Condition::NoNissKnown) && h(Condition::Employee) {
        out.push("employer_refusal");
    }
    let aima_message = h(Condition::MsgNissMissing) || h(Condition::MsgNissInvalid) || h(Condition::MsgDataCannotBeUpdated);
    let aima_blocked = h(Condition::NeededForAima)
        && (h(Condition::MsgDocumentsInsufficient) || (h(Condition::NotWorking) && h(Condition::NoNissKnown)));
    let aima = aima_message || aima_blocked;
    if h(Condition::MsgDocumentsInsufficient) && !aima && h(Condition::NotTemporaryProtection) {
        out.push("ss_documents");
    }
    if aima {
        out.push("aima_loop");
    }
    out
}

fn file(def: &EscalationDef, facts: &Facts, values: &LetterValues) -> Option<EscalationFile> {
    let mut cover_letters: Vec<_> =
        def.cover_letters.iter().filter(|l| facts.all(&l.only_if)).map(|l| letters::fill(l, values)).collect();
    if cover_letters.is_empty() {
        cover_letters = def.cover_letters.first().map(|l| letters::fill(l, values)).into_iter().collect();
    }
    let cover_letter = cover_letters.first()?.clone();
    Some(EscalationFile {
        id: def.id.clone(),
        reason: def.reason(),
        contents: items(&def.list("content"), &def.contents, facts),
        evidence_loop: items(&def.list("evidence"), &def.evidence_loop, facts),
        deadline_note: def
            .deadline_note
            .as_ref()
            .filter(|d| facts.all(&d.only_if))
            .map(|d| PackItem { id: d.id.clone(), text: item_text(&def.list("deadline"), d), source: d.source() }),
        cover_letter,
        cover_letters,
    })
}

/// The files for the person's situation, most urgent first (empty when nothing is blocked).
pub fn files(cat: &Catalogue, facts: &Facts, values: &LetterValues) -> Vec<EscalationFile> {
    applicable(facts).into_iter().filter_map(|id| cat.escalation(id)).filter_map(|d| file(d, facts, values)).collect()
}
