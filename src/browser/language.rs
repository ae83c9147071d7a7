//! The reader's language: the one a link asks for (`lang=`), else the first of the browser's
//! languages the page speaks, else English; its catalogue, read from the single-file build's
//! copy or fetched from `messages/` when chosen; and `<html lang>`.

use leptos::prelude::*;
use view::language::Language;

/// The language to show for what the link asked (`lang=`), and the tag asked for if the page
/// does not speak it (said in a notice).
pub fn choose(asked: Option<&str>) -> (Language, Option<String>) {
    // An empty `lang=` asks for nothing.
    let asked = asked.filter(|a| !a.trim().is_empty());
    if let Some(l) = asked.and_then(Language::from_tag) {
        return (l, None);
    }
    let browser = window().navigator().languages().iter().filter_map(|v| v.as_string()).find_map(|t| Language::from_tag(&t));
    (browser.unwrap_or(Language::En), asked.map(str::to_string))
}

/// The language for the page's address as it was opened (see [`choose`]).
pub fn from_address() -> Language {
    let search = window().location().search().unwrap_or_default();
    choose(view::query::View::from_query(&search).lang.as_deref()).0
}

/// The locale `language`'s numbers are written in: the browser's own if it is one of the
/// language's (`de-AT` for German), else the language's default (`de-DE`).
pub fn locale_of(language: Language) -> String {
    window().navigator().language().filter(|t| Language::from_tag(t) == Some(language)).unwrap_or_else(|| language.locale().to_string())
}

/// The catalogue's text of `language`: the single-file build's copy, else `messages/<tag>.ftl`
/// (preloaded by the page's head when the link or browser asked for it). `None` for English,
/// which is compiled in, and where it cannot be had.
pub async fn catalogue(language: Language) -> Option<String> {
    let file = language.file()?;
    if let Some(copy) = document().get_element_by_id(&format!("ww-messages-{}", language.tag())) {
        return copy.text_content();
    }
    super::fetch_text(&file).await
}

/// Sets `<html lang>` and `dir` to the language shown.
pub fn mark_document(language: Language) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", language.tag());
        let _ = html.set_attribute("dir", "ltr");
    }
}
