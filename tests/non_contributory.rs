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
    assert_eq!(b.form.as_ref().unwrap().code, "RP 5018-DGSS");
    assert_eq!(b.awards[0].yearly.unwrap().to_string(), "2144.10");
    assert_eq!(b.claim_deadline.as_deref(), Some("2025-11-30"));
    // 2026's social pension is derived, not published: the result says so.
    let r = eval(&widow_case("2026-05-01"));
    assert_eq!(benefit(&r, WP).confidence, amparo::text::Confidence::Derived);
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
fn a_partner_needs_at_least_two_years() {
    let mut h = widow_case("2025-05-01");
    h.people[0].relation = Relation::Partner;
    h.people[0].union_start_date = Some(d("2023-05-01"));
    assert_eq!(status(&eval(&h), WP), Status::Eligible);
    h.people[0].union_start_date = Some(d("2023-05-02"));
    assert_eq!(status(&eval(&h), WP), Status::NotEligible);
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
    // The minimum pension for early 2023 is not in the table: a clear error, not a guess.
    let mut h = widow_case("2023-03-01");
    h.people[0].own_social_pension = Some(money("224.24"));
    let e = evaluate(&h, &rules()).unwrap_err();
    assert_eq!(e.errors[0].code, "no_rules_for_date");
    assert!(e.errors[0].message_en.contains("minimum_pension"));
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
