//! The one error shape both tools and the CLI share: a field path that matches the JSON input
//! (and the UI's field ids), a stable code, and a message as data (its words are in
//! `locales/<lang>/errors.ftl`, ids `error-…`).

use crate::i18n::{Lang, render};
use crate::message::Msg;
use serde::ser::{Serialize, SerializeMap, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// Path into the input, e.g. `people[2].birth_date`; `""` for the document as a whole.
    pub field: String,
    pub code: String,
    /// What is wrong and how to fix it; shown with `i18n::render`.
    pub message: Msg,
}

impl InputError {
    pub fn new(field: impl Into<String>, code: &str, message: Msg) -> Self {
        InputError { field: field.into(), code: code.to_string(), message }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        render(lang, &self.message)
    }
}

/// `{field, code, message_pt, message_en}`, the CLI's contract since the first version, plus
/// `message` in the reader's language when serialized inside `message::with_text` (`--lang`).
impl Serialize for InputError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let chosen = crate::message::rendered(&self.message);
        let mut map = s.serialize_map(Some(4 + usize::from(chosen.is_some())))?;
        map.serialize_entry("field", &self.field)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("message_pt", &self.text(Lang::Pt))?;
        map.serialize_entry("message_en", &self.text(Lang::En))?;
        if let Some(t) = chosen {
            map.serialize_entry("message", &t)?;
        }
        map.end()
    }
}

/// At most this many errors are kept; one more says the list was cut short. A document of
/// thousands of unknown keys then costs a bounded answer, and a person is not shown a wall.
pub const MAX_ERRORS: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct InputErrors {
    pub errors: Vec<InputError>,
}

impl InputErrors {
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
    /// Adds an error; past [`MAX_ERRORS`] adds one `too_many_errors` (field `""`) and then
    /// ignores the rest.
    pub fn push(&mut self, e: InputError) {
        match self.errors.len() {
            n if n < MAX_ERRORS => self.errors.push(e),
            n if n == MAX_ERRORS => {
                self.errors.push(InputError::new("", "too_many_errors", crate::msg!("error-too_many_errors", max = MAX_ERRORS)))
            }
            _ => {}
        }
    }
    /// True once the list was cut short: callers may stop looking for more.
    pub fn is_full(&self) -> bool {
        self.errors.len() > MAX_ERRORS
    }
    /// Adds every error of `other`, within the same limit.
    pub fn extend(&mut self, other: InputErrors) {
        for e in other.errors {
            self.push(e);
        }
    }
    pub fn single(e: InputError) -> Self {
        InputErrors { errors: vec![e] }
    }
    /// `Ok(())` when nothing was collected, so callers can `?` after a validation pass.
    pub fn into_result(self) -> Result<(), InputErrors> {
        if self.errors.is_empty() { Ok(()) } else { Err(self) }
    }
    pub fn has_field(&self, field: &str) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }
}

impl std::fmt::Display for InputErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for e in &self.errors {
            writeln!(f, "{}: {} ({})", if e.field.is_empty() { "<input>" } else { &e.field }, e.text(Lang::En), e.code)?;
        }
        Ok(())
    }
}

impl std::error::Error for InputErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flood_of_errors_is_cut_short_with_one_notice() {
        let mut e = InputErrors::default();
        for i in 0..MAX_ERRORS {
            e.push(InputError::new(format!("k{i}"), "unknown_field", Msg::code("x")));
        }
        assert!(!e.is_full());
        assert_eq!(e.errors.len(), MAX_ERRORS);
        e.push(InputError::new("k", "unknown_field", Msg::code("x")));
        assert!(e.is_full());
        for _ in 0..1000 {
            e.push(InputError::new("k", "unknown_field", Msg::code("x")));
        }
        assert_eq!(e.errors.len(), MAX_ERRORS + 1);
        assert_eq!(e.errors.iter().filter(|x| x.code == "too_many_errors").count(), 1);
        assert_eq!(e.errors.last().map(|x| x.code.as_str()), Some("too_many_errors"));
    }
}
