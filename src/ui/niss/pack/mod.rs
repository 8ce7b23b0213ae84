//! The document pack, rendered from the engine's `DocumentPack`: warnings and what not to do
//! first, then the typed numbers, the profiles, the checklist with tick boxes (saved), the steps,
//! the combined service, the portal messages, the letters (copy button), the escalation files,
//! the first week, the identifiers, the notes and the sources — one module per section, in that
//! order. The pack is built once when the page opens (ticking a box must not redraw the page and
//! lose focus); switching language redraws it.

use super::pack_untracked;
use crate::i18n::{Lang, tr};
use crate::niss::DocumentPack;
use crate::ui::app_state::{App, use_app};
use crate::ui::components::focus_on_mount;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
mod checklist;
mod combined;
mod escalation;
mod identifiers;
mod letters;
mod numbers;
mod portal;
mod profiles;
mod sources;
mod steps;
mod warnings;

use sources::Sources;

fn pack_view(app: App, lang: Lang, p: Arc<DocumentPack>, pt: letters::Portuguese) -> impl IntoView + use<> {
    let sources = Sources::collect(&p);
    view! {
        {warnings::warnings(lang, &p, &sources)}
        {numbers::typed_numbers(lang, &p)}
        {profiles::profiles(lang, &p, &sources)}
        {checklist::checklist(app, lang, &p, &sources)}
        {steps::steps(lang, &p, &sources)}
        {combined::combined_service(lang, &p, &sources)}
        {portal::portal_messages(lang, &p, &sources)}
        {letters::letters(app, lang, &p, &sources, pt)}
        {escalation::escalations(app, lang, &p, &sources, pt)}
        {escalation::first_week(lang, &p, &sources)}
        {identifiers::identifiers(lang, &p, &sources)}
        {identifiers::notes(lang, &p, &sources)}
        {sources::sources_section(lang, &sources, &p.catalogue_version)}
        <p class="no-print"><a href="#/niss/check">{tr(lang, "niss-pack-change_answers")}</a></p>
        // A caseworker continues on their own device: the answers to a file, or from one.
        <div class="actions no-print"><crate::ui::answers_file::SaveAnswers tool=crate::forms::Tool::Niss /></div>
        <crate::ui::answers_file::OpenAnswers />
    }
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    // Built once: ticking a box changes the saved state but must not rebuild the page.
    let result = pack_untracked();
    let pack = result.as_ref().and_then(|r| r.as_ref().ok()).map(|p| Arc::new(p.clone()));
    let errors = result.and_then(Result::err);
    // Letters are in Portuguese whatever the page's language.
    let pt = pack.as_deref().map(letters::portuguese).unwrap_or_else(|| RwSignal::new(Some(true)));
    let content = move || {
        let lang = app.lang.get();
        if let Some(p) = &pack {
            return pack_view(app, lang, Arc::clone(p), pt).into_any();
        }
        match &errors {
            Some(e) => view! {
                {super::check::problem_summary(lang, &e.errors, "niss-pack-cannot_build")}
                <p><a href="#/niss/check">{tr(lang, "niss-check-title")}</a></p>
            }
            .into_any(),
            None => view! { <p role="alert">{tr(lang, "niss-errors-internal")}</p> }.into_any(),
        }
    };
    view! {
        <a class="back-link" href="#/niss/check">{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss-pack-title")}</h1>
        <p class="lead">{move || app.t("niss-pack-lead")}</p>
        {content}
    }
}
