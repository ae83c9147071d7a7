//! The printed fact sheet: what a page printed on one A4 or Letter sheet adds to the headline and
//! the two charts it keeps (print CSS in style/main.css): the key inputs with their sources and
//! dates, and the link that reproduces it all. Hidden on screen, so rewritten once a drag ends,
//! not on each of its ticks.

use leptos::prelude::*;
use view::text;

use crate::browser::{self, BUILD_DATE, VERSION};
use crate::state::{held, tr, use_state};

#[component]
pub fn FactSheet() -> impl IntoView {
    let state = use_state();
    // Hidden on screen: rewritten once a drag ends, not on each of its ticks.
    let still = move || !state.dragging.get();
    let rows = held(still, move || {
        state.locale.track();
        state.scenario.with(text::key_inputs)
    });
    let link = held(still, move || browser::link_to(&state.query()));
    view! {
        <section class="fact-sheet print-only" aria-hidden="true">
            <table>
                <thead><tr><th>{tr("sheet-input")}</th><th>{tr("sheet-value")}</th><th>{tr("sheet-source")}</th></tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|[label, value, source]| view! {
                        <tr><td>{label}</td><td>{value}</td><td>{source}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>{tr("sheet-every")} " " <span class="copyable">{move || link.get()}</span></p>
            <p>{text::market_as_of(BUILD_DATE)}</p>
            <p>{move || { state.locale.track(); view::language::tr_with("sheet-made", &[("version", VERSION.into()), ("built", BUILD_DATE.into())]) }}</p>
        </section>
    }
}
