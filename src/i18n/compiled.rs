//! The run-time half of the message files: one language's messages as compiled by `build.rs`
//! (a small JSON document), and the resolver that fills their arguments in. It does what the
//! files use of Fluent — text, variables, references to other messages and terms, and
//! selection on a variable by exact number or by CLDR plural category — and nothing more
//! (`build.rs` refuses the rest). `tests/messages.rs` renders every message with this and with
//! `fluent-bundle`, the reference implementation, and compares.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde_json::Value;
use std::collections::HashMap;

/// An argument's value as the resolver sees it: text already formatted for the locale, or a
/// number (which selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Str(String),
    Num(i64),
}

enum Part {
    Text(String),
    Var(String),
    Ref(String),
    Select { on: String, variants: Vec<(String, Vec<Part>)>, default: usize },
}

pub struct Catalog {
    messages: HashMap<String, Vec<Part>>,
    plurals: Option<PluralRules>,
}

/// Deeper than any real message nests; a message that refers to itself stops here.
const MAX_DEPTH: u8 = 8;

impl Catalog {
    /// Reads a compiled language; what cannot be read is left out (the tests fail on it).
    pub fn parse(code: &str, json: &str) -> Catalog {
        let plurals = code.parse::<unic_langid::LanguageIdentifier>().ok().and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
        let mut messages = HashMap::new();
        if let Ok(Value::Object(map)) = serde_json::from_str::<Value>(json) {
            for (id, p) in map {
                messages.insert(id, parts(&p));
            }
        }
        Catalog { messages, plurals }
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }

    /// The message with its arguments filled in; `None` when there is no such message.
    pub fn format(&self, id: &str, args: &[(&str, Val)]) -> Option<String> {
        let parts = self.messages.get(id)?;
        let mut out = String::new();
        self.write(parts, args, &mut out, 0);
        Some(out)
    }

    fn write(&self, parts: &[Part], args: &[(&str, Val)], out: &mut String, depth: u8) {
        for p in parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match lookup(args, name) {
                    Some(Val::Str(s)) => out.push_str(s),
                    Some(Val::Num(n)) => out.push_str(&n.to_string()),
                    // As Fluent does: the gap is visible, nothing fails.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Ref(id) => match self.messages.get(id) {
                    Some(inner) if depth < MAX_DEPTH => self.write(inner, args, out, depth + 1),
                    _ => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                },
                Part::Select { on, variants, default } => {
                    let chosen = self.choose(lookup(args, on), variants).unwrap_or(*default);
                    if let Some((_, inner)) = variants.get(chosen).or(variants.last()) {
                        self.write(inner, args, out, depth);
                    }
                }
            }
        }
    }

    /// The variant for a value: a number matches an equal number key first, then its plural
    /// category; text matches an equal key.
    fn choose(&self, value: Option<&Val>, variants: &[(String, Vec<Part>)]) -> Option<usize> {
        match value? {
            Val::Str(s) => variants.iter().position(|(k, _)| k == s),
            Val::Num(n) => {
                let exact = variants.iter().position(|(k, _)| k.parse::<i64>().ok() == Some(*n));
                exact.or_else(|| {
                    let category = self.plurals.as_ref()?.select(*n).ok()?;
                    let name = category_name(category);
                    variants.iter().position(|(k, _)| k == name)
                })
            }
        }
    }
}

fn lookup<'a>(args: &'a [(&str, Val)], name: &str) -> Option<&'a Val> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

fn parts(v: &Value) -> Vec<Part> {
    let Value::Array(items) = v else { return Vec::new() };
    items.iter().filter_map(part).collect()
}

fn part(v: &Value) -> Option<Part> {
    match v {
        Value::String(s) => Some(Part::Text(s.clone())),
        Value::Object(o) => {
            if let Some(name) = o.get("v").and_then(Value::as_str) {
                return Some(Part::Var(name.to_string()));
            }
            if let Some(id) = o.get("r").and_then(Value::as_str) {
                return Some(Part::Ref(id.to_string()));
            }
            let on = o.get("s").and_then(Value::as_str)?.to_string();
            let variants = o
                .get("k")
                .and_then(Value::as_array)?
                .iter()
                .filter_map(|kv| {
                    let key = kv.get(0)?.as_str()?.to_string();
                    Some((key, parts(kv.get(1)?)))
                })
                .collect();
            let default = o.get("d").and_then(Value::as_u64).and_then(|d| usize::try_from(d).ok()).unwrap_or(0);
            Some(Part::Select { on, variants, default })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_pick_exact_keys_then_plural_categories() {
        let json = r#"{"n": [{"s": "n", "k": [["0", ["none"]], ["one", [{"v": "n"}, " file"]], ["few", [{"v": "n"}, " files (few)"]], ["many", [{"v": "n"}, " files (many)"]], ["other", [{"v": "n"}, " files"]]], "d": 4}],
                       "hi": ["Hello, ", {"v": "who"}, "! ", {"r": "n"}], "loop": [{"r": "loop"}]}"#;
        let uk = Catalog::parse("uk", json);
        let n = |k: i64| uk.format("n", &[("n", Val::Num(k))]).unwrap();
        assert_eq!(n(0), "none");
        assert_eq!(n(1), "1 file");
        assert_eq!(n(21), "21 file");
        assert_eq!(n(3), "3 files (few)");
        assert_eq!(n(22), "22 files (few)");
        assert_eq!(n(5), "5 files (many)");
        assert_eq!(n(11), "11 files (many)");
        let en = Catalog::parse("en", json);
        assert_eq!(en.format("n", &[("n", Val::Num(3))]).unwrap(), "3 files");
        assert_eq!(en.format("hi", &[("who", Val::Str("Ana".into())), ("n", Val::Num(1))]).unwrap(), "Hello, Ana! 1 file");
        assert_eq!(en.format("hi", &[]).unwrap(), "Hello, {$who}! {$n} files");
        assert!(en.format("loop", &[]).is_some(), "a message that refers to itself ends");
        assert_eq!(en.format("nope", &[]), None);
    }
}
