//! The pack's sources: each distinct reference numbered once, and the "(source N · caution)"
//! line every item carries, and the numbered list of sources that closes the pack.

use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use crate::niss::catalogue::Source;
use crate::niss::pack::PackItem;
use crate::source::{Confidence, Reference};
use leptos::prelude::*;

/// The pack's distinct sources, numbered in order of first appearance.
pub(super) struct Sources(pub(super) Vec<(Reference, Confidence)>);

impl Sources {
    pub(super) fn collect(p: &DocumentPack) -> Sources {
        let mut all: Vec<&Source> = Vec::new();
        all.extend(p.warnings.iter().map(|i| &i.source));
        all.extend(p.do_not.iter().map(|i| &i.source));
        all.extend(p.profiles.iter().map(|i| &i.source));
        all.extend(p.documents.iter().map(|i| &i.source));
        all.extend(p.choose_one.iter().flat_map(|c| c.options.iter().map(|i| &i.source)));
        all.extend(p.steps.iter().map(|i| &i.source));
        all.extend(p.fallbacks.iter().map(|i| &i.source));
        all.push(&p.combined_service.source);
        all.extend(p.combined_service.conditions.iter().map(|i| &i.source));
        all.extend(p.combined_service.steps.iter().map(|i| &i.source));
        all.extend(p.portal_messages.iter().map(|i| &i.source));
        all.extend(p.letters.iter().map(|i| &i.source));
        for e in &p.escalations {
            all.extend(e.contents.iter().map(|i| &i.source));
            all.extend(e.evidence_loop.iter().map(|i| &i.source));
            all.extend(e.deadline_note.iter().map(|i| &i.source));
            all.extend(e.cover_letters.iter().map(|i| &i.source));
        }
        all.extend(p.first_week.iter().map(|i| &i.source));
        all.extend(p.identifiers.iter().map(|i| &i.source));
        all.extend(p.notes.iter().map(|i| &i.source));
        let mut out: Vec<(Reference, Confidence)> = Vec::new();
        for s in all {
            match out.iter_mut().find(|(r, _)| *r == s.reference) {
                // One reference, several items: keep the weakest confidence for the notice.
                Some((_, c)) => *c = (*c).min(s.confidence),
                None => out.push((s.reference.clone(), s.confidence)),
            }
        }
        Sources(out)
    }

    pub(super) fn number(&self, s: &Source) -> usize {
        self.0.iter().position(|(r, _)| *r == s.reference).map_or(0, |i| i + 1)
    }
}

pub(super) fn confidence_key(c: Confidence) -> &'static str {
    match c {
        Confidence::Official => "niss-confidence-official",
        Confidence::Secondary => "niss-confidence-secondary",
        Confidence::Derived => "niss-confidence-derived",
        Confidence::SeedOnly => "niss-confidence-seed_only",
        Confidence::Unverified => "niss-confidence-unverified",
    }
}

/// "source 3", and a word of caution when the item is not from an official text.
pub(super) fn source_line(lang: Lang, sources: &Sources, s: &Source) -> impl IntoView + use<> {
    let n = sources.number(s);
    let caution = (s.confidence != Confidence::Official).then(|| format!(" · {}", tr(lang, confidence_key(s.confidence))));
    view! { <span class="source">" ("{tr(lang, "niss-pack-source")}" "{n}{caution}")"</span> }
}

pub(super) fn item_list(lang: Lang, sources: &Sources, items: &[PackItem], class: &'static str) -> impl IntoView + use<> {
    let lis = items
        .iter()
        .map(|i| view! { <li data-id=i.id.clone()>{render(lang, &i.text)}{source_line(lang, sources, &i.source)}</li> })
        .collect_view();
    view! { <ul class=class>{lis}</ul> }
}


/// The numbered sources (collapsed), with the catalogue's version.
pub(super) fn sources_section(lang: Lang, sources: &Sources, catalogue_version: &str) -> impl IntoView + use<> {
    let items = sources
        .0
        .iter()
        .enumerate()
        .map(|(n, (r, c))| {
            let title = match &r.url {
                Some(u) => crate::ui::components::source_link(lang, u, &r.title).into_any(),
                None => view! { <span>{r.title.clone()}</span> }.into_any(),
            };
            let act = r.act.clone().map(|a| view! { <br/><span class="hint">{a}</span> });
            let notice = crate::niss::pack::confidence_notice(*c).map(|x| view! { <p class="notice-small">{render(lang, &x)}</p> });
            view! { <li id=format!("source-{}", n + 1) data-confidence=c.as_str()>{title}{act}{notice}</li> }
        })
        .collect_view();
    view! {
        <section id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{tr(lang, "niss-sources-title")}</h2>
            <details class="help">
                <summary>{tr(lang, "niss-sources-show")}</summary>
                <p class="hint">{tr(lang, "niss-sources-hint")}</p>
                <ol class="sources">{items}</ol>
            </details>
            <p class="hint">{tr(lang, "niss-sources-version")}" "{catalogue_version.to_string()}</p>
        </section>
    }
}
