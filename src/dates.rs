//! Calendar arithmetic for ages, durations and claim deadlines.
//!
//! Periods that end on a day the month lacks (a birthday on 29 February, one month after
//! 31 January) end on that month's last day, as the Civil Code counts terms (art. 279 c)).
//! "Today" never enters here implicitly: callers pass every date.

use time::{Date, Duration, Month};

/// Parses a strict ISO calendar date (`YYYY-MM-DD`).
pub fn parse_iso(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let y = i32::try_from(digits(0..4)?).ok()?;
    let m = u8::try_from(digits(5..7)?).ok()?;
    let d = u8::try_from(digits(8..10)?).ok()?;
    Date::from_calendar_date(y, Month::try_from(m).ok()?, d).ok()
}

// Dates are written by hand, not with `format!`: a report writes a few hundred of them.
fn push_2(out: &mut String, n: u8) {
    out.push(char::from(b'0' + n / 10 % 10));
    out.push(char::from(b'0' + n % 10));
}

fn push_year(out: &mut String, y: i32) {
    if !(0..=9999).contains(&y) {
        out.push_str(&y.to_string());
        return;
    }
    let y = y as u16;
    push_2(out, (y / 100) as u8);
    push_2(out, (y % 100) as u8);
}

pub fn iso(d: Date) -> String {
    let mut out = String::with_capacity(10);
    push_year(&mut out, d.year());
    out.push('-');
    push_2(&mut out, u8::from(d.month()));
    out.push('-');
    push_2(&mut out, d.day());
    out
}

/// Room for the longest year the `time` crate can hold, with its sign.
const ISO_CAPACITY: usize = "+999999-12-31".len();

/// A date as its ISO text (`2025-03-14`), held inline: a report carries a few dozen (deadlines,
/// first and last months paid) and each `String` was an allocation. Reads as a `&str`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    buf: [u8; ISO_CAPACITY],
    len: u8,
}

impl IsoDate {
    pub fn new(d: Date) -> IsoDate {
        let mut buf = [0u8; ISO_CAPACITY];
        let mut len = 0usize;
        let mut put = |b: u8| {
            if len < buf.len() {
                buf[len] = b;
                len += 1;
            }
        };
        let y = d.year();
        if (0..=9999).contains(&y) {
            for div in [1000, 100, 10, 1] {
                put(b'0' + (y / div % 10) as u8);
            }
        } else {
            // Years the `time` crate allows beyond four digits, written as `iso` does.
            y.to_string().bytes().for_each(&mut put);
        }
        put(b'-');
        let m = u8::from(d.month());
        put(b'0' + m / 10);
        put(b'0' + m % 10);
        put(b'-');
        put(b'0' + d.day() / 10);
        put(b'0' + d.day() % 10);
        IsoDate { buf, len: len as u8 }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }

    pub fn date(&self) -> Option<Date> {
        parse_iso(self.as_str())
    }
}

impl std::ops::Deref for IsoDate {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for IsoDate {
    fn eq(&self, o: &str) -> bool {
        self.as_str() == o
    }
}

impl PartialEq<&str> for IsoDate {
    fn eq(&self, o: &&str) -> bool {
        self.as_str() == *o
    }
}

impl serde::Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A month as `YYYY-MM` (the day is ignored).
pub fn iso_month(d: Date) -> String {
    let mut out = String::with_capacity(7);
    push_year(&mut out, d.year());
    out.push('-');
    push_2(&mut out, u8::from(d.month()));
    out
}

/// Whole calendar months from the month of `from` to the month of `to` (days ignored;
/// negative when `to` is earlier).
pub fn months_between(from: Date, to: Date) -> i32 {
    (to.year() - from.year()) * 12 + i32::from(u8::from(to.month())) - i32::from(u8::from(from.month()))
}

fn last_day(year: i32, month: Month) -> u8 {
    time::util::days_in_month(month, year)
}

/// Adds calendar months, clamping to the month's last day. `None` only past year 9999.
pub fn add_months(d: Date, months: i32) -> Option<Date> {
    let total = d.year() * 12 + i32::from(u8::from(d.month())) - 1 + months;
    let year = total.div_euclid(12);
    let month = Month::try_from(u8::try_from(total.rem_euclid(12) + 1).ok()?).ok()?;
    let day = d.day().min(last_day(year, month));
    Date::from_calendar_date(year, month, day).ok()
}

pub fn add_years(d: Date, years: i32) -> Option<Date> {
    add_months(d, years.checked_mul(12)?)
}

pub fn add_days(d: Date, days: i64) -> Option<Date> {
    d.checked_add(Duration::days(days))
}

pub fn first_of_next_month(d: Date) -> Option<Date> {
    let next = add_months(d, 1)?;
    Date::from_calendar_date(next.year(), next.month(), 1).ok()
}

/// The last day of a window of `months` whole months that opens on the first day of the month
/// after `d` (how Social Security counts "6 months from the month after the death").
pub fn end_of_months_after_month_of(d: Date, months: i32) -> Option<Date> {
    let opens = first_of_next_month(d)?;
    add_months(opens, months)?.previous_day()
}

/// The date on which someone born on `birth` reaches `years` of age.
pub fn birthday(birth: Date, years: i32) -> Option<Date> {
    add_years(birth, years)
}

/// Whole years of age on `on`; `None` if `on` is before the birth.
pub fn age_on(birth: Date, on: Date) -> Option<i32> {
    if on < birth {
        return None;
    }
    let mut age = on.year() - birth.year();
    if birthday(birth, age).is_none_or(|b| b > on) {
        age -= 1;
    }
    Some(age)
}

/// True when `years` whole years have passed from `start` to `on` (an anniversary counts).
pub fn at_least_years(start: Date, on: Date, years: i32) -> bool {
    birthday(start, years).is_some_and(|b| b <= on)
}

/// True when strictly more than `years` years have passed (the anniversary itself does not).
pub fn more_than_years(start: Date, on: Date, years: i32) -> bool {
    birthday(start, years).is_some_and(|b| b < on)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso(s).unwrap()
    }

    #[test]
    fn an_inline_iso_date_reads_as_iso_writes_it() {
        for s in ["2024-02-29", "0001-01-01", "9999-12-31", "1972-05-02"] {
            let i = IsoDate::new(d(s));
            assert_eq!((i.as_str(), i.date()), (s, Some(d(s))));
            assert_eq!(serde_json::to_string(&i).unwrap(), format!("\"{s}\""));
        }
        let early = Date::from_calendar_date(-44, time::Month::March, 15).unwrap();
        assert_eq!(IsoDate::new(early).as_str(), iso(early));
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(iso(d("2024-02-29")), "2024-02-29");
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01", "", "２０２４-01-01", "2024-01-0a"] {
            assert!(parse_iso(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn iso_dates_keep_four_digit_years() {
        assert_eq!(iso(d("0999-01-09")), "0999-01-09");
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(iso(add_months(d("2025-01-31"), 1).unwrap()), "2025-02-28");
        assert_eq!(iso(add_months(d("2025-11-15"), 3).unwrap()), "2026-02-15");
        assert_eq!(iso(add_years(d("2024-02-29"), 1).unwrap()), "2025-02-28");
        assert_eq!(iso(first_of_next_month(d("2025-12-31")).unwrap()), "2026-01-01");
    }

    #[test]
    fn six_month_window_from_the_month_after() {
        assert_eq!(iso(end_of_months_after_month_of(d("2025-03-15"), 6).unwrap()), "2025-09-30");
        assert_eq!(iso(end_of_months_after_month_of(d("2025-08-31"), 6).unwrap()), "2026-02-28");
    }

    #[test]
    fn months_are_counted_by_calendar_month() {
        assert_eq!(iso_month(d("2026-03-31")), "2026-03");
        assert_eq!(months_between(d("2024-04-01"), d("2026-04-01")), 24);
        assert_eq!(months_between(d("2025-12-31"), d("2026-01-01")), 1);
        assert_eq!(months_between(d("2026-01-01"), d("2025-12-01")), -1);
    }

    #[test]
    fn ages_turn_on_the_birthday() {
        assert_eq!(age_on(d("2007-06-10"), d("2025-06-09")), Some(17));
        assert_eq!(age_on(d("2007-06-10"), d("2025-06-10")), Some(18));
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-27")), Some(17));
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), Some(18));
        assert_eq!(age_on(d("2025-01-02"), d("2025-01-01")), None);
        assert!(at_least_years(d("2024-03-10"), d("2025-03-10"), 1));
        assert!(!more_than_years(d("2023-03-10"), d("2025-03-10"), 2));
        assert!(more_than_years(d("2023-03-10"), d("2025-03-11"), 2));
    }
}
