//! The current step lives in `location.hash` (`#/survivors/deceased`), mirrored in a signal, so
//! back, forward and reload land on the same step. No router crate.

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

/// Goes to a step (a new history entry, so the back button returns).
pub fn go(hash: &str) {
    let _ = window().location().set_hash(hash);
}

/// The parts after `#/`: `#/survivors/ask/3` → ["survivors", "ask", "3"].
pub fn parts(hash: &str) -> Vec<String> {
    hash.trim_start_matches('#').trim_start_matches('/').split('/').filter(|s| !s.is_empty()).map(str::to_string).collect()
}
