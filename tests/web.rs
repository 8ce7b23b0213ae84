//! Browser tests (wasm-bindgen-test in headless Chromium): the engine and the bundled rules run
//! in WebAssembly, and the first page renders the engine's report.
#![cfg(target_arch = "wasm32")]

use amparo::ui::{ExampleReport, example_report};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn engine_runs_in_wasm_with_the_same_amounts_as_natively() {
    let report = example_report().expect("example evaluates");
    let sp = &report.benefits[0];
    assert_eq!(sp.awards[0].amount.to_string(), "540.00");
    assert_eq!(report.benefits.len(), 6);
}

#[wasm_bindgen_test]
async fn first_page_renders_one_row_per_benefit() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), ExampleReport);
    leptos::task::tick().await;
    let rows = host.query_selector_all("#example-report tbody tr").unwrap();
    assert_eq!(rows.length(), 6);
    let first = host.query_selector("#example-report tbody tr td").unwrap().unwrap();
    assert_eq!(first.text_content().unwrap(), "Provável direito");
}
