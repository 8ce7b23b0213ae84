//! The evaluation context: the rules at the date of death, a record of every parameter used
//! (the report lists them with their dates and sources), and a builder for each benefit's trace.

use super::report::{Award, Benefit, BenefitResult, Form, Missing, Outcome, ParameterUse, Reason, Status, Step, UnknownValue};
use crate::money::Money;
use crate::rules::{LookupError, Rules};
use crate::message::{Arg, Msg};
use crate::msg;
use crate::source::Confidence;
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::sync::Arc;
use time::Date;

pub(crate) type Res<T> = Result<T, LookupError>;

/// What a benefit's decision ends in: its status and headline (the trace is in the builder).
pub(crate) type Decision = (Status, Msg);

/// Decides one benefit. A table value missing for the date of death makes this benefit
/// `value_unknown`, keeping the trace so far; it never stops the other benefits. Any other
/// lookup error is a broken table and is returned.
pub(crate) fn run<'c, 'r>(ctx: &'c Ctx<'r>, benefit: Benefit, decide: impl FnOnce(&mut Builder<'c, 'r>) -> Res<Decision>) -> Res<BenefitResult> {
    let mut b = Builder::new(ctx, benefit);
    match decide(&mut b) {
        Ok((status, headline)) => Ok(b.finish(status, headline)),
        Err(e @ (LookupError::BeforeFirst { .. } | LookupError::YearMissing { .. })) => Ok(b.finish_unknown(&e)),
        Err(e) => Err(e),
    }
}

pub(crate) struct Ctx<'r> {
    pub rules: &'r Rules,
    pub date: Date,
    /// Every parameter used, once each, in the order first used (a handful: a list is faster
    /// than a map here).
    used: RefCell<Vec<crate::rules::Lookup<'r>>>,
    projection: bool,
    /// Set when a value was taken from an earlier year because the table has none yet.
    projected: std::cell::Cell<bool>,
    /// Each person's id and label, in the household's order.
    people: Vec<(Arc<str>, Arc<str>)>,
}

impl<'r> Ctx<'r> {
    pub fn new(rules: &'r Rules, date: Date, projection: bool, people: &[super::input::Person]) -> Self {
        // A person without a name is labelled by their id: one shared string for both.
        let people = people
            .iter()
            .map(|p| {
                let id: Arc<str> = Arc::from(p.id.as_str());
                let label = if p.label() == p.id { id.clone() } else { Arc::from(p.label()) };
                (id, label)
            })
            .collect();
        Ctx { rules, date, used: RefCell::new(Vec::with_capacity(32)), projection, projected: std::cell::Cell::new(false), people }
    }

    /// How messages name the person: their label, made once per report and shared by every
    /// message that names them.
    pub fn who(&self, p: &super::input::Person) -> Arg {
        match self.people.iter().find(|(id, _)| **id == *p.id) {
            Some((_, label)) => Arg::Shared(label.clone()),
            None => Arg::from(p.label().to_string()),
        }
    }

    /// The person's id, shared by every reason about them.
    fn person_id(&self, id: &str) -> Arc<str> {
        self.people.iter().find(|(p, _)| **p == *id).map_or_else(|| Arc::from(id), |(p, _)| p.clone())
    }

    pub fn projected(&self) -> bool {
        self.projected.get()
    }

    /// Fails when the table has no value of `id` for the date (the caller reports it).
    pub fn check(&self, id: &str) -> Res<()> {
        self.resolve(id).map(|_| ())
    }

    fn lookup(&self, id: &'static str) -> Res<crate::rules::Lookup<'r>> {
        let l = self.resolve(id)?;
        let mut used = self.used.borrow_mut();
        if !used.iter().any(|u| std::ptr::eq(u.parameter, l.parameter)) {
            used.push(l);
        }
        Ok(l)
    }

    fn resolve(&self, id: &str) -> Res<crate::rules::Lookup<'r>> {
        let l = match self.rules.at(id, self.date) {
            Ok(l) => l,
            // Planning ahead: past the last year of the table, the latest value stands in.
            Err(e @ LookupError::YearMissing { .. }) if self.projection => match self.rules.latest(id) {
                Some(latest) if latest.value.effective <= self.date => {
                    self.projected.set(true);
                    latest
                }
                _ => return Err(e),
            },
            Err(e) => return Err(e),
        };
        Ok(l)
    }

    pub fn num(&self, id: &'static str) -> Res<Decimal> {
        self.lookup(id)?.number()
    }

    pub fn eur(&self, id: &'static str) -> Res<Money> {
        Ok(Money::round(self.num(id)?))
    }

    pub fn whole(&self, id: &'static str) -> Res<i32> {
        self.lookup(id)?.whole()
    }

    pub fn rate_for(&self, id: &'static str, count: usize) -> Res<Decimal> {
        self.lookup(id)?.rate_for(count)
    }

    pub fn form(&self, id: &'static str) -> Res<Form> {
        let l = self.lookup(id)?;
        Ok(Form { code: l.code_shared()?, name: l.parameter.description.clone(), reference: l.value.reference.clone() })
    }

    pub fn confidence_of(&self, id: &str) -> Option<Confidence> {
        self.used.borrow().iter().find(|l| &*l.parameter.id == id).map(|l| l.value.confidence)
    }

    /// Every parameter used, with its value, date and source, for the report, by id.
    pub fn into_parameters(self) -> super::report::Parameters {
        let mut used = self.used.into_inner();
        used.sort_unstable_by_key(|l| l.parameter.order);
        super::report::Parameters(
            used.into_iter()
                .map(|l| {
                    let use_ = ParameterUse {
                        value: l.value.value.clone(),
                        effective: l.value.effective,
                        description: l.parameter.description.clone(),
                        reference: l.value.reference.clone(),
                        confidence: l.value.confidence,
                    };
                    (l.parameter.id.clone(), use_)
                })
                .collect(),
        )
    }
}

/// Collects one benefit's trace while it is decided.
pub(crate) struct Builder<'c, 'r> {
    pub ctx: &'c Ctx<'r>,
    pub benefit: Benefit,
    pub reasons: Vec<Reason>,
    pub steps: Vec<Step>,
    pub missing: Vec<Missing>,
    pub awards: Vec<Award>,
    pub confidence: Confidence,
    pub form: Option<Form>,
    pub extra_forms: Vec<Form>,
    pub claim_deadline: Option<Date>,
    pub deadline_note: Option<Msg>,
}

impl<'c, 'r> Builder<'c, 'r> {
    pub fn new(ctx: &'c Ctx<'r>, benefit: Benefit) -> Self {
        Builder {
            ctx,
            benefit,
            // Enough for most benefits' traces without growing (measured: growing was ~15 % of
            // `evaluate`).
            reasons: Vec::with_capacity(16),
            steps: Vec::with_capacity(8),
            missing: Vec::new(),
            awards: Vec::new(),
            confidence: Confidence::Official,
            form: None,
            extra_forms: Vec::new(),
            claim_deadline: None,
            deadline_note: None,
        }
    }

    /// Records a reason under rule `code`, taking its reference and confidence from the table.
    pub fn reason(&mut self, code: &'static str, person: Option<&str>, outcome: Outcome, message: Msg) -> Res<()> {
        let rule = self.ctx.rules.rule(code)?;
        // Only rules that decide or explain this result weaken its confidence.
        self.confidence = self.confidence.min(rule.confidence);
        self.reasons.push(Reason {
            code,
            person: person.map(|id| self.ctx.person_id(id)),
            outcome,
            message,
            reference: rule.reference.clone(),
            confidence: rule.confidence,
            notice: rule.confidence.notice(),
        });
        Ok(())
    }

    pub fn met(&mut self, code: &'static str, person: Option<&str>, message: Msg) -> Res<()> {
        self.reason(code, person, Outcome::Met, message)
    }

    pub fn not_met(&mut self, code: &'static str, person: Option<&str>, message: Msg) -> Res<()> {
        self.reason(code, person, Outcome::NotMet, message)
    }

    pub fn info(&mut self, code: &'static str, person: Option<&str>, message: Msg) -> Res<()> {
        self.reason(code, person, Outcome::Info, message)
    }

    /// An answer still needed: listed once in `missing`, and as a reason under `code`.
    pub fn need(&mut self, code: &'static str, person: Option<&str>, field: impl Into<String>, question: Msg) -> Res<()> {
        let field = field.into();
        if !self.missing.iter().any(|m| m.field == field) {
            self.missing.push(Missing { field, question: question.clone() });
        }
        self.reason(code, person, Outcome::Missing, question)
    }

    /// A calculation step; the parameters it read weaken the result's confidence.
    pub fn step(&mut self, params: &[&'static str], message: Msg) {
        for p in params {
            self.fold(p);
        }
        self.steps.push(Step { message, parameters: params.to_vec() });
    }

    /// The claim form, from the table; its source's confidence counts too.
    pub fn set_form(&mut self, id: &'static str) -> Res<()> {
        self.form = Some(self.ctx.form(id)?);
        self.fold(id);
        Ok(())
    }

    pub fn add_extra_form(&mut self, id: &'static str) -> Res<()> {
        self.extra_forms.push(self.ctx.form(id)?);
        self.fold(id);
        Ok(())
    }

    fn fold(&mut self, id: &str) {
        if let Some(c) = self.ctx.confidence_of(id) {
            self.confidence = self.confidence.min(c);
        }
    }

    /// The result when the table lacks a value for the date: what was decided so far stays in
    /// the trace, and the headline names the missing value in plain words.
    fn finish_unknown(self, e: &LookupError) -> BenefitResult {
        let id = e.id().to_string();
        let date = self.ctx.date;
        let table_starts = match e {
            LookupError::BeforeFirst { first, .. } => Some(*first),
            _ => None,
        };
        // The value is named by its parameter's words (`param-<id>`), whichever table it is in.
        let headline = msg!("surv-headline-value-unknown", value = Msg::code(Msg::table_id("param", &id)), date = date);
        let mut result = self.finish(Status::ValueUnknown, headline);
        result.unknown_value =
            Some(UnknownValue { parameter: id, date: crate::dates::iso(date), table_starts: table_starts.map(crate::dates::iso) });
        result
    }

    pub fn finish(self, status: Status, headline: Msg) -> BenefitResult {
        let confidence = self.confidence;
        let (awards, missing) = match status {
            Status::Eligible => (self.awards, Vec::new()),
            Status::NeedsInfo => (Vec::new(), self.missing),
            Status::NotEligible | Status::ValueUnknown => (Vec::new(), Vec::new()),
        };
        BenefitResult {
            benefit: self.benefit,
            name: self.benefit.name(),
            status,
            headline,
            awards,
            reasons: self.reasons,
            steps: self.steps,
            missing,
            form: self.form,
            extra_forms: self.extra_forms,
            claim_deadline: self.claim_deadline.map(crate::dates::IsoDate::new),
            deadline_note: self.deadline_note,
            deadline: None,
            confidence,
            unknown_value: None,
        }
    }
}
