//! The CLI's three commands as pure functions: each returns the exit code and the JSON to print.
//! `niss-advice`: 0 with the pack, 2 with `{"errors":[…]}` on bad input, 1 if the bundled
//! catalogue is broken. `check-niss` / `check-nif`: 0 whenever the check ran (valid or not),
//! 2 with `{"errors":[…]}` when the argument is unusable (empty or longer than 64 characters).

use super::answers::MAX_NUMBER_CHARS;
use super::{Catalogue, IdCheck, advise, check_nif, check_niss, parse_answers};
use crate::cli::errors_json;
use crate::error::{InputError, InputErrors};
use crate::msg;

/// `amparo niss-advice [FILE]`: answers JSON in, pack JSON out.
pub fn niss_advice(input: &str) -> (i32, String) {
    let catalogue = match Catalogue::bundled() {
        Ok(c) => c,
        Err(e) => {
            let errs = InputErrors::single(InputError::new("", "internal", msg!("error-internal-catalogue", why = e.to_string())));
            return (1, errors_json(&errs));
        }
    };
    let answers = match parse_answers(input) {
        Ok(a) => a,
        Err(errs) => return (2, errors_json(&errs)),
    };
    match advise(&answers, &catalogue) {
        Ok(pack) => match serde_json::to_string_pretty(&pack) {
            Ok(json) => (0, json),
            Err(e) => (
                1,
                errors_json(&InputErrors::single(InputError::new("", "internal", msg!("error-internal-write", why = e.to_string())))),
            ),
        },
        Err(errs) => (2, errors_json(&errs)),
    }
}

fn check_arg(arg: &str, check: fn(&str) -> IdCheck) -> (i32, String) {
    if arg.trim().is_empty() {
        return (
            2,
            errors_json(&InputErrors::single(InputError::new("number", "required", msg!("error-required-number")))),
        );
    }
    if arg.chars().count() > MAX_NUMBER_CHARS {
        return (
            2,
            errors_json(&InputErrors::single(InputError::new("number", "too_long", msg!("error-too_long-argument", max = MAX_NUMBER_CHARS)))),
        );
    }
    let result = check(arg);
    match serde_json::to_string_pretty(&result) {
        Ok(json) => (0, json),
        Err(_) => (1, String::from("{\"errors\":[]}")),
    }
}

/// `amparo check-niss NUMBER`.
pub fn check_niss_arg(arg: &str) -> (i32, String) {
    check_arg(arg, check_niss)
}

/// `amparo check-nif NUMBER`.
pub fn check_nif_arg(arg: &str) -> (i32, String) {
    check_arg(arg, check_nif)
}
