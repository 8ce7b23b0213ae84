//! The profiles that apply and why: where to file, who may file, and a warning (with a link to
//! change the answer) when the person filing may not.

use super::super::change_href;
use super::sources::{Sources, source_line};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use leptos::prelude::*;

fn who_key(w: &str) -> &'static str {
    match w {
        "self" => "niss-who-self",
        "employer" => "niss-who-employer",
        "representative" => "niss-who-representative",
        _ => "niss-who-other",
    }
}

pub(super) fn profiles(lang: Lang, p: &DocumentPack, sources: &Sources) -> impl IntoView + use<> {
    let items = p
        .profiles
        .iter()
        .map(|m| {
            let who = m.who_may_file.iter().map(|w| tr(lang, who_key(w))).collect::<Vec<_>>().join(", ");
            let not_allowed = (!m.filer_allowed).then(|| {
                view! {
                    <p class="notice"><strong>{tr(lang, "niss-pack-warning")}</strong>" "{tr(lang, "niss-pack-filer_not_allowed")}" "
                        <a href=change_href("filed_by")>{tr(lang, "niss-pack-change_filer")}</a></p>
                }
            });
            view! {
                <li data-id=m.id.clone()>
                    <h3>{render(lang, &m.name)}</h3>
                    <p>{render(lang, &m.reason)}</p>
                    <p><strong>{tr(lang, "niss-pack-where")}</strong>" "{render(lang, &m.channel)}</p>
                    <p><strong>{tr(lang, "niss-pack-who_may_file")}</strong>" "{who}{source_line(lang, sources, &m.source)}</p>
                    {not_allowed}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="profiles" aria-labelledby="profiles-title">
            <h2 id="profiles-title">{tr(lang, "niss-pack-profiles")}</h2>
            <ul class="tools">{items}</ul>
        </section>
    }
}
