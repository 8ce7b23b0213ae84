//! Embed mode (the widget of public/embed.js): the page inside a host's iframe.
//!
//! It talks to the host page only after the host's loader has said hello from the parent
//! window, and then only to the origin that hello came from; it sends nothing but its height
//! and "a new step began" (so the host can scroll the widget's top into view). It accepts no
//! other message, so a host or another frame cannot read or change anything in it.

use crate::embed::EmbedOptions;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

pub fn options() -> EmbedOptions {
    EmbedOptions::from_query(&window().location().search().unwrap_or_default())
}

/// Marks the page for the widget's CSS (`html.embed`, `html.accent-<name>`).
pub fn style_page(opts: &EmbedOptions) {
    let Some(root) = document().document_element() else { return };
    let classes = root.class_list();
    let _ = classes.add_1("embed");
    if let Some(a) = opts.accent {
        let _ = classes.add_1(&format!("accent-{a}"));
    }
}

fn message(kind: &str, height: Option<f64>) -> JsValue {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &JsValue::from_str(kind));
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&m, &"height".into(), &JsValue::from_f64(h));
    }
    m.into()
}

fn content_height() -> f64 {
    document().body().map_or(0.0, |b| b.get_bounding_client_rect().height().ceil())
}

/// Starts the conversation with the host: hello, then height on every resize and a message on
/// every new step of `route`.
pub fn connect(route: RwSignal<String>) {
    let Ok(Some(parent)) = window().parent() else { return };
    if js_sys::Object::is(&parent, &window()) {
        return; // opened on its own, not in a frame
    }
    // The host's origin, learnt from its hello.
    let host: StoredValue<Option<String>, LocalStorage> = StoredValue::new_local(None);
    let send = move |kind: &str, height: Option<f64>| {
        if let (Some(origin), Ok(Some(p))) = (host.get_value(), window().parent()) {
            let _ = p.post_message(&message(kind, height), &origin);
        }
    };

    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let from_parent = ev.source().is_some_and(|s| window().parent().ok().flatten().is_some_and(|p| js_sys::Object::is(&s, &p)));
        let data = ev.data();
        let is_hello = super::bundle::string_at(&data, "type").as_deref() == Some("amparo:hello");
        let origin = ev.origin();
        if !from_parent || !is_hello || origin == "null" || host.get_value().is_some() {
            return;
        }
        host.set_value(Some(origin));
        send("amparo:height", Some(content_height()));
    });
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    // Say "ready" to the parent; it carries nothing, so any origin may see it.
    let _ = parent.post_message(&message("amparo:ready", None), "*");

    // Height: whenever the page's size changes.
    if let Some(body) = document().body() {
        let on_resize = Closure::<dyn FnMut()>::new(move || send("amparo:height", Some(content_height())));
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&body);
        }
        on_resize.forget();
    }
    // A new step: the host brings the widget's top into view (the heading has the focus).
    Effect::new(move |prev: Option<String>| {
        let r = route.get();
        if prev.is_some_and(|p| p != r) {
            send("amparo:step", None);
        }
        r
    });
}
