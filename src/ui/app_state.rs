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
    })
}
