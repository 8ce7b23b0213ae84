//! Where the rules and values come from and how sure we are of them (`Reference`,
//! `Confidence`), and one display helper for amounts inside sentences.

use serde::{Deserialize, Serialize};

/// The same sentence with each amount kept on one line when shown: the spaces inside an amount
/// ("1 567,50 €": between digit groups, and before the euro sign) become no-break spaces.
pub fn no_break_amounts(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let inside = c == ' '
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == '€');
        out.push(if inside { '\u{a0}' } else { c });
    }
    out
}

/// Where a rule or a value comes from, and how sure we are of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    // Ordered from the least to the most certain, so `min()` gives the weakest link.
    Unverified,
    SeedOnly,
    Derived,
    Secondary,
    Official,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Official => "official",
            Confidence::Secondary => "secondary",
            Confidence::Derived => "derived",
            Confidence::SeedOnly => "seed_only",
            Confidence::Unverified => "unverified",
        }
    }

    /// The notice a person sees next to anything not read in the official text itself, as a
    /// message (`confidence-notice-<level>`, in `common.ftl`).
    pub fn notice(self) -> Option<crate::message::Msg> {
        match self {
            Confidence::Official => None,
            Confidence::Secondary => Some(crate::message::Msg::code("confidence-notice-secondary")),
            Confidence::Derived => Some(crate::message::Msg::code("confidence-notice-derived")),
            Confidence::SeedOnly => Some(crate::message::Msg::code("confidence-notice-seed_only")),
            Confidence::Unverified => Some(crate::message::Msg::code("confidence-notice-unverified")),
        }
    }
}

/// A legal or documentary source: a title and either a URL or the legal act.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Reference {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub act: Option<String>,
}

/// The one copy of a source, shared by every table value, rule and report that cites it.
/// Sources are a small, fixed set (those the bundled tables cite), kept once for the life of
/// the program however often a table is read; sharing a plain reference costs nothing where a
/// counted one (`Arc`) cost two atomic operations per reason of every report.
pub fn shared(r: Reference) -> &'static Reference {
    use std::collections::BTreeSet;
    use std::sync::Mutex;
    static SOURCES: Mutex<BTreeSet<&'static Reference>> = Mutex::new(BTreeSet::new());
    crate::message::keep_once(&SOURCES, &r, |r| Box::new(r.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_keep_together() {
        assert_eq!(no_break_amounts("Ana: 1 567,50 € por mês"), "Ana: 1\u{a0}567,50\u{a0}€ por mês");
        assert_eq!(no_break_amounts("60 % × 900,00 € = 540,00 €"), "60 % × 900,00\u{a0}€ = 540,00\u{a0}€");
        assert_eq!(no_break_amounts("€1,441.29 a month"), "€1,441.29 a month");
        assert_eq!(no_break_amounts("12 de março"), "12 de março");
    }
}
