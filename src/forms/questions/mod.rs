//! Every question of both tools, declared once: its answer's path, its kind (and choices), the
//! page that asks it, its words (message ids), when it is asked, and its place in the order.
//! The flows' steps, the routes, the check-answers rows and their Change links, the field kinds
//! and the choice labels are all read from these tables ([`SURVIVORS`], [`NISS`]); so is the
//! `amparo questions` listing the browser tests read. Pure Rust, tested natively
//! (`tests/questions.rs` checks every declaration against the routes, the messages and the
//! engines).

mod listing;
pub mod niss;
pub mod survivors;

pub use niss::NISS;
pub use survivors::SURVIVORS;

use serde_json::Value;
use std::sync::OnceLock;

/// The marker a "don't know" answer stores.
pub const DONT_KNOW: &str = "dont_know";

/// One value a choice question offers, and its label's message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

pub(crate) const fn c(value: &'static str, label: &'static str) -> Choice {
    Choice { value, label }
}

/// How an answer is asked and kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// `YYYY-MM-DD`.
    Date,
    /// Yes or no, kept as a boolean (radios `<path>--true` / `--false`).
    YesNo,
    /// One box, ticked (true) or not (not answered).
    Tick,
    /// An amount in euros, typed the Portuguese way ("1.500,50").
    Money,
    /// A whole number.
    Whole,
    /// One of the choices (radios `<path>--<value>`); "true"/"false" values are kept as booleans.
    Choice(&'static [Choice]),
    /// Any of the choices (checkboxes `<path>--<value>`), kept as a list.
    Several(&'static [Choice]),
    /// One of the people, by id, or `other` (the funeral's payer).
    Payer,
    Text,
}

impl FieldKind {
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::Date => "date",
            FieldKind::YesNo => "yes_no",
            FieldKind::Tick => "tick",
            FieldKind::Money => "money",
            FieldKind::Whole => "whole",
            FieldKind::Choice(_) => "choice",
            FieldKind::Several(_) => "several",
            FieldKind::Payer => "payer",
            FieldKind::Text => "text",
        }
    }
}

/// The page that asks a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// A page of the flow, `#/<tool>/<step>`.
    Step(&'static str),
    /// A page of its own reached only by the Change link of "check your answers"; in the flow
    /// the question comes as a follow-up (`more`) page, when the engine asks for it.
    ChangeOnly(&'static str),
    /// The page about one person, `#/survivors/person/<i>`, opened from the `people` step.
    Person,
    /// Asked when the engine lists it as missing: a person's on that person's page, with who
    /// they are (as soon as the engine asks), and what is still missing after the fixed steps
    /// on a follow-up page, `#/survivors/more/<path>`, with the other missing answers about the
    /// same person (or about the person who died).
    FollowUp,
}

/// The flow step the person pages hang from.
pub const PEOPLE_STEP: &str = "people";

impl Page {
    /// The step of the flow this page is (or is opened from); `None` for pages off the flow.
    pub fn flow_step(self) -> Option<&'static str> {
        match self {
            Page::Step(s) => Some(s),
            Page::Person => Some(PEOPLE_STEP),
            Page::ChangeOnly(_) | Page::FollowUp => None,
        }
    }
}

/// When a question is asked. Paths named here are patterns too: for a person's question,
/// `people[].relation` is that same person's relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// On its page, every time.
    Always,
    /// On its page once the answer at `path` is given, unless it is `value` (a conditional
    /// reveal: the months of contributions once a scheme other than "none" is chosen).
    Unless(&'static str, &'static str),
    /// On its page, only while the answer at `path` is `value`.
    If(&'static str, &'static str),
    /// On its page, once the answer at `path` is given.
    IfAnswered(&'static str),
    /// Only when the engine lists it as missing (a follow-up page, with "I don't know").
    WhenMissing,
    /// Never: an answer saved by an older version, read and shown with another question.
    Legacy,
}

/// One question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The answer's JSON path in the engine's input; `[]` stands for any index
    /// (`people[].marriage_date`).
    pub path: &'static str,
    pub kind: FieldKind,
    pub page: Page,
    /// The answer's name: its row in "check your answers", its label on a page of several.
    pub label: &'static str,
    /// The question as a page heading, when it has a page of its own.
    pub title: Option<&'static str>,
    /// The hint under the question on its page.
    pub hint: Option<&'static str>,
    /// "What does this mean?": title and body.
    pub help: Option<(&'static str, &'static str)>,
    pub asked: Asked,
    /// Continue refuses the page while it is unanswered.
    pub required: bool,
    /// "I don't know" is offered (kept as `"dont_know"`).
    pub dont_know: bool,
    /// What Continue says when a required question is left unanswered: a message naming the
    /// question (and the person, as `$who`) and what to do.
    pub error: Option<&'static str>,
}

impl Question {
    /// A question with only its path, kind, page and label; the rest is added with the
    /// builder methods below.
    pub(crate) const fn new(path: &'static str, kind: FieldKind, page: Page, label: &'static str) -> Question {
        Question { path, kind, page, label, title: None, hint: None, help: None, asked: Asked::Always, required: false, dont_know: false, error: None }
    }
    pub(crate) const fn title(self, id: &'static str) -> Question {
        Question { title: Some(id), ..self }
    }
    pub(crate) const fn hint(self, id: &'static str) -> Question {
        Question { hint: Some(id), ..self }
    }
    pub(crate) const fn help(self, title: &'static str, body: &'static str) -> Question {
        Question { help: Some((title, body)), ..self }
    }
    pub(crate) const fn asked(self, asked: Asked) -> Question {
        Question { asked, ..self }
    }
    /// Continue refuses the page while it is unanswered, saying `error` (a message with `$who`).
    pub(crate) const fn required(self, error: &'static str) -> Question {
        Question { required: true, error: Some(error), ..self }
    }
    pub(crate) const fn dont_know(self) -> Question {
        Question { dont_know: true, ..self }
    }

    /// The step of the page that asks it, or the page of its own for a Change link.
    pub fn step(&self) -> Option<&'static str> {
        match self.page {
            Page::Step(s) | Page::ChangeOnly(s) => Some(s),
            Page::Person | Page::FollowUp => None,
        }
    }

    /// Whether the question is asked now on its page, for the answer at `path` (a concrete
    /// path of this question) in `form`: its condition holds (a follow-up question: always,
    /// the engine decides).
    pub fn is_asked(&self, form: &Value, path: &str) -> bool {
        let at = |pattern: &str| super::get(form, &concrete(pattern, path)).cloned().unwrap_or(Value::Null);
        match self.asked {
            Asked::Always | Asked::WhenMissing => true,
            Asked::Unless(p, v) => {
                let a = at(p);
                !is_blank(&a) && !same(&a, v)
            }
            Asked::If(p, v) => same(&at(p), v),
            Asked::IfAnswered(p) => !is_blank(&at(p)),
            Asked::Legacy => false,
        }
    }
}

/// Whether an answer is `value` ("true"/"false" match booleans).
fn same(answer: &Value, value: &str) -> bool {
    match answer {
        Value::Bool(b) => b.to_string() == value,
        Value::String(s) => s == value,
        _ => false,
    }
}

/// A tool's questions, in the order they are asked and shown on "check your answers".
pub struct Questions {
    pub tool: &'static str,
    pub list: &'static [Question],
    /// The labels of yes, no and "I don't know" in this tool.
    pub yes: &'static str,
    pub no: &'static str,
    pub dont_know: &'static str,
    steps: OnceLock<Vec<&'static str>>,
}

impl Questions {
    pub(crate) const fn new(
        tool: &'static str,
        list: &'static [Question],
        (yes, no, dont_know): (&'static str, &'static str, &'static str),
    ) -> Questions {
        Questions { tool, list, yes, no, dont_know, steps: OnceLock::new() }
    }

    /// The question a concrete path answers (`people[2].education`); a list's item
    /// (`portal_messages[0]`) belongs to its list.
    pub fn find(&self, path: &str) -> Option<&'static Question> {
        let pattern = pattern(path);
        self.list.iter().find(|q| q.path == pattern).or_else(|| {
            let list = pattern.strip_suffix("[]")?;
            self.list.iter().find(|q| q.path == list && matches!(q.kind, FieldKind::Several(_)))
        })
    }

    /// The place of a path's question in the order (`None`: not declared).
    pub fn position(&self, path: &str) -> Option<usize> {
        let q = self.find(path)?;
        self.list.iter().position(|x| std::ptr::eq(x, q))
    }

    /// The flow's steps, in order: the start page, then each page that asks a question
    /// (the person pages through the people list).
    pub fn steps(&self) -> &[&'static str] {
        self.steps.get_or_init(|| {
            let mut out = vec!["start"];
            for s in self.list.iter().filter(|q| q.asked != Asked::Legacy).filter_map(|q| q.page.flow_step()) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            out
        })
    }

    /// Whether `step` names a question page (of the flow, or a Change link's own page).
    pub fn is_step(&self, step: &str) -> Option<&'static str> {
        self.steps().iter().copied().find(|s| *s == step).or_else(|| {
            self.list.iter().find_map(|q| match q.page {
                Page::ChangeOnly(s) if s == step => Some(s),
                _ => None,
            })
        })
    }

    /// The questions asked on a step's page, in order.
    pub fn on_step(&self, step: &str) -> impl Iterator<Item = &'static Question> + use<'_> {
        let list: &'static [Question] = self.list;
        let step = step.to_string();
        list.iter().filter(move |q| q.asked != Asked::Legacy && q.step() == Some(step.as_str()))
    }

    /// The values a question offers with their labels: its choices, or yes / no (and "I don't
    /// know" when offered).
    pub fn choices(&self, q: &Question) -> Vec<Choice> {
        let mut out = match q.kind {
            FieldKind::Choice(list) | FieldKind::Several(list) => list.to_vec(),
            FieldKind::YesNo => vec![c("true", self.yes), c("false", self.no)],
            FieldKind::Tick => vec![c("true", self.yes)],
            _ => Vec::new(),
        };
        if q.dont_know && matches!(q.kind, FieldKind::YesNo | FieldKind::Choice(_)) {
            out.push(c(DONT_KNOW, self.dont_know));
        }
        out
    }

    /// The label's message id of one value of an answer (`None`: a value no question offers).
    pub fn choice_label(&self, path: &str, value: &str) -> Option<&'static str> {
        if value == DONT_KNOW {
            return Some(self.dont_know);
        }
        match self.find(path) {
            Some(q) => self.choices(q).into_iter().find(|x| x.value == value).map(|x| x.label),
            None => match value {
                "true" => Some(self.yes),
                "false" => Some(self.no),
                _ => None,
            },
        }
    }
}

/// A path with its indexes taken out: `people[2].x` → `people[].x`.
pub fn pattern(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for ch in path.chars() {
        match ch {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            ch => out.push(ch),
        }
    }
    out
}

/// A pattern made concrete with the indexes of `like`: `people[].relation` with
/// `people[2].unborn` → `people[2].relation`.
pub fn concrete(pattern: &str, like: &str) -> String {
    let mut indexes = like.split('[').skip(1).filter_map(|s| s.split(']').next());
    let mut parts = pattern.split("[]");
    let mut out = parts.next().unwrap_or("").to_string();
    for rest in parts {
        out.push('[');
        out.push_str(indexes.next().unwrap_or("0"));
        out.push(']');
        out.push_str(rest);
    }
    out
}

/// An answer not given yet (a "don't know" is an answer).
pub fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

pub fn is_dont_know(v: &Value) -> bool {
    v.as_str() == Some(DONT_KNOW)
}

#[cfg(test)]
mod tests;
