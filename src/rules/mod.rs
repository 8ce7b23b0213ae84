//! The rules table: legal parameters as dated data (shaped like OpenFisca parameters), bundled
//! into the binary and validated when loaded. Values are picked by the date of death.

mod load;
mod table;

pub use table::{DatedValue, DocumentInfo, DocumentWhen, Lookup, LookupError, Parameter, RuleInfo, Rules, RulesError, Unit, Update, Value};

/// The survivors' benefits table shipped with the app.
pub const SURVIVORS_JSON: &str = include_str!("survivors.json");

impl Rules {
    /// Loads and validates the bundled table. A broken table fails the test suite (see
    /// `tests/rules_table.rs`), so in a shipped build this cannot fail.
    pub fn bundled() -> Result<Rules, RulesError> {
        Rules::from_json(SURVIVORS_JSON)
    }
}
