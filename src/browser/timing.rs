//! Performance marks and measures, which the browser benchmark reads.

use leptos::prelude::*;

/// Sets a performance mark (the browser benchmark reads them).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
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

/// Measures from the last input mark to now, for the browser benchmark.
pub fn mark_redrawn() {
    if let Some(p) = window().performance() {
        if p.get_entries_by_name_with_entry_type("ww-input", "mark").length() > 0 {
            let _ = p.measure_with_start_mark("ww-redraw", "ww-input");
            p.clear_marks_with_mark_name("ww-input");
        }
    }
}
