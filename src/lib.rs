//! Wattsworth's front end: the calculator page (Leptos, client-side) over `economics` (the model)
//! and `view` (charts, formatting, the URL codec, exports, sentences). `main.rs` only calls
//! [`start`], which mounts [`App`]; everything here is the Leptos app and its bridges to the browser.

mod app;
mod background;
mod browser;
mod components;
mod later;
mod state;
mod target;

pub use app::App;

/// Mounts [`App`] in the reader's language: English at once, another once its catalogue is read
/// (preloaded by the page's head, or the single-file build's own copy). Without its text the
/// page is English, and says why.
pub fn start() {
    use view::language::{use_catalogue, Language};
    let language = browser::language::from_address();
    if language == Language::En {
        leptos::mount::mount_to_body(App);
        return;
    }
    // Leptos's executor starts with the mount: before it, the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(text) = browser::language::catalogue(language).await {
            use_catalogue(language, Some(&text));
        }
        leptos::mount::mount_to_body(App);
    });
}
