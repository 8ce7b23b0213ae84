//! The CLI functions: exit codes and JSON shapes.

use amparo::i18n::Lang;
use amparo::niss::cli::{check_nif_arg, check_niss_arg, niss_advice, parse_lang};
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
        // The error shape keeps both languages and adds `message` in the one asked for.
        assert_eq!(keys, ["code", "field", "message", "message_en", "message_pt"]);
    }
}

const GOOD: &str = r#"{"nationality_group":"other","has_pt_citizen_card":false,"has_pt_address":true,
"residence_status":"title","work_situation":"employee_signed_contract","needed_for":"job",
"had_niss_before":false,"passport_or_name_changed":false,"filed_by":"self"}"#;

#[test]
fn advice_prints_the_pack_with_exit_0() {
    let (code, out) = niss_advice(GOOD, Lang::Pt);
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
        let (code, out) = niss_advice(bad, Lang::Pt);
        assert_eq!(code, 2, "{bad}");
        assert_errors_shape(&json(&out));
    }
    let (_, out) = niss_advice("not json", Lang::Pt);
    assert_eq!(json(&out)["errors"][0]["code"], "invalid_json");
}

#[test]
fn advice_contradiction_exits_2() {
    let input = GOOD.replace(r#""filed_by":"self""#, r#""filed_by":"self","portal_message":"niss_invalid""#);
    let (code, out) = niss_advice(&input, Lang::Pt);
    assert_eq!(code, 2);
    let v = json(&out);
    assert_errors_shape(&v);
    assert!(v["errors"].as_array().expect("list").iter().all(|e| e["code"] == "contradiction"));
}

#[test]
fn check_niss_runs_with_exit_0_valid_or_not() {
    let (code, out) = check_niss_arg("12345678910", Lang::Pt);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(v["valid"], true);
    assert_eq!(v["kind"], "person");
    assert!(v["problem"].is_null());
    assert_eq!(v["message"]["code"], "niss-idcheck-niss-ok");
    assert!(v["message"]["text"].as_str().is_some_and(|t| t.contains("algarismo de controlo confere")), "{out}");
    // serde_json::Value sorts keys, so check the order in the printed text itself.
    let pos: Vec<usize> = ["\"valid\"", "\"kind\"", "\"problem\"", "\"message\"", "\"identifier\""]
        .iter()
        .map(|k| out.find(k).unwrap_or_else(|| panic!("{k} missing")))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "field order: {out}");
    assert!(out.trim_start().starts_with("{\n  \"valid\""), "{out}");

    let (code, out) = check_niss_arg("12109072812", Lang::Pt);
    assert_eq!(code, 0, "an invalid number is still a check that ran");
    let v = json(&out);
    assert_eq!(v["valid"], false);
    assert_eq!(v["problem"], "check_digit");

    let (code, out) = check_niss_arg("abc", Lang::Pt);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["problem"], "non_digit");
}

#[test]
fn check_nif_runs_with_exit_0() {
    let (code, out) = check_nif_arg("501 964 843", Lang::Pt);
    assert_eq!(code, 0);
    let v = json(&out);
    assert_eq!(
        (v["valid"].as_bool(), v["kind"].as_str(), v["problem"].as_str()),
        (Some(true), Some("company"), Some("entity_not_person"))
    );
    let (code, out) = check_nif_arg("501964842", Lang::Pt);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["problem"], "check_digit");
}

#[test]
fn unusable_arguments_exit_2() {
    for f in [check_niss_arg, check_nif_arg] {
        for bad in ["", "   "] {
            let (code, out) = f(bad, Lang::Pt);
            assert_eq!(code, 2);
            let v = json(&out);
            assert_errors_shape(&v);
            assert_eq!(v["errors"][0]["code"], "required");
            assert_eq!(v["errors"][0]["field"], "number");
        }
        let (code, out) = f(&"1".repeat(65), Lang::Pt);
        assert_eq!(code, 2);
        assert_eq!(json(&out)["errors"][0]["code"], "too_long");
        // Exactly 64 characters is still checked.
        let (code, _) = f(&"1".repeat(64), Lang::Pt);
        assert_eq!(code, 0);
    }
}

#[test]
fn the_language_is_chosen_by_code_and_an_unknown_one_is_a_field_error() {
    assert_eq!(parse_lang(None), Ok(Lang::Pt));
    assert_eq!(parse_lang(Some("en")), Ok(Lang::En));
    assert_eq!(parse_lang(Some("uk")).map(Lang::code), Ok("uk"));
    let Err((code, out)) = parse_lang(Some("xx")) else { panic!("xx is not a language") };
    assert_eq!(code, 2);
    let v = json(&out);
    assert_errors_shape(&v);
    assert_eq!(v["errors"][0]["field"], "lang");
    let listed = v["errors"][0]["message_en"].as_str().unwrap_or("");
    assert!(["pt", "en", "uk"].iter().all(|c| listed.contains(c)), "{listed}");
}

#[test]
fn texts_come_in_the_chosen_language_and_letters_in_portuguese_with_a_translation() {
    let input = GOOD.replace(r#""filed_by":"self""#, r#""filed_by":"self","name":"Ana Silva""#);
    let (code, out) = niss_advice(&input, Lang::En);
    assert_eq!(code, 0, "{out}");
    let v = json(&out);
    assert_eq!(v["profiles"][0]["name"]["code"], "niss-cat-profile-employee-name");
    assert_eq!(v["profiles"][0]["name"]["text"], "Employee");
    let letter = &v["letters"][0];
    assert!(letter["body"]["text"].as_str().is_some_and(|t| t.starts_with("Exmos. Senhores")), "{letter}");
    assert!(letter["body"]["translation"].as_str().is_some_and(|t| t.starts_with("Dear Sir or Madam")), "{letter}");
    assert_eq!(letter["body"]["args"]["name"], "Ana Silva");
    assert!(letter["notice"]["text"].as_str().is_some_and(|t| t.contains("sends nothing")));
    let (_, pt) = niss_advice(&input, Lang::Pt);
    assert_eq!(json(&pt)["profiles"][0]["name"]["text"], "Trabalhador por conta de outrem");
    let (_, out) = check_nif_arg("999999990", Lang::En);
    assert!(json(&out)["message"]["text"].as_str().is_some_and(|t| t.contains("nobody's number")));
}
