//! The headline: the verdict and the sentences beside it, written by `view::text` from the Report,
//! the named warnings, the key figures; and the banner for what a link (or the scenario kept in
//! this browser) asked for and did not get.

use economics::AiMode;
use leptos::prelude::*;
use view::format::{money, price};
use view::query::Notice;
use view::text;

use crate::state::use_state;

#[component]
/// What a hand-edited link, or the scenario kept in this browser, asked for that was not used as
/// written.
pub fn NoticeBanner(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class:hidden=move || notices.with(Vec::is_empty)>
            <div class="notice" role="alert" data-testid="url-notice">
                <p><strong>"Some values were not used as written:"</strong></p>
                <ul>
                    // At most twenty, then a count: a link with hundreds of junk keys stays readable.
                    {move || notices.with(|all| {
                        let more = all.len().saturating_sub(20);
                        all.iter().take(20).map(|n| n.message.clone())
                            .chain((more > 0).then(|| format!("and {more} more")))
                            .map(|m| view! { <li>{m}</li> })
                            .collect_view()
                    })}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </div>
    }
}

#[component]
/// The answer: the verdict, the per-kWh sentence, payback and IRR, warnings and the key figures;
/// with a pinned scenario, how the figures moved since and what changed.
pub fn Headline() -> impl IntoView {
    let state = use_state();
    let (report, breakevens, scenario, locale) = (state.report, state.breakevens, state.scenario, state.locale);
    // Every sentence reads the locale too, so a change of currency rewrites it.
    let verdict = move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::verdict(s, r)))) };
    let kwh = move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::per_kwh(s, r)))) };
    let details = move || {
        locale.track();
        let b = breakevens.get();
        report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::details(s, r, b.as_ref()))))
    };
    let warnings = move || report.with(|r| r.as_ref().map(|r| r.warnings.clone()).unwrap_or_default());
    let compared = move || {
        locale.track();
        let (Some(p), Some(pr), Some(lr)) = (state.pinned.get(), state.pinned_report.get(), report.get()) else { return Vec::new() };
        scenario.with(|s| text::comparison(&p, &pr, s, &lr, 6))
    };
    let figure = move |usd: fn(&economics::Report, AiMode) -> f64| {
        move || { locale.track(); report.with(|r| r.as_ref().map(|r| usd(r, scenario.with(|s| s.mode)))) }
    };
    let kwh_ai = |r: &economics::Report, mode: AiMode| match mode { AiMode::Lease => r.per_kwh.lease_grid_usd, AiMode::GpuCloud => r.per_kwh.gpu_grid_usd };
    let money_of = move |f: fn(&economics::Report, AiMode) -> f64| { let v = figure(f); move || v().map(money) };
    let price_of = move |f: fn(&economics::Report, AiMode) -> f64| { let v = figure(f); move || v().map(|x| price(x, 3)) };
    let unit = move |u: &'static str| move || { locale.track(); view::format::unit(u) };
    view! {
        <section class="headline" aria-live="polite" data-testid="headline">
            <p class="verdict" data-testid="verdict">{verdict}</p>
            <div class="compare" data-testid="compare" class:hidden=move || state.pinned.with(Option::is_none)>
                <ul>{move || compared().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </div>
            <p class="kwh" data-testid="kwh">{kwh}</p>
            <p class="details">{details}</p>
            <ul class="warnings" data-testid="warnings" class:hidden=move || warnings().is_empty()>
                {move || warnings().into_iter().map(|w| view! { <li data-code=w.code.clone()>"Caution: " {w.message}</li> }).collect_view()}
            </ul>
            <dl class="figures">
                <div><dt>"Mining NPV"</dt><dd data-testid="npv-mining">{money_of(|r, _| r.mining.npv_usd)}</dd></div>
                <div><dt>"AI NPV"</dt><dd data-testid="npv-ai">{money_of(|r, _| r.ai.npv_usd)}</dd></div>
                <div><dt>"Mining " {unit("$/kWh")} " of capacity"</dt><dd>{price_of(|r, _| r.per_kwh.mining_grid_usd)}</dd></div>
                <div><dt>"AI " {unit("$/kWh")} " of capacity"</dt><dd>{price_of(kwh_ai)}</dd></div>
            </dl>
            <p class="pin">
                <button type="button" data-testid="pin" on:click=move |_| {
                    state.flush();
                    let next = if state.pinned.with_untracked(Option::is_some) { None } else { Some(scenario.get_untracked()) };
                    state.pinned.set(next);
                    state.flush();
                }>{move || if state.pinned.with(Option::is_some) { "Unpin the reference" } else { "Pin this scenario to compare" }}</button>
                <span class="pin-note" class:hidden=move || state.pinned.with(Option::is_none)>
                    " Charts show the pinned scenario as a faint dashed line; the link keeps it."</span>
            </p>
        </section>
    }
}
