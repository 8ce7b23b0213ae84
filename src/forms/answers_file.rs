//! "Save the answers to a file" and "open answers from a file": a caseworker or a funeral agency
//! continues on their own device with what the family answered. The file is made and read in
//! the browser (nothing leaves the device) and is a small versioned envelope:
//!
//! ```json
//! {"app": "amparo", "version": 1, "saved_on": "2026-12-03", "tool": "survivors", "answers": {…}}
//! ```
//!
//! A file is someone else's data: it is read exactly as the saved state is (the same field
//! checks as `state::read_fields`), but where loading the saved state drops an unreadable part
//! and keeps the rest, a file with any unreadable part is refused as a whole, with an error that
//! names the part. So opening a bad file changes nothing.

use super::state::{SavedState, Tool, read_fields};
use crate::error::{InputError, InputErrors};
use crate::limits::MAX_INPUT_BYTES;
use crate::msg;
use serde_json::{Map, Value, json};
use time::Date;

/// What the `app` field says: an answers file of Amparo, not some other JSON.
pub const APP: &str = "amparo";
/// The envelope's version. A later one is refused with "saved by a newer version".
pub const FILE_VERSION: u64 = 1;
/// The engine's limit on people (`survivors::input`): a file cannot hold more (tested below).
const MAX_PEOPLE: usize = 50;

/// A file read and checked: the answers of one tool, and the day it was saved.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswersFile {
    pub tool: Tool,
    pub saved_on: Date,
    pub answers: Value,
}

/// The file's name: `amparo-respostas-2026-12-03.json` (the same in every language, so a
/// caseworker finds it by one name).
pub fn file_name(saved_on: Date) -> String {
    format!("amparo-respostas-{}.json", crate::dates::iso(saved_on))
}

/// The file's text for one tool's answers in `state`.
pub fn to_file(state: &SavedState, tool: Tool, saved_on: Date) -> String {
    let answers = match tool {
        Tool::Survivors => &state.survivors,
        Tool::Niss => &state.niss,
    };
    let envelope = json!({
        "app": APP,
        "version": FILE_VERSION,
        "saved_on": crate::dates::iso(saved_on),
        "tool": tool.code(),
        "answers": answers,
    });
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

fn error(field: &str, code: &str, message: crate::message::Msg) -> InputErrors {
    InputErrors::single(InputError::new(field, code, message))
}

/// Reads a file's text. Never panics; every refusal says what is wrong and where (`field` is the
/// path inside the file: `answers.people[1]`).
pub fn read_file(text: &str) -> Result<AnswersFile, InputErrors> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large());
    }
    let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else {
        return Err(error("", "not_json", msg!("file-error-not_json")));
    };
    if map.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(error("app", "not_amparo", msg!("file-error-not_amparo")));
    }
    match map.get("version").map(Value::as_u64) {
        Some(Some(FILE_VERSION)) => {}
        Some(Some(n)) if n > FILE_VERSION => return Err(error("version", "newer", msg!("file-error-newer"))),
        _ => return Err(error("version", "invalid", msg!("file-error-version"))),
    }
    let Some(tool) = map.get("tool").and_then(Value::as_str).and_then(Tool::from_code) else {
        return Err(error("tool", "invalid_choice", msg!("file-error-tool")));
    };
    let Some(saved_on) = map.get("saved_on").and_then(Value::as_str).and_then(crate::dates::parse_iso) else {
        return Err(error("saved_on", "invalid_date", msg!("file-error-saved_on")));
    };
    let Some(answers) = map.get("answers").filter(|a| a.is_object()) else {
        return Err(error("answers", "invalid_type", msg!("file-error-answers")));
    };
    // The same checks as the saved state's, field by field: any part they would drop is an error.
    let key = tool.code();
    let mut as_state = Map::new();
    as_state.insert("version".into(), json!(1));
    as_state.insert(key.into(), answers.clone());
    let (state, dropped) = read_fields(&as_state);
    if !dropped.is_empty() {
        let mut errors = InputErrors::default();
        for d in dropped {
            let field = d.replacen(&format!("{key}."), "answers.", 1).replacen(key, "answers", 1);
            errors.push(InputError::new(field.clone(), "unreadable", msg!("file-error-part", part = field)));
        }
        return Err(errors);
    }
    let answers = match tool {
        Tool::Survivors => state.survivors,
        Tool::Niss => state.niss,
    };
    if answers.get("people").and_then(Value::as_array).is_some_and(|p| p.len() > MAX_PEOPLE) {
        return Err(error("answers.people", "too_many", msg!("error-too_many-people", max = MAX_PEOPLE)));
    }
    Ok(AnswersFile { tool, saved_on, answers })
}

/// A file over the size any answers take (checked before reading it, too).
pub fn too_large() -> InputErrors {
    error("", "too_large", msg!("file-error-too_large", kib = MAX_INPUT_BYTES / 1024))
}

/// The state with the file's answers in place of that tool's (the other tool's answers, the
/// language and the NISS ticks stay; the last step is forgotten: it may not be a page now).
pub fn open_into(state: &SavedState, file: &AnswersFile) -> SavedState {
    let mut next = state.clone();
    match file.tool {
        Tool::Survivors => next.survivors = file.answers.clone(),
        Tool::Niss => {
            next.niss = file.answers.clone();
            next.ticks.clear();
        }
    }
    next.last_step = None;
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use time::macros::date;

    fn codes(r: Result<AnswersFile, InputErrors>) -> Vec<(String, String)> {
        r.unwrap_err().errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    fn one(field: &str, code: &str) -> Vec<(String, String)> {
        vec![(field.to_string(), code.to_string())]
    }

    #[test]
    fn a_saved_file_reads_back_to_the_same_answers() {
        let state = SavedState {
            survivors: json!({"death_date": "2025-03-14", "people": [{"id": "p1", "relation": "spouse", "name": "Ana"}], "funeral": {"paid_by": "p1"}}),
            niss: json!({"name": "Olena"}),
            ..SavedState::default()
        };
        let text = to_file(&state, Tool::Survivors, date!(2026 - 12 - 03));
        let file = read_file(&text).unwrap();
        assert_eq!(file, AnswersFile { tool: Tool::Survivors, saved_on: date!(2026 - 12 - 03), answers: state.survivors.clone() });
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!((v["app"].as_str(), v["version"].as_u64(), v["saved_on"].as_str()), (Some("amparo"), Some(1), Some("2026-12-03")));
        assert_eq!(file_name(date!(2026 - 12 - 03)), "amparo-respostas-2026-12-03.json");

        let niss = read_file(&to_file(&state, Tool::Niss, date!(2026 - 01 - 31))).unwrap();
        assert_eq!((niss.tool, niss.answers), (Tool::Niss, json!({"name": "Olena"})));
    }

    #[test]
    fn opening_replaces_only_that_tools_answers() {
        let state = SavedState {
            lang: Some("en".into()),
            survivors: json!({"death_date": "2025-03-14"}),
            niss: json!({"name": "Olena"}),
            ticks: vec!["passport".into()],
            last_step: Some("#/niss/name".into()),
            ..SavedState::default()
        };
        let file = AnswersFile { tool: Tool::Survivors, saved_on: date!(2026 - 12 - 03), answers: json!({"death_date": "2024-01-02"}) };
        let next = open_into(&state, &file);
        assert_eq!(next.survivors, json!({"death_date": "2024-01-02"}));
        assert_eq!((next.niss, next.ticks, next.lang), (state.niss.clone(), state.ticks.clone(), state.lang.clone()));
        assert_eq!(next.last_step, None);
        let file = AnswersFile { tool: Tool::Niss, saved_on: date!(2026 - 12 - 03), answers: json!({"name": "Ivan"}) };
        let next = open_into(&state, &file);
        assert_eq!((next.niss, next.ticks.len(), next.survivors), (json!({"name": "Ivan"}), 0, state.survivors));
    }

    #[test]
    fn what_is_not_an_answers_file_is_refused_with_its_field() {
        let ok = |f: &dyn Fn(&mut Value)| {
            let mut v = json!({"app": "amparo", "version": 1, "saved_on": "2026-12-03", "tool": "survivors", "answers": {}});
            f(&mut v);
            read_file(&v.to_string())
        };
        assert!(ok(&|_| {}).is_ok());
        assert_eq!(codes(read_file("")), one("", "not_json"));
        assert_eq!(codes(read_file("{not json")), one("", "not_json"));
        assert_eq!(codes(read_file("[1, 2]")), one("", "not_json"));
        assert_eq!(codes(read_file(r#"{"version": 1, "survivors": {}}"#)), one("app", "not_amparo"));
        assert_eq!(codes(ok(&|v| v["app"] = json!("other"))), one("app", "not_amparo"));
        assert_eq!(codes(ok(&|v| v["version"] = json!(2))), one("version", "newer"));
        assert_eq!(codes(ok(&|v| v["version"] = json!("1"))), one("version", "invalid"));
        assert_eq!(codes(ok(&|v| v["tool"] = json!("pension"))), one("tool", "invalid_choice"));
        assert_eq!(codes(ok(&|v| v["saved_on"] = json!("2026-02-30"))), one("saved_on", "invalid_date"));
        assert_eq!(codes(ok(&|v| v["answers"] = json!([1]))), one("answers", "invalid_type"));
        assert_eq!(codes(ok(&|v| { v.as_object_mut().unwrap().remove("answers"); })), one("answers", "invalid_type"));
        // A byte-order mark (some editors add one) is not an error.
        let text = format!("\u{feff}{}", to_file(&SavedState::default(), Tool::Niss, date!(2026 - 12 - 03)));
        assert!(read_file(&text).is_ok());
    }

    #[test]
    fn a_part_the_saved_state_would_drop_refuses_the_file_and_names_the_part() {
        let file = |answers: Value| {
            json!({"app": "amparo", "version": 1, "saved_on": "2026-12-03", "tool": "survivors", "answers": answers}).to_string()
        };
        let r = read_file(&file(json!({"death_date": "2025-01-01", "people": [{"id": "p1"}, 7], "deceased": [1]})));
        assert_eq!(codes(r), vec![("answers.deceased".into(), "unreadable".into()), ("answers.people[1]".into(), "unreadable".into())]);
        let r = read_file(&file(json!({"people": "Ana"})));
        assert_eq!(codes(r), one("answers.people", "unreadable"));
        let e = read_file(&file(json!({"funeral": 3}))).unwrap_err();
        assert_eq!(e.errors[0].message, msg!("file-error-part", part = "answers.funeral"));
    }

    #[test]
    fn a_file_holds_no_more_people_than_the_engine_takes() {
        let household = |n: usize| {
            let people: Vec<Value> = (0..n).map(|i| json!({"id": format!("p{i}"), "relation": "child"})).collect();
            json!({"death_date": "2025-01-01", "people": people})
        };
        let file = |n: usize| json!({"app": "amparo", "version": 1, "saved_on": "2026-12-03", "tool": "survivors", "answers": household(n)});
        assert!(read_file(&file(MAX_PEOPLE).to_string()).is_ok());
        assert_eq!(codes(read_file(&file(MAX_PEOPLE + 1).to_string())), one("answers.people", "too_many"));
        // The same limit as the engine's.
        let too_many = |n: usize| {
            crate::survivors::parse_household(&household(n).to_string()).is_err_and(|e| e.errors.iter().any(|x| x.code == "too_many"))
        };
        assert!(!too_many(MAX_PEOPLE) && too_many(MAX_PEOPLE + 1));
    }

    #[test]
    fn a_huge_file_is_refused_before_it_is_parsed() {
        let big = format!(r#"{{"app": "amparo", "pad": "{}"}}"#, "x".repeat(MAX_INPUT_BYTES));
        assert_eq!(codes(read_file(&big)), one("", "too_large"));
        // Deeply nested JSON: refused (serde_json's depth limit), never a stack overflow.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(codes(read_file(&deep)), one("", "not_json"));
    }
}
