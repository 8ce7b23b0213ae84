//! Parsing the answers JSON: field-level errors, unknown fields, bad JSON, contradictions, and no
//! panic on any input.

mod common;
use common::niss::*;

use amparo::i18n::Lang;
use amparo::niss::{Catalogue, Filer, NationalityGroup, PortalMessage, WorkSituation, advise, parse_answers};
use proptest::prelude::*;
use serde_json::{Value, json};


fn parse(v: &Value) -> Result<amparo::niss::NissAnswers, amparo::InputErrors> {
    parse_answers(&v.to_string())
}

#[test]
fn a_complete_answer_parses() {
    let mut v = base();
    v["portal_message"] = json!("employer_requires_niss");
    v["typed_nif"] = json!(" 123 456 789 ");
    v["name"] = json!("Ana Silva");
    v["filing_for_family_member"] = json!(false);
    let a = parse(&v).expect("parses");
    assert_eq!(a.nationality_group, NationalityGroup::Other);
    assert_eq!(a.work_situation, WorkSituation::EmployeeSignedContract);
    assert_eq!(a.filed_by, Filer::SelfFiling);
    assert_eq!(a.portal_messages, [PortalMessage::EmployerRequiresNiss]);
    assert_eq!(a.typed_nif.as_deref(), Some("123 456 789"));
    assert_eq!(a.name.as_deref(), Some("Ana Silva"));
    assert!(!a.wants_combined_service);
    // The typed struct round-trips through serde with the same names.
    let back: amparo::niss::NissAnswers = serde_json::from_value(serde_json::to_value(&a).expect("ser")).expect("de");
    assert_eq!(back, a);
}

#[test]
fn every_required_field_is_reported_when_missing() {
    let errs = parse_answers("{}").expect_err("empty object");
    for f in [
        "nationality_group",
        "has_pt_citizen_card",
        "has_pt_address",
        "residence_status",
        "work_situation",
        "needed_for",
        "had_niss_before",
        "passport_or_name_changed",
        "filed_by",
    ] {
        let e = errs.errors.iter().find(|e| e.field == f).unwrap_or_else(|| panic!("no error for {f}"));
        assert_eq!(e.code, "required");
        assert!(!e.text(Lang::Pt).is_empty() && !e.text(Lang::En).is_empty());
    }
    assert_eq!(errs.errors.len(), 9);
}

#[test]
fn a_bad_value_names_the_field_and_the_accepted_values() {
    let mut v = base();
    v["work_situation"] = json!("freelancer");
    v["has_pt_address"] = json!("yes");
    let errs = parse(&v).expect_err("bad");
    let w = errs.errors.iter().find(|e| e.field == "work_situation").expect("work_situation");
    assert_eq!(w.code, "invalid_value");
    assert!(w.text(Lang::En).contains("independent_with_activity"), "{}", w.text(Lang::En));
    let h = errs.errors.iter().find(|e| e.field == "has_pt_address").expect("has_pt_address");
    assert_eq!(h.code, "invalid_type");
    assert_eq!(errs.errors.len(), 2);
}

#[test]
fn an_unknown_field_is_an_error_with_a_suggestion() {
    let mut v = base();
    v["had_nis_before"] = json!(true);
    let errs = parse(&v).expect_err("typo");
    let e = errs.errors.iter().find(|e| e.field == "had_nis_before").expect("unknown field");
    assert_eq!(e.code, "unknown_field");
    assert!(e.text(Lang::En).contains("had_niss_before"), "{}", e.text(Lang::En));
}

#[test]
fn not_json_gives_one_invalid_json_error() {
    for bad in ["", "{", "nope", "{\"a\":}"] {
        let errs = parse_answers(bad).expect_err(bad);
        assert_eq!(errs.errors.len(), 1, "{bad:?}");
        assert_eq!(errs.errors[0].field, "");
        assert_eq!(errs.errors[0].code, "invalid_json");
    }
    let errs = parse_answers("[1,2]").expect_err("array");
    assert_eq!(errs.errors[0].code, "invalid_type");
}

#[test]
fn optional_fields_accept_null_and_empty_text() {
    let mut v = base();
    v["portal_message"] = Value::Null;
    v["typed_niss"] = json!("   ");
    v["name"] = Value::Null;
    let a = parse(&v).expect("parses");
    assert!(a.portal_messages.is_empty());
    assert_eq!(a.typed_niss, None);
}

#[test]
fn overlong_or_control_text_is_refused() {
    let mut v = base();
    v["typed_niss"] = json!("1".repeat(65));
    v["name"] = json!("Ana\u{0007}");
    let errs = parse(&v).expect_err("bad text");
    assert_eq!(errs.errors.iter().find(|e| e.field == "typed_niss").map(|e| e.code.as_str()), Some("too_long"));
    assert_eq!(errs.errors.iter().find(|e| e.field == "name").map(|e| e.code.as_str()), Some("invalid_value"));
}

fn contradiction(v: Value, fields: &[&str]) {
    let cat = Catalogue::bundled().expect("catalogue");
    let a = parse(&v).expect("each answer is valid on its own");
    let errs = advise(&a, &cat).expect_err("contradiction must be refused");
    for f in fields {
        let e = errs.errors.iter().find(|e| e.field == *f).unwrap_or_else(|| panic!("no error on {f}: {errs:?}"));
        assert_eq!(e.code, "contradiction");
        for g in fields {
            assert!(e.text(Lang::En).contains(g) && e.text(Lang::Pt).contains(g), "message must name {g}: {}", e.text(Lang::En));
        }
        assert!(e.text(Lang::En).contains('?') && e.text(Lang::Pt).contains('?'), "it must ask a question back");
    }
}

#[test]
fn never_had_a_niss_but_portal_says_it_is_invalid() {
    let mut v = base();
    v["portal_message"] = json!("niss_invalid");
    contradiction(v, &["had_niss_before", "portal_messages"]);
}

#[test]
fn typed_a_niss_but_never_had_one() {
    let mut v = base();
    v["typed_niss"] = json!("12345678910");
    contradiction(v, &["typed_niss", "had_niss_before"]);
}

#[test]
fn citizen_card_but_never_had_a_niss() {
    let mut v = base();
    v["has_pt_citizen_card"] = json!(true);
    contradiction(v, &["has_pt_citizen_card", "had_niss_before"]);
}

#[test]
fn temporary_protection_wanting_the_combined_service() {
    let mut v = base();
    v["nationality_group"] = json!("ukraine_temporary_protection");
    v["wants_combined_service"] = json!(true);
    contradiction(v, &["nationality_group", "wants_combined_service"]);
}

#[test]
fn employer_files_but_the_person_is_not_an_employee() {
    let mut v = base();
    v["filed_by"] = json!("employer");
    v["work_situation"] = json!("foreign_employer");
    contradiction(v, &["filed_by", "work_situation"]);
}

#[test]
fn employer_message_but_not_an_employee() {
    let mut v = base();
    v["portal_message"] = json!("employer_requires_niss");
    v["work_situation"] = json!("independent_with_activity");
    contradiction(v, &["portal_messages", "work_situation"]);
}

#[test]
fn not_working_but_needed_for_a_job() {
    let mut v = base();
    v["work_situation"] = json!("not_working");
    v["needed_for"] = json!("job");
    contradiction(v, &["work_situation", "needed_for"]);
}

#[test]
fn consistent_answers_are_not_contradictions() {
    let cat = Catalogue::bundled().expect("catalogue");
    let mut v = base();
    v["had_niss_before"] = json!(true);
    v["typed_niss"] = json!("12345678910");
    v["portal_message"] = json!("niss_invalid");
    v["filed_by"] = json!("employer");
    assert!(advise(&parse(&v).expect("parse"), &cat).is_ok());
}

proptest! {
    #[test]
    fn parse_answers_never_panics(s in any::<String>()) {
        let _ = parse_answers(&s);
    }

    #[test]
    fn parse_answers_never_panics_on_json_objects(
        keys in proptest::collection::vec("[a-z_]{0,20}", 0..6),
        vals in proptest::collection::vec(any::<String>(), 0..6),
    ) {
        let mut m = serde_json::Map::new();
        for (k, v) in keys.iter().zip(vals.iter()) {
            m.insert(k.clone(), Value::String(v.clone()));
        }
        let _ = parse_answers(&Value::Object(m).to_string());
    }

    #[test]
    fn advise_never_panics_on_any_typed_text(niss in any::<String>(), nif in any::<String>(), name in any::<String>()) {
        let cat = Catalogue::bundled().expect("catalogue");
        let mut v = base();
        v["had_niss_before"] = json!(true);
        v["typed_niss"] = json!(niss);
        v["typed_nif"] = json!(nif);
        v["name"] = json!(name);
        if let Ok(a) = parse(&v) {
            let _ = advise(&a, &cat);
        }
    }
}
