//! Builders shared by the native test files.
#![allow(dead_code)]

use amparo::money::Money;
use amparo::rules::Rules;
use amparo::survivors::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use time::Date;

pub fn rules() -> Rules {
    Rules::bundled().expect("bundled rules load")
}

pub fn d(s: &str) -> Date {
    amparo::dates::parse_iso(s).expect("test date")
}

pub fn money(s: &str) -> Money {
    Money::exact(Decimal::from_str(s).expect("decimal")).expect("cents")
}

/// A death in the general scheme with a long record and a 900 € reference pension.
pub fn household(death: &str) -> Household {
    let mut h = Household::new(d(death));
    h.deceased = Deceased {
        scheme: Some(Scheme::General),
        contribution_months: Some(240),
        reference_pension: Some(money("900.00")),
        social_pension_recipient: Some(false),
        resident: Some(true),
        death_cause: Some(DeathCause::Illness),
        illness_began_after_marriage: Some(false),
    };
    h
}

pub fn spouse(id: &str, married: &str) -> Person {
    let mut p = Person::new(id, Relation::Spouse);
    p.birth_date = Some(d("1970-01-01"));
    p.marriage_date = Some(d(married));
    p
}

pub fn child(id: &str, born: &str) -> Person {
    let mut p = Person::new(id, Relation::Child);
    p.birth_date = Some(d(born));
    p
}

/// Sets a person's yes/no answers from a list, in a fixed order (the property tests' generators):
/// disabled, dependent on the deceased, at risk, national, resident, own pension, works under a
/// compulsory scheme, remarried, common child, emancipated, lived with the deceased, unborn (a
/// child's only). A shorter list leaves the rest unanswered.
pub fn set_yes_no(p: &mut Person, b: &[Option<bool>]) {
    let at = |i: usize| b.get(i).copied().flatten();
    p.disabled = at(0);
    p.dependent_on_deceased = at(1);
    p.at_risk = at(2);
    p.national_or_equivalent = at(3);
    p.resident = at(4);
    p.own_pension = at(5);
    p.works_compulsory_scheme = at(6);
    p.remarried = at(7);
    p.common_child = at(8);
    p.emancipated = at(9);
    p.lived_with_deceased = at(10);
    p.unborn = if p.relation == Relation::Child { at(11) } else { None };
}

pub fn eval(h: &Household) -> Report {
    match evaluate(h, &rules()) {
        Ok(r) => r,
        Err(e) => panic!("evaluate failed: {e}"),
    }
}

pub fn benefit(r: &Report, b: Benefit) -> &BenefitResult {
    r.benefit(b).expect("benefit present")
}

/// (person, amount) pairs of a benefit's awards.
pub fn awards(r: &Report, b: Benefit) -> Vec<(String, String)> {
    benefit(r, b).awards.iter().map(|a| (a.person.clone(), a.amount.to_string())).collect()
}

pub fn status(r: &Report, b: Benefit) -> Status {
    benefit(r, b).status
}

pub fn missing(r: &Report, b: Benefit) -> Vec<String> {
    benefit(r, b).missing.iter().map(|m| m.field.clone()).collect()
}

pub fn has_reason(r: &Report, b: Benefit, code: &str, outcome: Outcome) -> bool {
    benefit(r, b).reasons.iter().any(|x| x.code == code && x.outcome == outcome)
}
pub mod niss;
