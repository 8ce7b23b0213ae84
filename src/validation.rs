//! Reading untrusted JSON into typed input, field by field, so every problem is reported with
//! its path (`people[2].birth_date`) and a message in both languages, and all problems are
//! reported at once rather than the first one only.

use crate::error::{InputError, InputErrors};
use crate::limits;
use crate::message::Msg;
use crate::msg;
use crate::money::Money;
use rust_decimal::Decimal;
use serde_json::{Map, Value};
use std::str::FromStr;
use time::Date;

/// Parses a document, or returns the one `invalid_json` error (field `""`).
pub fn parse_document(input: &str) -> Result<Value, InputErrors> {
    serde_json::from_str(input).map_err(|e| {
        InputErrors::single(InputError::new("", "invalid_json", msg!("error-invalid_json", line = e.line(), column = e.column())))
    })
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

/// One JSON object being read. Remembers which keys were read so that `finish` can flag the
/// rest: a misspelt field must not be silently ignored.
pub struct Obj<'v, 'e> {
    map: &'v Map<String, Value>,
    path: String,
    seen: Vec<&'static str>,
    pub errors: &'e mut InputErrors,
}

impl<'v, 'e> Obj<'v, 'e> {
    /// `None` (with an error recorded) when `v` is not an object.
    pub fn new(v: &'v Value, path: &str, errors: &'e mut InputErrors) -> Option<Obj<'v, 'e>> {
        match v {
            Value::Object(map) => Some(Obj { map, path: path.to_string(), seen: Vec::new(), errors }),
            _ => {
                errors.push(type_error(path, msg!("error-expected-object")));
                None
            }
        }
    }

    pub fn path(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The raw value; JSON `null` counts as absent.
    pub fn raw(&mut self, key: &'static str) -> Option<&'v Value> {
        self.seen.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub fn required(&mut self, key: &'static str) -> Option<&'v Value> {
        let v = self.raw(key);
        if v.is_none() {
            let f = self.path(key);
            self.errors.push(InputError::new(f, "required", msg!("error-required")));
        }
        v
    }

    pub fn string(&mut self, key: &'static str) -> Option<String> {
        let v = self.raw(key)?;
        match v.as_str() {
            Some(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(_) => {
                let f = self.path(key);
                self.errors.push(InputError::new(f, "empty", msg!("error-empty")));
                None
            }
            None => {
                let f = self.path(key);
                self.errors.push(type_error(&f, msg!("error-expected-text")));
                None
            }
        }
    }

    /// A non-empty text held to [`limits::text_error`]'s checks (length, invisible characters);
    /// `what` names it in the message ("O nome", "The name").
    pub fn text(&mut self, key: &'static str, max: usize, what: Msg) -> Option<String> {
        let s = self.string(key)?;
        match limits::text_error(&self.path(key), &s, max, what) {
            Some(e) => {
                self.errors.push(e);
                None
            }
            None => Some(s),
        }
    }

    pub fn boolean(&mut self, key: &'static str) -> Option<bool> {
        let v = self.raw(key)?;
        match v.as_bool() {
            Some(b) => Some(b),
            None => {
                let f = self.path(key);
                self.errors.push(type_error(&f, msg!("error-expected-yes_no")));
                None
            }
        }
    }

    pub fn date(&mut self, key: &'static str) -> Option<Date> {
        let v = self.raw(key)?;
        let f = self.path(key);
        read_date(v, &f, self.errors)
    }

    pub fn money(&mut self, key: &'static str) -> Option<Money> {
        let v = self.raw(key)?;
        let f = self.path(key);
        read_money(v, &f, self.errors)
    }

    /// A whole number, from a JSON integer or a string of digits.
    pub fn whole(&mut self, key: &'static str, max: u32) -> Option<u32> {
        let v = self.raw(key)?;
        let f = self.path(key);
        let n = match v {
            Value::Number(n) => n.as_u64(),
            Value::String(s) if !s.trim().is_empty() && s.trim().bytes().all(|b| b.is_ascii_digit()) => s.trim().parse::<u64>().ok(),
            _ => None,
        };
        match n.and_then(|n| u32::try_from(n).ok()) {
            Some(n) if n <= max => Some(n),
            Some(_) => {
                self.errors.push(InputError::new(f, "too_large", msg!("error-too_large-value", max = max)));
                None
            }
            None => {
                self.errors.push(InputError::new(f, "invalid_number", msg!("error-invalid_number")));
                None
            }
        }
    }

    /// One of a fixed list of choices.
    pub fn choice<T: Copy>(&mut self, key: &'static str, options: &[(&str, T)]) -> Option<T> {
        let v = self.raw(key)?;
        let f = self.path(key);
        let found = v.as_str().and_then(|s| options.iter().find(|(name, _)| *name == s).map(|(_, t)| *t));
        if found.is_none() {
            let list = options.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            self.errors.push(InputError::new(f, "invalid_choice", msg!("error-invalid_choice", options = list)));
        }
        found
    }

    /// Flags every key that was not read.
    pub fn finish(self) {
        let mut unknown: Vec<&String> = self.map.keys().filter(|k| !self.seen.contains(&k.as_str())).collect();
        unknown.sort();
        for k in unknown {
            if self.errors.is_full() {
                return;
            }
            self.errors.push(InputError::new(join(&self.path, k), "unknown_field", msg!("error-unknown_field", name = k)));
        }
    }
}

/// A value of the wrong JSON type; `expected` names the right one (`error-expected-…`).
pub fn type_error(field: &str, expected: Msg) -> InputError {
    InputError::new(field, "invalid_type", msg!("error-invalid_type", expected = expected))
}

pub fn read_date(v: &Value, field: &str, errors: &mut InputErrors) -> Option<Date> {
    let d = v.as_str().and_then(|s| crate::dates::parse_iso(s.trim()));
    if d.is_none() {
        errors.push(InputError::new(field, "invalid_date", msg!("error-invalid_date")));
    }
    d
}

/// Euros from a JSON number or a string: plain decimals, with a decimal point or a decimal comma
/// ("1234,56"), spaces between digit groups and a euro sign at either end, as people type them.
/// Refuses negatives, fractions of a cent, amounts above [`MAX_INPUT`](crate::money::MAX_INPUT),
/// and anything else (exponents, "NaN", hex, "+", "_", thousands dots).
pub fn read_money(v: &Value, field: &str, errors: &mut InputErrors) -> Option<Money> {
    let text = match v {
        Value::Number(n) => match n.as_f64() {
            // A JSON number too large for plain notation ("1e+30") is too large in any case.
            Some(f) if f.is_finite() && f.abs() > 1e15 => {
                errors.push(if f < 0.0 { limits::amount_negative(field) } else { limits::amount_too_large(field) });
                return None;
            }
            _ => Some(n.to_string()),
        },
        Value::String(s) => Some(normalise_amount(s)),
        _ => None,
    };
    let Some(text) = text.filter(|t| is_plain_decimal(t)) else {
        errors.push(InputError::new(field, "invalid_amount", msg!("error-invalid_amount")));
        return None;
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let (units, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let units = units.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let is_zero = units.is_empty() && fraction.is_empty();
    if negative && !is_zero {
        errors.push(limits::amount_negative(field));
        return None;
    }
    if fraction.len() > 2 {
        errors.push(InputError::new(field, "too_many_decimals", msg!("error-too_many_decimals")));
        return None;
    }
    let m = (units.len() <= MAX_UNIT_DIGITS).then(|| Decimal::from_str(&format!("{}.{fraction}", if units.is_empty() { "0" } else { units })).ok()).flatten().and_then(Money::exact);
    match m {
        Some(m) if !m.exceeds_input_limit() => Some(m),
        _ => {
            errors.push(limits::amount_too_large(field));
            None
        }
    }
}

/// Whole-euro digits read at most: well past the input limit, well inside `Decimal`'s range.
const MAX_UNIT_DIGITS: usize = 12;

/// Digits with at most one decimal point, optionally after a minus sign: nothing else reaches
/// `Decimal` (which would also take "1e2", "1_000" or "+5").
fn is_plain_decimal(t: &str) -> bool {
    let body = t.strip_prefix('-').unwrap_or(t);
    let (units, fraction) = match body.split_once('.') {
        Some((u, f)) => (u, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !units.is_empty() && digits(units) && fraction.is_none_or(|f| !f.is_empty() && digits(f))
}

fn normalise_amount(s: &str) -> String {
    let t: String = s.trim().trim_end_matches('€').trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    if t.contains(',') && !t.contains('.') { t.replacen(',', ".", 1) } else { t }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_accepts_what_people_type() {
        let mut e = InputErrors::default();
        for (input, want) in [
            ("\"1234,56\"", "1234.56"),
            ("\"1 234.56 €\"", "1234.56"),
            ("812", "812.00"),
            ("\"0\"", "0.00"),
            ("\"-0\"", "0.00"),
            ("\"1.500\"", "1.50"),
            ("\"10000000.00\"", "10000000.00"),
            ("10000000", "10000000.00"),
            ("\"000000000000000000000000000012.50\"", "12.50"),
            ("900.5", "900.50"),
        ] {
            let v: Value = serde_json::from_str(input).unwrap();
            assert_eq!(read_money(&v, "x", &mut e).unwrap().to_string(), want);
        }
        assert!(e.is_empty());
        for (input, code) in [
            ("\"-5\"", "negative"),
            ("-0.01", "negative"),
            ("\"1.234\"", "too_many_decimals"),
            ("0.001", "too_many_decimals"),
            ("\"0.0000000000000000000000000000001\"", "too_many_decimals"),
            ("\"abc\"", "invalid_amount"),
            ("true", "invalid_amount"),
            ("\"1e2\"", "invalid_amount"),
            ("\"NaN\"", "invalid_amount"),
            ("\"inf\"", "invalid_amount"),
            ("\"0x10\"", "invalid_amount"),
            ("\"+5\"", "invalid_amount"),
            ("\"1_000\"", "invalid_amount"),
            ("\"1.\"", "invalid_amount"),
            ("\".5\"", "invalid_amount"),
            ("\"1.441,29\"", "invalid_amount"),
            ("\"10000000.01\"", "too_large"),
            ("10000001", "too_large"),
            ("1e30", "too_large"),
            ("-1e30", "negative"),
            ("\"1234567890123456789012345678901234567890\"", "too_large"),
        ] {
            let mut e = InputErrors::default();
            let v: Value = serde_json::from_str(input).unwrap();
            assert!(read_money(&v, "x", &mut e).is_none());
            assert_eq!(e.errors[0].code, code, "{input}");
        }
    }

    #[test]
    fn unknown_fields_are_reported() {
        let v: Value = serde_json::from_str(r#"{"a": true, "birthdate": "x"}"#).unwrap();
        let mut e = InputErrors::default();
        let mut o = Obj::new(&v, "people[0]", &mut e).unwrap();
        assert_eq!(o.boolean("a"), Some(true));
        o.finish();
        assert_eq!(e.errors[0].field, "people[0].birthdate");
        assert_eq!(e.errors[0].code, "unknown_field");
    }
}
