//! The survivors' benefits checker's questions. Only what every result needs is asked on the
//! fixed pages; the rest when the engine lists it as missing (`more`): on the person's own page,
//! or after the fixed steps, grouped by whom it is about.
//! The order is the order of "check your answers": a person's answers after who they are,
//! in this order, one person after another.

use super::Asked::{If, IfAnswered, Unless, WhenMissing};
use super::FieldKind::{Choice, Date, Money, Payer, Text, Tick, Whole, YesNo};
use super::Page::{ChangeOnly, FollowUp, Person, Step};
use super::{Asked, Choice as C, FieldKind, Question as Q, Questions, c};
use serde_json::Value;

const PROJECTION: &[C] = &[c("false", "start-happened"), c("true", "start-planning")];
// The engine's `Scheme`, `DeathCause`, `Education` and `Relation` (serde names; the tests
// check them against the engine).
const SCHEMES: &[C] = &[
    c("general", "choice-scheme-general"),
    c("voluntary", "choice-scheme-voluntary"),
    c("agricultural_special", "choice-scheme-agricultural_special"),
    c("none", "choice-scheme-none"),
];
const CAUSES: &[C] = &[c("illness", "choice-cause-illness"), c("accident", "choice-cause-accident")];
const EDUCATION: &[C] = &[
    c("none", "choice-education-none"),
    c("secondary", "choice-education-secondary"),
    c("higher", "choice-education-higher"),
    c("postgraduate", "choice-education-postgraduate"),
];
const RELATIONS: &[C] = &[
    c("spouse", "relation-spouse"),
    c("ex_spouse", "relation-ex_spouse"),
    c("partner", "relation-partner"),
    c("child", "relation-child"),
    c("stepchild", "relation-stepchild"),
    c("grandchild", "relation-grandchild"),
    c("parent", "relation-parent"),
    c("grandparent", "relation-grandparent"),
    c("other_relative", "relation-other_relative"),
];

/// A question the engine asks when it needs it, with "I don't know": a person's on their page,
/// anything still missing after the fixed steps on a follow-up page. `error` names what to
/// answer (with `$who`, the person) when Continue finds it unanswered.
const fn more(path: &'static str, kind: FieldKind, label: &'static str, error: &'static str) -> Q {
    Q::new(path, kind, FollowUp, label).asked(WhenMissing).required(error).dont_know()
}

/// Contributions and pension mean nothing without a scheme: they are revealed on the scheme's
/// page once a scheme other than "none" is chosen.
const NO_SCHEME: Asked = Unless("deceased.scheme", "none");

const LIST: &[Q] = &[
    Q::new("projection", Choice(PROJECTION), Step("start"), "field-projection").title("q-start").required("errors-required-projection"),
    Q::new("death_date", Date, Step("death-date"), "field-death_date").title("q-death_date").hint("hint-death_date").required("errors-required-death_date"),
    Q::new("deceased.scheme", Choice(SCHEMES), Step("scheme"), "field-scheme")
        .title("q-scheme")
        .hint("hint-scheme")
        .help("help-compulsory-title", "help-compulsory-body")
        .required("errors-required-scheme"),
    Q::new("deceased.contribution_months", Whole, Step("scheme"), "field-contribution_months")
        .title("q-contributions")
        .hint("hint-contributions")
        .asked(NO_SCHEME)
        .required("errors-required-contribution_months")
        .dont_know(),
    Q::new("deceased.reference_pension", Money, Step("scheme"), "field-reference_pension")
        .title("q-pension")
        .hint("hint-pension")
        .asked(NO_SCHEME)
        .required("errors-required-reference_pension")
        .dont_know(),
    Q::new("deceased.social_pension_recipient", YesNo, ChangeOnly("social-pension"), "field-social_pension_recipient")
        .title("q-social_pension")
        .help("help-social_pension-title", "help-social_pension-body")
        .asked(WhenMissing)
        .required("errors-required-social_pension_recipient")
        .dont_know(),
    Q::new("deceased.resident", YesNo, ChangeOnly("resident"), "field-deceased_resident")
        .title("q-resident")
        .help("help-resident-title", "help-resident-body")
        .asked(WhenMissing)
        .required("errors-required-deceased_resident")
        .dont_know(),
    Q::new("deceased.death_cause", Choice(CAUSES), ChangeOnly("cause"), "field-death_cause")
        .title("q-cause")
        .hint("hint-cause")
        .asked(WhenMissing)
        .required("errors-required-death_cause")
        .dont_know(),
    more("deceased.illness_began_after_marriage", YesNo, "field-illness_began_after_marriage", "errors-required-illness_began_after_marriage"),
    // Who each person is, on their own page.
    Q::new("people[].relation", Choice(RELATIONS), Person, "field-relation").hint("hint-relation").required("errors-required-relation"),
    Q::new("people[].name", Text, Person, "field-name").hint("hint-name"),
    Q::new("people[].birth_date", Date, Person, "field-birth_date"),
    Q::new("people[].unborn", Tick, Person, "people-unborn").help("help-unborn-title", "help-unborn-body").asked(If("people[].relation", "child")),
    // What the engine may still need about a person.
    more("people[].alimony_monthly", Money, "field-alimony_monthly", "errors-required-alimony_monthly").help("help-alimony-title", "help-alimony-body"),
    more("people[].at_risk", YesNo, "field-at_risk", "errors-required-at_risk"),
    more("people[].collateral_degree", Whole, "field-collateral_degree", "errors-required-collateral_degree"),
    more("people[].common_child", YesNo, "field-common_child", "errors-required-common_child").help("help-unborn-title", "help-unborn-body"),
    more("people[].dependent_on_deceased", YesNo, "field-dependent_on_deceased", "errors-required-dependent_on_deceased"),
    more("people[].disabled", YesNo, "field-disabled", "errors-required-disabled"),
    more("people[].education", Choice(EDUCATION), "field-education", "errors-required-education"),
    more("people[].emancipated", YesNo, "field-emancipated", "errors-required-emancipated"),
    more("people[].household_monthly_income", Money, "field-household_monthly_income", "errors-required-household_monthly_income").help("help-ias-title", "help-ias-body"),
    more("people[].household_size", Whole, "field-household_size", "errors-required-household_size"),
    more("people[].judicially_separated", YesNo, "field-judicially_separated", "errors-required-judicially_separated").help("help-separation-title", "help-separation-body"),
    more("people[].lived_with_deceased", YesNo, "field-lived_with_deceased", "errors-required-lived_with_deceased").help("help-common_household-title", "help-common_household-body"),
    more("people[].marriage_date", Date, "field-marriage_date", "errors-required-marriage_date"),
    more("people[].monthly_income", Money, "field-monthly_income", "errors-required-monthly_income").help("help-ias-title", "help-ias-body"),
    more("people[].national_or_equivalent", YesNo, "field-national_or_equivalent", "errors-required-national_or_equivalent").help("help-resident-title", "help-resident-body"),
    more("people[].no_alimony_deceased_lacked_means", YesNo, "field-no_alimony_deceased_lacked_means", "errors-required-no_alimony_deceased_lacked_means").help("help-alimony-title", "help-alimony-body"),
    more("people[].own_pension", YesNo, "field-own_pension", "errors-required-own_pension"),
    more("people[].own_social_pension", Money, "field-own_social_pension", "errors-required-own_social_pension").help("help-social_pension-title", "help-social_pension-body"),
    more("people[].remarried", YesNo, "field-remarried", "errors-required-remarried"),
    more("people[].resident", YesNo, "field-resident", "errors-required-resident").help("help-resident-title", "help-resident-body"),
    more("people[].union_start_date", Date, "field-union_start_date", "errors-required-union_start_date").help("help-union-title", "help-union-body"),
    more("people[].works_compulsory_scheme", YesNo, "field-works_compulsory_scheme", "errors-required-works_compulsory_scheme").help("help-compulsory-title", "help-compulsory-body"),
    // The funeral: who paid, then how much.
    Q::new("funeral.paid_by", Payer, Step("funeral"), "q-funeral").title("q-funeral").required("errors-required-paid_by"),
    Q::new("funeral.amount", Money, Step("funeral"), "field-funeral_amount").hint("hint-funeral_amount").asked(IfAnswered("funeral.paid_by")).required("errors-required-funeral_amount"),
    Q::new("funeral.payer_resident", YesNo, Step("funeral"), "field-payer_resident").asked(If("funeral.paid_by", "other")).required("errors-required-payer_resident"),
    // Dates the engine can use; no page asks them, they come with an imported form.
    more("claim_date", Date, "field-claim_date", "errors-required-claim_date"),
    more("death_registration_date", Date, "field-death_registration_date", "errors-required-death_registration_date"),
];

/// The survivors' questions.
pub static SURVIVORS: Questions = Questions::new("survivors", LIST, ("choice-yes", "choice-no", "choice-dont_know"));

/// The caption above a question (whom or what it is about), by the part of the answers it is
/// in; a person's pages add the person's name to it.
pub fn caption(path: &str) -> &'static str {
    match path.split(['.', '[']).next().unwrap_or("") {
        "people" => "caption-family",
        "funeral" => "caption-funeral",
        "deceased" => "caption-deceased",
        _ => "caption-death",
    }
}

/// Every answered path of a survivors' form (not the people's ids nor the form's bookkeeping),
/// in the order of "check your answers": the questions' order, each person's answers together.
/// A path no question declares comes last in its part of the form.
pub fn answered(form: &Value) -> Vec<(String, Value)> {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if k.starts_with("ui_") || k == "id" {
                        continue;
                    }
                    let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&p, x, out);
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(&format!("{prefix}[{i}]"), x, out);
                }
            }
            Value::Null => {}
            Value::String(s) if s.trim().is_empty() => {}
            other => out.push((prefix.to_string(), other.clone())),
        }
    }
    let mut out = Vec::new();
    walk("", form, &mut out);
    // The part of the form a path is in (`people`, `deceased`…), placed where its first
    // question is.
    let part = |p: &str| {
        let top = p.split(['.', '[']).next().unwrap_or("");
        LIST.iter().position(|q| q.path.split(['.', '[']).next() == Some(top)).unwrap_or(LIST.len())
    };
    out.sort_by_key(|(p, _)| (part(p), crate::forms::person_index(p).unwrap_or(0), SURVIVORS.position(p).unwrap_or(LIST.len())));
    out
}

/// The follow-up answers asked together with `path` on its follow-up page: the missing ones
/// about the same person (or, for an answer about the person who died or the death, the other
/// missing ones about them), `path` included, each once, in the declared order.
pub fn follow_up_group(path: &str, missing: &[String]) -> Vec<String> {
    let who = crate::forms::person_index(path);
    let mut out: Vec<String> = std::iter::once(path)
        .chain(missing.iter().map(String::as_str))
        .filter(|p| crate::forms::person_index(p) == who && !p.starts_with("funeral."))
        .map(str::to_string)
        .collect();
    out.sort_by_key(|p| SURVIVORS.position(p).unwrap_or(LIST.len()));
    out.dedup();
    out
}

/// The follow-up answers shown on person `idx`'s own page, in the declared order: those the
/// engine lists as missing about them, and those already given (so a Change link finds them).
pub fn person_follow_ups(form: &Value, idx: usize, missing: &[String]) -> Vec<String> {
    let at = format!("people[{idx}]");
    LIST.iter()
        .filter(|q| q.page == FollowUp && q.path.starts_with("people[]"))
        .map(|q| super::concrete(q.path, &at))
        .filter(|p| missing.contains(p) || crate::forms::get(form, p).is_some_and(|v| !super::is_blank(v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn follow_ups_are_grouped_by_whom_they_are_about() {
        let missing: Vec<String> = ["people[2].works_compulsory_scheme", "deceased.social_pension_recipient", "people[0].marriage_date", "people[2].education", "funeral.amount", "deceased.resident"]
            .map(String::from)
            .to_vec();
        assert_eq!(follow_up_group("people[2].works_compulsory_scheme", &missing), ["people[2].education", "people[2].works_compulsory_scheme"]);
        assert_eq!(follow_up_group("deceased.resident", &missing), ["deceased.social_pension_recipient", "deceased.resident"]);
        // An answered one (no longer missing) still has its page, alone or with the others.
        assert_eq!(follow_up_group("people[1].disabled", &missing), ["people[1].disabled"]);
    }

    #[test]
    fn a_persons_page_shows_their_missing_and_given_follow_ups() {
        let form = json!({"people": [{"relation": "spouse", "marriage_date": "1998-06-20", "disabled": ""}, {"relation": "child", "education": "higher"}]});
        let missing = vec!["people[1].works_compulsory_scheme".to_string(), "people[0].common_child".to_string()];
        assert_eq!(person_follow_ups(&form, 0, &missing), ["people[0].common_child", "people[0].marriage_date"]);
        assert_eq!(person_follow_ups(&form, 1, &missing), ["people[1].education", "people[1].works_compulsory_scheme"]);
        assert!(person_follow_ups(&form, 2, &missing).is_empty());
    }
}
