//! The NISS and NIF checkers: format, prefix and check digit, with the problem named as a
//! message (`niss-idcheck-<niss|nif>-<problem|ok>`). Pure functions over any string; nothing here can panic on user input.
//!
//! Algorithms (research §8, confirmed by three independent public implementations):
//! - NISS: 11 digits; first digit 1 (person) or 2 (entity); check digit = 9 − (Σ dᵢ·wᵢ mod 10)
//!   with weights 29, 23, 19, 17, 13, 11, 7, 5, 3, 2.
//! - NIF: 9 digits; weights 9…2; r = Σ mod 11; check digit 0 if r < 2, else 11 − r. The leading
//!   one or two digits give the range (person, company, estate…).
//!
//! Decisions where the sources are silent:
//! - `valid` means "a well-formed number of a range in use, with a correct check digit". A valid
//!   entity number (NISS starting with 2, a company NIF…) keeps `valid: true` but carries the
//!   problem `entity_not_person`, because the advisor asks for the person's own number.
//! - NIFs starting with 8 (former sole traders) are **not** valid: the range is obsolete and a
//!   sole trader now uses the personal NIF. Problem `obsolete_prefix`.
//! - 999999990 passes the NIF check but is the generic "consumidor final" number printed on
//!   receipts: it is reported as not valid, problem `generic_final_consumer`.
//! - A number whose check digit fails has kind `unknown`: it is nobody's number.
//! - Spaces (any Unicode white space), dots and hyphens are ignored; a leading `PT` on a NIF
//!   (the VAT form) is ignored too.

/// The generic "final consumer" NIF printed on receipts when no NIF is given: nobody's number.
pub const GENERIC_CONSUMER_NIF: &str = "999999990";
pub use super::nif_kind::{NifKind, nif_kind};

mod nif;
use crate::message::Msg;
use crate::msg;
pub use nif::check_nif;
use serde::Serialize;

/// The result of checking one typed number. Field order is part of the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdCheck {
    pub valid: bool,
    /// What the number is: see [`NissKind`] / [`NifKind`] ids; `unknown` when it cannot be told.
    pub kind: String,
    /// `null` for a person's valid number; otherwise one of `empty`, `length`, `non_digit`,
    /// `check_digit`, `unknown_prefix`, `entity_not_person`, `obsolete_prefix`,
    /// `generic_final_consumer`.
    pub problem: Option<String>,
    /// What the check found, for the person (`{"code", "args"}`).
    pub message: Msg,
    /// Which identifier was checked: `niss` or `nif`.
    pub identifier: String,
    /// The digits once separators are removed (absent when the input held other characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Whether the number belongs to a natural person.
    pub person: bool,
}

/// The problems a check can report (stable ids used in the JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Empty,
    Length,
    NonDigit,
    CheckDigit,
    UnknownPrefix,
    EntityNotPerson,
    ObsoletePrefix,
    /// 999999990: the generic "final consumer" NIF printed on receipts, nobody's number.
    GenericConsumer,
}

impl Problem {
    pub fn as_str(self) -> &'static str {
        match self {
            Problem::Empty => "empty",
            Problem::Length => "length",
            Problem::NonDigit => "non_digit",
            Problem::CheckDigit => "check_digit",
            Problem::UnknownPrefix => "unknown_prefix",
            Problem::EntityNotPerson => "entity_not_person",
            Problem::ObsoletePrefix => "obsolete_prefix",
            Problem::GenericConsumer => "generic_final_consumer",
        }
    }
}

const NISS_WEIGHTS: [u32; 10] = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2];
const NIF_WEIGHTS: [u32; 8] = [9, 8, 7, 6, 5, 4, 3, 2];

/// The check digit for the first ten NISS digits (each 0–9). Always 0–9.
pub fn niss_check_digit(first_ten: &[u8; 10]) -> u8 {
    let s: u32 = first_ten.iter().zip(NISS_WEIGHTS.iter()).map(|(d, w)| u32::from(*d) * w).sum();
    // s % 10 is 0..=9, so the subtraction cannot underflow.
    (9 - (s % 10)) as u8
}

/// The check digit for the first eight NIF digits (each 0–9). Always 0–9.
pub fn nif_check_digit(first_eight: &[u8; 8]) -> u8 {
    let s: u32 = first_eight.iter().zip(NIF_WEIGHTS.iter()).map(|(d, w)| u32::from(*d) * w).sum();
    let r = s % 11;
    if r < 2 { 0 } else { (11 - r) as u8 }
}

enum Digits {
    Empty,
    NonDigit(char),
    Ok(Vec<u8>),
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || c == '.' || c == '-'
}

fn digits_of(input: &str) -> Digits {
    let mut out = Vec::new();
    let mut any = false;
    for c in input.chars() {
        if is_separator(c) {
            continue;
        }
        any = true;
        if c.is_ascii_digit() {
            out.push(c as u8 - b'0');
        } else {
            return Digits::NonDigit(c);
        }
    }
    if any { Digits::Ok(out) } else { Digits::Empty }
}

fn text_of(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

#[allow(clippy::too_many_arguments)]
fn result(
    identifier: &str,
    valid: bool,
    kind: &str,
    problem: Option<Problem>,
    message: Msg,
    normalized: Option<String>,
    person: bool,
) -> IdCheck {
    IdCheck {
        valid,
        kind: kind.to_string(),
        problem: problem.map(|p| p.as_str().to_string()),
        message,
        identifier: identifier.to_string(),
        normalized,
        person,
    }
}

fn shown(c: char) -> String {
    if c.is_control() { format!("U+{:04X}", u32::from(c)) } else { format!("«{c}»") }
}

/// Checks a NISS as a person would type it.
pub fn check_niss(input: &str) -> IdCheck {
    const ID: &str = "niss";
    let digits = match digits_of(input) {
        Digits::Empty => {
            return result(ID, false, "unknown", Some(Problem::Empty), msg!("niss-idcheck-niss-empty"), None, false);
        }
        Digits::NonDigit(c) => {
            return result(
                ID,
                false,
                "unknown",
                Some(Problem::NonDigit),
                msg!("niss-idcheck-niss-non_digit", char = shown(c)),
                None,
                false,
            );
        }
        Digits::Ok(d) => d,
    };
    let normalized = Some(text_of(&digits));
    if digits.len() != 11 {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::Length),
            msg!("niss-idcheck-niss-length", count = digits.len()),
            normalized,
            false,
        );
    }
    let first = digits.first().copied().unwrap_or(0);
    let kind = match first {
        1 => "person",
        2 => "entity",
        _ => {
            return result(
                ID,
                false,
                "unknown",
                Some(Problem::UnknownPrefix),
                msg!("niss-idcheck-niss-unknown_prefix", prefix = first.to_string()),
                normalized,
                false,
            );
        }
    };
    let mut first_ten = [0u8; 10];
    for (slot, d) in first_ten.iter_mut().zip(digits.iter()) {
        *slot = *d;
    }
    let expected = niss_check_digit(&first_ten);
    let last = digits.get(10).copied().unwrap_or(u8::MAX);
    if expected != last {
        // A number that fails its check is nobody's: its kind is not reported.
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::CheckDigit),
            msg!("niss-idcheck-niss-check_digit"),
            normalized,
            false,
        );
    }
    if kind == "entity" {
        return result(
            ID,
            true,
            kind,
            Some(Problem::EntityNotPerson),
            msg!("niss-idcheck-niss-entity_not_person"),
            normalized,
            false,
        );
    }
    result(ID, true, kind, None, msg!("niss-idcheck-niss-ok"), normalized, true)
}
