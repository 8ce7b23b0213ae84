//! The survivors' answers grouped for a summary a caseworker reads (the results page, its
//! printout and "save a copy"): the death, the person who died, then one group per person, then
//! the funeral, each with its answers in the order of "check your answers".

use super::questions::survivors::{answered, caption};
use serde_json::Value;

/// What a group of answers is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// A part of the form, by its caption's message id (`caption-death`, `caption-funeral`…).
    Part(&'static str),
    /// The person `people[i]`.
    Person(usize),
}

/// Every answer, in groups, in the order of "check your answers".
pub fn grouped(form: &Value) -> Vec<(Group, Vec<(String, Value)>)> {
    let mut out: Vec<(Group, Vec<(String, Value)>)> = Vec::new();
    for (path, v) in answered(form) {
        let group = match super::person_index(&path) {
            Some(i) => Group::Person(i),
            None => Group::Part(caption(&path)),
        };
        match out.last_mut() {
            Some((g, list)) if *g == group => list.push((path, v)),
            _ => out.push((group, vec![(path, v)])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_come_in_groups_one_per_person() {
        let form = json!({
            "funeral": {"paid_by": "p1", "amount": "900"},
            "people": [
                {"id": "p1", "relation": "spouse", "name": "Ana", "birth_date": "1960-01-01"},
                {"id": "p2", "relation": "child", "name": "Rui"}
            ],
            "deceased": {"scheme": "general"},
            "death_date": "2025-03-14",
            "ui_funeral_none": false
        });
        let groups: Vec<(Group, Vec<String>)> =
            grouped(&form).into_iter().map(|(g, list)| (g, list.into_iter().map(|(p, _)| p).collect())).collect();
        assert_eq!(
            groups,
            vec![
                (Group::Part("caption-death"), vec!["death_date".to_string()]),
                (Group::Part("caption-deceased"), vec!["deceased.scheme".into()]),
                (Group::Person(0), vec!["people[0].relation".into(), "people[0].name".into(), "people[0].birth_date".into()]),
                (Group::Person(1), vec!["people[1].relation".into(), "people[1].name".into()]),
                (Group::Part("caption-funeral"), vec!["funeral.paid_by".into(), "funeral.amount".into()]),
            ]
        );
        assert!(grouped(&json!({})).is_empty());
    }
}
