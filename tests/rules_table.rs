//! The rules table: it loads, it is validated, and values are picked by the date of death.

mod common;
use amparo::message::Arg;
use amparo::money::Money;
use amparo::rules::{LookupError, Rules, SURVIVORS_JSON, Update};
use common::{d, rules};

fn amount(id: &str, date: &str) -> String {
    Money::round(rules().at(id, d(date)).unwrap().number().unwrap()).to_string()
}

#[test]
fn bundled_table_is_valid_and_every_value_is_sourced() {
    let r = rules();
    assert!(r.parameters.len() >= 40);
    for p in r.parameters.values() {
        for v in &p.values {
            assert!(!v.reference.title.is_empty(), "{}", p.id);
            assert!(v.reference.url.is_some() || v.reference.act.is_some(), "{}", p.id);
        }
    }
    for id in ["ias", "social_pension", "funeral_allowance.amount", "minimum_pension"] {
        assert_eq!(r.parameters[id].update, Update::Annual, "{id}");
    }
}

#[test]
fn ias_for_every_year_and_the_year_boundary() {
    for (date, want) in [
        ("2019-06-01", "435.76"),
        ("2020-06-01", "438.81"),
        ("2021-06-01", "438.81"),
        ("2022-06-01", "443.20"),
        ("2023-06-01", "480.43"),
        ("2024-12-31", "509.26"),
        ("2025-01-01", "522.50"),
        ("2026-06-01", "537.13"),
    ] {
        assert_eq!(amount("ias", date), want, "{date}");
    }
}

#[test]
fn social_pension_changes_mid_2023() {
    assert_eq!(amount("social_pension", "2023-06-30"), "224.24");
    assert_eq!(amount("social_pension", "2023-07-01"), "231.88");
    assert_eq!(amount("social_pension", "2026-03-01"), "262.40");
}

#[test]
fn funeral_allowance_by_year() {
    assert_eq!(amount("funeral_allowance.amount", "2019-08-28"), "219.96");
    assert_eq!(amount("funeral_allowance.amount", "2023-05-01"), "236.37");
    assert_eq!(amount("funeral_allowance.amount", "2026-02-01"), "268.57");
}

#[test]
fn dates_outside_the_table_are_errors_not_guesses() {
    let r = rules();
    assert!(matches!(r.at("ias", d("2018-12-31")), Err(LookupError::BeforeFirst { .. })));
    assert!(matches!(r.at("ias", d("2027-01-01")), Err(LookupError::YearMissing { .. })));
    // The 2019 funeral allowance before Portaria 276/2019 is unknown.
    assert!(matches!(r.at("funeral_allowance.amount", d("2019-08-27")), Err(LookupError::BeforeFirst { .. })));
    // The minimum pension for the first half of 2023 is derived (2022 × the January update),
    // never the 2022 value reused; before 2019 there is none.
    let early_2023 = r.at("minimum_pension", d("2023-03-01")).unwrap();
    assert_eq!((early_2023.number().unwrap().to_string(), early_2023.value.confidence), ("291.48".to_string(), amparo::source::Confidence::Derived));
    assert!(matches!(r.at("minimum_pension", d("2018-12-31")), Err(LookupError::BeforeFirst { .. })));
    assert!(matches!(r.at("no.such.parameter", d("2025-01-01")), Err(LookupError::Unknown { .. })));
}

#[test]
fn seed_figures_for_2023_come_from_the_table() {
    let r = rules();
    let on = d("2023-05-10");
    let ias = Money::round(r.at("ias", on).unwrap().number().unwrap());
    let pick = |id: &str| r.at(id, on).unwrap().number().unwrap();
    assert_eq!(ias.times(pick("orphans_pension.own_income_limit_ias_rate")).to_string(), "192.17");
    assert_eq!(ias.times(pick("widows_pension.income_limit_ias_rate")).to_string(), "192.17");
    assert_eq!(ias.times(pick("orphans_pension.household_limit_ias_multiple")).to_string(), "720.65");
    assert_eq!(ias.times(pick("orphans_pension.per_person_limit_ias_rate")).to_string(), "144.13");
    assert_eq!(ias.times(pick("death_grant.ias_multiple")).to_string(), "1441.29");
    assert_eq!(ias.times(pick("funeral_refund.cap_ias_multiple")).to_string(), "1441.29");
}

#[test]
fn percentage_tables_for_one_two_three_and_more() {
    let r = rules();
    let on = d("2025-01-01");
    let rates = |id: &str| -> Vec<String> { (1..=5).map(|n| r.at(id, on).unwrap().rate_for(n).unwrap().to_string()).collect() };
    assert_eq!(rates("survivors_pension.rate.spouses"), ["0.60", "0.70", "0.70", "0.70", "0.70"]);
    assert_eq!(rates("survivors_pension.rate.descendants_with_spouse"), ["0.20", "0.30", "0.40", "0.40", "0.40"]);
    assert_eq!(rates("survivors_pension.rate.descendants_without_spouse"), ["0.40", "0.60", "0.80", "0.80", "0.80"]);
    assert_eq!(rates("survivors_pension.rate.ascendants"), ["0.30", "0.50", "0.80", "0.80", "0.80"]);
    assert_eq!(rates("orphans_pension.rate.with_spouse"), ["0.20", "0.30", "0.40", "0.40", "0.40"]);
    assert_eq!(rates("orphans_pension.rate.without_spouse"), ["0.40", "0.60", "0.80", "0.80", "0.80"]);
}

fn one_param(values: &str) -> String {
    format!(
        r#"{{"parameters":[{{"id":"x","unit":"rate","update":"until_changed","values":{values}}}],"rules":[]}}"#
    )
}

const GOOD_VALUE: &str = r#"{"value":"0.5","reference":{"title":"t","act":"a"},"confidence":"official","last_review":"2026-01-01"}"#;

#[test]
fn broken_tables_are_rejected() {
    assert!(Rules::from_json(&one_param(&format!(r#"{{"2020-01-01":{GOOD_VALUE}}}"#))).is_ok());
    let cases = [
        ("dates not ascending", one_param(&format!(r#"{{"2021-01-01":{GOOD_VALUE},"2020-01-01":{GOOD_VALUE}}}"#))),
        ("duplicate date", one_param(&format!(r#"{{"2021-01-01":{GOOD_VALUE},"2021-01-01":{GOOD_VALUE}}}"#))),
        ("bad date", one_param(&format!(r#"{{"2021-13-01":{GOOD_VALUE}}}"#))),
        ("rate above 1", one_param(r#"{"2020-01-01":{"value":"1.5","reference":{"title":"t","act":"a"},"confidence":"official","last_review":"2026-01-01"}}"#)),
        ("no reference source", one_param(r#"{"2020-01-01":{"value":"0.5","reference":{"title":"t"},"confidence":"official","last_review":"2026-01-01"}}"#)),
        ("no confidence", one_param(r#"{"2020-01-01":{"value":"0.5","reference":{"title":"t","act":"a"},"last_review":"2026-01-01"}}"#)),
        ("unknown confidence", one_param(r#"{"2020-01-01":{"value":"0.5","reference":{"title":"t","act":"a"},"confidence":"sure","last_review":"2026-01-01"}}"#)),
        ("no values", one_param("{}")),
        ("not json", "{".to_string()),
    ];
    for (why, json) in cases {
        assert!(Rules::from_json(&json).is_err(), "accepted a table with: {why}");
    }
    let dup = format!(
        r#"{{"parameters":[{p},{p}],"rules":[]}}"#,
        p = format!(r#"{{"id":"x","unit":"rate","update":"until_changed","values":{{"2020-01-01":{GOOD_VALUE}}}}}"#)
    );
    assert!(Rules::from_json(&dup).unwrap_err().to_string().contains("more than once"));
}

#[test]
fn the_shipped_json_is_what_the_app_loads() {
    assert!(Rules::from_json(SURVIVORS_JSON).is_ok());
}

#[test]
fn planning_ahead_uses_the_latest_values_and_says_so() {
    use amparo::survivors::{Benefit, evaluate};
    let mut h = common::household("2031-06-15");
    h.people.push(common::spouse("s", "1990-01-01"));
    let e = evaluate(&h, &rules()).unwrap_err();
    assert_eq!(e.errors[0].code, "no_rules_for_date");
    h.projection = true;
    let r = evaluate(&h, &rules()).unwrap();
    assert!(r.projection);
    let projection = r.notices.iter().find(|n| n.code == "surv-notice-projection").unwrap();
    assert_eq!((projection.arg("year"), projection.arg("latest")), (Some(&Arg::Count(2031)), Some(&Arg::Count(2026))));
    // The 2026 IAS: 3 × 537.13.
    assert_eq!(r.benefit(Benefit::DeathGrant).unwrap().awards[0].amount.to_string(), "1611.39");
    // Ages and deadlines still use the real date.
    assert_eq!(r.benefit(Benefit::SurvivorsPension).unwrap().claim_deadline.as_deref(), Some("2031-12-31"));
    // A date inside the table is not a projection even when asked for one.
    let mut h = common::household("2025-06-15");
    h.projection = true;
    assert!(!evaluate(&h, &rules()).unwrap().projection);
}

#[test]
fn half_cents_round_up_as_the_published_figures_do() {
    // 1.5 × 480.43 = 720.645 → 720.65 and 0.5 × 537.13 = 268.565 → 268.57 (f64 or banker's
    // rounding would give .64 and .56).
    let ias = |date: &str| Money::round(rules().at("ias", d(date)).unwrap().number().unwrap());
    let half: rust_decimal::Decimal = "0.5".parse().unwrap();
    let one_and_half: rust_decimal::Decimal = "1.5".parse().unwrap();
    assert_eq!(ias("2023-06-01").times(one_and_half).to_string(), "720.65");
    assert_eq!(ias("2026-06-01").times(half).to_string(), "268.57");
}
