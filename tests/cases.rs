//! Runs every `tests/cases/NAME.input.json` through the CLI's entry point and checks the report
//! against `NAME.expect.json`: a fragment where objects match on the keys given, arrays match
//! element by element, and `benefits` is keyed by benefit name.

use serde_json::Value;
use std::path::Path;

fn matches(path: &str, want: &Value, got: &Value, problems: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                match g.get(k) {
                    Some(gv) => matches(&format!("{path}.{k}"), wv, gv, problems),
                    None => problems.push(format!("{path}.{k}: missing")),
                }
            }
        }
        (Value::Array(w), Value::Array(g)) => {
            if w.len() != g.len() {
                problems.push(format!("{path}: {} items, expected {}", g.len(), w.len()));
            }
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                matches(&format!("{path}[{i}]"), wv, gv, problems);
            }
        }
        _ if want == got => {}
        _ => problems.push(format!("{path}: got {got}, expected {want}")),
    }
}

#[test]
fn every_case_matches_its_expected_report() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut count = 0;
    let mut problems = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for input in entries.iter().filter(|p| p.to_string_lossy().ends_with(".input.json")) {
        let name = input.file_name().unwrap().to_string_lossy().replace(".input.json", "");
        let expect_path = dir.join(format!("{name}.expect.json"));
        let want: Value = serde_json::from_str(&std::fs::read_to_string(&expect_path).unwrap_or_else(|_| panic!("{name}: no expect file"))).unwrap();
        let (code, out) = amparo::cli::survivors(&std::fs::read_to_string(input).unwrap(), amparo::i18n::Lang::Pt);
        assert_eq!(code, 0, "{name}: {out}");
        let mut got: Value = serde_json::from_str(&out).unwrap();
        // Key the benefits by name so the fragment can pick a few.
        let by_name: serde_json::Map<String, Value> =
            got["benefits"].as_array().unwrap().iter().map(|b| (b["benefit"].as_str().unwrap().to_string(), b.clone())).collect();
        got["benefits"] = Value::Object(by_name);
        matches(&name, &want, &got, &mut problems);
        count += 1;
    }
    assert!(count >= 5, "only {count} cases found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_matcher_notices_a_difference() {
    let mut p = Vec::new();
    matches("x", &serde_json::json!({"a": [1, {"b": "2"}]}), &serde_json::json!({"a": [1, {"b": "3"}], "c": 0}), &mut p);
    assert_eq!(p, ["x.a[1].b: got \"3\", expected \"2\""]);
}
