//! The CLI's three commands as pure functions: each returns the exit code and the JSON to print.
//! `niss-advice`: 0 with the pack, 2 with `{"errors":[…]}` on bad input, 1 if the bundled
//! catalogue is broken. `check-niss` / `check-nif`: 0 whenever the check ran (valid or not),
//! 2 with `{"errors":[…]}` when the argument is unusable (empty or longer than 64 characters).

use super::answers::MAX_NUMBER_CHARS;
use super::{Catalogue, IdCheck, advise, check_nif, check_niss, parse_answers};
use crate::error::{InputError, InputErrors};

fn errors_json(errs: &InputErrors) -> String {
    serde_json::to_string_pretty(errs).unwrap_or_else(|_| String::from("{\"errors\":[]}"))
}

/// `amparo niss-advice [FILE]`: answers JSON in, pack JSON out.
pub fn niss_advice(input: &str) -> (i32, String) {
    let catalogue = match Catalogue::bundled() {
        Ok(c) => c,
        Err(e) => {
            let errs = InputErrors::single(InputError::new(
                "",
                "internal",
                format!("O catálogo interno está danificado: {e}"),
                format!("The built-in catalogue is broken: {e}"),
            ));
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
                errors_json(&InputErrors::single(InputError::new(
                    "",
                    "internal",
                    format!("Não foi possível escrever o resultado: {e}"),
                    format!("The result could not be written: {e}"),
                ))),
            ),
        },
        Err(errs) => (2, errors_json(&errs)),
    }
}

fn check_arg(arg: &str, check: fn(&str) -> IdCheck) -> (i32, String) {
    if arg.trim().is_empty() {
        return (
            2,
            errors_json(&InputErrors::single(InputError::new(
                "number",
                "required",
                "Indique o número a verificar.",
                "Give the number to check.",
            ))),
        );
    }
    if arg.chars().count() > MAX_NUMBER_CHARS {
        return (
            2,
            errors_json(&InputErrors::single(InputError::new(
                "number",
                "too_long",
                format!("O argumento tem mais de {MAX_NUMBER_CHARS} caracteres: não é um número mal escrito."),
                format!("The argument is longer than {MAX_NUMBER_CHARS} characters: it is not a mistyped number."),
            ))),
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
