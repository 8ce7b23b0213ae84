//! "Delete my answers": what there is to delete, the choices the confirmation page offers, and
//! the state after deleting. Pure, so the rules are tested natively; the page only asks.

use super::state::{SavedState, Tool};
use serde_json::Value;

/// What a person may delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One tool's answers; the other tool's and the language chosen stay.
    Only(Tool),
    /// Everything Amparo stored on the device (both tools, the NISS ticks, the language).
    All,
}

fn filled(v: &Value) -> bool {
    v.as_object().is_some_and(|m| !m.is_empty())
}

/// Whether a tool has answers to delete (the NISS ticks count as the NISS tool's).
pub fn has_answers(state: &SavedState, tool: Tool) -> bool {
    match tool {
        Tool::Survivors => filled(&state.survivors),
        Tool::Niss => filled(&state.niss) || !state.ticks.is_empty(),
    }
}

/// The choices the page offers, in order; empty when there is nothing to choose (one tool or
/// none has answers: everything is deleted). From a tool's page the choice is "this tool only"
/// or "both"; from elsewhere each tool alone, or both.
pub fn choices(state: &SavedState, from: Option<Tool>) -> Vec<Scope> {
    if !(has_answers(state, Tool::Survivors) && has_answers(state, Tool::Niss)) {
        return Vec::new();
    }
    match from {
        Some(t) => vec![Scope::Only(t), Scope::All],
        None => vec![Scope::Only(Tool::Survivors), Scope::Only(Tool::Niss), Scope::All],
    }
}

/// The choice already made when the page opens: from a tool's page, the smaller deletion (that
/// tool only); from elsewhere none (the person must choose).
pub fn preselected(state: &SavedState, from: Option<Tool>) -> Option<Scope> {
    let c = choices(state, from);
    if c.is_empty() { Some(Scope::All) } else { from.map(Scope::Only) }
}

/// The state after deleting; `None`: nothing is kept (storage is emptied).
pub fn after(state: &SavedState, scope: Scope) -> Option<SavedState> {
    let tool = match scope {
        Scope::All => return None,
        Scope::Only(t) => t,
    };
    let mut next = state.clone();
    let prefix = match tool {
        Tool::Survivors => {
            next.survivors = Value::Object(Default::default());
            "#/survivors"
        }
        Tool::Niss => {
            next.niss = Value::Object(Default::default());
            next.ticks.clear();
            "#/niss"
        }
    };
    if next.last_step.as_deref().is_some_and(|s| s.starts_with(prefix)) {
        next.last_step = None;
    }
    Some(next)
}

/// How many people the survivors' answers name (for "what will be deleted").
pub fn people_count(state: &SavedState) -> usize {
    state.survivors.get("people").and_then(Value::as_array).map_or(0, Vec::len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn both() -> SavedState {
        SavedState {
            lang: Some("uk".into()),
            survivors: json!({"death_date": "2025-03-14", "people": [{"id": "p1"}, {"id": "p2"}]}),
            niss: json!({"name": "Olena"}),
            ticks: vec!["passport".into()],
            last_step: Some("#/survivors/people".into()),
            ..SavedState::default()
        }
    }

    #[test]
    fn a_choice_only_when_both_tools_have_answers() {
        let s = both();
        assert_eq!(choices(&s, Some(Tool::Niss)), [Scope::Only(Tool::Niss), Scope::All]);
        assert_eq!(choices(&s, None), [Scope::Only(Tool::Survivors), Scope::Only(Tool::Niss), Scope::All]);
        assert_eq!(preselected(&s, Some(Tool::Niss)), Some(Scope::Only(Tool::Niss)));
        assert_eq!(preselected(&s, None), None);
        let one = SavedState { niss: json!({}), ticks: Vec::new(), ..both() };
        assert!(choices(&one, Some(Tool::Survivors)).is_empty());
        assert_eq!(preselected(&one, Some(Tool::Survivors)), Some(Scope::All));
        // Ticks alone are NISS answers.
        let ticks = SavedState { niss: json!({}), ..both() };
        assert!(has_answers(&ticks, Tool::Niss));
        assert_eq!(choices(&ticks, None).len(), 3);
        assert!(choices(&SavedState::default(), None).is_empty());
    }

    #[test]
    fn deleting_one_tool_keeps_the_other_and_the_language() {
        let s = both();
        let left = after(&s, Scope::Only(Tool::Survivors)).unwrap();
        assert_eq!(left.survivors, json!({}));
        assert_eq!((left.niss.clone(), left.ticks.clone(), left.lang.clone()), (s.niss.clone(), s.ticks.clone(), s.lang.clone()));
        assert_eq!(left.last_step, None, "the last step was in the deleted tool");
        let left = after(&s, Scope::Only(Tool::Niss)).unwrap();
        assert_eq!((left.niss, left.ticks.len()), (json!({}), 0));
        assert_eq!((left.survivors, left.last_step), (s.survivors.clone(), s.last_step.clone()));
        assert_eq!(after(&s, Scope::All), None);
        assert_eq!(people_count(&s), 2);
        assert_eq!(people_count(&SavedState::default()), 0);
    }
}
