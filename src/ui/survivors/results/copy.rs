//! "Save a copy": the results as plain text a caseworker can read or file, made in the browser
//! and downloaded (no network). Dated, with the rules year and the app's version; the results in
//! the page's order (entitled, needing answers, not entitled with the conditions not met); the
//! answers, per part and per person.

use super::card::{date, money, status_key, who};
use super::{Kind, group_label, group_title, groups, made_line, rules_line};
use crate::forms::summary::grouped;
use crate::i18n::{Lang, render, tr};
use crate::survivors::{Outcome, Period, Report};
use crate::ui::survivors::check::{field_label, shown};
use serde_json::Value;

/// A plain-text copy of the results.
pub(super) fn summary_text(lang: Lang, form: &Value, r: &Report, today: time::Date) -> String {
    let t = |k: &'static str| tr(lang, k);
    let mut out = format!("Amparo — {}\n{}\n{}\n", t("results-title"), made_line(lang, today), rules_line(lang, r));
    for n in &r.notices {
        out.push_str(&format!("* {}\n", render(lang, n)));
    }
    out.push_str(&super::plan::what_to_do_text(lang, r));
    for (k, list) in groups(r) {
        out.push_str(&format!("\n== {}\n", render(lang, &crate::msg!(group_title(k), n = list.len()))));
        for b in &list {
            out.push_str(&format!("\n-- {} ({})\n{}\n", render(lang, &b.name), t(status_key(b.status)), render(lang, &b.headline)));
            for a in &b.awards {
                let per = if a.period == Period::Month { t("results-per_month") } else { t("results-once") };
                let whom = render(lang, &crate::msg!("results-for", who = who(lang, form, &a.person)));
                out.push_str(&format!("  - {whom}: {} {per}", money(lang, a.amount)));
                if let Some(f) = &a.from {
                    out.push_str(&format!("; {} {}", t("results-from"), date(lang, f)));
                }
                if let Some(u) = &a.until {
                    out.push_str(&format!("; {} {}", t("results-until"), date(lang, u)));
                }
                out.push('\n');
            }
            for m in &b.missing {
                out.push_str(&format!("  ? {}\n", render(lang, &m.question)));
            }
            // Why not: the conditions not met, each with its source.
            if k == Kind::NotEntitled {
                for reason in b.reasons.iter().filter(|x| x.outcome == Outcome::NotMet) {
                    out.push_str(&format!("  x {} ({}: {})\n", render(lang, &reason.message), t("results-source"), reason.reference.title));
                }
            }
            if let Some(f) = &b.form {
                out.push_str(&format!("  {}: {}", t("results-form"), f.code));
                match (&b.deadline, &b.claim_deadline) {
                    (Some(d), _) => out.push_str(&format!("; {}: {}", t("results-deadline"), render(lang, &d.note))),
                    (None, Some(d)) => out.push_str(&format!("; {}: {}", t("results-deadline"), date(lang, d))),
                    (None, None) => {}
                }
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("\n== {}\n", t("results-answers_title")));
    for (g, list) in grouped(form) {
        out.push_str(&format!("\n{}\n", group_label(lang, form, g)));
        for (p, v) in list {
            out.push_str(&format!("  {}: {}\n", field_label(lang, &p), shown(lang, form, &p, &v)));
        }
    }
    out.push_str(&format!("\n{}\n", t("results-ss_line")));
    out
}

/// Downloads the copy, named by the day it was made (`amparo-resultados-2026-12-03.txt`).
pub(super) fn save_copy(text: &str, today: time::Date) {
    let name = format!("amparo-resultados-{}.txt", crate::dates::iso(today));
    crate::ui::device::download(&name, "text/plain;charset=utf-8", text);
}
