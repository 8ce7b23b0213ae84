//! localStorage through gloo-storage: one key, nothing else. When storage is unavailable
//! (private mode, quota, disabled), the app keeps working in memory and says so.

use crate::forms::{LoadNotice, STORAGE_KEY, SavedState, load_state};
use gloo_storage::{LocalStorage, Storage};

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

/// Saves; false when the browser refused (the caller tells the person).
pub fn save(state: &SavedState) -> bool {
    match serde_json::to_string(state) {
        Ok(text) => LocalStorage::raw().set_item(STORAGE_KEY, &text).is_ok(),
        Err(_) => false,
    }
}

/// Erases everything Amparo stored.
pub fn clear() {
    LocalStorage::delete(STORAGE_KEY);
    LocalStorage::delete(PROBE);
}
