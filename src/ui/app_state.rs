//! The app's shared state, provided as context: language, saved answers, route, and notices.

use crate::forms::{LoadNotice, SavedState};
use crate::i18n::{Lang, tr};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct App {
    pub lang: RwSignal<Lang>,
    pub state: RwSignal<SavedState>,
    pub route: RwSignal<String>,
    pub load_notice: RwSignal<Option<LoadNotice>>,
    /// False when the browser refuses storage: answers live in memory only.
    pub storage_ok: RwSignal<bool>,
    /// A short message for screen readers (an aria-live region).
    pub announce: RwSignal<String>,
    /// Counts the changes made by another tab: the page is rebuilt on each.
    pub external: RwSignal<u32>,
    /// The pages this person went through in this tab, for Back (`forms::routes::step_trail`);
    /// kept in memory only.
    pub trail: RwSignal<Vec<String>>,
    /// What just happened, confirmed on the page it belongs to ("your answers were deleted").
    pub flash: RwSignal<Option<Flash>>,
    /// Set right before the answers are emptied on purpose: the save that follows must not
    /// write the empty state back (storage stays empty until the person answers again).
    pub skip_save: StoredValue<bool>,
    /// The last page shown that was not the "delete my answers" page: where Cancel returns.
    pub came_from: RwSignal<String>,
}

/// A confirmation of what just happened, shown at the top of the page `route` (role=status,
/// focused once), gone when the person moves to another page. Kept as messages, so it follows
/// a change of language.
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    pub route: String,
    pub message: crate::message::Msg,
    /// A second sentence, and a link (where to go next, and its words).
    pub more: Option<crate::message::Msg>,
    pub link: Option<(String, &'static str)>,
}

impl App {
    pub fn t(&self, key: &'static str) -> &'static str {
        tr(self.lang.get(), key)
    }

    pub fn t_untracked(&self, key: &'static str) -> &'static str {
        tr(self.lang.get_untracked(), key)
    }
}

pub fn use_app() -> App {
    use_context::<App>().unwrap_or_else(|| App {
        lang: RwSignal::new(Lang::Pt),
        state: RwSignal::new(SavedState::default()),
        route: RwSignal::new(String::new()),
        load_notice: RwSignal::new(None),
        storage_ok: RwSignal::new(false),
        announce: RwSignal::new(String::new()),
        external: RwSignal::new(0),
        trail: RwSignal::new(Vec::new()),
        flash: RwSignal::new(None),
        skip_save: StoredValue::new(false),
        came_from: RwSignal::new("#/".to_string()),
    })
}
