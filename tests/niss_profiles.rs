//! One test per profile, pinning its documents, steps and "do not" items.

mod common;
use common::niss::*;

use amparo::niss::DocumentPack;
use serde_json::json;

/// The message in Portuguese / English, for the tests that check wording.
fn pt(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::Pt, m)
}
fn en(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::En, m)
}



/// Single documents as (id, "required"|"optional").
fn docs(p: &DocumentPack) -> Vec<(String, String)> {
    p.documents
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                serde_json::to_value(d.need).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn choices(p: &DocumentPack) -> Vec<&str> {
    p.choose_one.iter().map(|c| c.id.as_str()).collect()
}

fn assert_no_duplicate_documents(p: &DocumentPack) {
    let ids = p.all_document_ids();
    let mut seen = std::collections::BTreeSet::new();
    for id in &ids {
        assert!(seen.insert(*id), "document {id} appears twice in {ids:?}");
    }
}

#[test]
fn employee_without_a_signed_contract() {
    let p = pack(json!({"work_situation": "employee_no_contract"}));
    assert_eq!(p.profile_ids(), ["employee"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "optional"),
            ("residence_title", "required"),
            ("ss_contract_notice", "optional")
        ])
    );
    assert_eq!(choices(&p), ["employment_contract|employer_declaration"]);
    assert_eq!(p.do_not_ids(), ["no_borrowed_niss", "no_hr_refusal_acceptance", "no_blank_forms"]);
    assert_eq!(
        p.step_ids(),
        ["emp_sign_contract", "file_request", "collect_niss", "emp_give_niss", "emp_register_link", "emp_check_ssd"]
    );
    let who: Vec<&str> = p.steps.iter().map(|s| s.who.as_str()).collect();
    assert_eq!(who, ["employer", "you", "you", "you", "employer", "you"]);
    // The request letter would list a contract the person does not have yet: only the letter
    // asking the employer for it.
    assert_eq!(p.letter_ids(), ["employer_contract_first"]);
    assert_no_duplicate_documents(&p);
}

#[test]
fn employee_with_a_signed_contract_needs_the_contract_itself() {
    let p = pack(json!({}));
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "optional"),
            ("employment_contract", "required"),
            ("residence_title", "required")
        ])
    );
    assert!(choices(&p).is_empty());
    assert!(!p.step_ids().contains(&"emp_sign_contract"));
    // The contract is signed: no letter asking the employer for one.
    assert_eq!(p.letter_ids(), ["ss_request"]);
}

#[test]
fn independent_worker_without_activity() {
    let p = pack(json!({"work_situation": "independent_no_activity", "needed_for": "other"}));
    assert_eq!(p.profile_ids(), ["independent_worker"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "required"),
            ("activity_start", "required"),
            ("invoices_receipts", "required"),
            ("residence_title", "required")
        ])
    );
    assert_eq!(p.do_not_ids(), ["no_fake_work_evidence", "activity_is_not_niss", "intention_not_evidence"]);
    assert_eq!(p.step_ids(), ["ind_open_activity", "file_request", "collect_niss", "ind_check_obligations"]);
    // The work evidence does not exist yet: the pack says to wait, and no request letter lists it.
    assert_eq!(p.warning_ids(), ["wait_for_activity"]);
    assert!(p.letters.is_empty());
}

#[test]
fn independent_worker_with_activity() {
    let p = pack(json!({"work_situation": "independent_with_activity", "needed_for": "other"}));
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "required"),
            ("activity_start", "required"),
            ("invoices_receipts", "required"),
            ("residence_title", "required")
        ])
    );
    assert_eq!(p.do_not_ids(), ["no_fake_work_evidence", "activity_is_not_niss"]);
    assert_eq!(p.step_ids(), ["file_request", "collect_niss", "ind_check_obligations"]);
    assert!(p.warnings.is_empty());
    let l = p.letters.iter().find(|l| l.id == "ss_request").expect("request letter");
    assert!(en(&l.body).contains("Declaration of start of self-employed activity"), "{}", en(&l.body));
    assert!(en(&l.body).contains("Invoices or invoice-receipts already issued"), "{}", en(&l.body));
}

#[test]
fn digital_nomad() {
    let p = pack(json!({"work_situation": "foreign_employer", "needed_for": "other", "residence_status": "visa"}));
    assert_eq!(p.profile_ids(), ["digital_nomad"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "optional"),
            ("foreign_employment_contract", "required"),
            ("remote_work_evidence", "optional"),
            ("a1_certificate", "optional"),
            ("residence_visa", "required")
        ])
    );
    assert_eq!(p.do_not_ids(), ["niss_not_settle_nomad"]);
    // The coordination question (A1) comes before filing, not after.
    assert_eq!(p.step_ids(), ["nomad_a1_first", "file_request", "collect_niss"]);
}

#[test]
fn company_officer() {
    let p = pack(
        json!({"work_situation": "company_officer", "needed_for": "other", "residence_status": "pending_with_receipt"}),
    );
    assert_eq!(p.profile_ids(), ["company_officer"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "optional"),
            ("company_registry_certificate", "required"),
            ("aima_receipt", "required")
        ])
    );
    assert_eq!(p.do_not_ids(), ["officer_not_contract"]);
    assert_eq!(p.step_ids(), ["file_request", "collect_niss", "officer_framework"]);
}

#[test]
fn voluntary_insurance() {
    let p = pack(json!({"work_situation": "voluntary_insurance", "needed_for": "benefit"}));
    assert_eq!(p.profile_ids(), ["voluntary_insurance"]);
    assert_eq!(
        docs(&p),
        pairs(&[("passport", "required"), ("voluntary_insurance_basis", "required"), ("residence_title", "required")])
    );
    assert_eq!(p.do_not_ids(), ["ssv_not_automatic"]);
    assert_eq!(p.step_ids(), ["ssv_ask_basis", "file_request", "collect_niss"]);
    let basis = p.documents.iter().find(|d| d.id == "voluntary_insurance_basis").expect("basis");
    assert_eq!(basis.source.confidence.as_str(), "unverified");
}

#[test]
fn student_or_not_working() {
    let p = pack(json!({"work_situation": "not_working", "needed_for": "other"}));
    assert_eq!(p.profile_ids(), ["student_or_not_working"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("official_requirement", "required"),
            ("residence_title", "required"),
            ("ss_reply", "optional")
        ])
    );
    assert_eq!(p.do_not_ids(), ["no_fake_work_evidence"]);
    assert_eq!(p.step_ids(), ["not_working_explain", "file_request", "collect_niss", "not_working_loop"]);
    assert!(p.escalation.is_none(), "not blocked: no portal message and not for AIMA");
}

#[test]
fn aima_renewal_without_a_niss_and_not_working() {
    let p = pack(json!({"work_situation": "not_working", "needed_for": "aima_renewal"}));
    assert_eq!(p.profile_ids(), ["student_or_not_working", "aima_renewal"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("official_requirement", "required"),
            ("residence_title", "required"),
            ("ss_reply", "optional"),
        ])
    );
    assert_eq!(p.do_not_ids(), ["no_fake_work_evidence", "no_wait_deadline"]);
    assert_eq!(
        p.step_ids(),
        [
            "not_working_explain",
            "file_request",
            "collect_niss",
            "aima_send_niss",
            "not_working_loop"
        ]
    );
    assert_eq!(p.letter_ids(), ["ss_request"]);
    let esc = p.escalation.as_ref().expect("not working + AIMA: the evidence loop applies");
    assert_eq!(esc.evidence_loop.len(), 5);
}

#[test]
fn aima_renewal_with_an_existing_niss() {
    let p = pack(json!({"needed_for": "aima_renewal", "had_niss_before": true}));
    assert_eq!(p.profile_ids(), ["employee", "aima_renewal", "returning_with_old_niss"]);
    assert_eq!(p.do_not_ids().first(), Some(&"no_second_niss"));
    assert!(p.has_document("niss_notice") && !p.has_document("niss_request_proof"));
    assert!(p.step_ids().contains(&"aima_check_record") && !p.step_ids().contains(&"file_request"));
}

#[test]
fn returning_with_old_niss() {
    let p = pack(json!({"had_niss_before": true, "nationality_group": "eu", "residence_status": "none"}));
    assert_eq!(p.profile_ids(), ["employee", "returning_with_old_niss"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("old_passport", "optional"),
            ("nif_proof", "optional"),
            ("prior_work_evidence", "optional"),
            ("niss_notice", "optional")
        ])
    );
    // "HR must not postpone the contract because you have no NISS" assumes there is none.
    assert_eq!(p.do_not_ids(), ["no_second_niss", "no_borrowed_niss", "no_blank_forms"]);
    assert_eq!(p.step_ids(), ["ret_recover", "emp_give_niss", "emp_register_link", "emp_check_ssd", "ret_ssd"]);
    assert_eq!(p.letter_ids(), ["employer_niss_given", "ss_correction"]);
}

#[test]
fn identity_changed() {
    let p = pack(json!({"had_niss_before": true, "passport_or_name_changed": true}));
    assert_eq!(p.profile_ids(), ["employee", "returning_with_old_niss", "identity_changed"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("old_passport", "required"),
            ("nif_proof", "optional"),
            ("prior_work_evidence", "optional"),
            ("niss_notice", "optional"),
            ("name_change_certificate", "optional"),
            ("identity_link_statement", "required"),
        ])
    );
    assert_eq!(
        p.do_not_ids(),
        ["no_second_niss", "no_borrowed_niss", "no_blank_forms", "identity_versions"]
    );
    assert_eq!(
        p.step_ids(),
        [
            "ret_recover",
            "id_update_ss",
            "id_update_others",
            "emp_give_niss",
            "emp_register_link",
            "emp_check_ssd",
            "ret_ssd"
        ]
    );
    // The old passport is optional for the returning profile but required for the identity change.
    let old = p.documents.iter().find(|d| d.id == "old_passport").expect("old passport");
    let by: Vec<&str> = old.needed_for.iter().map(|b| b.by.as_str()).collect();
    assert_eq!(by, ["returning_with_old_niss", "identity_changed"]);
}

#[test]
fn cplp_national_filed_by_the_employer() {
    let p = pack(json!({"nationality_group": "cplp", "residence_status": "visa", "filed_by": "employer"}));
    assert_eq!(p.profile_ids(), ["employee", "cplp_national"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("nif_proof", "optional"),
            ("employment_contract", "required"),
            ("employer_identification", "required"),
            ("employer_signatory_id", "required")
        ])
    );
    // The employer files with its own documents, not a private power of attorney.
    assert!(!p.has_document("representation_proof") && !p.has_document("representative_id"));
    // A CPLP national with a visa: the CPLP visa or an ordinary residence visa.
    assert_eq!(choices(&p), ["cplp_residence_visa|residence_visa"]);
    assert_eq!(p.do_not_ids(), ["no_borrowed_niss", "no_hr_refusal_acceptance", "no_blank_forms", "cplp_one_rule"]);
    assert_eq!(
        p.step_ids(),
        [
            "file_request",
            "ask_copies",
            "collect_niss",
            "emp_give_niss",
            "emp_register_link",
            "emp_check_ssd",
            "cplp_keep_docs"
        ]
    );
    assert_eq!(p.steps.iter().find(|s| s.id == "file_request").map(|s| s.who.as_str()), Some("employer"));
}

#[test]
fn cplp_national_with_a_title_chooses_title_or_certificate() {
    let p = pack(json!({"nationality_group": "cplp", "residence_status": "title"}));
    assert_eq!(choices(&p), ["residence_title|cplp_ar_certificate"]);
    assert!(!p.documents.iter().any(|d| d.id == "residence_title"));
}

#[test]
fn ukraine_temporary_protection() {
    let p = pack(json!({"nationality_group": "ukraine_temporary_protection"}));
    assert_eq!(p.profile_ids(), ["employee", "ukraine_temporary_protection"]);
    assert_eq!(
        docs(&p),
        pairs(&[("passport", "required"), ("tp_declaration", "required")])
    );
    assert_eq!(
        p.do_not_ids(),
        ["no_borrowed_niss", "tp_no_ordinary_request", "no_blank_forms", "tp_no_combined"]
    );
    assert_eq!(
        p.step_ids(),
        [
            "tp_check_declaration",
            "tp_desk",
            "emp_give_niss",
            "emp_register_link",
            "tp_show_declaration",
            "emp_check_ssd"
        ]
    );
    assert!(!p.step_ids().contains(&"file_request"), "no ordinary request under temporary protection");
    assert_eq!(p.letter_ids(), ["employer_niss_given"]);
    assert_eq!(
        p.identifiers.iter().find(|i| i.id == "niss").map(|i| i.status.as_str()),
        Some("on_protection_declaration")
    );
}

#[test]
fn family_member_filed_by_a_representative() {
    let p = pack(json!({
        "filing_for_family_member": true, "work_situation": "not_working", "needed_for": "benefit",
        "filed_by": "representative", "residence_status": "pending_with_receipt"
    }));
    assert_eq!(p.profile_ids(), ["student_or_not_working", "family_member"]);
    assert_eq!(
        docs(&p),
        pairs(&[
            ("passport", "required"),
            ("official_requirement", "required"),
            ("aima_receipt", "required"),
            ("ss_reply", "optional"),
            ("family_member_reason", "required"),
            ("representation_proof", "required"),
            ("representative_id", "required")
        ])
    );
    assert_eq!(p.do_not_ids(), ["no_fake_work_evidence", "household_not_shared"]);
    assert_eq!(
        p.step_ids(),
        [
            "not_working_explain",
            "fam_own_request",
            "file_request",
            "ask_copies",
            "collect_niss",
            "not_working_loop",
            "fam_table"
        ]
    );
    assert_eq!(p.steps.iter().find(|s| s.id == "file_request").map(|s| s.who.as_str()), Some("representative"));
}

#[test]
fn every_profile_has_a_fallback_and_a_reason() {
    let p = pack(
        json!({"had_niss_before": true, "passport_or_name_changed": true, "needed_for": "aima_renewal", "nationality_group": "cplp", "filing_for_family_member": true}),
    );
    assert_eq!(
        p.profile_ids(),
        ["employee", "aima_renewal", "returning_with_old_niss", "identity_changed", "cplp_national", "family_member"]
    );
    assert_eq!(p.fallbacks.len(), p.profiles.len());
    for (f, pr) in p.fallbacks.iter().zip(&p.profiles) {
        assert_eq!(f.profile, pr.id);
        assert!(!pt(&f.text).is_empty() && !en(&f.text).is_empty());
        assert!(!pt(&pr.reason).is_empty() && !en(&pr.reason).is_empty());
    }
    assert_no_duplicate_documents(&p);
}
