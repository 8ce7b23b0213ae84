//! The bundled NISS catalogue loads and validates; broken catalogues are rejected.

use amparo::niss::Catalogue;
use amparo::niss::catalogue::{NISS_JSON, PROFILE_IDS};
use serde_json::Value;

fn bundled_value() -> Value {
    serde_json::from_str(NISS_JSON).expect("the bundled catalogue is JSON")
}

fn rejects(v: &Value, expect_in_error: &str) {
    let json = serde_json::to_string(v).expect("serialise");
    match Catalogue::from_json(&json) {
        Ok(_) => {
            panic!("a broken catalogue was accepted (expected an error about {expect_in_error:?})")
        }
        Err(e) => assert!(e.contains(expect_in_error), "error {e:?} does not mention {expect_in_error:?}"),
    }
}

#[test]
fn bundled_catalogue_is_valid() {
    let cat = Catalogue::bundled().unwrap_or_else(|e| panic!("{e}"));
    for id in PROFILE_IDS {
        assert!(cat.profile(id).is_some(), "profile {id}");
    }
    assert_eq!(cat.portal_messages.len(), 6);
    assert_eq!(cat.escalations.len(), 3);
}

#[test]
fn every_item_has_reference_confidence_and_review_date() {
    // Walk the raw JSON: every object that has a `reference` also has a confidence from the
    // allowed list and the review date; every catalogue entry with an `id` (except references to
    // shared items) carries a reference.
    fn walk(v: &Value, path: &str, count: &mut usize) {
        match v {
            Value::Object(m) => {
                if let Some(r) = m.get("reference") {
                    *count += 1;
                    let title = r.get("title").and_then(Value::as_str).unwrap_or("");
                    assert!(!title.trim().is_empty(), "{path}: reference without a title");
                    let conf = m.get("confidence").and_then(Value::as_str).unwrap_or("");
                    assert!(
                        ["official", "secondary", "seed_only", "unverified"].contains(&conf),
                        "{path}: confidence {conf:?}"
                    );
                    if conf == "official" || conf == "secondary" {
                        assert!(
                            r.get("url").is_some() || r.get("act").is_some(),
                            "{path}: {conf} item without url or act"
                        );
                    }
                    assert_eq!(m.get("last_review").and_then(Value::as_str), Some("2026-11-23"), "{path}");
                }
                for (k, x) in m {
                    if k != "reference" {
                        walk(x, &format!("{path}.{k}"), count);
                    }
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), count);
                }
            }
            _ => {}
        }
    }
    let v = bundled_value();
    let mut count = 0;
    walk(&v, "$", &mut count);
    assert!(count > 150, "only {count} sourced items");
    // Every defined item (documents, do_not, steps, profiles, letters, items…) carries a reference.
    for list in [
        "documents",
        "do_not",
        "steps",
        "profiles",
        "letters",
        "first_week",
        "identifiers",
        "warnings",
        "notes",
        "portal_messages",
        "residence_evidence",
        "representation",
    ] {
        for (i, item) in v[list].as_array().expect(list).iter().enumerate() {
            assert!(item.get("reference").is_some(), "{list}[{i}] has no reference");
            assert!(item.get("confidence").is_some(), "{list}[{i}] has no confidence");
        }
    }
}

#[test]
fn duplicate_ids_are_rejected() {
    let mut v = bundled_value();
    let first = v["documents"][0].clone();
    v["documents"].as_array_mut().expect("array").push(first);
    rejects(&v, "document `passport` is defined 2 times");
}

#[test]
fn a_missing_reference_is_rejected() {
    let mut v = bundled_value();
    v["documents"][0].as_object_mut().expect("object").remove("reference");
    rejects(&v, "reference");
}

#[test]
fn an_official_item_without_url_or_act_is_rejected() {
    let mut v = bundled_value();
    let r = v["documents"][0]["reference"].as_object_mut().expect("object");
    r.remove("url");
    r.remove("act");
    rejects(&v, "needs a URL or a legal act");
}

#[test]
fn an_unknown_confidence_is_rejected() {
    let mut v = bundled_value();
    v["steps"][0]["confidence"] = Value::from("probably");
    rejects(&v, "unknown variant");
}

#[test]
fn a_profile_pointing_to_an_unknown_document_is_rejected() {
    let mut v = bundled_value();
    v["profiles"][0]["documents"][0]["doc"] = Value::from("no_such_document");
    rejects(&v, "unknown document `no_such_document`");
}

#[test]
fn a_profile_pointing_to_an_unknown_step_or_do_not_is_rejected() {
    let mut v = bundled_value();
    v["profiles"][1]["steps"][0]["id"] = Value::from("no_such_step");
    rejects(&v, "unknown step `no_such_step`");
    let mut v = bundled_value();
    v["profiles"][1]["do_not"][0]["id"] = Value::from("no_such_warning");
    rejects(&v, "unknown do_not `no_such_warning`");
}

#[test]
fn a_missing_profile_is_rejected() {
    let mut v = bundled_value();
    let profiles = v["profiles"].as_array_mut().expect("array");
    profiles.retain(|p| p["id"] != "family_member");
    rejects(&v, "profile `family_member` is missing");
}

#[test]
fn a_text_in_the_catalogue_or_two_lines_sharing_words_are_rejected() {
    // The words live in the message files (niss.ftl), not in the catalogue.
    let mut v = bundled_value();
    v["do_not"][0]["text"] = serde_json::json!({"pt": "Não", "en": "Do not"});
    rejects(&v, "unknown field `text`");
    // Two lines of one list with the same key would share their "why".
    let mut v = bundled_value();
    let first = v["profiles"][0]["documents"][0].clone();
    v["profiles"][0]["documents"].as_array_mut().expect("array").push(first);
    rejects(&v, "document line `passport` is defined 2 times");
}

#[test]
fn an_unknown_condition_or_field_is_rejected() {
    let mut v = bundled_value();
    v["steps"][0]["only_if"] = serde_json::json!(["when_the_moon_is_full"]);
    rejects(&v, "unknown variant");
    let mut v = bundled_value();
    v["documents"][0]["colour"] = Value::from("blue");
    rejects(&v, "unknown field");
}

#[test]
fn a_letter_with_an_unknown_or_repeated_placeholder_is_rejected() {
    let mut v = bundled_value();
    v["letters"][0]["placeholders"] = serde_json::json!(["name", "nome"]);
    rejects(&v, "unknown placeholder `nome`");
    let mut v = bundled_value();
    v["letters"][0]["placeholders"] = serde_json::json!(["name", "nif", "name"]);
    rejects(&v, "placeholder `name` is defined 2 times");
}

#[test]
fn overlapping_one_of_groups_are_rejected() {
    let mut v = bundled_value();
    // employee's group is [employment_contract, employer_declaration]; add a group that overlaps.
    let extra = serde_json::json!({
        "one_of": ["employment_contract", "foreign_employment_contract"],
        "need": "required"
    });
    v["profiles"][2]["documents"].as_array_mut().expect("array").push(extra);
    rejects(&v, "overlap without being equal");
}

#[test]
fn a_bad_review_date_and_a_second_priority_zero_are_rejected() {
    let mut v = bundled_value();
    v["notes"][0]["last_review"] = Value::from("23/11/2026");
    rejects(&v, "is not a YYYY-MM-DD date");
    let mut v = bundled_value();
    v["do_not"][1]["priority"] = Value::from(0);
    rejects(&v, "only `no_second_niss` may have priority 0");
}

#[test]
fn not_json_is_rejected() {
    assert!(Catalogue::from_json("{").is_err());
    assert!(Catalogue::from_json("[]").is_err());
}
