//! "Check your answers": every answer with a Change link that comes back here.

use super::{is_dont_know, person_label};
use crate::forms::{self, FieldKind, field_kind};
use crate::i18n::{Lang, tr};
use crate::ui::app_state::use_app;
use crate::ui::components::{choice_label, focus_on_mount};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// An answer as a person reads it, in their language.
pub fn shown(lang: Lang, form: &Value, path: &str, v: &Value) -> String {
    if is_dont_know(v) {
        return tr(lang, "choice-dont_know").to_string();
    }
    let key = path.rsplit('.').next().unwrap_or(path);
    if key == "projection" {
        return tr(lang, if v == &Value::Bool(true) { "start-planning" } else { "start-happened" }).to_string();
    }
    // The payer is stored by id: show who it is.
    if key == "paid_by"
        && let Some(id) = v.as_str()
    {
        if id == "other" {
            return tr(lang, "funeral-other").to_string();
        }
        let idx = form["people"].as_array().and_then(|a| a.iter().position(|p| p["id"] == id));
        return idx.map_or_else(|| id.to_string(), |i| person_label(lang, form, i));
    }
    match (field_kind(path), v) {
        (_, Value::Bool(b)) => choice_label(lang, key, if *b { "true" } else { "false" }).to_string(),
        (FieldKind::Date, Value::String(s)) => match crate::dates::parse_iso(s) {
            Some(d) if lang == Lang::Pt => crate::dates::format_pt(d),
            Some(d) => crate::dates::format_en(d),
            None => s.clone(),
        },
        // Read the way the form is converted: "1.500" is 1 500 €.
        (FieldKind::Money, Value::String(s)) => match forms::money_input::amount(s) {
            Some(m) if lang == Lang::Pt => m.format_pt(),
            Some(m) => m.format_en(),
            None => s.clone(),
        },
        (FieldKind::Choice(_), Value::String(s)) => choice_label(lang, key, s).to_string(),
        (_, Value::String(s)) => s.clone(),
        (_, other) => other.to_string(),
    }
}

/// The label of an answer on this page (`people[0].marriage_date` → "Data do casamento").
pub fn field_label(lang: Lang, path: &str) -> &'static str {
    let key = path.rsplit('.').next().unwrap_or(path);
    let k: &'static str = match key {
        "death_date" => "field-death_date",
        "deceased" => "caption-deceased",
        "projection" => "field-projection",
        "scheme" => "q-scheme",
        "contribution_months" => "q-contributions",
        "reference_pension" => "q-pension",
        "social_pension_recipient" => "q-social_pension",
        "resident" if path.starts_with("deceased") => "q-resident",
        "death_cause" => "q-cause",
        "illness_began_after_marriage" => "field-illness_began_after_marriage",
        "relation" => "field-relation",
        "name" => "field-name",
        "birth_date" => "field-birth_date",
        "unborn" => "people-unborn",
        "marriage_date" => "field-marriage_date",
        "union_start_date" => "field-union_start_date",
        "alimony_monthly" => "field-alimony_monthly",
        "no_alimony_deceased_lacked_means" => "field-no_alimony_deceased_lacked_means",
        "judicially_separated" => "field-judicially_separated",
        "lived_with_deceased" => "field-lived_with_deceased",
        "education" => "field-education",
        "disabled" => "field-disabled",
        "dependent_on_deceased" => "field-dependent_on_deceased",
        "monthly_income" => "field-monthly_income",
        "household_monthly_income" => "field-household_monthly_income",
        "household_size" => "field-household_size",
        "at_risk" => "field-at_risk",
        "national_or_equivalent" => "field-national_or_equivalent",
        "resident" => "field-resident",
        "own_pension" => "field-own_pension",
        "own_social_pension" => "field-own_social_pension",
        "works_compulsory_scheme" => "field-works_compulsory_scheme",
        "remarried" => "field-remarried",
        "common_child" => "field-common_child",
        "collateral_degree" => "field-collateral_degree",
        "emancipated" => "field-emancipated",
        "paid_by" => "q-funeral",
        "amount" => "field-funeral_amount",
        "payer_resident" => "field-payer_resident",
        "death_registration_date" => "field-death_registration_date",
        "claim_date" => "field-claim_date",
        _ => "field-other",
    };
    tr(lang, k)
}

/// Where the Change link of an answer goes.
pub use crate::forms::routes::survivors_change_href as change_href;

/// Field names in the order the pages ask them.
const ASKED_ORDER: &[&str] = &[
    "scheme",
    "contribution_months",
    "reference_pension",
    "social_pension_recipient",
    "resident",
    "death_cause",
    "illness_began_after_marriage",
    "relation",
    "name",
    "birth_date",
    "unborn",
    "paid_by",
    "amount",
    "payer_resident",
];

/// Every answered path of the form, in reading order.
pub fn answered(form: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
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
    walk("", form, &mut out);
    // In the order asked: the fixed questions, then each person (who they are first), then the
    // funeral (who paid before how much).
    let rank = |p: &str| match p {
        "projection" => 0,
        "death_date" => 1,
        p if p.starts_with("deceased") => 2,
        p if p.starts_with("people") => 3,
        _ => 4,
    };
    let key = |p: &str| {
        let k = p.rsplit('.').next().unwrap_or(p);
        ASKED_ORDER.iter().position(|x| *x == k).unwrap_or(ASKED_ORDER.len())
    };
    out.sort_by_key(|(p, _)| (rank(p), forms::person_index(p).unwrap_or(0), key(p)));
    out
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let rows = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        let mut last_person: Option<usize> = None;
        answered(&form)
            .into_iter()
            .map(|(path, v)| {
                let group = match forms::person_index(&path) {
                    Some(i) if last_person != Some(i) => {
                        last_person = Some(i);
                        Some(view! { <tr class="group"><th colspan="3" scope="colgroup">{person_label(lang, &form, i)}</th></tr> })
                    }
                    _ => None,
                };
                let label = field_label(lang, &path);
                let change_aria = format!("{} {}", tr(lang, "nav-change"), label.to_lowercase());
                view! {
                    {group}
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{crate::text::no_break_amounts(&shown(lang, &form, &path, &v))}</td>
                        <td><a href=change_href(&path) aria-label=change_aria>{tr(lang, "nav-change")}</a></td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <a class="back-link" href="#/survivors/funeral">{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("check-title")}</h1>
        <table class="summary" id="answers-summary">
            <caption class="visually-hidden">{move || app.t("check-title")}</caption>
            <tbody>{rows}</tbody>
        </table>
        <p>{move || app.t("check-next")}</p>
        <a id="continue" class="button" href="#/survivors/results">{move || app.t("check-see_results")}</a>
    }
}
