//! The limits both tools hold every answer to, with their field errors: how long a name or an
//! identifier may be, the invisible characters refused in them, how large an amount may be, and
//! how much text the CLI reads. None is a legal value: each only catches a slip or an abuse.

use crate::error::InputError;
use crate::message::Msg;
use crate::money::MAX_INPUT;
use crate::msg;

/// A person's identifier in the survivors' household (`people[].id`, `funeral.paid_by`).
pub const MAX_ID_CHARS: usize = 64;
/// A name, in both tools (the NISS advisor's `name` has the same limit).
pub const MAX_NAME_CHARS: usize = 200;
/// The most the CLI reads from a file or stdin: 1 MiB. A household of the 50 people allowed, with
/// every answer, is under 50 KB; the NISS answers are under 2 KB.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// Characters that change the direction of the text around them without being seen: the
/// embeddings and overrides (U+202A–U+202E), the isolates (U+2066–U+2069), the left-to-right and
/// right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C). In a name they can
/// make "Ana" display as another text than the one stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The problem with a typed text, if any: longer than `max` characters, a direction-changing
/// character, or a control character (a line break, a tab). `what` names the answer at the
/// start of a sentence (`error-what-name`: "O nome", "The name").
pub fn text_error(field: &str, s: &str, max: usize, what: Msg) -> Option<InputError> {
    if s.chars().count() > max {
        return Some(InputError::new(field, "too_long", msg!("error-too_long", what = what, max = max)));
    }
    if s.chars().any(is_bidi_control) {
        return Some(bidi_error(field, what));
    }
    if s.chars().any(char::is_control) {
        return Some(InputError::new(field, "invalid_characters", msg!("error-invalid_characters-control", what = what)));
    }
    None
}

/// [`text_error`] with the field path and the subject made only when there is an error.
pub fn text_error_lazy(field: impl FnOnce() -> String, s: &str, max: usize, what: impl FnOnce() -> Msg) -> Option<InputError> {
    let fine = s.len() <= max && !s.chars().any(|c| is_bidi_control(c) || c.is_control());
    if fine { None } else { text_error(&field(), s, max, what()) }
}

/// A direction-changing character in a text (`invalid_characters`).
pub fn bidi_error(field: &str, what: Msg) -> InputError {
    InputError::new(field, "invalid_characters", msg!("error-invalid_characters-bidi", what = what))
}

/// An amount above [`MAX_INPUT`] (`too_large`).
pub fn amount_too_large(field: &str) -> InputError {
    InputError::new(field, "too_large", msg!("error-too_large-amount", max = MAX_INPUT))
}

/// A negative amount (`negative`).
pub fn amount_negative(field: &str) -> InputError {
    InputError::new(field, "negative", msg!("error-negative"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name() -> Msg {
        msg!("error-what-name")
    }

    #[test]
    fn direction_controls_are_exactly_the_listed_ones() {
        for c in ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}'] {
            assert!(is_bidi_control(c), "{c:?}");
        }
        for c in ['\u{2029}', '\u{202F}', '\u{2065}', '\u{206A}', '\u{200D}', '\u{061B}', 'a', 'ã', 'ש'] {
            assert!(!is_bidi_control(c), "{c:?}");
        }
    }

    #[test]
    fn text_errors_on_both_sides_of_each_limit() {
        let ok = "a".repeat(MAX_NAME_CHARS);
        assert_eq!(text_error("name", &ok, MAX_NAME_CHARS, name()), None);
        let long = "ã".repeat(MAX_NAME_CHARS + 1);
        assert_eq!(text_error("name", &long, MAX_NAME_CHARS, name()).map(|e| e.code), Some("too_long".into()));
        assert_eq!(text_error("name", "Ana\u{202E}", 10, name()).map(|e| e.code), Some("invalid_characters".into()));
        assert_eq!(text_error("name", "Ana\nSilva", 10, name()).map(|e| e.code), Some("invalid_characters".into()));
        // Hebrew and Arabic letters themselves are fine: only the invisible controls are refused.
        assert_eq!(text_error("name", "שרה ليلى", 20, name()), None);
    }
}
