//! The first page (choose a tool, continue where you left off) and the privacy note.

use super::app_state::use_app;
use super::components::focus_on_mount;
use crate::forms::LoadNotice;
use leptos::html;
use leptos::prelude::*;

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let resume = move || {
        let s = app.state.get();
        let restored = matches!(app.load_notice.get(), Some(LoadNotice::Restored | LoadNotice::Repaired));
        (restored && s.has_answers()).then(|| {
            // The stored step is a link only if it is a page now (it is data, not trusted).
            let step = s.last_step.clone().filter(|h| super::route::is_tool_step(h)).unwrap_or_else(|| "#/survivors".into());
            view! {
                <div class="resume" id="resume">
                    <h2>{move || app.t("resume-title")}</h2>
                    <p>{move || app.t("resume-body")}</p>
                    <a class="button" id="resume-continue" href=step>{move || app.t("resume-continue")}</a>
                    " "
                    <button type="button" class="button button-secondary" id="resume-restart" on:click=move |_| {
                        app.state.update(|s| { *s = crate::forms::SavedState { lang: s.lang.clone(), ..Default::default() }; });
                        app.load_notice.set(None);
                    }>{move || app.t("resume-restart")}</button>
                </div>
            }
        })
    };
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("home-title")}</h1>
        <p class="lead">{move || app.t("home-lead")}</p>
        {resume}
        <ul class="tools">
            <li>
                <h2><a href="#/survivors" id="tool-survivors">{move || app.t("survivors-tool")}</a></h2>
                <p>{move || app.t("home-survivors")}</p>
            </li>
            <li>
                <h2><a href="#/niss" id="tool-niss">{move || app.t("niss-tool")}</a></h2>
                <p>{move || app.t("home-niss")}</p>
            </li>
        </ul>
        <p class="hint">{move || app.t("home-private")}</p>
        // Answers saved on another device (a family's, given to a caseworker): open them here.
        <section class="open-file" aria-labelledby="open-file-title">
            <h2 id="open-file-title">{move || app.t("file-open-title")}</h2>
            <super::answers_file::OpenAnswers />
        </section>
    }
}

pub fn privacy() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("privacy-title")}</h1>
        <p>{move || app.t("privacy-what")}</p>
        <p>{move || app.t("privacy-where")}</p>
        <p>{move || app.t("privacy-how_long")}</p>
        <p>{move || app.t("privacy-offline")}</p>
        <p>{move || app.t("privacy-widget")}</p>
        <p>{move || app.t("privacy-delete")}</p>
    }
}
