//! The declarations as JSON: what `amparo questions` prints for the browser tests and for
//! anyone adding a question.

use super::{Asked, Page, PEOPLE_STEP, Questions};
use serde_json::{Value, json};

impl Page {
    fn json(self) -> Value {
        match self {
            Page::Step(s) => json!({"step": s}),
            Page::ChangeOnly(s) => json!({"change_only": s}),
            Page::Person => json!({"person": PEOPLE_STEP}),
            Page::FollowUp => json!({"follow_up": "more"}),
        }
    }
}

impl Asked {
    fn json(self) -> Value {
        match self {
            Asked::Always => json!({"when": "always"}),
            Asked::Unless(p, v) => json!({"when": "unless", "path": p, "value": v}),
            Asked::If(p, v) => json!({"when": "if", "path": p, "value": v}),
            Asked::IfAnswered(p) => json!({"when": "if_answered", "path": p}),
            Asked::WhenMissing => json!({"when": "missing"}),
            Asked::Legacy => json!({"when": "never"}),
        }
    }
}

impl Questions {
    /// The declarations as JSON, for `amparo questions` (and the browser tests).
    pub fn to_json(&self) -> Value {
        let questions: Vec<Value> = self
            .list
            .iter()
            .enumerate()
            .map(|(order, q)| {
                let choices: Vec<Value> = self.choices(q).iter().map(|x| json!({"value": x.value, "label": x.label})).collect();
                json!({
                    "path": q.path,
                    "kind": q.kind.name(),
                    "choices": choices,
                    "page": q.page.json(),
                    "label": q.label,
                    "title": q.title,
                    "hint": q.hint,
                    "help": q.help.map(|(t, b)| json!({"title": t, "body": b})),
                    "asked": q.asked.json(),
                    "required": q.required,
                    "dont_know": q.dont_know,
                    "error": q.error,
                    "order": order,
                })
            })
            .collect();
        json!({"tool": self.tool, "steps": self.steps(), "questions": questions})
    }
}
