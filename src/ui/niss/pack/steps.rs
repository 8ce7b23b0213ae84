//! The steps, in order, with who does each; then the fallbacks of each profile.

use super::checklist::by_label;
use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

pub(super) fn steps(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    let steps = p
        .steps
        .iter()
        .map(|s| {
            view! {
                <li data-id=s.id.clone() data-who=s.who.clone()>
                    <strong>{render(lang, &s.who_label)}": "</strong>{render(lang, &s.text)}
                    {source_line(lang, sources, &s.source)}
                </li>
            }
        })
        .collect_view();
    let fallbacks = (!p.fallbacks.is_empty()).then(|| {
        let items = p
            .fallbacks
            .iter()
            .map(|f| {
                view! {
                    <li><strong>{by_label(lang, p, &f.profile)}": "</strong>{render(lang, &f.text)}{source_line(lang, sources, &f.source)}</li>
                }
            })
            .collect_view();
        view! {
            <details class="help" id="fallbacks">
                <summary>{tr(lang, "niss-pack-fallbacks")}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    view! {
        <section id="steps" aria-labelledby="steps-title">
            <h2 id="steps-title">{tr(lang, "niss-pack-steps")}</h2>
            <ol class="steps">{steps}</ol>
            {fallbacks}
        </section>
    }
}
