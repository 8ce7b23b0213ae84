//! Each language's compiled messages, read on first use; the renderer that turns a [`Msg`] into text; and the locale's number, money, date and percentage
//! formats, read from its `formats.ftl` so a new language brings its own.

use super::{LOCALES, Lang};
use crate::message::{Arg, Msg};
use crate::money::Money;
use super::compiled::{Catalog, Val};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};
use time::Date;

/// A slot per registered language, each read on first use (a language nobody picks is never
/// parsed), or filled by [`load`] for a language the build does not carry.
fn slot(lang: Lang) -> Option<&'static OnceLock<Catalog>> {
    static CATALOGS: OnceLock<Vec<OnceLock<Catalog>>> = OnceLock::new();
    let slots = CATALOGS.get_or_init(|| LOCALES.iter().map(|_| OnceLock::new()).collect());
    slots.get(LOCALES.iter().position(|l| l.code == lang.code()).unwrap_or(0))
}

fn catalog(lang: Lang) -> &'static Catalog {
    static NONE: OnceLock<Catalog> = OnceLock::new();
    let l = lang.locale();
    match slot(lang) {
        Some(s) if !l.messages.is_empty() => s.get_or_init(|| Catalog::parse(l.code, l.messages)),
        // Not carried: what `load` put there, or nothing yet (messages render as their codes).
        Some(s) => s.get().unwrap_or_else(|| NONE.get_or_init(|| Catalog::parse(l.code, "{}"))),
        None => NONE.get_or_init(|| Catalog::parse(l.code, "{}")),
    }
}

/// True when the language's messages can be rendered (carried, or loaded).
pub fn is_loaded(lang: Lang) -> bool {
    !lang.locale().messages.is_empty() || slot(lang).is_some_and(|s| s.get().is_some())
}

/// Takes a language's messages (a program's own Portuguese words, or a fetched file of them).
/// False when the text is not a message file (nothing is kept, so a later try can succeed).
pub fn load(lang: Lang, json: &str) -> bool {
    let catalog = Catalog::parse(lang.code(), json);
    if catalog.is_empty() {
        return false;
    }
    slot(lang).is_some_and(|s| s.set(catalog).is_ok() || s.get().is_some())
}

fn format(lang: Lang, id: &str, args: &[(&str, Val)]) -> Option<String> {
    catalog(lang).format(id, args)
}

/// The message in `lang`; its code when the language lacks it (the tests make sure none does).
pub fn render(lang: Lang, m: &Msg) -> String {
    let args: Vec<(&str, Val)> = m.args.iter().map(|(k, v)| (*k, value(lang, v))).collect();
    format(lang, &m.code, &args).unwrap_or_else(|| m.code.to_string())
}

fn value(lang: Lang, a: &Arg) -> Val {
    match a {
        Arg::Text(t) => Val::Str(t.to_string()),
        Arg::Shared(t) => Val::Str(t.to_string()),
        Arg::Count(n) => Val::Num(*n),
        Arg::Money(m) => Val::Str(format_money(lang, *m)),
        Arg::Rate(r) => Val::Str(format_rate(lang, *r)),
        Arg::Factor(f) => Val::Str(decimal(lang, *f)),
        Arg::Date(d) => Val::Str(format_date(lang, *d)),
        Arg::Month(d) => Val::Str(format_month(lang, *d)),
        Arg::Msg(m) => Val::Str(render(lang, m)),
    }
}

/// A fixed text, rendered once per language and kept for the page's lifetime.
pub(super) fn fixed(lang: Lang, key: &'static str) -> &'static str {
    static CACHE: OnceLock<Mutex<HashMap<(Lang, &'static str), &'static str>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let Ok(mut map) = cache.lock() else { return key };
    if let Some(s) = map.get(&(lang, key)) {
        return s;
    }
    let Some(text) = format(lang, key, &[]) else { return key };
    // Bounded: one string per message and language, never freed (the interface's words).
    let text: &'static str = Box::leak(text.into_boxed_str());
    map.insert((lang, key), text);
    text
}

fn sep(lang: Lang, key: &'static str) -> &'static str {
    super::tr(lang, key)
}

/// A decimal in the locale's notation, trailing zeros dropped ("1,5" / "1.5").
fn decimal(lang: Lang, d: Decimal) -> String {
    let s = d.normalize().to_string();
    match s.split_once('.') {
        Some((int, frac)) => format!("{int}{}{frac}", sep(lang, "format-decimal-separator")),
        None => s,
    }
}

/// An amount in euros: "1 567,50 €" / "€1,567.50", by the locale's `format-money`.
pub fn format_money(lang: Lang, m: Money) -> String {
    let mut d = m.decimal();
    d.rescale(2);
    let cents = d.mantissa();
    let (units, cents) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
    let digits = units.to_string();
    let group = sep(lang, "format-group-separator");
    let mut number = String::with_capacity(digits.len() + 8);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            number.push_str(group);
        }
        number.push(c);
    }
    number.push_str(sep(lang, "format-decimal-separator"));
    number.push_str(&format!("{cents:02}"));
    let shown = format(lang, "format-money", &[("number", Val::Str(number.clone()))]).unwrap_or(number);
    // The sign before the whole amount, the euro sign included: "-1 000,00 €", "-€1,000.00".
    if d.is_sign_negative() && (units, cents) != (0, 0) { format!("-{shown}") } else { shown }
}

/// A rate as a percentage: "60 %" / "60%".
pub fn format_rate(lang: Lang, rate: Decimal) -> String {
    let number = decimal(lang, rate * Decimal::ONE_HUNDRED);
    format(lang, "format-percent", &[("number", Val::Str(number.clone()))]).unwrap_or(number)
}

fn date_args(lang: Lang, d: Date) -> [(&'static str, Val); 5] {
    let month = u8::from(d.month());
    let name = format(lang, "format-month-name", &[("month", Val::Num(i64::from(month)))]).unwrap_or_default();
    [
        ("day", Val::Str(d.day().to_string())),
        ("dd", Val::Str(format!("{:02}", d.day()))),
        ("mm", Val::Str(format!("{month:02}"))),
        ("yyyy", Val::Str(format!("{:04}", d.year()))),
        ("monthname", Val::Str(name)),
    ]
}

/// A date: "14/03/2025" / "14 March 2025" / "14.03.2025".
pub fn format_date(lang: Lang, d: Date) -> String {
    format(lang, "format-date", &date_args(lang, d)).unwrap_or_else(|| crate::dates::iso(d))
}

/// A month of a year: "março de 2025" / "March 2025".
fn format_month(lang: Lang, d: Date) -> String {
    format(lang, "format-month", &date_args(lang, d)).unwrap_or_else(|| crate::dates::iso(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn each_language_formats_its_own_way() {
        let uk = Lang::from_code("uk").unwrap();
        let m = Money::round(d("1567.5"));
        assert_eq!(format_money(Lang::Pt, m), "1 567,50 €");
        assert_eq!(format_money(Lang::En, m), "€1,567.50");
        assert_eq!(format_money(uk, m), "1 567,50 €");
        assert_eq!(format_money(Lang::En, Money::round(d("999"))), "€999.00");
        assert_eq!(format_money(Lang::Pt, Money::round(d("1000000"))), "1 000 000,00 €");
        assert_eq!(format_money(Lang::En, Money::round(d("1234567.5"))), "€1,234,567.50");
        assert_eq!(format_money(Lang::Pt, Money::round(d("12"))), "12,00 €");
        assert_eq!(format_money(Lang::En, Money::round(d("0.05"))), "€0.05");
        assert_eq!(format_money(Lang::Pt, Money::round(d("-1000"))), "-1 000,00 €");
        assert_eq!(format_money(Lang::En, Money::round(d("-1000"))), "-€1,000.00");
        assert_eq!(format_money(Lang::Pt, Money::round(d("999.99"))), "999,99 €");
        assert!(format_money(Lang::Pt, Money::round(crate::money::CEILING)).starts_with("1 000 000 000 000 000,00"));
        assert_eq!(format_rate(Lang::En, d("0.3")), "30%");
        assert_eq!(decimal(Lang::Pt, d("1.50")), "1,5");
        assert_eq!(format_date(Lang::En, time::macros::date!(2028 - 12 - 31)), "31 December 2028");
        assert_eq!(format_rate(Lang::Pt, d("0.6")), "60 %");
        assert_eq!(format_rate(Lang::En, d("0.225")), "22.5%");
        assert_eq!(format_rate(uk, d("0.225")), "22,5 %");
        let date = time::macros::date!(2025 - 03 - 04);
        assert_eq!(format_date(Lang::Pt, date), "04/03/2025");
        assert_eq!(format_date(Lang::En, date), "4 March 2025");
        assert_eq!(format_date(uk, date), "04.03.2025");
        assert_eq!(format_month(Lang::Pt, date), "março de 2025");
        assert_eq!(format_month(Lang::En, date), "March 2025");
    }

    #[test]
    fn a_missing_message_renders_as_its_code() {
        assert_eq!(render(Lang::En, &msg!("no-such-message", n = 2usize)), "no-such-message");
    }
}
