//! Survivor's pension: every condition and boundary of the issue.

mod common;
use amparo::i18n::{Lang, render};
use amparo::message::{Arg, Msg};
use amparo::survivors::*;
use rust_decimal::Decimal;
use common::*;

const SP: Benefit = Benefit::SurvivorsPension;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn readme_example_spouse_and_two_children() {
    let h = parse_household(include_str!("cases/readme_example.input.json")).unwrap();
    let r = eval(&h);
    assert_eq!(awards(&r, SP), pairs(&[("ana", "540.00"), ("rui", "135.00"), ("eva", "135.00")]));
    let b = benefit(&r, SP);
    assert_eq!(b.awards[0].yearly.unwrap().to_string(), "7560.00");
    assert_eq!(b.awards[0].from.as_deref(), Some("2025-04-01"));
    assert_eq!(b.awards[1].until.as_deref(), Some("2028-08-31"));
    assert_eq!(b.awards[2].until.as_deref(), Some("2029-01-14"));
    assert_eq!(b.claim_deadline.as_deref(), Some("2025-09-30"));
    assert_eq!(b.form.as_ref().unwrap().code.as_ref(), "RP 5075-DGSS");
    let class = b.steps.iter().find(|s| s.message.code == "surv-step-survivors_pension-class").unwrap();
    assert_eq!(class.message.arg("class"), Some(&Arg::Msg(Box::new(Msg::code("surv-class-spouses")))));
    assert_eq!((class.message.arg("n"), class.message.arg("rate")), (Some(&Arg::Count(1)), Some(&Arg::Rate(Decimal::new(6, 1)))));
    // The count takes its plural form in each language.
    assert_eq!(render(Lang::Pt, &class.message), "Cônjuges e unidos de facto (1 titular): 60 % × 900,00 € = 540,00 €");
    assert_eq!(render(Lang::En, &class.message), "Spouses and partners (1 beneficiary): 60% × €900.00 = €540.00");
    let children = b.steps.iter().find(|s| s.message.code == "surv-step-survivors_pension-class" && s.message.arg("n") == Some(&Arg::Count(2))).unwrap();
    assert!(render(Lang::Pt, &children.message).starts_with("Descendentes (2 titulares)"));
    assert!(render(Lang::En, &children.message).starts_with("Descendants (2 beneficiaries)"));
}

fn with_children(spouse_present: bool, n: usize) -> Vec<(String, String)> {
    let mut h = household("2025-03-14");
    if spouse_present {
        h.people.push(spouse("s", "1990-01-01"));
    }
    for i in 0..n {
        h.people.push(child(&format!("c{i}"), "2012-01-01"));
    }
    awards(&eval(&h), SP)
}

#[test]
fn descendants_rates_with_and_without_a_spouse() {
    // With a spouse: 20 / 30 / 40 % of 900, shared.
    assert_eq!(with_children(true, 1)[1].1, "180.00");
    assert_eq!(with_children(true, 2)[1].1, "135.00");
    assert_eq!(with_children(true, 3)[1].1, "120.00");
    assert_eq!(with_children(true, 4)[1].1, "90.00");
    // Without: doubled, 40 / 60 / 80 %.
    assert_eq!(with_children(false, 1)[0].1, "360.00");
    assert_eq!(with_children(false, 2)[0].1, "270.00");
    assert_eq!(with_children(false, 3)[0].1, "240.00");
    assert_eq!(with_children(false, 4)[0].1, "180.00");
}

#[test]
fn two_spouses_share_seventy_percent_and_the_ex_spouse_is_capped_at_alimony() {
    let mut h = household("2025-03-14");
    h.people.push(spouse("wife", "2010-01-01"));
    let mut ex = Person::new("ex", Relation::ExSpouse);
    ex.birth_date = Some(d("1960-01-01"));
    ex.alimony_monthly = Some(money("500.00"));
    h.people.push(ex.clone());
    let r = eval(&h);
    assert_eq!(awards(&r, SP), pairs(&[("wife", "315.00"), ("ex", "315.00")]));

    h.people[1].alimony_monthly = Some(money("200.00"));
    let r = eval(&h);
    assert_eq!(awards(&r, SP), pairs(&[("wife", "315.00"), ("ex", "200.00")]));
    assert!(has_reason(&r, SP, "survivors_pension.ex_spouse_cap", Outcome::Met));
    let excess = benefit(&r, SP).reasons.iter().find(|x| x.code == "survivors_pension.ex_spouse_cap_excess").unwrap();
    assert_eq!(excess.confidence, amparo::source::Confidence::Unverified);
    assert!(excess.notice.is_some());

    h.people[1].alimony_monthly = Some(money("0"));
    h.people[1].no_alimony_deceased_lacked_means = Some(false);
    assert_eq!(awards(&eval(&h), SP), pairs(&[("wife", "540.00")]));
    h.people[1].alimony_monthly = None;
    let r = eval(&h);
    assert_eq!(status(&r, SP), Status::NeedsInfo);
    assert_eq!(missing(&r, SP), ["people[1].alimony_monthly"]);
}

fn parent(id: &str, dependent: Option<bool>) -> Person {
    let mut p = Person::new(id, Relation::Parent);
    p.dependent_on_deceased = dependent;
    p
}

#[test]
fn ascendants_only_without_other_classes_and_only_if_dependent() {
    let mut h = household("2025-03-14");
    h.people.push(parent("mum", Some(true)));
    assert_eq!(awards(&eval(&h), SP), pairs(&[("mum", "270.00")]));
    h.people.push(parent("dad", Some(true)));
    assert_eq!(awards(&eval(&h), SP), pairs(&[("mum", "225.00"), ("dad", "225.00")]));
    let mut gp = Person::new("gran", Relation::Grandparent);
    gp.dependent_on_deceased = Some(true);
    h.people.push(gp);
    assert_eq!(awards(&eval(&h), SP), pairs(&[("mum", "240.00"), ("dad", "240.00"), ("gran", "240.00")]));
    h.people[1].dependent_on_deceased = Some(false);
    h.people.truncate(2);
    assert_eq!(awards(&eval(&h), SP), pairs(&[("mum", "270.00")]));
    h.people.push(child("kid", "2015-01-01"));
    let r = eval(&h);
    assert_eq!(awards(&r, SP), pairs(&[("kid", "360.00")]));
    assert!(has_reason(&r, SP, "family.ascendants_last", Outcome::NotMet));
    h.people = vec![parent("mum", None)];
    assert_eq!(missing(&eval(&h), SP), ["people[0].dependent_on_deceased"]);
}

#[test]
fn qualifying_period_by_scheme_on_both_sides() {
    let case = |scheme: Scheme, months: u32| {
        let mut h = household("2025-03-14");
        h.deceased.scheme = Some(scheme);
        h.deceased.contribution_months = Some(months);
        h.people.push(spouse("s", "1990-01-01"));
        status(&eval(&h), SP)
    };
    assert_eq!(case(Scheme::General, 36), Status::Eligible);
    assert_eq!(case(Scheme::General, 35), Status::NotEligible);
    assert_eq!(case(Scheme::AgriculturalSpecial, 36), Status::Eligible);
    assert_eq!(case(Scheme::AgriculturalSpecial, 35), Status::NotEligible);
    assert_eq!(case(Scheme::Voluntary, 72), Status::Eligible);
    assert_eq!(case(Scheme::Voluntary, 71), Status::NotEligible);
    assert_eq!(case(Scheme::None, 400), Status::NotEligible);
    let mut h = household("2025-03-14");
    h.deceased.contribution_months = None;
    h.people.push(spouse("s", "1990-01-01"));
    assert_eq!(missing(&eval(&h), SP), ["deceased.contribution_months"]);
    h.deceased.scheme = None;
    assert_eq!(missing(&eval(&h), SP), ["deceased.scheme"]);
}

#[test]
fn reference_pension_is_needed_for_amounts() {
    let mut h = household("2025-03-14");
    h.deceased.reference_pension = None;
    h.people.push(spouse("s", "1990-01-01"));
    let r = eval(&h);
    assert_eq!(status(&r, SP), Status::NeedsInfo);
    assert_eq!(missing(&r, SP), ["deceased.reference_pension"]);
    assert!(benefit(&r, SP).awards.is_empty());
}

fn spouse_case(married: &str, f: impl Fn(&mut Household)) -> (Status, Vec<String>) {
    let mut h = household("2025-03-14");
    let mut s = spouse("s", married);
    s.common_child = Some(false);
    h.people.push(s);
    f(&mut h);
    let r = eval(&h);
    (status(&r, SP), missing(&r, SP))
}

#[test]
fn marriage_of_exactly_one_year_counts_and_one_day_less_does_not() {
    assert_eq!(spouse_case("2024-03-14", |_| {}).0, Status::Eligible);
    assert_eq!(spouse_case("2024-03-15", |_| {}).0, Status::NotEligible);
}

#[test]
fn exceptions_to_the_year_of_marriage() {
    let short = "2024-12-01";
    assert_eq!(spouse_case(short, |h| h.people[0].common_child = Some(true)).0, Status::Eligible);
    assert_eq!(spouse_case(short, |h| h.deceased.death_cause = Some(DeathCause::Accident)).0, Status::Eligible);
    assert_eq!(spouse_case(short, |h| h.deceased.illness_began_after_marriage = Some(true)).0, Status::Eligible);
    // Union of fact plus marriage: more than 2 years counts, exactly 2 does not.
    assert_eq!(spouse_case(short, |h| h.people[0].union_start_date = Some(d("2023-03-13"))).0, Status::Eligible);
    assert_eq!(spouse_case(short, |h| h.people[0].union_start_date = Some(d("2023-03-14"))).0, Status::NotEligible);
    // Unknown exceptions are asked, not assumed.
    let (st, miss) = spouse_case(short, |h| {
        h.people[0].common_child = None;
        h.deceased.death_cause = None;
    });
    assert_eq!(st, Status::NeedsInfo);
    assert_eq!(miss, ["people[0].common_child", "deceased.death_cause"]);
    let (st, miss) = spouse_case(short, |h| h.deceased.illness_began_after_marriage = None);
    assert_eq!(st, Status::NeedsInfo);
    assert_eq!(miss, ["deceased.illness_began_after_marriage"]);
    let (st, miss) = spouse_case(short, |h| h.people[0].marriage_date = None);
    assert_eq!(st, Status::NeedsInfo);
    assert_eq!(miss, ["people[0].marriage_date"]);
}

#[test]
fn partner_needs_more_than_two_years() {
    let case = |start: Option<&str>| {
        let mut h = household("2025-03-14");
        let mut p = Person::new("p", Relation::Partner);
        p.birth_date = Some(d("1970-01-01"));
        p.union_start_date = start.map(d);
        h.people.push(p);
        let r = eval(&h);
        (status(&r, SP), missing(&r, SP))
    };
    assert_eq!(case(Some("2023-03-14")).0, Status::NotEligible);
    assert_eq!(case(Some("2023-03-13")).0, Status::Eligible);
    assert_eq!(case(None), (Status::NeedsInfo, vec!["people[0].union_start_date".to_string()]));
}

#[test]
fn remarriage_ends_a_spouses_pension() {
    let (st, _) = spouse_case("1990-01-01", |h| h.people[0].remarried = Some(true));
    assert_eq!(st, Status::NotEligible);
}

fn child_case(born: &str, f: impl Fn(&mut Person)) -> (Status, Option<String>, Vec<String>) {
    let mut h = household("2025-03-14");
    let mut c = child("c", born);
    f(&mut c);
    h.people.push(c);
    let r = eval(&h);
    let until = benefit(&r, SP).awards.first().and_then(|a| a.until.map(|u| u.to_string()));
    (status(&r, SP), until, missing(&r, SP))
}

#[test]
fn child_the_day_before_and_on_the_18th_birthday() {
    let (st, until, _) = child_case("2007-03-15", |_| {});
    assert_eq!(st, Status::Eligible);
    assert_eq!(until.as_deref(), Some("2025-03-14"));
    let (st, _, _) = child_case("2007-03-14", |c| {
        c.education = Some(Education::None);
        c.disabled = Some(false);
    });
    assert_eq!(st, Status::NotEligible);
    // On the birthday with nothing known about studies or disability: ask.
    let (st, _, miss) = child_case("2007-03-14", |_| {});
    assert_eq!(st, Status::NeedsInfo);
    assert_eq!(miss, ["people[0].education", "people[0].disabled"]);
}

#[test]
fn studies_extend_to_25_and_27() {
    let student = |edu: Education| {
        move |c: &mut Person| {
            c.education = Some(edu);
            c.works_compulsory_scheme = Some(false);
            c.disabled = Some(false);
        }
    };
    let (st, until, _) = child_case("2003-01-10", student(Education::Higher));
    assert_eq!((st, until.as_deref()), (Status::Eligible, Some("2028-01-09")));
    assert_eq!(child_case("2000-03-14", student(Education::Higher)).0, Status::NotEligible);
    assert_eq!(child_case("2000-03-15", student(Education::Secondary)).0, Status::Eligible);
    let (st, until, _) = child_case("1999-06-01", student(Education::Postgraduate));
    assert_eq!((st, until.as_deref()), (Status::Eligible, Some("2026-05-31")));
    assert_eq!(child_case("1998-03-14", student(Education::Postgraduate)).0, Status::NotEligible);
    // Working under a compulsory scheme from 18 ends it; unknown work is asked.
    assert_eq!(child_case("2003-01-10", |c| {
        student(Education::Higher)(c);
        c.works_compulsory_scheme = Some(true);
    }).0, Status::NotEligible);
    let (st, _, miss) = child_case("2003-01-10", |c| c.education = Some(Education::Higher));
    assert_eq!((st, miss), (Status::NeedsInfo, vec!["people[0].works_compulsory_scheme".to_string()]));
}

#[test]
fn disability_removes_the_age_limit_and_unborn_children_count() {
    let (st, until, _) = child_case("1980-01-01", |c| c.disabled = Some(true));
    assert_eq!((st, until), (Status::Eligible, None));
    let mut h = household("2025-03-14");
    let mut unborn = Person::new("baby", Relation::Child);
    unborn.unborn = Some(true);
    h.people.push(unborn);
    assert_eq!(awards(&eval(&h), SP), pairs(&[("baby", "360.00")]));
    // Born after the death (posthumous child).
    let (st, until, _) = child_case("2025-08-01", |_| {});
    assert_eq!((st, until.as_deref()), (Status::Eligible, Some("2043-07-31")));
}

#[test]
fn grandchildren_and_stepchildren_only_if_dependent() {
    for rel in [Relation::Grandchild, Relation::Stepchild] {
        let case = |dep: Option<bool>| {
            let mut h = household("2025-03-14");
            let mut p = Person::new("g", rel);
            p.birth_date = Some(d("2015-01-01"));
            p.dependent_on_deceased = dep;
            h.people.push(p);
            let r = eval(&h);
            (status(&r, SP), missing(&r, SP))
        };
        assert_eq!(case(Some(true)).0, Status::Eligible);
        assert_eq!(case(Some(false)).0, Status::NotEligible);
        assert_eq!(case(None), (Status::NeedsInfo, vec!["people[0].dependent_on_deceased".to_string()]));
    }
}

#[test]
fn under_35_spouse_gets_five_years_unless_an_exception_applies() {
    let case = |born: &str, common_child: Option<bool>| {
        let mut h = household("2025-03-14");
        let mut s = spouse("s", "2020-01-01");
        s.birth_date = Some(d(born));
        s.common_child = common_child;
        s.disabled = Some(false);
        h.people.push(s);
        let r = eval(&h);
        benefit(&r, SP).awards[0].until.map(|u| u.to_string())
    };
    assert_eq!(case("1990-03-15", Some(false)).as_deref(), Some("2030-03-31")); // 34 at the death
    assert_eq!(case("1990-03-14", None), None); // 35 on the day of the death: nothing more asked
    assert_eq!(case("1995-01-01", Some(true)), None);
}

#[test]
fn a_late_claim_starts_the_month_after_the_claim() {
    let mut h = household("2025-03-14");
    h.people.push(spouse("s", "1990-01-01"));
    h.claim_date = Some(d("2025-09-30"));
    assert_eq!(benefit(&eval(&h), SP).awards[0].from.as_deref(), Some("2025-04-01"));
    h.claim_date = Some(d("2025-10-01"));
    assert_eq!(benefit(&eval(&h), SP).awards[0].from.as_deref(), Some("2025-11-01"));
}

#[test]
fn nobody_entitled_is_not_eligible() {
    let mut h = household("2025-03-14");
    let mut o = Person::new("bro", Relation::OtherRelative);
    o.collateral_degree = Some(2);
    h.people.push(o);
    let r = eval(&h);
    assert_eq!(status(&r, SP), Status::NotEligible);
    assert!(has_reason(&r, SP, "family.other_relative_not_titular", Outcome::Info));
}

#[test]
fn confidence_is_carried_and_explained() {
    let h = parse_household(include_str!("cases/readme_example.input.json")).unwrap();
    let r = eval(&h);
    let b = benefit(&r, SP);
    // Study ages rest on secondary sources, and reading "up to 25" as the day before the 25th
    // birthday on no source at all.
    assert_eq!(b.confidence, amparo::source::Confidence::Unverified);
    let secondary = b.reasons.iter().find(|x| x.confidence == amparo::source::Confidence::Secondary).unwrap();
    assert_eq!(secondary.notice, Some(Msg::code("confidence-notice-secondary")));
    assert!(r.parameters.contains_key("survivors_pension.rate.spouses"));
    assert_eq!(r.parameters.get("ias").map(|p| p.effective), Some(d("2025-01-01")));
}

#[test]
fn a_child_born_after_the_death_is_paid_from_birth() {
    let mut h = household("2025-03-14");
    h.people.push(spouse("s", "1990-01-01"));
    h.people.push(child("baby", "2025-08-01"));
    let r = eval(&h);
    let baby = benefit(&r, SP).awards.iter().find(|a| a.person == "baby").unwrap();
    assert_eq!(baby.from.as_deref(), Some("2025-08-01"));
    let why = baby.from_reason.as_ref().unwrap();
    assert_eq!((why.code.as_ref(), why.arg("birth")), ("surv-from-born-after-death", Some(&Arg::Date(d("2025-08-01")))));
    let widow = benefit(&r, SP).awards.iter().find(|a| a.person == "s").unwrap();
    assert_eq!((widow.from.as_deref(), widow.from_reason.is_none()), (Some("2025-04-01"), true));
    // Not born yet: from birth, with no date to show.
    let mut h = household("2025-03-14");
    let mut unborn = Person::new("baby", Relation::Child);
    unborn.unborn = Some(true);
    h.people.push(unborn);
    let r = eval(&h);
    assert_eq!(benefit(&r, SP).awards[0].from, None);
    assert!(benefit(&r, SP).awards[0].from_reason.is_some());
}
