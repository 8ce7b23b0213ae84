//! What the web app keeps while a person answers: the answers exactly as typed (so nothing is
//! lost when something is invalid), their conversion into the engines' inputs, and the saved
//! state's versioning. Pure Rust, tested natively; the browser shell only stores and renders.
//!
//! A form is a JSON object shaped like the engine's input, holding what the person typed:
//! strings for text boxes, booleans for yes/no, `"dont_know"` for "I don't know". Converting it
//! drops the blanks and the don't-knows, then goes through the same parser as the CLI, so errors
//! come back with the same field paths the form uses as element ids.

pub mod date_input;
pub mod answers_file;
pub mod delete;
pub mod money_input;
mod paths;
pub mod questions;
mod state;
pub mod routes;
pub mod program;
pub mod summary;

pub use paths::{get, remove, set};
pub use questions::{DONT_KNOW, FieldKind, is_blank, is_dont_know};
pub use state::{LoadNotice, STORAGE_KEY, SavedState, Tool, VERSION, load_state};

use crate::error::InputErrors;
use crate::niss::{NissAnswers, parse_answers};
use crate::survivors::{Household, parse_household};
use serde_json::Value;

/// Removes blanks and "don't know" answers, recursively, so they read as "not answered", and
/// the form's own bookkeeping (keys starting with `ui_`).
pub fn cleaned(form: &Value) -> Value {
    match form {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, v)| !is_blank(v) && !is_dont_know(v) && !k.starts_with("ui_"))
                .map(|(k, v)| (k.clone(), cleaned(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(cleaned).collect()),
        other => other.clone(),
    }
}

/// The survivors' form as the engine's household. Amounts are read the Portuguese way first
/// ([`money_input`]): "1.500,50" is 1 500,50 €.
pub fn household(form: &Value) -> Result<Household, InputErrors> {
    let mut answers = cleaned(form);
    let amount_errors = money_input::rewrite_amounts(&mut answers);
    match parse_household(&answers.to_string()) {
        Ok(h) if amount_errors.is_empty() => Ok(h),
        Ok(_) => Err(money_input::merge(InputErrors::default(), amount_errors)),
        Err(e) => Err(money_input::merge(e, amount_errors)),
    }
}

/// The NISS form as the advisor's answers. "I don't know" is an answer of its own for
/// `had_niss_before` (the advisor tells the person to check before any request), so it is kept.
pub fn niss_answers(form: &Value) -> Result<NissAnswers, InputErrors> {
    let mut answers = cleaned(form);
    if form.get("had_niss_before").and_then(Value::as_str) == Some(DONT_KNOW) {
        set(&mut answers, "had_niss_before", Value::String(DONT_KNOW.to_string()));
    }
    parse_answers(&answers.to_string())
}

/// The person a field path is about (`people[2].x` → 2).
pub fn person_index(path: &str) -> Option<usize> {
    path.strip_prefix("people[")?.split(']').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn blanks_and_dont_knows_become_unanswered() {
        let form = json!({
            "death_date": "2025-03-14",
            "deceased": {"scheme": "general", "contribution_months": "dont_know", "reference_pension": " "},
            "people": [{"id": "p1", "relation": "spouse", "name": "", "marriage_date": "1990-05-01"}],
            "ui_funeral_none": true
        });
        let h = household(&form).unwrap();
        assert_eq!(h.deceased.contribution_months, None);
        assert_eq!(h.deceased.reference_pension, None);
        assert_eq!(h.people[0].name, None);
    }

    #[test]
    fn errors_carry_the_form_paths() {
        let form = json!({"death_date": "2025-02-30", "deceased": {"reference_pension": "12,345"}});
        let e = household(&form).unwrap_err();
        let fields: Vec<_> = e.errors.iter().map(|x| x.field.as_str()).collect();
        assert_eq!(fields, ["death_date", "deceased.reference_pension"]);
    }

    #[test]
    fn amounts_are_read_the_portuguese_way_and_errors_keep_the_form_order() {
        let form = json!({
            "death_date": "2025-03-14",
            "deceased": {"reference_pension": "1.500,00"},
            "people": [{"id": "p1", "relation": "spouse", "monthly_income": "1 250,5"}],
            "funeral": {"paid_by": "p1", "amount": "€ 2.100"}
        });
        let h = household(&form).unwrap();
        assert_eq!(h.deceased.reference_pension.map(|m| m.to_string()), Some("1500.00".into()));
        assert_eq!(h.people[0].monthly_income.map(|m| m.to_string()), Some("1250.50".into()));
        assert_eq!(h.funeral.and_then(|f| f.amount).map(|m| m.to_string()), Some("2100.00".into()));

        let form = json!({
            "death_date": "2025-13-14",
            "deceased": {"reference_pension": "0.500", "scheme": "?"},
            "people": [{"id": "p1", "relation": "spouse", "monthly_income": "1E2"}],
            "funeral": {"paid_by": "p1", "amount": "20.000.000"}
        });
        let e = household(&form).unwrap_err();
        let got: Vec<_> = e.errors.iter().map(|x| (x.field.as_str(), x.code.as_str())).collect();
        assert_eq!(
            got,
            [
                ("death_date", "invalid_date"),
                ("deceased.scheme", "invalid_choice"),
                ("deceased.reference_pension", "ambiguous_amount"),
                ("people[0].monthly_income", "invalid_amount"),
                ("funeral.amount", "too_large"),
            ]
        );
        // A bad amount alone still refuses the form.
        let form = json!({"death_date": "2025-03-14", "deceased": {"reference_pension": "1,500"}});
        let e = household(&form).unwrap_err();
        assert_eq!(e.errors.iter().map(|x| x.code.as_str()).collect::<Vec<_>>(), ["ambiguous_amount"]);
    }

    #[test]
    fn niss_form_keeps_dont_know_for_an_earlier_niss_and_reads_old_single_messages() {
        let form = json!({
            "nationality_group": "other", "has_pt_citizen_card": false, "has_pt_address": true,
            "residence_status": "title", "work_situation": "employee_signed_contract", "needed_for": "job",
            "had_niss_before": "dont_know", "passport_or_name_changed": false, "filed_by": "self",
            "portal_message": "niss_missing", "portal_messages": ["employer_asks_for_niss"],
            "ui_portal_message_none": false
        });
        let a = niss_answers(&form).unwrap();
        assert_eq!(a.had_niss_before, crate::niss::HadNiss::DontKnow);
        assert_eq!(
            a.portal_messages,
            [crate::niss::PortalMessage::NissMissing, crate::niss::PortalMessage::EmployerAsksForNiss]
        );
        // A form saved before these answers existed (one message, yes/no) still reads.
        let mut old = form.clone();
        old["had_niss_before"] = json!(true);
        old.as_object_mut().unwrap().remove("portal_messages");
        let a = niss_answers(&old).unwrap();
        assert_eq!(a.had_niss_before, crate::niss::HadNiss::Yes);
        assert_eq!(a.portal_messages, [crate::niss::PortalMessage::NissMissing]);
    }

    #[test]
    fn kinds_of_fields() {
        let kind = |p| questions::SURVIVORS.find(p).map(|q| q.kind);
        assert_eq!(kind("people[3].marriage_date"), Some(FieldKind::Date));
        assert_eq!(kind("deceased.illness_began_after_marriage"), Some(FieldKind::YesNo));
        assert_eq!(kind("funeral.amount"), Some(FieldKind::Money));
        assert!(matches!(kind("people[0].education"), Some(FieldKind::Choice(_))));
        assert_eq!(person_index("people[12].x"), Some(12));
        assert_eq!(person_index("deceased.x"), None);
    }
}
