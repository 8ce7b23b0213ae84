//! A value the rules table lacks for the date of death leaves only the benefits that need it
//! undecided (`value_unknown`, naming the value); everything else is still decided. Only a date
//! the table cannot speak to at all, or a year after its last one, refuses the household.

mod common;
use amparo::message::{Arg, Msg};
use amparo::survivors::*;
use common::*;

const FA: Benefit = Benefit::FuneralAllowance;

/// A death in the first months of 2019, before the funeral allowance's first known value, with
/// nobody entitled to the death grant (the deceased had no scheme) and a resident who paid.
fn early_2019(with_widow: bool) -> Household {
    let mut h = household("2019-05-10");
    h.deceased.scheme = Some(Scheme::None);
    h.deceased.contribution_months = None;
    h.deceased.social_pension_recipient = Some(true);
    if with_widow {
        let mut w = spouse("w", "1980-01-01");
        w.national_or_equivalent = Some(true);
        w.resident = Some(true);
        w.own_pension = Some(false);
        w.monthly_income = Some(money("0"));
        w.own_social_pension = Some(money("100.00"));
        h.people.push(w);
    }
    h.funeral = Some(Funeral { paid_by: Some(Payer::Other), amount: Some(money("1200.00")), payer_resident: Some(true) });
    h
}

#[test]
fn an_unknown_funeral_allowance_leaves_only_the_allowance_undecided() {
    let r = eval(&early_2019(true));
    assert_eq!(status(&r, FA), Status::ValueUnknown);
    let gap = benefit(&r, FA).unknown_value.clone().unwrap();
    assert_eq!((gap.parameter.as_str(), gap.date.as_str(), gap.table_starts.as_deref()), ("funeral_allowance.amount", "2019-05-10", Some("2019-08-28")));
    let headline = &benefit(&r, FA).headline;
    assert_eq!(headline.code, "surv-headline-value-unknown");
    assert_eq!(headline.arg("value"), Some(&Arg::Msg(Box::new(Msg::code("param-funeral_allowance-amount")))));
    assert!(amparo::i18n::render(amparo::i18n::Lang::En, headline).contains("cannot be estimated"));
    assert!(benefit(&r, FA).awards.is_empty());
    // The widow's pension (with the derived 2019 minimum pension) is still decided: 60 % × 210.32.
    assert_eq!(awards(&r, Benefit::WidowsPension), [("w".to_string(), "126.19".to_string())]);
    assert_eq!(status(&r, Benefit::SurvivorsPension), Status::NotEligible);
    assert!(r.notices.iter().any(|n| n.code == "surv-notice-value-unknown"));
    // From the day the value exists, it is decided.
    let mut h = early_2019(true);
    h.death_date = d("2019-08-28");
    assert_eq!(awards(&eval(&h), FA), [("other".to_string(), "219.96".to_string())]);
}

#[test]
fn a_value_that_is_not_needed_does_not_matter() {
    // Someone is entitled to the death grant: the allowance is refused without its amount.
    let mut h = early_2019(true);
    h.deceased.scheme = Some(Scheme::General);
    h.deceased.contribution_months = Some(120);
    let r = eval(&h);
    assert_eq!(status(&r, Benefit::DeathGrant), Status::Eligible);
    assert_eq!(status(&r, FA), Status::NotEligible);
}

#[test]
fn before_the_ias_table_the_survivors_pension_is_still_decided() {
    let mut h = household("2012-06-01");
    h.people.push(spouse("w", "1990-01-01"));
    let r = eval(&h);
    assert_eq!(awards(&r, Benefit::SurvivorsPension), [("w".to_string(), "540.00".to_string())]);
    assert_eq!(status(&r, Benefit::DeathGrant), Status::ValueUnknown);
    // Someone is entitled to the grant, so no refund, whatever its amount.
    assert_eq!(status(&r, Benefit::FuneralExpensesRefund), Status::NotEligible);
}

#[test]
fn only_a_date_the_table_cannot_speak_to_refuses_the_household() {
    for date in ["1985-01-01", "2031-01-01"] {
        let e = evaluate(&household(date), &rules()).unwrap_err();
        assert_eq!((e.errors[0].field.as_str(), e.errors[0].code.as_str()), ("death_date", "no_rules_for_date"), "{date}");
    }
}
