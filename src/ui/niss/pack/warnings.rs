//! The pack's opening: its warnings, then what not to do ("do not request a second NISS" leads,
//! in bold, when it applies).

use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

pub(super) fn warnings(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    let warnings = (!p.warnings.is_empty()).then(|| {
        let items = p
            .warnings
            .iter()
            .map(|w| {
                view! {
                    <div class="notice warning" data-id=w.id.clone()>
                        <p><strong>{tr(lang, "niss-pack-warning")}</strong>" "{render(lang, &w.text)}{source_line(lang, sources, &w.source)}</p>
                    </div>
                }
            })
            .collect_view();
        view! { <div id="warnings">{items}</div> }
    });
    let do_not = (!p.do_not.is_empty()).then(|| {
        let items = p
            .do_not
            .iter()
            .enumerate()
            .map(|(n, d)| {
                let text = render(lang, &d.text);
                let text = if n == 0 && d.id == "no_second_niss" {
                    view! { <strong>{text}</strong> }.into_any()
                } else {
                    view! { <span>{text}</span> }.into_any()
                };
                view! { <li data-id=d.id.clone()>{text}{source_line(lang, sources, &d.source)}</li> }
            })
            .collect_view();
        view! {
            <section id="do-not" aria-labelledby="do-not-title">
                <h2 id="do-not-title">{tr(lang, "niss-pack-do_not")}</h2>
                <ul class="do-not">{items}</ul>
            </section>
        }
    });
    view! { {warnings}{do_not} }
}
