//! The plan's documents: from the rules table's `documents`, only for the benefits being claimed
//! and the people who may get them; and the table itself is validated when it loads.

mod common;
use amparo::message::Arg;
use amparo::rules::Rules;
use amparo::survivors::{DeathCause, Education, Funeral, Household, Payer, Person, Relation, Report, Scheme, evaluate_on};
use common::{child, d, household, money, rules, spouse};

fn on(h: &Household) -> Report {
    evaluate_on(h, &rules(), d("2026-12-02")).expect("report")
}

/// The documents as (id, for whom).
fn docs(r: &Report) -> Vec<(String, Option<String>)> {
    r.plan.as_ref().expect("plan").documents.iter().map(|x| (x.id.clone(), x.for_person.as_deref().map(str::to_string))).collect()
}

fn has(r: &Report, id: &str, who: Option<&str>) -> bool {
    docs(r).iter().any(|(i, w)| i == id && w.as_deref() == who)
}

#[test]
fn the_documents_follow_the_household() {
    // Two children, no spouse: no marriage certificate.
    let mut h = household("2026-10-01");
    h.people.push(child("rui", "2014-03-01"));
    let mut eva = child("eva", "2006-02-10");
    eva.education = Some(Education::Higher);
    eva.works_compulsory_scheme = Some(false);
    h.people.push(eva);
    let r = on(&h);
    assert!(has(&r, "death_certificate", None) && has(&r, "claimant_id", None) && has(&r, "bank_account", None));
    assert!(!docs(&r).iter().any(|(i, _)| i == "marriage_certificate" || i == "union_proof"), "{:?}", docs(&r));
    assert!(has(&r, "birth_certificate", Some("rui")) && has(&r, "birth_certificate", Some("eva")));
    // The proof of enrolment: only for the child aged 18 or over who studies.
    assert!(has(&r, "enrolment_proof", Some("eva")));
    assert!(!has(&r, "enrolment_proof", Some("rui")));
    // The person's name is in the words.
    let enrolment = r.plan.as_ref().unwrap().documents.iter().find(|x| x.id == "enrolment_proof").unwrap();
    assert_eq!(enrolment.message.code, "doc-enrolment_proof");
    assert_eq!(enrolment.message.arg("who"), Some(&Arg::Shared("eva".into())));
    assert_eq!(enrolment.confidence, amparo::source::Confidence::Secondary);

    // A spouse: the marriage certificate, for her.
    h.people.push(spouse("ana", "1995-06-01"));
    let r = on(&h);
    assert!(has(&r, "marriage_certificate", Some("ana")));
    // A child of 16 at school is not asked for the proof yet (the calendar reminds at 18).
    let mut h = household("2026-10-01");
    let mut teen = child("teo", "2010-05-01");
    teen.education = Some(Education::Secondary);
    h.people.push(teen);
    assert!(!has(&on(&h), "enrolment_proof", Some("teo")));
}

#[test]
fn documents_only_for_people_who_may_get_something() {
    // A son of 30 who does not study and is not disabled gets nothing: no birth certificate.
    let mut h = household("2026-10-01");
    h.people.push(spouse("ana", "1995-06-01"));
    let mut son = child("joao", "1996-01-01");
    son.education = Some(Education::None);
    son.disabled = Some(false);
    h.people.push(son);
    let r = on(&h);
    assert!(!has(&r, "birth_certificate", Some("joao")), "{:?}", docs(&r));
    // A partner: the proof of the union, not a marriage certificate.
    let mut h = household("2026-10-01");
    let mut p = Person::new("rita", Relation::Partner);
    p.birth_date = Some(d("1970-01-01"));
    p.union_start_date = Some(d("2010-01-01"));
    h.people.push(p);
    let r = on(&h);
    assert!(has(&r, "union_proof", Some("rita")) && !has(&r, "marriage_certificate", Some("rita")));
}

#[test]
fn funeral_documents_when_someone_paid_and_the_accident_statement() {
    // Nobody entitled to the death grant: whoever paid claims the refund.
    let mut h = household("2026-10-01");
    h.deceased.death_cause = Some(DeathCause::Accident);
    h.funeral = Some(Funeral { paid_by: Some(Payer::Other), amount: Some(money("1800")), payer_resident: Some(true) });
    let r = on(&h);
    assert!(has(&r, "funeral_invoice", Some("other")), "{:?}", docs(&r));
    assert!(has(&r, "third_party_statement", None));
    // Without an accident, no statement; with no payer, no invoice.
    h.deceased.death_cause = Some(DeathCause::Illness);
    h.funeral = None;
    let r = on(&h);
    assert!(!docs(&r).iter().any(|(i, _)| i == "third_party_statement" || i == "funeral_invoice"), "{:?}", docs(&r));
    // The widow(er)'s pension asks for proof of income; the survivor's pension does not.
    let mut h = household("2026-10-01");
    h.deceased.scheme = Some(Scheme::None);
    h.deceased.social_pension_recipient = Some(true);
    h.people.push(spouse("ana", "1990-01-01"));
    assert!(has(&on(&h), "income_proof", None));
    let mut h = household("2026-10-01");
    h.people.push(spouse("ana", "1990-01-01"));
    assert!(!has(&on(&h), "income_proof", None));
}

const DOC: &str = r#"{"id":"x","when":"always","benefits":["death_grant"],"reference":{"title":"t","url":"https://example.org"},"confidence":"secondary","last_review":"2026-12-02"}"#;

fn table(docs: &str) -> String {
    format!(r#"{{"parameters":[],"rules":[],"documents":[{docs}]}}"#)
}

#[test]
fn the_documents_table_is_validated_when_it_loads() {
    assert!(Rules::from_json(&table(DOC)).is_ok());
    let cases = [
        ("duplicate id", format!("{DOC},{DOC}")),
        ("unknown when", DOC.replace(r#""always""#, r#""sometimes""#)),
        ("unknown benefit", DOC.replace(r#""death_grant""#, r#""lottery""#)),
        ("no benefits", DOC.replace(r#"["death_grant"]"#, "[]")),
        ("a benefit twice", DOC.replace(r#"["death_grant"]"#, r#"["death_grant","death_grant"]"#)),
        ("no source", DOC.replace(r#","url":"https://example.org""#, "")),
        ("bad review date", DOC.replace("2026-12-02", "yesterday")),
        ("empty id", DOC.replace(r#""id":"x""#, r#""id":" ""#)),
        ("unknown field", DOC.replace(r#""id":"x""#, r#""id":"x","note":"y""#)),
    ];
    for (why, docs) in cases {
        assert!(Rules::from_json(&table(&docs)).is_err(), "accepted a documents table with: {why}");
    }
    let bundled = rules();
    assert!(bundled.documents.len() >= 10);
    for doc in &bundled.documents {
        assert!(doc.reference.url.as_deref().is_some_and(|u| u.starts_with("https://")) || doc.reference.act.is_some(), "{}", doc.id);
    }
}
