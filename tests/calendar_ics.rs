//! The calendar (.ics) of a report: parsed back as RFC 5545 says (CRLF, folded lines of at most
//! 75 octets, escaped text), its events on the report's own dates, none before today.

mod common;
use amparo::calendar::survivors_ics;
use amparo::i18n::Lang;
use amparo::survivors::{Education, Household, Report, evaluate, evaluate_on};
use common::{child, d, household, rules, spouse};

/// A widow (born 1970), Rui (12 at the death) and Eva (20, at university).
fn family(death: &str) -> Household {
    let mut h = household(death);
    h.people.push(spouse("ana", "1995-06-01"));
    h.people.push(child("rui", "2014-03-01"));
    let mut eva = child("eva", "2006-02-10");
    eva.education = Some(Education::Higher);
    eva.works_compulsory_scheme = Some(false);
    h.people.push(eva);
    h
}

fn on(h: &Household, today: &str) -> Report {
    evaluate_on(h, &rules(), d(today)).expect("report")
}

/// One parsed event: its properties (name without parameters → unescaped value).
type Event = Vec<(String, String)>;

/// Checks the physical form (CRLF only, lines ≤ 75 octets) and returns the events.
fn parse(ics: &str) -> Vec<Event> {
    assert!(ics.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = ics.split("\r\n").collect();
    for l in &physical {
        assert!(!l.contains('\n') && !l.contains('\r'), "a bare line break in {l:?}");
        assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
    }
    // Unfold: a line starting with a space continues the previous one.
    let mut lines: Vec<String> = Vec::new();
    for l in physical.into_iter().filter(|l| !l.is_empty()) {
        match (l.strip_prefix(' '), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(l.to_string()),
        }
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l == "VERSION:2.0") && lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut events = Vec::new();
    let mut current: Option<Event> = None;
    let mut in_alarm = false;
    for l in lines {
        match l.as_str() {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.push(current.take().expect("an open event")),
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm => {}
            _ => {
                if let Some(e) = current.as_mut() {
                    let (name, value) = l.split_once(':').expect("name:value");
                    let name = name.split(';').next().unwrap_or(name).to_string();
                    e.push((name, unescape(value)));
                }
            }
        }
    }
    events
}

fn unescape(v: &str) -> String {
    v.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
}

fn prop<'a>(e: &'a Event, name: &str) -> &'a str {
    e.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no {name} in {e:?}"))
}

fn compact(iso: &str) -> String {
    iso.replace('-', "")
}

#[test]
fn the_calendar_has_the_open_deadline_the_18th_birthday_the_yearly_proof_and_the_end_dates() {
    let h = family("2026-11-25");
    let r = on(&h, "2026-12-02");
    let ics = survivors_ics(&r, &h, Lang::En).expect("a calendar");
    let events = parse(&ics);
    let starts: Vec<&str> = events.iter().map(|e| prop(e, "DTSTART")).collect();
    // The report's own dates: the form's deadline, Eva's last day, and from the household Rui's
    // 18th birthday (his pension ends on its eve) and the first 1 October after today.
    let plan = r.plan.as_ref().unwrap();
    let deadline = compact(plan.claims[0].deadline.as_deref().unwrap());
    let pension = r.benefit(amparo::survivors::Benefit::SurvivorsPension).unwrap();
    let eva_until = compact(pension.awards.iter().find(|a| a.person == "eva").and_then(|a| a.until.as_deref()).unwrap());
    let rui_until = pension.awards.iter().find(|a| a.person == "rui").and_then(|a| a.until.as_deref()).unwrap();
    assert_eq!(rui_until, "2032-02-29");
    assert_eq!(starts, [deadline.as_str(), "20271001", eva_until.as_str(), "20320301"]);
    assert_eq!(deadline, "20270525");
    // All-day events: DTEND the next day, DTSTAMP from today.
    for e in &events {
        assert!(prop(e, "DTSTAMP") == "20261202T000000Z");
        assert!(prop(e, "UID").ends_with("@amparo"));
    }
    assert_eq!(prop(&events[0], "DTEND"), "20270526");
    assert_eq!(prop(&events[0], "SUMMARY"), "Last day to send form RP 5075-DGSS");
    assert!(prop(&events[0], "DESCRIPTION").contains("Survivor's pension") && prop(&events[0], "DESCRIPTION").contains("Death grant"));
    // The yearly reminder, marked as one, until Eva's pension ends.
    assert_eq!(prop(&events[1], "RRULE"), format!("FREQ=YEARLY;UNTIL={eva_until}"));
    assert!(prop(&events[1], "SUMMARY").starts_with("Reminder: proof of enrolment for eva"));
    assert!(prop(&events[3], "SUMMARY").contains("turns 18"));
    // The same answers give the same UIDs.
    assert_eq!(survivors_ics(&r, &h, Lang::En).unwrap(), ics);
    // Every language folds and escapes the same way.
    for lang in Lang::all() {
        assert_eq!(parse(&survivors_ics(&r, &h, lang).unwrap()).len(), events.len(), "{}", lang.code());
    }
}

#[test]
fn a_spouse_under_35_gets_the_end_of_the_five_years() {
    let mut h = household("2026-11-25");
    let mut young = spouse("ana", "2015-06-01");
    young.birth_date = Some(d("1995-01-01"));
    young.common_child = Some(false);
    young.disabled = Some(false);
    h.people.push(young);
    let r = on(&h, "2026-12-02");
    let until = r.benefit(amparo::survivors::Benefit::SurvivorsPension).unwrap().awards[0].until.clone().expect("5 years");
    assert_eq!(until, "2031-11-30");
    let events = parse(&survivors_ics(&r, &h, Lang::Pt).unwrap());
    let end = events.iter().find(|e| prop(e, "DTSTART") == "20311130").expect("the end of the 5 years");
    assert!(prop(end, "DESCRIPTION").contains("5 anos"), "{:?}", prop(end, "DESCRIPTION"));
}

#[test]
fn nothing_before_today() {
    // The death grant's deadline has passed, the pension's is still open: one claim event, on
    // the pension's day.
    let h = family("2026-11-25");
    let r = on(&h, "2027-05-26");
    let events = parse(&survivors_ics(&r, &h, Lang::En).unwrap());
    assert_eq!(prop(&events[0], "DTSTART"), "20270531");
    // Two years on: no claim event at all, and every event is on or after today.
    let r = on(&h, "2028-12-01");
    let events = parse(&survivors_ics(&r, &h, Lang::En).unwrap());
    assert!(events.iter().all(|e| !prop(e, "SUMMARY").starts_with("Last day to send")));
    assert!(events.iter().all(|e| prop(e, "DTSTART") >= "20281201"), "{events:?}");
    assert!(!events.is_empty());
    // A report made without today has no calendar.
    assert!(survivors_ics(&evaluate(&h, &rules()).unwrap(), &h, Lang::En).is_none());
}

#[test]
fn the_cli_prints_the_calendar_and_refuses_a_bad_today() {
    use amparo::cli::{SurvivorsOutput, parse_today, survivors_on};
    let input = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/readme_example.input.json")).unwrap();
    let (code, out) = survivors_on(&input, Lang::Pt, d("2025-04-01"), SurvivorsOutput::Calendar);
    assert_eq!(code, 0);
    assert!(!parse(&out).is_empty());
    let (code, out) = survivors_on(&input, Lang::En, d("2025-04-01"), SurvivorsOutput::Report);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((code, json["today"].as_str()), (0, Some("2025-04-01")));
    assert_eq!(json["benefits"][0]["deadline"]["state"], "open");
    assert_eq!(json["plan"]["claims"][0]["form"], "RP 5075-DGSS");
    for bad in ["2025-02-30", "tomorrow", "", "2025-4-1"] {
        let (code, out) = parse_today(bad, Lang::En).unwrap_err();
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!((code, json["errors"][0]["field"].as_str(), json["errors"][0]["code"].as_str()), (2, Some("today"), Some("invalid_date")), "{bad}");
    }
}

#[test]
fn the_binary_takes_today_and_ics() {
    use std::process::Command;
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_amparo")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("run amparo");
        (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).expect("utf-8"))
    };
    let file = "tests/cases/readme_example.input.json";
    let (code, out) = run(&["survivors", file, "--today", "2025-04-01", "--ics", "--lang", "uk"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n") && out.ends_with("END:VCALENDAR\r\n"), "nothing after the calendar");
    assert!(!parse(&out).is_empty());
    let (code, out) = run(&["survivors", file, "--today=2025-04-01"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((code, json["today"].as_str()), (0, Some("2025-04-01")));
    // Without --today, the system's date.
    let (code, out) = run(&["survivors", file]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(code, 0);
    assert!(json["today"].as_str().and_then(amparo::dates::parse_iso).is_some());
    let (code, out) = run(&["survivors", file, "--today", "2025-13-01"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((code, json["errors"][0]["field"].as_str(), json["errors"][0]["code"].as_str()), (2, Some("today"), Some("invalid_date")));
    // The flags belong to `survivors` only.
    assert_eq!(run(&["check-nif", "123456789", "--ics"]).0, 2);
}
