//! The numbers the person typed (NISS, NIF), as checked; the same verdict is shown under a
//! portal message that is about the typed NISS.

use crate::i18n::{Lang, render, tr};
use crate::niss::{DocumentPack, IdCheck};
use leptos::prelude::*;

pub(super) fn id_check_view(lang: Lang, label: &'static str, c: &IdCheck) -> impl IntoView + use<> {
    let msg = render(lang, &c.message);
    let ok = c.problem.is_none();
    let verdict = tr(lang, if ok { "niss-check_number-ok" } else { "niss-check_number-problem" });
    let class = if ok { "hint check-ok" } else { "field-error check-problem" };
    view! {
        <li data-identifier=c.identifier.clone() data-valid=c.valid.to_string()>
            <strong>{tr(lang, label)}</strong>" "{c.normalized.clone().unwrap_or_default()}
            <p class=class><strong>{verdict}</strong>" "<span class="normal-weight">{msg}</span></p>
        </li>
    }
}

/// The section, only when a number was typed.
pub(super) fn typed_numbers(lang: Lang, p: &DocumentPack) -> impl IntoView + use<> {
    let checks: Vec<_> = [("niss-field-typed_niss", &p.id_checks.niss), ("niss-field-typed_nif", &p.id_checks.nif)]
        .into_iter()
        .filter_map(|(label, c)| c.as_ref().map(|c| id_check_view(lang, label, c)))
        .collect();
    (!checks.is_empty()).then(|| {
        view! {
            <section id="typed-numbers" aria-labelledby="typed-numbers-title">
                <h2 id="typed-numbers-title">{tr(lang, "niss-pack-typed_numbers")}</h2>
                <ul class="id-checks">{checks}</ul>
            </section>
        }
    })
}
