//! The combined service (NISS and other registrations in one visit): whether it applies and why,
//! its conditions met or not, and how to use it when it applies.

use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

pub(super) fn combined_service(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let cs = &p.combined_service;
    let conditions = cs
        .conditions
        .iter()
        .map(|c| {
            let (mark, word) = if c.met { ("✓", t("niss-combined-met")) } else { ("✗", t("niss-combined-not_met")) };
            view! {
                <li class=if c.met { "reason reason-met" } else { "reason reason-not-met" } data-id=c.id.clone() data-met=c.met.to_string()>
                    <span class="mark" aria-hidden="true">{mark}</span>
                    <strong>{word}": "</strong>{render(lang, &c.text)}{source_line(lang, sources, &c.source)}
                </li>
            }
        })
        .collect_view();
    let cs_steps = (cs.eligible && !cs.steps.is_empty()).then(|| {
        let items = cs.steps.iter().map(|s| view! { <li>{render(lang, &s.text)}{source_line(lang, sources, &s.source)}</li> }).collect_view();
        view! { <h3>{t("niss-combined-how")}</h3><ol>{items}</ol> }
    });
    let cs_advice = cs.advice.as_ref().map(|a| view! { <p><strong>{t("niss-combined-instead")}</strong>" "{render(lang, a)}</p> });
    let wanted = if cs.wanted { t("niss-combined-wanted") } else { t("niss-combined-not_wanted") };
    let verdict = if cs.eligible { t("niss-combined-eligible") } else { t("niss-combined-not_eligible") };
    view! {
        <section id="combined-service" aria-labelledby="combined-title" data-eligible=cs.eligible.to_string()>
            <h2 id="combined-title">{render(lang, &cs.name)}</h2>
            <p class="tag">{verdict}</p>
            <p>{render(lang, &cs.reason)}</p>
            <p class="hint">{wanted}</p>
            {cs_advice}
            <p><strong>{t("niss-pack-where")}</strong>" "{render(lang, &cs.channel)}{source_line(lang, sources, &cs.source)}</p>
            <details class="help">
                <summary>{t("niss-combined-conditions")}</summary>
                <ul class="reasons">{conditions}</ul>
            </details>
            {cs_steps}
        </section>
    }
}
