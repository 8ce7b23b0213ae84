//! The NISS advisor's answers JSON: any bytes through `parse_answers`, and whatever parses
//! through `advise` with the bundled catalogue (loaded once, not per input) and out as the
//! document pack's JSON.
#![no_main]

use amparo::niss::{Catalogue, advise, parse_answers};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let catalogue = CATALOGUE.get_or_init(|| Catalogue::bundled().expect("the bundled catalogue loads"));
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(answers) = parse_answers(text)
        && let Ok(pack) = advise(&answers, catalogue)
    {
        serde_json::to_string(&pack).expect("a pack always serialises");
    }
});
