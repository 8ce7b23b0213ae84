//! One filled letter: its blanks, its text, and a copy button (nothing is sent). Letters go to
//! Portuguese institutions: the letter is always shown and copied in Portuguese; in another
//! language its translation is shown beside it, for the person to understand what they send.
//! The program carries no words: on a page in another language the Portuguese words are fetched
//! when the pack has letters (`portuguese`), and each letter's Portuguese text shows once they
//! are there.

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

/// Whether the Portuguese words are there: `Some(true)` yes, `None` still coming, `Some(false)`
/// they could not be fetched (offline before the first visit finished precaching). Fetched only
/// when the pack has letters and the page is in another language.
pub(super) type Portuguese = RwSignal<Option<bool>>;

pub(super) fn portuguese(p: &DocumentPack) -> Portuguese {
    let ready = RwSignal::new(crate::i18n::is_loaded(Lang::Pt).then_some(true));
    let has_letters = !p.letters.is_empty() || p.escalations.iter().any(|e| !e.cover_letters.is_empty());
    if ready.get_untracked().is_none() && has_letters {
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = crate::ui::lang::ensure(Lang::Pt).await;
            ready.set(Some(loaded));
        });
    }
    ready
}

pub(super) fn letter(app: App, lang: Lang, sources: &Sources, l: &FilledLetter, pt: Portuguese) -> impl IntoView + use<> {
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
    let (subject, body, id) = (l.subject.clone(), l.body.clone(), l.id.clone());
    // The letter as it is sent, once the Portuguese words are there.
    let portuguese = move || match pt.get() {
        Some(true) => {
            let (subject, body) = (render(Lang::Pt, &subject), render(Lang::Pt, &body));
            let text = format!("{subject}\n\n{body}");
            view! {
                <p><strong>{tr(lang, "niss-letters-subject")}</strong>" "<span lang="pt">{subject}</span></p>
                <pre id=body_id.clone() class="letter-body" lang="pt">{body}</pre>
                <button type="button" class="button button-secondary" id=format!("copy-{id}") aria-describedby=body_id.clone()
                    on:click=move |_| copy_text(app, text.clone(), copied)>
                    {move || if copied.get() { tr(lang, "niss-letters-copied_button") } else { tr(lang, "niss-letters-copy") }}
                </button>
            }
            .into_any()
        }
        None => view! { <p class="hint" role="status">{tr(lang, "niss-letters-pt_loading")}</p> }.into_any(),
        Some(false) => view! { <p class="notice" role="alert">{tr(lang, "niss-letters-pt_failed")}</p> }.into_any(),
    };
    view! {
        <details class="letter" id=format!("letter-{}", l.id)>
            <summary><strong>{tr(lang, recipient_key(&l.recipient))}</strong>": "{render(lang, &l.subject)}</summary>
            <p class="notice-small">{render(lang, &l.notice)}</p>
            {blanks}
            {portuguese}
            {translation}
            <p>{source_line(lang, sources, &l.source)}</p>
        </details>
    }
}

/// The letters section, when the pack has letters.
pub(super) fn letters(app: App, lang: Lang, p: &DocumentPack, sources: &Sources, pt: Portuguese) -> impl IntoView + use<> {
    (!p.letters.is_empty()).then(|| {
        let items = p.letters.iter().map(|l| letter(app, lang, sources, l, pt)).collect_view();
        view! {
            <section id="letters" aria-labelledby="letters-title">
                <h2 id="letters-title">{tr(lang, "niss-letters-title")}</h2>
                <p class="hint">{tr(lang, "niss-letters-hint")}</p>
                {items}
            </section>
        }
    })
}
