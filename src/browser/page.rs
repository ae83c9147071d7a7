//! The page itself and where it came from: the build's version and date, the hosted site's
//! address, whether this is the single-file build opened from disk, the build-time first picture,
//! the methodology section, the window's width, the service worker and fetching from the page's
//! own origin.

use leptos::prelude::*;

/// The page's version and build date, shown in the footer and in captions.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub use view::BUILD_DATE;
/// The hosted calculator's address, if the build was given one (`WATTSWORTH_SITE=https://…`):
/// the offline file's embed code points there.
pub const HOSTED_SITE: Option<&str> = option_env!("WATTSWORTH_SITE");

/// Removes the build-time picture shown while the WebAssembly loaded (scripts/steps/first-picture.mjs).
pub fn remove_first_picture() {
    if let Some(picture) = document().get_element_by_id("ww-first-picture") {
        picture.remove();
    }
}

/// The text at `url`, fetched from the page's own origin; `None` if it cannot be had.
pub async fn fetch_text(url: &str) -> Option<String> {
    let request = window().fetch_with_str(url);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request).await.ok()?.into();
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The single-file build's name, written by scripts/post-build.mjs.
pub fn offline_file_name() -> String {
    format!("wattsworth-{VERSION}.html")
}

/// Whether the page was opened from a file (the single-file build).
pub fn from_disk() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// Opens the methodology section.
pub fn open_methodology() {
    if let Some(details) = document().get_element_by_id("methodology") {
        let _ = details.set_attribute("open", "");
    }
}

/// Lets the hosted site work offline after a first visit. Not on file:// (not allowed) and
/// quietly not in sandboxed frames, where registration is refused.
pub fn register_service_worker() {
    if !window().location().protocol().is_ok_and(|p| p.starts_with("http")) {
        return;
    }
    let promise = window().navigator().service_worker().register("sw.js");
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The window's inner width, CSS px.
pub fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0)
}
