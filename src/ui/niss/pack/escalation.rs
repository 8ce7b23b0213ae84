//! The escalation files, one per blockage (what to gather, the evidence loop, the deadline and
//! the cover letters; the first is `#escalation`, the next `#escalation-1`…), then the first
//! week after the NISS arrives.

use super::letters::letter;
use super::sources::{Sources, item_list, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use crate::ui::app_state::App;
use leptos::prelude::*;

pub(super) fn escalations(app: App, lang: Lang, p: &DocumentPack, sources: &Sources, pt: super::letters::Portuguese) -> impl IntoView + use<> {
    p.escalations
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let deadline = e.deadline_note.as_ref().map(|d| {
                view! {
                    <p><strong>{tr(lang, "niss-escalation-deadline")}</strong>" "{render(lang, &d.text)}{source_line(lang, sources, &d.source)}</p>
                }
            });
            let covers = e.cover_letters.iter().map(|l| letter(app, lang, sources, l, pt)).collect_view();
            view! {
                <section id=if i == 0 { "escalation".to_string() } else { format!("escalation-{i}") } class="escalation"
                    data-id=e.id.clone() aria-labelledby=format!("escalation-title-{i}")>
                    <h2 id=format!("escalation-title-{i}")>{tr(lang, "niss-escalation-title")}</h2>
                    <p class="notice">{render(lang, &e.reason)}</p>
                    <h3>{tr(lang, "niss-escalation-contents")}</h3>
                    {item_list(lang, sources, &e.contents, "escalation-contents")}
                    <details class="help">
                        <summary>{tr(lang, "niss-escalation-evidence_loop")}</summary>
                        {item_list(lang, sources, &e.evidence_loop, "evidence-loop")}
                    </details>
                    {deadline}
                    <h3>{tr(lang, "niss-escalation-cover_letter")}</h3>
                    {covers}
                </section>
            }
        })
        .collect_view()
}

pub(super) fn first_week(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    (!p.first_week.is_empty()).then(|| {
        view! {
            <section id="first-week" aria-labelledby="first-week-title">
                <h2 id="first-week-title">{tr(lang, "niss-first_week-title")}</h2>
                {item_list(lang, sources, &p.first_week, "first-week")}
            </section>
        }
    })
}
