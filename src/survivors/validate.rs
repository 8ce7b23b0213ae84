//! Checks on a whole household, after it is read or when it is built directly (the web app, the
//! tests, the fuzzers): unique ids, dates in a possible order and within a lifetime, a payer who
//! exists, and every amount, count and text within the limits the JSON reader enforces, so that
//! `evaluate` never meets a value it cannot compute with.

use super::input::{Funeral, Household, MAX_DEGREE, MAX_HOUSEHOLD, MAX_MONTHS, MAX_PEOPLE, Payer, Person, Relation};
use crate::dates::add_years;
use crate::error::{InputError, InputErrors};
use crate::limits::{self, MAX_ID_CHARS, MAX_NAME_CHARS};
use crate::message::Arg;
use crate::money::Money;
use crate::msg;
use time::Date;

/// A birth (or a marriage) more than this many years before the death is a mistyped year.
pub const MAX_LIFETIME_YEARS: i32 = 130;
/// A child of the deceased can be born after the death, but not more than this many years after
/// (a pregnancy lasts at most about 300 days).
pub const MAX_POSTHUMOUS_BIRTH_YEARS: i32 = 1;
/// A claim, or the registration of the death, more than this many years after it is a mistyped
/// year. Deliberately lenient: a survivor's pension can be claimed at any time in a survivor's
/// life, and a death presumed by a court is registered long after.
pub const MAX_YEARS_AFTER_DEATH: i32 = 100;

/// Checks that hold across fields, and the limits of every value. Runs for typed input too.
pub fn validate_household(h: &Household) -> Result<(), InputErrors> {
    let mut e = InputErrors::default();
    let death = h.death_date;
    if h.people.len() > MAX_PEOPLE {
        e.push(InputError::new("people", "too_many", msg!("error-too_many-people", max = MAX_PEOPLE)));
        return e.into_result();
    }
    money(&mut e, || "deceased.reference_pension".into(), h.deceased.reference_pension);
    whole(&mut e, || "deceased.contribution_months".into(), h.deceased.contribution_months, MAX_MONTHS);
    for (i, p) in h.people.iter().enumerate() {
        person(&mut e, h, i, p);
    }
    for (key, date) in [("death_registration_date", h.death_registration_date), ("claim_date", h.claim_date)] {
        let Some(d) = date else { continue };
        if d < death {
            let m = if key == "claim_date" { msg!("error-before_death-claim") } else { msg!("error-before_death-registration") };
            e.push(InputError::new(key, "before_death", m));
        } else if add_years(death, MAX_YEARS_AFTER_DEATH).is_some_and(|last| d > last) {
            let what = if key == "claim_date" { msg!("error-what-claim_date") } else { msg!("error-what-registration_date") };
            e.push(InputError::new(key, "too_late", msg!("error-too_late-after_death", what = what, years = MAX_YEARS_AFTER_DEATH)));
        }
    }
    if let Some(Funeral { paid_by, amount, .. }) = &h.funeral {
        money(&mut e, || "funeral.amount".into(), *amount);
        if let Some(Payer::Person(id)) = paid_by {
            if let Some(err) = limits::text_error("funeral.paid_by", id, MAX_ID_CHARS, msg!("error-what-payer_id")) {
                e.push(err);
            } else if !h.people.iter().any(|p| &p.id == id) {
                e.push(InputError::new("funeral.paid_by", "unknown_person", msg!("error-unknown_person", id = id)));
            }
        }
    }
    e.into_result()
}

/// Field paths are written only for an error: `evaluate` validates every household it is given,
/// and most are fine.
fn person(e: &mut InputErrors, h: &Household, i: usize, p: &Person) {
    let death = h.death_date;
    let f = |k: &str| format!("people[{i}].{k}");
    if p.id.trim().is_empty() {
        e.push(InputError::new(f("id"), "required", msg!("error-required-id")));
    } else if let Some(err) = limits::text_error_lazy(|| f("id"), &p.id, MAX_ID_CHARS, || msg!("error-what-id")) {
        e.push(err);
    } else if h.people.get(..i).is_some_and(|before| before.iter().any(|q| q.id == p.id)) {
        e.push(InputError::new(f("id"), "duplicate_id", msg!("error-duplicate_id", id = &p.id)));
    } else if p.id == "other" {
        e.push(InputError::new(f("id"), "reserved_id", msg!("error-reserved_id")));
    }
    let name_error = p.name.as_deref().and_then(|n| limits::text_error_lazy(|| f("name"), n, MAX_NAME_CHARS, || msg!("error-what-name")));
    let name_refused = name_error.is_some();
    if let Some(err) = name_error {
        e.push(err);
    }
    let who = || person_named(name_refused, i, p);
    if let Some(b) = p.birth_date {
        birth(e, || f("birth_date"), b, death, p.relation == Relation::Child, &who);
    }
    for (key, d, what) in
        [("marriage_date", p.marriage_date, msg!("error-what-marriage_date")), ("union_start_date", p.union_start_date, msg!("error-what-union_start_date"))]
    {
        let Some(d) = d else { continue };
        if d > death {
            e.push(InputError::new(f(key), "after_death", msg!("error-after_death", what = what)));
        } else if p.birth_date.is_some_and(|b| d < b) {
            e.push(InputError::new(f(key), "before_birth", msg!("error-before_birth", what = what, person = who())));
        } else if too_early(d, death) {
            e.push(InputError::new(f(key), "too_early", msg!("error-too_early", what = what, years = MAX_LIFETIME_YEARS)));
        }
    }
    for (key, m) in [
        ("alimony_monthly", p.alimony_monthly),
        ("monthly_income", p.monthly_income),
        ("household_monthly_income", p.household_monthly_income),
        ("own_social_pension", p.own_social_pension),
    ] {
        money(e, || f(key), m);
    }
    whole(e, || f("household_size"), p.household_size, MAX_HOUSEHOLD);
    whole(e, || f("collateral_degree"), p.collateral_degree, MAX_DEGREE);
    if p.household_size == Some(0) {
        e.push(InputError::new(f("household_size"), "invalid_number", msg!("error-invalid_number-household")));
    }
    if p.judicially_separated.is_some() && p.relation != Relation::Spouse {
        e.push(InputError::new(f("judicially_separated"), "invalid_value", msg!("error-invalid_value-separated")));
    }
    if p.no_alimony_deceased_lacked_means.is_some() && !matches!(p.relation, Relation::Spouse | Relation::ExSpouse) {
        e.push(InputError::new(f("no_alimony_deceased_lacked_means"), "invalid_value", msg!("error-invalid_value-no_alimony")));
    }
    if p.unborn == Some(true) && p.relation != Relation::Child {
        e.push(InputError::new(f("unborn"), "invalid_value", msg!("error-invalid_value-unborn")));
    }
}

/// How a message names the person: the name they typed when it is safe to show, else their
/// place in the list ("Pessoa 2"), never the identifier (the web app makes up `p1`, `p2`…).
fn person_named(name_refused: bool, i: usize, p: &Person) -> Arg {
    match p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) if !name_refused => Arg::from(n.to_string()),
        _ => Arg::from(msg!("error-person-number", n = i + 1)),
    }
}

fn birth(e: &mut InputErrors, field: impl Fn() -> String, b: Date, death: Date, child: bool, who: &dyn Fn() -> Arg) {
    if b > death && !child {
        e.push(InputError::new(field(), "after_death", msg!("error-after_death-birth", person = who())));
    } else if b > death && add_years(death, MAX_POSTHUMOUS_BIRTH_YEARS).is_some_and(|last| b > last) {
        e.push(InputError::new(field(), "too_late", msg!("error-too_late-birth", person = who())));
    } else if too_early(b, death) {
        e.push(InputError::new(field(), "too_early", msg!("error-too_early-birth", person = who(), years = MAX_LIFETIME_YEARS)));
    }
}

fn too_early(d: Date, death: Date) -> bool {
    add_years(death, -MAX_LIFETIME_YEARS).is_some_and(|first| d < first)
}

fn money(e: &mut InputErrors, field: impl FnOnce() -> String, m: Option<Money>) {
    match m {
        Some(m) if m.is_negative() => e.push(limits::amount_negative(&field())),
        Some(m) if m.exceeds_input_limit() => e.push(limits::amount_too_large(&field())),
        _ => {}
    }
}

fn whole(e: &mut InputErrors, field: impl FnOnce() -> String, n: Option<u32>, max: u32) {
    if n.is_some_and(|n| n > max) {
        e.push(InputError::new(field(), "too_large", msg!("error-too_large-value", max = max)));
    }
}
