//! The page's clock, and the performance marks and measures the browser benchmark reads.

use leptos::prelude::*;

thread_local! {
    /// The window's `Performance`, fetched once: asking the window for it at every call cost more
    /// than many of the background's steps.
    static PERFORMANCE: Option<web_sys::Performance> = window().performance();
}

/// The page's clock, ms (the date's, where there is no `Performance`).
pub fn now() -> f64 {
    PERFORMANCE.with(|p| p.as_ref().map_or_else(js_sys::Date::now, web_sys::Performance::now))
}

/// Sets a performance mark (the browser benchmark reads them).
pub fn mark(name: &str) {
    PERFORMANCE.with(|p| p.as_ref().map(|p| p.mark(name)));
}

/// Marks the first time something happens (e.g. the first chart drawn after opening).
pub fn mark_once(name: &'static str) {
    // Remembered here: asking the browser for its marks each frame cost a list each time.
    thread_local!(static MARKED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) });
    if MARKED.with_borrow(|m| m.contains(&name)) {
        return;
    }
    MARKED.with_borrow_mut(|m| m.push(name));
    mark(name);
}

thread_local!(static INPUT_MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });

/// Marks an input for the redraw measurement: the first since the last redraw (a drag whose
/// charts are out of view adds one mark, not one a tick).
pub fn mark_input() {
    if !INPUT_MARKED.replace(true) {
        mark("ww-input");
    }
}

/// Measures from the first input not yet answered to now, for the browser benchmark.
pub fn mark_redrawn() {
    if INPUT_MARKED.replace(false) {
        PERFORMANCE.with(|p| {
            if let Some(p) = p {
                let _ = p.measure_with_start_mark("ww-redraw", "ww-input");
                p.clear_marks_with_mark_name("ww-input");
            }
        });
    }
}
