//! Filling the letter templates from the answers. The name is left blank unless the person typed
//! it; a typed NISS or NIF goes in only when it passes the check. Nothing is sent anywhere.
//!
//! A filled letter is a message: the template's id and the values as arguments (a typed value is
//! an argument, never read as part of the template). Letters go to Portuguese institutions and
//! employers, so they are rendered in Portuguese; another language only translates them for the
//! person (see `pack::FilledLetter`).

use super::answers::{NeededFor, NissAnswers, WorkSituation};
use super::catalogue::{LetterDef, Need, PLACEHOLDERS, Recipient, Sourced};
use super::checkers::{check_nif, check_niss};
use super::pack::{DocumentChoice, FilledLetter, PackDocument};
use crate::message::{Arg, Msg};
use crate::msg;

/// What a placeholder left for the person looks like in the letter.
pub const BLANK: &str = "____________";

/// The values known from the answers.
pub struct LetterValues {
    pub name: Option<String>,
    pub nif: Option<String>,
    pub niss: Option<String>,
    pub reason: Msg,
    /// The required documents, one per line (`None` when there is none).
    pub documents: Option<Msg>,
}

fn work_reason(w: WorkSituation) -> Msg {
    Msg::code(match w {
        WorkSituation::EmployeeSignedContract => "niss-letter-work-employee_signed_contract",
        WorkSituation::EmployeeNoContract => "niss-letter-work-employee_no_contract",
        WorkSituation::IndependentWithActivity => "niss-letter-work-independent_with_activity",
        WorkSituation::IndependentNoActivity => "niss-letter-work-independent_no_activity",
        WorkSituation::CompanyOfficer => "niss-letter-work-company_officer",
        WorkSituation::ForeignEmployer => "niss-letter-work-foreign_employer",
        WorkSituation::VoluntaryInsurance => "niss-letter-work-voluntary_insurance",
        WorkSituation::NotWorking => "niss-letter-work-not_working",
    })
}

fn need_reason(n: NeededFor) -> Option<Msg> {
    match n {
        NeededFor::Job => None,
        NeededFor::AimaRenewal => Some(Msg::code("niss-letter-need-aima_renewal")),
        NeededFor::Benefit => Some(Msg::code("niss-letter-need-benefit")),
        NeededFor::Other => Some(Msg::code("niss-letter-need-other")),
    }
}

fn reason(a: &NissAnswers) -> Msg {
    let work = work_reason(a.work_situation);
    match need_reason(a.needed_for) {
        Some(need) => msg!("niss-letter-reason-and-need", work = work, need = need),
        None => work,
    }
}

/// "a or b or c" in the letter's language.
fn either(names: &[Msg]) -> Option<Msg> {
    let (last, rest) = names.split_last()?;
    Some(rest.iter().rev().fold(last.clone(), |acc, n| msg!("niss-letter-document-or", first = n.clone(), rest = acc)))
}

/// The required documents as a list, one "- name" line each (a choice as "- a or b").
fn document_list(docs: &[PackDocument], choices: &[DocumentChoice]) -> Option<Msg> {
    let lines: Vec<Msg> = docs
        .iter()
        .filter(|d| d.need == Need::Required)
        .map(|d| d.name.clone())
        .chain(choices.iter().filter(|c| c.need == Need::Required).filter_map(|c| {
            let names: Vec<Msg> = c.options.iter().map(|o| o.name.clone()).collect();
            either(&names)
        }))
        .collect();
    let (last, rest) = lines.split_last()?;
    let end = msg!("niss-letter-documents-last", doc = last.clone());
    Some(rest.iter().rev().fold(end, |acc, d| msg!("niss-letter-documents-more", doc = d.clone(), rest = acc)))
}

impl LetterValues {
    pub fn from(a: &NissAnswers, docs: &[PackDocument], choices: &[DocumentChoice]) -> LetterValues {
        let niss = a.typed_niss.as_deref().map(check_niss).filter(|c| c.valid && c.person).and_then(|c| c.normalized);
        let nif = a.typed_nif.as_deref().map(check_nif).filter(|c| c.valid && c.person).and_then(|c| c.normalized);
        LetterValues { name: a.name.clone(), nif, niss, reason: reason(a), documents: document_list(docs, choices) }
    }

    fn value(&self, key: &str) -> Option<Arg> {
        match key {
            "name" => self.name.clone().map(Arg::from),
            "nif" => self.nif.clone().map(Arg::from),
            "niss" => self.niss.clone().map(Arg::from),
            "reason" => Some(Arg::from(self.reason.clone())),
            // No required document: an empty list rather than a blank to fill.
            "documents" => Some(self.documents.clone().map_or(Arg::from(""), Arg::from)),
            _ => None,
        }
    }
}

fn recipient_id(r: Recipient) -> &'static str {
    match r {
        Recipient::Employer => "employer",
        Recipient::SocialSecurity => "social_security",
        Recipient::Aima => "aima",
    }
}

pub fn fill(def: &LetterDef, values: &LetterValues) -> FilledLetter {
    let mut args = Vec::with_capacity(def.placeholders.len());
    let mut blanks = Vec::new();
    // The catalogue's placeholders are validated against PLACEHOLDERS, which gives the names
    // the `'static` life a message argument needs.
    for key in def.placeholders.iter().filter_map(|p| PLACEHOLDERS.iter().find(|k| **k == p.as_str())) {
        match values.value(key) {
            Some(v) => args.push((*key, v)),
            None => {
                args.push((*key, Arg::from(BLANK)));
                blanks.push((*key).to_string());
            }
        }
    }
    FilledLetter {
        id: def.id.clone(),
        recipient: recipient_id(def.recipient).to_string(),
        subject: def.subject(),
        body: Msg::new(def.body_id(), args),
        blanks,
        notice: Msg::code("niss-letter-notice"),
        source: def.source(),
    }
}
