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

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputErrors {
    pub errors: Vec<InputError>,
}

impl InputErrors {
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
    pub fn push(&mut self, e: InputError) {
        self.errors.push(e);
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
