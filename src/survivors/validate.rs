//! Checks on a whole household, after it is read or when it is built directly (the web app, the
//! tests, the fuzzers): unique ids, dates in a possible order and within a lifetime, a payer who
//! exists, and every amount, count and text within the limits the JSON reader enforces, so that
//! `evaluate` never meets a value it cannot compute with.

use super::input::{Funeral, Household, MAX_DEGREE, MAX_HOUSEHOLD, MAX_MONTHS, MAX_PEOPLE, Payer, Person, Relation};
use crate::dates::add_years;
use crate::error::{InputError, InputErrors};
use crate::limits::{self, MAX_ID_CHARS, MAX_NAME_CHARS};
use crate::money::Money;
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
        e.push(InputError::new(
            "people",
            "too_many",
            format!("São aceites no máximo {MAX_PEOPLE} pessoas."),
            format!("At most {MAX_PEOPLE} people are accepted."),
        ));
        return e.into_result();
    }
    money(&mut e, "deceased.reference_pension", h.deceased.reference_pension);
    whole(&mut e, "deceased.contribution_months", h.deceased.contribution_months, MAX_MONTHS);
    for (i, p) in h.people.iter().enumerate() {
        person(&mut e, h, i, p);
    }
    for (key, date) in [("death_registration_date", h.death_registration_date), ("claim_date", h.claim_date)] {
        let Some(d) = date else { continue };
        if d < death {
            e.push(if key == "claim_date" {
                InputError::new(key, "before_death", "O pedido não pode ser anterior à morte.", "The claim cannot be before the death.")
            } else {
                InputError::new(
                    key,
                    "before_death",
                    "O registo do óbito não pode ser anterior à morte.",
                    "The death cannot be registered before it happened.",
                )
            });
        } else if add_years(death, MAX_YEARS_AFTER_DEATH).is_some_and(|last| d > last) {
            let (pt, en) = if key == "claim_date" { ("A data do pedido", "The claim date") } else { ("A data do registo do óbito", "The date the death was registered") };
            e.push(InputError::new(
                key,
                "too_late",
                format!("{pt} é mais de {MAX_YEARS_AFTER_DEATH} anos depois da morte: verifique o ano."),
                format!("{en} is more than {MAX_YEARS_AFTER_DEATH} years after the death: check the year."),
            ));
        }
    }
    if let Some(Funeral { paid_by, amount, .. }) = &h.funeral {
        money(&mut e, "funeral.amount", *amount);
        if let Some(Payer::Person(id)) = paid_by {
            if let Some(err) = limits::text_error("funeral.paid_by", id, MAX_ID_CHARS, "O identificador de quem pagou", "The payer's identifier") {
                e.push(err);
            } else if !h.people.iter().any(|p| &p.id == id) {
                e.push(InputError::new(
                    "funeral.paid_by",
                    "unknown_person",
                    format!("Ninguém na lista de pessoas tem o identificador «{id}». Use o identificador de uma pessoa ou «other»."),
                    format!("No one in the list of people has the identifier \"{id}\". Use a person's identifier or \"other\"."),
                ));
            }
        }
    }
    e.into_result()
}

fn person(e: &mut InputErrors, h: &Household, i: usize, p: &Person) {
    let death = h.death_date;
    let f = |k: &str| format!("people[{i}].{k}");
    if p.id.trim().is_empty() {
        e.push(InputError::new(f("id"), "required", "Cada pessoa precisa de um identificador.", "Each person needs an identifier."));
    } else if let Some(err) = limits::text_error(&f("id"), &p.id, MAX_ID_CHARS, "O identificador", "The identifier") {
        e.push(err);
    } else if h.people.get(..i).is_some_and(|before| before.iter().any(|q| q.id == p.id)) {
        e.push(InputError::new(
            f("id"),
            "duplicate_id",
            format!("O identificador «{}» já foi usado para outra pessoa.", p.id),
            format!("The identifier \"{}\" is already used for another person.", p.id),
        ));
    } else if p.id == "other" {
        e.push(InputError::new(
            f("id"),
            "reserved_id",
            "O identificador «other» está reservado para quem pagou o funeral sem ser da família.",
            "The identifier \"other\" is reserved for a funeral payer outside the family.",
        ));
    }
    if let Some(err) = p.name.as_deref().and_then(|n| limits::text_error(&f("name"), n, MAX_NAME_CHARS, "O nome", "The name")) {
        e.push(err);
    }
    // Whose dates: the name when it is safe to show, else the id.
    let who = if e.has_field(&f("name")) || e.has_field(&f("id")) { "?" } else { p.label() };
    if let Some(b) = p.birth_date {
        birth(e, &f("birth_date"), b, death, p.relation == Relation::Child, who);
    }
    for (key, d, pt, en) in [
        ("marriage_date", p.marriage_date, "A data do casamento", "The date of the marriage"),
        ("union_start_date", p.union_start_date, "O início da união de facto", "The start of the union of fact"),
    ] {
        let Some(d) = d else { continue };
        if d > death {
            e.push(InputError::new(f(key), "after_death", format!("{pt} é posterior à morte."), format!("{en} is after the death.")));
        } else if p.birth_date.is_some_and(|b| d < b) {
            e.push(InputError::new(
                f(key),
                "before_birth",
                format!("{pt} é anterior ao nascimento de {who}: verifique as duas datas."),
                format!("{en} is before {who} was born: check both dates."),
            ));
        } else if too_early(d, death) {
            e.push(InputError::new(
                f(key),
                "too_early",
                format!("{pt} é mais de {MAX_LIFETIME_YEARS} anos antes da morte: verifique o ano."),
                format!("{en} is more than {MAX_LIFETIME_YEARS} years before the death: check the year."),
            ));
        }
    }
    for (key, m) in [
        ("alimony_monthly", p.alimony_monthly),
        ("monthly_income", p.monthly_income),
        ("household_monthly_income", p.household_monthly_income),
        ("own_social_pension", p.own_social_pension),
    ] {
        money(e, &f(key), m);
    }
    whole(e, &f("household_size"), p.household_size, MAX_HOUSEHOLD);
    whole(e, &f("collateral_degree"), p.collateral_degree, MAX_DEGREE);
    if p.household_size == Some(0) {
        e.push(InputError::new(f("household_size"), "invalid_number", "O agregado tem pelo menos uma pessoa.", "A household has at least one person."));
    }
    if p.judicially_separated.is_some() && p.relation != Relation::Spouse {
        e.push(InputError::new(
            f("judicially_separated"),
            "invalid_value",
            "Só um cônjuge pode estar separado judicialmente (um divorciado é ex-cônjuge).",
            "Only a spouse can be judicially separated (a divorced person is an ex-spouse).",
        ));
    }
    if p.no_alimony_deceased_lacked_means.is_some() && !matches!(p.relation, Relation::Spouse | Relation::ExSpouse) {
        e.push(InputError::new(
            f("no_alimony_deceased_lacked_means"),
            "invalid_value",
            "Esta resposta só se aplica a um ex-cônjuge ou a um cônjuge separado judicialmente.",
            "This answer only applies to an ex-spouse or a judicially separated spouse.",
        ));
    }
    if p.unborn == Some(true) && p.relation != Relation::Child {
        e.push(InputError::new(f("unborn"), "invalid_value", "Só um filho pode estar ainda por nascer.", "Only a child can be not yet born."));
    }
}

fn birth(e: &mut InputErrors, field: &str, b: Date, death: Date, child: bool, who: &str) {
    if b > death && !child {
        e.push(InputError::new(
            field,
            "after_death",
            format!("A data de nascimento de {who} é posterior à morte."),
            format!("{who}'s date of birth is after the death."),
        ));
    } else if b > death && add_years(death, MAX_POSTHUMOUS_BIRTH_YEARS).is_some_and(|last| b > last) {
        e.push(InputError::new(
            field,
            "too_late",
            format!("Um filho nascido depois da morte nasce no máximo cerca de 300 dias depois; a data de nascimento de {who} é mais de um ano depois da morte: verifique o ano."),
            format!("A child born after the death is born at most about 300 days later; {who}'s date of birth is more than a year after the death: check the year."),
        ));
    } else if too_early(b, death) {
        e.push(InputError::new(
            field,
            "too_early",
            format!("A data de nascimento de {who} é mais de {MAX_LIFETIME_YEARS} anos antes da morte: verifique o ano."),
            format!("{who}'s date of birth is more than {MAX_LIFETIME_YEARS} years before the death: check the year."),
        ));
    }
}

fn too_early(d: Date, death: Date) -> bool {
    add_years(death, -MAX_LIFETIME_YEARS).is_some_and(|first| d < first)
}

fn money(e: &mut InputErrors, field: &str, m: Option<Money>) {
    match m {
        Some(m) if m.is_negative() => e.push(limits::amount_negative(field)),
        Some(m) if m.exceeds_input_limit() => e.push(limits::amount_too_large(field)),
        _ => {}
    }
}

fn whole(e: &mut InputErrors, field: &str, n: Option<u32>, max: u32) {
    if n.is_some_and(|n| n > max) {
        e.push(InputError::new(field, "too_large", format!("O valor não pode passar de {max}."), format!("The value cannot exceed {max}.")));
    }
}
