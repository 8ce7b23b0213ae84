//! The interface's words, one file per language (`pt.json`, `en.json`), looked up by key. The
//! engines' own texts (reasons, questions, documents) come bilingual from the engines.
//! `tests/i18n_keys.rs` checks that both files have the same keys and that every key the UI
//! uses exists.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Pt,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pt => "pt",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("pt") => Some(Lang::Pt),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Pt => Lang::En,
            Lang::En => Lang::Pt,
        }
    }

    /// Picks the bilingual text of an engine result.
    pub fn pick(self, t: &crate::text::Text) -> &str {
        match self {
            Lang::Pt => &t.pt,
            Lang::En => &t.en,
        }
    }
}

pub const PT_JSON: &str = include_str!("pt.json");
pub const EN_JSON: &str = include_str!("en.json");
/// The NISS advisor's interface words (keys starting with `niss.`), kept apart for clarity.
pub const NISS_PT_JSON: &str = include_str!("niss.pt.json");
pub const NISS_EN_JSON: &str = include_str!("niss.en.json");

fn table(lang: Lang) -> &'static HashMap<String, String> {
    static PT: OnceLock<HashMap<String, String>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let (cell, json, niss) = match lang {
        Lang::Pt => (&PT, PT_JSON, NISS_PT_JSON),
        Lang::En => (&EN, EN_JSON, NISS_EN_JSON),
    };
    cell.get_or_init(|| {
        let mut t: HashMap<String, String> = serde_json::from_str(json).unwrap_or_default();
        t.extend(serde_json::from_str::<HashMap<String, String>>(niss).unwrap_or_default());
        t
    })
}

/// The text for `key`; the key itself if it is missing (the tests make sure none is).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    table(lang).get(key).map_or(key, String::as_str)
}
