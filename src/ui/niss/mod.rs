//! The NISS document-pack advisor's pages.

use crate::ui::app_state::use_app;
use leptos::prelude::*;

pub fn page(_parts: &[String]) -> AnyView {
    let app = use_app();
    view! {
        <h1 tabindex="-1">{move || app.t("niss.tool")}</h1>
        <p>{move || app.t("home.niss")}</p>
    }
    .into_any()
}
