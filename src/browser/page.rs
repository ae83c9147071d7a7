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

/// What the reader did on the first screen (`crates/first`) before the app took over from it:
/// the scenario they set, as a query, and the key of the slider in focus.
#[derive(Default)]
pub struct FirstScreen {
    pub query: Option<String>,
    pub focused: Option<String>,
}

/// Removes the build-time picture shown while the WebAssembly loaded
/// (scripts/steps/first-picture.mjs), or the working first screen that replaced it
/// (scripts/steps/first-screen.mjs), and says what the reader did there.
pub fn remove_first_picture() -> FirstScreen {
    let Some(picture) = document().get_element_by_id("ww-first-picture") else { return FirstScreen::default() };
    let focused = document()
        .active_element()
        .filter(|e| picture.contains(Some(e)))
        .and_then(|e| e.closest("[data-key]").ok().flatten())
        .and_then(|e| e.get_attribute("data-key"));
    let query = picture.get_attribute("data-query");
    picture.remove();
    FirstScreen { query, focused }
}

/// Today on the reader's clock, `YYYY-MM-DD`: the day a citation was taken.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Gives the keyboard to the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(e) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
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
