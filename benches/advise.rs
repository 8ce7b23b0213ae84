//! Median time of the NISS advisor's `advise` for an employee renewing with AIMA whose NISS AIMA
//! cannot find (the catalogue's busiest case: three profiles, the merge steps, letters).
//! Run: `cargo bench --bench advise`. (Reported by `scripts/bench` and in closing notes, never
//! asserted in tests.)

use amparo::niss::{Catalogue, advise, parse_answers};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const CASE: &str = include_str!("../tests/cases/niss/aima_renewal.json");

fn bench(c: &mut Criterion) {
    let catalogue = Catalogue::bundled().expect("catalogue");
    let case: serde_json::Value = serde_json::from_str(CASE).expect("case");
    let answers = parse_answers(&case["answers"].to_string()).expect("answers");
    c.bench_function("advise: AIMA renewal, NISS not found", |b| b.iter(|| advise(black_box(&answers), black_box(&catalogue))));
    c.bench_function("load and validate the NISS catalogue", |b| b.iter(Catalogue::bundled));
}

criterion_group!(benches, bench);
criterion_main!(benches);
