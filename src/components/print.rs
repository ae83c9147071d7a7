//! The printed fact sheet: what a page printed on one A4 or Letter sheet adds to the headline and
//! the two charts it keeps (print CSS in style/main.css): the key inputs with their sources and
//! dates, and the link that reproduces it all. Hidden on screen.

use leptos::prelude::*;
use view::text;

use crate::browser::{self, BUILD_DATE, VERSION};
use crate::state::use_state;

#[component]
pub fn FactSheet() -> impl IntoView {
    let state = use_state();
    let rows = move || {
        state.locale.track();
        state.scenario.with(text::key_inputs)
    };
    let link = move || browser::link_to(&state.query());
    view! {
        <section class="fact-sheet print-only" aria-hidden="true">
            <table>
                <thead><tr><th>"Key input"</th><th>"Value"</th><th>"Source and date"</th></tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|[label, value, source]| view! {
                        <tr><td>{label}</td><td>{value}</td><td>{source}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>"Every input, formula and source: " <span class="copyable">{link}</span></p>
            <p>{text::market_as_of(BUILD_DATE)}</p>
            <p>"Wattsworth " {VERSION} " (" {BUILD_DATE} "), an open calculator. Money converted from US dollars where another currency is shown."</p>
        </section>
    }
}
