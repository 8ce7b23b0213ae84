//! What the `amparo` binary prints, as plain functions so the tests can call them directly:
//! each returns the exit code and the JSON text for stdout.

use crate::error::{InputError, InputErrors};
use crate::i18n::Lang;
use crate::limits::MAX_INPUT_BYTES;
use crate::msg;
use crate::rules::Rules;
use std::io::Read;
use crate::survivors::{evaluate, evaluate_on, parse_household};

pub const EXIT_OK: i32 = 0;
pub const EXIT_INPUT: i32 = 2;
pub const EXIT_FAULT: i32 = 1;

/// `{"errors": [{field, code, message_pt, message_en}, …]}`.
pub fn errors_json(e: &InputErrors) -> String {
    serde_json::to_string_pretty(e).unwrap_or_else(|_| "{\"errors\":[]}".to_string())
}

/// The same, each error also carrying `message` in `lang` (for `--lang`).
pub fn errors_json_in(e: &InputErrors, lang: Lang) -> String {
    crate::i18n::with_text_in(lang, || errors_json(e))
}

/// The language of `--lang` (Portuguese when absent), or the exit code and errors JSON for a
/// language that is not registered or an empty one (a field error on `lang` listing the
/// registered codes; its `message` in Portuguese, the default).
pub fn parse_lang(code: Option<&str>) -> Result<crate::i18n::Lang, (i32, String)> {
    use crate::i18n::Lang;
    let Some(code) = code else {
        return Ok(Lang::Pt);
    };
    let known = Lang::all().map(Lang::code).collect::<Vec<_>>().join(", ");
    if code.is_empty() {
        let e = InputError::new("lang", "missing_value", crate::msg!("error-missing_language", known = known));
        return Err((EXIT_INPUT, errors_json_in(&InputErrors::single(e), Lang::Pt)));
    }
    Lang::from_code(code).ok_or_else(|| {
        let e = InputError::new("lang", "unknown_language", crate::msg!("error-unknown_language", given = code.to_string(), known = known));
        (EXIT_INPUT, errors_json_in(&InputErrors::single(e), Lang::Pt))
    })
}

/// The errors JSON for an input that could not be read at all.
pub fn read_error(why: &str) -> String {
    errors_json(&InputErrors::single(InputError::new("", "unreadable", msg!("error-unreadable", why = why.to_string()))))
}

/// Reads a whole input (a file or stdin), at most [`MAX_INPUT_BYTES`]: more is refused
/// (`too_large`) without reading on, and text that is not UTF-8 is refused (`not_utf8`). The
/// error is the errors JSON to print.
pub fn read_limited(reader: impl Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_INPUT_BYTES).unwrap_or(u64::MAX).saturating_add(1);
    if let Err(e) = reader.take(limit).read_to_end(&mut bytes) {
        return Err(read_error(&e.to_string()));
    }
    if bytes.len() > MAX_INPUT_BYTES {
        let mib = MAX_INPUT_BYTES / (1024 * 1024);
        return Err(errors_json(&InputErrors::single(InputError::new("", "too_large", msg!("error-too_large-input", mib = mib)))));
    }
    String::from_utf8(bytes).map_err(|_| {
        errors_json(&InputErrors::single(InputError::new("", "not_utf8", msg!("error-not_utf8-input"))))
    })
}

/// The errors JSON for a command-line argument that is not valid text (not UTF-8); `field` is
/// the argument's name (`number`, `file`).
pub fn argument_not_utf8(field: &str) -> String {
    errors_json(&InputErrors::single(InputError::new(field, "not_utf8", msg!("error-not_utf8-argument"))))
}

/// The value of `--today`: a strict ISO date, or the exit code and errors JSON (field `today`,
/// code `invalid_date`), its `message` in `lang`.
pub fn parse_today(value: &str, lang: Lang) -> Result<time::Date, (i32, String)> {
    crate::dates::parse_iso(value).ok_or_else(|| {
        let e = InputError::new("today", "invalid_date", msg!("error-invalid_date"));
        (EXIT_INPUT, errors_json_in(&InputErrors::single(e), lang))
    })
}

/// What `amparo survivors` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurvivorsOutput {
    /// The report JSON.
    Report,
    /// The iCalendar file of the report's dated events (`--ics`).
    Calendar,
}

/// `amparo survivors` without a day: household JSON → report JSON, no deadline compared with
/// today. Every message keeps its code and arguments and carries its `text` in `lang`.
pub fn survivors(input: &str, lang: Lang) -> (i32, String) {
    survivors_run(input, lang, None, SurvivorsOutput::Report)
}

/// `amparo survivors --today DATE [--ics]`: the report on `today` (deadlines open or passed, the
/// plan), or its calendar. The binary passes the system date when `--today` is not given.
pub fn survivors_on(input: &str, lang: Lang, today: time::Date, output: SurvivorsOutput) -> (i32, String) {
    survivors_run(input, lang, Some(today), output)
}

fn fault(e: impl std::fmt::Display) -> (i32, String) {
    (EXIT_FAULT, format!("{{\"fault\": {}}}", serde_json::Value::String(e.to_string())))
}

fn survivors_run(input: &str, lang: Lang, today: Option<time::Date>, output: SurvivorsOutput) -> (i32, String) {
    let rules = match Rules::bundled() {
        Ok(r) => r,
        Err(e) => return fault(e),
    };
    let household = match parse_household(input) {
        Ok(h) => h,
        Err(e) => return (EXIT_INPUT, errors_json_in(&e, lang)),
    };
    let report = match today {
        Some(today) => evaluate_on(&household, &rules, today),
        None => evaluate(&household, &rules),
    };
    match (report, output) {
        (Ok(report), SurvivorsOutput::Report) => match crate::i18n::with_text_in(lang, || serde_json::to_string_pretty(&report)) {
            Ok(s) => (EXIT_OK, s),
            Err(e) => fault(e),
        },
        (Ok(report), SurvivorsOutput::Calendar) => match crate::calendar::survivors_ics(&report, &household, lang) {
            Some(ics) => (EXIT_OK, ics),
            None => fault("a calendar needs the report's today"),
        },
        (Err(e), _) => (EXIT_INPUT, errors_json_in(&e, lang)),
    }
}

/// `amparo questions [survivors|niss]`: the declared questions (`forms::questions`) as JSON,
/// for the browser tests and anyone adding a question; both tools without an argument.
/// `None` for a tool that does not exist (the binary prints its usage).
pub fn questions(tool: Option<&str>) -> Option<(i32, String)> {
    use crate::forms::questions::{NISS, SURVIVORS};
    let value = match tool {
        None => serde_json::json!({"survivors": SURVIVORS.to_json(), "niss": NISS.to_json()}),
        Some("survivors") => SURVIVORS.to_json(),
        Some("niss") => NISS.to_json(),
        Some(_) => return None,
    };
    Some(match serde_json::to_string_pretty(&value) {
        Ok(s) => (EXIT_OK, s),
        Err(e) => (EXIT_FAULT, format!("{{\"fault\": {}}}", serde_json::Value::String(e.to_string()))),
    })
}
