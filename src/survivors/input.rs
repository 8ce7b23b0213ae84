//! The household being asked about: the person who died, the people around them, the funeral.
//! Every answer is optional except the date of death, so that a missing answer becomes a
//! "still needed" item in the report rather than a guess.

use crate::dates::iso;
use crate::error::{InputError, InputErrors};
use crate::limits::{MAX_ID_CHARS, MAX_NAME_CHARS};
use crate::money::Money;
use crate::validation::{Obj, parse_document};
pub use super::validate::validate_household;
use serde::{Serialize, Serializer};
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    General,
    Voluntary,
    AgriculturalSpecial,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeathCause {
    Illness,
    Accident,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    None,
    Secondary,
    Higher,
    Postgraduate,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Deceased {
    pub scheme: Option<Scheme>,
    pub contribution_months: Option<u32>,
    /// The old-age or invalidity pension the person received, or would have received, monthly.
    pub reference_pension: Option<Money>,
    pub social_pension_recipient: Option<bool>,
    pub resident: Option<bool>,
    pub death_cause: Option<DeathCause>,
    pub illness_began_after_marriage: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub id: String,
    pub name: Option<String>,
    pub relation: Relation,
    #[serde(serialize_with = "ser_opt_date")]
    pub birth_date: Option<Date>,
    /// A child of the deceased not yet born at the death.
    pub unborn: Option<bool>,
    #[serde(serialize_with = "ser_opt_date")]
    pub marriage_date: Option<Date>,
    #[serde(serialize_with = "ser_opt_date")]
    pub union_start_date: Option<Date>,
    pub alimony_monthly: Option<Money>,
    /// An ex-spouse (or judicially separated spouse) who has no alimony only because a court
    /// recognised that the deceased lacked the means to pay it.
    pub no_alimony_deceased_lacked_means: Option<bool>,
    /// A spouse who was judicially separated (separação de pessoas e bens) from the deceased.
    pub judicially_separated: Option<bool>,
    /// Lived with the deceased in a common household (comunhão de mesa e habitação); asked of
    /// relatives only when the death grant falls back to them.
    pub lived_with_deceased: Option<bool>,
    pub education: Option<Education>,
    pub disabled: Option<bool>,
    pub dependent_on_deceased: Option<bool>,
    pub monthly_income: Option<Money>,
    pub household_monthly_income: Option<Money>,
    pub household_size: Option<u32>,
    pub at_risk: Option<bool>,
    pub national_or_equivalent: Option<bool>,
    pub resident: Option<bool>,
    pub own_pension: Option<bool>,
    /// The social pension this person receives in their own right, monthly (widow(er)'s
    /// pension cumulation cap).
    pub own_social_pension: Option<Money>,
    pub works_compulsory_scheme: Option<bool>,
    pub remarried: Option<bool>,
    pub common_child: Option<bool>,
    pub collateral_degree: Option<u32>,
    pub emancipated: Option<bool>,
}

impl Person {
    pub fn new(id: &str, relation: Relation) -> Person {
        Person {
            id: id.to_string(),
            name: None,
            relation,
            birth_date: None,
            unborn: None,
            marriage_date: None,
            union_start_date: None,
            alimony_monthly: None,
            no_alimony_deceased_lacked_means: None,
            judicially_separated: None,
            lived_with_deceased: None,
            education: None,
            disabled: None,
            dependent_on_deceased: None,
            monthly_income: None,
            household_monthly_income: None,
            household_size: None,
            at_risk: None,
            national_or_equivalent: None,
            resident: None,
            own_pension: None,
            own_social_pension: None,
            works_compulsory_scheme: None,
            remarried: None,
            common_child: None,
            collateral_degree: None,
            emancipated: None,
        }
    }

    /// How the person is named in explanations: the name the user gave, else the id.
    pub fn label(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Payer {
    Person(String),
    #[serde(serialize_with = "ser_other")]
    Other,
}

fn ser_other<S: Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("other")
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Funeral {
    pub paid_by: Option<Payer>,
    pub amount: Option<Money>,
    /// Residence of a payer who is not one of `people` (`paid_by: "other"`).
    pub payer_resident: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Household {
    #[serde(serialize_with = "ser_date")]
    pub death_date: Date,
    #[serde(serialize_with = "ser_opt_date")]
    pub death_registration_date: Option<Date>,
    /// When the claim is (or will be) filed; decides the first month paid if it is late.
    #[serde(serialize_with = "ser_opt_date")]
    pub claim_date: Option<Date>,
    pub deceased: Deceased,
    pub people: Vec<Person>,
    pub funeral: Option<Funeral>,
    /// Planning ahead: a death date past the table's last year uses the latest known amounts,
    /// and the report says so. Without it such a date is an error (a typo must not pass).
    pub projection: bool,
}

impl Household {
    pub fn new(death_date: Date) -> Household {
        Household {
            death_date,
            death_registration_date: None,
            claim_date: None,
            deceased: Deceased::default(),
            people: Vec::new(),
            funeral: None,
            projection: false,
        }
    }
}

fn ser_date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso(*d))
}

fn ser_opt_date<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&iso(*d)),
        None => s.serialize_none(),
    }
}

// Upper bounds that only catch typos (a 5-digit month count); not legal numbers.
pub(super) const MAX_MONTHS: u32 = 1200;
pub(super) const MAX_HOUSEHOLD: u32 = 99;
pub(super) const MAX_DEGREE: u32 = 9;
pub(super) const MAX_PEOPLE: usize = 50;

const SCHEMES: &[(&str, Scheme)] = &[
    ("general", Scheme::General),
    ("voluntary", Scheme::Voluntary),
    ("agricultural_special", Scheme::AgriculturalSpecial),
    ("none", Scheme::None),
];
const CAUSES: &[(&str, DeathCause)] = &[("illness", DeathCause::Illness), ("accident", DeathCause::Accident)];
const RELATIONS: &[(&str, Relation)] = &[
    ("spouse", Relation::Spouse),
    ("ex_spouse", Relation::ExSpouse),
    ("partner", Relation::Partner),
    ("child", Relation::Child),
    ("stepchild", Relation::Stepchild),
    ("grandchild", Relation::Grandchild),
    ("parent", Relation::Parent),
    ("grandparent", Relation::Grandparent),
    ("other_relative", Relation::OtherRelative),
];
const EDUCATION: &[(&str, Education)] = &[
    ("none", Education::None),
    ("secondary", Education::Secondary),
    ("higher", Education::Higher),
    ("postgraduate", Education::Postgraduate),
];

/// Reads a household from JSON, reporting every field-level problem at once.
pub fn parse_household(input: &str) -> Result<Household, InputErrors> {
    let doc = parse_document(input)?;
    let mut errors = InputErrors::default();
    let household = read_household(&doc, &mut errors);
    match household {
        Some(h) if errors.is_empty() => {
            validate_household(&h)?;
            Ok(h)
        }
        _ => Err(errors),
    }
}

fn read_household(doc: &serde_json::Value, errors: &mut InputErrors) -> Option<Household> {
    let mut o = Obj::new(doc, "", errors)?;
    let death_date_v = o.required("death_date");
    let death_date = death_date_v.and_then(|v| crate::validation::read_date(v, "death_date", o.errors));
    let death_registration_date = o.date("death_registration_date");
    let claim_date = o.date("claim_date");
    let deceased = match o.required("deceased") {
        Some(v) => read_deceased(v, o.errors),
        None => None,
    };
    let mut people = Vec::new();
    if let Some(v) = o.raw("people") {
        match v.as_array() {
            Some(arr) if arr.len() > MAX_PEOPLE => {
                o.errors.push(InputError::new("people", "too_many", crate::msg!("error-too_many-people", max = MAX_PEOPLE)))
            }
            Some(arr) => {
                for (i, p) in arr.iter().enumerate() {
                    if let Some(p) = read_person(p, &format!("people[{i}]"), o.errors) {
                        people.push(p);
                    }
                }
            }
            None => o.errors.push(crate::validation::type_error("people", crate::msg!("error-expected-list"))),
        }
    }
    let funeral = o.raw("funeral").and_then(|v| read_funeral(v, o.errors));
    let projection = o.boolean("projection").unwrap_or(false);
    o.finish();
    Some(Household { death_date: death_date?, death_registration_date, claim_date, deceased: deceased?, people, funeral, projection })
}

fn read_deceased(v: &serde_json::Value, errors: &mut InputErrors) -> Option<Deceased> {
    let mut o = Obj::new(v, "deceased", errors)?;
    let d = Deceased {
        scheme: o.choice("scheme", SCHEMES),
        contribution_months: o.whole("contribution_months", MAX_MONTHS),
        reference_pension: o.money("reference_pension"),
        social_pension_recipient: o.boolean("social_pension_recipient"),
        resident: o.boolean("resident"),
        death_cause: o.choice("death_cause", CAUSES),
        illness_began_after_marriage: o.boolean("illness_began_after_marriage"),
    };
    o.finish();
    Some(d)
}

fn read_person(v: &serde_json::Value, path: &str, errors: &mut InputErrors) -> Option<Person> {
    let mut o = Obj::new(v, path, errors)?;
    let id = if o.required("id").is_some() { o.text("id", MAX_ID_CHARS, crate::msg!("error-what-id")) } else { None };
    let relation = if o.required("relation").is_some() { o.choice("relation", RELATIONS) } else { None };
    let mut p = Person::new(id.as_deref().unwrap_or(""), relation.unwrap_or(Relation::OtherRelative));
    p.name = o.text("name", MAX_NAME_CHARS, crate::msg!("error-what-name"));
    p.birth_date = o.date("birth_date");
    p.unborn = o.boolean("unborn");
    p.marriage_date = o.date("marriage_date");
    p.union_start_date = o.date("union_start_date");
    p.alimony_monthly = o.money("alimony_monthly");
    p.no_alimony_deceased_lacked_means = o.boolean("no_alimony_deceased_lacked_means");
    p.judicially_separated = o.boolean("judicially_separated");
    p.lived_with_deceased = o.boolean("lived_with_deceased");
    p.education = o.choice("education", EDUCATION);
    p.disabled = o.boolean("disabled");
    p.dependent_on_deceased = o.boolean("dependent_on_deceased");
    p.monthly_income = o.money("monthly_income");
    p.household_monthly_income = o.money("household_monthly_income");
    p.household_size = o.whole("household_size", MAX_HOUSEHOLD);
    p.at_risk = o.boolean("at_risk");
    p.national_or_equivalent = o.boolean("national_or_equivalent");
    p.resident = o.boolean("resident");
    p.own_pension = o.boolean("own_pension");
    p.own_social_pension = o.money("own_social_pension");
    p.works_compulsory_scheme = o.boolean("works_compulsory_scheme");
    p.remarried = o.boolean("remarried");
    p.common_child = o.boolean("common_child");
    p.collateral_degree = o.whole("collateral_degree", MAX_DEGREE);
    p.emancipated = o.boolean("emancipated");
    o.finish();
    (id.is_some() && relation.is_some()).then_some(p)
}

fn read_funeral(v: &serde_json::Value, errors: &mut InputErrors) -> Option<Funeral> {
    let mut o = Obj::new(v, "funeral", errors)?;
    let paid_by = o.text("paid_by", MAX_ID_CHARS, crate::msg!("error-what-payer_id")).map(|s| if s == "other" { Payer::Other } else { Payer::Person(s) });
    let f = Funeral { paid_by, amount: o.money("amount"), payer_resident: o.boolean("payer_resident") };
    o.finish();
    Some(f)
}
