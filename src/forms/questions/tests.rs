//! Unit tests of the question list's private items (a child module, so it sees them).

use super::*;
use serde_json::json;

#[test]
fn patterns_and_concrete_paths() {
    assert_eq!(pattern("people[12].marriage_date"), "people[].marriage_date");
    assert_eq!(pattern("death_date"), "death_date");
    assert_eq!(concrete("people[].relation", "people[3].unborn"), "people[3].relation");
    assert_eq!(concrete("funeral.paid_by", "funeral.amount"), "funeral.paid_by");
}

#[test]
fn blanks_and_dont_knows() {
    assert!(is_blank(&Value::Null) && is_blank(&json!("  ")));
    assert!(!is_blank(&json!(DONT_KNOW)) && !is_blank(&json!(false)));
    assert!(is_dont_know(&json!("dont_know")) && !is_dont_know(&json!("no")));
}

#[test]
fn conditions_read_the_same_persons_answers() {
    let unborn = SURVIVORS.find("people[1].unborn").unwrap();
    let form = json!({"people": [{"relation": "child"}, {"relation": "spouse"}]});
    assert!(!unborn.is_asked(&form, "people[1].unborn"));
    assert!(unborn.is_asked(&form, "people[0].unborn"));
    let pension = SURVIVORS.find("deceased.reference_pension").unwrap();
    assert!(!pension.is_asked(&json!({"deceased": {"scheme": "none"}}), pension.path));
    assert!(pension.is_asked(&json!({"deceased": {"scheme": "general"}}), pension.path));
    let amount = SURVIVORS.find("funeral.amount").unwrap();
    assert!(!amount.is_asked(&json!({}), amount.path));
    assert!(amount.is_asked(&json!({"funeral": {"paid_by": "p1"}}), amount.path));
}

#[test]
fn lists_and_their_items() {
    assert_eq!(NISS.find("portal_messages[0]").map(|q| q.path), Some("portal_messages"));
    assert_eq!(NISS.find("typed_nif").map(|q| q.page), Some(Page::Step("typed-niss")));
    assert!(NISS.find("nope").is_none());
}

#[test]
fn choice_labels() {
    assert_eq!(SURVIVORS.choice_label("deceased.scheme", "general"), Some("choice-scheme-general"));
    assert_eq!(SURVIVORS.choice_label("people[0].disabled", "true"), Some("choice-yes"));
    assert_eq!(SURVIVORS.choice_label("people[0].relation", "nope"), None);
    assert_eq!(NISS.choice_label("had_niss_before", "dont_know"), Some("niss-choice-dont_know"));
    assert_eq!(NISS.choice_label("portal_message", "niss_missing"), Some("niss-choice-portal_message-niss_missing"));
}
