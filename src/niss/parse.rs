//! Reading the advisor's answers from JSON: one error per field (path = the JSON key), unknown
//! keys refused with a "did you mean" hint, every problem reported at once.

use super::answer_fields::*;
use super::answers::*;
use crate::error::{InputError, InputErrors};
use crate::message::Msg;
use crate::msg;
use serde_json::{Map, Value};

fn spec(key: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.key == key)
}


/// Edit distance, bounded work: both strings are capped at 64 chars by the caller.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

fn suggestion(key: &str) -> Option<&'static str> {
    if key.chars().count() > 64 {
        return None;
    }
    FIELDS
        .iter()
        .map(|f| (distance(key, f.key), f.key))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn required_error(key: &str) -> InputError {
    InputError::new(key, "required", msg!("error-required-answer", answer = answer_label(key)))
}

/// `expected` names the right kind of value (`error-expected-…`).
fn type_error(key: &str, expected: Msg) -> InputError {
    InputError::new(key, "invalid_type", msg!("error-invalid_type-answer", answer = answer_label(key), expected = expected))
}

fn get_bool(obj: &Map<String, Value>, key: &str, errs: &mut InputErrors) -> Option<bool> {
    match obj.get(key) {
        None | Some(Value::Null) => {
            if spec(key).is_some_and(|f| f.required) {
                errs.push(required_error(key));
                None
            } else {
                Some(false)
            }
        }
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => {
            errs.push(type_error(key, msg!("error-expected-true_false")));
            None
        }
    }
}

/// `Ok(None)` when absent or null (optional fields only).
fn get_enum<T: Copy>(
    obj: &Map<String, Value>,
    key: &str,
    options: &[(&str, T)],
    errs: &mut InputErrors,
) -> Option<Option<T>> {
    match obj.get(key) {
        None | Some(Value::Null) => {
            if spec(key).is_some_and(|f| f.required) {
                errs.push(required_error(key));
                None
            } else {
                Some(None)
            }
        }
        Some(Value::String(s)) => match options.iter().find(|(name, _)| *name == s.as_str()) {
            Some((_, v)) => Some(Some(*v)),
            None => {
                let list = options.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
                let m = msg!("error-invalid_value-answer", value = short(s), answer = answer_label(key), options = list);
                errs.push(InputError::new(key, "invalid_value", m));
                None
            }
        },
        Some(_) => {
            errs.push(type_error(key, msg!("error-expected-string")));
            None
        }
    }
}

fn get_text(obj: &Map<String, Value>, key: &str, max: usize, errs: &mut InputErrors) -> Option<Option<String>> {
    match obj.get(key) {
        None | Some(Value::Null) => Some(None),
        Some(Value::String(s)) => {
            let t = s.trim();
            if t.chars().count() > max {
                errs.push(InputError::new(key, "too_long", msg!("error-too_long-answer", answer = answer_label(key), max = max)));
                None
            } else if t.chars().any(crate::limits::is_bidi_control) {
                errs.push(crate::limits::bidi_error(key, msg!("error-what-answer", answer = answer_label(key))));
                None
            } else if t.chars().any(char::is_control) {
                errs.push(InputError::new(key, "invalid_value", msg!("error-invalid_value-control", answer = answer_label(key))));
                None
            } else if t.is_empty() {
                Some(None)
            } else {
                Some(Some(t.to_string()))
            }
        }
        Some(_) => {
            errs.push(type_error(key, msg!("error-expected-string")));
            None
        }
    }
}

/// `had_niss_before`: `true` / `false`, or `"yes"` / `"no"` / `"dont_know"`.
fn get_had_niss(obj: &Map<String, Value>, errs: &mut InputErrors) -> Option<HadNiss> {
    const KEY: &str = "had_niss_before";
    match obj.get(KEY) {
        Some(Value::Bool(b)) => Some((*b).into()),
        Some(Value::String(_)) => get_enum(obj, KEY, HAD_NISS, errs).flatten(),
        None | Some(Value::Null) => {
            errs.push(required_error(KEY));
            None
        }
        Some(_) => {
            errs.push(type_error(KEY, msg!("error-expected-had_niss")));
            None
        }
    }
}

/// `portal_messages` (a list) merged with the older single `portal_message`, in order, once each.
fn get_messages(obj: &Map<String, Value>, errs: &mut InputErrors) -> Option<Vec<PortalMessage>> {
    let mut out: Vec<PortalMessage> = Vec::new();
    let mut ok = true;
    match get_enum(obj, "portal_message", PORTAL, errs) {
        Some(Some(m)) => out.push(m),
        Some(None) => {}
        None => ok = false,
    }
    const KEY: &str = "portal_messages";
    match obj.get(KEY) {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let list = PORTAL.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
            for (i, item) in items.iter().enumerate() {
                if errs.is_full() {
                    break;
                }
                let found = item.as_str().and_then(|s| PORTAL.iter().find(|(n, _)| *n == s)).map(|(_, m)| *m);
                match found {
                    Some(m) => {
                        if !out.contains(&m) {
                            out.push(m);
                        }
                    }
                    None => {
                        ok = false;
                        let shown = item.as_str().map(short).unwrap_or_else(|| short(&item.to_string()));
                        let m = msg!("error-invalid_value-message", value = shown, options = list.clone());
                        errs.push(InputError::new(format!("{KEY}[{i}]"), "invalid_value", m));
                    }
                }
            }
        }
        Some(_) => {
            errs.push(type_error(KEY, msg!("error-expected-strings")));
            ok = false;
        }
    }
    ok.then_some(out)
}

/// Parses the answers JSON. Every problem is reported, each against its field; an unknown key is
/// an error (a typo must not be silently ignored).
pub fn parse_answers(json: &str) -> Result<NissAnswers, InputErrors> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        InputErrors::single(InputError::new("", "invalid_json", msg!("error-invalid_json", line = e.line(), column = e.column())))
    })?;
    let Value::Object(obj) = value else {
        return Err(InputErrors::single(InputError::new("", "invalid_type", msg!("error-invalid_type-answers"))));
    };
    let mut errs = InputErrors::default();
    for key in obj.keys() {
        if errs.is_full() {
            break;
        }
        if spec(key).is_none() {
            let m = match suggestion(key) {
                Some(k) => msg!("error-unknown_field-suggestion", name = short(key), suggestion = k),
                None => msg!("error-unknown_field-answers", name = short(key)),
            };
            errs.push(InputError::new(key.clone(), "unknown_field", m));
        }
    }
    let nationality_group = get_enum(&obj, "nationality_group", NATIONALITY, &mut errs).flatten();
    let has_pt_citizen_card = get_bool(&obj, "has_pt_citizen_card", &mut errs);
    let has_pt_address = get_bool(&obj, "has_pt_address", &mut errs);
    let residence_status = get_enum(&obj, "residence_status", RESIDENCE, &mut errs).flatten();
    let work_situation = get_enum(&obj, "work_situation", WORK, &mut errs).flatten();
    let needed_for = get_enum(&obj, "needed_for", NEEDED, &mut errs).flatten();
    let had_niss_before = get_had_niss(&obj, &mut errs);
    let passport_or_name_changed = get_bool(&obj, "passport_or_name_changed", &mut errs);
    let filed_by = get_enum(&obj, "filed_by", FILER, &mut errs).flatten();
    let filing_for_family_member = get_bool(&obj, "filing_for_family_member", &mut errs);
    let wants_combined_service = get_bool(&obj, "wants_combined_service", &mut errs);
    let address_changed = get_bool(&obj, "address_changed", &mut errs);
    let niss_requested = get_bool(&obj, "niss_requested", &mut errs);
    let portal_messages = get_messages(&obj, &mut errs);
    let typed_niss = get_text(&obj, "typed_niss", MAX_NUMBER_CHARS, &mut errs);
    let typed_nif = get_text(&obj, "typed_nif", MAX_NUMBER_CHARS, &mut errs);
    let name = get_text(&obj, "name", MAX_NAME_CHARS, &mut errs);

    match (
        nationality_group,
        has_pt_citizen_card,
        has_pt_address,
        residence_status,
        work_situation,
        needed_for,
        had_niss_before,
        passport_or_name_changed,
        filed_by,
    ) {
        (Some(ng), Some(cc), Some(addr), Some(rs), Some(ws), Some(nf), Some(had), Some(changed), Some(fb))
            if errs.is_empty() =>
        {
            Ok(NissAnswers {
                nationality_group: ng,
                has_pt_citizen_card: cc,
                has_pt_address: addr,
                residence_status: rs,
                work_situation: ws,
                needed_for: nf,
                had_niss_before: had,
                passport_or_name_changed: changed,
                filed_by: fb,
                filing_for_family_member: filing_for_family_member.unwrap_or(false),
                wants_combined_service: wants_combined_service.unwrap_or(false),
                address_changed: address_changed.unwrap_or(false),
                niss_requested: niss_requested.unwrap_or(false),
                portal_messages: portal_messages.unwrap_or_default(),
                typed_niss: typed_niss.flatten(),
                typed_nif: typed_nif.flatten(),
                name: name.flatten(),
            })
        }
        _ => Err(errs),
    }
}
