//! A date typed in three boxes, day / month / year (the GOV.UK date input), and how it is kept
//! in the form.
//!
//! A complete, real date is kept as the engine reads it, `YYYY-MM-DD`. Anything else (a box
//! left empty, 31/02, month 13, a two-digit year) is kept exactly as typed, as
//! `<day>/<month>/<year>`, so nothing typed is lost (across a reload too) and the person is told
//! what to fix ([`check`]); the engine never sees it as a date.

use serde_json::Value;
use time::{Date, Month};

/// What is in the three boxes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// One of the three boxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    /// The suffix of the box's element id: the day box is the field itself (`death_date`), the
    /// others `death_date--month`, `death_date--year`.
    pub fn suffix(self) -> &'static str {
        match self {
            Part::Day => "",
            Part::Month => "--month",
            Part::Year => "--year",
        }
    }
}

/// What is wrong with a typed date, and the first box with the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Nothing typed.
    Empty,
    /// Some boxes empty (which ones: day, month, year).
    Missing { day: bool, month: bool, year: bool },
    /// The year is not four digits.
    YearDigits,
    /// Not a date that exists (31/02, month 13, letters).
    NotReal,
}

impl Problem {
    /// The box the error summary links to.
    pub fn first_box(self, parts: &DateParts) -> Part {
        match self {
            Problem::Empty => Part::Day,
            Problem::Missing { day, month, .. } => {
                if day {
                    Part::Day
                } else if month {
                    Part::Month
                } else {
                    Part::Year
                }
            }
            Problem::YearDigits => Part::Year,
            Problem::NotReal => match number(&parts.month) {
                Some(m) if (1..=12).contains(&m) => match number(&parts.day) {
                    Some(_) => {
                        if number(&parts.year).is_some() {
                            Part::Day
                        } else {
                            Part::Year
                        }
                    }
                    None => Part::Day,
                },
                _ if number(&parts.day).is_none() => Part::Day,
                _ => Part::Month,
            },
        }
    }
}

/// A box's number: digits only (spaces around allowed), at most 4 of them.
fn number(s: &str) -> Option<u32> {
    let s = s.trim();
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// The boxes of a stored answer: an ISO date's parts (without leading zeros, as people write
/// them), what was typed, or nothing.
pub fn split(stored: &Value) -> DateParts {
    let Some(s) = stored.as_str() else { return DateParts::default() };
    if let Some(d) = crate::dates::parse_iso(s) {
        return DateParts { day: d.day().to_string(), month: u8::from(d.month()).to_string(), year: d.year().to_string() };
    }
    let mut it = s.splitn(3, '/');
    match (it.next(), it.next(), it.next()) {
        (Some(d), Some(m), Some(y)) => DateParts { day: d.into(), month: m.into(), year: y.into() },
        // Something else (an impossible ISO date from a file): year-month-day when it looks like
        // one, else all of it in the first box, so it is still there to correct.
        _ => {
            let p: Vec<&str> = s.split('-').collect();
            if p.len() == 3 && p.iter().all(|x| number(x).is_some()) {
                DateParts { day: p[2].into(), month: p[1].into(), year: p[0].into() }
            } else {
                DateParts { day: s.into(), ..DateParts::default() }
            }
        }
    }
}

/// The date the boxes make, or what is wrong with them.
pub fn check(parts: &DateParts) -> Result<Date, Problem> {
    let (d, m, y) = (parts.day.trim(), parts.month.trim(), parts.year.trim());
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Err(Problem::Empty);
    }
    if d.is_empty() || m.is_empty() || y.is_empty() {
        return Err(Problem::Missing { day: d.is_empty(), month: m.is_empty(), year: y.is_empty() });
    }
    let (Some(day), Some(month)) = (number(d), number(m)) else { return Err(Problem::NotReal) };
    let Some(year) = number(y) else { return Err(Problem::NotReal) };
    if y.len() != 4 {
        return Err(Problem::YearDigits);
    }
    let month = u8::try_from(month).ok().and_then(|m| Month::try_from(m).ok()).ok_or(Problem::NotReal)?;
    let day = u8::try_from(day).map_err(|_| Problem::NotReal)?;
    let year = i32::try_from(year).map_err(|_| Problem::NotReal)?;
    Date::from_calendar_date(year, month, day).map_err(|_| Problem::NotReal)
}

/// What the form keeps for the boxes: the ISO date when they make one, nothing when all are
/// empty, else what was typed.
pub fn join(parts: &DateParts) -> Value {
    match check(parts) {
        Ok(d) => Value::String(crate::dates::iso(d)),
        Err(Problem::Empty) => Value::Null,
        Err(_) => Value::String(format!("{}/{}/{}", parts.day, parts.month, parts.year)),
    }
}

/// What is wrong with a stored date answer (`None`: a date, or not answered).
pub fn problem(stored: &Value) -> Option<(Problem, Part)> {
    if super::is_blank(stored) || super::is_dont_know(stored) {
        return None;
    }
    let parts = split(stored);
    check(&parts).err().map(|p| (p, p.first_box(&parts)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parts(d: &str, m: &str, y: &str) -> DateParts {
        DateParts { day: d.into(), month: m.into(), year: y.into() }
    }

    #[test]
    fn a_real_date_is_kept_as_iso_and_read_back_as_typed() {
        assert_eq!(join(&parts("27", "3", "2007")), json!("2007-03-27"));
        assert_eq!(join(&parts(" 1 ", "01", "1998")), json!("1998-01-01"));
        assert_eq!(join(&parts("29", "2", "2024")), json!("2024-02-29"));
        assert_eq!(split(&json!("2007-03-27")), parts("27", "3", "2007"));
        assert_eq!(join(&parts("", "", "")), Value::Null);
        assert_eq!(split(&Value::Null), DateParts::default());
    }

    #[test]
    fn anything_else_is_kept_as_typed() {
        for p in [parts("31", "2", "2025"), parts("1", "13", "2025"), parts("3", "4", "25"), parts("", "4", "2025"), parts("x", "y", "z")] {
            let stored = join(&p);
            assert!(stored.as_str().is_some_and(|s| crate::dates::parse_iso(s).is_none()), "{p:?} → {stored}");
            assert_eq!(split(&stored), p, "nothing typed is lost");
        }
        // An impossible ISO date (from a file) is shown in its boxes.
        assert_eq!(split(&json!("2025-02-30")), parts("30", "02", "2025"));
        assert_eq!(split(&json!("ontem")), parts("ontem", "", ""));
    }

    #[test]
    fn what_is_wrong_and_where() {
        let at = |d, m, y| {
            let p = parts(d, m, y);
            check(&p).err().map(|x| (x, x.first_box(&p)))
        };
        assert_eq!(at("31", "2", "2025"), Some((Problem::NotReal, Part::Day)));
        assert_eq!(at("1", "13", "2025"), Some((Problem::NotReal, Part::Month)));
        assert_eq!(at("1", "0", "2025"), Some((Problem::NotReal, Part::Month)));
        assert_eq!(at("1", "3", "25"), Some((Problem::YearDigits, Part::Year)));
        assert_eq!(at("1", "3", "02025"), Some((Problem::NotReal, Part::Year)));
        assert_eq!(at("x", "3", "2025"), Some((Problem::NotReal, Part::Day)));
        assert_eq!(at("1", "3", ""), Some((Problem::Missing { day: false, month: false, year: true }, Part::Year)));
        assert_eq!(at("", "3", ""), Some((Problem::Missing { day: true, month: false, year: true }, Part::Day)));
        assert_eq!(at("", "", ""), Some((Problem::Empty, Part::Day)));
        assert_eq!(at("14", "3", "2025"), None);
        assert_eq!(problem(&json!("31/2/2025")), Some((Problem::NotReal, Part::Day)));
        assert_eq!(problem(&json!("2025-03-14")), None);
        assert_eq!(problem(&json!("dont_know")), None);
        assert_eq!(problem(&Value::Null), None);
    }
}
