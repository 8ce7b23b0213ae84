//! Bad input gets field-level errors in both languages; the CLI's exit codes and JSON shapes.

use amparo::i18n::Lang;
use amparo::survivors::parse_household;
use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::process::{Command, Stdio};

fn errors(json: &str) -> Vec<(String, String)> {
    match parse_household(json) {
        Ok(_) => vec![],
        Err(e) => {
            for x in &e.errors {
                assert!(!x.text(Lang::Pt).is_empty() && !x.text(Lang::En).is_empty(), "{x:?}");
                assert_ne!(x.text(Lang::Pt), x.text(Lang::En), "{x:?}");
            }
            e.errors.into_iter().map(|x| (x.field, x.code)).collect()
        }
    }
}

fn has(json: &str, field: &str, code: &str) -> bool {
    let e = errors(json);
    let ok = e.iter().any(|(f, c)| f == field && c == code);
    if !ok {
        eprintln!("got {e:?}");
    }
    ok
}

#[test]
fn every_kind_of_bad_input_names_its_field() {
    assert!(has("{", "", "invalid_json"));
    assert!(has("[]", "", "invalid_type"));
    assert!(has(r#"{"deceased":{}}"#, "death_date", "required"));
    assert!(has(r#"{"death_date":"2025-02-30","deceased":{}}"#, "death_date", "invalid_date"));
    assert!(has(r#"{"death_date":"2025-01-01"}"#, "deceased", "required"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"scheme":"private"}}"#, "deceased.scheme", "invalid_choice"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"contribution_months":-3}}"#, "deceased.contribution_months", "invalid_number"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"contribution_months":12.5}}"#, "deceased.contribution_months", "invalid_number"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"reference_pension":"-1"}}"#, "deceased.reference_pension", "negative"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"reference_pension":"9.999"}}"#, "deceased.reference_pension", "too_many_decimals"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"resident":"yes"}}"#, "deceased.resident", "invalid_type"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{"pension":1}}"#, "deceased.pension", "unknown_field"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":{}}"#, "people", "invalid_type"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"relation":"spouse"}]}"#, "people[0].id", "required"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"cousin"}]}"#, "people[0].relation", "invalid_choice"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"spouse","birthdate":"1970-01-01"}]}"#, "people[0].birthdate", "unknown_field"));
    assert!(has(
        r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"spouse"},{"id":"a","relation":"child"}]}"#,
        "people[1].id",
        "duplicate_id"
    ));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"spouse","marriage_date":"2026-01-01"}]}"#, "people[0].marriage_date", "after_death"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"parent","birth_date":"2026-01-01"}]}"#, "people[0].birth_date", "after_death"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"child","household_size":0}]}"#, "people[0].household_size", "invalid_number"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"funeral":{"paid_by":"zé","amount":"10"}}"#, "funeral.paid_by", "unknown_person"));
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"claim_date":"2024-12-31"}"#, "claim_date", "before_death"));
    // Separation belongs to a spouse, the lack-of-means answer to a spouse or ex-spouse.
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"partner","judicially_separated":true}]}"#, "people[0].judicially_separated", "invalid_value"));
    assert!(errors(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"spouse","judicially_separated":true}]}"#).is_empty());
    assert!(has(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"child","no_alimony_deceased_lacked_means":true}]}"#, "people[0].no_alimony_deceased_lacked_means", "invalid_value"));
    assert!(errors(r#"{"death_date":"2025-01-01","deceased":{},"people":[{"id":"a","relation":"ex_spouse","alimony_monthly":0,"no_alimony_deceased_lacked_means":true,"lived_with_deceased":false}]}"#).is_empty());
}

#[test]
fn all_errors_are_reported_at_once() {
    let e = errors(r#"{"death_date":"x","deceased":{"scheme":"?","resident":3},"people":[{"id":"a","relation":"?"}]}"#);
    assert_eq!(e.len(), 4, "{e:?}");
}

#[test]
fn people_type_amounts_with_a_comma_and_numbers_as_json_numbers() {
    let h = parse_household(r#"{"death_date":"2025-01-01","deceased":{"reference_pension":"1 234,50","contribution_months":"40"}}"#).unwrap();
    assert_eq!(h.deceased.reference_pension.unwrap().to_string(), "1234.50");
    let h = parse_household(r#"{"death_date":"2025-01-01","deceased":{"reference_pension":900.5,"contribution_months":40}}"#).unwrap();
    assert_eq!(h.deceased.reference_pension.unwrap().to_string(), "900.50");
}

fn run(args: &[&str], stdin: Option<&str>) -> (i32, serde_json::Value) {
    run_os(&args.iter().map(OsString::from).collect::<Vec<_>>(), stdin.map(str::as_bytes))
}

/// Runs the CLI with any arguments and stdin bytes. The CLI may stop reading early (a too-large
/// input), so the writer ignores a closed pipe.
fn run_os(args: &[OsString], stdin: Option<&[u8]>) -> (i32, serde_json::Value) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amparo"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run amparo");
    let writer = child.stdin.take().map(|mut pipe| {
        let bytes = stdin.map(<[u8]>::to_vec).unwrap_or_default();
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let out = child.wait_with_output().unwrap();
    if let Some(w) = writer {
        w.join().unwrap();
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), json)
}

#[test]
fn cli_answers_the_readme_example() {
    let (code, json) = run(&["survivors", "tests/cases/readme_example.input.json"], None);
    assert_eq!(code, 0);
    assert_eq!(json["rules_date"], "2025-03-14");
    assert_eq!(json["benefits"][0]["benefit"], "survivors_pension");
    assert_eq!(json["benefits"][0]["awards"][0]["amount"], "540.00");
    assert_eq!(json["benefits"][1]["awards"][0]["amount"], "783.75");
    assert_eq!(json["parameters"]["ias"]["value"], "522.50");
    assert_eq!(json["parameters"]["ias"]["effective"], "2025-01-01");
    assert!(json["parameters"]["ias"]["reference"]["title"].is_string());
    for b in json["benefits"].as_array().unwrap() {
        for key in ["benefit", "status", "awards", "reasons", "missing", "form", "claim_deadline", "confidence"] {
            assert!(b.get(key).is_some(), "{key} missing in {}", b["benefit"]);
        }
    }
}

#[test]
fn cli_messages_keep_their_codes_and_carry_text_in_the_chosen_language() {
    let file = "tests/cases/readme_example.input.json";
    let (code, pt) = run(&["survivors", file], None);
    assert_eq!(code, 0);
    let headline = &pt["benefits"][0]["headline"];
    assert_eq!(headline["code"], "surv-survivors_pension-headline-eligible");
    assert_eq!((headline["args"]["total"].as_str(), headline["args"]["people"].as_i64()), (Some("810.00"), Some(3)));
    assert_eq!(headline["text"], "Tem provavelmente direito: 810,00 € por mês no total, para 3 pessoas.");
    let reason = &pt["benefits"][0]["reasons"][0];
    assert!(reason["code"].is_string() && reason["message"]["code"].is_string() && reason["message"]["text"].is_string());
    assert!(pt["benefits"][0]["form"]["name"]["text"].is_string());
    assert!(pt["notices"][0]["text"].is_string());

    for args in [["survivors", "--lang", "en", file], ["survivors", "--lang=en", file, ""]] {
        let args: Vec<&str> = args.into_iter().filter(|a| !a.is_empty()).collect();
        let (code, en) = run(&args, None);
        assert_eq!(code, 0);
        assert_eq!(en["benefits"][0]["headline"]["text"], "You are probably entitled: €810.00 a month in all, for 3 people.");
        assert_eq!(en["benefits"][0]["headline"]["args"], pt["benefits"][0]["headline"]["args"], "the arguments do not depend on the language");
    }
    // The file may come before the option.
    assert_eq!(run(&["survivors", file, "--lang", "uk"], None).0, 0);

    let (code, json) = run(&["survivors", "--lang", "xx", file], None);
    assert_eq!(code, 2);
    assert_eq!((json["errors"][0]["field"].as_str(), json["errors"][0]["code"].as_str()), (Some("lang"), Some("unknown_language")));
    assert!(json["errors"][0]["message_en"].as_str().unwrap().contains("pt, en, uk"));
    let (code, json) = run(&["survivors", "--lang"], None);
    assert_eq!((code, json["errors"][0]["field"].as_str()), (2, Some("lang")));
    // Two files, or the option twice, do not fit the usage.
    assert_eq!(run(&["survivors", file, file], None).0, 2);
    assert_eq!(run(&["survivors", "--lang", "en", "--lang", "pt", file], None).0, 2);
}

#[test]
fn cli_reads_stdin_and_rejects_bad_input_with_exit_2() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/readme_example.input.json")).unwrap();
    assert_eq!(run(&["survivors"], Some(&text)).0, 0);
    assert_eq!(run(&["survivors", "-"], Some(&text)).0, 0);

    let (code, json) = run(&["survivors"], Some(r#"{"death_date":"2025-13-01","deceased":{}}"#));
    assert_eq!(code, 2);
    assert_eq!(json["errors"][0]["field"], "death_date");
    assert_eq!(json["errors"][0]["code"], "invalid_date");
    assert!(json["errors"][0]["message_pt"].is_string() && json["errors"][0]["message_en"].is_string());

    let (code, json) = run(&["survivors"], Some("not json"));
    assert_eq!((code, json["errors"][0]["field"].as_str()), (2, Some("")));
    let (code, json) = run(&["survivors", "/no/such/file.json"], None);
    assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("unreadable")));
    // A death the table does not cover (on a day after it: else it is a death in the future).
    let (code, json) = run(&["survivors", "--today", "2031-06-01"], Some(r#"{"death_date":"2031-01-01","deceased":{}}"#));
    assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("no_rules_for_date")));
    // Without --today the system date is today: a death centuries ahead has not happened.
    let (code, json) = run(&["survivors"], Some(r#"{"death_date":"2999-01-01","deceased":{}}"#));
    assert_eq!((code, json["errors"][0]["code"].as_str(), json["errors"][0]["field"].as_str()), (2, Some("death_in_future"), Some("death_date")));
    let (code, json) = run(&["survivors"], Some(r#"{"death_date":"1985-01-01","deceased":{}}"#));
    assert_eq!((code, json["errors"][0]["field"].as_str()), (2, Some("death_date")));
    assert_eq!(run(&["nonsense"], None).0, 2);
}

#[test]
fn cli_refuses_arguments_that_are_not_utf8_without_panicking() {
    let bad = OsString::from_vec(vec![b'1', 0xff, b'2']);
    for cmd in ["check-niss", "check-nif"] {
        let (code, json) = run_os(&[OsString::from(cmd), bad.clone()], None);
        assert_eq!(code, 2);
        assert_eq!((json["errors"][0]["field"].as_str(), json["errors"][0]["code"].as_str()), (Some("number"), Some("not_utf8")));
    }
    // A file name need not be UTF-8: it is opened as given (here it does not exist).
    let (code, json) = run_os(&[OsString::from("survivors"), bad.clone()], None);
    assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("unreadable")));
    // An unknown command that is not UTF-8 gets the usage.
    assert_eq!(run_os(&[bad], None).0, 2);
}

#[test]
fn cli_reads_up_to_one_mebibyte_and_refuses_more() {
    let example = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/readme_example.input.json")).unwrap();
    let padded = |total: usize| format!("{example}{}", " ".repeat(total - example.len()));
    let (code, _) = run(&["survivors"], Some(&padded(amparo::limits::MAX_INPUT_BYTES)));
    assert_eq!(code, 0);
    for cmd in ["survivors", "niss-advice"] {
        let (code, json) = run(&[cmd], Some(&padded(amparo::limits::MAX_INPUT_BYTES + 1)));
        assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("too_large")), "{cmd}");
        assert_eq!(json["errors"][0]["field"], "");
    }
    // Far more than the limit is refused the same way, without reading it all.
    let (code, json) = run(&["survivors"], Some(&padded(8 * amparo::limits::MAX_INPUT_BYTES)));
    assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("too_large")));
    let (code, json) = run_os(&[OsString::from("survivors")], Some(b"{\"death_date\": \"2025-01-01\xff\"}"));
    assert_eq!((code, json["errors"][0]["code"].as_str()), (2, Some("not_utf8")));
}

#[test]
fn cli_cuts_a_flood_of_unknown_keys_short() {
    let max = amparo::error::MAX_ERRORS;
    for (cmd, base) in [("survivors", r#""death_date":"2025-01-01","deceased":{}"#), ("niss-advice", r#""name":"Ana""#)] {
        let keys: Vec<String> = (0..20_000).map(|i| format!("\"k{i:05}\":1")).collect();
        let doc = format!("{{{base},{}}}", keys.join(","));
        let (code, json) = run(&[cmd], Some(&doc));
        let errors = json["errors"].as_array().unwrap();
        assert_eq!((code, errors.len()), (2, max + 1), "{cmd}");
        assert_eq!(errors[max]["code"], "too_many_errors");
        assert_eq!(errors[max - 1]["code"], "unknown_field");
        // Just under the limit every error is shown, with no notice.
        let keys: Vec<String> = (0..max - 1).map(|i| format!("\"k{i:05}\":1")).collect();
        let (_, json) = run(&["survivors"], Some(&format!(r#"{{"death_date":"2025-01-01","deceased":{{}},{}}}"#, keys.join(","))));
        assert_eq!(json["errors"].as_array().unwrap().len(), max - 1);
    }
}
