//! The households families really have (issue 10): the death grant's fallback to any relative,
//! a partner beside an undissolved marriage, an ex-spouse without alimony for lack of means, a
//! spouse's pension duration never guessed, and the doubtful readings on both sides.

mod common;
use amparo::survivors::*;
use amparo::source::Confidence;
use common::*;

const SP: Benefit = Benefit::SurvivorsPension;
const DG: Benefit = Benefit::DeathGrant;
const FR: Benefit = Benefit::FuneralExpensesRefund;
const WP: Benefit = Benefit::WidowsPension;

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

fn reason<'r>(r: &'r Report, b: Benefit, code: &str) -> Option<&'r Reason> {
    benefit(r, b).reasons.iter().find(|x| x.code == code)
}

/// An adult son who neither studies nor has a disability, so he is not "family" for the grant.
fn adult_son(id: &str, lived_with: Option<bool>) -> Person {
    let mut p = child(id, "1990-01-01");
    p.education = Some(Education::None);
    p.disabled = Some(false);
    p.lived_with_deceased = lived_with;
    p
}

fn paid_by(h: &mut Household, id: &str, amount: &str) {
    h.funeral = Some(Funeral { paid_by: Some(Payer::Person(id.to_string())), amount: Some(money(amount)), payer_resident: None });
}

#[test]
fn an_adult_son_who_lived_with_the_deceased_gets_the_death_grant_and_the_refund_is_not_due() {
    let mut h = household("2025-03-14");
    h.people.push(adult_son("son", Some(true)));
    paid_by(&mut h, "son", "2500.00");
    let r = eval(&h);
    assert_eq!(status(&r, SP), Status::NotEligible);
    assert_eq!(awards(&r, DG), pairs(&[("son", "1567.50")]));
    assert!(has_reason(&r, DG, "death_grant.other_relatives", Outcome::Met));
    // The common-household condition is not confirmed for the general scheme: labelled so.
    assert_eq!(reason(&r, DG, "death_grant.other_relatives_conditions").unwrap().confidence, Confidence::Unverified);
    assert_eq!(benefit(&r, DG).confidence, Confidence::Unverified);
    assert_eq!(status(&r, FR), Status::NotEligible);
}

#[test]
fn a_relative_who_did_not_live_with_the_deceased_gets_nothing_and_the_payer_is_refunded() {
    let mut h = household("2025-03-14");
    h.people.push(adult_son("son", Some(false)));
    paid_by(&mut h, "son", "2500.00");
    let r = eval(&h);
    assert_eq!(status(&r, DG), Status::NotEligible);
    assert!(has_reason(&r, DG, "death_grant.other_relatives_conditions", Outcome::NotMet));
    assert_eq!(awards(&r, FR), pairs(&[("son", "1567.50")]));
    // Not known yet: asked, and the refund waits for it.
    h.people[0].lived_with_deceased = None;
    let r = eval(&h);
    assert_eq!((status(&r, DG), missing(&r, DG)), (Status::NeedsInfo, vec!["people[0].lived_with_deceased".to_string()]));
    assert_eq!(status(&r, FR), Status::NeedsInfo);
}

#[test]
fn the_fallback_follows_the_legal_order_direct_line_down_then_up_then_others_nearest_degree_first() {
    let mut h = household("2025-03-14");
    let mut mum = Person::new("mum", Relation::Parent);
    mum.dependent_on_deceased = Some(false);
    mum.lived_with_deceased = Some(true);
    let mut sis = Person::new("sis", Relation::OtherRelative);
    sis.collateral_degree = Some(2);
    sis.lived_with_deceased = Some(true);
    let mut grandson = Person::new("gs", Relation::Grandchild);
    grandson.birth_date = Some(d("2012-01-01"));
    grandson.dependent_on_deceased = Some(false);
    grandson.lived_with_deceased = Some(true);

    h.people = vec![sis.clone(), mum.clone()];
    let r = eval(&h);
    assert_eq!(awards(&r, DG), pairs(&[("mum", "1567.50")]));
    assert!(has_reason(&r, DG, "death_grant.other_relatives_order", Outcome::Met));

    h.people = vec![mum.clone(), grandson.clone(), sis.clone()];
    assert_eq!(awards(&eval(&h), DG), pairs(&[("gs", "1567.50")]));

    // A son (1st degree) comes before a grandchild (2nd); two of the same degree share.
    h.people = vec![grandson, adult_son("a", Some(true)), adult_son("b", Some(true))];
    assert_eq!(awards(&eval(&h), DG), pairs(&[("a", "783.75"), ("b", "783.75")]));

    // Only the sister: she receives, as before.
    h.people = vec![sis];
    assert_eq!(awards(&eval(&h), DG), pairs(&[("sis", "1567.50")]));
}

#[test]
fn a_spouse_or_partner_who_fails_is_not_a_relative_and_entitled_family_closes_the_fallback() {
    let mut h = household("2025-03-14");
    let mut s = spouse("s", "2024-12-01");
    s.common_child = Some(false);
    h.people.push(s);
    let r = eval(&h);
    assert_eq!(status(&r, DG), Status::NotEligible);
    assert!(!has_reason(&r, DG, "death_grant.other_relatives", Outcome::Met));

    // A widow entitled: the adult son is not asked whether he lived with the deceased.
    let mut h = household("2025-03-14");
    h.people = vec![spouse("w", "1990-01-01"), adult_son("son", None)];
    let r = eval(&h);
    assert_eq!(awards(&r, DG), pairs(&[("w", "1567.50")]));
    assert!(missing(&r, DG).is_empty());
    assert!(has_reason(&r, DG, "death_grant.order", Outcome::Info));
}

fn spouse_and_partner(separated: Option<bool>) -> Household {
    let mut h = household("2025-03-14");
    let mut w = spouse("wife", "1990-01-01");
    w.judicially_separated = separated;
    let mut p = Person::new("partner", Relation::Partner);
    p.birth_date = Some(d("1972-01-01"));
    p.union_start_date = Some(d("2015-01-01"));
    h.people = vec![w, p];
    h
}

#[test]
fn a_partner_beside_an_undissolved_marriage_is_not_entitled_and_the_spouse_stays_alone() {
    let r = eval(&spouse_and_partner(Some(false)));
    assert_eq!(awards(&r, SP), pairs(&[("wife", "540.00")]));
    assert_eq!(awards(&r, DG), pairs(&[("wife", "1567.50")]));
    let not_met = reason(&r, SP, "family.partner_undissolved_marriage").unwrap();
    assert_eq!((not_met.outcome, not_met.person.as_deref()), (Outcome::NotMet, Some("partner")));
    assert_eq!(not_met.confidence, Confidence::Official);

    // Not known: asked once, of the spouse, and nothing is paid meanwhile.
    let r = eval(&spouse_and_partner(None));
    assert_eq!((status(&r, SP), missing(&r, SP)), (Status::NeedsInfo, vec!["people[0].judicially_separated".to_string()]));
    assert_eq!(status(&r, DG), Status::NeedsInfo);
}

#[test]
fn a_judicially_separated_spouse_follows_the_ex_spouse_rule_and_the_partner_counts() {
    let mut h = spouse_and_partner(Some(true));
    let r = eval(&h);
    assert_eq!(missing(&r, SP), ["people[0].alimony_monthly"]);
    h.people[0].alimony_monthly = Some(money("100.00"));
    let r = eval(&h);
    // 70 % for two, 315 € each; the separated spouse is capped at the alimony.
    assert_eq!(awards(&r, SP), pairs(&[("wife", "100.00"), ("partner", "315.00")]));
    assert!(has_reason(&r, SP, "family.judicially_separated", Outcome::Info));
    h.people[0].alimony_monthly = Some(money("0"));
    h.people[0].no_alimony_deceased_lacked_means = Some(false);
    assert_eq!(awards(&eval(&h), SP), pairs(&[("partner", "540.00")]));
}

#[test]
fn without_a_partner_the_separation_question_is_not_asked() {
    let mut h = household("2025-03-14");
    h.people.push(spouse("wife", "1990-01-01"));
    let r = eval(&h);
    assert_eq!(status(&r, SP), Status::Eligible);
    assert!(!benefit(&r, SP).reasons.iter().any(|x| x.code == "family.judicially_separated"));
}

#[test]
fn the_widows_pension_follows_the_same_marriage_rule() {
    let widow_case = |separated: Option<bool>| {
        let mut h = spouse_and_partner(separated);
        h.deceased.scheme = Some(Scheme::None);
        h.deceased.social_pension_recipient = Some(true);
        for p in &mut h.people {
            p.national_or_equivalent = Some(true);
            p.resident = Some(true);
            p.own_pension = Some(false);
            p.monthly_income = Some(money("0"));
        }
        eval(&h)
    };
    let r = widow_case(Some(false));
    assert_eq!(awards(&r, WP), pairs(&[("wife", "153.15")]));
    assert!(has_reason(&r, WP, "family.partner_undissolved_marriage", Outcome::NotMet));
    let r = widow_case(Some(true));
    assert_eq!(awards(&r, WP), pairs(&[("partner", "153.15")]));
    assert_eq!(status(&widow_case(None), WP), Status::NeedsInfo);
}

fn ex_spouse_case(lacked_means: Option<bool>) -> Report {
    let mut h = household("2025-03-14");
    let mut ex = Person::new("ex", Relation::ExSpouse);
    ex.birth_date = Some(d("1960-01-01"));
    ex.alimony_monthly = Some(money("0"));
    ex.no_alimony_deceased_lacked_means = lacked_means;
    h.people.push(ex);
    eval(&h)
}

#[test]
fn an_ex_spouse_without_alimony_because_the_deceased_could_not_pay_is_entitled_uncapped() {
    let r = ex_spouse_case(Some(true));
    assert_eq!(awards(&r, SP), pairs(&[("ex", "540.00")]));
    assert!(has_reason(&r, SP, "family.ex_spouse_no_means", Outcome::Met));
    assert!(has_reason(&r, SP, "survivors_pension.ex_spouse_cap_without_alimony", Outcome::Info));
    assert_eq!(awards(&r, DG), pairs(&[("ex", "1567.50")]));
    let r = ex_spouse_case(Some(false));
    assert_eq!(status(&r, SP), Status::NotEligible);
    let r = ex_spouse_case(None);
    assert_eq!(missing(&r, SP), ["people[0].no_alimony_deceased_lacked_means"]);
}

#[test]
fn the_ex_spouse_cap_excess_goes_to_nobody_only_when_the_cap_binds() {
    let case = |alimony: &str| {
        let mut h = household("2025-03-14");
        let mut ex = Person::new("ex", Relation::ExSpouse);
        ex.birth_date = Some(d("1960-01-01"));
        ex.alimony_monthly = Some(money(alimony));
        h.people.push(ex);
        eval(&h)
    };
    let r = case("600.00");
    assert_eq!(awards(&r, SP), pairs(&[("ex", "540.00")]));
    assert!(reason(&r, SP, "survivors_pension.ex_spouse_cap_excess").is_none());
    let r = case("539.99");
    assert_eq!(awards(&r, SP), pairs(&[("ex", "539.99")]));
    assert_eq!(reason(&r, SP, "survivors_pension.ex_spouse_cap_excess").unwrap().confidence, Confidence::Unverified);
}

#[test]
fn a_spouses_pension_duration_is_asked_never_guessed() {
    let case = |f: &dyn Fn(&mut Person)| {
        let mut h = household("2025-03-14");
        let mut s = spouse("s", "2010-01-01");
        f(&mut s);
        h.people.push(s);
        eval(&h)
    };
    let r = case(&|s| s.birth_date = None);
    assert_eq!((status(&r, SP), missing(&r, SP)), (Status::NeedsInfo, vec!["people[0].birth_date".to_string()]));
    // The death grant does not depend on it.
    assert_eq!(status(&r, DG), Status::Eligible);
    // A child in common settles it without the age.
    let r = case(&|s| {
        s.birth_date = None;
        s.common_child = Some(true);
    });
    assert_eq!(benefit(&r, SP).awards[0].until, None);
    // Under 35 with the exceptions unknown: both asked.
    let r = case(&|s| s.birth_date = Some(d("1995-01-01")));
    assert_eq!(missing(&r, SP), ["people[0].common_child", "people[0].disabled"]);
    // 35 or over: for life, nothing more asked.
    let r = case(&|s| s.birth_date = Some(d("1980-01-01")));
    assert_eq!((status(&r, SP), benefit(&r, SP).awards[0].until.clone()), (Status::Eligible, None));
}

fn student(born: &str, death: &str) -> Report {
    let mut h = household(death);
    let mut c = child("c", born);
    c.education = Some(Education::Higher);
    c.works_compulsory_scheme = Some(false);
    c.disabled = Some(false);
    h.people.push(c);
    eval(&h)
}

#[test]
fn up_to_25_means_until_the_day_before_the_25th_birthday() {
    let r = student("2000-03-15", "2025-03-14");
    assert_eq!(status(&r, SP), Status::Eligible);
    assert_eq!(benefit(&r, SP).awards[0].until.as_deref(), Some("2025-03-14"));
    assert_eq!(reason(&r, SP, "family.descendant_age_limit_reading").unwrap().confidence, Confidence::Unverified);
    let r = student("2000-03-15", "2025-03-15");
    assert_eq!(status(&r, SP), Status::NotEligible);
    assert!(has_reason(&r, SP, "family.descendant_age", Outcome::NotMet));
}

#[test]
fn a_disabled_adult_child_who_works_keeps_the_pension_under_an_unverified_reading() {
    let case = |works: bool| {
        let mut h = household("2025-03-14");
        let mut c = child("c", "1985-01-01");
        c.disabled = Some(true);
        c.works_compulsory_scheme = Some(works);
        h.people.push(c);
        eval(&h)
    };
    let r = case(true);
    assert_eq!(status(&r, SP), Status::Eligible);
    assert_eq!(reason(&r, SP, "family.disabled_work_reading").unwrap().confidence, Confidence::Unverified);
    let r = case(false);
    assert_eq!(status(&r, SP), Status::Eligible);
    assert!(reason(&r, SP, "family.disabled_work_reading").is_none());
}

#[test]
fn the_union_then_marriage_exception_is_read_as_applying_to_the_death_grant() {
    let case = |union: Option<&str>| {
        let mut h = household("2025-03-14");
        let mut s = spouse("s", "2024-12-01");
        s.common_child = Some(false);
        s.union_start_date = union.map(d);
        h.people.push(s);
        eval(&h)
    };
    let r = case(Some("2021-01-01"));
    assert_eq!(awards(&r, DG), pairs(&[("s", "1567.50")]));
    assert_eq!(reason(&r, DG, "death_grant.union_then_marriage").unwrap().confidence, Confidence::Secondary);
    let r = case(None);
    assert_eq!(status(&r, DG), Status::NotEligible);
    assert!(reason(&r, DG, "death_grant.union_then_marriage").is_none());
}

#[test]
fn the_agricultural_scheme_death_grant_is_kept_but_marked_unverified() {
    let case = |scheme: Scheme| {
        let mut h = household("2025-03-14");
        h.deceased.scheme = Some(scheme);
        h.people.push(spouse("w", "1990-01-01"));
        eval(&h)
    };
    let r = case(Scheme::AgriculturalSpecial);
    assert_eq!(awards(&r, DG), pairs(&[("w", "1567.50")]));
    assert_eq!(benefit(&r, DG).confidence, Confidence::Unverified);
    let notice = reason(&r, DG, "death_grant.agricultural_special").unwrap();
    assert!(notice.notice.is_some());
    let r = case(Scheme::General);
    assert!(reason(&r, DG, "death_grant.agricultural_special").is_none());
    assert_eq!(benefit(&r, DG).confidence, Confidence::Secondary); // the 2025 IAS
}

#[test]
fn the_refund_for_a_voluntary_insurance_death_is_given_under_an_unverified_reading() {
    let case = |scheme: Scheme| {
        let mut h = household("2025-03-14");
        h.deceased.scheme = Some(scheme);
        h.deceased.contribution_months = Some(20);
        let mut friend = Person::new("friend", Relation::OtherRelative);
        friend.collateral_degree = Some(9);
        h.people.push(friend);
        paid_by(&mut h, "friend", "900.00");
        eval(&h)
    };
    let r = case(Scheme::Voluntary);
    assert_eq!(status(&r, DG), Status::NotEligible);
    assert_eq!(awards(&r, FR), pairs(&[("friend", "900.00")]));
    assert_eq!(reason(&r, FR, "funeral_refund.voluntary_scheme").unwrap().confidence, Confidence::Unverified);
    let r = case(Scheme::General);
    assert_eq!(awards(&r, FR), pairs(&[("friend", "900.00")]));
    assert!(reason(&r, FR, "funeral_refund.voluntary_scheme").is_none());
}
