//! The headline: the verdict and the sentences beside it, written by `view::text` from the Report,
//! the named warnings, the key figures; and the banner for what a link asked for and did not get.

use economics::AiMode;
use leptos::prelude::*;
use view::format::money;
use view::query::Notice;
use view::text;

use crate::state::use_state;

#[component]
/// What a hand-edited link asked for that was not used as written.
pub fn NoticeBanner(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class:hidden=move || notices.with(Vec::is_empty)>
            <div class="notice" role="alert" data-testid="url-notice">
                <p><strong>"Some values in this link were not used as written:"</strong></p>
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </div>
    }
}

#[component]
/// The answer: the verdict, the per-kWh sentence, payback and IRR, warnings and the key figures.
pub fn Headline() -> impl IntoView {
    let state = use_state();
    let (report, breakevens, scenario) = (state.report, state.breakevens, state.scenario);
    let verdict = move || report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::verdict(s, r))));
    let kwh = move || report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::per_kwh(s, r))));
    let details = move || {
        let b = breakevens.get();
        report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::details(s, r, b.as_ref()))))
    };
    let warnings = move || report.with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default());
    view! {
        <section class="headline" aria-live="polite" data-testid="headline">
            <p class="verdict" data-testid="verdict">{verdict}</p>
            <p class="kwh" data-testid="kwh">{kwh}</p>
            <p class="details">{details}</p>
            <ul class="warnings" data-testid="warnings" class:hidden=move || warnings().is_empty()>
                {move || warnings().into_iter().map(|w| view! { <li data-code=w.code.clone()>"Caution: " {w.message}</li> }).collect_view()}
            </ul>
            <dl class="figures">
                <div><dt>"Mining NPV"</dt><dd data-testid="npv-mining">{move || report.get().map(|r| money(r.mining.npv_usd))}</dd></div>
                <div><dt>"AI NPV"</dt><dd data-testid="npv-ai">{move || report.get().map(|r| money(r.ai.npv_usd))}</dd></div>
                <div><dt>"Mining $/kWh of capacity"</dt><dd>{move || report.get().map(|r| format!("${:.3}", r.per_kwh.mining_grid_usd))}</dd></div>
                <div><dt>"AI $/kWh of capacity"</dt><dd>{move || report.get().map(|r| format!("${:.3}", match scenario.with(|s| s.mode) { AiMode::Lease => r.per_kwh.lease_grid_usd, AiMode::GpuCloud => r.per_kwh.gpu_grid_usd }))}</dd></div>
            </dl>
        </section>
    }
}

