//! The web entry point (built by Trunk for wasm32). Natively it only says where to look.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The panic hook's messages help while developing; a release build leaves out its code (and
    // the formatting it pulls in). A panic there still surfaces as a page error.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    amparo::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("amparo-web is the browser build: run ./scripts/run, or use the `amparo` CLI.");
}
