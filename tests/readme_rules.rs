//! The README's "Rules and their confidence" table says what the bundled table says: every rule
//! is listed once, with the same confidence, and no rule is listed that the table lacks.

use std::collections::BTreeMap;

#[test]
fn the_readme_lists_every_rule_with_its_confidence() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table: serde_json::Value = serde_json::from_str(amparo::rules::SURVIVORS_JSON).unwrap();
    let want: BTreeMap<String, String> = table["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap().to_string(), r["confidence"].as_str().unwrap().to_string()))
        .collect();
    let section = readme.split("### Rules and their confidence").nth(1).expect("README section").split("\n### ").next().unwrap();
    let mut got = BTreeMap::new();
    for line in section.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let id = cells[1].trim_matches('`').to_string();
        assert!(got.insert(id.clone(), cells[2].to_string()).is_none(), "{id} listed twice");
    }
    assert_eq!(got, want, "README rules table out of step with src/rules/survivors.json");
}
