//! The colour scheme: a forced theme as an attribute on `<html>`, which the stylesheet and the
//! charts both read, else the reader's system setting.

use leptos::prelude::*;
use view::query::{Theme, View};

/// A forced theme is an attribute on <html> that the stylesheet and the charts both read.
pub fn apply_theme(page: &View) {
    let theme = match page.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    if let Some(root) = document().document_element() {
        if let Some(t) = theme {
            let _ = root.set_attribute("data-theme", t);
        }
        if page.embed {
            let _ = root.class_list().add_1("embed");
        }
        // How an embed looks (style/main.css): the sentence and picture only, no title or footer,
        // the host's background.
        for (on, class) in [(page.still, "embed-static"), (page.plain, "embed-plain"), (page.transparent, "embed-transparent")] {
            if on {
                let _ = root.class_list().add_1(class);
            }
        }
    }
}

/// Whether the page is a transparent embed (`transparent=1`), whose charts leave their
/// background to the host page.
pub fn transparent() -> bool {
    document().document_element().is_some_and(|e| e.class_list().contains("embed-transparent"))
}

/// Whether charts are drawn dark: a forced theme, else the reader's setting.
pub fn prefers_dark() -> bool {
    match document().document_element().and_then(|e| e.get_attribute("data-theme")).as_deref() {
        Some("dark") => return true,
        Some("light") => return false,
        _ => {}
    }
    // The query list is made once (each chart asks at every redraw); `matches` follows the system.
    thread_local! {
        static DARK: Option<web_sys::MediaQueryList> = window().match_media("(prefers-color-scheme: dark)").ok().flatten();
    }
    DARK.with(|m| m.as_ref().is_some_and(web_sys::MediaQueryList::matches))
}
