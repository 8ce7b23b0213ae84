//! The NIF checker (the NISS's twin in `checkers`): a leading `PT` ignored, the range by the
//! leading digits, the check digit, and the generic "consumidor final" number.

use super::{
    Digits, GENERIC_CONSUMER_NIF, IdCheck, NifKind, Problem, digits_of, nif_check_digit, nif_kind, result, shown,
    text_of,
};
use crate::msg;

fn strip_pt_prefix(input: &str) -> &str {
    let t = input.trim_start();
    let mut chars = t.char_indices();
    match (chars.next(), chars.next()) {
        (Some((_, a)), Some((i, b))) if a.eq_ignore_ascii_case(&'p') && b.eq_ignore_ascii_case(&'t') => {
            t.get(i + b.len_utf8()..).unwrap_or("")
        }
        _ => input,
    }
}

/// Checks a NIF as a person would type it.
pub fn check_nif(input: &str) -> IdCheck {
    const ID: &str = "nif";
    let digits = match digits_of(strip_pt_prefix(input)) {
        Digits::Empty => {
            return result(ID, false, "unknown", Some(Problem::Empty), msg!("niss-idcheck-nif-empty"), None, false);
        }
        Digits::NonDigit(c) => {
            return result(
                ID,
                false,
                "unknown",
                Some(Problem::NonDigit),
                msg!("niss-idcheck-nif-non_digit", char = shown(c)),
                None,
                false,
            );
        }
        Digits::Ok(d) => d,
    };
    let normalized = Some(text_of(&digits));
    if digits.len() != 9 {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::Length),
            msg!("niss-idcheck-nif-length", count = digits.len()),
            normalized,
            false,
        );
    }
    if normalized.as_deref() == Some(GENERIC_CONSUMER_NIF) {
        return result(
            ID,
            false,
            "generic_final_consumer",
            Some(Problem::GenericConsumer),
            msg!("niss-idcheck-nif-generic_consumer"),
            normalized,
            false,
        );
    }
    let first = digits.first().copied().unwrap_or(0);
    let second = digits.get(1).copied().unwrap_or(0);
    let Some(kind) = nif_kind(first, second) else {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::UnknownPrefix),
            msg!("niss-idcheck-nif-unknown_prefix", prefix = format!("{first}{second}")),
            normalized,
            false,
        );
    };
    let mut first_eight = [0u8; 8];
    for (slot, d) in first_eight.iter_mut().zip(digits.iter()) {
        *slot = *d;
    }
    let expected = nif_check_digit(&first_eight);
    let last = digits.get(8).copied().unwrap_or(u8::MAX);
    if expected != last {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::CheckDigit),
            msg!("niss-idcheck-nif-check_digit"),
            normalized,
            false,
        );
    }
    if kind == NifKind::ObsoleteSoleTrader {
        return result(
            ID,
            false,
            kind.as_str(),
            Some(Problem::ObsoletePrefix),
            msg!("niss-idcheck-nif-obsolete_prefix"),
            normalized,
            false,
        );
    }
    if !kind.is_person() {
        return result(
            ID,
            true,
            kind.as_str(),
            Some(Problem::EntityNotPerson),
            msg!("niss-idcheck-nif-entity_not_person", kind = kind.label()),
            normalized,
            false,
        );
    }
    result(ID, true, kind.as_str(), None, msg!("niss-idcheck-nif-ok", kind = kind.label()), normalized, true)
}
