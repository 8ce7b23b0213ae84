//! Two tabs, one set of answers. Every change is saved at once, so a tab that kept its own copy
//! would overwrite what another tab saved, and one keystroke there would bring back answers just
//! deleted here. The browser tells every other tab when the stored answers change (the `storage`
//! event); this tab then takes them as its own, without writing them back.

use super::app_state::App;
use super::route;
use crate::forms::{LoadNotice, STORAGE_KEY, SavedState, load_state};
use leptos::prelude::*;

/// Follows changes made by other tabs. `skip_save`: set so the save that the new state triggers
/// does not write it back.
pub fn follow_other_tabs(app: App, skip_save: StoredValue<bool>) {
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        // `key` is null when another tab cleared all of the site's storage.
        if ev.key().is_some_and(|k| k != STORAGE_KEY) || !app.storage_ok.get_untracked() {
            return;
        }
        let (state, notice) = load_state(ev.new_value().as_deref());
        match notice {
            LoadNotice::Fresh => {
                // "Delete my answers" in another tab: nothing is kept here either.
                skip_save.set_value(true);
                app.state.set(SavedState::default());
                app.load_notice.set(None);
                app.announce.set(app.t_untracked("tabs-deleted").to_string());
                app.external.update(|n| *n += 1);
                route::go("#/");
            }
            LoadNotice::Restored | LoadNotice::Migrated | LoadNotice::Repaired => {
                skip_save.set_value(true);
                if let Some(lang) = state.lang.as_deref().and_then(crate::i18n::Lang::from_code) {
                    super::lang::switch(app, lang, false);
                }
                app.state.set(state);
                app.announce.set(app.t_untracked("tabs-updated").to_string());
                // Rebuild the page, so its fields show the new answers (and a person removed there
                // is not a page here any more).
                app.external.update(|n| *n += 1);
            }
            // A newer version of Amparo in another tab: stop writing over what it saved.
            LoadNotice::Newer => app.load_notice.set(Some(LoadNotice::Newer)),
            // Not something Amparo writes: leave this tab as it is.
            LoadNotice::Reset => {}
        }
    });
    on_cleanup(move || handle.remove());
}
