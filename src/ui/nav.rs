//! Back links that follow the person's own path, and the page's title.

use super::app_state::use_app;
use super::components::EMBEDDED;
use crate::forms::routes::{step_trail, trail_back};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Keeps the trail of pages for Back (`forms::routes::step_trail`): every route shown.
pub fn follow_trail() {
    let app = use_app();
    Effect::new(move |_| {
        let r = app.route.get();
        if super::route::parse(&r).is_some() {
            app.trail.update(|t| step_trail(t, &r));
        }
    });
}

/// Where a page's Back link goes: the page before this one on the person's own trail, else
/// `fallback` (the page before it in the flow, for a page opened by a link or a reload). In the
/// widget there is no Back to the whole site's home.
pub fn back(fallback: impl Fn() -> String + Send + Sync + 'static) -> Signal<Option<String>> {
    let app = use_app();
    Signal::derive(move || {
        let current = app.route.get();
        let to = app.trail.with(|t| trail_back(t, &current).map(str::to_string)).unwrap_or_else(&fallback);
        let embedded = EMBEDDED.load(std::sync::atomic::Ordering::Relaxed);
        (!(embedded && to == "#/")).then_some(to)
    })
}

/// The Back link itself (nothing when there is nowhere to go back to).
pub fn back_link(to: Signal<Option<String>>) -> impl IntoView {
    let app = use_app();
    move || to.get().map(|href| view! { <a class="back-link" href=href>{move || app.t("nav-back")}</a> })
}

/// The document's title names the page: its heading, then " – Amparo", in the page's language,
/// with "Error: " first while the page shows an error summary. Set in one place for every page,
/// from what the page shows (its `<h1>` and `#error-summary`), whenever the page changes.
pub fn watch_title() {
    let app = use_app();
    let update = move || {
        // An app taken off the page (the browser tests mount several) leaves the title alone.
        let Some(lang) = app.lang.try_get_untracked() else { return };
        let doc = document();
        let heading = doc.query_selector("main h1").ok().flatten().and_then(|h| h.text_content()).unwrap_or_default();
        let heading = heading.split_whitespace().collect::<Vec<_>>().join(" ");
        let title = if heading.is_empty() || heading == "Amparo" {
            "Amparo".to_string()
        } else {
            let error = doc.query_selector("#error-summary").ok().flatten().is_some();
            let id = if error { "page-title-error" } else { "page-title" };
            crate::i18n::render(lang, &crate::message::Msg::new(id, vec![("title", heading.into())]))
        };
        if doc.title() != title {
            doc.set_title(&title);
        }
    };
    let Some(body) = document().body() else { return };
    let on_change = Closure::<dyn FnMut()>::new(update);
    if let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let opts = web_sys::MutationObserverInit::new();
        opts.set_child_list(true);
        opts.set_subtree(true);
        opts.set_character_data(true);
        let _ = observer.observe_with_options(&body, &opts);
    }
    on_change.forget();
    update();
}
