//! "Save a copy": the results as plain text, made in the browser and downloaded as a file.

use crate::ui::survivors::check::{answered, field_label, shown};
use super::{date, money, status_key, who};
use crate::i18n::{Lang, render};
use crate::survivors::{Period, Report};
use leptos::prelude::*;
use serde_json::Value;

/// A plain-text copy of the results, made in the browser and downloaded (no network).
pub(super) fn summary_text(lang: Lang, form: &Value, r: &Report) -> String {
    let t = |k: &'static str| crate::i18n::tr(lang, k);
    let mut out = format!("Amparo — {}\n{} {}\n\n", t("results-title"), t("results-rules_for"), r.rules_year);
    for n in &r.notices {
        out.push_str(&format!("* {}\n", render(lang, n)));
    }
    for b in &r.benefits {
        out.push_str(&format!("\n== {} — {}\n{}\n", render(lang, &b.name), t(status_key(b.status)), render(lang, &b.headline)));
        for a in &b.awards {
            let per = if a.period == Period::Month { t("results-per_month") } else { t("results-once") };
            out.push_str(&format!("  - {}: {} {}", who(lang, form, &a.person), money(lang, a.amount), per));
            if let Some(u) = &a.until {
                out.push_str(&format!(", {} {}", t("results-until"), date(lang, u)));
            }
            out.push('\n');
        }
        for m in &b.missing {
            out.push_str(&format!("  ? {}\n", render(lang, &m.question)));
        }
        if let Some(f) = &b.form {
            out.push_str(&format!("  {}: {}", t("results-form"), f.code));
            if let Some(d) = &b.claim_deadline {
                out.push_str(&format!("; {}: {}", t("results-deadline"), date(lang, d)));
            }
            out.push('\n');
        }
    }
    out.push_str(&format!("\n{}\n", t("check-title")));
    for (p, v) in answered(form) {
        out.push_str(&format!("  {}: {}\n", field_label(lang, &p), shown(lang, form, &p, &v)));
    }
    out.push_str(&format!("\n{}\n", t("results-ss_line")));
    out
}

pub(super) fn save_copy(text: String) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = wasm_bindgen::JsCast::unchecked_into(a);
        a.set_href(&url);
        a.set_download("amparo-resultados.txt");
        a.click();
    }
    // The download starts after this click returns: freeing the file now could cancel it (the
    // file is small, and a minute is plenty).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
}

