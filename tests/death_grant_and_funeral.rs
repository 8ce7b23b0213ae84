//! Death grant, reimbursement of funeral expenses and funeral allowance: who gets which, how
//! much, and the rules that make them exclusive.

mod common;
use amparo::survivors::*;
use common::*;

const DG: Benefit = Benefit::DeathGrant;
const FR: Benefit = Benefit::FuneralExpensesRefund;
const FA: Benefit = Benefit::FuneralAllowance;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn other(id: &str, degree: Option<u32>) -> Person {
    let mut p = Person::new(id, Relation::OtherRelative);
    p.collateral_degree = degree;
    p.resident = Some(true);
    p.lived_with_deceased = Some(true);
    p
}

#[test]
fn death_grant_is_three_ias_at_the_date_of_death_across_the_year_boundary() {
    for (date, want) in [("2023-05-10", "1441.29"), ("2024-12-31", "1527.78"), ("2025-01-01", "1567.50"), ("2026-02-01", "1611.39")] {
        let mut h = household(date);
        h.people.push(spouse("s", "1990-01-01"));
        assert_eq!(awards(&eval(&h), DG), pairs(&[("s", want)]), "{date}");
    }
}

#[test]
fn no_qualifying_period_in_the_general_scheme_36_months_in_voluntary() {
    let case = |scheme: Scheme, months: u32| {
        let mut h = household("2025-03-14");
        h.deceased.scheme = Some(scheme);
        h.deceased.contribution_months = Some(months);
        h.people.push(spouse("s", "1990-01-01"));
        status(&eval(&h), DG)
    };
    assert_eq!(case(Scheme::General, 0), Status::Eligible);
    assert_eq!(case(Scheme::Voluntary, 36), Status::Eligible);
    assert_eq!(case(Scheme::Voluntary, 35), Status::NotEligible);
    assert_eq!(case(Scheme::None, 100), Status::NotEligible);
}

#[test]
fn split_between_the_spouse_group_and_descendants_with_exact_cents() {
    let h = parse_household(include_str!("cases/readme_example.input.json")).unwrap();
    let r = eval(&h);
    assert_eq!(awards(&r, DG), pairs(&[("ana", "783.75"), ("rui", "391.88"), ("eva", "391.87")]));
    let split = benefit(&r, DG).steps.iter().find(|s| s.message.code == "surv-step-death_grant-equal-shares").unwrap();
    assert_eq!(split.message.arg("leftover"), Some(&amparo::message::Arg::Count(1)));
    assert_eq!(split.message.arg("n"), Some(&amparo::message::Arg::Count(2)));
    // One cent left over is said in the singular.
    assert!(amparo::i18n::render(amparo::i18n::Lang::En, &split.message).ends_with("each (1 extra cent to the first person listed)"));
    // The half/half split is confirmed only for the public-sector regime: marked unverified.
    assert_eq!(benefit(&r, DG).confidence, amparo::source::Confidence::Unverified);
    assert_eq!(benefit(&r, DG).claim_deadline.as_deref(), Some("2025-09-14"));
}

#[test]
fn one_group_takes_it_all_then_ascendants_then_other_relatives() {
    let mut h = household("2025-03-14");
    h.people = vec![child("a", "2010-01-01"), child("b", "2011-01-01"), child("c", "2012-01-01")];
    assert_eq!(awards(&eval(&h), DG), pairs(&[("a", "522.50"), ("b", "522.50"), ("c", "522.50")]));

    let mut mum = Person::new("mum", Relation::Parent);
    mum.dependent_on_deceased = Some(true);
    h.people = vec![mum, other("sis", Some(2))];
    let r = eval(&h);
    assert_eq!(awards(&r, DG), pairs(&[("mum", "1567.50")]));
    assert!(has_reason(&r, DG, "death_grant.order", Outcome::Met));

    h.people = vec![other("sis", Some(2)), other("cousin", Some(4))];
    let r = eval(&h);
    assert_eq!(awards(&r, DG), pairs(&[("sis", "1567.50")]));
    assert!(has_reason(&r, DG, "death_grant.other_relatives", Outcome::NotMet));
    h.people = vec![other("uncle", Some(3))];
    assert_eq!(status(&eval(&h), DG), Status::Eligible);
    h.people = vec![other("uncle", None)];
    let r = eval(&h);
    assert_eq!((status(&r, DG), missing(&r, DG)), (Status::NeedsInfo, vec!["people[0].collateral_degree".to_string()]));
    h.people.clear();
    assert_eq!(status(&eval(&h), DG), Status::NotEligible);
}

fn funeral(h: &mut Household, by: &str, amount: &str) {
    h.funeral = Some(Funeral {
        paid_by: Some(if by == "other" { Payer::Other } else { Payer::Person(by.to_string()) }),
        amount: Some(money(amount)),
        payer_resident: Some(true),
    });
}

#[test]
fn refund_only_when_nobody_gets_the_death_grant_capped_at_three_ias() {
    let mut h = household("2025-03-14");
    h.people = vec![other("friend", Some(9))];
    funeral(&mut h, "friend", "2000.00");
    let r = eval(&h);
    assert_eq!(status(&r, DG), Status::NotEligible);
    assert_eq!(awards(&r, FR), pairs(&[("friend", "1567.50")]));
    assert_eq!(benefit(&r, FR).form.as_ref().unwrap().code.as_ref(), "RP 5076-DGSS");
    funeral(&mut h, "friend", "1200.40");
    assert_eq!(awards(&eval(&h), FR), pairs(&[("friend", "1200.40")]));
    // Special agricultural scheme: 1.5 × IAS = 783.75.
    h.deceased.scheme = Some(Scheme::AgriculturalSpecial);
    funeral(&mut h, "friend", "2000.00");
    assert_eq!(awards(&eval(&h), FR), pairs(&[("friend", "783.75")]));
    // A family member entitled to the death grant rules the refund out.
    h.deceased.scheme = Some(Scheme::General);
    h.people.push(spouse("s", "1990-01-01"));
    let r = eval(&h);
    assert_eq!(status(&r, FR), Status::NotEligible);
    assert!(has_reason(&r, FR, "funeral_refund.only_without_death_grant", Outcome::NotMet));
}

#[test]
fn refund_deadline_counts_90_days_from_the_registration_and_adds_rp5078_after_an_accident() {
    let mut h = household("2025-03-14");
    funeral(&mut h, "other", "900.00");
    let r = eval(&h);
    assert_eq!(benefit(&r, FR).claim_deadline.as_deref(), Some("2025-06-12"));
    h.death_registration_date = Some(d("2025-03-17"));
    h.deceased.death_cause = Some(DeathCause::Accident);
    let r = eval(&h);
    assert_eq!(benefit(&r, FR).claim_deadline.as_deref(), Some("2025-06-15"));
    assert_eq!(benefit(&r, FR).extra_forms[0].code.as_ref(), "RP 5078-DGSS");
    assert_eq!(awards(&r, FR), pairs(&[("other", "900.00")]));
}

#[test]
fn refund_needs_the_payer_and_the_amount_and_a_registered_deceased() {
    let mut h = household("2025-03-14");
    let r = eval(&h);
    assert_eq!(status(&r, FR), Status::NeedsInfo);
    assert_eq!(missing(&r, FR), ["funeral.paid_by", "funeral.amount"]);
    h.deceased.contribution_months = Some(0);
    funeral(&mut h, "other", "900.00");
    assert_eq!(status(&eval(&h), FR), Status::NotEligible);
    h.deceased.scheme = Some(Scheme::None);
    assert_eq!(status(&eval(&h), FR), Status::NotEligible);
}

fn uncovered(date: &str) -> Household {
    let mut h = household(date);
    h.deceased.scheme = Some(Scheme::None);
    h.deceased.contribution_months = None;
    h
}

#[test]
fn funeral_allowance_for_a_resident_payer_when_no_contributory_benefit_applies() {
    for (date, want) in [("2019-09-01", "219.96"), ("2023-05-10", "236.37"), ("2024-12-31", "254.63"), ("2025-01-01", "261.25"), ("2026-02-01", "268.57")] {
        let mut h = uncovered(date);
        let mut son = child("son", "1980-01-01");
        son.resident = Some(true);
        h.people.push(son);
        funeral(&mut h, "son", "3000.00");
        let r = eval(&h);
        assert_eq!(awards(&r, FA), pairs(&[("son", want)]), "{date}");
        assert_eq!(benefit(&r, FA).form.as_ref().unwrap().code.as_ref(), "RP 5033-DGSS");
    }
}

#[test]
fn funeral_allowance_conditions() {
    let mut h = uncovered("2025-06-01");
    let mut son = child("son", "1980-01-01");
    son.resident = Some(false);
    h.people.push(son);
    funeral(&mut h, "son", "3000.00");
    assert_eq!(status(&eval(&h), FA), Status::NotEligible);
    h.people[0].resident = None;
    let r = eval(&h);
    assert_eq!((status(&r, FA), missing(&r, FA)), (Status::NeedsInfo, vec!["people[0].resident".to_string()]));
    h.people[0].resident = Some(true);
    h.deceased.resident = Some(false);
    assert_eq!(status(&eval(&h), FA), Status::NotEligible);
    h.deceased.resident = Some(true);
    // Someone outside the family paid.
    funeral(&mut h, "other", "1500.00");
    assert_eq!(awards(&eval(&h), FA), pairs(&[("other", "261.25")]));
    h.funeral.as_mut().unwrap().payer_resident = None;
    assert_eq!(missing(&eval(&h), FA), ["funeral.payer_resident"]);
}

#[test]
fn funeral_allowance_is_not_cumulable_with_the_grant_or_the_refund() {
    let h = parse_household(include_str!("cases/readme_example.input.json")).unwrap();
    let r = eval(&h);
    assert_eq!(status(&r, FA), Status::NotEligible);
    let mut h = household("2025-03-14");
    funeral(&mut h, "other", "900.00");
    let r = eval(&h);
    assert_eq!(status(&r, FR), Status::Eligible);
    assert_eq!(status(&r, FA), Status::NotEligible);
    assert!(has_reason(&r, FA, "funeral_allowance.not_cumulable", Outcome::NotMet));
}
