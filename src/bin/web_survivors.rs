//! The survivors' benefits checker in the browser (built by scripts/build-web.mjs for wasm32):
//! the shell with this tool's pages only. Natively it only says where to look.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Its messages help while developing; a release build leaves out its code (and the
    // formatting it pulls in). A panic there still surfaces as a page error.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    amparo::ui::start(amparo::ui::Bundle::survivors());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("amparo-survivors-web is the browser build: run ./scripts/run, or use the `amparo` CLI.");
}
