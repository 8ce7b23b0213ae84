//! The web app's saved state (`amparo.state` in localStorage), which another tab, an older or
//! newer version, or a person with the developer tools can write: `load_state` on any text,
//! then what the app does with what it loaded (both forms converted and, when they convert,
//! evaluated), and the saved state written back and read again.
#![no_main]

use amparo::forms::{self, LoadNotice, load_state};
use amparo::niss::{Catalogue, advise};
use amparo::rules::Rules;
use amparo::survivors::evaluate;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RULES: OnceLock<Rules> = OnceLock::new();
static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let rules = RULES.get_or_init(|| Rules::bundled().expect("the bundled rules table loads"));
    let catalogue = CATALOGUE.get_or_init(|| Catalogue::bundled().expect("the bundled catalogue loads"));
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (state, notice) = load_state(Some(text));
    if let Ok(household) = forms::household(&state.survivors) {
        let _ = evaluate(&household, rules);
    }
    if let Ok(answers) = forms::niss_answers(&state.niss) {
        let _ = advise(&answers, catalogue);
    }
    // What the app saves after loading reads back as the same state.
    if notice != LoadNotice::Reset {
        let saved = serde_json::to_string(&state).expect("a state always serialises");
        let (again, again_notice) = load_state(Some(&saved));
        assert_eq!(again_notice, LoadNotice::Restored, "a saved state reads back: {saved}");
        assert_eq!(again, state, "a saved state reads back unchanged: {saved}");
    }
});
