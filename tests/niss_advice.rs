//! The advisor: combined-service eligibility (one test per condition and the temporary-protection
//! exclusion), one test per portal message, the two-situations merge, letters, escalation,
//! identifiers and sources.

mod common;
use common::niss::*;

use amparo::niss::DocumentPack;
use serde_json::{Value, json};

/// The message in Portuguese / English, for the tests that check wording.
fn pt(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::Pt, m)
}
fn en(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::En, m)
}



fn condition(p: &DocumentPack, id: &str) -> bool {
    p.combined_service.conditions.iter().find(|c| c.id == id).map(|c| c.met).unwrap_or_else(|| panic!("condition {id}"))
}

// ---- combined NIF + NISS + SNS service ----

#[test]
fn combined_service_eligible_when_every_condition_holds() {
    let p = pack(json!({}));
    assert!(p.combined_service.eligible);
    let ids: Vec<&str> = p.combined_service.conditions.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["no_pt_citizen_card", "pt_address", "listed_status", "not_temporary_protection"]);
    assert!(p.combined_service.conditions.iter().all(|c| c.met));
    assert!(p.combined_service.advice.is_none());
    assert_eq!(p.combined_service.documents, ["passport", "address_proof", "residence_title"]);
    assert!(!p.combined_service.steps.is_empty());
}

#[test]
fn combined_service_excludes_citizen_card_holders() {
    let p = pack(json!({"has_pt_citizen_card": true, "had_niss_before": true}));
    assert!(!p.combined_service.eligible);
    assert!(!condition(&p, "no_pt_citizen_card"));
    assert!(condition(&p, "pt_address") && condition(&p, "listed_status") && condition(&p, "not_temporary_protection"));
    assert!(en(&p.combined_service.reason).contains("Citizen Card"));
    assert!(p.combined_service.advice.is_some());
    assert!(p.combined_service.documents.is_empty());
}

#[test]
fn combined_service_needs_a_portuguese_address() {
    let p = pack(json!({"has_pt_address": false}));
    assert!(!p.combined_service.eligible);
    assert!(!condition(&p, "pt_address"));
    assert!(en(&p.combined_service.reason).contains("Portuguese address"));
}

#[test]
fn combined_service_needs_a_listed_status() {
    let p = pack(json!({"residence_status": "none"}));
    assert!(!p.combined_service.eligible);
    assert!(!condition(&p, "listed_status"));
    // Each listed status qualifies on its own.
    for status in ["title", "pending_with_receipt", "visa", "international_protection"] {
        assert!(pack(json!({"residence_status": status})).combined_service.eligible, "{status}");
    }
    // EU citizens qualify whatever the residence answer.
    assert!(pack(json!({"nationality_group": "eu", "residence_status": "none"})).combined_service.eligible);
}

#[test]
fn combined_service_excludes_temporary_protection() {
    let p = pack(json!({"nationality_group": "ukraine_temporary_protection"}));
    assert!(!p.combined_service.eligible);
    assert!(!condition(&p, "not_temporary_protection"));
    // The other three hold: the exclusion alone decides, and it is the reason given.
    assert!(condition(&p, "no_pt_citizen_card") && condition(&p, "pt_address") && condition(&p, "listed_status"));
    assert!(en(&p.combined_service.reason).contains("temporary protection"), "{}", en(&p.combined_service.reason));
    assert!(pt(&p.combined_service.reason).contains("proteção temporária"));
    assert!(p.do_not_ids().contains(&"tp_no_combined"));
}

#[test]
fn combined_service_documents_join_the_checklist_only_when_wanted() {
    let without = pack(json!({"work_situation": "not_working", "needed_for": "other"}));
    assert!(!without.has_document("address_proof"));
    let with = pack(json!({"work_situation": "not_working", "needed_for": "other", "wants_combined_service": true}));
    let addr = with.documents.iter().find(|d| d.id == "address_proof").expect("address proof");
    assert_eq!(addr.needed_for.first().map(|b| b.by.as_str()), Some("combined_service"));
    assert!(with.combined_service.wanted);
    assert!(with.combined_service.steps.iter().all(|s| s.id != "cs_say_existing"));
    let had = pack(json!({"had_niss_before": true}));
    assert!(had.combined_service.steps.iter().any(|s| s.id == "cs_say_existing"));
}

// ---- portal and institution messages ----

#[test]
fn portal_niss_missing_with_an_existing_niss_means_not_synchronised() {
    let p = pack(json!({"portal_message": "niss_missing", "had_niss_before": true, "needed_for": "aima_renewal"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "niss_missing");
    assert_eq!(d.usually_means.len(), 1);
    assert!(en(&d.usually_means[0]).contains("not in sync"));
    assert!(d.what_to_do.iter().any(|t| en(&t).contains("Do not request a new NISS")));
    assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"));
    assert!(p.has_document("portal_error_screenshot") && p.has_document("niss_notice"));
    assert!(p.escalation.is_some());
    assert!(p.letter_ids().contains(&"aima_update"));
}

#[test]
fn portal_niss_missing_without_a_niss_means_request_one() {
    let p = pack(json!({"portal_message": "niss_missing", "needed_for": "aima_renewal"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert!(en(&d.usually_means[0]).contains("No NISS has been assigned"));
    assert!(!p.do_not_ids().contains(&"no_second_niss"));
    assert!(p.step_ids().contains(&"file_request"));
    // No request exists yet: no "requested and pending" letter, no request proof anywhere.
    assert!(!p.letter_ids().contains(&"aima_pending"));
    assert!(!p.has_document("niss_request_proof"));
    let e = p.escalation.as_ref().expect("escalation");
    assert_eq!(e.cover_letter.id, "escalation_cover_pending");
    // Once the request is filed, the pending letter and the request proof belong in the pack.
    let filed = pack(json!({"portal_message": "niss_missing", "needed_for": "aima_renewal", "niss_requested": true}));
    assert!(filed.letter_ids().contains(&"aima_pending"));
    assert!(filed.has_document("niss_request_proof"));
    assert!(!filed.step_ids().contains(&"file_request"), "never a second request");
    assert_eq!(filed.escalation.as_ref().map(|e| e.cover_letter.id.as_str()), Some("escalation_cover"));
}

#[test]
fn portal_niss_missing_under_temporary_protection_points_to_the_declaration() {
    let p = pack(json!({"portal_message": "niss_missing", "nationality_group": "ukraine_temporary_protection"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert!(d.usually_means.iter().any(|m| en(&m).contains("temporary-protection declaration")));
}

#[test]
fn portal_niss_invalid_with_a_mistyped_number() {
    let p = pack(json!({"portal_message": "niss_invalid", "had_niss_before": true, "typed_niss": "12109072812"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "niss_invalid");
    assert!(en(&d.usually_means[0]).contains("check-digit"));
    let check = d.typed_niss_check.as_ref().expect("typed number checked");
    assert_eq!(check.problem.as_deref(), Some("check_digit"));
    assert!(p.warnings.iter().any(|w| w.id == "typed_niss_check_failed"));
    // A number that fails the check is never written into a letter.
    for l in &p.letters {
        assert!(!pt(&l.body).contains("12109072812") && !en(&l.body).contains("12109072812"), "{}", l.id);
    }
}

#[test]
fn portal_niss_invalid_with_a_well_formed_number_means_identity_mismatch() {
    let p = pack(
        json!({"portal_message": "niss_invalid", "had_niss_before": true, "typed_niss": "121 090 728 13", "passport_or_name_changed": true}),
    );
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert!(en(&d.usually_means[0]).contains("identity data"));
    assert!(d.what_to_do.iter().any(|t| en(&t).contains("not for a new number")));
    assert!(p.has_document("old_passport"));
    assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"));
    assert!(p.warnings.is_empty());
}

#[test]
fn portal_data_cannot_be_updated() {
    let p = pack(
        json!({"portal_message": "data_cannot_be_updated", "had_niss_before": true, "needed_for": "aima_renewal"}),
    );
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "data_cannot_be_updated");
    assert!(en(&d.usually_means[0]).contains("outdated address"));
    assert_eq!(d.what_to_do.len(), 4);
    // The address did not change: no address update, no address proof.
    assert!(!p.has_document("address_proof") && p.has_document("portal_error_screenshot"));
    assert!(!p.step_ids().contains(&"aima_update_address"));
    assert!(d.what_to_do.iter().all(|t| !en(&t).contains("Correct the address")));
    let moved = pack(json!({"portal_message": "data_cannot_be_updated", "had_niss_before": true, "needed_for": "aima_renewal", "address_changed": true}));
    let dm = moved.portal_message.as_ref().expect("diagnosis");
    assert!(dm.what_to_do.iter().any(|t| en(&t).contains("Correct the address with AIMA first")));
    assert!(moved.has_document("address_proof"));
    assert!(moved.step_ids().contains(&"aima_update_address"));
    assert!(p.do_not_ids().contains(&"no_wait_deadline"));
    assert!(p.escalation.is_some());
}

#[test]
fn portal_documents_insufficient() {
    let p = pack(json!({"portal_message": "documents_insufficient"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "documents_insufficient");
    assert_eq!(d.usually_means.len(), 1, "the not-working case does not apply to an employee");
    assert!(p.has_document("ss_reply"));
    assert!(p.do_not_ids().contains(&"no_resubmit_same"));
    let q = pack(
        json!({"portal_message": "documents_insufficient", "work_situation": "not_working", "needed_for": "aima_renewal"}),
    );
    let dq = q.portal_message.as_ref().expect("diagnosis");
    assert_eq!(dq.usually_means.len(), 2);
    assert!(dq.what_to_do.iter().any(|t| en(&t).contains("Attach AIMA's request")));
}

#[test]
fn employer_requires_niss() {
    let p = pack(json!({"portal_message": "employer_requires_niss", "work_situation": "employee_no_contract"}));
    let d = p.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "employer_requires_niss");
    assert_eq!(d.source.confidence.as_str(), "official");
    assert!(en(&d.usually_means[0]).contains("signed before there is a NISS"));
    assert!(p.has_document("ss_contract_notice"));
    let ss_notice = p.documents.iter().find(|x| x.id == "ss_contract_notice").expect("notice");
    assert_eq!(
        serde_json::to_value(ss_notice.need).ok(),
        Some(json!("required")),
        "the message makes the notice required"
    );
    assert!(p.do_not_ids().contains(&"no_hr_refusal_acceptance"));
    assert!(p.letter_ids().contains(&"employer_contract_first"));
    assert!(p.escalation.is_some());
}

#[test]
fn no_portal_message_no_diagnosis_and_no_escalation() {
    let p = pack(json!({}));
    assert!(p.portal_message.is_none());
    assert!(p.escalation.is_none());
}

// ---- the two-situations merge from the issue ----

#[test]
fn employee_renewing_with_aima_and_an_old_niss_gets_one_merged_pack() {
    let p = pack(json!({"needed_for": "aima_renewal", "had_niss_before": true, "portal_message": "niss_missing"}));
    assert_eq!(p.profile_ids(), ["employee", "aima_renewal", "returning_with_old_niss"]);
    // "Do not request a second NISS" first, once, for every situation that raised it.
    assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"));
    assert_eq!(p.do_not_ids().iter().filter(|d| **d == "no_second_niss").count(), 1);
    assert_eq!(
        p.do_not[0].for_,
        ["employee", "aima_renewal", "returning_with_old_niss", "portal_message:niss_missing"]
    );
    // No document twice, anywhere.
    let ids = p.all_document_ids();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    // The passport serves all three, and says so.
    let passport = p.documents.iter().find(|d| d.id == "passport").expect("passport");
    let by: Vec<&str> = passport.needed_for.iter().map(|b| b.by.as_str()).collect();
    assert_eq!(by, ["employee", "aima_renewal", "returning_with_old_niss"]);
    // No step twice, numbered in order, phases never going back.
    let steps = p.step_ids();
    let unique_steps: std::collections::BTreeSet<&str> = steps.iter().copied().collect();
    assert_eq!(unique_steps.len(), steps.len());
    assert!(p.steps.windows(2).all(|w| w[0].phase <= w[1].phase && w[0].order + 1 == w[1].order));
    assert_eq!(steps.first(), Some(&"ret_recover"), "recover the old number before anything else");
    assert!(!steps.contains(&"file_request"), "never a new request when a NISS exists");
    assert_eq!(p.letter_ids(), ["employer_niss_given", "ss_correction", "aima_update"]);
}

// ---- letters ----

#[test]
fn letters_leave_the_name_blank_unless_typed() {
    let p = pack(json!({"work_situation": "employee_no_contract"}));
    let l = p.letters.iter().find(|l| l.id == "employer_contract_first").expect("letter");
    assert!(l.blanks.contains(&"name".to_string()) && l.blanks.contains(&"nif".to_string()));
    assert!(pt(&l.body).contains("Eu, ____________, NIF ____________"), "{}", pt(&l.body));
    assert!(en(&l.notice).contains("sends nothing"));

    let named =
        pack(json!({"work_situation": "employee_no_contract", "name": "Ana Silva", "typed_nif": "123.456.789"}));
    let l = named.letters.iter().find(|l| l.id == "employer_contract_first").expect("letter");
    assert!(pt(&l.body).contains("Eu, Ana Silva, NIF 123456789"), "{}", pt(&l.body));
    assert!(en(&l.body).contains("I, Ana Silva, NIF 123456789"));
    assert!(!l.blanks.contains(&"name".to_string()));
}

#[test]
fn letters_fill_reason_and_documents_and_leave_no_raw_placeholder() {
    let p = pack(json!({"work_situation": "not_working", "needed_for": "aima_renewal", "name": "{nif} {date}"}));
    let l = p.letters.iter().find(|l| l.id == "ss_request").expect("letter");
    assert!(pt(&l.body).contains("não exerço atividade profissional; a AIMA exige o NISS"), "{}", pt(&l.body));
    assert!(en(&l.body).contains("- Valid passport"), "{}", en(&l.body));
    assert!(pt(&l.body).contains("- Passaporte válido"));
    // A typed name containing braces is kept literally, never expanded.
    assert!(en(&l.body).contains("{nif} {date}"));
    for letter in p.letters.iter().chain(p.escalation.iter().map(|e| &e.cover_letter)) {
        for body in [&pt(&letter.body), &en(&letter.body)] {
            let stripped = body.replace("{nif} {date}", "");
            assert!(!stripped.contains('{') && !stripped.contains('}'), "{}: {body}", letter.id);
        }
    }
}

#[test]
fn an_entity_niss_is_not_written_into_letters() {
    let p = pack(json!({"had_niss_before": true, "typed_niss": "23456789233"}));
    let check = p.id_checks.niss.as_ref().expect("checked");
    assert_eq!(check.problem.as_deref(), Some("entity_not_person"));
    let l = p.letters.iter().find(|l| l.id == "employer_niss_given").expect("letter");
    assert!(l.blanks.contains(&"niss".to_string()));
    assert_eq!(p.identifiers.iter().find(|i| i.id == "niss").and_then(|i| i.value.clone()), None);
}

// ---- escalation, first week, identifiers, warnings ----

#[test]
fn escalation_file_when_blocked() {
    let p =
        pack(json!({"portal_message": "niss_missing", "needed_for": "aima_renewal", "work_situation": "not_working"}));
    let e = p.escalation.as_ref().expect("escalation");
    let ids: Vec<&str> = e.contents.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(e.id, "aima_loop");
    // Before any request: no request proof, only a reminder to add it once filed; no address
    // update unless the address changed.
    assert_eq!(ids, ["esc_requirement", "esc_request_later", "esc_ss_reply", "esc_identity", "esc_log", "esc_cover"]);
    let filed = pack(json!({"portal_message": "niss_missing", "needed_for": "aima_renewal", "work_situation": "not_working", "niss_requested": true, "address_changed": true}));
    let ef = filed.escalation.as_ref().expect("escalation");
    let ids: Vec<&str> = ef.contents.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["esc_requirement", "esc_request_proof", "esc_ss_reply", "esc_identity", "esc_address", "esc_log", "esc_cover"]
    );
    assert_eq!(e.evidence_loop.len(), 5);
    assert!(en(&e.reason).contains("AIMA requires"));
    assert_eq!(e.cover_letter.id, "escalation_cover_pending");
    assert!(ef.cover_letter.blanks.contains(&"request_date".to_string()));
    assert!(ef.cover_letter.blanks.contains(&"ss_reply_summary".to_string()));
}

#[test]
fn first_week_checklist_follows_the_situation() {
    let ids = |p: &DocumentPack| p.first_week.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    let emp = ids(&pack(json!({})));
    assert!(
        emp.contains(&"fw_employee".to_string())
            && !emp.contains(&"fw_nomad".to_string())
            && !emp.contains(&"fw_aima".to_string())
    );
    let nomad = ids(&pack(json!({"work_situation": "foreign_employer", "needed_for": "aima_renewal"})));
    assert!(
        nomad.contains(&"fw_nomad".to_string())
            && nomad.contains(&"fw_aima".to_string())
            && !nomad.contains(&"fw_employee".to_string())
    );
    let ind = ids(&pack(json!({"work_situation": "independent_with_activity", "needed_for": "other"})));
    assert!(ind.contains(&"fw_independent".to_string()));
    assert_eq!(emp.first().map(String::as_str), Some("fw_store"));
}

#[test]
fn identifier_inventory() {
    let p = pack(json!({"typed_nif": "123456789"}));
    let status: Vec<(&str, &str)> = p.identifiers.iter().map(|i| (i.id.as_str(), i.status.as_str())).collect();
    assert_eq!(
        status,
        [
            ("nif", "held"),
            ("niss", "to_request"),
            ("sns_number", "unknown"),
            ("aima_number", "unknown"),
            ("bank_customer_number", "unknown"),
            ("financas_credentials", "unknown"),
            ("ssd_credentials", "unknown")
        ]
    );
    assert_eq!(p.identifiers[0].value.as_deref(), Some("123456789"));
    let held = pack(json!({"had_niss_before": true, "typed_niss": "12345678910"}));
    let niss = held.identifiers.iter().find(|i| i.id == "niss").expect("niss");
    assert_eq!((niss.status.as_str(), niss.value.as_deref()), ("held", Some("12345678910")));
    let cc = pack(json!({"has_pt_citizen_card": true, "had_niss_before": true}));
    assert_eq!(cc.identifiers.iter().find(|i| i.id == "niss").map(|i| i.status.as_str()), Some("on_citizen_card"));
    assert!(cc.warnings.iter().any(|w| w.id == "citizen_card_holder"));
}

#[test]
fn third_country_without_residence_evidence_gets_a_warning() {
    let p = pack(json!({"residence_status": "none"}));
    assert_eq!(p.warnings.iter().map(|w| w.id.as_str()).collect::<Vec<_>>(), ["no_residence_evidence"]);
    assert!(!p.all_document_ids().iter().any(|d| ["residence_title", "aima_receipt", "residence_visa"].contains(d)));
    let eu = pack(json!({"residence_status": "none", "nationality_group": "eu"}));
    assert!(eu.warnings.is_empty());
}

#[test]
fn typed_numbers_are_checked_and_reported() {
    let p = pack(json!({"had_niss_before": true, "typed_niss": "12345678910", "typed_nif": "501964843"}));
    assert!(p.id_checks.niss.as_ref().is_some_and(|c| c.valid && c.problem.is_none()));
    let nif = p.id_checks.nif.as_ref().expect("nif checked");
    assert_eq!((nif.kind.as_str(), nif.problem.as_deref()), ("company", Some("entity_not_person")));
    assert!(pack(json!({})).id_checks.niss.is_none());
}

#[test]
fn filer_not_allowed_for_a_profile_is_flagged() {
    let p = pack(json!({"nationality_group": "ukraine_temporary_protection", "filed_by": "employer"}));
    let tp = p.profiles.iter().find(|x| x.id == "ukraine_temporary_protection").expect("tp");
    assert!(!tp.filer_allowed);
    assert!(p.profiles.iter().find(|x| x.id == "employee").is_some_and(|x| x.filer_allowed));
}

#[test]
fn every_item_in_the_pack_carries_a_source() {
    // Walk the serialised pack: every list item that has an `id` and a `text`/`name` also has a
    // reference with a title and a confidence.
    let p = pack(
        json!({"needed_for": "aima_renewal", "had_niss_before": true, "portal_message": "niss_invalid", "typed_niss": "12345678910", "passport_or_name_changed": true, "filed_by": "representative", "wants_combined_service": true}),
    );
    let v = serde_json::to_value(&p).expect("json");
    fn walk(v: &Value, path: &str, n: &mut usize) {
        match v {
            Value::Object(m) => {
                let is_item = m.contains_key("id")
                    && (m.contains_key("text")
                        || m.contains_key("name")
                        || m.contains_key("body")
                        || m.contains_key("title"));
                if is_item
                    && !path.ends_with("options")
                    && !path.contains("id_checks")
                    && !path.contains("typed_niss_check")
                {
                    *n += 1;
                    let title = m.get("reference").and_then(|r| r.get("title")).and_then(Value::as_str).unwrap_or("");
                    assert!(!title.is_empty(), "{path}: no reference");
                    let conf = m.get("confidence").and_then(Value::as_str).unwrap_or("");
                    assert!(
                        ["official", "secondary", "seed_only", "unverified"].contains(&conf),
                        "{path}: confidence {conf:?}"
                    );
                }
                for (k, x) in m {
                    walk(x, &format!("{path}.{k}"), n);
                }
            }
            Value::Array(a) => {
                for x in a {
                    walk(x, path, n);
                }
            }
            _ => {}
        }
    }
    let mut n = 0;
    walk(&v, "$", &mut n);
    assert!(n > 60, "only {n} items checked");
    for c in &p.choose_one {
        for o in &c.options {
            assert!(!o.source.reference.title.is_empty());
        }
    }
}
