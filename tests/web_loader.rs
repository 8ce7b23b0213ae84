//! The loader (src/web/loader.js, inlined into the page) and the Rust side agree: which program
//! shows a route (`forms::program::owner`), where and in which version the answers are stored,
//! and that what it writes (a language choice, "start again") reads back as this version's
//! state, not as a repaired or reset one.
#![cfg(not(target_arch = "wasm32"))]

use amparo::forms::program::{Owner, owner};
use amparo::forms::{LoadNotice, STORAGE_KEY, Tool, VERSION, load_state};
use std::process::Command;

fn loader() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/web/loader.js")).expect("src/web/loader.js")
}

/// The text of the loader from `from` up to (not including) `to`.
fn slice(src: &str, from: &str, to: &str) -> String {
    let start = src.find(from).unwrap_or_else(|| panic!("loader.js has no {from}"));
    let end = src[start..].find(to).unwrap_or_else(|| panic!("loader.js has no {to} after {from}")) + start;
    src[start..end].to_string()
}

/// Runs `body` in node after the loader's own definitions named; returns what it prints.
fn node(defs: &str, body: &str) -> String {
    let script = format!("var TOOLS = ['survivors', 'niss'];\n{defs}\n{body}");
    let out = Command::new("node").arg("-e").arg(&script).output().expect("node (the e2e tests need it too)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_loader_stores_where_the_app_does() {
    let src = loader();
    assert!(src.contains(&format!("var KEY = '{STORAGE_KEY}';")), "loader.js KEY");
    assert!(src.contains(&format!("var VERSION = {VERSION};")), "loader.js VERSION");
}

#[test]
fn the_loader_sends_each_route_to_the_program_that_shows_it() {
    let hashes = [
        "", "#", "#/", "#/privacy", "#/privacy/x", "#/survivors", "#/survivors/deceased/change", "#/survivors/person/2",
        "#/niss", "#/niss/check", "#/delete", "#/delete/survivors", "#/delete/niss", "#/delete/x", "#/open", "#/nowhere",
        "#//survivors", "#survivors",
    ];
    let src = loader();
    let defs = slice(&src, "  function parts(hash) {", "  function code(value) {");
    let list = hashes.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(",");
    let out = node(&defs, &format!("[{list}].forEach(function (h) {{ console.log(owner(h)); }});"));
    let js: Vec<&str> = out.lines().collect();
    for (h, js) in hashes.iter().zip(js) {
        let rust = match owner(h) {
            Owner::Landing => "landing",
            Owner::Tool(Tool::Survivors) => "survivors",
            Owner::Tool(Tool::Niss) => "niss",
            Owner::Any => "any",
        };
        assert_eq!(js, rust, "{h}");
    }
}

#[test]
fn what_the_loader_writes_reads_back_as_this_versions_state() {
    let src = loader();
    let defs = slice(&src, "  function emptyState(lang) {", "  // Nothing stored, or this version's state");
    let defs = format!("var VERSION = {VERSION};\n{defs}");
    for lang in ["null", "'en'"] {
        let out = node(&defs, &format!("console.log(JSON.stringify(emptyState({lang})));"));
        let (state, notice) = load_state(Some(out.trim()));
        assert_eq!(notice, LoadNotice::Restored, "{out}");
        assert!(!state.has_answers());
        assert_eq!(state.lang.as_deref(), if lang == "null" { None } else { Some("en") });
    }
}

#[test]
fn the_loader_knows_the_question_steps() {
    let src = loader();
    let defs = slice(&src, "  var STEPS = {", "  var html = ");
    let out = node(&defs, "console.log(JSON.stringify(STEPS));");
    let steps: serde_json::Value = serde_json::from_str(out.trim()).expect("STEPS as JSON");
    assert_eq!(steps["survivors"], serde_json::json!(amparo::forms::routes::survivors_steps()));
    assert_eq!(steps["niss"], serde_json::json!(amparo::forms::routes::niss_steps()));
}

/// "Continue where you left off" links to the stored step only when the app would show it.
#[test]
fn the_resume_link_is_a_page_the_app_shows() {
    let state = serde_json::json!({"version": 1, "survivors": {"death_date": "2025-03-14", "people": [{"id": "p1"}, 7]}, "niss": {}});
    let hashes = [
        "#/survivors", "#/survivors/death-date", "#/survivors/death-date/change", "#/survivors/people", "#/survivors/check",
        "#/survivors/results", "#/survivors/results/change", "#/survivors/person/0", "#/survivors/person/0/change",
        "#/survivors/person/1", "#/survivors/person/2", "#/survivors/person/x", "#/survivors/nope", "#/survivors/check/x",
        "#/niss", "#/niss/name", "#/niss/name/change", "#/niss/pack", "#/niss/check", "#/niss/nope", "#/niss/pack/change",
        "#/nowhere", "#/privacy",
    ];
    let src = loader();
    let defs = format!(
        "{}\n{}\n{}",
        slice(&src, "  var STEPS = {", "  var html = "),
        slice(&src, "  function parts(hash) {", "  // The program that shows a route"),
        slice(&src, "  function isStep(hash, state) {", "  // \"Continue where you left off\""),
    );
    let list = hashes.iter().map(|h| format!("{h:?}")).collect::<Vec<_>>().join(",");
    let out = node(&defs, &format!("var state = {state};\n[{list}].forEach(function (h) {{ console.log(isStep(h, state)); }});"));
    for (h, js) in hashes.iter().zip(out.lines()) {
        let rust = amparo::forms::routes::route(h, &state["survivors"], Vec::new)
            .is_some_and(|r| matches!(r, amparo::forms::routes::Route::Survivors(_) | amparo::forms::routes::Route::Niss(_)));
        assert_eq!(js == "true", rust, "{h}");
    }
}

#[test]
fn the_loader_reads_files_no_larger_than_the_app_does() {
    assert!(loader().contains(&format!("var MAX_FILE = {};", amparo::limits::MAX_INPUT_BYTES)), "loader.js MAX_FILE");
}
