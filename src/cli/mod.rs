//! What the `amparo` binary prints, as plain functions so the tests can call them directly:
//! each returns the exit code and the JSON text for stdout.

use crate::error::{InputError, InputErrors};
use crate::rules::Rules;
use crate::survivors::{evaluate, parse_household};

pub const EXIT_OK: i32 = 0;
pub const EXIT_INPUT: i32 = 2;
pub const EXIT_FAULT: i32 = 1;

pub fn errors_json(e: &InputErrors) -> String {
    serde_json::to_string_pretty(e).unwrap_or_else(|_| "{\"errors\":[]}".to_string())
}

/// The errors JSON for an input that could not be read at all.
pub fn read_error(why: &str) -> String {
    errors_json(&InputErrors::single(InputError::new(
        "",
        "unreadable",
        format!("Não foi possível ler a entrada: {why}."),
        format!("The input could not be read: {why}."),
    )))
}

/// `amparo survivors`: household JSON → report JSON.
pub fn survivors(input: &str) -> (i32, String) {
    let rules = match Rules::bundled() {
        Ok(r) => r,
        Err(e) => return (EXIT_FAULT, format!("{{\"fault\": {}}}", serde_json::Value::String(e.to_string()))),
    };
    let household = match parse_household(input) {
        Ok(h) => h,
        Err(e) => return (EXIT_INPUT, errors_json(&e)),
    };
    match evaluate(&household, &rules) {
        Ok(report) => match serde_json::to_string_pretty(&report) {
            Ok(s) => (EXIT_OK, s),
            Err(e) => (EXIT_FAULT, format!("{{\"fault\": {}}}", serde_json::Value::String(e.to_string()))),
        },
        Err(e) => (EXIT_INPUT, errors_json(&e)),
    }
}
