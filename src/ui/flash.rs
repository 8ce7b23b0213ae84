//! Saying visibly what just happened ("Your answers were deleted", "Ana was removed", "The answers
//! from the file are open"): a message at the top of the page it belongs to, in a role=status
//! region that gets the focus once, so a screen reader reads it and a keyboard user starts there.
//! It goes when the person moves to another page.

use super::app_state::{App, Flash};
use crate::i18n::render;
use leptos::html;
use leptos::prelude::*;

/// Shows `flash` on the page it names (the caller then goes there, or is there).
pub fn show(app: App, flash: Flash) {
    app.flash.set(Some(flash));
}

/// The flash of the current page, if any. Mounted once, at the top of `<main>`.
#[component]
pub fn FlashNotice() -> impl IntoView {
    let app = super::app_state::use_app();
    // Moving to any other page forgets it.
    Effect::new(move |_| {
        let route = app.route.get();
        if app.flash.with_untracked(|f| f.as_ref().is_some_and(|f| f.route != route)) {
            app.flash.set(None);
        }
    });
    let node = NodeRef::<html::Div>::new();
    // The page focuses its heading in an animation frame when it is built; this comes one frame
    // later, so the message has the focus (once per message).
    Effect::new(move |_| {
        let shown = app.flash.with(|f| f.as_ref().is_some_and(|f| f.route == app.route.get()));
        if shown && let Some(el) = node.get() {
            let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
            request_animation_frame(move || {
                request_animation_frame(move || {
                    let _ = el.focus();
                })
            });
        }
    });
    let content = move || {
        let lang = app.lang.get();
        app.flash.get().filter(|f| f.route == app.route.get()).map(|f| {
            let more = f.more.as_ref().map(|m| view! { <p>{render(lang, m)}</p> });
            let link = f.link.clone().map(|(href, key)| view! { <p><a href=href id="done-link">{crate::i18n::tr(lang, key)}</a></p> });
            view! {
                <p class="done-title">{render(lang, &f.message)}</p>
                {more}
                {link}
            }
        })
    };
    view! {
        // Always in the page (empty, it takes no room: style/main.css), so screen readers know the
        // region before its message arrives.
        <div id="done-notice" class="done-notice" role="status" tabindex="-1" node_ref=node>
            {content}
        </div>
    }
}
