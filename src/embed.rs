//! The widget's options, read from the page address (`?embed=1&tool=niss&lang=en&accent=green`).
//! Pure: the browser shell passes `location.search` in. Anything not on an allow-list is ignored,
//! so a host page cannot inject a colour, a route or markup through the address.

use crate::i18n::Lang;

/// The accent colours a host may pick. Each is a CSS class (`accent-<name>` in style/main.css)
/// whose colours keep AA contrast on white and with white text; no free-form colour is accepted.
pub const ACCENTS: &[&str] = &["blue", "green", "purple", "teal", "red", "black"];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    /// `embed=1`: the widget layout (no site header or footer).
    pub embedded: bool,
    /// `tool=survivors|niss`: the tool to start on.
    pub tool: Option<&'static str>,
    /// `lang=pt|en`: the host page's language.
    pub lang: Option<Lang>,
    /// `accent=<one of ACCENTS>`.
    pub accent: Option<&'static str>,
}

impl EmbedOptions {
    /// Reads a query string (`?a=b&c=d`, with or without the `?`). Unknown keys and values are
    /// dropped; options other than `embed` count only in embed mode.
    pub fn from_query(query: &str) -> Self {
        let mut o = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "embed" => o.embedded = v == "1" || v == "true",
                "tool" => o.tool = ["survivors", "niss"].into_iter().find(|t| *t == v),
                "lang" => o.lang = Lang::from_code(v),
                "accent" => o.accent = ACCENTS.iter().copied().find(|a| *a == v),
                _ => {}
            }
        }
        if !o.embedded {
            return EmbedOptions::default();
        }
        o
    }

    /// The route the widget opens on when the address has no step of its own.
    pub fn start_route(&self) -> Option<String> {
        self.tool.map(|t| format!("#/{t}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_widget_options() {
        let o = EmbedOptions::from_query("?embed=1&tool=niss&lang=en&accent=green");
        assert!(o.embedded);
        assert_eq!(o.tool, Some("niss"));
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.accent, Some("green"));
        assert_eq!(o.start_route().as_deref(), Some("#/niss"));
    }

    #[test]
    fn ignores_what_is_not_allowed() {
        let o = EmbedOptions::from_query("embed=1&tool=%2F..%2Fx&accent=%23ff0000&lang=fr&style=x");
        assert_eq!(o, EmbedOptions { embedded: true, ..Default::default() });
        assert_eq!(o.start_route(), None);
    }

    #[test]
    fn options_without_embed_do_nothing() {
        assert_eq!(EmbedOptions::from_query("?tool=niss&lang=en&accent=green"), EmbedOptions::default());
        assert_eq!(EmbedOptions::from_query(""), EmbedOptions::default());
        assert_eq!(EmbedOptions::from_query("?embed=0&tool=niss"), EmbedOptions::default());
    }
}
