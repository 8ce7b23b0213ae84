//! Choosing a language: the program carries no words. The loader fetches the tool's words in
//! the page's language side by side with the program (no wait after the program has come) and
//! hands them over (`take_handed`); another language's file of the tool's words (content-hashed,
//! precached by the service worker) is fetched the first time it is chosen, before anything is
//! shown in it.

use super::app_state::App;
use crate::i18n::{self, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Takes the words the loader handed over (`window.amparoWords = {lang, text}`, set before it
/// starts the program), once. Nothing when there is no loader (the wasm tests).
pub fn take_handed() {
    let Some(window) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("amparoWords");
    let Ok(handed) = js_sys::Reflect::get(&window, &key) else { return };
    let lang = super::bundle::string_at(&handed, "lang").and_then(|l| Lang::from_code(&l));
    let text = super::bundle::string_at(&handed, "text");
    if let (Some(lang), Some(text)) = (lang, text) {
        i18n::load(lang, &text);
    }
    let _ = js_sys::Reflect::delete_property(window.as_ref(), &key);
}

/// Makes `lang` renderable: true when its messages are already loaded, or now fetched.
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
