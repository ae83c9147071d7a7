//! Sharing: copy the link, cite it (the dated citation, shown and copied), "Embed this" (its
//! choices, snippets and preview are in `embed`), and the data: the monthly table as one CSV and
//! its notes as a Frictionless Data descriptor beside it, both named for the scenario. Every link
//! is made by `browser::link_to`, so one made in the offline file opens that file.

use leptos::prelude::*;
use view::export;

use crate::browser;
use crate::components::embed::EmbedBuilder;
use crate::state::{tr, use_state};

/// What the page says when the browser refuses the clipboard.
/// Said when the browser refuses to copy, in the reader's language.
pub fn copy_refused() -> String {
    view::language::tr("share-refused")
}

/// Copy link, embed code, and the data with its notes.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let (scenario, report) = (state.scenario, state.report);
    let status = RwSignal::new(String::new());
    let show_embed = RwSignal::new(false);
    let link = move || browser::link_to(&state.query());
    let copy = move |text: String, done: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            status.set(if ok { view::language::tr(done) } else { copy_refused() });
        });
    };
    // The table and its notes, for the scenario shown (and the pinned one beside it).
    let data = move |notes: bool| {
        state.apply_pending();
        let Some(r) = report.get_untracked() else { return };
        let (pinned, pinned_report) = (state.pinned.get_untracked(), state.pinned_report.get_untracked());
        let query = state.query_untracked();
        let stem = export::file_stem(None, &query);
        if notes {
            let link = browser::link_to(&query);
            let stamp = export::Stamp { link: &link, version: browser::VERSION, built: browser::BUILD_DATE };
            let both = pinned.as_ref().zip(pinned_report.as_ref());
            let text = scenario.with_untracked(|s| export::datapackage(s, &r, both, stamp, &stem));
            browser::download("datapackage.json", "application/json", &text);
            status.set(view::language::tr_with("share-notes-done", &[("file", format!("{stem}.csv").into())]));
        } else {
            browser::download(&format!("{stem}.csv"), "text/csv", &export::csv(&r, pinned_report.as_ref()));
            status.set(view::language::tr_with("share-csv-done", &[("file", format!("{stem}.csv").into())]));
        }
    };
    // The dated citation, shown where it can be selected and copied.
    let citation = RwSignal::new(String::new());
    let cite = move |_| {
        state.apply_pending();
        let text = export::citation(browser::VERSION, browser::BUILD_DATE, &browser::today(), &browser::link_to(&state.query_untracked()));
        citation.set(text.clone());
        copy(text, "share-citation-copied");
    };
    // A citation names one scenario: it goes when the scenario changes.
    Effect::new(move |_| {
        scenario.track();
        if !citation.with_untracked(String::is_empty) {
            citation.set(String::new());
        }
    });
    view! {
        <section class="share" aria-label="Share, embed and download">
            <button type="button" data-testid="copy-link" on:click=move |_| copy(link(), "share-link-copied")>{tr("share-copy-link")}</button>
            <button type="button" data-testid="cite" on:click=cite>{tr("share-cite")}</button>
            <button type="button" data-testid="embed-this" aria-expanded=move || show_embed.get().to_string()
                aria-controls="embed-code-panel" on:click=move |_| show_embed.update(|v| *v = !*v)>{tr("share-embed")}</button>
            <button type="button" data-testid="download-csv" on:click=move |_| data(false)>{tr("share-csv")}</button>
            <button type="button" data-testid="download-notes" on:click=move |_| data(true)
                title=tr("share-notes-title")>
                {tr("share-notes")}</button>
            <span role="status" class="share-status" data-testid="share-status">{move || status.get()}</span>
            <p class="citation copyable" data-testid="citation" class:hidden=move || citation.with(String::is_empty)>{move || citation.get()}</p>
            <EmbedBuilder open=show_embed.into() />
        </section>
    }
}
