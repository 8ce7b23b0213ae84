//! The one thing Amparo stores: this state, under one versioned localStorage key. Loading never
//! fails: old versions are migrated, and anything unreadable is replaced by a fresh state with a
//! notice saying so.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const STORAGE_KEY: &str = "amparo.state";
const VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    #[default]
    Survivors,
    Niss,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub version: u32,
    /// "pt" or "en"; absent until the person picks one (the browser's preference is used).
    #[serde(default)]
    pub lang: Option<String>,
    /// The survivors' form, shaped like the household JSON.
    #[serde(default = "empty_object")]
    pub survivors: Value,
    /// The NISS form, shaped like the advisor's answers JSON.
    #[serde(default = "empty_object")]
    pub niss: Value,
    /// Ticked checklist items of the NISS pack (document ids).
    #[serde(default)]
    pub ticks: Vec<String>,
    /// The last step shown (a location hash), to offer "continue where you left off".
    #[serde(default)]
    pub last_step: Option<String>,
}

fn empty_object() -> Value {
    Value::Object(Map::new())
}

impl Default for SavedState {
    fn default() -> Self {
        SavedState { version: VERSION, lang: None, survivors: empty_object(), niss: empty_object(), ticks: Vec::new(), last_step: None }
    }
}

impl SavedState {
    pub fn has_answers(&self) -> bool {
        let filled = |v: &Value| v.as_object().is_some_and(|m| !m.is_empty());
        filled(&self.survivors) || filled(&self.niss)
    }
}

/// What happened to stored data on loading, for the notice the person sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadNotice {
    /// Nothing stored: a first visit.
    Fresh,
    /// Answers found: offer to continue or start again.
    Restored,
    /// An older version, converted.
    Migrated,
    /// Unreadable or from an unknown version: started afresh.
    Reset,
}

/// Reads the stored text (`None` when nothing is stored).
pub fn load_state(raw: Option<&str>) -> (SavedState, LoadNotice) {
    let Some(raw) = raw else { return (SavedState::default(), LoadNotice::Fresh) };
    let Ok(value) = serde_json::from_str::<Value>(raw) else { return (SavedState::default(), LoadNotice::Reset) };
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => match serde_json::from_value::<SavedState>(value) {
            Ok(s) if s.survivors.is_object() && s.niss.is_object() => (s, LoadNotice::Restored),
            _ => (SavedState::default(), LoadNotice::Reset),
        },
        // Version 0 (the first page's prototype) kept the survivors' answers at the top level.
        None if value.get("death_date").is_some() => {
            let s = SavedState { survivors: value, ..SavedState::default() };
            (s, LoadNotice::Migrated)
        }
        _ => (SavedState::default(), LoadNotice::Reset),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loading_never_fails() {
        assert_eq!(load_state(None).1, LoadNotice::Fresh);
        assert_eq!(load_state(Some("{not json")).1, LoadNotice::Reset);
        assert_eq!(load_state(Some("[]")).1, LoadNotice::Reset);
        assert_eq!(load_state(Some(r#"{"version": 99}"#)).1, LoadNotice::Reset);
        assert_eq!(load_state(Some(r#"{"version": 1, "survivors": 3}"#)).1, LoadNotice::Reset);
        let (s, n) = load_state(Some(r#"{"death_date": "2025-01-01"}"#));
        assert_eq!(n, LoadNotice::Migrated);
        assert_eq!(s.survivors["death_date"], "2025-01-01");
        let saved = serde_json::to_string(&s).unwrap();
        let (again, n) = load_state(Some(&saved));
        assert_eq!((again, n), (s, LoadNotice::Restored));
    }

    #[test]
    fn a_saved_number_reads_back_bit_for_bit() {
        // Found by fuzz/stored_state: without serde_json's float_roundtrip, a number of many
        // digits read back from its own saved form was one ulp off, so each save changed it.
        for raw in [
            r#"{"version": 1, "niss": {"x": 3333333333333333333333333333333333333333}}"#,
            r#"{"version": 1, "niss": {"x": 3.3330000000033332e+41}}"#,
        ] {
            let (s, n) = load_state(Some(raw));
            assert_eq!(n, LoadNotice::Restored);
            let (again, _) = load_state(Some(&serde_json::to_string(&s).unwrap()));
            assert_eq!(again, s);
        }
    }
}
