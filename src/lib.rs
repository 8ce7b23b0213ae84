//! Amparo: the survivors' benefits checker and the NISS document-pack advisor.
//!
//! The engine modules (`rules`, `money`, `dates`, `validation`, `survivors`) are pure Rust: no
//! Leptos, web-sys or wasm-bindgen, so they are tested natively. The browser shell lives in `ui`,
//! compiled for wasm32 only.

pub mod calendar;
pub mod cli;
pub mod dates;
pub mod embed;
pub mod error;
pub mod forms;
pub mod i18n;
pub mod limits;
pub mod message;
pub mod money;
pub mod niss;
pub mod rules;
pub mod source;
pub mod survivors;
pub mod validation;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use error::{InputError, InputErrors};
