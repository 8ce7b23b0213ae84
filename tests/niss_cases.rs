//! Every example case under `tests/cases/niss/` (one per profile) runs through the advisor and
//! matches its expected fragments.

use amparo::niss::catalogue::PROFILE_IDS;
use amparo::niss::{Catalogue, DocumentPack, advise, parse_answers};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

const KNOWN_EXPECT_KEYS: &[&str] = &[
    "profiles",
    "documents_include",
    "documents_exclude",
    "choose_one",
    "do_not_first",
    "do_not_include",
    "do_not_exclude",
    "steps_include",
    "steps_exclude",
    "steps_order",
    "portal_message",
    "portal_messages",
    "letters",
    "escalation",
    "escalations",
    "warnings_first",
    "steps_first",
    "combined_service_eligible",
];

fn strings(v: &Value, key: &str, file: &str) -> Vec<String> {
    v.get(key)
        .map(|x| {
            x.as_array()
                .unwrap_or_else(|| panic!("{file}: {key} must be a list"))
                .iter()
                .map(|s| s.as_str().unwrap_or_else(|| panic!("{file}: {key} holds strings")).to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn check(file: &str, pack: &DocumentPack, expect: &Value) {
    let obj = expect.as_object().unwrap_or_else(|| panic!("{file}: expect must be an object"));
    for k in obj.keys() {
        assert!(KNOWN_EXPECT_KEYS.contains(&k.as_str()), "{file}: unknown expect key {k}");
    }
    let docs = pack.all_document_ids();
    let do_not = pack.do_not_ids();
    let steps = pack.step_ids();
    if expect.get("profiles").is_some() {
        assert_eq!(pack.profile_ids(), strings(expect, "profiles", file), "{file}: profiles");
    }
    for d in strings(expect, "documents_include", file) {
        assert!(docs.contains(&d.as_str()), "{file}: document {d} missing from {docs:?}");
    }
    for d in strings(expect, "documents_exclude", file) {
        assert!(!docs.contains(&d.as_str()), "{file}: document {d} must not be there");
    }
    let choices: Vec<&str> = pack.choose_one.iter().map(|c| c.id.as_str()).collect();
    for c in strings(expect, "choose_one", file) {
        assert!(choices.contains(&c.as_str()), "{file}: choice {c} missing from {choices:?}");
    }
    if let Some(first) = expect.get("do_not_first").and_then(Value::as_str) {
        assert_eq!(do_not.first().copied(), Some(first), "{file}: first do-not");
    }
    for d in strings(expect, "do_not_include", file) {
        assert!(do_not.contains(&d.as_str()), "{file}: do-not {d} missing from {do_not:?}");
    }
    for d in strings(expect, "do_not_exclude", file) {
        assert!(!do_not.contains(&d.as_str()), "{file}: do-not {d} must not be there");
    }
    for s in strings(expect, "steps_include", file) {
        assert!(steps.contains(&s.as_str()), "{file}: step {s} missing from {steps:?}");
    }
    for s in strings(expect, "steps_exclude", file) {
        assert!(!steps.contains(&s.as_str()), "{file}: step {s} must not be there");
    }
    let order = strings(expect, "steps_order", file);
    let positions: Vec<usize> = order
        .iter()
        .map(|s| steps.iter().position(|x| x == s).unwrap_or_else(|| panic!("{file}: step {s} missing from {steps:?}")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{file}: steps out of order {steps:?}");
    if let Some(m) = expect.get("portal_message").and_then(Value::as_str) {
        assert_eq!(pack.portal_message.as_ref().map(|d| d.id.as_str()), Some(m), "{file}: portal message");
    }
    if expect.get("portal_messages").is_some() {
        assert_eq!(pack.portal_message_ids(), strings(expect, "portal_messages", file), "{file}: portal messages");
    }
    if expect.get("escalations").is_some() {
        assert_eq!(pack.escalation_ids(), strings(expect, "escalations", file), "{file}: escalation files");
    }
    if let Some(w) = expect.get("warnings_first").and_then(Value::as_str) {
        assert_eq!(pack.warning_ids().first().copied(), Some(w), "{file}: first warning");
    }
    if let Some(st) = expect.get("steps_first").and_then(Value::as_str) {
        assert_eq!(steps.first().copied(), Some(st), "{file}: step 1");
    }
    if expect.get("letters").is_some() {
        assert_eq!(pack.letter_ids(), strings(expect, "letters", file), "{file}: letters");
    }
    if let Some(b) = expect.get("escalation").and_then(Value::as_bool) {
        assert_eq!(pack.escalation.is_some(), b, "{file}: escalation");
    }
    if let Some(b) = expect.get("combined_service_eligible").and_then(Value::as_bool) {
        assert_eq!(pack.combined_service.eligible, b, "{file}: combined service");
    }
    let unique: BTreeSet<&str> = docs.iter().copied().collect();
    assert_eq!(unique.len(), docs.len(), "{file}: a document appears twice");
}

#[test]
fn every_case_file_passes_and_every_profile_has_one() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases/niss");
    let dir = if dir.is_dir() { dir } else { PathBuf::from("/work/main/tests/cases/niss") };
    let cat = Catalogue::bundled().unwrap_or_else(|e| panic!("{e}"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= PROFILE_IDS.len(), "only {} case files", files.len());
    let mut covered = BTreeSet::new();
    for path in &files {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let answers = case.get("answers").unwrap_or_else(|| panic!("{file}: no answers"));
        let expect = case.get("expect").unwrap_or_else(|| panic!("{file}: no expect"));
        let parsed = parse_answers(&answers.to_string()).unwrap_or_else(|e| panic!("{file}: {e}"));
        let pack = advise(&parsed, &cat).unwrap_or_else(|e| panic!("{file}: {e}"));
        check(&file, &pack, expect);
        // The file is named after the profile it illustrates, which must match.
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        assert!(pack.profile_ids().contains(&stem), "{file}: does not match its own profile {stem}");
        covered.insert(stem.to_string());
    }
    for id in PROFILE_IDS {
        assert!(covered.contains(*id), "no case file for profile {id}");
    }
}
