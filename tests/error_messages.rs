//! Input errors speak every language: every `error-…` message renders in every registered
//! language with its arguments filled in (none left as `{$name}`, none missing and shown as its
//! id), the NISS answers each have their name for messages, and an error serializes with its
//! `message_pt` / `message_en` always and its `message` only for a chosen language.

use amparo::error::InputError;
use amparo::i18n::{LOCALES, Lang, render};
use amparo::message::{Arg, Msg};
use amparo::money::MAX_INPUT;
use amparo::msg;

/// The ids of the error messages, from the Portuguese files (tests/messages.rs checks the other
/// languages have the same ones).
fn error_ids() -> Vec<String> {
    assert!(LOCALES.iter().any(|l| l.code == "pt"), "pt is registered");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales/pt");
    let files: Vec<String> = std::fs::read_dir(dir)
        .expect("pt folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    files
        .iter()
        .flat_map(|f| f.lines())
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
        .filter(|id| id.starts_with("error-") && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
        .map(str::to_string)
        .collect()
}

/// Every argument any error message takes, with a value of its kind.
fn all_arguments(code: &str) -> Msg {
    let date = time::Date::from_calendar_date(2025, time::Month::March, 14).expect("date");
    Msg::new(
        code.to_string(),
        vec![
            ("line", Arg::from(3usize)),
            ("column", Arg::from(7usize)),
            ("max", Arg::from(50usize)),
            ("mib", Arg::from(1usize)),
            ("years", Arg::from(130i32)),
            ("n", Arg::from(2usize)),
            ("why", Arg::from("permission denied")),
            ("given", Arg::from("xx")),
            ("known", Arg::from("pt, en, uk")),
            ("name", Arg::from("birthdate")),
            ("suggestion", Arg::from("birth_date")),
            ("options", Arg::from("yes, no")),
            ("examples", Arg::from("2350, 2350,75")),
            ("id", Arg::from("ana")),
            ("value", Arg::from("tourist")),
            ("date", Arg::from(date)),
            ("first", Arg::from(date)),
            ("today", Arg::from(date)),
            ("year", Arg::from(2027i32)),
            ("latest", Arg::from(2026i32)),
            ("person", Arg::from("Ana")),
            ("what", Arg::from(msg!("error-what-name"))),
            ("expected", Arg::from(msg!("error-expected-text"))),
            ("answer", Arg::from(Msg::code("error-answer-name"))),
        ],
    )
}

#[test]
fn every_error_message_renders_in_every_language() {
    let ids = error_ids();
    assert!(ids.len() > 50, "only {} error messages found", ids.len());
    let mut problems = Vec::new();
    for lang in Lang::all() {
        for id in &ids {
            let text = render(lang, &all_arguments(id));
            if text.trim().is_empty() || text.contains("error-") || text.contains("{$") || text.contains("{ $") {
                problems.push(format!("{}: {id}: {text:?}", lang.code()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_niss_answer_has_its_name_for_messages() {
    for f in amparo::niss::answer_fields::FIELDS {
        for lang in Lang::all() {
            let label = render(lang, &amparo::niss::answer_fields::answer_label(f.key));
            assert!(!label.is_empty() && !label.starts_with("error-"), "{}: no error-answer-{}", lang.code(), f.key);
        }
    }
}

#[test]
fn a_person_is_named_by_the_name_typed_or_their_place_never_by_the_internal_id() {
    let input = r#"{"death_date": "2025-03-14", "deceased": {}, "people": [
        {"id": "p1", "relation": "spouse", "birth_date": "2026-01-01"},
        {"id": "p2", "relation": "spouse", "name": "Ana", "birth_date": "2026-01-01"},
        {"id": "p3", "relation": "spouse", "birth_date": "2026-01-01"}]}"#;
    let errs = amparo::survivors::parse_household(input).expect_err("births after the death");
    let birth = |errs: &amparo::InputErrors, i: usize| {
        let field = format!("people[{i}].birth_date");
        errs.errors.iter().find(|e| e.field == field).unwrap_or_else(|| panic!("no error on {field}: {errs:?}")).clone()
    };
    assert_eq!(birth(&errs, 0).code, "after_death");
    assert_eq!(birth(&errs, 0).message.arg("person"), Some(&Arg::from(msg!("error-person-number", n = 1usize))));
    assert_eq!(birth(&errs, 0).text(Lang::Pt), "A data de nascimento de Pessoa 1 é posterior à morte.");
    assert_eq!(birth(&errs, 0).text(Lang::En), "Person 1's date of birth is after the death.");
    assert_eq!(birth(&errs, 1).message.arg("person"), Some(&Arg::from("Ana")));
    // A name refused (a control character in it) is not shown back: the place in the list is.
    let mut h = amparo::survivors::parse_household(&input.replace("2026-01-01", "1980-01-01")).expect("valid");
    for p in &mut h.people {
        p.birth_date = time::Date::from_calendar_date(2026, time::Month::January, 1).ok();
    }
    h.people[2].name = Some("Ana\u{7}".into());
    let typed = amparo::survivors::validate_household(&h).expect_err("births after the death");
    assert!(typed.has_field("people[2].name"));
    assert_eq!(birth(&typed, 2).message.arg("person"), Some(&Arg::from(msg!("error-person-number", n = 3usize))));
    for e in errs.errors.iter().chain(&typed.errors) {
        for lang in Lang::all() {
            let text = e.text(lang);
            assert!(!text.contains("p1") && !text.contains("p3"), "{text}");
        }
    }
}

#[test]
fn amounts_are_arguments_each_language_writes_its_way() {
    let e = amparo::limits::amount_too_large("funeral.amount");
    assert_eq!(e.message.arg("max"), Some(&Arg::Money(MAX_INPUT)));
    assert!(e.text(Lang::Pt).contains("10 000 000,00 €"), "{}", e.text(Lang::Pt));
    assert!(e.text(Lang::En).contains("€10,000,000.00"), "{}", e.text(Lang::En));
}

#[test]
fn an_error_serializes_both_languages_and_the_chosen_one_only_when_asked() {
    let e = InputError::new("people[0].name", "empty", msg!("error-empty"));
    let plain = serde_json::to_value(&e).expect("json");
    assert_eq!(
        plain,
        serde_json::json!({
            "field": "people[0].name",
            "code": "empty",
            "message_pt": "Este campo não pode ficar vazio.",
            "message_en": "This field cannot be empty.",
        })
    );
    let uk = Lang::from_code("uk").expect("uk");
    let errs = amparo::InputErrors::single(e.clone());
    let json: serde_json::Value = serde_json::from_str(&amparo::cli::errors_json_in(&errs, uk)).expect("json");
    assert_eq!(json["errors"][0]["message"], serde_json::json!(render(uk, &e.message)));
    assert_eq!(json["errors"][0]["message_pt"], plain["message_pt"]);
    let again = serde_json::to_value(&e).expect("json");
    assert!(again.get("message").is_none(), "no language is chosen outside errors_json_in");
}
