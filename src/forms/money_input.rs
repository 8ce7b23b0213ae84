//! Amounts as people in Portugal type them into the web form, read as they mean them: the comma
//! separates the cents, and a dot or a space separates thousands. "1.500" is 1 500 €, "1,5" is
//! 1,50 €. A lone dot before one or two final digits ("900.00", "1.5") can only be a decimal
//! point, since thousands come in threes, so it is read as one (as the CLI and English speakers
//! write). What could mean two different amounts ("1,500", "0.500", "1,500.50") is refused with a
//! message that shows the accepted forms, and so is anything that is not digits ("1E2", "NaN",
//! "0x10", a sign in the middle).
//!
//! The reading only rewrites the form's text into the plain decimal the engine's parser takes
//! ("1.500,50" → "1500.50"); the engine then applies the same checks as for the CLI (negative,
//! cents, the upper limit). The CLI's JSON is not read here: it keeps plain decimals.

use crate::error::{InputError, InputErrors};
use crate::money::Money;
use serde_json::Value;

/// Why a typed amount could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not digits and separators at all (`invalid_amount`).
    NotAnAmount,
    /// Digits and separators that could mean two amounts, or that are wrongly grouped
    /// (`ambiguous_amount`).
    Ambiguous,
}

/// The money fields of the survivors' form, outside the people.
const TOP_LEVEL: [&str; 2] = ["deceased.reference_pension", "funeral.amount"];
/// The money fields of each person.
const PERSON: [&str; 4] = ["alimony_monthly", "monthly_income", "household_monthly_income", "own_social_pension"];

fn is_group_space(c: char) -> bool {
    // Space, no-break space, narrow no-break space (what "1 500" pasted from a document holds),
    // thin space.
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Reads a typed amount into a plain decimal string ("1.500,50" → "1500.50"; a leading minus is
/// kept, for the engine to refuse with its own message).
pub fn read_pt(typed: &str) -> Result<String, Problem> {
    let t = typed.trim();
    let t = match (t.strip_prefix('€'), t.strip_suffix('€')) {
        (Some(rest), _) => rest.trim(),
        (None, Some(rest)) => rest.trim(),
        (None, None) => t,
    };
    let (minus, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest.trim_start()),
        None => ("", t),
    };
    let allowed = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || is_group_space(c);
    let starts_and_ends_with_digit = body.starts_with(|c: char| c.is_ascii_digit()) && body.ends_with(|c: char| c.is_ascii_digit());
    if !body.chars().all(allowed) || !starts_and_ends_with_digit {
        return Err(Problem::NotAnAmount);
    }
    if let Some((whole, decimals)) = body.split_once('.')
        && !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&decimals.len())
        && decimals.bytes().all(|b| b.is_ascii_digit())
    {
        return Ok(format!("{minus}{whole}.{decimals}"));
    }
    let (units, cents) = match body.split_once(',') {
        Some((u, c)) => (u, Some(c)),
        None => (body, None),
    };
    let units = ungroup(units)?;
    let Some(cents) = cents else { return Ok(format!("{minus}{units}")) };
    if !cents.bytes().all(|b| b.is_ascii_digit()) {
        // A second comma, or a dot after the comma ("1,500.50"): another convention.
        return Err(Problem::Ambiguous);
    }
    // "1,500" is 1,50 € written with three decimals, or one thousand five hundred written the
    // English way: refused. With thousands marked ("1.234,567") or a zero ("0,500") it is not.
    let grouped = body.split_once(',').is_some_and(|(u, _)| u.contains(|c: char| c == '.' || is_group_space(c)));
    if cents.len() == 3 && !grouped && units != "0" {
        return Err(Problem::Ambiguous);
    }
    Ok(format!("{minus}{units}.{cents}"))
}

/// The whole euros without their thousands separators, if they are grouped the one way that
/// cannot be misread: all dots or all spaces, groups of three after a first group of one to three
/// digits that does not start with 0.
fn ungroup(units: &str) -> Result<String, Problem> {
    let dots = units.contains('.');
    let spaces = units.contains(is_group_space);
    if !dots && !spaces {
        return Ok(units.to_string());
    }
    if dots && spaces {
        return Err(Problem::Ambiguous);
    }
    let mut groups = units.split(|c: char| c == '.' || is_group_space(c));
    let first = groups.next().unwrap_or("");
    let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
    let mut out = first.to_string();
    for g in groups {
        if g.len() != 3 {
            return Err(Problem::Ambiguous);
        }
        out.push_str(g);
    }
    if first_ok { Ok(out) } else { Err(Problem::Ambiguous) }
}

/// The field error for a typed amount that could not be read; both messages show the forms that
/// are accepted.
pub fn error(field: &str, problem: Problem) -> InputError {
    let forms = "2350, 2350,75, 2 350,75, 2.350,75";
    match problem {
        Problem::NotAnAmount => InputError::new(field, "invalid_amount", crate::msg!("error-invalid_amount-typed", examples = forms)),
        Problem::Ambiguous => InputError::new(field, "ambiguous_amount", crate::msg!("error-ambiguous_amount", examples = forms)),
    }
}

/// A typed amount as the engine will read it, for showing it back ("check your answers"); `None`
/// when it cannot be read or is refused.
pub fn amount(typed: &str) -> Option<Money> {
    let plain = read_pt(typed).ok()?;
    crate::validation::read_money(&Value::String(plain), "", &mut InputErrors::default())
}

/// Rewrites every money answer of a (cleaned) survivors' form into a plain decimal. An answer
/// that cannot be read is replaced by a value the engine refuses at the same path, and its error
/// is returned by path, to stand in for the engine's (so errors keep the form's order).
pub fn rewrite_amounts(form: &mut Value) -> Vec<InputError> {
    let people = form.get("people").and_then(Value::as_array).map_or(0, Vec::len);
    let paths = TOP_LEVEL
        .iter()
        .map(|p| (*p).to_string())
        .chain((0..people).flat_map(|i| PERSON.iter().map(move |k| format!("people[{i}].{k}"))));
    let mut errors = Vec::new();
    for path in paths {
        let Some(typed) = super::get(form, &path).and_then(Value::as_str).map(str::to_string) else { continue };
        match read_pt(&typed) {
            Ok(plain) => {
                super::set(form, &path, Value::String(plain));
            }
            Err(problem) => {
                super::set(form, &path, Value::Bool(false));
                errors.push(error(&path, problem));
            }
        }
    }
    errors
}

/// The engine's errors with those of the form's own reading in place of the engine's at the same
/// path (and first if the engine stopped before them).
pub fn merge(engine: InputErrors, mine: Vec<InputError>) -> InputErrors {
    let mut out = InputErrors::default();
    let mut used = vec![false; mine.len()];
    for e in engine.errors {
        match mine.iter().position(|m| m.field == e.field) {
            Some(i) => {
                if let (Some(m), Some(u)) = (mine.get(i), used.get_mut(i)) {
                    out.push(m.clone());
                    *u = true;
                }
            }
            None => out.push(e),
        }
    }
    for (m, u) in mine.into_iter().zip(used) {
        if !u {
            out.push(m);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portuguese_forms_read_as_meant() {
        for (typed, plain) in [
            ("1500", "1500"),
            ("1500,50", "1500.50"),
            ("1500,5", "1500.5"),
            ("1,5", "1.5"),
            ("0,500", "0.500"),
            ("1 500,50", "1500.50"),
            ("1\u{00A0}500,50", "1500.50"),
            ("1\u{202F}500,50", "1500.50"),
            ("1.500,50", "1500.50"),
            ("1.500", "1500"),
            ("1.500.000", "1500000"),
            ("1 500 000,00", "1500000.00"),
            ("€ 1.500,50", "1500.50"),
            ("1.500,50 €", "1500.50"),
            ("1.500,50€", "1500.50"),
            ("  812  ", "812"),
            ("-1.500", "-1500"),
            ("1.234,567", "1234.567"),
            ("0", "0"),
            ("007", "007"),
            ("900.00", "900.00"),
            ("1.50", "1.50"),
            ("1.5", "1.5"),
            ("1500.5", "1500.5"),
        ] {
            assert_eq!(read_pt(typed), Ok(plain.to_string()), "{typed:?}");
        }
    }

    #[test]
    fn what_could_mean_two_amounts_is_refused() {
        for typed in ["1,500", "12,345", "1,500.50", "1,500,000", "1.500.5", "1.5000", "15.00.000", "0.500", "1 500.50", "1.500 000", "15 00", "1234.567,50", "1.500,5.0"] {
            assert_eq!(read_pt(typed), Err(Problem::Ambiguous), "{typed:?}");
        }
        for typed in ["1E2", "1e2", "NaN", "inf", "0x10", "+5", "1-2", "5-", "€", "", ",50", "1500,", ".5", "1_000", "€ 5 €", "5 EUR", "--5", "1\t500", "١٢٣"] {
            assert_eq!(read_pt(typed), Err(Problem::NotAnAmount), "{typed:?}");
        }
    }

    #[test]
    fn messages_show_the_accepted_forms_in_both_languages() {
        for p in [Problem::NotAnAmount, Problem::Ambiguous] {
            let e = error("funeral.amount", p);
            let (pt, en) = (e.text(crate::i18n::Lang::Pt), e.text(crate::i18n::Lang::En));
            assert!(pt.contains("2.350,75") && en.contains("2 350,75"));
            assert_ne!(pt, en);
        }
    }

    #[test]
    fn amounts_shown_back_as_the_engine_reads_them() {
        assert_eq!(amount("1.500,00").map(|m| m.to_string()), Some("1500.00".into()));
        assert_eq!(amount("1.50").map(|m| m.to_string()), Some("1.50".into()));
        assert_eq!(amount("0.500"), None);
        assert_eq!(amount("10.000.000,01"), None);
        assert_eq!(amount("10.000.000,00").map(|m| m.to_string()), Some("10000000.00".into()));
    }
}
