//! "Save the answers to a file" and "open answers from a file", so a caseworker or a funeral
//! agency can continue on their own device. Both happen in the browser: the file is a Blob the
//! browser downloads, and a file picked is read in the page; nothing is sent anywhere. The file
//! is read and checked by `forms::answers_file` exactly as the saved state is; a bad file shows
//! what is wrong, where, and changes nothing.

use super::app_state::{Flash, use_app};
use crate::forms::Tool;
use crate::forms::answers_file::{file_name, open_into, read_file, to_file, too_large};
use crate::i18n::{render, tr};
use crate::limits::MAX_INPUT_BYTES;
use crate::msg;
use leptos::prelude::*;

/// The button that downloads one tool's answers (`amparo-respostas-YYYY-MM-DD.json`), and a
/// line saying the file was made. `with_tool`: the button names the tool (where both tools'
/// buttons stand together).
#[component]
pub fn SaveAnswers(tool: Tool, #[prop(optional)] with_tool: bool) -> impl IntoView {
    let app = use_app();
    let saved = RwSignal::new(None::<String>);
    let save = move |_| {
        let today = super::device::today();
        let text = app.state.with_untracked(|s| to_file(s, tool, today));
        let name = file_name(today);
        if super::device::download(&name, "application/json", &text) {
            saved.set(Some(name));
        }
    };
    let label = move || {
        let lang = app.lang.get();
        if with_tool {
            let name = tr(lang, if tool == Tool::Survivors { "survivors-tool" } else { "niss-tool" });
            render(lang, &msg!("file-save-tool", tool = name))
        } else {
            tr(lang, "file-save").to_string()
        }
    };
    view! {
        <div class="save-answers">
            <button type="button" class="button button-secondary" id=format!("save-answers-{}", tool.code()) on:click=save>{label}</button>
            <p class="hint" role="status">{move || saved.get().map(|name| render(app.lang.get(), &msg!("file-saved", name = name)))}</p>
        </div>
    }
}

/// The file box that opens answers saved on another device, then "check your answers" of the
/// tool the file is for.
#[component]
pub fn OpenAnswers() -> impl IntoView {
    let app = use_app();
    // The errors, already in words (the file's problems, each naming its place in the file).
    let problems = RwSignal::new(Vec::<crate::message::Msg>::new());
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        leptos::task::spawn_local(async move {
            let read = super::device::picked_file(&input, MAX_INPUT_BYTES).await;
            // Picking the same file again must fire `change` again.
            input.set_value("");
            match read {
                None => {}
                Some(Err(_)) => refuse_too_large(app, problems),
                Some(Ok((name, text))) => open_text(app, problems, name, text),
            }
        });
    };
    // A file picked on the landing page (plain HTML: the loader read it and brought it here).
    if let Some((name, text)) = super::bundle::take_carried_file() {
        leptos::task::spawn_local(async move {
            match text {
                Some(text) if text.len() <= MAX_INPUT_BYTES => open_text(app, problems, name, text),
                _ => refuse_too_large(app, problems),
            }
        });
    }
    let has_error = move || problems.with(|p| !p.is_empty());
    let described = move || if has_error() { "open-answers--hint open-answers--error" } else { "open-answers--hint" };
    view! {
        <div class="form-group open-answers no-print" class:has-error=has_error>
            <label for="open-answers">{move || app.t("file-open")}</label>
            <div class="hint" id="open-answers--hint">{move || app.t("file-open-hint")}</div>
            <div id="open-answers--error" role="alert">
                {move || {
                    let lang = app.lang.get();
                    problems.get().into_iter().map(|m| view! {
                        <p class="field-error"><span class="visually-hidden">{tr(lang, "file-error-prefix")}" "</span>{render(lang, &m)}</p>
                    }).collect_view()
                }}
            </div>
            <input type="file" id="open-answers" class="file-input" accept=".json,application/json" aria-describedby=described on:change=on_change />
        </div>
    }
}

fn refuse_too_large(app: super::App, problems: RwSignal<Vec<crate::message::Msg>>) {
    app.flash.set(None);
    problems.set(too_large().errors.into_iter().map(|e| e.message).collect());
}

/// Reads a picked file's text: its errors shown where it was picked, or its answers opened on
/// "check your answers" of its tool.
fn open_text(app: super::App, problems: RwSignal<Vec<crate::message::Msg>>, name: String, text: String) {
    match read_file(&text) {
        Err(e) => {
            // An earlier confirmation ("your answers were deleted") is not news any more.
            app.flash.set(None);
            problems.set(e.errors.into_iter().map(|e| e.message).collect());
        }
        Ok(file) => {
            problems.set(Vec::new());
            app.state.update(|s| *s = open_into(s, &file));
            let to = format!("#/{}/check", file.tool.code());
            let flash = Flash {
                route: to.clone(),
                message: msg!("file-opened", date = file.saved_on, name = name),
                more: Some(msg!("file-opened-check")),
                link: None,
            };
            if !super::bundle::get().shows(&to) {
                // The other tool's program shows it: saved now, then that page loads.
                app.state.with_untracked(|s| super::storage::keep(app, s));
                let lang = app.lang.get_untracked();
                let more = flash.more.as_ref().map(|m| render(lang, m));
                super::bundle::leave_to(&to, Some((render(lang, &flash.message), more)), lang.code());
                return;
            }
            super::flash::show(app, flash);
            if super::route::current_hash() == to {
                app.external.update(|n| *n += 1);
            }
            super::route::go(&to);
        }
    }
}
