//! "Remove" a family member, asked first: the row shows "Remove Ana (spouse)?" with what goes
//! with them (their answers; who paid for the funeral, when they did), "Yes, remove" and
//! "Cancel". The question takes the focus; Cancel gives it back to the Remove button; after
//! removing, the page says who was removed (role=status, focused), with a link to say again who
//! paid for the funeral when that was them.

use super::person_label;
use crate::forms;
use crate::i18n::{render, tr};
use crate::msg;
use crate::ui::app_state::{Flash, use_app};
use leptos::prelude::*;

/// Whether person `idx` of the survivors' form is the one who paid for the funeral.
fn paid_funeral(form: &serde_json::Value, idx: usize) -> bool {
    let id = forms::get(form, &format!("people[{idx}].id"));
    id.is_some_and(|id| !id.is_null() && forms::get(form, "funeral.paid_by") == Some(id))
}

/// Removes person `idx` (and the funeral's payer, when it was them), then says so on this page.
fn remove(idx: usize) {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let who = app.state.with_untracked(|s| person_label(lang, &s.survivors, idx));
    let payer = app.state.with_untracked(|s| paid_funeral(&s.survivors, idx));
    app.state.update(|s| {
        if payer {
            forms::remove(&mut s.survivors, "funeral.paid_by");
        }
        forms::remove(&mut s.survivors, &format!("people[{idx}]"));
    });
    let flash = Flash {
        route: app.route.get_untracked(),
        message: msg!("remove-done", who = who),
        more: payer.then(|| msg!("remove-done-payer")),
        link: payer.then(|| ("#/survivors/funeral".to_string(), "remove-funeral_link")),
    };
    crate::ui::flash::show(app, flash);
}

/// Focuses the element `id` once it is drawn (the next animation frame).
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
        }
    });
}

/// The Remove button of person `idx`'s row, and the question that replaces it until answered.
#[component]
pub fn RemovePerson(idx: usize) -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(false);
    let label = move || app.state.with(|s| person_label(app.lang.get(), &s.survivors, idx));
    let ask_label = move || format!("{} {}", app.t("people-remove"), label());
    view! {
        <Show when=move || asking.get() fallback=move || view! {
            <button type="button" class="link-button remove-button" id=format!("remove-{idx}")
                aria-label=ask_label on:click=move |_| {
                    asking.set(true);
                    focus_later(format!("remove-{idx}-question"));
                }>{move || app.t("people-remove")}</button>
        }>
            <div class="confirm-remove" role="group" aria-labelledby=format!("remove-{idx}-question")>
                <p class="confirm-question" id=format!("remove-{idx}-question") tabindex="-1">
                    <strong>{move || render(app.lang.get(), &msg!("remove-question", who = label()))}</strong>
                </p>
                <p>{move || app.t("remove-answers_go")}</p>
                {move || app.state.with(|s| paid_funeral(&s.survivors, idx)).then(|| {
                    let name = app.state.with(|s| forms::get(&s.survivors, &format!("people[{idx}].name")).and_then(|v| v.as_str()).map(str::trim).filter(|n| !n.is_empty()).map(str::to_string));
                    let lang = app.lang.get();
                    let text = match name {
                        Some(n) => render(lang, &msg!("remove-payer", who = n)),
                        None => tr(lang, "remove-payer-unnamed").to_string(),
                    };
                    view! { <p class="warning-line">{text}</p> }
                })}
                <div class="button-group">
                    <button type="button" class="button button-warning" id="remove-confirm" on:click=move |_| remove(idx)>
                        {move || app.t("remove-yes")}
                    </button>
                    <button type="button" class="link-button cancel-link" id="remove-cancel" on:click=move |_| {
                        asking.set(false);
                        focus_later(format!("remove-{idx}"));
                    }>
                        {move || app.t("remove-cancel")}
                    </button>
                </div>
            </div>
        </Show>
    }
}
