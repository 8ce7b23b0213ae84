//! Issue 10, read as the person would: the first warning and step 1 are the right first action,
//! and nothing in the pack contradicts the person's situation. Each point is tested on both sides
//! of its boundary.

mod common;
use common::niss::*;

use amparo::niss::{DocumentPack, HadNiss, PortalMessage, check_nif, check_niss, parse_answers};
use serde_json::{Value, json};

/// The message in Portuguese / English, for the tests that check wording.
fn pt(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::Pt, m)
}
fn en(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::En, m)
}

fn first_step(p: &DocumentPack) -> &str {
    p.steps.first().map(|s| s.id.as_str()).unwrap_or("")
}

fn escalation_recipients(p: &DocumentPack) -> Vec<&str> {
    p.escalations.iter().flat_map(|e| e.cover_letters.iter().map(|l| l.recipient.as_str())).collect()
}

const WORK: &[&str] = &[
    "employee_signed_contract",
    "employee_no_contract",
    "independent_with_activity",
    "independent_no_activity",
    "company_officer",
    "foreign_employer",
    "voluntary_insurance",
    "not_working",
];
const MESSAGES: &[&str] = &[
    "niss_missing",
    "niss_invalid",
    "data_cannot_be_updated",
    "documents_insufficient",
    "employer_requires_niss",
    "employer_asks_for_niss",
];

/// Every combination of work situation, reason and one message that the advisor accepts.
fn situations(extra: Value) -> Vec<(Value, DocumentPack)> {
    let mut out = Vec::new();
    for w in WORK {
        for needed in ["job", "aima_renewal", "benefit"] {
            let mut msgs: Vec<Value> = vec![Value::Null];
            msgs.extend(MESSAGES.iter().map(|m| json!(m)));
            for m in msgs {
                let mut v = json!({"work_situation": w, "needed_for": needed, "portal_message": m});
                if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
                    for (k, x) in e {
                        o.insert(k.clone(), x.clone());
                    }
                }
                let answers = with(v.clone());
                let Ok(a) = parse_answers(&answers.to_string()) else { continue };
                let cat = amparo::niss::Catalogue::bundled().expect("catalogue");
                if let Ok(p) = amparo::niss::advise(&a, &cat) {
                    out.push((v, p));
                }
            }
        }
    }
    out
}

// ---- 1. the combined service is *the* route when wanted and eligible ----

#[test]
fn combined_service_wanted_and_eligible_is_the_route() {
    let p = pack(json!({"wants_combined_service": true, "work_situation": "employee_no_contract"}));
    assert!(p.combined_service.eligible);
    assert_eq!(first_step(&p), "cs_appointment");
    assert!(!p.step_ids().contains(&"file_request") && !p.step_ids().contains(&"collect_niss"));
    assert!(!p.letter_ids().contains(&"ss_request") && !p.letter_ids().contains(&"employer_contract_first"));
    assert_eq!(p.warning_ids().first(), Some(&"combined_is_route"));
    assert!(p.do_not_ids().contains(&"no_double_route"));
    assert!(p.has_document("address_proof"));
    // Every work situation: the appointment is step 1 and there is no parallel request.
    for w in WORK {
        let needed = if *w == "not_working" { "benefit" } else { "job" };
        let p = pack(json!({"wants_combined_service": true, "work_situation": w, "needed_for": needed}));
        assert_eq!(first_step(&p), "cs_appointment", "{w}");
        assert!(!p.step_ids().contains(&"file_request"), "{w}");
        assert!(!p.letter_ids().contains(&"ss_request"), "{w}");
    }
}

#[test]
fn combined_service_not_the_route_when_not_eligible_or_not_wanted() {
    let no_address = pack(json!({"wants_combined_service": true, "has_pt_address": false}));
    assert!(!no_address.combined_service.eligible);
    assert_eq!(first_step(&no_address), "file_request");
    assert!(no_address.letter_ids().contains(&"ss_request"));
    assert!(!no_address.warning_ids().contains(&"combined_is_route"));
    let not_wanted = pack(json!({"wants_combined_service": false}));
    assert!(not_wanted.combined_service.eligible);
    assert_eq!(first_step(&not_wanted), "file_request");
    assert!(!not_wanted.step_ids().contains(&"cs_appointment"));
    // A NISS already held: the service is not the NISS route (recover the old one first).
    let held = pack(json!({"wants_combined_service": true, "had_niss_before": true}));
    assert_eq!(first_step(&held), "ret_recover");
    assert!(!held.step_ids().contains(&"cs_appointment"));
}

// ---- 2. nothing before it exists: request proof, address update ----

#[test]
fn no_request_proof_before_a_request_exists() {
    let p = pack(json!({"needed_for": "aima_renewal", "work_situation": "not_working", "portal_message": "niss_missing"}));
    assert!(!p.has_document("niss_request_proof"));
    for l in p.every_letter() {
        assert!(!en(&l.body).contains("Proof of the NISS request"), "{}", l.id);
        assert!(!en(&l.body).contains("(proof attached)"), "{}", l.id);
    }
    let contents: Vec<&str> = p.escalations.iter().flat_map(|e| e.contents.iter().map(|c| c.id.as_str())).collect();
    assert!(!contents.contains(&"esc_request_proof") && contents.contains(&"esc_request_later"));
    let filed = pack(json!({"needed_for": "aima_renewal", "work_situation": "not_working", "niss_requested": true}));
    assert!(filed.has_document("niss_request_proof"));
    assert!(filed.letter_ids().contains(&"aima_pending"));
    assert!(filed.step_ids().contains(&"follow_up_request") && !filed.step_ids().contains(&"file_request"));
    // Social Security's "documents insufficient" means a request exists.
    let answered = pack(json!({"portal_message": "documents_insufficient"}));
    assert_eq!(first_step(&answered), "ss_send_missing");
    assert!(!answered.step_ids().contains(&"file_request"));
}

#[test]
fn address_update_only_when_the_address_changed() {
    let same = pack(json!({"needed_for": "aima_renewal", "had_niss_before": true}));
    assert!(!same.step_ids().contains(&"aima_update_address"));
    assert!(!same.has_document("address_proof"));
    let moved = pack(json!({"needed_for": "aima_renewal", "had_niss_before": true, "address_changed": true}));
    assert!(moved.step_ids().contains(&"aima_update_address"));
    assert!(moved.has_document("address_proof"));
}

// ---- 3. the escalation file fits the problem ----

#[test]
fn employer_refusal_without_aima_escalates_to_the_employer_and_social_security() {
    for m in ["employer_requires_niss", "employer_asks_for_niss"] {
        let p = pack(json!({"portal_message": m, "work_situation": "employee_no_contract"}));
        assert_eq!(p.escalation_ids(), ["employer_refusal"], "{m}");
        assert_eq!(escalation_recipients(&p), ["employer", "social_security"], "{m}");
        let e = &p.escalations[0];
        assert!(e.contents.iter().any(|c| c.id == "emp_esc_notice"));
        assert!(e.deadline_note.is_none(), "no AIMA deadline in an employer file");
        assert!(!en(&e.cover_letter.body).contains("AIMA"), "{}", en(&e.cover_letter.body));
    }
    let signed = pack(json!({"portal_message": "employer_asks_for_niss"}));
    let ids: Vec<&str> = signed.escalations[0].cover_letters.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["employer_escalation_signed", "ss_employer_escalation"]);
    assert!(signed.escalations[0].evidence_loop.iter().any(|i| i.id == "emp_loop_file"));
}

#[test]
fn no_employer_escalation_when_the_niss_exists_and_aima_file_when_aima_blocks() {
    let held = pack(json!({"portal_message": "employer_asks_for_niss", "had_niss_before": true}));
    assert!(held.escalations.is_empty());
    assert!(held.portal_message.as_ref().is_some_and(|d| en(&d.usually_means[0]).contains("already have")));
    assert!(held.letter_ids().contains(&"employer_niss_given"));
    let aima = pack(json!({"portal_messages": ["niss_missing", "employer_asks_for_niss"], "work_situation": "employee_no_contract", "needed_for": "aima_renewal"}));
    assert_eq!(aima.escalation_ids(), ["employer_refusal", "aima_loop"]);
    let ss = pack(json!({"portal_message": "documents_insufficient"}));
    assert_eq!(ss.escalation_ids(), ["ss_documents"]);
    assert_eq!(escalation_recipients(&ss), ["social_security"]);
}

// ---- 4. temporary protection: never an ordinary request, anywhere ----

#[test]
fn temporary_protection_is_never_told_to_make_an_ordinary_request() {
    let all = situations(json!({"nationality_group": "ukraine_temporary_protection", "residence_status": "none"}));
    assert!(all.len() > 100, "{}", all.len());
    for (v, p) in &all {
        for s in ["file_request", "collect_niss", "unknown_then_request", "cs_appointment", "not_working_explain", "ind_open_activity", "nomad_a1_first", "ss_send_missing", "emp_sign_contract"] {
            assert!(!p.step_ids().contains(&s), "{v}: step {s}");
        }
        for l in ["ss_request", "employer_contract_first", "aima_pending", "ss_voluntary_basis"] {
            assert!(!p.letter_ids().contains(&l), "{v}: letter {l}");
        }
        for d in ["niss_request_proof", "employment_contract", "activity_start", "representation_proof", "employer_identification"] {
            assert!(!p.has_document(d), "{v}: document {d}");
        }
        for e in &p.escalations {
            assert_ne!(e.id, "employer_refusal", "{v}");
            assert_ne!(e.id, "ss_documents", "{v}");
            assert!(e.evidence_loop.iter().all(|i| !["loop_file", "loop_refile"].contains(&i.id.as_str())), "{v}");
            assert!(e.cover_letters.iter().all(|l| l.id == "escalation_cover_tp"), "{v}");
        }
        assert_eq!(p.warning_ids().first(), Some(&"tp_declaration_first"), "{v}");
        assert_eq!(first_step(p), "tp_check_declaration", "{v}");
        let advice = p.combined_service.advice.as_ref().expect("advice");
        assert!(en(&advice).contains("temporary-protection declaration"), "{v}");
        for f in &p.fallbacks {
            assert!(!en(&f.text).contains("request the NISS") && !en(&f.text).contains("apply again"), "{v}: {}", en(&f.text));
        }
        for d in &p.portal_messages {
            assert!(d.what_to_do.iter().all(|t| !en(&t).contains("Request the NISS")), "{v}");
        }
    }
}

// ---- 5. a NISS already held: nothing that assumes there is none ----

#[test]
fn holders_are_never_told_things_that_assume_no_niss() {
    let all = situations(json!({"had_niss_before": true, "typed_niss": "12109072813"}));
    assert!(all.len() > 100, "{}", all.len());
    for (v, p) in &all {
        for s in ["file_request", "collect_niss", "emp_sign_contract", "ind_open_activity", "not_working_explain", "not_working_loop", "nomad_a1_first", "cs_appointment", "follow_up_request"] {
            assert!(!p.step_ids().contains(&s), "{v}: step {s}");
        }
        for l in ["ss_request", "employer_contract_first", "aima_pending", "ss_voluntary_basis", "ss_check_existing"] {
            assert!(!p.letter_ids().contains(&l), "{v}: letter {l}");
        }
        for d in ["no_hr_refusal_acceptance", "intention_not_evidence", "activity_is_not_niss", "check_before_request"] {
            assert!(!p.do_not_ids().contains(&d), "{v}: do-not {d}");
        }
        for d in ["niss_request_proof", "ss_contract_notice", "employment_contract", "activity_start"] {
            assert!(!p.has_document(d), "{v}: document {d}");
        }
        assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"), "{v}");
        assert_eq!(first_step(p), "ret_recover", "{v}");
        assert!(p.escalations.iter().all(|e| e.id != "employer_refusal"), "{v}");
        assert_eq!(p.identifiers.iter().find(|i| i.id == "niss").map(|i| i.status.as_str()), Some("held"));
    }
    // The other side: without a NISS the request is there.
    let none = pack(json!({}));
    assert!(none.step_ids().contains(&"file_request") && none.letter_ids().contains(&"ss_request"));
}

// ---- 6. independent workers: the work evidence, or "wait" ----

#[test]
fn independent_with_activity_lists_the_work_evidence_in_checklist_and_letter() {
    let p = pack(json!({"work_situation": "independent_with_activity", "needed_for": "other"}));
    assert!(p.has_document("activity_start") && p.has_document("invoices_receipts"));
    let l = p.letters.iter().find(|l| l.id == "ss_request").expect("letter");
    assert!(pt(&l.body).contains("Declaração de início de atividade"), "{}", pt(&l.body));
    assert!(!p.warning_ids().contains(&"wait_for_activity"));
}

#[test]
fn independent_without_activity_is_told_to_wait() {
    let p = pack(json!({"work_situation": "independent_no_activity", "needed_for": "other"}));
    assert_eq!(p.warning_ids().first(), Some(&"wait_for_activity"));
    assert_eq!(first_step(&p), "ind_open_activity");
    assert!(p.has_document("activity_start"), "the checklist names the evidence to obtain");
    assert!(!p.letter_ids().contains(&"ss_request"), "no letter listing evidence that does not exist");
}

// ---- 7. 999999990 and a NISS that fails its check ----

#[test]
fn generic_consumer_nif_is_explained_not_taken_as_a_personal_nif() {
    let c = check_nif("999 999 990");
    assert_eq!((c.valid, c.person, c.problem.as_deref()), (false, false, Some("generic_final_consumer")));
    assert_eq!(c.kind, "generic_final_consumer");
    assert!(en(&c.message).contains("consumidor final") && pt(&c.message).contains("consumidor final"));
    let p = pack(json!({"typed_nif": "999999990", "name": "Ana"}));
    assert!(p.warning_ids().contains(&"typed_nif_generic"));
    let nif = p.identifiers.iter().find(|i| i.id == "nif").expect("nif");
    assert_eq!((nif.status.as_str(), nif.value.as_deref()), ("unknown", None));
    for l in p.every_letter() {
        assert!(!en(&l.body).contains("999999990"), "{}", l.id);
    }
    // The other side: a person's NIF is held and used; a neighbouring number is just checked.
    let ok = pack(json!({"typed_nif": "123456789"}));
    assert!(!ok.warning_ids().contains(&"typed_nif_generic"));
    assert_eq!(ok.identifiers[0].value.as_deref(), Some("123456789"));
    assert_eq!(check_nif("999999989").problem.as_deref(), Some("check_digit"));
    let company = pack(json!({"typed_nif": "501964843"}));
    assert!(company.warning_ids().contains(&"typed_nif_not_person"));
}

#[test]
fn a_niss_failing_its_check_is_nobodys_number() {
    let c = check_niss("12109072812");
    assert_eq!((c.kind.as_str(), c.person), ("unknown", false));
    let p = pack(json!({"had_niss_before": true, "typed_niss": "12109072812"}));
    let niss = p.identifiers.iter().find(|i| i.id == "niss").expect("niss");
    assert_eq!(niss.value, None);
    for l in p.every_letter() {
        assert!(!en(&l.body).contains("12109072812"), "{}", l.id);
    }
    assert!(check_niss("12109072813").person);
}

// ---- 8. the employer files with its own documents ----

#[test]
fn employer_filing_asks_for_the_employers_documents() {
    let p = pack(json!({"filed_by": "employer"}));
    assert!(p.has_document("employer_identification") && p.has_document("employer_signatory_id"));
    assert!(!p.has_document("representation_proof") && !p.has_document("representative_id"));
    let r = pack(json!({"filed_by": "representative"}));
    assert!(r.has_document("representation_proof") && r.has_document("representative_id"));
    assert!(!r.has_document("employer_identification"));
}

// ---- 9. the answers people need ----

#[test]
fn dont_know_about_an_earlier_niss_means_check_first() {
    // With or without a typed NIF (which only fills the letter).
    for nif in [Value::Null, json!("123456789")] {
        let p = pack(json!({"had_niss_before": "dont_know", "typed_nif": nif}));
        assert_eq!(p.profile_ids(), ["employee", "niss_unknown"]);
        assert_eq!(first_step(&p), "unknown_ask_ss");
        assert_eq!(p.warning_ids().first(), Some(&"niss_unknown_check"));
        assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"));
        assert!(p.do_not_ids().contains(&"check_before_request"));
        assert!(!p.step_ids().contains(&"file_request"));
        assert!(p.step_ids().contains(&"unknown_then_request"));
        assert_eq!(p.letter_ids(), ["ss_check_existing"]);
        assert_eq!(p.identifiers.iter().find(|i| i.id == "niss").map(|i| i.status.as_str()), Some("unknown"));
    }
    // With the combined service wanted: check first, then the appointment only if none exists.
    let cs = pack(json!({"had_niss_before": "dont_know", "wants_combined_service": true}));
    assert_eq!(cs.step_ids()[..2], ["unknown_ask_ss", "unknown_then_combined"]);
    // "yes" and "no" as strings mean the same as true and false.
    assert_eq!(pack(json!({"had_niss_before": "yes"})).step_ids(), pack(json!({"had_niss_before": true})).step_ids());
    assert_eq!(pack(json!({"had_niss_before": "no"})).step_ids(), pack(json!({"had_niss_before": false})).step_ids());
    let a = parse_answers(&with(json!({"had_niss_before": "dont_know"})).to_string()).expect("parses");
    assert_eq!(a.had_niss_before, HadNiss::DontKnow);
    let back: amparo::niss::NissAnswers = serde_json::from_value(serde_json::to_value(&a).expect("ser")).expect("de");
    assert_eq!(back, a);
    let bad = parse_answers(&with(json!({"had_niss_before": "maybe"})).to_string()).expect_err("bad");
    assert_eq!((bad.errors[0].field.as_str(), bad.errors[0].code.as_str()), ("had_niss_before", "invalid_value"));
}

#[test]
fn several_messages_at_once_are_all_diagnosed() {
    let p = pack(json!({"needed_for": "aima_renewal", "work_situation": "not_working", "portal_messages": ["niss_missing", "documents_insufficient"]}));
    assert_eq!(p.portal_message_ids(), ["niss_missing", "documents_insufficient"]);
    assert_eq!(p.portal_message.as_ref().map(|d| d.id.as_str()), Some("niss_missing"));
    assert_eq!(p.escalation_ids(), ["aima_loop"]);
    assert!(p.has_document("portal_error_screenshot") && p.has_document("ss_reply"));
    // The single form and the list merge, once each, in order.
    let a = parse_answers(&with(json!({"portal_message": "niss_missing", "portal_messages": ["employer_asks_for_niss", "niss_missing"]})).to_string()).expect("parses");
    assert_eq!(a.portal_messages, [PortalMessage::NissMissing, PortalMessage::EmployerAsksForNiss]);
    let bad = parse_answers(&with(json!({"portal_messages": ["niss_missing", "oops"]})).to_string()).expect_err("bad");
    assert_eq!(bad.errors[0].field, "portal_messages[1]");
    let bad = parse_answers(&with(json!({"portal_messages": "niss_missing"})).to_string()).expect_err("bad");
    assert_eq!(bad.errors[0].code, "invalid_type");
}

#[test]
fn employer_asks_for_niss_is_a_message_of_its_own() {
    let signed = pack(json!({"portal_message": "employer_asks_for_niss"}));
    let d = signed.portal_message.as_ref().expect("diagnosis");
    assert_eq!(d.id, "employer_asks_for_niss");
    assert!(en(&d.usually_means[0]).contains("signed contract"));
    assert_eq!(first_step(&signed), "file_request", "with a signed contract the person requests now");
    let unsigned = pack(json!({"portal_message": "employer_asks_for_niss", "work_situation": "employee_no_contract"}));
    assert!(unsigned.portal_message.as_ref().is_some_and(|d| en(&d.usually_means[0]).contains("deadlock")));
    assert!(unsigned.has_document("ss_contract_notice"));
    // Not an employee: accepted (no contradiction), no employer escalation.
    let officer = pack(json!({"portal_message": "employer_asks_for_niss", "work_situation": "company_officer"}));
    assert!(officer.escalations.is_empty());
}

#[test]
fn cplp_residence_visa_only_for_cplp_nationals() {
    let other = pack(json!({"residence_status": "visa"}));
    assert!(other.has_document("residence_visa") && !other.has_document("cplp_residence_visa"));
    let eu = pack(json!({"residence_status": "visa", "nationality_group": "eu"}));
    assert!(!eu.has_document("cplp_residence_visa"));
    let cplp = pack(json!({"residence_status": "visa", "nationality_group": "cplp"}));
    assert!(cplp.has_document("cplp_residence_visa"));
    for nationality in ["eu", "other", "ukraine_temporary_protection"] {
        for status in ["title", "pending_with_receipt", "visa", "international_protection", "none"] {
            let p = pack(json!({"nationality_group": nationality, "residence_status": status, "wants_combined_service": false}));
            assert!(!p.has_document("cplp_residence_visa") && !p.has_document("cplp_ar_certificate"), "{nationality} {status}");
        }
    }
}

#[test]
fn digital_nomad_settles_the_a1_question_before_filing() {
    let p = pack(json!({"work_situation": "foreign_employer", "needed_for": "other"}));
    let steps = p.step_ids();
    let a1 = steps.iter().position(|s| *s == "nomad_a1_first").expect("a1 step");
    let file = steps.iter().position(|s| *s == "file_request").expect("file");
    assert!(a1 < file);
    assert_eq!(first_step(&p), "nomad_a1_first");
    let held = pack(json!({"work_situation": "foreign_employer", "needed_for": "other", "had_niss_before": true}));
    assert!(!held.step_ids().contains(&"nomad_a1_first") && held.step_ids().contains(&"nomad_cross_border"));
}

// ---- 10. letters fit the person ----

#[test]
fn a_signed_contract_gets_no_letter_asking_for_one() {
    assert!(!pack(json!({})).letter_ids().contains(&"employer_contract_first"));
    assert!(pack(json!({"work_situation": "employee_no_contract"})).letter_ids().contains(&"employer_contract_first"));
    let signed_refusal = pack(json!({"portal_message": "employer_requires_niss"}));
    for l in signed_refusal.every_letter() {
        assert_ne!(l.id, "employer_escalation_contract");
        assert_ne!(l.id, "employer_contract_first");
    }
}

#[test]
fn letters_never_list_an_attachment_the_person_does_not_have_yet() {
    let no_contract = pack(json!({"work_situation": "employee_no_contract"}));
    for l in no_contract.every_letter() {
        assert!(!en(&l.body).contains("- Signed employment contract"), "{}", l.id);
    }
    let vi = pack(json!({"work_situation": "voluntary_insurance", "needed_for": "benefit"}));
    assert_eq!(vi.letter_ids(), ["ss_voluntary_basis"]);
    for (v, p) in situations(json!({})) {
        for l in p.every_letter() {
            assert!(!en(&l.body).contains("- Proof of the NISS request"), "{v}: {}", l.id);
        }
    }
}
