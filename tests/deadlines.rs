//! Deadlines against today (`evaluate_on`): open, due today or passed, what a claim made today
//! brings, a death after today refused, the plain words for a year the table lacks, and the
//! plan's claims (one per form).

mod common;
use amparo::i18n::{Lang, render};
use amparo::message::Arg;
use amparo::survivors::{Benefit, DeadlineState, Household, Report, evaluate, evaluate_on};
use common::{benefit, child, d, household, rules, spouse};

fn on(h: &Household, today: &str) -> Report {
    match evaluate_on(h, &rules(), d(today)) {
        Ok(r) => r,
        Err(e) => panic!("evaluate_on failed: {e}"),
    }
}

/// A widow (married long ago) and two children: one 12, one 20 at university.
fn widow_and_children(death: &str) -> Household {
    let mut h = household(death);
    h.people.push(spouse("ana", "1995-06-01"));
    h.people.push(child("rui", "2014-03-01"));
    let mut eva = child("eva", "2006-02-10");
    eva.education = Some(amparo::survivors::Education::Higher);
    eva.works_compulsory_scheme = Some(false);
    h.people.push(eva);
    h
}

#[test]
fn a_death_two_years_ago_shows_passed_deadlines_and_the_months_a_late_claim_loses() {
    let h = widow_and_children("2024-12-10");
    let r = on(&h, "2026-12-02");
    assert_eq!(r.today.as_deref(), Some("2026-12-02"));
    let pension = benefit(&r, Benefit::SurvivorsPension);
    let dl = pension.deadline.as_ref().expect("a deadline");
    // The window ended on the last day of the 6th month after the month of death.
    assert_eq!((dl.date.as_str(), dl.state, dl.days_left), ("2025-06-30", DeadlineState::Passed, -520));
    assert_eq!(dl.note.code, "surv-deadline-passed");
    assert_eq!(dl.note.arg("days"), Some(&Arg::Count(520)));
    // Paid from January 2025 in time; claimed today, from January 2027: 24 months lost.
    assert_eq!(dl.paid_from_if_claimed_now.as_deref(), Some("2027-01"));
    assert_eq!(dl.months_lost, Some(24));
    let now = dl.claim_now.as_ref().expect("what claiming now brings");
    assert_eq!(now.code, "surv-deadline-claim_now-pension");
    assert_eq!(now.arg("lost"), Some(&Arg::Count(24)));
    assert_eq!(dl.rule, "survivors_pension.start");
    // The death grant, a lump sum: what the sources say (nothing), so ask.
    let grant = benefit(&r, Benefit::DeathGrant).deadline.as_ref().expect("a deadline");
    assert_eq!((grant.date.as_str(), grant.state, grant.days_left), ("2025-06-10", DeadlineState::Passed, -540));
    assert_eq!(grant.claim_now.as_ref().map(|m| m.code.as_ref()), Some("surv-deadline-claim_now-lump_sum"));
    assert_eq!(grant.claim_now.as_ref().and_then(|m| m.arg("benefit")), Some(&Arg::from("death_grant")));
    assert_eq!((grant.rule, grant.confidence), ("death_grant.late_claim", amparo::source::Confidence::Unverified));
    assert_eq!((grant.paid_from_if_claimed_now.as_ref(), grant.months_lost), (None, None));
    // Awards do not change with today: the in-time start is kept.
    let without = evaluate(&h, &rules()).unwrap();
    assert_eq!(pension.awards, benefit(&without, Benefit::SurvivorsPension).awards);
    assert_eq!(pension.awards[0].from.as_deref(), Some("2025-01-01"));
    // The plan: the form is late, and both benefits are listed as passed.
    let plan = r.plan.as_ref().expect("a plan");
    assert_eq!(plan.passed, [Benefit::SurvivorsPension, Benefit::DeathGrant]);
    assert_eq!(plan.nearest_deadline, None);
    assert_eq!(plan.claims[0].state, Some(DeadlineState::Passed));
    // A benefit the person cannot get has its dates, and nothing about claiming now.
    let allowance = benefit(&r, Benefit::FuneralAllowance);
    assert_eq!(allowance.status, amparo::survivors::Status::NotEligible);
    assert!(allowance.deadline.as_ref().is_some_and(|d| d.claim_now.is_none() && d.months_lost.is_none()));
}

#[test]
fn a_death_last_week_shows_open_deadlines_with_the_days_left() {
    let h = widow_and_children("2026-11-25");
    let r = on(&h, "2026-12-02");
    let pension = benefit(&r, Benefit::SurvivorsPension).deadline.as_ref().unwrap();
    assert_eq!((pension.date.as_str(), pension.state, pension.days_left), ("2027-05-31", DeadlineState::Open, 180));
    assert_eq!(pension.note.code, "surv-deadline-open");
    assert_eq!(pension.note.arg("days"), Some(&Arg::Count(180)));
    assert_eq!((pension.claim_now.as_ref(), pension.months_lost), (None, None));
    let grant = benefit(&r, Benefit::DeathGrant).deadline.as_ref().unwrap();
    assert_eq!((grant.date.as_str(), grant.state, grant.days_left), ("2027-05-25", DeadlineState::Open, 174));
    let plan = r.plan.as_ref().unwrap();
    assert_eq!(plan.nearest_deadline.as_deref(), Some("2027-05-25"));
    assert!(plan.passed.is_empty());
    assert_eq!(render(Lang::En, &grant.note), "Claim by 25 May 2027: 174 days left.");
}

#[test]
fn the_last_day_is_due_today() {
    let h = widow_and_children("2026-11-25");
    let r = on(&h, "2027-05-25");
    let grant = benefit(&r, Benefit::DeathGrant).deadline.as_ref().unwrap();
    assert_eq!((grant.state, grant.days_left, grant.note.code.as_ref()), (DeadlineState::DueToday, 0, "surv-deadline-due_today"));
    assert!(grant.claim_now.is_none());
    // The day after, it has passed.
    let r = on(&h, "2027-05-26");
    let grant = benefit(&r, Benefit::DeathGrant).deadline.as_ref().unwrap();
    assert_eq!((grant.state, grant.days_left), (DeadlineState::Passed, -1));
    // And the form stays open for the pension it also claims, with the pension's deadline.
    let plan = r.plan.as_ref().unwrap();
    let form = &plan.claims[0];
    assert_eq!((form.deadline.as_deref(), form.state), (Some("2027-05-31"), Some(DeadlineState::Open)));
    assert_eq!(plan.passed, [Benefit::DeathGrant]);
    assert_eq!(plan.nearest_deadline.as_deref(), Some("2027-05-31"));
}

#[test]
fn a_death_after_today_is_refused_unless_planning_ahead() {
    let mut h = widow_and_children("2026-12-20");
    let e = evaluate_on(&h, &rules(), d("2026-12-02")).unwrap_err();
    assert_eq!(e.errors.len(), 1);
    let err = &e.errors[0];
    assert_eq!((err.field.as_str(), err.code.as_str()), ("death_date", "death_in_future"));
    assert_eq!(err.message.arg("today"), Some(&Arg::from(d("2026-12-02"))));
    assert_eq!(err.text(Lang::En), "The date of death cannot be after today (2 December 2026). Check the day, month and year.");
    for lang in Lang::all() {
        let text = err.text(lang);
        assert!(!text.starts_with("error-") && text.contains("2026"), "{}: {text}", lang.code());
    }
    // The same day is not in the future; without today nothing is compared.
    assert!(evaluate_on(&h, &rules(), d("2026-12-20")).is_ok());
    assert!(evaluate(&h, &rules()).is_ok());
    // Planning ahead: accepted, and a year past the table uses the latest amounts.
    h.projection = true;
    assert!(evaluate_on(&h, &rules(), d("2026-12-02")).is_ok());
    h.death_date = d("2027-03-01");
    let r = on(&h, "2026-12-02");
    assert!(r.projection);
    // Other errors come with it, all at once.
    let mut h = widow_and_children("2026-12-20");
    h.claim_date = Some(d("2026-01-01"));
    let e = evaluate_on(&h, &rules(), d("2026-12-02")).unwrap_err();
    let codes: Vec<&str> = e.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["before_death", "death_in_future"]);
}

#[test]
fn a_year_the_table_lacks_is_explained_in_plain_words() {
    let h = widow_and_children("2027-01-15");
    let e = evaluate_on(&h, &rules(), d("2027-02-01")).unwrap_err();
    let err = &e.errors[0];
    assert_eq!((err.field.as_str(), err.code.as_str()), ("death_date", "no_rules_for_date"));
    assert_eq!(err.message.code, "error-no_rules_for_date-not_published");
    assert_eq!((err.message.arg("year"), err.message.arg("latest")), (Some(&Arg::Count(2027)), Some(&Arg::Count(2026))));
    assert_eq!(
        err.text(Lang::En),
        "The amounts for 2027 are not published yet. Choose \"planning ahead\" to use the latest known amounts (2026), or check the year."
    );
    let before = evaluate(&household("1985-05-01"), &rules()).unwrap_err();
    assert_eq!(before.errors[0].message.code, "error-no_rules_for_date-before");
    for m in [&e.errors[0], &before.errors[0]] {
        for lang in Lang::all() {
            let text = m.text(lang);
            for internal in ["`", "ias", "LookupError", "has no value", "form.", "_"] {
                assert!(!text.contains(internal), "{}: {internal:?} in {text}", lang.code());
            }
        }
    }
}

#[test]
fn one_form_that_claims_two_benefits_is_listed_once_with_the_earliest_deadline() {
    let h = widow_and_children("2026-11-25");
    let r = on(&h, "2026-12-02");
    let plan = r.plan.as_ref().unwrap();
    let rp5075: Vec<_> = plan.claims.iter().filter(|c| c.form.starts_with("RP 5075")).collect();
    assert_eq!(rp5075.len(), 1, "{:?}", plan.claims);
    let claim = rp5075[0];
    assert_eq!(claim.benefits, [Benefit::SurvivorsPension, Benefit::DeathGrant]);
    assert_eq!((claim.deadline.as_deref(), claim.state), (Some("2027-05-25"), Some(DeadlineState::Open)));
    assert_eq!(claim.name.code, "param-form-contributory_death_benefits");
    // Only benefits that may be paid are claimed: the refund and allowance are not.
    assert!(plan.claims.iter().all(|c| !c.benefits.contains(&Benefit::FuneralAllowance)));
    // Without today the claims are still listed, with their deadline and no state.
    let r = evaluate(&h, &rules()).unwrap();
    assert!(r.today.is_none() && r.benefits.iter().all(|b| b.deadline.is_none()));
    let plan = r.plan.as_ref().unwrap();
    assert_eq!((plan.claims[0].deadline.as_deref(), plan.claims[0].state), (Some("2027-05-25"), None));
    assert_eq!(plan.nearest_deadline, None);
}

#[test]
fn claims_with_open_deadlines_come_before_passed_ones() {
    // A short record: no survivor's pension, but the death grant (RP 5075, 6 months from the
    // death: 10 December) and the orphan's pension (RP 5018, to the end of December).
    let mut h = household("2026-06-10");
    h.deceased.contribution_months = Some(12);
    h.people.push(child("rui", "2016-01-01"));
    let r = on(&h, "2026-12-15");
    let plan = r.plan.as_ref().unwrap();
    let claims: Vec<_> = plan.claims.iter().map(|c| (&*c.form, c.deadline.as_deref(), c.state)).collect();
    assert_eq!(
        claims,
        [
            ("RP 5018-DGSS", Some("2026-12-31"), Some(DeadlineState::Open)),
            ("RP 5075-DGSS", Some("2026-12-10"), Some(DeadlineState::Passed)),
        ]
    );
    assert_eq!(plan.passed, [Benefit::DeathGrant]);
    assert_eq!(plan.nearest_deadline.as_deref(), Some("2026-12-31"));
}
