//! The web entry point (built by Trunk for wasm32). Natively it only says where to look.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    amparo::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("amparo-web is the browser build: run ./scripts/run, or use the `amparo` CLI.");
}
