//! The one thing Amparo stores: this state, under one versioned localStorage key. Loading never
//! fails and never throws answers away silently: old versions are migrated; a state written by a
//! newer version is left as it is (the app works in memory and asks for a reload); one unreadable
//! field is dropped alone, with a notice; only text that is not a state at all is replaced.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const STORAGE_KEY: &str = "amparo.state";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    #[default]
    Survivors,
    Niss,
}

impl Tool {
    /// Its name in routes (`#/survivors`), answer files and the stored state.
    pub fn code(self) -> &'static str {
        match self {
            Tool::Survivors => "survivors",
            Tool::Niss => "niss",
        }
    }

    /// The tool a name stands for (`code`'s inverse).
    pub fn from_code(code: &str) -> Option<Tool> {
        [Tool::Survivors, Tool::Niss].into_iter().find(|t| t.code() == code)
    }
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
    /// Read, but some fields could not be and were left out (the rest is kept).
    Repaired,
    /// Written by a newer version of Amparo: kept in storage untouched; this page works in
    /// memory until it is reloaded (or updated).
    Newer,
    /// Not a saved state at all (not JSON, not an object): started afresh.
    Reset,
}

/// Reads the stored text (`None` when nothing is stored).
pub fn load_state(raw: Option<&str>) -> (SavedState, LoadNotice) {
    let Some(raw) = raw else { return (SavedState::default(), LoadNotice::Fresh) };
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(raw) else { return (SavedState::default(), LoadNotice::Reset) };
    match map.get("version") {
        Some(v) if v.as_u64() == Some(u64::from(VERSION)) => {
            let (state, dropped) = read_fields(&map);
            (state, if dropped.is_empty() { LoadNotice::Restored } else { LoadNotice::Repaired })
        }
        // A later version (a number above ours, or a shape we do not know): not ours to change.
        Some(v) if v.as_u64().is_none_or(|n| n > u64::from(VERSION)) => (SavedState::default(), LoadNotice::Newer),
        // Version 0 (the first page's prototype) kept the survivors' answers at the top level.
        None if map.contains_key("death_date") => {
            let mut s = SavedState { survivors: Value::Object(map), ..SavedState::default() };
            repair_survivors(&mut s.survivors, &mut Vec::new());
            (s, LoadNotice::Migrated)
        }
        _ => (SavedState::default(), LoadNotice::Reset),
    }
}

/// Reads each field on its own, so one unreadable field costs only itself. Returns the state
/// and the fields left out (`survivors.people[2]` for one person).
pub fn read_fields(map: &Map<String, Value>) -> (SavedState, Vec<String>) {
    let mut dropped = Vec::new();
    let mut field = |key: &str, ok: &dyn Fn(&Value) -> bool| -> Option<Value> {
        let v = map.get(key)?;
        if v.is_null() {
            return None;
        }
        if ok(v) {
            Some(v.clone())
        } else {
            dropped.push(key.to_string());
            None
        }
    };
    let lang = field("lang", &|v| v.as_str().is_some_and(|s| s.len() <= 8)).and_then(|v| v.as_str().map(str::to_string));
    let survivors = field("survivors", &Value::is_object).unwrap_or_else(empty_object);
    let niss = field("niss", &Value::is_object).unwrap_or_else(empty_object);
    let ticks = field("ticks", &|v| v.as_array().is_some_and(|a| a.iter().all(Value::is_string)))
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    let last_step = field("last_step", &|v| v.is_string()).and_then(|v| v.as_str().map(str::to_string));
    let mut state = SavedState { version: VERSION, lang, survivors, niss, ticks, last_step };
    repair_survivors(&mut state.survivors, &mut dropped);
    (state, dropped)
}

/// The survivors' form's groups must be groups and its people a list of people: a part that is
/// not is dropped on its own (the pages would otherwise write through it or lose it).
fn repair_survivors(form: &mut Value, dropped: &mut Vec<String>) {
    let Some(m) = form.as_object_mut() else { return };
    for key in ["deceased", "funeral"] {
        if m.get(key).is_some_and(|v| !v.is_object() && !v.is_null()) {
            m.remove(key);
            dropped.push(format!("survivors.{key}"));
        }
    }
    match m.get_mut("people") {
        Some(Value::Array(people)) => {
            let mut n = 0;
            people.retain(|p| {
                n += 1;
                if !p.is_object() {
                    dropped.push(format!("survivors.people[{}]", n - 1));
                }
                p.is_object()
            });
        }
        Some(Value::Null) | None => {}
        Some(_) => {
            m.remove("people");
            dropped.push("survivors.people".to_string());
        }
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
        assert_eq!(load_state(Some(r#""amparo""#)).1, LoadNotice::Reset);
        let (s, n) = load_state(Some(r#"{"death_date": "2025-01-01"}"#));
        assert_eq!(n, LoadNotice::Migrated);
        assert_eq!(s.survivors["death_date"], "2025-01-01");
        let saved = serde_json::to_string(&s).unwrap();
        let (again, n) = load_state(Some(&saved));
        assert_eq!((again, n), (s, LoadNotice::Restored));
    }

    #[test]
    fn a_newer_version_is_left_alone() {
        for raw in [r#"{"version": 2, "survivors": {"death_date": "2025-01-01"}}"#, r#"{"version": 99}"#, r#"{"version": "2.0"}"#] {
            let (s, n) = load_state(Some(raw));
            assert_eq!(n, LoadNotice::Newer, "{raw}");
            assert_eq!(s, SavedState::default());
        }
    }

    #[test]
    fn one_unreadable_field_drops_that_field_only() {
        let raw = r##"{"version": 1, "lang": "pt", "survivors": 3, "niss": {"name": "Ana"}, "ticks": ["a", 2], "last_step": "#/niss/name"}"##;
        let (s, n) = load_state(Some(raw));
        assert_eq!(n, LoadNotice::Repaired);
        assert_eq!(s.survivors, serde_json::json!({}));
        assert_eq!(s.niss["name"], "Ana");
        assert!(s.ticks.is_empty());
        assert_eq!(s.lang.as_deref(), Some("pt"));
        assert_eq!(s.last_step.as_deref(), Some("#/niss/name"));

        let map = serde_json::from_str(raw).unwrap();
        assert_eq!(read_fields(&map).1, ["survivors", "ticks"]);
        // Inside the survivors' form: a person that is not a person, a group that is not a group.
        let map = serde_json::from_str(
            r#"{"version": 1, "survivors": {"death_date": "2025-01-01", "deceased": [1], "people": [{"id": "p1"}, 7, {"id": "p2"}]}}"#,
        )
        .unwrap();
        let (s, dropped) = read_fields(&map);
        assert_eq!(dropped, ["survivors.deceased", "survivors.people[1]"]);
        assert_eq!(s.survivors, serde_json::json!({"death_date": "2025-01-01", "people": [{"id": "p1"}, {"id": "p2"}]}));
        // A whole, readable state is read as it was.
        let (again, n) = load_state(Some(&serde_json::to_string(&s).unwrap()));
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
