//! Shared setup for the NISS advisor tests: a baseline set of answers and a pack built from it
//! with some answers changed.
#![allow(dead_code)]

use amparo::niss::{Catalogue, DocumentPack, advise, parse_answers};
use serde_json::{Value, json};

/// An employee with a signed contract and a residence title, filing for themselves.
pub fn base() -> Value {
    json!({
        "nationality_group": "other",
        "has_pt_citizen_card": false,
        "has_pt_address": true,
        "residence_status": "title",
        "work_situation": "employee_signed_contract",
        "needed_for": "job",
        "had_niss_before": false,
        "passport_or_name_changed": false,
        "filed_by": "self"
    })
}

/// The baseline answers with `overrides` applied.
pub fn with(overrides: Value) -> Value {
    let mut v = base();
    if let (Some(m), Some(o)) = (v.as_object_mut(), overrides.as_object()) {
        for (k, x) in o {
            m.insert(k.clone(), x.clone());
        }
    }
    v
}

pub fn pack(overrides: Value) -> DocumentPack {
    let answers = parse_answers(&with(overrides).to_string()).unwrap_or_else(|e| panic!("answers: {e}"));
    let cat = Catalogue::bundled().unwrap_or_else(|e| panic!("{e}"));
    advise(&answers, &cat).unwrap_or_else(|e| panic!("advise: {e}"))
}
