//! What the engine answers: for each benefit a status, the awards, and the trace that explains
//! them. The UI renders this and the tests read it; neither decides anything on its own.

use crate::dates::IsoDate;
use crate::money::Money;
use crate::message::Msg;
use crate::msg;
use crate::source::{Confidence, Reference};
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Benefit {
    SurvivorsPension,
    DeathGrant,
    FuneralExpensesRefund,
    WidowsPension,
    OrphansPension,
    FuneralAllowance,
}

impl Benefit {
    /// Every benefit, in the report's order.
    pub const ALL: [Benefit; 6] = [
        Benefit::SurvivorsPension,
        Benefit::DeathGrant,
        Benefit::FuneralExpensesRefund,
        Benefit::WidowsPension,
        Benefit::OrphansPension,
        Benefit::FuneralAllowance,
    ];

    /// The benefit's id, as serialized (`survivors_pension`); the rules table names benefits so.
    pub fn id(self) -> &'static str {
        match self {
            Benefit::SurvivorsPension => "survivors_pension",
            Benefit::DeathGrant => "death_grant",
            Benefit::FuneralExpensesRefund => "funeral_expenses_refund",
            Benefit::WidowsPension => "widows_pension",
            Benefit::OrphansPension => "orphans_pension",
            Benefit::FuneralAllowance => "funeral_allowance",
        }
    }

    pub fn from_id(id: &str) -> Option<Benefit> {
        Benefit::ALL.into_iter().find(|b| b.id() == id)
    }

    /// A pension paid every month (a late claim loses months), as against a lump sum.
    pub fn is_monthly(self) -> bool {
        matches!(self, Benefit::SurvivorsPension | Benefit::WidowsPension | Benefit::OrphansPension)
    }

    pub fn name(self) -> Msg {
        match self {
            Benefit::SurvivorsPension => msg!("surv-benefit-survivors_pension"),
            Benefit::DeathGrant => msg!("surv-benefit-death_grant"),
            Benefit::FuneralExpensesRefund => msg!("surv-benefit-funeral_expenses_refund"),
            Benefit::WidowsPension => msg!("surv-benefit-widows_pension"),
            Benefit::OrphansPension => msg!("surv-benefit-orphans_pension"),
            Benefit::FuneralAllowance => msg!("surv-benefit-funeral_allowance"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NotEligible,
    NeedsInfo,
    /// The rules table lacks a value this benefit needs for the date of death (see
    /// `BenefitResult::unknown_value`): nothing is guessed, the other benefits are still decided.
    ValueUnknown,
}

/// The table value a `value_unknown` benefit could not do without.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownValue {
    /// The parameter id in the rules table (`funeral_allowance.amount`).
    pub parameter: String,
    /// The date it was needed for (the date of death).
    pub date: String,
    /// The first date the table has a value for, when the date is before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table_starts: Option<String>,
}

impl UnknownValue {
    /// The lookup error this gap stands for, to pass it on (a benefit that depends on another's
    /// unknown value) or to refuse a household no benefit of which can be decided.
    pub(crate) fn lookup_error(&self, date: time::Date) -> crate::rules::LookupError {
        let id = self.parameter.clone();
        match self.table_starts.as_deref().and_then(crate::dates::parse_iso) {
            Some(first) => crate::rules::LookupError::BeforeFirst { id, date, first },
            None => crate::rules::LookupError::YearMissing { id, date, last: date },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    Once,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Award {
    /// A person id, or `"other"` for a funeral payer outside the family.
    pub person: String,
    pub amount: Money,
    pub period: Period,
    /// For monthly amounts: the year's total with every payment of the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yearly: Option<Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payments_per_year: Option<i32>,
    /// First month paid (monthly awards).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<IsoDate>,
    /// Last day paid, when the law sets one; `null` for life or until a condition changes.
    pub until: Option<IsoDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until_reason: Option<Msg>,
    /// Why payment starts when it does (a late claim, a child born after the death).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_reason: Option<Msg>,
}

impl Award {
    /// A lump sum paid once.
    pub(crate) fn once(person: String, amount: Money) -> Award {
        Award { person, amount, period: Period::Once, yearly: None, payments_per_year: None, from: None, until: None, until_reason: None, from_reason: None }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A condition that holds.
    Met,
    /// A condition that fails, and so decides against.
    NotMet,
    /// A condition that cannot be checked without more answers.
    Missing,
    /// Context that explains, without deciding.
    Info,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The rule applied (an id of the rules table's `rules`).
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Arc<str>>,
    pub outcome: Outcome,
    pub message: Msg,
    pub reference: &'static Reference,
    pub confidence: Confidence,
    /// Set when the rule is not confirmed in the official text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Msg>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub message: Msg,
    /// Parameters the step used.
    pub parameters: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    /// Path of the answer still needed, as in the input (`people[0].marriage_date`).
    pub field: String,
    pub question: Msg,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Form {
    pub code: Arc<str>,
    /// The form's name: the message of its parameter (`param-form-…`).
    pub name: Arc<Msg>,
    pub reference: &'static Reference,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenefitResult {
    pub benefit: Benefit,
    pub name: Msg,
    pub status: Status,
    pub headline: Msg,
    pub awards: Vec<Award>,
    pub reasons: Vec<Reason>,
    pub steps: Vec<Step>,
    pub missing: Vec<Missing>,
    pub form: Option<Form>,
    /// Further forms that may be needed (e.g. when a third party caused the death).
    pub extra_forms: Vec<Form>,
    pub claim_deadline: Option<IsoDate>,
    pub deadline_note: Option<Msg>,
    /// The claim deadline against today (`evaluate_on`); `null` without today or deadline.
    pub deadline: Option<Deadline>,
    /// The weakest confidence of the rules and values this result rests on.
    pub confidence: Confidence,
    /// For `value_unknown`: the table value that is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unknown_value: Option<UnknownValue>,
}

/// Where a claim deadline stands on the day the report is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    Open,
    DueToday,
    Passed,
}

/// A benefit's claim deadline compared with today, and what claiming now means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// The last day to claim (ISO), the same as `claim_deadline`.
    pub date: String,
    pub state: DeadlineState,
    /// Days from today to the deadline: 0 on the day, negative once passed.
    pub days_left: i64,
    /// The deadline in words: days left, today, or passed.
    pub note: Msg,
    /// What a claim made today brings (a pension: from which month, months lost; a lump sum:
    /// what the sources say of a late claim). `null` when there is nothing to add.
    pub claim_now: Option<Msg>,
    /// Monthly pensions, deadline passed: the first month paid if claimed today (`YYYY-MM`).
    pub paid_from_if_claimed_now: Option<String>,
    /// Monthly pensions, deadline passed: months between the in-time start and that month.
    pub months_lost: Option<i32>,
    /// The rule behind `claim_now` (or behind the deadline, when nothing is added).
    pub rule: &'static str,
    pub reference: &'static Reference,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParameterUse {
    pub value: crate::rules::Value,
    #[serde(serialize_with = "ser_date")]
    pub effective: time::Date,
    /// The parameter's words: message `param-<id>`.
    pub description: Arc<Msg>,
    pub reference: &'static Reference,
    pub confidence: Confidence,
}

/// The parameters a report used, sorted by id; serialized as a JSON object keyed by id. A
/// sorted list rather than a map: built once per report, read rarely, and the ids are the
/// table's own (shared, not copied).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parameters(pub(crate) Vec<(Arc<str>, ParameterUse)>);

impl Parameters {
    pub fn get(&self, id: &str) -> Option<&ParameterUse> {
        self.0.binary_search_by(|(k, _)| (**k).cmp(id)).ok().map(|i| &self.0[i].1)
    }
    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ParameterUse)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }
    pub fn values(&self) -> impl Iterator<Item = &ParameterUse> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl Serialize for Parameters {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(&**k, v)?;
        }
        map.end()
    }
}

fn ser_date<S: serde::Serializer>(d: &time::Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&format_args!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The date whose rules were applied: the date of death.
    pub rules_date: IsoDate,
    pub rules_year: i32,
    /// True when the date is past the table and the latest known values were used.
    pub projection: bool,
        pub parameters: Parameters,
    pub benefits: Vec<BenefitResult>,
    pub notices: Vec<Msg>,
    /// The day deadlines were compared with (ISO), given to `evaluate_on`; `null` otherwise.
    pub today: Option<String>,
    /// What to do now: the claims, the nearest deadline, what has passed, the documents.
    pub plan: Option<super::plan::Plan>,
}

impl Report {
    pub fn benefit(&self, b: Benefit) -> Option<&BenefitResult> {
        self.benefits.iter().find(|r| r.benefit == b)
    }
}
