//! Component tests in headless Chromium (wasm-bindgen-test): the app mounts, answers are saved
//! to and read from localStorage, the language switch changes `<html lang>`, corrupt storage
//! gives a notice and a working page, the engine gives the same amounts in WebAssembly, a
//! question page shows an error summary linking to its field, and the footer names the build.
#![cfg(target_arch = "wasm32")]

use amparo::forms::STORAGE_KEY;
use amparo::ui::AmparoApp;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Each test's page: the app carries no words (the loader hands over the page language's file
/// and other languages are fetched from the server, neither of which the test runner has), so
/// Portuguese and English are handed over as the loader and the fetch would.
fn host() -> HtmlElement {
    // The survivors' program; the landing page is plain HTML (no program), so a test that starts
    // there starts on the tool's first page.
    amparo::ui::set_bundle(amparo::ui::Bundle::survivors());
    let location = web_sys::window().unwrap().location();
    if matches!(location.hash().unwrap_or_default().as_str(), "" | "#" | "#/") {
        location.set_hash("#/survivors").unwrap();
    }
    amparo::i18n::load(amparo::i18n::Lang::Pt, include_str!(concat!(env!("OUT_DIR"), "/messages-pt-survivors.json")));
    amparo::i18n::load(amparo::i18n::Lang::En, include_str!(concat!(env!("OUT_DIR"), "/messages-en-survivors.json")));
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
fn engine_runs_in_wasm_with_the_same_amounts_as_natively() {
    let rules = amparo::rules::Rules::bundled().unwrap();
    let h = amparo::survivors::parse_household(include_str!("cases/readme_example.input.json")).unwrap();
    let r = amparo::survivors::evaluate(&h, &rules).unwrap();
    assert_eq!(r.benefits[0].awards[0].amount.to_string(), "540.00");
    assert_eq!(r.benefits[1].awards[1].amount.to_string(), "391.88");
}

#[wasm_bindgen_test]
async fn app_mounts_and_switches_language() {
    storage().remove_item(STORAGE_KEY).unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    let h1 = host.query_selector("h1").unwrap().expect("a heading");
    assert!(!h1.text_content().unwrap().trim().is_empty());
    let html = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    let before = html.get_attribute("lang").unwrap_or_default();
    // The language list offers every other language; pick one.
    let other = if before == "en" { "#lang-pt" } else { "#lang-en" };
    let switch: HtmlElement = host.query_selector(other).unwrap().expect("switch").unchecked_into();
    switch.click();
    settle().await;
    let after = html.get_attribute("lang").unwrap_or_default();
    assert_ne!(before, after);
    // The choice is saved on the device.
    let saved = storage().get_item(STORAGE_KEY).unwrap().unwrap_or_default();
    assert!(saved.contains(&format!("\"lang\":\"{after}\"")), "{saved}");
    host.remove();
}

#[wasm_bindgen_test]
async fn corrupt_storage_gives_a_notice_and_a_working_page() {
    storage().set_item(STORAGE_KEY, "{broken").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    assert!(host.query_selector("#storage-notice").unwrap().is_some());
    assert!(host.query_selector("h1").unwrap().is_some());
    // The unreadable data is gone, replaced by a fresh state.
    let saved = storage().get_item(STORAGE_KEY).unwrap().unwrap_or_default();
    assert!(saved.starts_with("{\"version\":1"), "{saved}");
    host.remove();
}

/// Waits `ms` milliseconds (a hash change reaches the app as an event, after the microtasks).
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

#[wasm_bindgen_test]
async fn delete_my_answers_asks_first() {
    let saved = r#"{"version":1,"survivors":{"death_date":"2025-01-01"},"niss":{}}"#;
    storage().set_item(STORAGE_KEY, saved).unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    let delete: HtmlElement = host.query_selector("#delete-answers").unwrap().expect("delete").unchecked_into();
    assert_eq!(delete.get_attribute("href").as_deref(), Some("#/delete/survivors"), "from a tool's page, its answers");
    delete.click();
    wait(50).await;
    // Asked first: nothing is deleted yet, and Cancel returns to the page it came from.
    let kept = storage().get_item(STORAGE_KEY).unwrap().unwrap_or_default();
    assert!(kept.contains(r#""death_date":"2025-01-01""#), "{kept}");
    let cancel = host.query_selector("#delete-cancel").unwrap().expect("cancel");
    assert_eq!(cancel.get_attribute("href").as_deref(), Some("#/survivors"));
    assert!(host.query_selector("#delete-confirm").unwrap().is_some(), "Yes, delete");
    // Deleting goes on to the landing page, a page load: tests/e2e/specs/storage.spec.mjs.
    storage().remove_item(STORAGE_KEY).unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_a_summary_linking_to_the_field() {
    storage().remove_item(STORAGE_KEY).unwrap();
    web_sys::window().unwrap().location().set_hash("#/survivors/death-date").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    assert!(host.query_selector("#error-summary").unwrap().is_none(), "no errors before Continue");
    let cont: HtmlElement = host.query_selector("#continue").unwrap().expect("Continue").unchecked_into();
    cont.click();
    settle().await;
    let summary = host.query_selector("#error-summary").unwrap().expect("the error summary");
    let link = summary.query_selector("a[href='#death_date']").unwrap().expect("a link to the field");
    assert!(!link.text_content().unwrap_or_default().trim().is_empty(), "the link says what is wrong");
    assert!(host.query_selector("[id='death_date']").unwrap().is_some(), "the field the link points at exists");
    // Still on the same step.
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/survivors/death-date");
    web_sys::window().unwrap().location().set_hash("").unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn the_footer_names_the_build_stamped_on_the_page() {
    storage().remove_item(STORAGE_KEY).unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let html = web_sys::window().unwrap().document().unwrap().document_element().unwrap();
    html.set_attribute("data-build", "0123456789").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    let build = host.query_selector("#build-id").unwrap().expect("the build id in the footer");
    assert!(build.text_content().unwrap_or_default().contains("0123456789"));
    // No worker is registered without <html data-sw> (the test page has none), so no update notice.
    assert!(host.query_selector("#update-ready").unwrap().is_none());
    html.remove_attribute("data-build").unwrap();
    host.remove();
}

/// Waits `ms` milliseconds (lets a `hashchange` or a timer run).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_url_cannot_write_the_form() {
    let saved = r#"{"version":1,"survivors":{"death_date":"2025-01-01","people":[{"id":"p1","relation":"spouse"}]},"niss":{}}"#;
    storage().set_item(STORAGE_KEY, saved).unwrap();
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/survivors/people").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    sleep(50).await;
    let before = storage().get_item(STORAGE_KEY).unwrap();
    for bad in [
        "#/survivors/person/99999999999999999999999999",
        "#/survivors/person/18446744073709551615",
        "#/survivors/person/1",
        "#/survivors/more/people",
        "#/survivors/more/people[0]",
        "#/survivors/more/people[5].disabled",
        "#/survivors/no-such-step",
    ] {
        window.location().set_hash(bad).unwrap();
        sleep(50).await;
        assert!(host.query_selector("main a[href='#/']").unwrap().is_some(), "{bad}: the not-found page");
        assert!(host.query_selector("main input").unwrap().is_none(), "{bad}: nothing to answer");
        assert_eq!(storage().get_item(STORAGE_KEY).unwrap(), before, "{bad}: nothing written");
    }
    // An existing person is a page.
    window.location().set_hash("#/survivors/person/0").unwrap();
    sleep(50).await;
    assert!(host.query_selector("[id='people[0].relation--spouse']").unwrap().is_some());
    window.location().set_hash("").unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_state_from_a_newer_version_is_kept() {
    let newer = r#"{"version":7,"survivors":{"death_date":"2025-01-01"},"later":true}"#;
    storage().set_item(STORAGE_KEY, newer).unwrap();
    web_sys::window().unwrap().location().set_hash("").unwrap();
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), AmparoApp);
    settle().await;
    assert!(host.query_selector("#storage-notice").unwrap().is_some(), "the person is told");
    assert!(host.query_selector("#storage-reload").unwrap().is_some(), "and offered a reload");
    // A change here (the language) is kept in memory, not written over the newer state.
    let switch: HtmlElement = host.query_selector("#lang-switch button").unwrap().expect("switch").unchecked_into();
    switch.click();
    sleep(50).await;
    assert_eq!(storage().get_item(STORAGE_KEY).unwrap().as_deref(), Some(newer));
    storage().remove_item(STORAGE_KEY).unwrap();
    host.remove();
}
