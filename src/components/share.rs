//! Sharing: copy the link, the embed code, and the data: the monthly table as one CSV and its
//! notes as a Frictionless Data descriptor beside it, both named for the scenario; and an embed's
//! footer with its assumptions and the way to the full calculator. Every link is made by
//! `browser::link_to`, so one made in the offline file opens that file.

use leptos::prelude::*;
use view::export;

use crate::browser;
use crate::state::use_state;

/// What the page says when the browser refuses the clipboard.
pub const COPY_REFUSED: &str = "Copying was refused here: select the text and copy it.";

/// Copy link, embed code, and the data with its notes.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let (scenario, report) = (state.scenario, state.report);
    let status = RwSignal::new(String::new());
    let show_embed = RwSignal::new(false);
    let link = move || browser::link_to(&state.query());
    // From the offline file there is no snippet an article could load: a note says so instead.
    let embed = move || export::embed_code(&browser::page_address(), browser::HOSTED_SITE, &state.query(), "Wattsworth: mining bitcoin or hosting AI");
    let snippet = move || embed().script.unwrap_or_default();
    let note = move || embed().note.unwrap_or_default();
    let copy = move |text: String, done: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            status.set(if ok { done.into() } else { COPY_REFUSED.into() });
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
            status.set(format!("Notes downloaded: datapackage.json, for {stem}.csv; keep them in one folder."));
        } else {
            browser::download(&format!("{stem}.csv"), "text/csv", &export::csv(&r, pinned_report.as_ref()));
            status.set(format!("Data downloaded: {stem}.csv."));
        }
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=move |_| copy(link(), "Link copied.")>"Copy link"</button>
            <button type="button" data-testid="embed-this" aria-expanded=move || show_embed.get().to_string()
                aria-controls="embed-code-panel" on:click=move |_| show_embed.update(|v| *v = !*v)>"Embed this"</button>
            <button type="button" data-testid="download-csv" on:click=move |_| data(false)>"Download data (CSV)"</button>
            <button type="button" data-testid="download-notes" on:click=move |_| data(true)
                aria-label="Download the data's notes (datapackage.json): what each column holds and its unit, the inputs, sources, dates and cautions"
                title="What each column holds and its unit, the inputs, sources, dates and cautions (Frictionless Data)">
                "Data notes (JSON)"</button>
            <span role="status" class="share-status" data-testid="share-status">{move || status.get()}</span>
            <div id="embed-code-panel" class="embed-code" class:hidden=move || !show_embed.get()>
                <p class="share-status" data-testid="embed-note" class:hidden=move || note().is_empty()>{note}</p>
                <div class:hidden=move || snippet().is_empty()>
                    <label for="embed-code">"Paste this into your article:"</label>
                    <textarea id="embed-code" data-testid="embed-code" readonly=true rows=4 prop:value=snippet></textarea>
                    <button type="button" on:click=move |_| copy(snippet(), "Embed code copied.")>"Copy embed code"</button>
                </div>
            </div>
        </div>
    }
}

/// An embed's footer: the key assumptions, sources and date, and the way to the full calculator.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let state = use_state();
    let scenario = state.scenario;
    let line = move || { state.locale.track(); scenario.with(export::assumptions) };
    let full = move || browser::link_to(&state.query());
    view! {
        <footer class="embed-foot" data-testid="embed-footer">
            <p>{line}</p>
            <p>"Defaults from dated, cited figures (network data to Jun 2026; deals 2024–25); unsourced values are marked assumptions. "
               <a href=full target="_blank" rel="noopener" data-testid="open-full">"Open the full calculator with this scenario ↗"</a>
               // Where the host's sandbox still blocks new windows, the address can be copied.
               " " <span class="copyable" data-testid="full-link">{full}</span></p>
        </footer>
    }
}
