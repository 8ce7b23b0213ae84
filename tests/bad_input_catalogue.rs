//! The bad-input catalogue: one row per kind of bad input, across both tools (the CLI's JSON,
//! the number checks, the web forms' conversion) and the stored state, each with the field and
//! code it must produce. Every error that comes back must carry a message in Portuguese and in
//! English, different from each other and from the code.
//!
//! Stored-state rows cover text that is not a stored state at all (replaced, with a notice), a
//! state from a newer version (kept, with a notice) and single unreadable fields (dropped alone,
//! with a notice). Routes a URL can carry are rows too: each must be the not-found page (the
//! page's title in both languages stands in for the message), so nothing is written.

use amparo::forms;
use amparo::i18n::{Lang, render, tr};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tool {
    /// `amparo survivors` (household JSON).
    Survivors,
    /// `amparo niss-advice` (answers JSON).
    Niss,
    /// `amparo check-niss NUMBER`.
    CheckNiss,
    /// `amparo check-nif NUMBER`.
    CheckNif,
    /// The survivors' web form (`forms::household`).
    SurvivorsForm,
    /// The NISS web form (`forms::niss_answers`).
    NissForm,
    /// The stored state (`forms::load_state`).
    Stored,
    /// A hash in the address bar (`forms::routes::route`), against a form with one person.
    Route,
}

struct Row {
    tool: Tool,
    kind: &'static str,
    input: String,
    field: String,
    code: &'static str,
}

struct Got {
    field: String,
    code: String,
    pt: String,
    en: String,
}

/// A household: `{"death_date": "2025-03-14", "deceased": {}}` with `patch`'s keys set.
fn hh(patch: Value) -> String {
    let mut base = json!({"death_date": "2025-03-14", "deceased": {}});
    if let (Some(b), Some(p)) = (base.as_object_mut(), patch.as_object()) {
        for (k, v) in p {
            b.insert(k.clone(), v.clone());
        }
    }
    base.to_string()
}

/// A household with one person of `relation` whose answers are `person`, and `top` set.
fn one(relation: &str, person: Value, top: Value) -> String {
    let mut p = json!({"id": "a", "relation": relation});
    if let (Some(o), Some(extra)) = (p.as_object_mut(), person.as_object()) {
        o.extend(extra.clone());
    }
    let mut patch = json!({"people": [p]});
    if let (Some(o), Some(extra)) = (patch.as_object_mut(), top.as_object()) {
        o.extend(extra.clone());
    }
    hh(patch)
}

fn pension(v: Value) -> String {
    hh(json!({"deceased": {"reference_pension": v}}))
}

/// The README's example answers with `patch`'s keys set (`null` removes a key).
fn niss(patch: Value) -> String {
    let mut base = json!({
        "nationality_group": "other", "has_pt_citizen_card": false, "has_pt_address": true,
        "residence_status": "title", "work_situation": "employee_signed_contract", "needed_for": "aima_renewal",
        "had_niss_before": true, "passport_or_name_changed": false, "filed_by": "self"
    });
    if let (Some(b), Some(p)) = (base.as_object_mut(), patch.as_object()) {
        for (k, v) in p {
            if v.is_null() {
                b.remove(k);
            } else {
                b.insert(k.clone(), v.clone());
            }
        }
    }
    base.to_string()
}

fn unknown_keys(n: usize) -> Value {
    Value::Object((0..n).map(|i| (format!("k{i:03}"), json!(1))).collect())
}

fn rows() -> Vec<Row> {
    use Tool::*;
    let r = |tool, kind, input: String, field: &str, code| Row { tool, kind, input, field: field.to_string(), code };
    let long = |n: usize| "a".repeat(n);
    let many_people: Vec<Value> = (0..51).map(|i| json!({"id": format!("p{i}"), "relation": "child"})).collect();
    let flood = |base: String| {
        let mut v: Value = serde_json::from_str(&base).unwrap_or_default();
        if let (Some(o), Some(k)) = (v.as_object_mut(), unknown_keys(60).as_object()) {
            o.extend(k.clone());
        }
        v.to_string()
    };
    vec![
        // JSON shape.
        r(Survivors, "not JSON", "{".into(), "", "invalid_json"),
        r(Survivors, "empty document", String::new(), "", "invalid_json"),
        r(Survivors, "a list instead of an object", "[]".into(), "", "invalid_type"),
        r(Survivors, "deceased not an object", hh(json!({"deceased": []})), "deceased", "invalid_type"),
        r(Survivors, "funeral not an object", hh(json!({"funeral": "ana"})), "funeral", "invalid_type"),
        r(Survivors, "a person not an object", hh(json!({"people": [1]})), "people[0]", "invalid_type"),
        r(Survivors, "misspelt top-level key", hh(json!({"deathdate": "2025-03-14"})), "deathdate", "unknown_field"),
        r(Survivors, "misspelt person key", one("spouse", json!({"birthdate": "1970-01-01"}), json!({})), "people[0].birthdate", "unknown_field"),
        r(Survivors, "death date missing", r#"{"deceased":{}}"#.into(), "death_date", "required"),
        r(Survivors, "deceased missing", r#"{"death_date":"2025-03-14"}"#.into(), "deceased", "required"),
        r(Survivors, "person without relation", hh(json!({"people": [{"id": "a"}]})), "people[0].relation", "required"),
        r(Survivors, "a flood of unknown keys", flood(hh(json!({}))), "", "too_many_errors"),
        // Types.
        r(Survivors, "yes/no as text", hh(json!({"deceased": {"resident": "yes"}})), "deceased.resident", "invalid_type"),
        r(Survivors, "projection as text", hh(json!({"projection": "true"})), "projection", "invalid_type"),
        r(Survivors, "unknown scheme", hh(json!({"deceased": {"scheme": "private"}})), "deceased.scheme", "invalid_choice"),
        r(Survivors, "relation as a number", hh(json!({"people": [{"id": "a", "relation": 3}]})), "people[0].relation", "invalid_choice"),
        r(Survivors, "unknown education", one("child", json!({"education": "phd"}), json!({})), "people[0].education", "invalid_choice"),
        r(Survivors, "name as a number", one("child", json!({"name": 5}), json!({})), "people[0].name", "invalid_type"),
        r(Survivors, "death cause unknown", hh(json!({"deceased": {"death_cause": "war"}})), "deceased.death_cause", "invalid_choice"),
        // Whole numbers.
        r(Survivors, "negative months", hh(json!({"deceased": {"contribution_months": -3}})), "deceased.contribution_months", "invalid_number"),
        r(Survivors, "months with decimals", hh(json!({"deceased": {"contribution_months": 12.5}})), "deceased.contribution_months", "invalid_number"),
        r(Survivors, "months in exponent form", hh(json!({"deceased": {"contribution_months": "1e3"}})), "deceased.contribution_months", "invalid_number"),
        r(Survivors, "months past the limit", hh(json!({"deceased": {"contribution_months": 1201}})), "deceased.contribution_months", "too_large"),
        r(Survivors, "months past u64", r#"{"death_date":"2025-03-14","deceased":{"contribution_months":99999999999999999999}}"#.into(), "deceased.contribution_months", "invalid_number"),
        r(Survivors, "household of zero", one("child", json!({"household_size": 0}), json!({})), "people[0].household_size", "invalid_number"),
        r(Survivors, "household past the limit", one("child", json!({"household_size": 100}), json!({})), "people[0].household_size", "too_large"),
        r(Survivors, "kinship degree past the limit", one("other_relative", json!({"collateral_degree": 10}), json!({})), "people[0].collateral_degree", "too_large"),
        // Money in the CLI's JSON (plain decimals).
        r(Survivors, "negative amount", pension(json!("-1")), "deceased.reference_pension", "negative"),
        r(Survivors, "negative JSON number", one("ex_spouse", json!({"alimony_monthly": -0.5}), json!({})), "people[0].alimony_monthly", "negative"),
        r(Survivors, "fraction of a cent", pension(json!("9.999")), "deceased.reference_pension", "too_many_decimals"),
        r(Survivors, "one cent over the limit", pension(json!("10000000.01")), "deceased.reference_pension", "too_large"),
        r(Survivors, "huge JSON number", r#"{"death_date":"2025-03-14","deceased":{"reference_pension":1e30}}"#.into(), "deceased.reference_pension", "too_large"),
        r(Survivors, "28 digits", pension(json!("1234567890123456789012345678")), "deceased.reference_pension", "too_large"),
        r(Survivors, "exponent in a string", pension(json!("1e2")), "deceased.reference_pension", "invalid_amount"),
        r(Survivors, "NaN", pension(json!("NaN")), "deceased.reference_pension", "invalid_amount"),
        r(Survivors, "hexadecimal", pension(json!("0x10")), "deceased.reference_pension", "invalid_amount"),
        r(Survivors, "thousands dots in the CLI", pension(json!("1.441,29")), "deceased.reference_pension", "invalid_amount"),
        r(Survivors, "amount as yes/no", pension(json!(true)), "deceased.reference_pension", "invalid_amount"),
        r(Survivors, "funeral amount in words", hh(json!({"funeral": {"paid_by": "other", "amount": "abc"}})), "funeral.amount", "invalid_amount"),
        // Dates.
        r(Survivors, "30 February", r#"{"death_date":"2025-02-30","deceased":{}}"#.into(), "death_date", "invalid_date"),
        r(Survivors, "date written dd/mm/yyyy", r#"{"death_date":"14/03/2025","deceased":{}}"#.into(), "death_date", "invalid_date"),
        r(Survivors, "date without leading zeros", r#"{"death_date":"2025-3-4","deceased":{}}"#.into(), "death_date", "invalid_date"),
        r(Survivors, "date as a number", r#"{"death_date":20250314,"deceased":{}}"#.into(), "death_date", "invalid_date"),
        r(Survivors, "death before the rules", r#"{"death_date":"1985-01-01","deceased":{}}"#.into(), "death_date", "no_rules_for_date"),
        r(Survivors, "death years ahead", r#"{"death_date":"2031-01-01","deceased":{}}"#.into(), "death_date", "no_rules_for_date"),
        r(Survivors, "parent born after the death", one("parent", json!({"birth_date": "2026-01-01"}), json!({})), "people[0].birth_date", "after_death"),
        r(Survivors, "child born over a year after", one("child", json!({"birth_date": "2026-03-15"}), json!({})), "people[0].birth_date", "too_late"),
        r(Survivors, "born 131 years before", one("parent", json!({"birth_date": "1894-03-13"}), json!({})), "people[0].birth_date", "too_early"),
        r(Survivors, "marriage after the death", one("spouse", json!({"marriage_date": "2026-01-01"}), json!({})), "people[0].marriage_date", "after_death"),
        r(Survivors, "marriage before birth", one("spouse", json!({"birth_date": "1970-05-02", "marriage_date": "1960-01-01"}), json!({})), "people[0].marriage_date", "before_birth"),
        r(Survivors, "union before birth", one("partner", json!({"birth_date": "1970-05-02", "union_start_date": "1969-12-31"}), json!({})), "people[0].union_start_date", "before_birth"),
        r(Survivors, "marriage 131 years before", one("spouse", json!({"marriage_date": "1894-01-01"}), json!({})), "people[0].marriage_date", "too_early"),
        r(Survivors, "claim before the death", hh(json!({"claim_date": "2025-03-13"})), "claim_date", "before_death"),
        r(Survivors, "registration before the death", hh(json!({"death_registration_date": "2025-03-13"})), "death_registration_date", "before_death"),
        r(Survivors, "claim 100 years and a day after", hh(json!({"claim_date": "2125-03-15"})), "claim_date", "too_late"),
        r(Survivors, "registration a century late", hh(json!({"death_registration_date": "2125-03-15"})), "death_registration_date", "too_late"),
        // Lists.
        r(Survivors, "people not a list", hh(json!({"people": {}})), "people", "invalid_type"),
        r(Survivors, "51 people", hh(json!({"people": many_people})), "people", "too_many"),
        r(Survivors, "the same id twice", hh(json!({"people": [{"id": "a", "relation": "spouse"}, {"id": "a", "relation": "child"}]})), "people[1].id", "duplicate_id"),
        // Strings and identifiers.
        r(Survivors, "empty id", one("child", json!({"id": " "}), json!({})), "people[0].id", "empty"),
        r(Survivors, "reserved id", one("child", json!({"id": "other"}), json!({})), "people[0].id", "reserved_id"),
        r(Survivors, "id of 65 characters", one("child", json!({"id": long(65)}), json!({})), "people[0].id", "too_long"),
        r(Survivors, "name of 201 characters", one("child", json!({"name": long(201)}), json!({})), "people[0].name", "too_long"),
        r(Survivors, "right-to-left override in a name", one("child", json!({"name": "Ana\u{202E}avlis"}), json!({})), "people[0].name", "invalid_characters"),
        r(Survivors, "isolate in an id", one("child", json!({"id": "a\u{2066}b"}), json!({})), "people[0].id", "invalid_characters"),
        r(Survivors, "line break in a name", one("child", json!({"name": "Ana\nSilva"}), json!({})), "people[0].name", "invalid_characters"),
        r(Survivors, "payer nobody listed", hh(json!({"funeral": {"paid_by": "zé"}})), "funeral.paid_by", "unknown_person"),
        r(Survivors, "right-to-left mark in the payer", hh(json!({"funeral": {"paid_by": "a\u{200F}"}})), "funeral.paid_by", "invalid_characters"),
        r(Survivors, "separation for a partner", one("partner", json!({"judicially_separated": true}), json!({})), "people[0].judicially_separated", "invalid_value"),
        r(Survivors, "unborn parent", one("parent", json!({"unborn": true}), json!({})), "people[0].unborn", "invalid_value"),
        // The NISS answers JSON.
        r(Niss, "NISS: not JSON", "{\"name\":".into(), "", "invalid_json"),
        r(Niss, "NISS: a list", "[]".into(), "", "invalid_type"),
        r(Niss, "NISS: required answer missing", niss(json!({"nationality_group": null})), "nationality_group", "required"),
        r(Niss, "NISS: unknown choice", niss(json!({"nationality_group": "martian"})), "nationality_group", "invalid_value"),
        r(Niss, "NISS: yes/no as text", niss(json!({"has_pt_citizen_card": "yes"})), "has_pt_citizen_card", "invalid_type"),
        r(Niss, "NISS: had a NISS as a number", niss(json!({"had_niss_before": 3})), "had_niss_before", "invalid_type"),
        r(Niss, "NISS: had a NISS 'maybe'", niss(json!({"had_niss_before": "maybe"})), "had_niss_before", "invalid_value"),
        r(Niss, "NISS: messages not a list", niss(json!({"portal_messages": "niss_missing"})), "portal_messages", "invalid_type"),
        r(Niss, "NISS: unknown message in the list", niss(json!({"portal_messages": ["niss_missing", "nope"]})), "portal_messages[1]", "invalid_value"),
        r(Niss, "NISS: misspelt key", niss(json!({"nationality": "eu"})), "nationality", "unknown_field"),
        r(Niss, "NISS: typed NISS as a number", niss(json!({"typed_niss": 12109072813u64})), "typed_niss", "invalid_type"),
        r(Niss, "NISS: typed NISS of 65 characters", niss(json!({"typed_niss": "1".repeat(65)})), "typed_niss", "too_long"),
        r(Niss, "NISS: name of 201 characters", niss(json!({"name": long(201)})), "name", "too_long"),
        r(Niss, "NISS: right-to-left override in the name", niss(json!({"name": "Ana \u{202E}avliS"})), "name", "invalid_characters"),
        r(Niss, "NISS: Arabic letter mark in the NIF", niss(json!({"typed_nif": "123\u{061C}456789"})), "typed_nif", "invalid_characters"),
        r(Niss, "NISS: control character in the name", niss(json!({"name": "Ana\u{0007}"})), "name", "invalid_value"),
        r(Niss, "NISS: a NISS typed but never had one", niss(json!({"had_niss_before": false, "typed_niss": "12109072813"})), "typed_niss", "contradiction"),
        r(Niss, "NISS: a flood of unknown keys", flood(niss(json!({}))), "", "too_many_errors"),
        // The number checks.
        r(CheckNiss, "check-niss: empty", String::new(), "number", "required"),
        r(CheckNiss, "check-niss: only spaces", "   ".into(), "number", "required"),
        r(CheckNiss, "check-niss: 65 characters", "1".repeat(65), "number", "too_long"),
        r(CheckNiss, "check-niss: letters", "12345abc901".into(), "number", "non_digit"),
        r(CheckNiss, "check-niss: too short", "123".into(), "number", "length"),
        r(CheckNiss, "check-niss: first digit not 1 or 2", "32109072813".into(), "number", "unknown_prefix"),
        r(CheckNiss, "check-niss: a digit mistyped", "12109072812".into(), "number", "check_digit"),
        r(CheckNif, "check-nif: empty", String::new(), "number", "required"),
        r(CheckNif, "check-nif: 65 characters", "9".repeat(65), "number", "too_long"),
        r(CheckNif, "check-nif: a digit mistyped", "123456788".into(), "number", "check_digit"),
        r(CheckNif, "check-nif: unused prefix", "412345678".into(), "number", "unknown_prefix"),
        r(CheckNif, "check-nif: obsolete prefix 8", "812345673".into(), "number", "obsolete_prefix"),
        r(CheckNif, "check-nif: a company's", "501964843".into(), "number", "entity_not_person"),
        r(CheckNif, "check-nif: the receipts' generic NIF", "999999990".into(), "number", "generic_final_consumer"),
        // Money as typed in the web form.
        r(SurvivorsForm, "form: 0.500 (decimal point or thousands?)", pension(json!("0.500")), "deceased.reference_pension", "ambiguous_amount"),
        r(SurvivorsForm, "form: 1,500 (cents or thousands?)", pension(json!("1,500")), "deceased.reference_pension", "ambiguous_amount"),
        r(SurvivorsForm, "form: 1,500.50 (English)", pension(json!("1,500.50")), "deceased.reference_pension", "ambiguous_amount"),
        r(SurvivorsForm, "form: 1.500.5 (bad groups)", pension(json!("1.500.5")), "deceased.reference_pension", "ambiguous_amount"),
        r(SurvivorsForm, "form: dots and spaces mixed", pension(json!("1.500 000")), "deceased.reference_pension", "ambiguous_amount"),
        r(SurvivorsForm, "form: 1E2", pension(json!("1E2")), "deceased.reference_pension", "invalid_amount"),
        r(SurvivorsForm, "form: NaN", pension(json!("NaN")), "deceased.reference_pension", "invalid_amount"),
        r(SurvivorsForm, "form: inf", pension(json!("inf")), "deceased.reference_pension", "invalid_amount"),
        r(SurvivorsForm, "form: hexadecimal", pension(json!("0x10")), "deceased.reference_pension", "invalid_amount"),
        r(SurvivorsForm, "form: sign in the middle", pension(json!("1-500")), "deceased.reference_pension", "invalid_amount"),
        r(SurvivorsForm, "form: two euro signs", one("spouse", json!({"monthly_income": "€ 1.500,50 €"}), json!({})), "people[0].monthly_income", "invalid_amount"),
        r(SurvivorsForm, "form: over the limit", hh(json!({"funeral": {"paid_by": "other", "amount": "10.000.000,01"}})), "funeral.amount", "too_large"),
        r(SurvivorsForm, "form: negative", pension(json!("-1.500,00")), "deceased.reference_pension", "negative"),
        r(SurvivorsForm, "form: three decimals", pension(json!("1.500,505")), "deceased.reference_pension", "too_many_decimals"),
        r(SurvivorsForm, "form: date dd/mm/yyyy", r#"{"death_date":"14/03/2025","deceased":{}}"#.into(), "death_date", "invalid_date"),
        r(SurvivorsForm, "form: months with a comma", hh(json!({"deceased": {"contribution_months": "12,5"}})), "deceased.contribution_months", "invalid_number"),
        r(SurvivorsForm, "form: bidi in a name", one("spouse", json!({"name": "\u{2067}Ana"}), json!({})), "people[0].name", "invalid_characters"),
        r(NissForm, "form: bidi in the typed NISS", niss(json!({"typed_niss": "\u{202D}12109072813"})), "typed_niss", "invalid_characters"),
        r(NissForm, "form: unknown choice", niss(json!({"residence_status": "tourist"})), "residence_status", "invalid_value"),
        // The stored state: text that is no saved state at all is replaced, with a notice.
        r(Stored, "stored: empty", String::new(), "", "storage-reset"),
        r(Stored, "stored: not JSON", "{not json".into(), "", "storage-reset"),
        r(Stored, "stored: cut off mid-way", r#"{"version":1,"survivors":{"death_date":"2025"#.into(), "", "storage-reset"),
        r(Stored, "stored: a list", "[]".into(), "", "storage-reset"),
        r(Stored, "stored: a number", "42".into(), "", "storage-reset"),
        r(Stored, "stored: null", "null".into(), "", "storage-reset"),
        r(Stored, "stored: a newer version", r#"{"version":999,"survivors":{"death_date":"2025-01-01"}}"#.into(), "", "storage-newer"),
        r(Stored, "stored: survivors not an object", r#"{"version":1,"survivors":3,"niss":{}}"#.into(), "", "storage-repaired"),
        r(Stored, "stored: a person not an object", r#"{"version":1,"survivors":{"people":[{"id":"p1"},7]},"niss":{}}"#.into(), "", "storage-repaired"),
        r(Route, "route: a huge person index", "#/survivors/person/99999999999999999999".into(), "", "notfound-title"),
        r(Route, "route: a person who does not exist", "#/survivors/person/5".into(), "", "notfound-title"),
        r(Route, "route: a negative person index", "#/survivors/person/-1".into(), "", "notfound-title"),
        r(Route, "route: more/ the whole family", "#/survivors/more/people".into(), "", "notfound-title"),
        r(Route, "route: more/ a person's id", "#/survivors/more/people[0].id".into(), "", "notfound-title"),
        r(Route, "route: more/ a field the engine does not ask", "#/survivors/more/people[0].remarried".into(), "", "notfound-title"),
        r(Route, "route: more/ the form's bookkeeping", "#/survivors/more/ui_funeral_none".into(), "", "notfound-title"),
        r(Route, "route: a step with a tail", "#/survivors/results/extra".into(), "", "notfound-title"),
        r(Route, "route: an unknown NISS step", "#/niss/../../etc".into(), "", "notfound-title"),
        r(Route, "route: an unknown tool", "#/admin".into(), "", "notfound-title"),
    ]
}

fn errors_of(json: &str) -> Vec<Got> {
    let v: Value = serde_json::from_str(json).unwrap_or_default();
    v["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| Got {
                    field: e["field"].as_str().unwrap_or("?").to_string(),
                    code: e["code"].as_str().unwrap_or("?").to_string(),
                    pt: e["message_pt"].as_str().unwrap_or("").to_string(),
                    en: e["message_en"].as_str().unwrap_or("").to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn from_input_errors(r: Result<impl Sized, amparo::InputErrors>) -> Vec<Got> {
    r.err()
        .map(|e| e.errors.into_iter().map(|x| Got { pt: x.text(Lang::Pt), en: x.text(Lang::En), field: x.field, code: x.code }).collect())
        .unwrap_or_default()
}

/// A number check that ran: its problem, if any, as an error on `number`.
/// The check is run with its text in Portuguese and in English.
fn check(run: impl Fn(amparo::i18n::Lang) -> (i32, String)) -> Vec<Got> {
    let out = run(amparo::i18n::Lang::Pt);
    if out.0 != 0 {
        return errors_of(&out.1);
    }
    let v: Value = serde_json::from_str(&out.1).unwrap_or_default();
    let en: Value = serde_json::from_str(&run(amparo::i18n::Lang::En).1).unwrap_or_default();
    match v["problem"].as_str() {
        Some(p) => vec![Got {
            field: "number".into(),
            code: p.into(),
            pt: v["message"]["text"].as_str().unwrap_or("").into(),
            en: en["message"]["text"].as_str().unwrap_or("").into(),
        }],
        None => vec![],
    }
}

fn run(row: &Row) -> Vec<Got> {
    let form = || serde_json::from_str::<Value>(&row.input).unwrap_or_default();
    match row.tool {
        Tool::Survivors => {
            let (code, out) = amparo::cli::survivors(&row.input, amparo::i18n::Lang::Pt);
            assert_eq!(code, 2, "{}: exit code", row.kind);
            errors_of(&out)
        }
        Tool::Niss => {
            let (code, out) = amparo::niss::cli::niss_advice(&row.input, amparo::i18n::Lang::Pt);
            assert_eq!(code, 2, "{}: exit code", row.kind);
            errors_of(&out)
        }
        Tool::CheckNiss => check(|l| amparo::niss::cli::check_niss_arg(&row.input, l)),
        Tool::CheckNif => check(|l| amparo::niss::cli::check_nif_arg(&row.input, l)),
        Tool::SurvivorsForm => from_input_errors(forms::household(&form())),
        Tool::NissForm => from_input_errors(forms::niss_answers(&form())),
        Tool::Stored => match forms::load_state(Some(&row.input)).1 {
            forms::LoadNotice::Reset => notice("storage-reset"),
            forms::LoadNotice::Newer => notice("storage-newer"),
            forms::LoadNotice::Repaired => notice("storage-repaired"),
            _ => vec![],
        },
        Tool::Route => {
            let form = json!({"death_date": "2025-03-14", "deceased": {"scheme": "general"}, "people": [{"id": "p1", "relation": "spouse"}]});
            // What the engine would ask next for that form: the marriage date.
            match forms::routes::route(&row.input, &form, || vec!["people[0].marriage_date".to_string()]) {
                None => notice("notfound-title"),
                Some(_) => vec![],
            }
        }
    }
}

/// A notice or page title the app shows, in both languages, standing in for an error.
fn notice(key: &'static str) -> Vec<Got> {
    vec![Got { field: String::new(), code: key.into(), pt: tr(Lang::Pt, key).into(), en: tr(Lang::En, key).into() }]
}

#[test]
fn every_bad_input_gets_its_field_and_code_in_both_languages() {
    let rows = rows();
    let mut failures = Vec::new();
    for row in &rows {
        let got = run(row);
        if !got.iter().any(|g| g.field == row.field && g.code == row.code) {
            let seen: Vec<_> = got.iter().map(|g| format!("{}:{}", g.field, g.code)).collect();
            failures.push(format!("{}: want {}:{}, got {seen:?}", row.kind, row.field, row.code));
        }
        for g in &got {
            let ok = !g.pt.trim().is_empty() && !g.en.trim().is_empty() && g.pt != g.en && g.pt != g.code && g.en != g.code;
            if !ok {
                failures.push(format!("{}: messages of {}:{} ({:?} / {:?})", row.kind, g.field, g.code, g.pt, g.en));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn the_catalogue_is_large_distinct_and_covers_every_input() {
    let rows = rows();
    assert!(rows.len() >= 60, "{} rows", rows.len());
    let mut kinds: Vec<_> = rows.iter().map(|r| r.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds.len(), rows.len(), "two rows share a kind");
    for tool in [Tool::Survivors, Tool::Niss, Tool::CheckNiss, Tool::CheckNif, Tool::SurvivorsForm, Tool::NissForm, Tool::Stored, Tool::Route] {
        assert!(rows.iter().any(|r| r.tool == tool), "no row for {tool:?}");
    }
    // A row that expects nothing wrong would prove nothing: every row's input is refused.
    for row in &rows {
        assert!(!run(row).is_empty(), "{} is accepted", row.kind);
    }
}

/// A row's errors as a reader of `lang` gets them: the CLI's JSON serialized for that language
/// (its `message`, as `--lang` prints it), the forms' errors rendered. `None` for the rows whose
/// words are the interface's (stored state, routes) or a number check that ran.
fn in_language(row: &Row, lang: Lang) -> Option<Vec<(String, String)>> {
    let cli = |run: &dyn Fn(&str) -> (i32, String)| {
        let (_, json) = amparo::message::with_text(move |m| render(lang, m), || run(&row.input));
        let v: Value = serde_json::from_str(&json).unwrap_or_default();
        let errors = v["errors"].as_array().cloned().unwrap_or_default();
        errors.iter().map(|e| (e["code"].as_str().unwrap_or("?").to_string(), e["message"].as_str().unwrap_or("").to_string())).collect()
    };
    let form = || serde_json::from_str::<Value>(&row.input).unwrap_or_default();
    let rendered = |e: Option<amparo::InputErrors>| e.map(|e| e.errors.iter().map(|x| (x.code.clone(), x.text(lang))).collect());
    match row.tool {
        Tool::Survivors => Some(cli(&|s| amparo::cli::survivors(s, lang))),
        Tool::Niss => Some(cli(&|s| amparo::niss::cli::niss_advice(s, lang))),
        Tool::CheckNiss => Some(cli(&|s| amparo::niss::cli::check_niss_arg(s, lang))),
        Tool::CheckNif => Some(cli(&|s| amparo::niss::cli::check_nif_arg(s, lang))),
        Tool::SurvivorsForm => rendered(forms::household(&form()).err()),
        Tool::NissForm => rendered(forms::niss_answers(&form()).err()),
        Tool::Stored | Tool::Route => None,
    }
}

#[test]
fn every_error_speaks_every_language() {
    let mut failures = Vec::new();
    let mut codes = std::collections::BTreeSet::new();
    for row in &rows() {
        for lang in Lang::all() {
            let Some(errors) = in_language(row, lang) else { continue };
            for (code, text) in errors {
                // A message missing in the language renders as its id; a missing argument as `{$name}`.
                if text.trim().is_empty() || text.starts_with("error-") || text.contains("{$") {
                    failures.push(format!("{} ({}): {code}: {text:?}", row.kind, lang.code()));
                }
                codes.insert(code);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(codes.len() >= 20, "the catalogue reaches only {codes:?}");
}
