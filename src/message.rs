//! What the engines say, as data: a message code and its typed arguments. No language lives
//! here: the words are in the locale files (`src/i18n/locales/<lang>/<domain>.ftl`, Project
//! Fluent) and `crate::i18n::render` turns a message into a sentence in one language, formatting
//! the amounts, dates and rates the locale's way. Tests assert on codes and arguments.

use crate::money::Money;
use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::Mutex;
use time::Date;

/// One argument of a message, typed so each language can format it its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: a name the person typed, a form code, an id.
    Text(Cow<'static, str>),
    /// The same, shared: a person's label, named in many messages of one report.
    Shared(std::sync::Arc<str>),
    /// A whole number; plural forms are chosen by it (CLDR rules of the language).
    Count(i64),
    Money(Money),
    /// A fraction shown as a percentage (0.6 → "60 %" / "60%").
    Rate(Decimal),
    /// A plain decimal factor (1.5 → "1,5" / "1.5").
    Factor(Decimal),
    Date(Date),
    /// A month of a year (the day is ignored): "abril de 2025" / "April 2025".
    Month(Date),
    /// Another message rendered in the same language (a benefit's name inside a sentence).
    Msg(Box<Msg>),
}

impl From<&'static str> for Arg {
    fn from(s: &'static str) -> Arg {
        Arg::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(Cow::Owned(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(Cow::Owned(s.clone()))
    }
}
impl From<std::sync::Arc<str>> for Arg {
    fn from(s: std::sync::Arc<str>) -> Arg {
        Arg::Shared(s)
    }
}
impl From<Money> for Arg {
    fn from(m: Money) -> Arg {
        Arg::Money(m)
    }
}
impl From<Date> for Arg {
    fn from(d: Date) -> Arg {
        Arg::Date(d)
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(usize, u8, u32, i32, i64, u64);

/// A message: a stable code (a Fluent message id) and its named arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub code: Cow<'static, str>,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(code: impl Into<Cow<'static, str>>, args: Vec<(&'static str, Arg)>) -> Msg {
        Msg { code: code.into(), args }
    }

    /// A message without arguments.
    pub fn code(code: impl Into<Cow<'static, str>>) -> Msg {
        Msg { code: code.into(), args: Vec::new() }
    }

    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The message id a table entry's words are kept under: `rule`, `survivors_pension.scheme`
    /// → `rule-survivors_pension-scheme` (Fluent ids cannot hold dots).
    pub fn table_id(kind: &str, id: &str) -> String {
        let mut s = String::with_capacity(kind.len() + id.len() + 1);
        s.push_str(kind);
        s.push('-');
        s.extend(id.chars().map(|c| if c == '.' { '-' } else { c }));
        s
    }
}

/// The one copy of a string that lives as long as the program, made once per distinct text:
/// for message codes built from table ids (`doc-marriage_certificate`), so a report can carry
/// them without an allocation each. The tables' ids are a small, fixed set, so this never grows
/// beyond them however often a table is read.
pub fn intern(s: &str) -> &'static str {
    static INTERNED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    keep_once(&INTERNED, s, |s| s.into())
}

/// The copy of `value` kept in `set` for the life of the program, made (by `make`) the first
/// time it is asked for: the one mechanism behind [`intern`] and `source::shared`.
pub(crate) fn keep_once<T: Ord + ?Sized>(set: &Mutex<BTreeSet<&'static T>>, value: &T, make: impl FnOnce(&T) -> Box<T>) -> &'static T {
    let mut set = set.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = set.get(value) {
        return found;
    }
    let kept: &'static T = Box::leak(make(value));
    set.insert(kept);
    kept
}

/// `msg!("code", name = value, …)`: a message with named arguments, each converted with
/// `Arg::from` (text, counts, money, dates, nested messages; rates and factors explicitly).
/// The message-completeness test reads these calls to know every code and its arguments.
#[macro_export]
macro_rules! msg {
    ($code:expr $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::message::Msg::new($code, vec![$((stringify!($k), $crate::message::Arg::from($v))),*])
    };
}

thread_local! {
    /// Set while a report is serialized for a reader of one language (the CLI's `--lang`).
    static RENDERER: RefCell<Option<Box<dyn Fn(&Msg) -> String>>> = const { RefCell::new(None) };
}

/// Runs `f` (a serialization) with every message also carrying its rendered `text`.
/// Calls nest: the renderer in force before is restored after.
pub fn with_text<R>(render: impl Fn(&Msg) -> String + 'static, f: impl FnOnce() -> R) -> R {
    let before = RENDERER.with(|r| r.borrow_mut().replace(Box::new(render)));
    let out = f();
    RENDERER.with(|r| *r.borrow_mut() = before);
    out
}

/// The text of `m` in the language being serialized for, when inside [`with_text`]; `None`
/// otherwise. For types that hold a message but serialize their own shape (an input error adds
/// `"message"` next to its `message_pt` / `message_en`).
pub fn rendered(m: &Msg) -> Option<String> {
    RENDERER.with(|r| r.borrow().as_ref().map(|f| f(m)))
}

struct Args<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Arguments serialize as plain values: text and ids as strings, counts as numbers, money,
/// rates and factors as decimal strings, dates as ISO dates, months as `YYYY-MM`.
impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(t) => s.serialize_str(t),
            Arg::Shared(t) => s.serialize_str(t),
            Arg::Count(n) => s.serialize_i64(*n),
            Arg::Money(m) => m.serialize(s),
            Arg::Rate(d) | Arg::Factor(d) => s.collect_str(&d.normalize()),
            Arg::Date(d) => s.collect_str(&format_args!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())),
            Arg::Month(d) => s.collect_str(&format_args!("{:04}-{:02}", d.year(), u8::from(d.month()))),
            Arg::Msg(m) => m.serialize(s),
        }
    }
}

/// `{"code": …, "args": {…}}`, plus `"text"` when serialized inside [`with_text`].
impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = rendered(self);
        let mut map = s.serialize_map(Some(2 + usize::from(text.is_some())))?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("args", &Args(&self.args))?;
        if let Some(t) = text {
            map.serialize_entry("text", &t)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_serialize_as_code_and_plain_arguments() {
        let m = crate::msg!("x-y", who = "Ana", n = 2usize, amount = Money::round(Decimal::new(54000, 2)));
        let v = serde_json::to_value(&m).unwrap();
        assert_eq!(v, serde_json::json!({"code": "x-y", "args": {"who": "Ana", "n": 2, "amount": "540.00"}}));
        let with = with_text(|m| format!("<{}>", m.code), || serde_json::to_value(&m).unwrap());
        assert_eq!(with["text"], "<x-y>");
        assert!(serde_json::to_value(&m).unwrap().get("text").is_none(), "the renderer is gone after with_text");
    }

    #[test]
    fn table_ids_lose_their_dots() {
        assert_eq!(Msg::table_id("rule", "survivors_pension.scheme"), "rule-survivors_pension-scheme");
    }
}
