//! The NISS document-pack advisor's questions: one per page, the required ones first, then the
//! optional ones (which Continue lets the person skip). The order is also the order of "check
//! your answers".

use super::Asked::Legacy;
use super::FieldKind::{Choice, Several, Text, YesNo};
use super::Page::Step;
use super::{Choice as C, FieldKind, Question as Q, Questions, c};

// The engine's enums (serde names; the tests check them against `niss::answer_fields`).
const NATIONALITY: &[C] = &[
    c("eu", "niss-choice-nationality_group-eu"),
    c("cplp", "niss-choice-nationality_group-cplp"),
    c("other", "niss-choice-nationality_group-other"),
    c("ukraine_temporary_protection", "niss-choice-nationality_group-ukraine_temporary_protection"),
];
const RESIDENCE: &[C] = &[
    c("title", "niss-choice-residence_status-title"),
    c("pending_with_receipt", "niss-choice-residence_status-pending_with_receipt"),
    c("visa", "niss-choice-residence_status-visa"),
    c("international_protection", "niss-choice-residence_status-international_protection"),
    c("none", "niss-choice-residence_status-none"),
];
const WORK: &[C] = &[
    c("employee_signed_contract", "niss-choice-work_situation-employee_signed_contract"),
    c("employee_no_contract", "niss-choice-work_situation-employee_no_contract"),
    c("independent_with_activity", "niss-choice-work_situation-independent_with_activity"),
    c("independent_no_activity", "niss-choice-work_situation-independent_no_activity"),
    c("company_officer", "niss-choice-work_situation-company_officer"),
    c("foreign_employer", "niss-choice-work_situation-foreign_employer"),
    c("voluntary_insurance", "niss-choice-work_situation-voluntary_insurance"),
    c("not_working", "niss-choice-work_situation-not_working"),
];
const NEEDED: &[C] = &[
    c("job", "niss-choice-needed_for-job"),
    c("aima_renewal", "niss-choice-needed_for-aima_renewal"),
    c("benefit", "niss-choice-needed_for-benefit"),
    c("other", "niss-choice-needed_for-other"),
];
const FILER: &[C] = &[
    c("self", "niss-choice-filed_by-self"),
    c("employer", "niss-choice-filed_by-employer"),
    c("representative", "niss-choice-filed_by-representative"),
];
/// "None of these": not an engine value, kept as the bookkeeping flag `PORTAL_NONE`.
pub const PORTAL_NONE_VALUE: &str = "none";
/// The messages (several may apply), then "none of these".
const PORTAL: &[C] = &[
    c("niss_missing", "niss-choice-portal_message-niss_missing"),
    c("niss_invalid", "niss-choice-portal_message-niss_invalid"),
    c("data_cannot_be_updated", "niss-choice-portal_message-data_cannot_be_updated"),
    c("documents_insufficient", "niss-choice-portal_message-documents_insufficient"),
    c("employer_requires_niss", "niss-choice-portal_message-employer_requires_niss"),
    c("employer_asks_for_niss", "niss-choice-portal_message-employer_asks_for_niss"),
    c(PORTAL_NONE_VALUE, "niss-choice-portal_message-none"),
];

/// A question with a page of its own, headed by its title.
const fn ask(path: &'static str, kind: FieldKind, step: &'static str, title: &'static str, label: &'static str) -> Q {
    Q::new(path, kind, Step(step), label).title(title)
}

const LIST: &[Q] = &[
    ask("nationality_group", Choice(NATIONALITY), "nationality-group", "niss-q-nationality_group", "niss-field-nationality_group")
        .hint("niss-hint-nationality_group")
        .help("niss-help-cplp-title", "niss-help-cplp-body")
        .required("niss-errors-required-nationality_group"),
    ask("has_pt_citizen_card", YesNo, "has-pt-citizen-card", "niss-q-has_pt_citizen_card", "niss-field-has_pt_citizen_card")
        .hint("niss-hint-has_pt_citizen_card")
        .required("niss-errors-required-has_pt_citizen_card"),
    ask("has_pt_address", YesNo, "has-pt-address", "niss-q-has_pt_address", "niss-field-has_pt_address").hint("niss-hint-has_pt_address").required("niss-errors-required-has_pt_address"),
    ask("residence_status", Choice(RESIDENCE), "residence-status", "niss-q-residence_status", "niss-field-residence_status")
        .hint("niss-hint-residence_status")
        .help("niss-help-protection-title", "niss-help-protection-body")
        .required("niss-errors-required-residence_status"),
    ask("work_situation", Choice(WORK), "work-situation", "niss-q-work_situation", "niss-field-work_situation")
        .hint("niss-hint-work_situation")
        .help("niss-help-activity-title", "niss-help-activity-body")
        .required("niss-errors-required-work_situation"),
    ask("needed_for", Choice(NEEDED), "needed-for", "niss-q-needed_for", "niss-field-needed_for").required("niss-errors-required-needed_for"),
    // "I don't know" is an answer of its own here: the advisor tells the person to check first.
    ask("had_niss_before", YesNo, "had-niss-before", "niss-q-had_niss_before", "niss-field-had_niss_before")
        .hint("niss-hint-had_niss_before")
        .help("niss-help-niss-title", "niss-help-niss-body")
        .required("niss-errors-required-had_niss_before")
        .dont_know(),
    ask("passport_or_name_changed", YesNo, "passport-or-name-changed", "niss-q-passport_or_name_changed", "niss-field-passport_or_name_changed")
        .hint("niss-hint-passport_or_name_changed")
        .required("niss-errors-required-passport_or_name_changed"),
    ask("filed_by", Choice(FILER), "filed-by", "niss-q-filed_by", "niss-field-filed_by").hint("niss-hint-filed_by").required("niss-errors-required-filed_by"),
    ask("filing_for_family_member", YesNo, "filing-for-family-member", "niss-q-filing_for_family_member", "niss-field-filing_for_family_member")
        .hint("niss-hint-filing_for_family_member"),
    ask("wants_combined_service", YesNo, "wants-combined-service", "niss-q-wants_combined_service", "niss-field-wants_combined_service")
        .hint("niss-hint-wants_combined_service")
        .help("niss-help-combined-title", "niss-help-combined-body"),
    ask("address_changed", YesNo, "address-changed", "niss-q-address_changed", "niss-field-address_changed").hint("niss-hint-address_changed"),
    ask("niss_requested", YesNo, "niss-requested", "niss-q-niss_requested", "niss-field-niss_requested").hint("niss-hint-niss_requested"),
    ask("portal_messages", Several(PORTAL), "portal-message", "niss-q-portal_message", "niss-field-portal_message").hint("niss-hint-portal_messages"),
    // One message, as saved before several could be ticked; read into `portal_messages`.
    Q::new("portal_message", Choice(PORTAL), Step("portal-message"), "niss-field-portal_message").asked(Legacy),
    // The typed numbers share a page (titled `niss-q-numbers`).
    Q::new("typed_niss", Text, Step("typed-niss"), "niss-field-typed_niss").hint("niss-hint-typed_niss"),
    Q::new("typed_nif", Text, Step("typed-niss"), "niss-field-typed_nif").hint("niss-hint-typed_nif"),
    ask("name", Text, "name", "niss-q-name", "niss-field-name").hint("niss-hint-name"),
];

/// The NISS advisor's questions.
pub static NISS: Questions = Questions::new("niss", LIST, ("niss-choice-yes", "niss-choice-no", "niss-choice-dont_know"));
