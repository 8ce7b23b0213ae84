//! The current step lives in `location.hash` (`#/survivors/deceased`), mirrored in a signal, so
//! back, forward and reload land on the same step. No router crate. Which hashes are pages is
//! decided by `forms::routes` (pure, tested natively) from the saved answers and the report.

use super::app_state::use_app;
pub use crate::forms::routes::Route;
use leptos::prelude::*;

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route signal, kept in step with `hashchange`.
pub fn hash_signal() -> RwSignal<String> {
    let route = RwSignal::new(current_hash());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| route.set(current_hash()));
    on_cleanup(move || handle.remove());
    route
}

/// Shows another step in place of this one (no new history entry; the history's state is kept).
pub fn replace(hash: &str) {
    let Ok(history) = window().history() else { return };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    if history.replace_state_with_url(&state, "", Some(hash)).is_ok() {
        route_changed(hash);
    }
}

/// `replace` fires no `hashchange`: the signal is told here, when the app is running.
fn route_changed(hash: &str) {
    if let Some(app) = use_context::<super::App>() {
        app.route.set(hash.to_string());
    }
}

/// Goes to a step (a new history entry, so the back button returns).
pub fn go(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// The page a hash shows, from the saved answers (untracked); `None`: not found.
pub fn parse(hash: &str) -> Option<Route> {
    let form = use_app().state.with_untracked(|s| s.survivors.clone());
    crate::forms::routes::route(hash, &form, super::bundle::get().missing_fields)
}

/// Whether `hash` is a page of the running tool with the answers `state`: what "continue where
/// you left off" may go back to, and what is remembered as the last step.
pub fn is_step_of(hash: &str, state: &crate::forms::SavedState) -> bool {
    let tool = super::bundle::get();
    hash.starts_with(&format!("#/{}", tool.tool.code())) && crate::forms::routes::route(hash, &state.survivors, tool.missing_fields).is_some()
}
