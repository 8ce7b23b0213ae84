//! The CLI's three commands as pure functions: each returns the exit code and the JSON to print.
//! `niss-advice`: 0 with the pack, 2 with `{"errors":[…]}` on bad input, 1 if the bundled
//! catalogue is broken. `check-niss` / `check-nif`: 0 whenever the check ran (valid or not),
//! 2 with `{"errors":[…]}` when the argument is unusable (empty or longer than 64 characters).
//!
//! Every message in the JSON keeps its `code` and `args` and adds its `text` in the language
//! asked for (`--lang`, Portuguese by default). Letters are sent in Portuguese: their `subject`
//! and `body` carry the Portuguese `text` and, as `translation`, the text in that language.

use super::answers::MAX_NUMBER_CHARS;
use super::pack::{DocumentPack, FilledLetter};
use super::{Catalogue, IdCheck, advise, check_nif, check_niss, parse_answers};
use crate::cli::errors_json_in;
pub use crate::cli::parse_lang;
use crate::error::{InputError, InputErrors};
use crate::msg;
use crate::i18n::{Lang, render, with_text_in};
use serde_json::Value;

/// A message value of the JSON with its Portuguese text and, as `translation`, its text in `lang`.
fn portuguese(v: &mut Value, m: &crate::message::Msg, lang: Lang) {
    if let Some(o) = v.as_object_mut() {
        o.insert("text".into(), Value::String(render(Lang::Pt, m)));
        o.insert("translation".into(), Value::String(render(lang, m)));
    }
}

fn letter_json(v: Option<&mut Value>, l: &FilledLetter, lang: Lang) {
    if let Some(v) = v {
        portuguese(&mut v["subject"], &l.subject, lang);
        portuguese(&mut v["body"], &l.body, lang);
    }
}

/// The pack as JSON with texts in `lang`, its letters in Portuguese with their translation.
pub fn pack_json(pack: &DocumentPack, lang: Lang) -> Result<String, serde_json::Error> {
    let mut v = with_text_in(lang, || serde_json::to_value(pack))?;
    for (i, l) in pack.letters.iter().enumerate() {
        letter_json(v["letters"].get_mut(i), l, lang);
    }
    for (i, e) in pack.escalations.iter().enumerate() {
        for (j, l) in e.cover_letters.iter().enumerate() {
            letter_json(v["escalations"][i]["cover_letters"].get_mut(j), l, lang);
        }
        letter_json(v["escalations"][i].get_mut("cover_letter"), &e.cover_letter, lang);
        if i == 0 {
            letter_json(v["escalation"].get_mut("cover_letter"), &e.cover_letter, lang);
        }
    }
    serde_json::to_string_pretty(&v)
}

/// `amparo niss-advice [FILE] [--lang pt|en|uk]`: answers JSON in, pack JSON out.
pub fn niss_advice(input: &str, lang: Lang) -> (i32, String) {
    let catalogue = match Catalogue::bundled() {
        Ok(c) => c,
        Err(e) => {
            let errs = InputErrors::single(InputError::new("", "internal", msg!("error-internal-catalogue", why = e.to_string())));
            return (1, errors_json_in(&errs, lang));
        }
    };
    let answers = match parse_answers(input) {
        Ok(a) => a,
        Err(errs) => return (2, errors_json_in(&errs, lang)),
    };
    match advise(&answers, &catalogue) {
        Ok(pack) => match pack_json(&pack, lang) {
            Ok(json) => (0, json),
            Err(e) => (
                1,
                errors_json_in(&InputErrors::single(InputError::new("", "internal", msg!("error-internal-write", why = e.to_string()))), lang),
            ),
        },
        Err(errs) => (2, errors_json_in(&errs, lang)),
    }
}

fn check_arg(arg: &str, lang: Lang, check: fn(&str) -> IdCheck) -> (i32, String) {
    if arg.trim().is_empty() {
        return (
            2,
            errors_json_in(&InputErrors::single(InputError::new("number", "required", msg!("error-required-number"))), lang),
        );
    }
    if arg.chars().count() > MAX_NUMBER_CHARS {
        return (
            2,
            errors_json_in(&InputErrors::single(InputError::new("number", "too_long", msg!("error-too_long-argument", max = MAX_NUMBER_CHARS))), lang),
        );
    }
    let result = check(arg);
    match with_text_in(lang, || serde_json::to_string_pretty(&result)) {
        Ok(json) => (0, json),
        Err(_) => (1, String::from("{\"errors\":[]}")),
    }
}

/// `amparo check-niss NUMBER [--lang …]`.
pub fn check_niss_arg(arg: &str, lang: Lang) -> (i32, String) {
    check_arg(arg, lang, check_niss)
}

/// `amparo check-nif NUMBER [--lang …]`.
pub fn check_nif_arg(arg: &str, lang: Lang) -> (i32, String) {
    check_arg(arg, lang, check_nif)
}
