//! Choosing a language: the program carries its tool's Portuguese words; any other language's
//! words for the tool are fetched (their content-hashed file, precached by the service worker)
//! the first time it is chosen, before anything is shown in it.

use super::app_state::App;
use crate::i18n::{self, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Makes `lang` renderable: true when its messages are carried, already loaded, or now fetched.
pub async fn ensure(lang: Lang) -> bool {
    if i18n::is_loaded(lang) {
        return true;
    }
    fetch_text(super::bundle::get().messages_file(lang)).await.is_some_and(|text| i18n::load(lang, &text))
}

async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Switches the page to `lang` once its messages are there; says so to screen readers when
/// `announce` (the person chose it), and says it could not when the file cannot be fetched
/// (offline before the first visit finished precaching): the page stays in its language.
pub fn switch(app: App, lang: Lang, announce: bool) {
    wasm_bindgen_futures::spawn_local(async move {
        if ensure(lang).await {
            app.lang.set(lang);
            app.state.update(|s| s.lang = Some(lang.code().to_string()));
            if announce {
                app.announce.set(i18n::tr(lang, "lang-switched").to_string());
            }
        } else {
            app.announce.set(app.t_untracked("lang-load_failed").to_string());
        }
    });
}
