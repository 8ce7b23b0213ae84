//! The checklist: each document once, with who needs it and why, and a tick box that is saved.

use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use crate::niss::catalogue::{DocForm, Need, Translation};
use crate::niss::pack::{Because, PackDocument};
use crate::ui::app_state::App;
use leptos::prelude::*;
use std::sync::Arc;

fn form_key(f: DocForm) -> &'static str {
    match f {
        DocForm::Original => "niss-doc-form-original",
        DocForm::Copy => "niss-doc-form-copy",
        DocForm::OriginalAndCopy => "niss-doc-form-original_and_copy",
        DocForm::ScreenshotOrPrintout => "niss-doc-form-screenshot_or_printout",
    }
}

fn translation_key(t: Translation) -> &'static str {
    match t {
        Translation::NotNeeded => "niss-doc-translation-not_needed",
        Translation::IfNotInPortuguese => "niss-doc-translation-if_not_in_portuguese",
    }
}

/// Who a document or step is for: a matched profile's name, or the representation / portal
/// message / combined service.
pub(super) fn by_label(lang: Lang, p: &DocumentPack, by: &str) -> String {
    if let Some(m) = p.profiles.iter().find(|m| m.id == by) {
        return render(lang, &m.name);
    }
    if by.starts_with("representation:") {
        return tr(lang, "niss-pack-by_representation").to_string();
    }
    if let Some(id) = by.strip_prefix("portal_message:") {
        return match p.portal_messages.iter().find(|d| d.id == id) {
            Some(d) => format!("{} {}", tr(lang, "niss-pack-by_portal_message"), render(lang, &d.title)),
            None => tr(lang, "niss-pack-by_portal_message").to_string(),
        };
    }
    if by == "combined_service" {
        return render(lang, &p.combined_service.name);
    }
    by.to_string()
}

fn why_list(lang: Lang, p: &DocumentPack, because: &[Because]) -> impl IntoView + use<> {
    let mut seen: Vec<String> = Vec::new();
    let lis = because
        .iter()
        .filter_map(|b| {
            let why = render(lang, &b.why);
            if seen.contains(&why) {
                return None;
            }
            seen.push(why.clone());
            let who = by_label(lang, p, &b.by);
            Some(view! { <li>{why}" ("{who}")"</li> })
        })
        .collect_view();
    view! { <ul>{lis}</ul> }
}

/// One document with its tick box (`tick-<id>`, saved in `SavedState.ticks`).
fn document(app: App, lang: Lang, p: &DocumentPack, sources: &Sources, d: &PackDocument, because: &[Because]) -> impl IntoView + use<> {
    let id = d.id.clone();
    let box_id = format!("tick-{id}");
    let details_id = format!("doc-{id}--details");
    let (id_a, id_b) = (id.clone(), id.clone());
    let checked = move || app.state.with(|s| s.ticks.contains(&id_a));
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let id = id_b.clone();
        app.state.update(|s| {
            s.ticks.retain(|t| *t != id);
            if on {
                s.ticks.push(id);
            }
        });
    };
    let optional = (d.need == Need::Optional).then(|| view! { " " <span class="tag">{tr(lang, "niss-doc-optional")}</span> });
    let how = format!("{} · {}", tr(lang, form_key(d.form)), tr(lang, translation_key(d.translation)));
    let why = (!because.is_empty()).then(|| {
        view! { <h4>{tr(lang, "niss-doc-why")}</h4>{why_list(lang, p, because)} }
    });
    view! {
        <li class="doc" data-id=id.clone()>
            <div class="checkbox">
                <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle aria-describedby=details_id.clone() />
                <label for=box_id>{render(lang, &d.name)}{optional}</label>
            </div>
            <p class="hint doc-how" id=details_id>{how}</p>
            <details class="help">
                <summary>{tr(lang, "niss-doc-more")}</summary>
                <p><strong>{tr(lang, "niss-doc-proves")}</strong>" "{render(lang, &d.proves)}</p>
                <p><strong>{tr(lang, "niss-doc-obtained_from")}</strong>" "{render(lang, &d.obtained_from)}</p>
                {why}
                <p>{source_line(lang, sources, &d.source)}</p>
            </details>
        </li>
    }
}

pub(super) fn checklist(app: App, lang: Lang, p: &Arc<DocumentPack>, sources: &Sources) -> impl IntoView + use<> {
    let all: Vec<String> = p.all_document_ids().into_iter().map(str::to_string).collect();
    let total = all.len();
    let ticked = move || app.state.with(|s| all.iter().filter(|id| s.ticks.contains(id)).count());
    let required = p
        .documents
        .iter()
        .filter(|d| d.need == Need::Required)
        .map(|d| document(app, lang, p, sources, d, &d.needed_for))
        .collect_view();
    let optional: Vec<&PackDocument> = p.documents.iter().filter(|d| d.need == Need::Optional).collect();
    let optional = (!optional.is_empty()).then(|| {
        let items = optional.into_iter().map(|d| document(app, lang, p, sources, d, &d.needed_for)).collect_view();
        view! {
            <h3>{tr(lang, "niss-pack-documents_optional")}</h3>
            <ul class="checklist">{items}</ul>
        }
    });
    let groups = p
        .choose_one
        .iter()
        .enumerate()
        .map(|(n, g)| {
            let options = g.options.iter().map(|d| document(app, lang, p, sources, d, &[])).collect_view();
            let need = if g.need == Need::Optional { Some(format!(" ({})", tr(lang, "niss-doc-optional").to_lowercase())) } else { None };
            view! {
                <div class="one-of" id=format!("one-of-{n}") role="group" aria-labelledby=format!("one-of-{n}--title")>
                    <h3 id=format!("one-of-{n}--title")>{tr(lang, "niss-pack-one_of")}": "{render(lang, &g.label)}{need}</h3>
                    <p class="hint">{tr(lang, "niss-pack-one_of_hint")}</p>
                    <ul class="checklist">{options}</ul>
                    <details class="help">
                        <summary>{tr(lang, "niss-doc-why")}</summary>
                        {why_list(lang, p, &g.needed_for)}
                    </details>
                </div>
            }
        })
        .collect_view();
    view! {
        <section id="documents" aria-labelledby="documents-title">
            <h2 id="documents-title">{tr(lang, "niss-pack-documents")}</h2>
            <p class="hint">{tr(lang, "niss-pack-documents_hint")}</p>
            <p id="tick-count"><strong>{move || crate::i18n::render(lang, &crate::msg!("niss-pack-ticked", ticked = ticked(), total = total))}</strong></p>
            <h3>{tr(lang, "niss-pack-documents_required")}</h3>
            <ul class="checklist">{required}</ul>
            {groups}
            {optional}
        </section>
    }
}

