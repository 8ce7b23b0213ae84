//! A structured household: `arbitrary` builds an `amparo::survivors::Household` directly (the
//! web app builds one the same way), so the fuzzer spends its time in the engine's dates and
//! arithmetic instead of in the JSON parser. Dates cover the calendar's whole range (years
//! -9999 to 9999), with a bias towards the years the rules table knows so that evaluation gets
//! past the "no rules for this date" check; amounts cover everything the parser accepts (any
//! non-negative `Decimal` with at most two decimals, up to 2^96 − 1 units), built through
//! `Money::exact`, the parser's own constructor. The report is serialised and every amount in it
//! formatted in both languages, as the CLI and the web app do.
#![no_main]

use amparo::money::Money;
use amparo::rules::Rules;
use amparo::survivors::{DeathCause, Deceased, Education, Funeral, Household, Payer, Person, Relation, Scheme, evaluate};
use arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;
use std::sync::OnceLock;
use time::{Date, Month};

static RULES: OnceLock<Rules> = OnceLock::new();

/// Largest mantissa a `Decimal` holds (96 bits).
const MAX_MANTISSA: u128 = (1 << 96) - 1;
/// `AMPARO_FUZZ_MAX_EUROS=N` caps the generated amounts at N euros: a way to keep fuzzing the rest
/// of the engine while a known overflow above some amount is being fixed. Unset: no cap.
static MAX_EUROS: OnceLock<Option<u128>> = OnceLock::new();

fn max_euros() -> Option<u128> {
    *MAX_EUROS.get_or_init(|| std::env::var("AMPARO_FUZZ_MAX_EUROS").ok().and_then(|v| v.parse().ok()))
}

/// `parse_household` accepts at most this many people.
const MAX_PEOPLE: usize = 50;

#[derive(Debug)]
struct FDate(Date);

impl<'a> Arbitrary<'a> for FDate {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let year = if u.arbitrary::<bool>()? { u.int_in_range(1900..=2100)? } else { u.int_in_range(-9999..=9999)? };
        let month = Month::try_from(u.int_in_range(1u8..=12)?).expect("1..=12 is a month");
        let day = u.int_in_range(1u8..=31)?.min(time::util::days_in_month(month, year));
        Ok(FDate(Date::from_calendar_date(year, month, day).expect("a day of the month")))
    }
}

#[derive(Debug)]
struct FMoney(Money);

impl<'a> Arbitrary<'a> for FMoney {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let decimal = match u.int_in_range(0u8..=3)? {
            // Everyday amounts, in cents (up to 42 949 672,95 €).
            0 | 1 => Decimal::from_i128_with_scale(i128::from(u.arbitrary::<u32>()?), 2),
            // Anything the parser accepts: up to 96 bits of digits, with 0, 1 or 2 decimals.
            _ => {
                let scale = u.int_in_range(0u32..=2)?;
                let mut mantissa = u.arbitrary::<u128>()? & MAX_MANTISSA;
                if let Some(max) = max_euros() {
                    mantissa %= max.saturating_mul(10u128.pow(scale)).saturating_add(1);
                }
                Decimal::from_i128_with_scale(mantissa as i128, scale)
            }
        };
        // Beyond Money's ceiling `exact` declines; `round` saturates at it, which is still far
        // above the input limit that validate_household must refuse.
        Ok(FMoney(Money::exact(decimal).unwrap_or_else(|| Money::round(decimal))))
    }
}

#[derive(Debug, Arbitrary)]
enum FScheme {
    General,
    Voluntary,
    AgriculturalSpecial,
    None,
}

#[derive(Debug, Arbitrary)]
enum FRelation {
    Spouse,
    ExSpouse,
    Partner,
    Child,
    Stepchild,
    Grandchild,
    Parent,
    Grandparent,
    OtherRelative,
}

#[derive(Debug, Arbitrary)]
enum FEducation {
    None,
    Secondary,
    Higher,
    Postgraduate,
}

#[derive(Debug, Arbitrary)]
struct FDeceased {
    scheme: Option<FScheme>,
    contribution_months: Option<u16>,
    reference_pension: Option<FMoney>,
    social_pension_recipient: Option<bool>,
    resident: Option<bool>,
    accident: Option<bool>,
    illness_began_after_marriage: Option<bool>,
}

#[derive(Debug, Arbitrary)]
struct FPerson {
    /// Ids from a small set, so that duplicates and the funeral's payer both happen.
    id: u8,
    name: Option<String>,
    relation: FRelation,
    birth_date: Option<FDate>,
    unborn: Option<bool>,
    marriage_date: Option<FDate>,
    union_start_date: Option<FDate>,
    alimony_monthly: Option<FMoney>,
    no_alimony_deceased_lacked_means: Option<bool>,
    judicially_separated: Option<bool>,
    lived_with_deceased: Option<bool>,
    education: Option<FEducation>,
    disabled: Option<bool>,
    dependent_on_deceased: Option<bool>,
    monthly_income: Option<FMoney>,
    household_monthly_income: Option<FMoney>,
    household_size: Option<u8>,
    at_risk: Option<bool>,
    national_or_equivalent: Option<bool>,
    resident: Option<bool>,
    own_pension: Option<bool>,
    own_social_pension: Option<FMoney>,
    works_compulsory_scheme: Option<bool>,
    remarried: Option<bool>,
    common_child: Option<bool>,
    collateral_degree: Option<u8>,
    emancipated: Option<bool>,
}

#[derive(Debug, Arbitrary)]
struct FFuneral {
    /// `None`: not answered; `Some(None)`: someone outside the family; `Some(Some(id))`: a person.
    paid_by: Option<Option<u8>>,
    amount: Option<FMoney>,
    payer_resident: Option<bool>,
}

#[derive(Debug, Arbitrary)]
struct FHousehold {
    death_date: FDate,
    death_registration_date: Option<FDate>,
    claim_date: Option<FDate>,
    deceased: FDeceased,
    people: Vec<FPerson>,
    funeral: Option<FFuneral>,
    projection: bool,
}

fn id(n: u8) -> String {
    format!("p{}", n % 8)
}

fn date(d: Option<FDate>) -> Option<Date> {
    d.map(|d| d.0)
}

fn money(m: Option<FMoney>) -> Option<Money> {
    m.map(|m| m.0)
}

fn person(p: FPerson) -> Person {
    let relation = match p.relation {
        FRelation::Spouse => Relation::Spouse,
        FRelation::ExSpouse => Relation::ExSpouse,
        FRelation::Partner => Relation::Partner,
        FRelation::Child => Relation::Child,
        FRelation::Stepchild => Relation::Stepchild,
        FRelation::Grandchild => Relation::Grandchild,
        FRelation::Parent => Relation::Parent,
        FRelation::Grandparent => Relation::Grandparent,
        FRelation::OtherRelative => Relation::OtherRelative,
    };
    let mut out = Person::new(&id(p.id), relation);
    out.name = p.name;
    out.birth_date = date(p.birth_date);
    out.unborn = p.unborn;
    out.marriage_date = date(p.marriage_date);
    out.union_start_date = date(p.union_start_date);
    out.alimony_monthly = money(p.alimony_monthly);
    out.no_alimony_deceased_lacked_means = p.no_alimony_deceased_lacked_means;
    out.judicially_separated = p.judicially_separated;
    out.lived_with_deceased = p.lived_with_deceased;
    out.education = p.education.map(|e| match e {
        FEducation::None => Education::None,
        FEducation::Secondary => Education::Secondary,
        FEducation::Higher => Education::Higher,
        FEducation::Postgraduate => Education::Postgraduate,
    });
    out.disabled = p.disabled;
    out.dependent_on_deceased = p.dependent_on_deceased;
    out.monthly_income = money(p.monthly_income);
    out.household_monthly_income = money(p.household_monthly_income);
    // The parser's ranges: household size 0..=99 (0 is refused by the validation), degree 0..=9.
    out.household_size = p.household_size.map(|n| u32::from(n % 100));
    out.at_risk = p.at_risk;
    out.national_or_equivalent = p.national_or_equivalent;
    out.resident = p.resident;
    out.own_pension = p.own_pension;
    out.own_social_pension = money(p.own_social_pension);
    out.works_compulsory_scheme = p.works_compulsory_scheme;
    out.remarried = p.remarried;
    out.common_child = p.common_child;
    out.collateral_degree = p.collateral_degree.map(|n| u32::from(n % 10));
    out.emancipated = p.emancipated;
    out
}

fn household(h: FHousehold) -> Household {
    let mut out = Household::new(h.death_date.0);
    out.death_registration_date = date(h.death_registration_date);
    out.claim_date = date(h.claim_date);
    let d = h.deceased;
    out.deceased = Deceased {
        scheme: d.scheme.map(|s| match s {
            FScheme::General => Scheme::General,
            FScheme::Voluntary => Scheme::Voluntary,
            FScheme::AgriculturalSpecial => Scheme::AgriculturalSpecial,
            FScheme::None => Scheme::None,
        }),
        // The parser accepts 0..=1200 months.
        contribution_months: d.contribution_months.map(|n| u32::from(n % 1201)),
        reference_pension: money(d.reference_pension),
        social_pension_recipient: d.social_pension_recipient,
        resident: d.resident,
        death_cause: d.accident.map(|a| if a { DeathCause::Accident } else { DeathCause::Illness }),
        illness_began_after_marriage: d.illness_began_after_marriage,
    };
    out.people = h.people.into_iter().take(MAX_PEOPLE).map(person).collect();
    out.funeral = h.funeral.map(|f| Funeral {
        paid_by: f.paid_by.map(|p| p.map_or(Payer::Other, |n| Payer::Person(id(n)))),
        amount: money(f.amount),
        payer_resident: f.payer_resident,
    });
    out.projection = h.projection;
    out
}

fuzz_target!(|input: FHousehold| {
    let rules = RULES.get_or_init(|| Rules::bundled().expect("the bundled rules table loads"));
    let household = household(input);
    if let Ok(report) = evaluate(&household, rules) {
        serde_json::to_string(&report).expect("a report always serialises");
        for award in report.benefits.iter().flat_map(|b| &b.awards) {
            for m in std::iter::once(award.amount).chain(award.yearly) {
                let _ = amparo::i18n::Lang::all().map(|l| amparo::i18n::format_money(l, m)).count();
            }
        }
    }
});
