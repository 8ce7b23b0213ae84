//! Offline use: registers the service worker that the release build writes (sw.js, see
//! scripts/post-build.mjs) and tells the person when a new version is waiting.
//!
//! A new version never takes over by itself: it waits until the person presses "update now",
//! then the page reloads once under it. So a page never runs with files from two builds, and
//! the answers (in localStorage, same key) are there after the reload.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The registration, once the browser has given it.
#[derive(Clone, Copy)]
pub struct Offline {
    /// A new version is installed and waiting.
    pub update_ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let nav = window().navigator();
    // Absent on plain http (other than localhost) and in some private modes.
    let present = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    present.then(|| nav.service_worker())
}

/// Only a release build ships sw.js; it marks the page with `<html data-sw="1">`.
fn built_with_worker() -> bool {
    document().document_element().is_some_and(|e| e.get_attribute("data-sw").as_deref() == Some("1"))
}

/// The build id stamped on `<html data-build>` (shown in the footer), with the label of a
/// labelled build (`AMPARO_BUILD_LABEL` at compile time: the update test's second build).
pub fn build_id() -> Option<String> {
    let id = document().document_element().and_then(|e| e.get_attribute("data-build"))?;
    Some(match option_env!("AMPARO_BUILD_LABEL") {
        Some(label) if !label.is_empty() => format!("{id} ({label})"),
        _ => id,
    })
}

pub fn start() -> Offline {
    let off = Offline { update_ready: RwSignal::new(false), registration: StoredValue::new_local(None) };
    let Some(sw) = container().filter(|_| built_with_worker()) else { return off };
    // "./sw.js": relative, so a deployment under a sub-path gets a worker scoped to that path.
    let promise = sw.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        off.registration.set_value(Some(reg.clone()));
        let has_controller = move || container().and_then(|c| c.controller()).is_some();
        // A version that finished installing while this page was closed.
        if reg.waiting().is_some() && has_controller() {
            off.update_ready.set(true);
        }
        // A version found while the page is open: ready once installed. The very first install
        // (no controller yet) is not an update.
        let reg2 = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg2.installing() else { return };
            let w2 = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if w2.state() == ServiceWorkerState::Installed && has_controller() {
                    off.update_ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
    off
}

impl Offline {
    /// Lets the waiting version take over, then reloads once under it.
    pub fn apply_update(&self) {
        let Some(reg) = self.registration.get_value() else { return };
        let Some(waiting) = reg.waiting() else {
            // Nothing waiting any more (another tab took the update): a reload shows it.
            let _ = window().location().reload();
            return;
        };
        if let Some(c) = container() {
            let reload = Closure::<dyn FnMut()>::new(|| {
                let _ = window().location().reload();
            });
            c.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
            reload.forget();
        }
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("type"), &JsValue::from_str("SKIP_WAITING"));
        let _ = waiting.post_message(&msg);
    }
}
