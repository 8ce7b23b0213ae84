//! The advisor's fixed vocabulary: the profile, combined-service condition and escalation ids it
//! knows how to evaluate, and the letter placeholders it fills. The catalogue must use exactly
//! these (see `validate.rs`).

use std::collections::BTreeSet;

/// Profiles the advisor knows how to match; the catalogue must define each exactly once.
pub const PROFILE_IDS: &[&str] = &[
    "employee",
    "independent_worker",
    "digital_nomad",
    "company_officer",
    "voluntary_insurance",
    "student_or_not_working",
    "aima_renewal",
    "returning_with_old_niss",
    "niss_unknown",
    "identity_changed",
    "cplp_national",
    "ukraine_temporary_protection",
    "family_member",
];

/// The combined-service conditions the advisor evaluates.
pub const SERVICE_CONDITION_IDS: &[&str] =
    &["no_pt_citizen_card", "pt_address", "listed_status", "not_temporary_protection"];

/// Letter placeholders the advisor fills.
pub const PLACEHOLDERS: &[&str] = &[
    "name",
    "nif",
    "niss",
    "reason",
    "documents",
    "request_date",
    "ss_reply_summary",
    "missing_document",
    "employer_request_date",
    "date",
];

/// The escalation files the advisor can open, one per kind of blockage.
pub const ESCALATION_IDS: &[&str] = &["aima_loop", "employer_refusal", "ss_documents"];

/// The names inside `{…}` in a template.
pub fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = rest.get(start + 1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                out.insert(after.get(..end).unwrap_or("").to_string());
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.insert(after.to_string());
                break;
            }
        }
    }
    out
}
