//! Money over `rust_decimal`: exact arithmetic, rounding to cents half away from zero (the
//! published thresholds round a half cent up, where banker's rounding or f64 would not; the
//! seed's figures are checked in tests/rules_table.rs), and equal splits
//! whose shares add back exactly to the total.
//!
//! No operation can panic. Every `Money` is held within ±[`CEILING`] (a thousand million euros
//! times a million), far inside `rust_decimal`'s range, so sums, differences and cents (× 100) never
//! overflow; a product that would leave the range stops at the ceiling. Input is refused above
//! [`MAX_INPUT`] long before that, so for any accepted household the ceiling is never reached and
//! the results are exact.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;

/// An amount in euros, always held rounded to cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

const CENTS_DP: u32 = 2;

/// The largest amount a person may enter anywhere (a pension, an income, a funeral bill):
/// 10 000 000,00 €. Not a legal value: it only catches a slip of the keyboard (a pension typed
/// with extra digits), and keeps every later calculation far from the ceiling.
pub const MAX_INPUT: Money = Money(Decimal::from_parts(1_000_000_000, 0, 0, false, CENTS_DP));

/// The bound `Money` arithmetic saturates at: 10^15 €, i.e. 10^17 cents. A hundred million times
/// [`MAX_INPUT`], so no accepted input reaches it (the largest factor in the rules table is a
/// small multiple of the IAS, or 14 payments a year); and 10^11 times below `rust_decimal`'s
/// largest value, so × 100 and any sum of two amounts stay representable.
pub const CEILING: Decimal = Decimal::from_parts(1_569_325_056, 23_283_064, 0, false, CENTS_DP);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Rounds to cents, half away from zero; a value beyond ±[`CEILING`] stops at it.
    pub fn round(d: Decimal) -> Money {
        let d = if d > CEILING {
            CEILING
        } else if d < -CEILING {
            -CEILING
        } else {
            d
        };
        let mut r = d.round_dp_with_strategy(CENTS_DP, RoundingStrategy::MidpointAwayFromZero);
        r.rescale(CENTS_DP);
        Money(r)
    }

    /// Builds from a value already in cents precision; `None` if it carries more decimals or lies
    /// beyond ±[`CEILING`] (callers check [`MAX_INPUT`] first, with a message).
    pub fn exact(d: Decimal) -> Option<Money> {
        let n = d.normalize();
        if n.scale() > CENTS_DP || n.abs() > CEILING { None } else { Some(Money::round(n)) }
    }

    /// Above the largest amount a person may enter.
    pub fn exceeds_input_limit(self) -> bool {
        self > MAX_INPUT
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// `rate × self`, rounded to cents; a product beyond the range stops at ±[`CEILING`].
    pub fn times(self, factor: Decimal) -> Money {
        match self.0.checked_mul(factor) {
            Some(p) => Money::round(p),
            None if self.0.is_sign_negative() != factor.is_sign_negative() => Money::round(-CEILING),
            None => Money::round(CEILING),
        }
    }

    pub fn min(self, other: Money) -> Money {
        if other < self { other } else { self }
    }

    pub fn max(self, other: Money) -> Money {
        if other > self { other } else { self }
    }

    /// `self − other`, or zero when `other` is as large or larger.
    pub fn saturating_sub(self, other: Money) -> Money {
        if other >= self { Money::ZERO } else { Money::round(self.0.checked_sub(other.0).unwrap_or(CEILING)) }
    }

    /// Splits into `n` equal shares to the cent. Every share gets the total divided by `n`
    /// rounded down to the cent; the cents left over go one each to the first shares in the
    /// given order, so the shares always add back to the total.
    pub fn split_equal(self, n: usize) -> Split {
        if n == 0 {
            return Split { shares: Vec::new(), leftover_cents: 0 };
        }
        // Within ±CEILING, cents fit easily, and `base × count` never exceeds `cents`.
        let cents = self.0.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(Decimal::ZERO).trunc();
        let count = Decimal::from(n as u64);
        let base = cents.checked_div(count).unwrap_or(Decimal::ZERO).floor();
        let leftover = base.checked_mul(count).and_then(|b| cents.checked_sub(b)).unwrap_or(Decimal::ZERO);
        let leftover_cents = usize::try_from(leftover.trunc().mantissa()).unwrap_or(0);
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

/// Saturating: a sum beyond ±[`CEILING`] stops at it (never reached by accepted input).
impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money::round(self.0.checked_add(o.0).unwrap_or(if o.0.is_sign_negative() { -CEILING } else { CEILING }))
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
    fn arithmetic_saturates_at_the_ceiling_instead_of_panicking() {
        let top = Money::round(Decimal::MAX);
        assert_eq!(top.decimal(), CEILING);
        assert_eq!(Money::round(Decimal::MIN).decimal(), -CEILING);
        assert_eq!(top.times(Decimal::MAX), top);
        assert_eq!(top.times(-Decimal::MAX).decimal(), -CEILING);
        assert_eq!(top + top, top);
        assert_eq!(Money::round(-CEILING) + Money::round(-CEILING), Money::round(-CEILING));
        assert_eq!([top, top, top].into_iter().sum::<Money>(), top);
        assert_eq!(Money::round(-CEILING).saturating_sub(top), Money::ZERO);
        assert_eq!(top.saturating_sub(Money::round(-CEILING)), top);
        let s = top.split_equal(3);
        assert_eq!(s.shares.iter().copied().sum::<Money>(), top);
        assert_eq!(s.leftover_cents, 1);
        assert!(top.format_pt().starts_with("1 000 000 000 000 000,00"));
        // Just under the ceiling the arithmetic is still exact.
        let big = Money::round(CEILING - Decimal::ONE);
        assert_eq!((big + Money::round(d("0.50"))).decimal(), CEILING - d("0.50"));
        assert_eq!(Money::exact(CEILING + Decimal::ONE), None);
    }

    #[test]
    fn the_input_limit_is_ten_million_euros() {
        assert_eq!(MAX_INPUT.to_string(), "10000000.00");
        assert!(!Money::round(d("10000000.00")).exceeds_input_limit());
        assert!(Money::round(d("10000000.01")).exceeds_input_limit());
        // The limit times the largest factors the engine applies stays far below the ceiling.
        assert!(MAX_INPUT.times(d("14")).times(d("100")).decimal() < CEILING);
    }

    #[test]
    fn exact_rejects_fractions_of_a_cent() {
        assert!(Money::exact(d("10.005")).is_none());
        assert_eq!(Money::exact(d("10.50")).unwrap().to_string(), "10.50");
    }
}
