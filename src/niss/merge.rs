//! Merging the document lists, steps and "do not" items of several profiles into one pack with
//! no duplicates, each item remembering why it is there and for whom.

use super::answers::Filer;
use super::catalogue::{Catalogue, DocEntry, ItemRef, Need, Sourced, Who};
use super::conditions::Facts;
use super::pack::{Because, DocumentChoice, PackDoNot, PackDocument, PackStep};
use super::words::entry_owner;
use crate::message::Msg;
use std::collections::BTreeSet;

/// A document line after conditions and residence resolution.
enum Resolved {
    Single(String),
    Group(Vec<String>, Msg),
}

fn resolve(cat: &Catalogue, facts: &Facts, owner: &str, e: &DocEntry) -> Option<Resolved> {
    if let Some(d) = &e.doc {
        return Some(Resolved::Single(d.clone()));
    }
    if !e.one_of.is_empty() {
        let label = e.label(owner);
        return Some(Resolved::Group(e.one_of.clone(), label));
    }
    if e.residence {
        let a = facts.answers;
        let row = cat
            .residence_evidence
            .iter()
            .find(|r| r.nationality.contains(&a.nationality_group) && r.status.contains(&a.residence_status))?;
        return match row.one_of.as_slice() {
            [one] => Some(Resolved::Single(one.clone())),
            _ => Some(Resolved::Group(row.one_of.clone(), row.label())),
        };
    }
    None
}

/// The document ids a list of entries resolves to (used to show the combined service's list).
pub fn resolved_ids(cat: &Catalogue, facts: &Facts, owner: &str, entries: &[DocEntry]) -> Vec<String> {
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| facts.all(&e.only_if)) {
        match resolve(cat, facts, owner, e) {
            Some(Resolved::Single(d)) => out.push(d),
            Some(Resolved::Group(ds, _)) => out.extend(ds),
            None => {}
        }
    }
    out
}

struct Single {
    id: String,
    need: Need,
    because: Vec<Because>,
}

struct Group {
    key: BTreeSet<String>,
    options: Vec<String>,
    label: Msg,
    need: Need,
    because: Vec<Because>,
}

fn add_because(list: &mut Vec<Because>, b: Because) {
    if !list.contains(&b) {
        list.push(b);
    }
}

/// Merges document lines contributed by (who, entries) pairs, in order.
pub fn documents(
    cat: &Catalogue,
    facts: &Facts,
    contributions: &[(String, &[DocEntry])],
) -> (Vec<PackDocument>, Vec<DocumentChoice>) {
    let mut singles: Vec<Single> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    for (by, entries) in contributions {
        let owner = entry_owner(by);
        for e in entries.iter().filter(|e| facts.all(&e.only_if)) {
            let because = Because { by: by.clone(), why: e.why(&owner) };
            match resolve(cat, facts, &owner, e) {
                Some(Resolved::Single(id)) => match singles.iter_mut().find(|s| s.id == id) {
                    Some(s) => {
                        s.need = s.need.min(e.need);
                        add_because(&mut s.because, because);
                    }
                    None => singles.push(Single { id, need: e.need, because: vec![because] }),
                },
                Some(Resolved::Group(options, label)) => {
                    let key: BTreeSet<String> = options.iter().cloned().collect();
                    match groups.iter_mut().find(|g| g.key == key) {
                        Some(g) => {
                            g.need = g.need.min(e.need);
                            add_because(&mut g.because, because);
                        }
                        None => groups.push(Group { key, options, label, need: e.need, because: vec![because] }),
                    }
                }
                None => {}
            }
        }
    }
    // A group is satisfied by a required single document among its options; an optional single
    // that is also an option moves into the group, so no document appears twice.
    let mut kept_groups = Vec::new();
    for mut g in groups {
        if let Some(s) = singles.iter_mut().find(|s| s.need == Need::Required && g.key.contains(&s.id)) {
            for b in g.because.drain(..) {
                add_because(&mut s.because, b);
            }
            continue;
        }
        let (inside, outside): (Vec<Single>, Vec<Single>) = singles.into_iter().partition(|s| g.key.contains(&s.id));
        singles = outside;
        for s in inside {
            for b in s.because {
                add_because(&mut g.because, b);
            }
        }
        kept_groups.push(g);
    }
    let docs = singles.into_iter().filter_map(|s| pack_document(cat, &s.id, s.need, s.because)).collect();
    let choices = kept_groups
        .into_iter()
        .map(|g| DocumentChoice {
            id: g.options.join("|"),
            label: g.label,
            need: g.need,
            options: g.options.iter().filter_map(|o| pack_document(cat, o, g.need, Vec::new())).collect(),
            needed_for: g.because,
        })
        .collect();
    (docs, choices)
}

fn pack_document(cat: &Catalogue, id: &str, need: Need, because: Vec<Because>) -> Option<PackDocument> {
    let d = cat.document(id)?;
    Some(PackDocument {
        id: d.id.clone(),
        name: d.name(),
        proves: d.proves(),
        obtained_from: d.obtained_from(),
        form: d.form,
        translation: d.translation,
        need,
        needed_for: because,
        source: d.source(),
    })
}

fn push_for(list: &mut Vec<String>, by: &str) {
    if !list.iter().any(|x| x == by) {
        list.push(by.to_string());
    }
}

/// The "do not" items, de-duplicated, most important first (stable within a priority).
pub fn do_not(cat: &Catalogue, facts: &Facts, contributions: &[(String, &[ItemRef])]) -> Vec<PackDoNot> {
    let mut out: Vec<(u8, PackDoNot)> = Vec::new();
    for (by, refs) in contributions {
        for r in refs.iter().filter(|r| facts.all(&r.only_if)) {
            let Some(def) = cat.do_not_def(&r.id) else {
                continue;
            };
            match out.iter_mut().find(|(_, d)| d.id == def.id) {
                Some((_, d)) => push_for(&mut d.for_, by),
                None => out.push((
                    def.priority,
                    PackDoNot { id: def.id.clone(), text: def.text(), for_: vec![by.clone()], source: def.source() },
                )),
            }
        }
    }
    out.sort_by_key(|(p, _)| *p);
    out.into_iter().map(|(_, d)| d).collect()
}

fn who(w: Who, filer: Filer) -> (&'static str, Msg) {
    let resolved = match w {
        Who::Person => Filer::SelfFiling,
        Who::Filer => filer,
        Who::Employer => Filer::Employer,
        Who::Representative => Filer::Representative,
    };
    match resolved {
        Filer::SelfFiling => ("you", Msg::code("niss-step-who-you")),
        Filer::Employer => ("employer", Msg::code("niss-step-who-employer")),
        Filer::Representative => ("representative", Msg::code("niss-step-who-representative")),
    }
}

/// The steps, de-duplicated and ordered (phase, then catalogue order), numbered from 1.
pub fn steps(cat: &Catalogue, facts: &Facts, contributions: &[(String, &[ItemRef])]) -> Vec<PackStep> {
    let mut out: Vec<PackStep> = Vec::new();
    for (by, refs) in contributions {
        for r in refs.iter().filter(|r| facts.all(&r.only_if)) {
            let Some(def) = cat.step_def(&r.id) else {
                continue;
            };
            if !facts.all(&def.only_if) {
                continue;
            }
            match out.iter_mut().find(|s| s.id == def.id) {
                Some(s) => push_for(&mut s.for_, by),
                None => {
                    let (w, label) = who(def.who, facts.answers.filed_by);
                    out.push(PackStep {
                        order: 0,
                        id: def.id.clone(),
                        who: w.to_string(),
                        who_label: label,
                        phase: def.phase,
                        text: def.text(),
                        for_: vec![by.clone()],
                        source: def.source(),
                    });
                }
            }
        }
    }
    // Order: by phase, then by the step's place in the catalogue's list (which is written in the
    // order the steps should be taken), so merged profiles interleave sensibly.
    let rank = |id: &str| cat.steps.iter().position(|d| d.id == id).unwrap_or(usize::MAX);
    out.sort_by_key(|s| (s.phase, rank(&s.id)));
    for (i, s) in out.iter_mut().enumerate() {
        s.order = i + 1;
    }
    out
}
