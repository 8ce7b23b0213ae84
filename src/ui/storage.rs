//! localStorage through gloo-storage: one key, nothing else. When storage is unavailable
//! (private mode, quota, disabled), the app keeps working in memory and says so.

use crate::forms::{LoadNotice, STORAGE_KEY, SavedState, load_state};
use super::App;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

const PROBE: &str = "amparo.probe";

pub fn available() -> bool {
    LocalStorage::set(PROBE, "1").is_ok() && LocalStorage::raw().remove_item(PROBE).is_ok()
}

pub fn load() -> (SavedState, LoadNotice) {
    let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
    let (state, notice) = load_state(raw.as_deref());
    if notice == LoadNotice::Reset {
        // Not a saved state at all: do not keep it. (A newer version's state is kept as it is;
        // a state with an unreadable field is written back without it at the next save.)
        LocalStorage::delete(STORAGE_KEY);
    }
    (state, notice)
}

/// The saved state as it is, without the clean-up `load` does (the language to fetch before
/// the app starts; the app then loads, and tells about a damaged state, as usual).
pub fn peek() -> SavedState {
    let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok().flatten();
    load_state(raw.as_deref()).0
}

/// Saves; false when the browser refused (`keep` tells the person).
fn save(state: &SavedState) -> bool {
    match serde_json::to_string(state) {
        Ok(text) => LocalStorage::raw().set_item(STORAGE_KEY, &text).is_ok(),
        Err(_) => false,
    }
}

/// Keeps `state` if anything may be written: not when the browser refuses storage, and never
/// over a state saved by a newer version (the page then works in memory). A refusal now is
/// remembered, so the page says nothing will be kept. Every save of the app's answers goes
/// through here: the app's own after each change, and the one made just before leaving for
/// another program's page.
pub fn keep(app: App, state: &SavedState) {
    let newer = app.load_notice.get_untracked() == Some(LoadNotice::Newer);
    if app.storage_ok.get_untracked() && !newer && !save(state) {
        app.storage_ok.set(false);
    }
}

/// Erases everything Amparo stored.
pub fn clear() {
    LocalStorage::delete(STORAGE_KEY);
    LocalStorage::delete(PROBE);
}
