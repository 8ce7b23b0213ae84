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
