//! Property tests over the whole accepted ranges: any date the parser reads (years 0000 to 9999,
//! with or without `projection`), any amount up to the input limit, any count up to its limit.
//! `evaluate` never panics: it answers, or refuses with field-level errors in both languages.
//! Amounts above the limit are refused at their field, however large, typed or read from JSON,
//! and every amount below it reads back exactly, in the CLI's forms and in the web form's.

mod common;
use amparo::forms;
use amparo::i18n::Lang;
use amparo::money::{CEILING, MAX_INPUT, Money};
use amparo::survivors::*;
use common::{rules, set_yes_no};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::json;

fn max_cents() -> i64 {
    i64::try_from((MAX_INPUT.decimal() * Decimal::ONE_HUNDRED).normalize().mantissa()).unwrap()
}

fn money(c: i64) -> Money {
    Money::round(Decimal::new(c, 2))
}

fn any_date() -> impl Strategy<Value = time::Date> {
    (0i32..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, day)| {
        let month = time::Month::try_from(m).unwrap();
        time::Date::from_calendar_date(y, month, day.min(time::util::days_in_month(month, y))).unwrap()
    })
}

/// A date near the death (so that the cross-field checks pass often) or anywhere at all.
fn date_around(death: time::Date) -> BoxedStrategy<Option<time::Date>> {
    prop_oneof![
        1 => Just(None),
        2 => (-36_500i64..=400).prop_map(move |days| amparo::dates::add_days(death, days)),
        1 => any_date().prop_map(Some),
    ]
    .boxed()
}

fn opt_amount() -> BoxedStrategy<Option<Money>> {
    prop_oneof![1 => Just(None), 3 => (0..=max_cents()).prop_map(|c| Some(money(c))), 1 => Just(Some(MAX_INPUT))].boxed()
}

const RELATIONS: [Relation; 9] = [
    Relation::Spouse,
    Relation::ExSpouse,
    Relation::Partner,
    Relation::Child,
    Relation::Stepchild,
    Relation::Grandchild,
    Relation::Parent,
    Relation::Grandparent,
    Relation::OtherRelative,
];

fn person(i: usize, death: time::Date) -> impl Strategy<Value = Person> {
    (
        0usize..RELATIONS.len(),
        (date_around(death), date_around(death), date_around(death)),
        (opt_amount(), opt_amount(), opt_amount(), opt_amount()),
        (proptest::option::of(0u32..=99), proptest::option::of(0u32..=9)),
        proptest::collection::vec(proptest::option::of(any::<bool>()), 12),
    )
        .prop_map(move |(rel, (birth, marriage, union), (alimony, income, hh_income, own_sp), (size, degree), b)| {
            let relation = RELATIONS[rel];
            let mut p = Person::new(&format!("p{i}"), relation);
            p.birth_date = birth;
            p.marriage_date = marriage;
            p.union_start_date = union;
            p.alimony_monthly = alimony;
            p.monthly_income = income;
            p.household_monthly_income = hh_income;
            p.own_social_pension = own_sp;
            p.household_size = size;
            p.collateral_degree = degree;
            set_yes_no(&mut p, &b);
            p
        })
}

fn household() -> impl Strategy<Value = Household> {
    (any_date(), any::<bool>(), 0usize..6)
        .prop_flat_map(|(death, projection, n)| {
            let people: Vec<_> = (0..n).map(|i| person(i, death)).collect();
            (
                Just((death, projection)),
                (date_around(death), date_around(death)),
                (proptest::option::of(0u32..=1200), opt_amount(), proptest::collection::vec(proptest::option::of(any::<bool>()), 4)),
                people,
                proptest::option::of((0usize..8, opt_amount())),
            )
        })
        .prop_map(|((death, projection), (registration, claim), (months, pension, b), people, funeral)| {
            let mut h = Household::new(death);
            h.projection = projection;
            h.death_registration_date = registration;
            h.claim_date = claim;
            h.deceased = Deceased {
                scheme: Some(Scheme::General),
                contribution_months: months,
                reference_pension: pension,
                social_pension_recipient: b[0],
                resident: b[1],
                death_cause: b[2].map(|x| if x { DeathCause::Accident } else { DeathCause::Illness }),
                illness_began_after_marriage: b[3],
            };
            h.funeral = funeral.map(|(who, amount)| Funeral {
                paid_by: Some(people.get(who).map_or(Payer::Other, |p| Payer::Person(p.id.clone()))),
                amount,
                payer_resident: Some(true),
            });
            h.people = people;
            h
        })
}

/// The last day the calendar holds: every deadline and birthday past it is left out, not a panic.
#[test]
fn a_death_on_the_last_representable_day_is_answered_with_projection() {
    let mut h = common::household("9999-12-31");
    h.projection = true;
    h.claim_date = Some(common::d("9999-12-31"));
    let mut spouse = Person::new("ana", Relation::Spouse);
    spouse.birth_date = Some(common::d("9950-01-01"));
    spouse.marriage_date = Some(common::d("9970-01-01"));
    let mut child = Person::new("rui", Relation::Child);
    child.birth_date = Some(common::d("9999-12-31"));
    let mut unborn = Person::new("eva", Relation::Child);
    unborn.unborn = Some(true);
    h.people = vec![spouse, child, unborn];
    h.funeral = Some(Funeral { paid_by: Some(Payer::Person("ana".into())), amount: Some(MAX_INPUT), payer_resident: None });
    let r = evaluate(&h, &rules()).unwrap();
    assert!(r.projection);
    assert!(r.benefits.iter().any(|b| !b.awards.is_empty()));
    // Without projection the year is refused as a whole, at the death date.
    h.projection = false;
    assert_eq!(evaluate(&h, &rules()).unwrap_err().errors[0].code, "no_rules_for_date");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_never_panics_over_every_accepted_date_and_amount(h in household()) {
        match evaluate(&h, &rules()) {
            Ok(r) => {
                prop_assert_eq!(r.benefits.len(), 6);
                for a in r.benefits.iter().flat_map(|b| &b.awards) {
                    prop_assert!(!a.amount.is_negative() && a.amount.decimal() < CEILING, "{:?}", a);
                }
            }
            Err(e) => {
                prop_assert!(!e.errors.is_empty());
                for x in &e.errors {
                    prop_assert!(!x.code.is_empty() && !x.text(Lang::Pt).is_empty() && !x.text(Lang::En).is_empty(), "{:?}", x);
                    prop_assert_ne!(&x.text(Lang::Pt), &x.text(Lang::En));
                }
            }
        }
    }

    #[test]
    fn a_typed_amount_above_the_limit_is_refused_at_its_field(
        over in prop_oneof![Just(1i64), 1i64..=i64::MAX], scale in 0u32..=2, huge in any::<bool>(), which in 0usize..3
    ) {
        let m = if huge { Money::round(Decimal::MAX) } else { Money::round(MAX_INPUT.decimal() + Decimal::new(over, scale)) };
        let mut h = common::household("2025-03-14");
        h.people.push(Person::new("ana", Relation::Spouse));
        let field = match which {
            0 => { h.deceased.reference_pension = Some(m); "deceased.reference_pension".to_string() }
            1 => { h.people[0].monthly_income = Some(m); "people[0].monthly_income".to_string() }
            _ => { h.funeral = Some(Funeral { paid_by: Some(Payer::Other), amount: Some(m), payer_resident: Some(true) }); "funeral.amount".to_string() }
        };
        let e = evaluate(&h, &rules()).unwrap_err();
        prop_assert!(e.errors.iter().any(|x| x.field == field && x.code == "too_large"), "{:?}", e);
    }

    #[test]
    fn every_accepted_amount_reads_back_exactly_from_json(c in 0..=max_cents(), comma in any::<bool>(), number in any::<bool>()) {
        let m = money(c);
        let plain = m.to_string();
        let v = if number { json!(m.decimal().to_string().parse::<f64>().unwrap()) } else if comma { json!(plain.replace('.', ",")) } else { json!(plain) };
        let h = parse_household(&json!({"death_date": "2025-03-14", "deceased": {"reference_pension": v}}).to_string()).unwrap();
        prop_assert_eq!(h.deceased.reference_pension, Some(m));
    }

    #[test]
    fn every_amount_above_the_limit_is_too_large_in_json(over in 1i64..=i64::MAX, digits in "[1-9][0-9]{0,40}") {
        for text in [(MAX_INPUT.decimal() + Decimal::new(over, 2)).to_string(), digits.clone()] {
            let too_big = Decimal::from_str_exact(&text).map_or(true, |d| d > MAX_INPUT.decimal());
            let r = parse_household(&json!({"death_date": "2025-03-14", "deceased": {"reference_pension": text}}).to_string());
            match r {
                Ok(h) => prop_assert!(!too_big, "{} accepted as {:?}", text, h.deceased.reference_pension),
                Err(e) => {
                    prop_assert!(too_big);
                    prop_assert_eq!(e.errors[0].code.as_str(), "too_large");
                }
            }
        }
    }

    #[test]
    fn every_accepted_amount_reads_back_from_the_web_form_as_written_in_portugal(c in 0..=max_cents(), style in 0usize..4, euro in any::<bool>()) {
        let m = money(c);
        // "1 234 567,89 €" as the app shows it, then grouped with dots or not at all.
        let shown = amparo::i18n::format_money(amparo::i18n::Lang::Pt, m);
        let number = shown.trim_end_matches(" €");
        let typed = match style {
            0 => number.to_string(),
            1 => number.replace(' ', "."),
            2 => number.replace(' ', ""),
            _ => number.replace(' ', "\u{00A0}"),
        };
        let typed = if euro { format!("{typed} €") } else { typed };
        let h = forms::household(&json!({"death_date": "2025-03-14", "deceased": {"reference_pension": typed}})).unwrap();
        prop_assert_eq!(h.deceased.reference_pension, Some(m));
    }
}
