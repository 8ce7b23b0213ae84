//! Money over `rust_decimal`: exact arithmetic, rounding to cents half away from zero (the
//! published thresholds round a half cent up, where banker's rounding or f64 would not; the
//! seed's figures are checked in tests/rules_table.rs), and equal splits
//! whose shares add back exactly to the total.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;

/// An amount in euros, always held rounded to cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

const CENTS_DP: u32 = 2;

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Rounds to cents, half away from zero.
    pub fn round(d: Decimal) -> Money {
        let mut r = d.round_dp_with_strategy(CENTS_DP, RoundingStrategy::MidpointAwayFromZero);
        r.rescale(CENTS_DP);
        Money(r)
    }

    /// Builds from a value already in cents precision; `None` if it carries more decimals.
    pub fn exact(d: Decimal) -> Option<Money> {
        let n = d.normalize();
        if n.scale() > CENTS_DP { None } else { Some(Money::round(n)) }
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// `rate × self`, rounded to cents.
    pub fn times(self, factor: Decimal) -> Money {
        Money::round(self.0 * factor)
    }

    pub fn min(self, other: Money) -> Money {
        if other < self { other } else { self }
    }

    pub fn max(self, other: Money) -> Money {
        if other > self { other } else { self }
    }

    pub fn saturating_sub(self, other: Money) -> Money {
        if other >= self { Money::ZERO } else { Money(self.0 - other.0) }
    }

    /// Splits into `n` equal shares to the cent. Every share gets the total divided by `n`
    /// rounded down to the cent; the cents left over go one each to the first shares in the
    /// given order, so the shares always add back to the total.
    pub fn split_equal(self, n: usize) -> Split {
        if n == 0 {
            return Split { shares: Vec::new(), leftover_cents: 0 };
        }
        let cents = (self.0 * Decimal::ONE_HUNDRED).trunc();
        let count = Decimal::from(n as u64);
        let base = (cents / count).floor();
        let leftover = cents - base * count;
        let leftover_cents = usize::try_from(leftover.mantissa() / 10i128.pow(leftover.scale())).unwrap_or(0);
        let shares = (0..n)
            .map(|i| {
                let c = if i < leftover_cents { base + Decimal::ONE } else { base };
                Money::round(c / Decimal::ONE_HUNDRED)
            })
            .collect();
        Split { shares, leftover_cents }
    }

    /// "1 441,29 €"
    pub fn format_pt(self) -> String {
        let mut out = String::with_capacity(24);
        self.write_grouped(&mut out, ' ', ',');
        out.push_str(" €");
        out
    }

    /// "€1,441.29"
    pub fn format_en(self) -> String {
        let mut out = String::with_capacity(24);
        self.write_grouped(&mut out, ',', '.');
        out
    }

    /// Writes sign, euro sign (English order), grouped units and cents, without temporaries:
    /// reports format hundreds of amounts.
    fn write_grouped(self, out: &mut String, thousands: char, decimal: char) {
        let mut d = self.0;
        d.rescale(CENTS_DP);
        let cents = d.mantissa();
        if cents < 0 {
            out.push('-');
        }
        if decimal == '.' {
            out.push('€');
        }
        let cents = cents.unsigned_abs();
        let units = cents / 100;
        let mut digits = [0u8; 40];
        let mut n = 0;
        let mut u = units;
        loop {
            digits[n] = b'0' + (u % 10) as u8;
            n += 1;
            u /= 10;
            if u == 0 {
                break;
            }
        }
        for i in (0..n).rev() {
            out.push(char::from(digits[i]));
            if i > 0 && i % 3 == 0 {
                out.push(thousands);
            }
        }
        out.push(decimal);
        let c = (cents % 100) as u8;
        out.push(char::from(b'0' + c / 10));
        out.push(char::from(b'0' + c % 10));
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0 + o.0)
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

/// The result of an equal split, with how many shares took an extra cent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub shares: Vec<Money>,
    pub leftover_cents: usize,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A rate (0.60) shown as a percentage ("60 %" / "60%"), trailing zeros dropped.
pub fn percent_pt(rate: Decimal) -> String {
    format!("{} %", (rate * Decimal::ONE_HUNDRED).normalize().to_string().replace('.', ","))
}

pub fn percent_en(rate: Decimal) -> String {
    format!("{}%", (rate * Decimal::ONE_HUNDRED).normalize())
}

/// A plain factor (1.5) in each language's decimal notation.
pub fn factor_pt(f: Decimal) -> String {
    f.normalize().to_string().replace('.', ",")
}

pub fn factor_en(f: Decimal) -> String {
    f.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_not_bankers() {
        // Banker's rounding gives .12 and .20 here; f64 gives 2.67 for 2.675.
        assert_eq!(Money::round(d("0.125")).to_string(), "0.13");
        assert_eq!(Money::round(d("10.205")).to_string(), "10.21");
        assert_eq!(Money::round(d("2.675")).to_string(), "2.68");
        assert_eq!(Money::round(d("7.172")).to_string(), "7.17");
        assert_eq!(Money::round(d("-0.005")).to_string(), "-0.01");
    }

    #[test]
    fn split_adds_back_and_gives_leftover_to_first() {
        let s = Money::round(d("100.00")).split_equal(3);
        assert_eq!(s.shares.iter().map(|m| m.to_string()).collect::<Vec<_>>(), ["33.34", "33.33", "33.33"]);
        assert_eq!(s.leftover_cents, 1);
        let s = Money::round(d("0.02")).split_equal(3);
        assert_eq!(s.shares.iter().copied().sum::<Money>(), Money::round(d("0.02")));
        assert_eq!(Money::round(d("5")).split_equal(0).shares.len(), 0);
    }

    #[test]
    fn formats_per_language() {
        let m = Money::round(d("1234.56"));
        assert_eq!(m.format_pt(), "1 234,56 €");
        assert_eq!(m.format_en(), "€1,234.56");
        assert_eq!(Money::round(d("1234567.5")).format_en(), "€1,234,567.50");
        assert_eq!(Money::round(d("12")).format_pt(), "12,00 €");
        assert_eq!(Money::round(d("0.05")).format_en(), "€0.05");
        assert_eq!(Money::round(d("-1000")).format_pt(), "-1 000,00 €");
        assert_eq!(Money::round(d("999.99")).format_pt(), "999,99 €");
        assert_eq!(Money::round(d("100000")).format_en(), "€100,000.00");
        assert_eq!(percent_pt(d("0.60")), "60 %");
        assert_eq!(percent_en(d("0.3")), "30%");
        assert_eq!(factor_pt(d("1.50")), "1,5");
    }

    #[test]
    fn exact_rejects_fractions_of_a_cent() {
        assert!(Money::exact(d("10.005")).is_none());
        assert_eq!(Money::exact(d("10.50")).unwrap().to_string(), "10.50");
    }
}
