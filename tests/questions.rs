//! Every declared question (`src/forms/questions/`), one by one: its page is a route, its words
//! exist in every language, its choices are the engine's values; "check your answers" follows
//! the declaration order; and every answer either engine can read or ask for is declared.

use amparo::forms::questions::{Asked, FieldKind, NISS, Page, Question, Questions, SURVIVORS, pattern};
use amparo::forms::routes::{self, Route, Subject};
use amparo::i18n::{Lang, tr};
use amparo::niss::answer_fields;
use amparo::survivors::{DeathCause, Education, Funeral, Household, Person, Relation, Scheme, evaluate, parse_household};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeSet;

fn both() -> [&'static Questions; 2] {
    [&SURVIVORS, &NISS]
}

/// A form where `people[0]` and `people[1]` exist and `path` (concrete) is answered.
fn form_with_people() -> Value {
    json!({"death_date": "2025-03-14", "people": [{"id": "p1", "relation": "child"}, {"id": "p2", "relation": "spouse"}]})
}

fn concrete(q: &Question) -> String {
    amparo::forms::questions::concrete(q.path, "people[1]")
}

/// The route a question's page has, checked by the app's own router.
fn page_route(tool: &str, q: &Question) -> (String, Option<Route>) {
    let form = form_with_people();
    let path = concrete(q);
    let hash = match q.page {
        Page::Step(s) | Page::ChangeOnly(s) if s == "start" => format!("#/{tool}"),
        Page::Step(s) | Page::ChangeOnly(s) => format!("#/{tool}/{s}"),
        Page::Person => "#/survivors/person/1".to_string(),
        Page::FollowUp => format!("#/survivors/more/{path}"),
    };
    let missing = vec![path];
    let route = routes::route(&hash, &form, move || missing);
    (hash, route)
}

#[test]
fn every_question_has_a_page_among_the_routes() {
    for (tool, questions) in [("survivors", &SURVIVORS), ("niss", &NISS)] {
        for q in questions.list {
            let (hash, route) = page_route(tool, q);
            let step = match (&route, tool) {
                (Some(Route::Survivors(s)), "survivors") | (Some(Route::Niss(s)), "niss") => s,
                _ => panic!("{tool} {}: {hash} is not a page", q.path),
            };
            match q.page {
                Page::Step(s) | Page::ChangeOnly(s) => assert_eq!(step.step, s, "{}", q.path),
                Page::Person => assert_eq!(step.subject, Subject::Person(1), "{}", q.path),
                Page::FollowUp => assert_eq!(step.subject, Subject::Field(Some(concrete(q))), "{}", q.path),
            }
            // Its Change link opens the same page.
            if tool == "survivors" {
                let href = routes::survivors_change_href(&concrete(q));
                let target = routes::route(&href, &form_with_people(), Vec::new);
                let answered_elsewhere = q.page == Page::FollowUp; // a follow-up's page needs the answer
                assert!(target.is_some() || answered_elsewhere, "{}: Change link {href} is not a page", q.path);
            } else {
                assert_eq!(routes::niss_change_href(q.path), format!("#/niss/{}/change", q.step().unwrap_or("")), "{}", q.path);
            }
        }
    }
}

fn exists(lang: Lang, id: &'static str) -> bool {
    tr(lang, id) != id
}

#[test]
fn every_question_has_its_words_in_every_language() {
    for questions in both() {
        for q in questions.list {
            let mut ids = vec![q.label];
            ids.extend(q.title);
            ids.extend(q.hint);
            ids.extend(q.help.into_iter().flat_map(|(t, b)| [t, b]));
            ids.extend(questions.choices(q).iter().map(|c| c.label));
            for lang in Lang::all() {
                for id in &ids {
                    assert!(exists(lang, id), "{} {}: no message {id} in {}", questions.tool, q.path, lang.code());
                }
            }
        }
    }
}

/// The serde names of an engine enum's values.
fn names<T: Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|v| match serde_json::to_value(v) {
            Ok(Value::String(s)) => s,
            Ok(other) => other.to_string(),
            Err(e) => panic!("{e}"),
        })
        .collect()
}

fn declared(questions: &Questions, path: &str) -> Vec<String> {
    let q = questions.find(path).unwrap_or_else(|| panic!("{path} is declared"));
    questions.choices(q).iter().map(|c| c.value.to_string()).collect()
}

#[test]
fn survivors_choices_are_the_engines_values() {
    // Every value of each enum (a new variant fails to compile here until it is listed).
    let schemes = [Scheme::General, Scheme::Voluntary, Scheme::AgriculturalSpecial, Scheme::None];
    for s in schemes {
        match s {
            Scheme::General | Scheme::Voluntary | Scheme::AgriculturalSpecial | Scheme::None => {}
        }
    }
    let causes = [DeathCause::Illness, DeathCause::Accident];
    for c in causes {
        match c {
            DeathCause::Illness | DeathCause::Accident => {}
        }
    }
    let education = [Education::None, Education::Secondary, Education::Higher, Education::Postgraduate];
    for e in education {
        match e {
            Education::None | Education::Secondary | Education::Higher | Education::Postgraduate => {}
        }
    }
    use Relation::*;
    let relations = [Spouse, ExSpouse, Partner, Child, Stepchild, Grandchild, Parent, Grandparent, OtherRelative];
    for r in relations {
        match r {
            Spouse | ExSpouse | Partner | Child | Stepchild | Grandchild | Parent | Grandparent | OtherRelative => {}
        }
    }
    let with_dk = |mut v: Vec<String>| {
        v.push("dont_know".to_string());
        v
    };
    assert_eq!(declared(&SURVIVORS, "deceased.scheme"), names(&schemes));
    assert_eq!(declared(&SURVIVORS, "deceased.death_cause"), with_dk(names(&causes)));
    assert_eq!(declared(&SURVIVORS, "people[0].education"), with_dk(names(&education)));
    assert_eq!(declared(&SURVIVORS, "people[0].relation"), names(&relations));
    // And the parser takes each of them.
    for (path, values) in [
        ("deceased.scheme", names(&schemes)),
        ("deceased.death_cause", names(&causes)),
        ("people[0].education", names(&education)),
        ("people[0].relation", names(&relations)),
    ] {
        for v in values {
            let mut form = json!({"death_date": "2025-03-14", "deceased": {}, "people": [{"id": "p1", "relation": "child"}]});
            amparo::forms::set(&mut form, path, Value::String(v.clone()));
            assert!(parse_household(&form.to_string()).is_ok(), "{path} = {v}");
        }
    }
}

/// A parser's list of (name, value): its names, and the values' serde names.
fn engine<T: Serialize + Copy>(list: &[(&'static str, T)]) -> (Vec<String>, Vec<String>) {
    (list.iter().map(|(k, _)| k.to_string()).collect(), names(&list.iter().map(|(_, v)| *v).collect::<Vec<_>>()))
}

#[test]
fn niss_choices_are_the_engines_values() {
    use answer_fields::*;
    for (path, (parser, serde)) in [
        ("nationality_group", engine(NATIONALITY)),
        ("residence_status", engine(RESIDENCE)),
        ("work_situation", engine(WORK)),
        ("needed_for", engine(NEEDED)),
        ("filed_by", engine(FILER)),
    ] {
        assert_eq!(parser, serde, "{path}: the parser's names are the serde names");
        assert_eq!(declared(&NISS, path), serde, "{path}");
    }
    // "Did you have a NISS?" is kept as true / false / "dont_know", as the engine writes it.
    assert_eq!(declared(&NISS, "had_niss_before"), engine(HAD_NISS).1);
    // The messages, then "none of these" (a flag of the form, not an engine value).
    let (parser, mut portal) = engine(PORTAL);
    assert_eq!(parser, portal);
    portal.push(amparo::forms::questions::niss::PORTAL_NONE_VALUE.to_string());
    assert_eq!(declared(&NISS, "portal_messages"), portal);
}

/// An answer of the right kind for a question.
fn sample(q: &Question) -> Value {
    match q.kind {
        FieldKind::Date => json!("2020-01-01"),
        FieldKind::YesNo | FieldKind::Tick => json!(true),
        FieldKind::Money => json!("100"),
        FieldKind::Whole => json!("1"),
        FieldKind::Choice(c) | FieldKind::Several(c) => json!(c.first().map(|x| x.value)),
        FieldKind::Payer => json!("p1"),
        FieldKind::Text => json!("x"),
    }
}

#[test]
fn check_answers_rows_follow_the_declaration_order() {
    // Every question answered, for two people, declared in reverse so that the form's own
    // order cannot help.
    let mut form = json!({});
    for q in SURVIVORS.list.iter().rev() {
        for who in ["people[0]", "people[1]"] {
            amparo::forms::set(&mut form, &amparo::forms::questions::concrete(q.path, who), sample(q));
        }
    }
    amparo::forms::set(&mut form, "people[0].id", json!("p1"));
    let rows: Vec<String> = amparo::forms::questions::survivors::answered(&form).into_iter().map(|(p, _)| p).collect();
    let mut expected = Vec::new();
    for q in SURVIVORS.list.iter().filter(|q| !q.path.starts_with("people[]")) {
        expected.push(q.path.to_string());
        if q.path == "deceased.illness_began_after_marriage" {
            for who in ["people[0]", "people[1]"] {
                let person = SURVIVORS.list.iter().filter(|q| q.path.starts_with("people[]"));
                expected.extend(person.map(|q| amparo::forms::questions::concrete(q.path, who)));
            }
        }
    }
    assert_eq!(rows, expected);
}

#[test]
fn questions_follow_the_flow_and_niss_check_rows_the_declarations() {
    for questions in both() {
        let steps = questions.steps();
        let mut last = 0;
        for q in questions.list.iter().filter(|q| q.asked != Asked::Legacy) {
            if let Some(s) = q.page.flow_step() {
                let at = steps.iter().position(|x| *x == s).unwrap_or_else(|| panic!("{} is a step", s));
                assert!(at >= last, "{} {} is asked before the question above it", questions.tool, q.path);
                last = at;
            }
        }
    }
}

/// Every leaf path of a JSON value, nulls included.
fn leaves(prefix: &str, v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                leaves(&if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") }, x, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                leaves(&format!("{prefix}[{i}]"), x, out);
            }
        }
        _ => {
            out.insert(prefix.to_string());
        }
    }
}

#[test]
fn every_answer_the_survivors_engine_reads_is_declared() {
    let mut h = Household::new(time::macros::date!(2025 - 03 - 14));
    h.people.push(Person::new("p1", Relation::Child));
    h.funeral = Some(Funeral::default());
    let mut paths = BTreeSet::new();
    leaves("", &serde_json::to_value(&h).expect("serializes"), &mut paths);
    let undeclared: Vec<_> = paths.iter().filter(|p| *p != "people[0].id" && SURVIVORS.find(p).is_none()).collect();
    assert!(undeclared.is_empty(), "answers no question declares: {undeclared:?}");
    assert!(paths.len() > 30, "the household serialized with every field: {paths:?}");
}

#[test]
fn every_field_the_survivors_engine_lists_as_missing_is_declared() {
    let rules = amparo::rules::Rules::bundled().expect("rules");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut asked = BTreeSet::new();
    let mut cases = 0;
    for entry in std::fs::read_dir(dir).expect("cases") {
        let path = entry.expect("entry").path();
        if !path.to_string_lossy().ends_with(".input.json") {
            continue;
        }
        let input: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        // The case, and the case with each answer taken away in turn (so the engine asks it).
        let mut all = BTreeSet::new();
        leaves("", &input, &mut all);
        let mut variants = vec![input.clone()];
        for p in all.iter().filter(|p| !p.ends_with(".id") && !p.ends_with(".relation") && *p != "death_date") {
            let mut v = input.clone();
            amparo::forms::remove(&mut v, p);
            variants.push(v);
        }
        for v in variants {
            let Ok(h) = parse_household(&v.to_string()) else { continue };
            let Ok(report) = evaluate(&h, &rules) else { continue };
            cases += 1;
            asked.extend(report.benefits.iter().flat_map(|b| b.missing.iter().map(|m| m.field.clone())));
        }
    }
    assert!(cases > 50 && asked.len() > 10, "{cases} households, {} fields asked", asked.len());
    let undeclared: Vec<_> = asked.iter().filter(|p| SURVIVORS.find(p).is_none()).collect();
    assert!(undeclared.is_empty(), "the engine asks for fields no question declares: {undeclared:?}");
    // A field the engine asks for is a page of the app.
    for p in &asked {
        let missing = vec![p.clone()];
        let route = routes::route(&format!("#/survivors/more/{p}"), &form_with_people(), move || missing);
        assert!(route.is_some(), "{p}: its follow-up page is not a route");
        let q = SURVIVORS.find(p).map(|q| pattern(q.path));
        assert_eq!(q, Some(pattern(p)));
    }
}

#[test]
fn every_niss_answer_field_is_declared() {
    for f in answer_fields::FIELDS {
        assert!(NISS.find(f.key).is_some(), "{} is not declared", f.key);
    }
    for q in NISS.list {
        assert!(answer_fields::FIELDS.iter().any(|f| f.key == q.path), "{} is not an answer of the engine", q.path);
    }
}

#[test]
fn the_cli_lists_the_declarations() {
    for tool in ["survivors", "niss"] {
        let (code, out) = amparo::cli::questions(Some(tool)).expect("a tool");
        assert_eq!(code, 0);
        let v: Value = serde_json::from_str(&out).expect("json");
        let questions = v["questions"].as_array().expect("questions");
        let table = if tool == "niss" { &NISS } else { &SURVIVORS };
        assert_eq!(questions.len(), table.list.len());
        for (q, d) in questions.iter().zip(table.list) {
            assert_eq!(q["path"], d.path);
            assert_eq!(q["kind"], d.kind.name());
            assert_eq!(q["label"], d.label);
        }
        assert_eq!(v["steps"], json!(table.steps()));
    }
    let money: Vec<&str> = SURVIVORS.list.iter().filter(|q| q.kind == FieldKind::Money).map(|q| q.path).collect();
    assert!(money.contains(&"funeral.amount") && money.contains(&"people[].alimony_monthly"));
    assert!(amparo::cli::questions(Some("nope")).is_none());
}

#[test]
fn every_required_question_says_what_to_answer_naming_the_person() {
    use amparo::message::{Arg, Msg};
    for questions in both() {
        for q in questions.list.iter().filter(|q| q.required) {
            let id = q.error.unwrap_or_else(|| panic!("{} {}: required without its error message", questions.tool, q.path));
            for lang in Lang::all() {
                assert!(exists(lang, id), "{} {}: no message {id} in {}", questions.tool, q.path, lang.code());
                // A person's question names them; no message shows an internal id or a bare
                // "answer this question".
                let text = amparo::i18n::render(lang, &Msg::new(id, vec![("who", Arg::from("Zélia".to_string()))]));
                if q.path.starts_with("people[]") {
                    assert!(text.contains("Zélia"), "{} in {}: {text}", q.path, lang.code());
                }
                assert_ne!(text, tr(lang, "errors-required"), "{}", q.path);
            }
        }
    }
}
