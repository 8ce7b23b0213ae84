//! Widow(er)'s and orphan's pensions (non-contributory): conditions, means tests at their
//! thresholds, and amounts from the social pension.

mod common;
use amparo::survivors::*;
use common::*;

const WP: Benefit = Benefit::WidowsPension;
const OP: Benefit = Benefit::OrphansPension;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

/// A social-pension recipient with no contributory record, and a widow who qualifies.
fn widow_case(date: &str) -> Household {
    let mut h = household(date);
    h.deceased.scheme = Some(Scheme::None);
    h.deceased.social_pension_recipient = Some(true);
    let mut w = spouse("w", "1980-01-01");
    w.national_or_equivalent = Some(true);
    w.resident = Some(true);
    w.own_pension = Some(false);
    w.monthly_income = Some(money("0"));
    h.people.push(w);
    h
}

#[test]
fn widows_pension_is_sixty_percent_of_the_social_pension() {
    for (date, want) in [("2020-05-01", "127.07"), ("2022-05-01", "128.35"), ("2023-05-01", "134.54"), ("2024-05-01", "147.47"), ("2025-05-01", "153.15"), ("2026-05-01", "157.44")] {
        let r = eval(&widow_case(date));
        assert_eq!(awards(&r, WP), pairs(&[("w", want)]), "{date}");
    }
    let r = eval(&widow_case("2025-05-01"));
    let b = benefit(&r, WP);
    assert_eq!(b.form.as_ref().unwrap().code.as_ref(), "RP 5018-DGSS");
    assert_eq!(b.awards[0].yearly.unwrap().to_string(), "2144.10");
    assert_eq!(b.claim_deadline.as_deref(), Some("2025-11-30"));
    // 2026's social pension is derived, not published: the result says so.
    let r = eval(&widow_case("2026-05-01"));
    assert_eq!(benefit(&r, WP).confidence, amparo::source::Confidence::Derived);
}

#[test]
fn income_exactly_at_forty_percent_of_the_ias_passes_a_cent_more_fails() {
    let mut h = widow_case("2025-05-01");
    h.people[0].monthly_income = Some(money("209.00"));
    assert_eq!(status(&eval(&h), WP), Status::Eligible);
    h.people[0].monthly_income = Some(money("209.01"));
    assert_eq!(status(&eval(&h), WP), Status::NotEligible);
    let mut h = widow_case("2023-05-01");
    h.people[0].monthly_income = Some(money("192.17"));
    assert_eq!(status(&eval(&h), WP), Status::Eligible);
    h.people[0].monthly_income = Some(money("192.18"));
    assert_eq!(status(&eval(&h), WP), Status::NotEligible);
}

#[test]
fn widows_pension_conditions_each_fail_on_their_own() {
    type Change = Box<dyn Fn(&mut Household)>;
    let checks: Vec<(&str, Change)> = vec![
        ("not a social pension recipient", Box::new(|h| h.deceased.social_pension_recipient = Some(false))),
        ("not national", Box::new(|h| h.people[0].national_or_equivalent = Some(false))),
        ("not resident", Box::new(|h| h.people[0].resident = Some(false))),
        ("own pension", Box::new(|h| h.people[0].own_pension = Some(true))),
        ("remarried", Box::new(|h| h.people[0].remarried = Some(true))),
        ("married exactly one year", Box::new(|h| h.people[0].marriage_date = Some(d("2024-05-01")))),
        ("ex-spouse", Box::new(|h| h.people[0].relation = Relation::ExSpouse)),
    ];
    for (why, f) in checks {
        let mut h = widow_case("2025-05-01");
        f(&mut h);
        assert_eq!(status(&eval(&h), WP), Status::NotEligible, "{why}");
    }
    let mut h = widow_case("2025-05-01");
    h.people[0].marriage_date = Some(d("2024-04-30"));
    assert_eq!(status(&eval(&h), WP), Status::Eligible);
}

#[test]
fn a_partner_needs_more_than_two_years_the_second_anniversary_is_not_enough() {
    let mut h = widow_case("2025-05-01");
    h.people[0].relation = Relation::Partner;
    h.people[0].union_start_date = Some(d("2023-04-30"));
    assert_eq!(status(&eval(&h), WP), Status::Eligible);
    h.people[0].union_start_date = Some(d("2023-05-01"));
    let r = eval(&h);
    assert_eq!(status(&r, WP), Status::NotEligible);
    assert!(has_reason(&r, WP, "widows_pension.relationship_length", Outcome::NotMet));
}

#[test]
fn missing_answers_are_listed_not_guessed() {
    let mut h = widow_case("2025-05-01");
    h.people[0].national_or_equivalent = None;
    h.people[0].monthly_income = None;
    let r = eval(&h);
    assert_eq!(status(&r, WP), Status::NeedsInfo);
    assert_eq!(missing(&r, WP), ["people[0].national_or_equivalent", "people[0].monthly_income"]);
    h.deceased.social_pension_recipient = None;
    assert_eq!(missing(&eval(&h), WP), ["deceased.social_pension_recipient"]);
}

#[test]
fn own_social_pension_is_capped_by_the_minimum_pension() {
    let mut h = widow_case("2025-05-01");
    h.people[0].own_social_pension = Some(money("255.25"));
    // 331.79 − 255.25 = 76.54 < 153.15.
    assert_eq!(awards(&eval(&h), WP), pairs(&[("w", "76.54")]));
    h.people[0].own_social_pension = Some(money("100.00"));
    assert_eq!(awards(&eval(&h), WP), pairs(&[("w", "153.15")]));
    // Early 2023, 2021 and 2019 use derived minimum pensions (marked so): 291.48 − 224.24.
    let mut h = widow_case("2023-03-01");
    h.people[0].own_social_pension = Some(money("224.24"));
    let r = eval(&h);
    assert_eq!(awards(&r, WP), pairs(&[("w", "67.24")]));
    assert_eq!(benefit(&r, WP).confidence, amparo::source::Confidence::Derived);
    for (date, own, want) in [("2019-06-01", "210.32", "63.07"), ("2021-06-01", "211.79", "63.51")] {
        let mut h = widow_case(date);
        h.people[0].own_social_pension = Some(money(own));
        assert_eq!(awards(&eval(&h), WP), pairs(&[("w", want)]), "{date}");
    }
}

/// An orphan of a parent with no scheme, meeting test (a).
fn orphan_case(date: &str, born: &str) -> Household {
    let mut h = household(date);
    h.deceased.scheme = Some(Scheme::None);
    h.deceased.contribution_months = None;
    let mut c = child("kid", born);
    c.national_or_equivalent = Some(true);
    c.resident = Some(true);
    c.monthly_income = Some(money("0"));
    c.household_monthly_income = Some(money("700.00"));
    c.household_size = Some(5);
    h.people.push(c);
    h
}

#[test]
fn orphans_pension_amounts_with_and_without_a_spouse_entitled() {
    let r = eval(&orphan_case("2023-05-10", "2015-01-01"));
    assert_eq!(awards(&r, OP), pairs(&[("kid", "89.70")])); // 40 % × 224.24
    assert_eq!(benefit(&r, OP).awards[0].until.as_deref(), Some("2032-12-31"));
    let mut h = orphan_case("2023-05-10", "2015-01-01");
    h.people.push(h.people[0].clone());
    h.people[1].id = "kid2".into();
    assert_eq!(awards(&eval(&h), OP), pairs(&[("kid", "67.27"), ("kid2", "67.27")])); // 60 % = 134.54
    // With a widow entitled to the widow's pension: 20 %.
    let mut h = orphan_case("2023-05-10", "2015-01-01");
    h.deceased.social_pension_recipient = Some(true);
    let mut w = spouse("w", "2000-01-01");
    w.national_or_equivalent = Some(true);
    w.resident = Some(true);
    w.own_pension = Some(false);
    w.monthly_income = Some(money("100.00"));
    h.people.push(w);
    let r = eval(&h);
    assert_eq!(status(&r, WP), Status::Eligible);
    assert_eq!(awards(&r, OP), pairs(&[("kid", "44.85")])); // 20 % × 224.24 = 44.848
}

#[test]
fn means_test_a_and_b_at_their_thresholds() {
    let set = |hh: &str, risk: Option<bool>| {
        let mut h = orphan_case("2023-05-10", "2015-01-01");
        h.people[0].household_monthly_income = Some(money(hh));
        h.people[0].at_risk = risk;
        status(&eval(&h), OP)
    };
    assert_eq!(set("720.65", None), Status::Eligible); // (a) at 1.5 × IAS
    assert_eq!(set("720.66", Some(true)), Status::Eligible); // (b): 144.13 a person, at risk
    assert_eq!(set("720.66", Some(false)), Status::NotEligible);
    assert_eq!(set("720.66", None), Status::NeedsInfo);
    assert_eq!(set("720.70", Some(true)), Status::NotEligible); // 144.14 a person
    let mut h = orphan_case("2023-05-10", "2015-01-01");
    h.people[0].monthly_income = Some(money("192.18"));
    h.people[0].at_risk = Some(false);
    assert_eq!(status(&eval(&h), OP), Status::NotEligible);
    h.people[0].monthly_income = Some(money("192.17"));
    assert_eq!(status(&eval(&h), OP), Status::Eligible);
}

#[test]
fn orphan_age_emancipation_work_and_residence() {
    assert_eq!(status(&eval(&orphan_case("2025-03-14", "2007-03-14")), OP), Status::NotEligible);
    let r = eval(&orphan_case("2025-03-14", "2008-03-14"));
    assert_eq!(status(&r, OP), Status::NeedsInfo);
    assert_eq!(missing(&r, OP), ["people[0].emancipated", "people[0].works_compulsory_scheme"]);
    let mut h = orphan_case("2025-03-14", "2008-03-14");
    h.people[0].emancipated = Some(false);
    h.people[0].works_compulsory_scheme = Some(false);
    assert_eq!(status(&eval(&h), OP), Status::Eligible);
    h.people[0].works_compulsory_scheme = Some(true);
    assert_eq!(status(&eval(&h), OP), Status::NotEligible);
    let mut h = orphan_case("2025-03-14", "2015-01-01");
    h.people[0].resident = Some(false);
    assert_eq!(status(&eval(&h), OP), Status::NotEligible);
}

#[test]
fn orphans_pension_only_when_the_parent_had_no_survivors_pension_right() {
    let mut h = orphan_case("2025-03-14", "2015-01-01");
    h.deceased.scheme = Some(Scheme::General);
    h.deceased.contribution_months = Some(240);
    assert_eq!(status(&eval(&h), OP), Status::NotEligible);
    h.deceased.contribution_months = Some(10);
    let r = eval(&h);
    assert_eq!(status(&r, Benefit::SurvivorsPension), Status::NotEligible);
    assert_eq!(status(&r, OP), Status::Eligible);
}

#[test]
fn the_orphans_rate_follows_whether_a_spouse_or_ex_spouse_exists_not_whether_they_are_entitled() {
    let with = |relation: Option<Relation>| {
        let mut h = orphan_case("2023-05-10", "2015-01-01");
        if let Some(rel) = relation {
            let mut p = Person::new("mum", rel);
            p.birth_date = Some(d("1985-01-01"));
            p.marriage_date = Some(d("2010-01-01"));
            h.people.push(p);
        }
        eval(&h)
    };
    // The usual household: the surviving parent is entitled to nothing (the deceased had no
    // social pension), and the orphan gets the "there is a spouse" rate: 20 % × 224.24.
    let r = with(Some(Relation::Spouse));
    assert_eq!(status(&r, WP), Status::NotEligible);
    assert_eq!(awards(&r, OP), pairs(&[("kid", "44.85")]));
    assert!(has_reason(&r, OP, "orphans_pension.spouse_exists", Outcome::Info));
    assert_eq!(awards(&with(Some(Relation::ExSpouse)), OP), pairs(&[("kid", "44.85")]));
    // No spouse or ex-spouse (a partner does not count, read literally): 40 %.
    assert_eq!(awards(&with(None), OP), pairs(&[("kid", "89.70")]));
    assert_eq!(awards(&with(Some(Relation::Partner)), OP), pairs(&[("kid", "89.70")]));
}

#[test]
fn a_parent_with_a_short_record_counts_as_not_covered_on_a_secondary_source() {
    let mut h = orphan_case("2025-03-14", "2015-01-01");
    let r = eval(&h);
    assert_eq!(benefit(&r, OP).reasons.iter().find(|x| x.code == "orphans_pension.deceased_not_covered").unwrap().confidence, amparo::source::Confidence::Official);
    h.deceased.scheme = Some(Scheme::General);
    h.deceased.contribution_months = Some(35);
    let r = eval(&h);
    assert_eq!(status(&r, OP), Status::Eligible);
    let short = benefit(&r, OP).reasons.iter().find(|x| x.code == "orphans_pension.deceased_short_record").unwrap();
    assert_eq!(short.confidence, amparo::source::Confidence::Secondary);
    h.deceased.contribution_months = Some(36);
    assert_eq!(status(&eval(&h), OP), Status::NotEligible);
}

#[test]
fn non_contributory_pensions_start_by_the_claim_date_and_a_posthumous_child_from_birth() {
    let from = |r: &Report, b: Benefit| benefit(r, b).awards[0].from.clone();
    // Death in May 2025: claims up to 30 November are in time.
    let mut h = widow_case("2025-05-01");
    h.claim_date = Some(d("2025-11-30"));
    assert_eq!(from(&eval(&h), WP).as_deref(), Some("2025-06-01"));
    h.claim_date = Some(d("2025-12-01"));
    let r = eval(&h);
    assert_eq!(from(&r, WP).as_deref(), Some("2026-01-01"));
    assert!(benefit(&r, WP).reasons.iter().any(|x| x.code == "non_contributory.start" && x.message.code == "surv-start-late-claim"));

    let mut h = orphan_case("2025-05-01", "2015-01-01");
    h.claim_date = Some(d("2026-02-10"));
    assert_eq!(from(&eval(&h), OP).as_deref(), Some("2026-03-01"));

    // Born after the death: from the birth, and the window counts from it.
    let mut h = orphan_case("2025-05-01", "2025-09-20");
    let r = eval(&h);
    assert_eq!(from(&r, OP).as_deref(), Some("2025-09-20"));
    assert!(benefit(&r, OP).awards[0].from_reason.is_some());
    h.claim_date = Some(d("2026-03-31"));
    assert_eq!(from(&eval(&h), OP).as_deref(), Some("2025-09-20"));
    h.claim_date = Some(d("2026-04-01"));
    assert_eq!(from(&eval(&h), OP).as_deref(), Some("2026-05-01"));
}
