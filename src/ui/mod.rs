//! The browser shell (wasm32 only). For now a first page that runs the real engine on the
//! bundled example household, proving the engine and the rules table work in WebAssembly; the
//! question pages come with the web-app issue.

use crate::rules::Rules;
use crate::survivors::{Report, Status, evaluate, parse_household};
use leptos::prelude::*;

/// The example household also used by the README and `tests/cases/readme_example.input.json`.
pub const EXAMPLE: &str = include_str!("../../tests/cases/readme_example.input.json");

pub fn example_report() -> Result<Report, String> {
    let rules = Rules::bundled().map_err(|e| e.to_string())?;
    let household = parse_household(EXAMPLE).map_err(|e| e.to_string())?;
    evaluate(&household, &rules).map_err(|e| e.to_string())
}

fn status_word(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Eligible => ("eligible", "Provável direito"),
        Status::NotEligible => ("not_eligible", "Sem direito provável"),
        Status::NeedsInfo => ("needs_info", "Faltam respostas"),
    }
}

#[component]
pub fn ExampleReport() -> impl IntoView {
    match example_report() {
        Ok(report) => {
            let date_pt = crate::dates::parse_iso(&report.rules_date).map(crate::dates::format_pt).unwrap_or_default();
            let rows = report
                .benefits
                .into_iter()
                .map(|b| {
                    let (class, word) = status_word(b.status);
                    view! {
                        <tr>
                            <th scope="row">{b.name.pt.to_string()}</th>
                            <td class=format!("status-{class}")>{word}</td>
                            <td>{b.headline.pt.to_string()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby="example-title">
                    <h2 id="example-title">"Exemplo: morte em " {date_pt}</h2>
                    <table id="example-report">
                        <thead><tr><th scope="col">"Prestação"</th><th scope="col">"Resultado"</th><th scope="col">"Resumo"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <p class="note">{report.notices.first().map(|n| n.pt.to_string())}</p>
                </section>
            }
            .into_any()
        }
        Err(e) => view! { <p role="alert">"Erro interno: " {e}</p> }.into_any(),
    }
}

pub fn mount() {
    leptos::mount::mount_to_body(ExampleReport);
}
