//! The NIF and NISS checkers on any text a person can type (the CLI's argument, the form's
//! field). Beyond not panicking: a number found valid is valid again in its normalized form.
#![no_main]

use amparo::i18n::{Lang, render};
use amparo::niss::{check_nif, check_niss};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for check in [check_niss, check_nif] {
        let result = check(text);
        // Every verdict has words in every language (never its bare code).
        for lang in Lang::all() {
            let text = render(lang, &result.message);
            assert!(!text.is_empty() && text != result.message.code, "{:?} in {}", result.message, lang.code());
        }
        if result.valid {
            let normalized = result.normalized.as_deref().expect("a valid number has its digits");
            let again = check(normalized);
            assert!(again.valid, "{text:?} is valid but its digits {normalized:?} are not");
            assert_eq!(again.kind, result.kind);
        }
    }
});
