//! The words, one Project Fluent file per language and domain
//! (`locales/<lang>/<domain>.ftl`). The engines speak in codes ([`crate::message::Msg`]);
//! [`render`] turns a message into a sentence in one language, and [`tr`] looks up the
//! interface's fixed words. `tests/messages.rs` checks that every language has every message
//! with the same arguments, that every code the code can emit has a message, and that every
//! message is used.
//!
//! Adding a language: its folder of `.ftl` files (copy `en/` and translate), and one line in
//! [`LOCALES`]. Nothing else: the language list, the switch, the number and date formats
//! (`formats.ftl`) and the plural rules (CLDR, by the locale's code) follow from those.

mod compiled;
mod render;

pub use render::{format_date, format_money, format_rate, is_loaded, load, render};

/// A language's messages, every `.ftl` file of its folder, as `build.rs` compiled them, and the
/// names of each web program's file of them.
macro_rules! locale {
    ($code:tt) => {
        Locale {
            code: $code,
            name: env!(concat!("AMPARO_LANGUAGE_NAME_", $code)),
            reviewed: env!(concat!("AMPARO_LANGUAGE_REVIEWED_", $code)),
            messages: carried!($code),
            survivors_file: fetched!($code, "survivors"),
            niss_file: fetched!($code, "niss"),
        }
    };
}

/// The CLI and the native tests carry every language. A web program carries none: the loader
/// (`src/web/loader.js`) fetches the tool's words in the page's language side by side with the
/// program and hands them over at start (`ui::lang::take_handed`); another language's file of
/// the tool's words is fetched when that language is chosen (`load`). So no one downloads words
/// in a language they do not read, and a tool never loads the other's words.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! carried {
    ($code:tt) => {
        include_str!(concat!(env!("OUT_DIR"), "/messages-", $code, ".json"))
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! carried {
    ($code:tt) => {
        ""
    };
}

/// The file a web program fetches a language from (content-hashed by build.rs; the names in the
/// wasm are how scripts/post-build.mjs knows which files to ship and name on the page).
macro_rules! fetched {
    ($code:tt, $tool:tt) => {
        env!(concat!("AMPARO_MESSAGES_", $code, "_", $tool))
    };
}

/// One registered language: its BCP 47 code (which also selects its CLDR plural rules), its
/// compiled messages when carried (empty when they are fetched), and the names of its files.
pub struct Locale {
    pub code: &'static str,
    /// The language's own name (`language-name` of its formats.ftl), known before its messages
    /// are loaded.
    pub name: &'static str,
    /// `language-reviewed` of its formats.ftl: "yes", or "no" while a legal translator has not
    /// reviewed the translation.
    pub reviewed: &'static str,
    pub messages: &'static str,
    /// The web programs' files of this language (`messages-<lang>-<tool>-<hash>.json`).
    pub survivors_file: &'static str,
    pub niss_file: &'static str,
}

/// The languages, in the order the language list shows them. The first is the default.
pub static LOCALES: &[Locale] = &[locale!("pt"), locale!("en"), locale!("uk")];

/// A registered language (an index into [`LOCALES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

#[allow(non_upper_case_globals)]
impl Lang {
    /// Portuguese: the default, and the language of letters to Portuguese institutions.
    pub const Pt: Lang = Lang(0);
    pub const En: Lang = Lang(1);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LOCALES.len()).filter_map(|i| u8::try_from(i).ok()).map(Lang)
    }

    pub fn locale(self) -> &'static Locale {
        LOCALES.get(usize::from(self.0)).unwrap_or(&LOCALES[0])
    }

    pub fn code(self) -> &'static str {
        self.locale().code
    }

    /// The language of a code such as `uk`, `pt-PT` or `en_GB` (the part before `-`/`_`,
    /// any case); `None` for a language not registered.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::all().find(|l| l.code() == primary)
    }

    /// The language's own name ("Português", "English", "Українська").
    pub fn name(self) -> &'static str {
        self.locale().name
    }

    /// False while the translation has not been reviewed by a legal translator.
    pub fn reviewed(self) -> bool {
        self.locale().reviewed == "yes"
    }

}

/// Runs `f` (a serialization) with every message also carrying its `text` in `lang`: what the
/// CLI's `--lang` adds to its JSON.
pub fn with_text_in<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    crate::message::with_text(move |m| render(lang, m), f)
}

/// The interface's fixed text for message `key`; the key itself if it is missing (the tests
/// make sure none is). Each text is rendered once per language and kept.
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    render::fixed(lang, key)
}
