//! The rules table's types (parameters with dated values, rules) and looking values up by
//! date. Reading and validating the JSON is in `load.rs`.

use crate::dates::iso;
use crate::message::Msg;
use crate::source::{Confidence, Reference};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::fmt;
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
    /// Shared with every report that uses it (a report copies the values it used).
    Scale(Arc<[Decimal]>),
    Code(Arc<str>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatedValue {
    #[serde(serialize_with = "ser_date")]
    pub effective: Date,
    pub value: Value,
    pub reference: &'static Reference,
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
    /// Shared with every report that uses the parameter (the key of its `parameters`).
    pub id: Arc<str>,
    /// What the parameter is, in words: message `param-<id>` (the words live in the locale
    /// files, not in the table). Shared with every report that uses the parameter.
    pub description: Arc<Msg>,
    pub unit: Unit,
    pub update: Update,
    pub values: Vec<DatedValue>,
    /// The parameter's place among the table's ids in sorted order (set when the table is
    /// read): a report lists the parameters it used in this order without comparing ids.
    #[serde(skip)]
    pub order: u32,
}

/// A rule of the law as the engine applies it (the logic lives in Rust): what it says, where
/// it comes from, and how sure we are of it. Every reason in a report names one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleInfo {
    pub id: String,
    /// What the rule says, in words: message `rule-<id>`.
    pub description: Msg,
    /// Shared with every reason that cites the rule.
    pub reference: &'static Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

/// The table's maps are looked up a few hundred times per evaluation (every value and every
/// reason): hashed (Fx), rather than by comparing ids in a
/// tree (measured: a third of `evaluate`'s time was spent comparing ids). Serialized sorted.
pub type IdMap<V> = HashMap<String, V, BuildHasherDefault<Fx>>;

/// The Fx hash (rustc's): a word at a time, fast on short keys; for ids the table itself
/// chooses, so there are no hostile keys to defend against.
#[derive(Default)]
pub struct Fx(u64);

impl Fx {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
}

fn ser_sorted<V: Serialize, S: serde::Serializer>(m: &IdMap<V>, s: S) -> Result<S::Ok, S::Error> {
    let sorted: std::collections::BTreeMap<&String, &V> = m.iter().collect();
    sorted.serialize(s)
}

/// When a document is asked for: for the household as a whole, or once for each person of a
/// kind who may receive one of the document's benefits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentWhen {
    /// Once, whenever one of its benefits is claimed.
    Always,
    Spouse,
    Partner,
    /// An ex-spouse, or a spouse judicially separated from the deceased.
    ExSpouse,
    /// A child, stepchild or grandchild.
    Descendant,
    /// A descendant past the base age limit who studies.
    DescendantInEducation,
    /// Anyone answered as disabled.
    Disabled,
    /// A stepchild, grandchild, parent or grandparent supported by the deceased.
    Dependent,
    /// Someone paid the funeral.
    FuneralPaid,
    /// The death was caused by an accident (a third party may be responsible).
    Accident,
}

impl DocumentWhen {
    pub const ALL: [DocumentWhen; 10] = [
        DocumentWhen::Always,
        DocumentWhen::Spouse,
        DocumentWhen::Partner,
        DocumentWhen::ExSpouse,
        DocumentWhen::Descendant,
        DocumentWhen::DescendantInEducation,
        DocumentWhen::Disabled,
        DocumentWhen::Dependent,
        DocumentWhen::FuneralPaid,
        DocumentWhen::Accident,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DocumentWhen::Always => "always",
            DocumentWhen::Spouse => "spouse",
            DocumentWhen::Partner => "partner",
            DocumentWhen::ExSpouse => "ex_spouse",
            DocumentWhen::Descendant => "descendant",
            DocumentWhen::DescendantInEducation => "descendant_in_education",
            DocumentWhen::Disabled => "disabled",
            DocumentWhen::Dependent => "dependent",
            DocumentWhen::FuneralPaid => "funeral_paid",
            DocumentWhen::Accident => "accident",
        }
    }

    pub fn from_id(id: &str) -> Option<DocumentWhen> {
        DocumentWhen::ALL.into_iter().find(|w| w.id() == id)
    }

    /// True when the document is asked once for each such person; its words then take the
    /// person's name (`$who`).
    pub fn per_person(self) -> bool {
        !matches!(self, DocumentWhen::Always | DocumentWhen::FuneralPaid | DocumentWhen::Accident)
    }
}

/// A document to gather for the survivors' claims: when it is needed, for which benefits,
/// and where that comes from. Its words are the message `doc-<id>`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentInfo {
    /// The id, interned (see `message::intern`): every report that lists the document shares it.
    pub id: &'static str,
    /// Its words' message code (`doc-<id>`), interned likewise.
    #[serde(skip)]
    pub code: &'static str,
    pub when: DocumentWhen,
    pub benefits: Vec<crate::survivors::Benefit>,
    pub reference: &'static Reference,
    pub confidence: Confidence,
    pub last_review: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    #[serde(serialize_with = "ser_sorted")]
    pub parameters: IdMap<Parameter>,
    #[serde(serialize_with = "ser_sorted")]
    pub rules: IdMap<RuleInfo>,
    /// The documents to gather, in the order a checklist shows them.
    pub documents: Vec<DocumentInfo>,
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
            _ => Err(LookupError::WrongKind { id: self.parameter.id.to_string() }),
        }
    }

    /// The rate for `count` people from a by-count scale.
    pub fn rate_for(&self, count: usize) -> Result<Decimal, LookupError> {
        match &self.value.value {
            // Past the scale's end the last rate holds; an empty scale (refused when the table is
            // read) is a wrong kind, not a panic.
            Value::Scale(s) if count > 0 => {
                s.get(count - 1).or(s.last()).copied().ok_or_else(|| LookupError::WrongKind { id: self.parameter.id.to_string() })
            }
            _ => Err(LookupError::WrongKind { id: self.parameter.id.to_string() }),
        }
    }


    /// A code value, shared (a report's form code is the table's own).
    pub fn code_shared(&self) -> Result<Arc<str>, LookupError> {
        match &self.value.value {
            Value::Code(c) => Ok(c.clone()),
            _ => Err(LookupError::WrongKind { id: self.parameter.id.to_string() }),
        }
    }

    /// Whole-number parameters (months, years, days, counts) as an `i32`.
    pub fn whole(&self) -> Result<i32, LookupError> {
        let d = self.number()?;
        // The table writes whole numbers without decimals: no division needed.
        if d.scale() == 0 {
            return i32::try_from(d.mantissa()).map_err(|_| LookupError::WrongKind { id: self.parameter.id.to_string() });
        }
        if d.fract().is_zero() {
            i32::try_from(d.mantissa() / 10i128.pow(d.scale())).map_err(|_| LookupError::WrongKind { id: self.parameter.id.to_string() })
        } else {
            Err(LookupError::WrongKind { id: self.parameter.id.to_string() })
        }
    }
}
