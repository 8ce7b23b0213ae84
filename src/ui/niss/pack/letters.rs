//! One filled letter: its blanks, its text, and a copy button (nothing is sent). Letters go to
//! Portuguese institutions: the letter is always shown and copied in Portuguese; in another
//! language its translation is shown beside it, for the person to understand what they send.

use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use crate::niss::pack::FilledLetter;
use crate::ui::app_state::App;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;

/// Copies a letter through the Clipboard API and says so; if the browser has no clipboard or
/// refuses, says how to copy by hand. Nothing leaves the device.
fn copy_text(app: App, text: String, copied: RwSignal<bool>) {
    let nav = window().navigator();
    let ok_msg = app.t_untracked("niss-letters-copied").to_string();
    let err_msg = app.t_untracked("niss-letters-copy_failed").to_string();
    app.announce.set(String::new());
    let has_clipboard = js_sys::Reflect::get(&nav, &wasm_bindgen::JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        app.announce.set(err_msg);
        return;
    }
    let promise = nav.clipboard().write_text(&text);
    let ok = Closure::once(move |_: wasm_bindgen::JsValue| {
        copied.set(true);
        app.announce.set(ok_msg);
    });
    let err = Closure::once(move |_: wasm_bindgen::JsValue| app.announce.set(err_msg));
    let _ = promise.then2(&ok, &err);
    // The promise settles once; the two small closures live until then (a few bytes per click).
    ok.forget();
    err.forget();
}

fn recipient_key(r: &str) -> &'static str {
    match r {
        "employer" => "niss-letters-to-employer",
        "social_security" => "niss-letters-to-social_security",
        "aima" => "niss-letters-to-aima",
        _ => "niss-letters-to-other",
    }
}

fn blank_key(b: &str) -> &'static str {
    match b {
        "name" => "niss-letters-blank-name",
        "nif" => "niss-letters-blank-nif",
        "niss" => "niss-letters-blank-niss",
        "reason" => "niss-letters-blank-reason",
        "documents" => "niss-letters-blank-documents",
        "request_date" => "niss-letters-blank-request_date",
        "ss_reply_summary" => "niss-letters-blank-ss_reply_summary",
        "missing_document" => "niss-letters-blank-missing_document",
        "employer_request_date" => "niss-letters-blank-employer_request_date",
        "date" => "niss-letters-blank-date",
        _ => "niss-letters-blank-other",
    }
}

pub(super) fn letter(app: App, lang: Lang, sources: &Sources, l: &FilledLetter) -> impl IntoView + use<> {
    let subject = render(Lang::Pt, &l.subject);
    let body = render(Lang::Pt, &l.body);
    let text = format!("{subject}\n\n{body}");
    let translation = (lang != Lang::Pt).then(|| {
        let id = format!("letter-{}--translation", l.id);
        view! {
            <div class="letter-translation" id=id>
                <p class="hint"><strong>{tr(lang, "niss-letters-translation")}</strong></p>
                <p><strong>{tr(lang, "niss-letters-subject")}</strong>" "{render(lang, &l.subject)}</p>
                <pre class="letter-body" lang=lang.code()>{render(lang, &l.body)}</pre>
            </div>
        }
    });
    let copied = RwSignal::new(false);
    let blanks = (!l.blanks.is_empty()).then(|| {
        let list = l.blanks.iter().map(|b| tr(lang, blank_key(b))).collect::<Vec<_>>().join(", ");
        view! { <p class="hint"><strong>{tr(lang, "niss-letters-blanks")}</strong>" "{list}</p> }
    });
    let body_id = format!("letter-{}--body", l.id);
    view! {
        <details class="letter" id=format!("letter-{}", l.id)>
            <summary><strong>{tr(lang, recipient_key(&l.recipient))}</strong>": "{render(lang, &l.subject)}</summary>
            <p class="notice-small">{render(lang, &l.notice)}</p>
            {blanks}
            <p><strong>{tr(lang, "niss-letters-subject")}</strong>" "<span lang="pt">{subject}</span></p>
            <pre id=body_id.clone() class="letter-body" lang="pt">{body}</pre>
            <button type="button" class="button button-secondary" id=format!("copy-{}", l.id) aria-describedby=body_id
                on:click=move |_| copy_text(app, text.clone(), copied)>
                {move || if copied.get() { tr(lang, "niss-letters-copied_button") } else { tr(lang, "niss-letters-copy") }}
            </button>
            {translation}
            <p>{source_line(lang, sources, &l.source)}</p>
        </details>
    }
}

/// The letters section, when the pack has letters.
pub(super) fn letters(app: App, lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    (!p.letters.is_empty()).then(|| {
        let items = p.letters.iter().map(|l| letter(app, lang, sources, l)).collect_view();
        view! {
            <section id="letters" aria-labelledby="letters-title">
                <h2 id="letters-title">{tr(lang, "niss-letters-title")}</h2>
                <p class="hint">{tr(lang, "niss-letters-hint")}</p>
                {items}
            </section>
        }
    })
}
