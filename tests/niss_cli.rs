//! The CLI functions: exit codes and JSON shapes.

use amparo::niss::cli::{check_nif_arg, check_niss_arg, niss_advice};
use serde_json::Value;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn assert_errors_shape(v: &Value) {
    let errs = v["errors"].as_array().expect("errors list");
    assert!(!errs.is_empty());
    for e in errs {
        let o = e.as_object().expect("object");
        let mut keys: Vec<&str> = o.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["code", "field", "message_en", "message_pt"]);
    }
}

const GOOD: &str = r#"{"nationality_group":"other","has_pt_citizen_card":false,"has_pt_address":true,
"residence_status":"title","work_situation":"employee_signed_contract","needed_for":"job",
"had_niss_before":false,"passport_or_name_changed":false,"filed_by":"self"}"#;

#[test]
fn advice_prints_the_pack_with_exit_0() {
    let (code, out) = niss_advice(GOOD);
    assert_eq!(code, 0, "{out}");
    let v = json(&out);
    for key in [
        "profiles",
        "combined_service",
        "documents",
        "choose_one",
        "do_not",
        "steps",
        "fallbacks",
        "portal_message",
        "letters",
        "escalation",
        "first_week",
        "identifiers",
        "id_checks",
        "warnings",
        "notes",
    ] {
        assert!(v.get(key).is_some(), "pack has no {key}");
    }
    assert_eq!(v["profiles"][0]["id"], "employee");
    assert!(v["steps"][0]["order"].is_u64());
}

#[test]
fn advice_bad_input_exits_2_with_the_errors_shape() {
    for bad in ["not json", "{}", r#"{"nationality_group":"mars"}"#] {
        let (code, out) = niss_advice(bad);
        assert_eq!(code, 2, "{bad}");
        assert_errors_shape(&json(&out));
    }
    let (_, out) = niss_advice("not json");
    assert_eq!(json(&out)["errors"][0]["code"], "invalid_json");
}

#[test]
fn advice_contradiction_exits_2() {
    let input = GOOD.replace(r#""filed_by":"self""#, r#""filed_by":"self","portal_message":"niss_invalid""#);
    let (code, out) = niss_advice(&input);
    assert_eq!(code, 2);
    let v = json(&out);
    assert_errors_shape(&v);
    assert!(v["errors"].as_array().expect("list").iter().all(|e| e["code"] == "contradiction"));
}

#[test]
fn check_niss_runs_with_exit_0_valid_or_not() {
    let (code, out) = check_niss_arg("12345678910");
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["valid"], true);
    assert_eq!(v["kind"], "person");
    assert!(v["problem"].is_null());
    assert!(v["message_pt"].is_string() && v["message_en"].is_string());
    // serde_json::Value sorts keys, so check the order in the printed text itself.
    let pos: Vec<usize> = ["\"valid\"", "\"kind\"", "\"problem\"", "\"message_pt\"", "\"message_en\""]
        .iter()
        .map(|k| out.find(k).unwrap_or_else(|| panic!("{k} missing")))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "field order: {out}");
    assert!(out.trim_start().starts_with("{\n  \"valid\""), "{out}");

    let (code, out) = check_niss_arg("12109072812");
    assert_eq!(code, 0, "an invalid number is still a check that ran");
    let v = json(&out);
    assert_eq!(v["valid"], false);
    assert_eq!(v["problem"], "check_digit");

    let (code, out) = check_niss_arg("abc");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["problem"], "non_digit");
}

#[test]
fn check_nif_runs_with_exit_0() {
    let (code, out) = check_nif_arg("501 964 843");
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(
        (v["valid"].as_bool(), v["kind"].as_str(), v["problem"].as_str()),
        (Some(true), Some("company"), Some("entity_not_person"))
    );
    let (code, out) = check_nif_arg("501964842");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["problem"], "check_digit");
}

#[test]
fn unusable_arguments_exit_2() {
    for f in [check_niss_arg, check_nif_arg] {
        for bad in ["", "   "] {
            let (code, out) = f(bad);
            assert_eq!(code, 2);
            let v = json(&out);
            assert_errors_shape(&v);
            assert_eq!(v["errors"][0]["code"], "required");
            assert_eq!(v["errors"][0]["field"], "number");
        }
        let (code, out) = f(&"1".repeat(65));
        assert_eq!(code, 2);
        assert_eq!(json(&out)["errors"][0]["code"], "too_long");
        // Exactly 64 characters is still checked.
        let (code, _) = f(&"1".repeat(64));
        assert_eq!(code, 0);
    }
}
