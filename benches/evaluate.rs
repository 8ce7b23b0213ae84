//! Median time of `evaluate` for a household of a spouse, four children and two parents.
//! Run: `cargo bench --bench evaluate`. (Reported in closing notes, never asserted in tests.)

use amparo::i18n::{Lang, render};
use amparo::rules::Rules;
use amparo::survivors::{evaluate, evaluate_on, parse_household};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const HOUSEHOLD: &str = r#"{
  "death_date": "2025-03-14",
  "deceased": { "scheme": "general", "contribution_months": 240, "reference_pension": "1350.00",
                "social_pension_recipient": false, "resident": true, "death_cause": "illness", "illness_began_after_marriage": false },
  "people": [
    { "id": "ana", "relation": "spouse", "birth_date": "1972-05-02", "marriage_date": "1998-06-20" },
    { "id": "c1", "relation": "child", "birth_date": "2010-09-01" },
    { "id": "c2", "relation": "child", "birth_date": "2012-02-11" },
    { "id": "c3", "relation": "child", "birth_date": "2004-01-15", "education": "higher", "works_compulsory_scheme": false },
    { "id": "c4", "relation": "child", "birth_date": "2001-07-30", "education": "postgraduate", "works_compulsory_scheme": false },
    { "id": "mum", "relation": "parent", "dependent_on_deceased": true },
    { "id": "dad", "relation": "parent", "dependent_on_deceased": false }
  ],
  "funeral": { "paid_by": "ana", "amount": "2300.00" }
}"#;

fn bench(c: &mut Criterion) {
    let rules = Rules::bundled().expect("rules");
    let household = parse_household(HOUSEHOLD).expect("household");
    c.bench_function("evaluate: spouse, 4 children, 2 parents", |b| b.iter(|| evaluate(black_box(&household), black_box(&rules))));
    // The same with a day to count from: deadlines against it and the plan (what to do now).
    let today = time::Date::from_calendar_date(2025, time::Month::April, 2).expect("date");
    c.bench_function("evaluate_on: the same, with deadlines and the plan", |b| {
        b.iter(|| evaluate_on(black_box(&household), black_box(&rules), black_box(today)))
    });
    c.bench_function("load and validate the bundled rules table", |b| b.iter(Rules::bundled));
    // Rendering is separate from deciding: the report in one language, every message of it.
    let report = evaluate(&household, &rules).expect("report");
    let render_all = |lang: Lang| {
        let mut n = 0usize;
        for b in &report.benefits {
            n += render(lang, &b.headline).len();
            for r in &b.reasons {
                n += render(lang, &r.message).len();
            }
            for s in &b.steps {
                n += render(lang, &s.message).len();
            }
        }
        n
    };
    render_all(Lang::Pt); // the language's messages are read once per page load, not per report
    c.bench_function("render the report's messages in Portuguese", |b| b.iter(|| render_all(black_box(Lang::Pt))));
    c.bench_function("parse household JSON", |b| b.iter(|| parse_household(black_box(HOUSEHOLD))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
