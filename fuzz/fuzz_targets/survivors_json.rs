//! The survivors' household JSON, as the CLI and the web form hand it to the engine: any bytes
//! through `parse_household`, and whatever parses through `evaluate` with the bundled rules and
//! out as the report JSON. Nothing here may panic.
#![no_main]

use amparo::rules::Rules;
use amparo::survivors::{evaluate, parse_household};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RULES: OnceLock<Rules> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let rules = RULES.get_or_init(|| Rules::bundled().expect("the bundled rules table loads"));
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(household) = parse_household(text)
        && let Ok(report) = evaluate(&household, rules)
    {
        serde_json::to_string(&report).expect("a report always serialises");
    }
});
