//! "Open answers from a file" (`#/open`), linked from the landing page: answers saved on another
//! device (a family's, given to a caseworker) open here, then "check your answers" of their tool.

use super::app_state::use_app;
use super::components::focus_on_mount;
use leptos::html;
use leptos::prelude::*;

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("file-open-title")}</h1>
        <super::answers_file::OpenAnswers />
        <p><a href="#/" id="open-back">{move || app.t("nav-home")}</a></p>
    }
}
