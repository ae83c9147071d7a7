//! History and the address: the scenario in the URL (replacing the current entry, or pushing one
//! for an explicit action), the query kept for a reload before the URL caught up (and whether
//! this load was a reload), and the address links to this page start from.

use leptos::prelude::*;
use view::query::Notice;
use view::stored;

use super::storage::{local, session};

/// The page's URL with `query` in place of its own, keeping the path and any `#fragment`.
fn url_with(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") }
}

/// Puts the scenario in the current history entry's URL (replacing, never adding) and in local
/// storage, so a shared link, Back and a later visit all find it. The notice if storage is full.
pub fn remember(query: &str) -> Option<Notice> {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_with(query)));
    }
    stored::remember(&mut local()?, query)
}

/// Adds a history entry for `query`: for explicit actions (a preset), so Back undoes them.
pub fn push(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// Keeps `query` for this tab in case the page is reloaded before the URL caught up with it (the
/// URL is written once the reader settles), tagged with the address it supersedes.
pub fn keep_pending(query: &str) {
    let search = window().location().search().unwrap_or_default();
    if let Some(mut s) = session() {
        stored::keep_pending(&mut s, &search, query);
    }
}

/// The query kept by [`keep_pending`] if this page is a reload of the address it superseded:
/// Navigation Timing's `type` must be `reload`, so a navigation to the same address (a link
/// followed a moment after an edit) shows its own scenario.
pub fn take_pending(search: &str) -> Option<String> {
    stored::take_pending(&mut session()?, search, reloaded())
}

/// Whether this document was loaded by a reload (Navigation Timing Level 2).
fn reloaded() -> bool {
    let Some(performance) = window().performance() else { return false };
    let entry = performance.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("reload")
}

/// The address links to this page start from (its file's name kept when it is the offline file).
pub fn page_address() -> String {
    view::export::page_address(&window().location().href().unwrap_or_default())
}

/// The link to `query` on this page.
pub fn link_to(query: &str) -> String {
    view::export::link_to(&page_address(), query)
}
