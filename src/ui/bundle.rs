//! One program per tool. The landing page is plain HTML (no engine); each tool is a program of
//! its own (`src/bin/web_survivors.rs`, `src/bin/web_niss.rs`) that holds only its own pages,
//! so a phone downloads and compiles one tool, not both. The shell (`super::AmparoApp`) asks the
//! bundle set at start for the tool's pages; a route of another program is left to the loader
//! (`src/web/loader.js`), which loads that program.

use crate::forms::Tool;
use crate::forms::program::{Owner, owner};
use crate::forms::routes::{Route, Step};
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsValue;

/// What a tool's program brings to the shell.
pub struct Bundle {
    pub tool: Tool,
    /// The tool's question, check and results pages.
    page: fn(Step) -> AnyView,
    /// The fields the survivors' engine still asks for (`forms::routes::survivors`); none for
    /// the NISS tool.
    pub missing_fields: fn() -> Vec<String>,
}

impl Bundle {
    pub fn survivors() -> Bundle {
        Bundle {
            tool: Tool::Survivors,
            page: |s| super::survivors::page(s).into_any(),
            missing_fields: super::survivors::missing_fields,
        }
    }

    pub fn niss() -> Bundle {
        Bundle {
            tool: Tool::Niss,
            page: |s| super::niss::page(s).into_any(),
            missing_fields: Vec::new,
        }
    }

    /// The file of this tool's words in `lang`, fetched when that language is chosen.
    pub fn messages_file(&self, lang: crate::i18n::Lang) -> &'static str {
        match self.tool {
            Tool::Survivors => lang.locale().survivors_file,
            Tool::Niss => lang.locale().niss_file,
        }
    }

    /// Whether this program shows `hash` (otherwise the loader loads the program that does).
    pub fn shows(&self, hash: &str) -> bool {
        match owner(hash) {
            Owner::Landing => false,
            Owner::Tool(t) => t == self.tool,
            Owner::Any => true,
        }
    }

    /// The tool's page for a route it shows.
    pub fn render(&self, route: Route) -> Option<AnyView> {
        match route {
            Route::Survivors(step) if self.tool == Tool::Survivors => Some((self.page)(step)),
            Route::Niss(step) if self.tool == Tool::Niss => Some((self.page)(step)),
            _ => None,
        }
    }
}

static BUNDLE: OnceLock<Bundle> = OnceLock::new();

/// Before any bundle is set (never in a built program): no tool's pages.
static NONE: Bundle = Bundle { tool: Tool::Survivors, page: |_| ().into_any(), missing_fields: Vec::new };

/// Sets the program's tool, once (a second call keeps the first). Its words come from the
/// loader, or are fetched (`super::lang`).
pub fn set(bundle: Bundle) {
    let _ = BUNDLE.set(bundle);
}

pub fn get() -> &'static Bundle {
    BUNDLE.get().unwrap_or(&NONE)
}

/// Goes to `to`, a page of another program (the landing page, the other tool), with `flash` (a
/// confirmation, already in words) carried in the history entry for that page to show: a new
/// page load, so the two programs never share a page.
pub fn leave_to(to: &str, flash: Option<(String, Option<String>)>, lang: &str) {
    let Ok(history) = window().history() else { return };
    let state = js_sys::Object::new();
    if let Some((text, more)) = flash {
        let _ = js_sys::Reflect::set(&state, &"amparo_flash".into(), &text.into());
        if let Some(more) = more {
            let _ = js_sys::Reflect::set(&state, &"amparo_flash_more".into(), &more.into());
        }
        let _ = js_sys::Reflect::set(&state, &"amparo_lang".into(), &lang.into());
    }
    if history.push_state_with_url(&state, "", Some(to)).is_ok() {
        let _ = window().location().reload();
    } else {
        let _ = window().location().set_hash(to);
    }
}

/// What `read` finds in this page's history entry, taken once: the entry is emptied when it
/// finds something, so a reload or coming back does not find it again.
fn take_carried<T>(read: impl FnOnce(&JsValue) -> Option<T>) -> Option<T> {
    let history = window().history().ok()?;
    let found = read(&history.state().ok()?)?;
    let _ = history.replace_state(&JsValue::NULL, "");
    Some(found)
}

/// The string at `key` of a JS object handed over by the loader or the history entry.
pub(super) fn string_at(object: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(object, &key.into()).ok()?.as_string()
}

/// A confirmation another program carried here (`leave_to`), once: shown on this page.
pub fn take_carried_flash() -> Option<(String, Option<String>)> {
    take_carried(|state| Some((string_at(state, "amparo_flash")?, string_at(state, "amparo_flash_more"))))
}

/// A file picked on the landing page (no program there): the loader put its name and text (none
/// when it is over the size limit, `limits::MAX_INPUT_BYTES`) in the history entry of `#/open`
/// before loading this program. Taken once.
pub fn take_carried_file() -> Option<(String, Option<String>)> {
    take_carried(|state| {
        let file = js_sys::Reflect::get(state, &"amparo_file".into()).ok()?;
        Some((string_at(&file, "name")?, string_at(&file, "text")))
    })
}
