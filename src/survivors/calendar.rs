//! The dated events that follow from a report, as data for a calendar (`crate::calendar` writes
//! them as iCalendar): each open claim deadline, a child's 18th birthday while their survivor's
//! pension runs (it ends then unless they study), a yearly reminder of the proof of enrolment,
//! and the last day of each award that has one. Nothing before the report's `today`.

use super::input::{Household, Person, Relation};
use super::report::{Benefit, DeadlineState, Period, Report, Status};
use crate::dates::{add_years, birthday, parse_iso};
use crate::message::{Arg, Msg};
use crate::msg;
use crate::rules::Value;
use std::sync::Arc;
use time::{Date, Month};

/// The yearly reminder of the proof of enrolment: 1 October, when the school year has begun and
/// schools and universities issue the proof. No source gives a date (`calendar.enrolment_reminder`).
const ENROLMENT_REMINDER: (Month, u8) = (Month::October, 1);

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    ClaimDeadline,
    AgeLimitBirthday,
    EnrolmentReminder,
    AwardEnds,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEvent {
    pub kind: EventKind,
    /// The day of the (all-day) event.
    pub date: Date,
    /// A reminder repeats every year on the same day until this date (inclusive).
    pub yearly_until: Option<Date>,
    pub person: Option<Arc<str>>,
    pub summary: Msg,
    /// The description, one message per line.
    pub description: Vec<Msg>,
    /// The rule the event follows from (an id of the rules table's `rules`), when one rule does
    /// (a claim's deadline follows from each of its benefits' own rules).
    pub rule: Option<&'static str>,
    /// What the event is about, stable across runs of the same answers (for the calendar's UID).
    pub key: String,
}

/// The events on or after the report's `today`, in date order; none for a report made without
/// today (it cannot tell what is still ahead).
pub fn events(report: &Report, hh: &Household) -> Vec<CalendarEvent> {
    let Some(today) = report.today.as_deref().and_then(parse_iso) else {
        return Vec::new();
    };
    let mut out = claim_deadlines(report, today);
    let age_limit = report.parameters.get("descendants.age_limit").and_then(|p| whole(&p.value));
    for b in report.benefits.iter().filter(|b| b.status == Status::Eligible) {
        for a in b.awards.iter().filter(|a| a.period == Period::Month) {
            let person = hh.people.iter().find(|p| p.id == a.person);
            let until = a.until.as_deref().and_then(parse_iso);
            let mut covered_end = false;
            if let (Benefit::SurvivorsPension, Some(p), Some(limit)) = (b.benefit, person, age_limit) {
                covered_end = studies_events(&mut out, p, until, limit, today);
            }
            if let Some(until) = until.filter(|u| *u >= today && !covered_end) {
                let who = person.map_or_else(|| Arg::from(a.person.clone()), label);
                // The benefit's id selects its name in the sentence (its article and case differ).
                let mut description = vec![msg!("cal-award_ends-description", who = who.clone(), benefit = b.benefit.id(), date = until)];
                description.extend(a.until_reason.clone());
                out.push(CalendarEvent {
                    kind: EventKind::AwardEnds,
                    date: until,
                    yearly_until: None,
                    person: Some(Arc::from(a.person.as_str())),
                    summary: msg!("cal-award_ends-summary", who = who, benefit = b.benefit.id()),
                    description,
                    rule: None,
                    key: format!("ends|{}|{}|{}", b.benefit.id(), a.person, crate::dates::iso(until)),
                });
            }
        }
    }
    out.sort_by(|x, y| (x.date, &x.key).cmp(&(y.date, &y.key)));
    out
}

fn claim_deadlines(report: &Report, today: Date) -> Vec<CalendarEvent> {
    let Some(plan) = &report.plan else { return Vec::new() };
    plan.claims
        .iter()
        .filter(|c| matches!(c.state, Some(DeadlineState::Open | DeadlineState::DueToday)))
        .filter_map(|c| {
            let date = c.deadline.as_deref().and_then(parse_iso).filter(|d| *d >= today)?;
            let mut description = vec![msg!("cal-claim-description", form = c.form.clone(), name = (*c.name).clone())];
            description.extend(c.benefits.iter().map(|b| msg!("cal-claim-benefit", benefit = b.name())));
            Some(CalendarEvent {
                kind: EventKind::ClaimDeadline,
                date,
                yearly_until: None,
                person: None,
                summary: msg!("cal-claim-summary", form = c.form.clone()),
                description,
                rule: None,
                key: format!("claim|{}|{}", c.form, crate::dates::iso(date)),
            })
        })
        .collect()
}

/// A descendant's survivor's pension around the age limit: the birthday on which it ends unless
/// they study, and, while it runs because they study, a yearly reminder to send the proof.
/// True when the birthday event already says what the award's end says (it ends on the eve).
fn studies_events(out: &mut Vec<CalendarEvent>, p: &Person, until: Option<Date>, limit: i32, today: Date) -> bool {
    let descendant = matches!(p.relation, Relation::Child | Relation::Stepchild | Relation::Grandchild);
    let (true, false, Some(birth)) = (descendant, p.disabled == Some(true), p.birth_date) else {
        return false;
    };
    let Some(day) = birthday(birth, limit) else { return false };
    let ends_on_eve = until.is_some_and(|u| u.next_day() == Some(day));
    let runs_to_birthday = until.is_none_or(|u| u.next_day().is_some_and(|n| n >= day));
    if day >= today && runs_to_birthday {
        out.push(CalendarEvent {
            kind: EventKind::AgeLimitBirthday,
            date: day,
            yearly_until: None,
            person: Some(Arc::from(p.id.as_str())),
            summary: msg!("cal-age_limit-summary", who = label(p), age = limit),
            description: vec![msg!("cal-age_limit-description", who = label(p), age = limit)],
            rule: Some("family.descendant_age"),
            key: format!("age|{}|{}", p.id, crate::dates::iso(day)),
        });
    }
    // The pension runs past the birthday only while they study: remind every school year.
    if let Some(until) = until.filter(|u| *u >= day)
        && let Some(first) = first_reminder(today.max(day))
        && first <= until
    {
        out.push(CalendarEvent {
            kind: EventKind::EnrolmentReminder,
            date: first,
            yearly_until: Some(until),
            person: Some(Arc::from(p.id.as_str())),
            summary: msg!("cal-enrolment-summary", who = label(p)),
            description: vec![msg!("cal-enrolment-description", who = label(p), until = until)],
            rule: Some("calendar.enrolment_reminder"),
            key: format!("enrolment|{}", p.id),
        });
    }
    ends_on_eve && day >= today
}

/// The first reminder day on or after `from`.
fn first_reminder(from: Date) -> Option<Date> {
    let (month, day) = ENROLMENT_REMINDER;
    let this_year = Date::from_calendar_date(from.year(), month, day).ok()?;
    if this_year >= from { Some(this_year) } else { add_years(this_year, 1) }
}

fn label(p: &Person) -> Arg {
    Arg::from(p.label().to_string())
}

/// A whole-number table value (an age).
fn whole(v: &Value) -> Option<i32> {
    match v {
        Value::Number(d) => {
            let n = d.normalize();
            if n.scale() == 0 { i32::try_from(n.mantissa()).ok() } else { None }
        }
        _ => None,
    }
}
