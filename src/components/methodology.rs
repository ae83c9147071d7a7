//! The methodology, in the page: loaded when first opened, from the single-file build's template
//! or from methodology.part.html.

use leptos::prelude::*;

use crate::browser;

/// The methodology in the page, loaded when first opened: from the single-file build's template
/// if there is one, else from methodology.part.html (precached by the service worker).
#[component]
pub fn Methodology() -> impl IntoView {
    let html = RwSignal::new(None::<String>);
    let language = crate::state::use_state().language;
    let load = move || {
        if html.with_untracked(Option::is_some) {
            return;
        }
        if let Some(t) = document().get_element_by_id("ww-methodology") {
            html.set(Some(t.inner_html()));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = browser::fetch_text("methodology.part.html").await;
            html.set(Some(text.unwrap_or_else(|| {
                "<p>The methodology could not be loaded here; it is docs/methodology.md in the source.</p>".into()
            })));
        });
    };
    // Arriving with #methodology in the address opens it.
    if window().location().hash().is_ok_and(|h| h == "#methodology") {
        request_animation_frame(browser::open_methodology);
    }
    view! {
        <details id="methodology" class="methodology" data-testid="methodology"
            on:toggle=move |ev| {
                if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
                    load()
                }
            }>
            <summary>{crate::state::tr("methodology-summary")}</summary>
            // In another language, the method in a paragraph of its own before the English.
            <p class="methodology-intro" data-testid="methodology-intro" class:hidden=move || language.get() == view::language::Language::En>
                {crate::state::tr("methodology-intro")}</p>
            <div class="prose" inner_html=move || html.get().unwrap_or_else(|| "<p>Loading…</p>".into())></div>
        </details>
    }
}

