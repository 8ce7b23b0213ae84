//! Runs `evaluate` in a loop, for profilers (`valgrind --tool=callgrind`).
use amparo::rules::Rules;
use amparo::survivors::{evaluate, parse_household};

fn main() {
    let rules = Rules::bundled().expect("rules");
    let h = parse_household(include_str!("../tests/cases/readme_example.input.json")).expect("household");
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let mut total = 0;
    for _ in 0..n {
        total += evaluate(&h, &rules).map(|r| r.benefits.len()).unwrap_or(0);
    }
    println!("{total}");
}
