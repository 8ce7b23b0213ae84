//! Reading the rules table's JSON and validating it into `Rules`: every problem is collected
//! (not only the first), so a maintainer sees them all at once.

use super::table::{DatedValue, DocumentInfo, DocumentWhen, IdMap, Parameter, RuleInfo, Rules, RulesError, Unit, Update, Value};
use crate::dates::{iso, parse_iso};
use crate::message::Msg;
use crate::source::{Confidence, Reference};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

impl Rules {
    pub fn from_json(json: &str) -> Result<Rules, RulesError> {
        let raw: RawTable = serde_json::from_str(json).map_err(|e| RulesError(vec![format!("not valid JSON for a rules table: {e}")]))?;
        let mut problems = Vec::new();
        let mut parameters = IdMap::default();
        for p in raw.parameters {
            match validate_parameter(p) {
                Ok(param) => {
                    let id = param.id.to_string();
                    if parameters.insert(id.clone(), param).is_some() {
                        problems.push(format!("parameter id `{id}` appears more than once"));
                    }
                }
                Err(mut errs) => problems.append(&mut errs),
            }
        }
        let mut rules = IdMap::default();
        for r in raw.rules {
            if r.id.trim().is_empty() {
                problems.push("a rule has an empty id".to_string());
            }
            if r.reference.title.trim().is_empty() || (r.reference.url.is_none() && r.reference.act.is_none()) {
                problems.push(format!("rule `{}`: the reference needs a title and a URL or a legal act", r.id));
            }
            if parse_iso(&r.last_review).is_none() {
                problems.push(format!("rule `{}`: last_review is not an ISO date", r.id));
            }
            if parameters.contains_key(&r.id) {
                problems.push(format!("rule id `{}` is also a parameter id", r.id));
            }
            let id = r.id.clone();
            let rule = RuleInfo {
                description: Msg::code(Msg::table_id("rule", &r.id)),
                id: r.id,
                reference: r.reference,
                confidence: r.confidence,
                last_review: r.last_review,
            };
            if rules.insert(id.clone(), rule).is_some() {
                problems.push(format!("rule id `{id}` appears more than once"));
            }
        }
        let mut ids: Vec<String> = parameters.keys().cloned().collect();
        ids.sort_unstable();
        for (i, id) in ids.iter().enumerate() {
            if let Some(p) = parameters.get_mut(id) {
                p.order = u32::try_from(i).unwrap_or(u32::MAX);
            }
        }
        let documents = validate_documents(raw.documents, &mut problems);
        if problems.is_empty() { Ok(Rules { parameters, rules, documents }) } else { Err(RulesError(problems)) }
    }
}

/// The documents table: unique ids, a known `when`, known benefits (at least one, none
/// twice), a reference with a title and a URL or legal act, and an ISO review date.
fn validate_documents(raw: Vec<RawDocument>, problems: &mut Vec<String>) -> Vec<DocumentInfo> {
    let mut out: Vec<DocumentInfo> = Vec::with_capacity(raw.len());
    for d in raw {
        let before = problems.len();
        let id = d.id.trim().to_string();
        if id.is_empty() || id.contains('.') {
            problems.push(format!("document `{}`: the id must be non-empty, without dots", d.id));
        }
        if out.iter().any(|o| o.id == id) {
            problems.push(format!("document id `{id}` appears more than once"));
        }
        let when = DocumentWhen::from_id(&d.when);
        if when.is_none() {
            problems.push(format!("document `{id}`: unknown `when` `{}`", d.when));
        }
        let mut benefits = Vec::with_capacity(d.benefits.len());
        for b in &d.benefits {
            match crate::survivors::Benefit::from_id(b) {
                Some(b) if !benefits.contains(&b) => benefits.push(b),
                Some(_) => problems.push(format!("document `{id}`: benefit `{b}` listed twice")),
                None => problems.push(format!("document `{id}`: unknown benefit `{b}`")),
            }
        }
        if d.benefits.is_empty() {
            problems.push(format!("document `{id}`: no benefits"));
        }
        if d.reference.title.trim().is_empty() || (d.reference.url.is_none() && d.reference.act.is_none()) {
            problems.push(format!("document `{id}`: the reference needs a title and a URL or a legal act"));
        }
        if parse_iso(&d.last_review).is_none() {
            problems.push(format!("document `{id}`: last_review is not an ISO date"));
        }
        if let (Some(when), true) = (when, problems.len() == before) {
            out.push(DocumentInfo { id, when, benefits, reference: d.reference, confidence: d.confidence, last_review: d.last_review });
        }
    }
    out
}

// ---- raw JSON shape -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default, rename = "$comment")]
    _comment: Option<String>,
    parameters: Vec<RawParameter>,
    rules: Vec<RawRule>,
    /// Optional so that a table of parameters alone (the tests' small tables) still reads.
    #[serde(default)]
    documents: Vec<RawDocument>,
}

/// A document as written in the table: no words (they are the message `doc-<id>`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: String,
    when: String,
    benefits: Vec<String>,
    reference: Arc<Reference>,
    confidence: Confidence,
    last_review: String,
}

/// A rule as written in the table: no words (they are the message `rule-<id>`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    reference: Arc<Reference>,
    confidence: Confidence,
    last_review: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParameter {
    id: String,
    unit: Unit,
    update: Update,
    values: OrderedEntries,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawValue {
    value: serde_json::Value,
    reference: Reference,
    confidence: Confidence,
    last_review: String,
    /// True when the value has a note (message `note-<parameter>-<date>`).
    #[serde(default)]
    note: bool,
}

/// A JSON object read in file order, so the validator can insist that dates ascend and are
/// unique (a map type would silently sort or merge them).
struct OrderedEntries(Vec<(String, RawValue)>);

impl<'de> Deserialize<'de> for OrderedEntries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OrderedEntries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object keyed by ISO effective date")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedEntries, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, RawValue>()? {
                    out.push((k, v));
                }
                Ok(OrderedEntries(out))
            }
        }
        d.deserialize_map(V)
    }
}

fn parse_decimal(v: &serde_json::Value) -> Option<Decimal> {
    match v {
        serde_json::Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    }
}

fn validate_parameter(p: RawParameter) -> Result<Parameter, Vec<String>> {
    let mut errs = Vec::new();
    let id = p.id.clone();
    if id.trim().is_empty() {
        errs.push("a parameter has an empty id".to_string());
    }
    if p.values.0.is_empty() {
        errs.push(format!("`{id}`: no values"));
    }
    let mut values: Vec<DatedValue> = Vec::new();
    for (date_s, raw) in p.values.0 {
        let Some(effective) = parse_iso(&date_s) else {
            errs.push(format!("`{id}`: `{date_s}` is not an ISO date"));
            continue;
        };
        if let Some(prev) = values.last()
            && prev.effective >= effective
        {
            errs.push(format!("`{id}`: dates must ascend strictly ({} then {date_s})", iso(prev.effective)));
        }
        let last_review = parse_iso(&raw.last_review);
        if last_review.is_none() {
            errs.push(format!("`{id}` {date_s}: last_review `{}` is not an ISO date", raw.last_review));
        }
        if raw.reference.title.trim().is_empty() || (raw.reference.url.is_none() && raw.reference.act.is_none()) {
            errs.push(format!("`{id}` {date_s}: the reference needs a title and a URL or a legal act"));
        }
        let value = match check_value(p.unit, &raw.value) {
            Ok(v) => v,
            Err(why) => {
                errs.push(format!("`{id}` {date_s}: {why}"));
                continue;
            }
        };
        if let Some(last_review) = last_review {
            let note = raw.note.then(|| Msg::code(Msg::table_id("note", &format!("{id}.{date_s}"))));
            values.push(DatedValue { effective, value, reference: Arc::new(raw.reference), confidence: raw.confidence, last_review, note });
        }
    }
    let description = Arc::new(Msg::code(Msg::table_id("param", &id)));
    if errs.is_empty() { Ok(Parameter { id: Arc::from(id), description, unit: p.unit, update: p.update, values, order: 0 }) } else { Err(errs) }
}

fn check_value(unit: Unit, v: &serde_json::Value) -> Result<Value, String> {
    let positive = |d: Decimal| d > Decimal::ZERO;
    match unit {
        Unit::Code => match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => Ok(Value::Code(Arc::from(s.as_str()))),
            _ => Err("a code must be a non-empty string".into()),
        },
        Unit::RateByCount => {
            let arr = v.as_array().ok_or("a rate_by_count value must be an array of decimal strings")?;
            let rates: Option<Vec<Decimal>> = arr.iter().map(parse_decimal).collect();
            let rates = rates.ok_or("every rate must be a decimal string")?;
            if rates.is_empty() || rates.iter().any(|r| *r <= Decimal::ZERO || *r > Decimal::ONE) {
                return Err("rates must be above 0 and at most 1".into());
            }
            Ok(Value::Scale(rates.into()))
        }
        _ => {
            let d = parse_decimal(v).ok_or("the value must be a decimal string")?;
            let ok = match unit {
                Unit::Rate => positive(d) && d <= Decimal::ONE,
                Unit::Eur => positive(d) && d.normalize().scale() <= 2,
                Unit::Multiplier => positive(d),
                Unit::Months | Unit::Years | Unit::Days | Unit::Count => positive(d) && d.fract().is_zero(),
                Unit::Code | Unit::RateByCount => false,
            };
            if ok { Ok(Value::Number(d)) } else { Err(format!("{d} is out of range for unit {unit:?}")) }
        }
    }
}
