//! Loading, validating and looking up dated parameters.

use crate::dates::{iso, parse_iso};
use crate::message::Msg;
use crate::source::{Confidence, Reference};
use rust_decimal::Decimal;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Euros, at most two decimals.
    Eur,
    /// A fraction between 0 and 1.
    Rate,
    /// Rates by number of people: the n-th entry for n people, the last for that many or more.
    RateByCount,
    /// A multiple of another amount (e.g. of the IAS).
    Multiplier,
    Months,
    Years,
    Days,
    Count,
    /// A form code or another label.
    Code,
}

/// Whether a value holds only for its own calendar year (the IAS, pensions: updated every year,
/// so a missing year is an error) or until the next value (percentages, ages, forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Update {
    Annual,
    UntilChanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number(Decimal),
    Scale(Vec<Decimal>),
    Code(String),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatedValue {
    #[serde(serialize_with = "ser_date")]
    pub effective: Date,
    pub value: Value,
    pub reference: Arc<Reference>,
    pub confidence: Confidence,
    #[serde(serialize_with = "ser_date")]
    pub last_review: Date,
    /// A maintainer's note on the value (its words: message `note-<parameter>-<date>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Msg>,
}

fn ser_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*d))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parameter {
    pub id: String,
    /// What the parameter is, in words: message `param-<id>` (the words live in the locale
    /// files, not in the table). Shared with every report that uses the parameter.
    pub description: Arc<Msg>,
    pub unit: Unit,
    pub update: Update,
    pub values: Vec<DatedValue>,
}

/// A rule of the law as the engine applies it (the logic lives in Rust): what it says, where
/// it comes from, and how sure we are of it. Every reason in a report names one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    pub id: String,
    /// What the rule says, in words: message `rule-<id>`.
    pub description: Msg,
    /// Shared with every reason that cites the rule.
    pub reference: Arc<Reference>,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    pub parameters: BTreeMap<String, Parameter>,
    pub rules: BTreeMap<String, RuleInfo>,
}

/// A value found for a date, with the parameter it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Lookup<'a> {
    pub parameter: &'a Parameter,
    pub value: &'a DatedValue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LookupError {
    Unknown { id: String },
    BeforeFirst { id: String, date: Date, first: Date },
    YearMissing { id: String, date: Date, last: Date },
    WrongKind { id: String },
}

impl LookupError {
    pub fn id(&self) -> &str {
        match self {
            LookupError::Unknown { id }
            | LookupError::BeforeFirst { id, .. }
            | LookupError::YearMissing { id, .. }
            | LookupError::WrongKind { id } => id,
        }
    }
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LookupError::Unknown { id } => write!(f, "the rules table has no parameter `{id}`"),
            LookupError::BeforeFirst { id, date, first } => {
                write!(f, "`{id}` has no value for {} (its first value is from {})", iso(*date), iso(*first))
            }
            LookupError::YearMissing { id, date, last } => {
                write!(f, "`{id}` has no value for the year {} (the latest is from {})", date.year(), iso(*last))
            }
            LookupError::WrongKind { id } => write!(f, "`{id}` does not hold the kind of value asked for"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesError(pub Vec<String>);

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid rules table: {}", self.0.join("; "))
    }
}

impl std::error::Error for RulesError {}

impl Rules {
    pub fn from_json(json: &str) -> Result<Rules, RulesError> {
        let raw: RawTable = serde_json::from_str(json).map_err(|e| RulesError(vec![format!("not valid JSON for a rules table: {e}")]))?;
        let mut problems = Vec::new();
        let mut parameters = BTreeMap::new();
        for p in raw.parameters {
            match validate_parameter(p) {
                Ok(param) => {
                    let id = param.id.clone();
                    if parameters.insert(id.clone(), param).is_some() {
                        problems.push(format!("parameter id `{id}` appears more than once"));
                    }
                }
                Err(mut errs) => problems.append(&mut errs),
            }
        }
        let mut rules = BTreeMap::new();
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
        if problems.is_empty() { Ok(Rules { parameters, rules }) } else { Err(RulesError(problems)) }
    }

    /// The value of `id` in force on `date`.
    pub fn at(&self, id: &str, date: Date) -> Result<Lookup<'_>, LookupError> {
        let parameter = self.parameters.get(id).ok_or_else(|| LookupError::Unknown { id: id.to_string() })?;
        let value = parameter
            .values
            .iter()
            .rev()
            .find(|v| v.effective <= date)
            .ok_or_else(|| LookupError::BeforeFirst {
                id: id.to_string(),
                date,
                first: parameter.values.first().map_or(date, |v| v.effective),
            })?;
        if parameter.update == Update::Annual && value.effective.year() != date.year() {
            return Err(LookupError::YearMissing { id: id.to_string(), date, last: value.effective });
        }
        Ok(Lookup { parameter, value })
    }

    pub fn rule(&self, id: &str) -> Result<&RuleInfo, LookupError> {
        self.rules.get(id).ok_or_else(|| LookupError::Unknown { id: id.to_string() })
    }

    /// The latest value of `id`, whatever its date (for projections, which must say so).
    pub fn latest(&self, id: &str) -> Option<Lookup<'_>> {
        let parameter = self.parameters.get(id)?;
        Some(Lookup { parameter, value: parameter.values.last()? })
    }
}

impl Lookup<'_> {
    pub fn number(&self) -> Result<Decimal, LookupError> {
        match &self.value.value {
            Value::Number(d) => Ok(*d),
            _ => Err(LookupError::WrongKind { id: self.parameter.id.clone() }),
        }
    }

    /// The rate for `count` people from a by-count scale.
    pub fn rate_for(&self, count: usize) -> Result<Decimal, LookupError> {
        match &self.value.value {
            Value::Scale(s) if count > 0 => Ok(s[(count - 1).min(s.len() - 1)]),
            _ => Err(LookupError::WrongKind { id: self.parameter.id.clone() }),
        }
    }

    pub fn code(&self) -> Result<&str, LookupError> {
        match &self.value.value {
            Value::Code(c) => Ok(c),
            _ => Err(LookupError::WrongKind { id: self.parameter.id.clone() }),
        }
    }

    /// Whole-number parameters (months, years, days, counts) as an `i32`.
    pub fn whole(&self) -> Result<i32, LookupError> {
        let d = self.number()?;
        if d.fract().is_zero() {
            i32::try_from(d.mantissa() / 10i128.pow(d.scale())).map_err(|_| LookupError::WrongKind { id: self.parameter.id.clone() })
        } else {
            Err(LookupError::WrongKind { id: self.parameter.id.clone() })
        }
    }
}

// ---- raw JSON shape -------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    #[serde(default, rename = "$comment")]
    _comment: Option<String>,
    parameters: Vec<RawParameter>,
    rules: Vec<RawRule>,
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
    if errs.is_empty() { Ok(Parameter { id, description, unit: p.unit, update: p.update, values }) } else { Err(errs) }
}

fn check_value(unit: Unit, v: &serde_json::Value) -> Result<Value, String> {
    let positive = |d: Decimal| d > Decimal::ZERO;
    match unit {
        Unit::Code => match v {
            serde_json::Value::String(s) if !s.trim().is_empty() => Ok(Value::Code(s.clone())),
            _ => Err("a code must be a non-empty string".into()),
        },
        Unit::RateByCount => {
            let arr = v.as_array().ok_or("a rate_by_count value must be an array of decimal strings")?;
            let rates: Option<Vec<Decimal>> = arr.iter().map(parse_decimal).collect();
            let rates = rates.ok_or("every rate must be a decimal string")?;
            if rates.is_empty() || rates.iter().any(|r| *r <= Decimal::ZERO || *r > Decimal::ONE) {
                return Err("rates must be above 0 and at most 1".into());
            }
            Ok(Value::Scale(rates))
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
