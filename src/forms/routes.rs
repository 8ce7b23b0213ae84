//! Which location hashes are pages, decided before a page is built. A URL is not trusted: an
//! embedding page sets the widget's URL, and a page built for a route writes its fields. So a
//! route that names a person or a field is a page only when that person exists, or when the
//! engine asks for that field (or it was already answered on a follow-up page, for the Change
//! links of "check your answers"). Anything else is the not-found page, and writes nothing.

use serde_json::Value;

use super::questions::{Asked, NISS, Page, SURVIVORS};

/// The survivors' question steps (`#/survivors/<step>`), in the order asked.
pub fn survivors_steps() -> &'static [&'static str] {
    SURVIVORS.steps()
}

/// The NISS question steps, in the order asked (routes are `#/niss/<step>`).
pub fn niss_steps() -> &'static [&'static str] {
    NISS.steps()
}

/// What a page is about, besides its step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    None,
    /// An existing person (`#/survivors/person/2`).
    Person(usize),
    /// A follow-up field (`#/survivors/more/people[0].marriage_date`); `None`: the next one.
    Field(Option<String>),
}

/// A page of one of the tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub step: &'static str,
    pub subject: Subject,
    /// Reached from "check your answers" (`…/change`): Continue goes back there.
    pub changing: bool,
}

/// A known route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Privacy,
    Survivors(Step),
    Niss(Step),
    /// "Delete my answers": asks first (`#/delete`, or `#/delete/<tool>` from a tool's page).
    Delete(Option<super::Tool>),
    /// "Open answers from a file" (`#/open`): answers saved on another device.
    Open,
}

/// The parts after `#/`: `#/survivors/person/3` → ["survivors", "person", "3"].
pub fn parts(hash: &str) -> Vec<String> {
    hash.trim_start_matches('#').trim_start_matches('/').split('/').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// What may follow a question step: nothing, or `change`.
fn change_suffix(rest: &[String]) -> Option<bool> {
    match rest {
        [] => Some(false),
        [c] if c == "change" => Some(true),
        _ => None,
    }
}

/// Whether `people[idx]` is a person of the form (an object in the list).
pub fn person_exists(form: &Value, idx: usize) -> bool {
    form.get("people").and_then(Value::as_array).and_then(|a| a.get(idx)).is_some_and(Value::is_object)
}

/// An answer already given on a follow-up page: a plain value (not a list or a group, which a
/// page would overwrite; not an id or the form's bookkeeping) of a question the engine asks when
/// it needs it (or one no question declares, outside the funeral's). Its page stays a page after
/// the engine stopped asking: Back returns to it, and an older Change link still works.
fn answered_follow_up(form: &Value, path: &str) -> bool {
    let key = path.rsplit('.').next().unwrap_or(path);
    if key == "id" || path.split('.').any(|k| k.starts_with("ui_")) {
        return false;
    }
    let leaf = super::get(form, path).is_some_and(|v| matches!(v, Value::Bool(_) | Value::String(_) | Value::Number(_)));
    let follow_up = match SURVIVORS.find(path) {
        Some(q) => q.page == Page::FollowUp || q.asked == Asked::WhenMissing,
        None => !path.starts_with("funeral."),
    };
    leaf && follow_up
}

/// A survivors' route (`rest`: the parts after `survivors`). `missing` lists the fields the
/// engine still asks for; it is called only for a follow-up field's page.
pub fn survivors(rest: &[String], form: &Value, missing: impl FnOnce() -> Vec<String>) -> Option<Step> {
    let Some(first) = rest.first() else { return Some(Step { step: "start", subject: Subject::None, changing: false }) };
    let tail = &rest[1..];
    let step = |step: &'static str, subject: Subject, changing: bool| Some(Step { step, subject, changing });
    match first.as_str() {
        "person" => {
            let idx = tail.first()?.parse::<usize>().ok().filter(|i| person_exists(form, *i))?;
            step("person", Subject::Person(idx), change_suffix(&tail[1..])?)
        }
        "more" => match tail {
            [] => step("more", Subject::Field(None), false),
            [c] if c == "change" => step("more", Subject::Field(None), true),
            [field, rest @ ..] => {
                let changing = change_suffix(rest)?;
                let ok = answered_follow_up(form, field) || missing().iter().any(|m| m == field);
                if ok { step("more", Subject::Field(Some(field.clone())), changing) } else { None }
            }
        },
        "check" | "results" if tail.is_empty() => step(if first == "check" { "check" } else { "results" }, Subject::None, false),
        s => {
            let s = SURVIVORS.is_step(s)?;
            step(s, Subject::None, change_suffix(tail)?)
        }
    }
}

/// A NISS route (`rest`: the parts after `niss`).
pub fn niss(rest: &[String]) -> Option<Step> {
    let Some(first) = rest.first() else { return Some(Step { step: "start", subject: Subject::None, changing: false }) };
    let tail = &rest[1..];
    match first.as_str() {
        "check" | "pack" if tail.is_empty() => {
            Some(Step { step: if first == "check" { "check" } else { "pack" }, subject: Subject::None, changing: false })
        }
        s => Some(Step { step: NISS.is_step(s)?, subject: Subject::None, changing: change_suffix(tail)? }),
    }
}

/// Any route of the app (`None`: the not-found page). `survivors_form` is the survivors' saved
/// form; `missing` as for [`survivors`].
pub fn route(hash: &str, survivors_form: &Value, missing: impl FnOnce() -> Vec<String>) -> Option<Route> {
    let parts = parts(hash);
    match parts.first().map(String::as_str) {
        None => Some(Route::Home),
        Some("privacy") if parts.len() == 1 => Some(Route::Privacy),
        Some("survivors") => survivors(&parts[1..], survivors_form, missing).map(Route::Survivors),
        Some("niss") => niss(&parts[1..]).map(Route::Niss),
        Some("delete") => match parts.get(1).map(String::as_str) {
            None => Some(Route::Delete(None)),
            Some("survivors") if parts.len() == 2 => Some(Route::Delete(Some(super::Tool::Survivors))),
            Some("niss") if parts.len() == 2 => Some(Route::Delete(Some(super::Tool::Niss))),
            _ => None,
        },
        Some("open") if parts.len() == 1 => Some(Route::Open),
        _ => None,
    }
}

/// Where the Change link of a survivors' answer goes: the page that asks it (a person's
/// follow-up answers: that person's page, which shows them with who the person is). An answer no
/// question declares goes to a follow-up page (the funeral's, to the funeral page).
pub fn survivors_change_href(path: &str) -> String {
    let step = match (SURVIVORS.find(path).map(|q| q.page), super::person_index(path)) {
        (Some(Page::Step(s) | Page::ChangeOnly(s)), _) => s.to_string(),
        (Some(Page::Person | Page::FollowUp), Some(i)) => format!("person/{i}"),
        (None, _) if path.starts_with("funeral.") => "funeral".into(),
        _ => format!("more/{path}"),
    };
    format!("#/survivors/{step}/change")
}

/// The NISS step that asks an answer (`check` for one no question declares).
pub fn niss_step_of(field: &str) -> &'static str {
    NISS.find(field).and_then(|q| q.step()).unwrap_or("check")
}

/// The Change link of a NISS answer: its question, then back to "check your answers".
pub fn niss_change_href(field: &str) -> String {
    format!("#/niss/{}/change", niss_step_of(field))
}

/// The longest trail of pages kept for Back.
const TRAIL_MAX: usize = 64;

/// The pages a person went through, for Back: a page seen before cuts the trail back to it
/// (Back, the browser's back button, Continue to "check your answers" after a change), a new one
/// is added. Pages that only send on to another (`#/survivors/more` chooses the next follow-up)
/// are not kept, so Back never lands on one and is sent forward again.
pub fn step_trail(trail: &mut Vec<String>, hash: &str) {
    let hash = if hash.is_empty() || hash == "#" { "#/" } else { hash };
    if matches!(hash, "#/survivors/more" | "#/survivors/more/change") {
        return;
    }
    match trail.iter().rposition(|h| h == hash) {
        Some(at) => trail.truncate(at + 1),
        None => {
            if trail.len() >= TRAIL_MAX {
                trail.remove(0);
            }
            trail.push(hash.to_string());
        }
    }
}

/// Where Back goes from `current`: the page before it on the trail (the last one, if `current`
/// is not on it yet), if any.
pub fn trail_back<'t>(trail: &'t [String], current: &str) -> Option<&'t str> {
    let current = if current.is_empty() || current == "#" { "#/" } else { current };
    match trail.iter().rposition(|h| h == current) {
        Some(at) => at.checked_sub(1).and_then(|i| trail.get(i)),
        None => trail.last(),
    }
    .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn family() -> Value {
        json!({
            "death_date": "2025-03-14",
            "ui_funeral_none": true,
            "people": [{"id": "p1", "relation": "spouse", "marriage_date": "1990-01-01"}, {"id": "p2", "relation": "child"}]
        })
    }

    fn r(hash: &str, missing: &[&str]) -> Option<Route> {
        let m: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
        route(hash, &family(), move || m)
    }

    fn surv(step: &'static str, subject: Subject, changing: bool) -> Option<Route> {
        Some(Route::Survivors(Step { step, subject, changing }))
    }

    #[test]
    fn fixed_pages_with_or_without_change() {
        assert_eq!(r("", &[]), Some(Route::Home));
        assert_eq!(r("#/", &[]), Some(Route::Home));
        assert_eq!(r("#/privacy", &[]), Some(Route::Privacy));
        assert_eq!(r("#/open", &[]), Some(Route::Open));
        assert_eq!(r("#/open/x", &[]), None);
        assert_eq!(r("#/delete", &[]), Some(Route::Delete(None)));
        assert_eq!(r("#/delete/niss", &[]), Some(Route::Delete(Some(crate::forms::Tool::Niss))));
        assert_eq!(r("#/delete/survivors", &[]), Some(Route::Delete(Some(crate::forms::Tool::Survivors))));
        for bad in ["#/delete/x", "#/delete/niss/x", "#/delete/survivors/change"] {
            assert_eq!(r(bad, &[]), None, "{bad}");
        }
        assert_eq!(r("#/survivors", &[]), surv("start", Subject::None, false));
        assert_eq!(r("#/survivors/scheme/change", &[]), surv("scheme", Subject::None, true));
        assert_eq!(r("#/survivors/cause/change", &[]), surv("cause", Subject::None, true));
        assert_eq!(r("#/survivors/results", &[]), surv("results", Subject::None, false));
        for bad in ["#/privacy/x", "#/nope", "#/survivors/scheme/x", "#/survivors/scheme/change/x", "#/survivors/check/change", "#/survivors/ask", "#/survivors/pension"] {
            assert_eq!(r(bad, &[]), None, "{bad}");
        }
    }

    #[test]
    fn only_existing_people_are_pages() {
        assert_eq!(r("#/survivors/person/1", &[]), surv("person", Subject::Person(1), false));
        assert_eq!(r("#/survivors/person/0/change", &[]), surv("person", Subject::Person(0), true));
        for bad in [
            "#/survivors/person/2",
            "#/survivors/person/18446744073709551615",
            "#/survivors/person/99999999999999999999999999",
            "#/survivors/person/-1",
            "#/survivors/person/1e3",
            "#/survivors/person",
            "#/survivors/person/0/x",
        ] {
            assert_eq!(r(bad, &[]), None, "{bad}");
        }
        // A hole or a non-object in the list is not a person.
        let form = json!({"people": [null, "x"]});
        assert_eq!(survivors(&parts("person/0"), &form, Vec::new), None);
        assert_eq!(survivors(&parts("person/1"), &form, Vec::new), None);
        assert_eq!(survivors(&parts("person/0"), &json!({"people": "x"}), Vec::new), None);
    }

    #[test]
    fn follow_up_fields_are_the_missing_ones_or_answered_ones() {
        let field = |f: &str, c| surv("more", Subject::Field(Some(f.to_string())), c);
        assert_eq!(r("#/survivors/more", &[]), surv("more", Subject::Field(None), false));
        assert_eq!(r("#/survivors/more/people[1].disabled", &["people[1].disabled"]), field("people[1].disabled", false));
        // Answered on a follow-up page: its page stays a page after the engine stopped asking
        // (Back returns to it; an older Change link still works).
        assert_eq!(r("#/survivors/more/people[0].marriage_date/change", &[]), field("people[0].marriage_date", true));
        assert_eq!(r("#/survivors/more/people[0].marriage_date", &[]), field("people[0].marriage_date", false));
        let answered = json!({"deceased": {"social_pension_recipient": false}, "funeral": {"amount": "10"}});
        let on = |h: &str| route(h, &answered, Vec::new);
        assert!(on("#/survivors/more/deceased.social_pension_recipient").is_some());
        assert_eq!(on("#/survivors/more/funeral.amount"), None);
        for bad in [
            "#/survivors/more/people",
            "#/survivors/more/people[0]",
            "#/survivors/more/people[0].id",
            "#/survivors/more/ui_funeral_none",
            "#/survivors/more/people[1].disabled",
            "#/survivors/more/people[99999999].disabled",
            "#/survivors/more/death_date",
            "#/survivors/more/people[0].relation",
            "#/survivors/more/deceased",
            "#/survivors/more/x/y/z",
        ] {
            assert_eq!(r(bad, &["people[0].education"]), None, "{bad}");
        }
    }

    #[test]
    fn the_engine_is_asked_only_for_a_field_page() {
        let form = family();
        let asked = std::cell::Cell::new(false);
        let spy = || {
            asked.set(true);
            Vec::new()
        };
        assert!(survivors(&parts("person/0"), &form, spy).is_some());
        assert!(!asked.get());
    }

    #[test]
    fn niss_steps() {
        let step = |s, c| Some(Route::Niss(Step { step: s, subject: Subject::None, changing: c }));
        assert_eq!(r("#/niss", &[]), step("start", false));
        assert_eq!(r("#/niss/filed-by/change", &[]), step("filed-by", true));
        assert_eq!(r("#/niss/pack", &[]), step("pack", false));
        for bad in ["#/niss/nope", "#/niss/filed-by/x", "#/niss/pack/change", "#/niss/typed_niss"] {
            assert_eq!(r(bad, &[]), None, "{bad}");
        }
    }

    #[test]
    fn change_links_go_to_the_page_that_asks() {
        assert_eq!(survivors_change_href("deceased.scheme"), "#/survivors/scheme/change");
        assert_eq!(survivors_change_href("people[2].name"), "#/survivors/person/2/change");
        assert_eq!(survivors_change_href("people[2].education"), "#/survivors/person/2/change");
        assert_eq!(survivors_change_href("deceased.reference_pension"), "#/survivors/scheme/change");
        assert_eq!(survivors_change_href("funeral.amount"), "#/survivors/funeral/change");
        assert_eq!(survivors_change_href("projection"), "#/survivors/start/change");
        assert_eq!(survivors_change_href("deceased.death_cause"), "#/survivors/cause/change");
        assert_eq!(survivors_change_href("deceased.illness_began_after_marriage"), "#/survivors/more/deceased.illness_began_after_marriage/change");
        assert_eq!(niss_change_href("portal_messages[1]"), "#/niss/portal-message/change");
        assert_eq!(niss_change_href("portal_message"), "#/niss/portal-message/change");
        assert_eq!(niss_change_href("typed_nif"), "#/niss/typed-niss/change");
        assert_eq!(niss_change_href("nope"), "#/niss/check/change");
    }

    #[test]
    fn steps_in_the_order_asked() {
        assert_eq!(survivors_steps(), ["start", "death-date", "scheme", "people", "funeral"]);
        assert_eq!(
            super::niss_steps().to_vec(),
            vec![
                "start",
                "nationality-group",
                "has-pt-citizen-card",
                "has-pt-address",
                "residence-status",
                "work-situation",
                "needed-for",
                "had-niss-before",
                "passport-or-name-changed",
                "filed-by",
                "filing-for-family-member",
                "wants-combined-service",
                "address-changed",
                "niss-requested",
                "portal-message",
                "typed-niss",
                "name",
            ]
        );
    }

    #[test]
    fn back_follows_the_persons_own_path() {
        let mut t = Vec::new();
        for h in ["", "#/survivors", "#/survivors/funeral", "#/survivors/more", "#/survivors/more/people[0].x", "#/survivors/more/deceased.y"] {
            step_trail(&mut t, h);
        }
        assert_eq!(t, ["#/", "#/survivors", "#/survivors/funeral", "#/survivors/more/people[0].x", "#/survivors/more/deceased.y"]);
        assert_eq!(trail_back(&t, "#/survivors/more/deceased.y"), Some("#/survivors/more/people[0].x"));
        // Not on the trail yet (the page is being built): the last page is the one before.
        assert_eq!(trail_back(&t, "#/survivors/check"), Some("#/survivors/more/deceased.y"));
        // Back (by the link or the browser) cuts the trail there.
        step_trail(&mut t, "#/survivors/more/people[0].x");
        assert_eq!(trail_back(&t, "#/survivors/more/people[0].x"), Some("#/survivors/funeral"));
        // A change from "check your answers": Back goes to check, and so does Continue.
        step_trail(&mut t, "#/survivors/check");
        step_trail(&mut t, "#/survivors/person/0/change");
        assert_eq!(trail_back(&t, "#/survivors/person/0/change"), Some("#/survivors/check"));
        step_trail(&mut t, "#/survivors/check");
        assert_eq!(t.last().map(String::as_str), Some("#/survivors/check"));
        assert_eq!(trail_back(&[], "#/survivors"), None);
        assert_eq!(trail_back(&["#/".to_string()], ""), None);
        // It stays short.
        for i in 0..200 {
            step_trail(&mut t, &format!("#/survivors/person/{i}"));
        }
        assert_eq!(t.len(), TRAIL_MAX);
    }
}
