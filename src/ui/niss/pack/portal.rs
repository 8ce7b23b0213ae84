//! The messages the person saw on the Social Security portal, one section each: what each
//! usually means and what to do (the first section is `#portal-message`, the next
//! `#portal-message-1`…).

use super::numbers::id_check_view;
use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

pub(super) fn portal_messages(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    p.portal_messages
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let means = d.usually_means.iter().map(|m| view! { <li>{render(lang, m)}</li> }).collect_view();
            let todo = d.what_to_do.iter().map(|m| view! { <li>{render(lang, m)}</li> }).collect_view();
            let check = d.typed_niss_check.as_ref().map(|c| view! { <ul class="id-checks">{id_check_view(lang, "niss-field-typed_niss", c)}</ul> });
            view! {
                <section id=if i == 0 { "portal-message".to_string() } else { format!("portal-message-{i}") }
                    class="portal-message" aria-labelledby=format!("portal-title-{i}") data-id=d.id.clone()>
                    <h2 id=format!("portal-title-{i}")>{tr(lang, "niss-portal-title")}" "{render(lang, &d.title)}</h2>
                    <h3>{tr(lang, "niss-portal-means")}</h3>
                    <ul>{means}</ul>
                    <h3>{tr(lang, "niss-portal-what_to_do")}</h3>
                    <ol>{todo}</ol>
                    {check}
                    <p>{source_line(lang, sources, &d.source)}</p>
                </section>
            }
        })
        .collect_view()
}
