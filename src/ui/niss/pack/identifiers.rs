//! The identifiers the person will hold (held, to request, on which document) and who issues
//! each; then the pack's notes.

use super::sources::{Sources, item_list, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

fn status_key(s: &str) -> &'static str {
    match s {
        "held" => "niss-ids-status-held",
        "to_request" => "niss-ids-status-to_request",
        "on_protection_declaration" => "niss-ids-status-on_protection_declaration",
        "on_citizen_card" => "niss-ids-status-on_citizen_card",
        _ => "niss-ids-status-unknown",
    }
}

pub(super) fn identifiers(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    let items = p
        .identifiers
        .iter()
        .map(|i| {
            let value = i.value.clone().map(|v| view! { " — " <strong>{v}</strong> });
            view! {
                <li data-id=i.id.clone() data-status=i.status.clone()>
                    <strong>{render(lang, &i.name)}</strong>
                    <br/>{tr(lang, status_key(&i.status))}{value}
                    <br/><span class="hint">{tr(lang, "niss-ids-issuer")}" "{render(lang, &i.issuer)}</span>
                    {source_line(lang, sources, &i.source)}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="identifiers" aria-labelledby="identifiers-title">
            <h2 id="identifiers-title">{tr(lang, "niss-ids-title")}</h2>
            <ul class="tools">{items}</ul>
        </section>
    }
}

pub(super) fn notes(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    (!p.notes.is_empty()).then(|| {
        view! {
            <section id="notes" aria-labelledby="notes-title">
                <h2 id="notes-title">{tr(lang, "niss-pack-notes")}</h2>
                {item_list(lang, sources, &p.notes, "notes")}
            </section>
        }
    })
}
