//! The one error shape both tools and the CLI share: a field path that matches the JSON input
//! (and the UI's field ids), a stable code, and a message in each language.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// Path into the input, e.g. `people[2].birth_date`; `""` for the document as a whole.
    pub field: String,
    pub code: String,
    pub message_pt: String,
    pub message_en: String,
}

impl InputError {
    pub fn new(field: impl Into<String>, code: &str, pt: impl Into<String>, en: impl Into<String>) -> Self {
        InputError { field: field.into(), code: code.to_string(), message_pt: pt.into(), message_en: en.into() }
    }
}

/// At most this many errors are kept; one more says the list was cut short. A document of
/// thousands of unknown keys then costs a bounded answer, and a person is not shown a wall.
pub const MAX_ERRORS: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
            n if n == MAX_ERRORS => self.errors.push(InputError::new(
                "",
                "too_many_errors",
                format!("Há demasiados erros: mostram-se só os primeiros {MAX_ERRORS}. Corrija-os e verifique de novo."),
                format!("There are too many errors: only the first {MAX_ERRORS} are shown. Correct them and check again."),
            )),
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
            writeln!(f, "{}: {} ({})", if e.field.is_empty() { "<input>" } else { &e.field }, e.message_en, e.code)?;
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
            e.push(InputError::new(format!("k{i}"), "unknown_field", "pt", "en"));
        }
        assert!(!e.is_full());
        assert_eq!(e.errors.len(), MAX_ERRORS);
        e.push(InputError::new("k", "unknown_field", "pt", "en"));
        assert!(e.is_full());
        for _ in 0..1000 {
            e.push(InputError::new("k", "unknown_field", "pt", "en"));
        }
        assert_eq!(e.errors.len(), MAX_ERRORS + 1);
        assert_eq!(e.errors.iter().filter(|x| x.code == "too_many_errors").count(), 1);
        assert_eq!(e.errors.last().map(|x| x.code.as_str()), Some("too_many_errors"));
    }
}
