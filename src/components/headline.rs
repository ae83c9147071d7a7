//! The answer, in two parts around the first chart: before it, the verdict, the line of its
//! basis, what its words mean and any caution (`Answer`); after it, how sure the answer is, why
//! miners convert, the other ways to count it, the details, the values and "Copy this sentence"
//! (`AnswerMore`). Every sentence is written by `view::text` from the Report. Also the banner
//! for what a link (or the scenario kept in this browser) asked for and did not get. The compact
//! summary that stands in for the answer among the controls on a narrow screen is in `layout`.

use economics::AiMode;
use leptos::prelude::*;
use view::format::{money, price};
use view::query::Notice;
use view::{export, text};

use crate::browser;
use crate::components::layout::NARROW_MAX;
use crate::components::share::copy_refused;
use crate::state::{held, tr, use_state, Kind};

#[component]
/// What a hand-edited link, or the scenario kept in this browser, asked for that was not used as
/// written.
pub fn NoticeBanner(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class:hidden=move || notices.with(Vec::is_empty)>
            <div class="notice" role="alert" data-testid="url-notice">
                <p><strong>{tr("notices-title")}</strong></p>
                <ul>
                    // At most twenty, then a count: a link with hundreds of junk keys stays readable.
                    {move || notices.with(|all| {
                        let more = all.len().saturating_sub(20);
                        all.iter().take(20).map(|n| n.message.clone())
                            .chain((more > 0).then(|| view::language::tr_with("notices-more", &[("count", view::language::count(more as f64, more.to_string()))])))
                            .map(|m| view! { <li>{m}</li> })
                            .collect_view()
                    })}
                </ul>
                <button type="button" on:click=move |_| notices.set(Vec::new())>{tr("notices-dismiss")}</button>
            </div>
        </div>
    }
}

#[component]
/// The answer before the first chart: the verdict, the line of its basis, what its words mean
/// and any caution in force. Nothing else stands between it and its picture.
pub fn Answer(
    /// Set to whether the verdict is wholly on screen (the compact summary hides then).
    in_view: RwSignal<bool>,
) -> impl IntoView {
    let state = use_state();
    let (report, scenario, locale) = (state.report, state.scenario, state.locale);
    // The analyses the sentences quote run in the background once the reader settles; a
    // sentence quotes one only while it is for the scenario shown.
    Effect::new(move |_| {
        if state.settled.get() {
            state.ask(Kind::BreakEvens);
            state.ask(Kind::Sensitivity);
            state.ask(Kind::Timing);
        }
    });
    // Every sentence reads the locale too, so a change of currency rewrites it.
    // Out of view (a phone's reader dragging a slider below it), the answer waits for the drag to
    // end: the compact summary beside the controls is what follows it.
    let seen = RwSignal::new(true);
    let live = move || !state.dragging.get() || seen.get();
    let verdict = held(live, move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::verdict(s, r)))) });
    let basis = held(live, move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::basis(s, r)))) });
    let terms = held(live, move || scenario.with(text::terms));
    let warnings = held(live, move || {
        locale.track();
        report.with(|r| {
            r.as_ref().map_or_else(Vec::new, |r| scenario.with(|s| r.warnings.iter().map(|w| (w.code.clone(), text::warning(s, r, w))).collect::<Vec<_>>()))
        })
    });
    // Inputs set but not used by this scenario (a tax rate before tax): named, not silent.
    let unused = held(live, move || scenario.with(text::unused_inputs));
    let verdict_node = NodeRef::<leptos::html::P>::new();
    Effect::new(move |_| {
        if let Some(p) = verdict_node.get() {
            browser::watch_fully_in_view(&p, move |seen| in_view.set(seen));
        }
    });
    // A caution that comes or goes above the controls does not move the one in use.
    let section = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if let Some(el) = section.get() {
            let el: web_sys::Element = el.into();
            browser::watch_in_view(&el, move |v| seen.set(v));
            browser::hold_controls_in_place(el, move || state.dragging.get_untracked());
        }
    });
    // A drag's end lets the answer take its own height again (kept at the top of the page while
    // the reader is among the controls, as above).
    Effect::new(move |was: Option<bool>| {
        let now = state.dragging.get();
        if was == Some(true) && !now {
            if let Some(el) = section.get_untracked() {
                let _ = el.style().remove_property("min-height");
            }
        }
        now
    });
    view! {
        <section class="headline" aria-live="polite" data-testid="headline" node_ref=section>
            <p class="verdict" data-testid="verdict" node_ref=verdict_node>{move || verdict.get()}</p>
            <p class="basis" data-testid="basis">{move || basis.get()}</p>
            <details class="terms" data-testid="terms">
                <summary>{crate::state::tr("terms-summary")}</summary>
                <dl>{move || terms.get().into_iter().map(|(term, gloss)| view! { <dt>{term}</dt><dd>{gloss}</dd> }).collect_view()}</dl>
            </details>
            <ul class="warnings" data-testid="warnings" class:hidden=move || warnings.with(Vec::is_empty)>
                // Keyed by place, so a drag that changes a caution's figures rewrites its words in
                // place: a new item would cost the page a style and layout pass on every tick.
                <For each=move || 0..warnings.with(Vec::len) key=|i| *i children=move |i| {
                    let part = move |f: fn(&(String, String)) -> &String| warnings.with(|w| w.get(i).map(|p| f(p).clone()));
                    view! { <li data-code=move || part(|p| &p.0)>{tr("caution")} " " {move || part(|p| &p.1)}</li> }
                } />
            </ul>
            <p class="unused" data-testid="unused" class:hidden=move || unused.with(Option::is_none)>{move || unused.get()}</p>
        </section>
    }
}

#[component]
/// The answer after the first chart: how sure it is, why miners convert, the other ways to count
/// it (each said to be one), a pinned scenario's comparison, the details (per kWh, payback, the
/// loan, the owners' return), both paths' values, and "Copy this sentence" and the pin.
pub fn AnswerMore() -> impl IntoView {
    let state = use_state();
    let (report, scenario, locale) = (state.report, state.scenario, state.locale);
    // Out of view, these wait for the drag to end, as the answer above them does.
    let seen = RwSignal::new(true);
    let live = move || !state.dragging.get() || seen.get();
    // The values, below "why miners convert", are often below the screen as the reader drags on
    // a laptop: they wait for the drag to end unless they are in view.
    let figures_seen = RwSignal::new(true);
    // A paragraph cannot be read while a slider moves: the three long ones (why miners convert,
    // per kWh, the details) wait for the drag to end, greyed and marked busy meanwhile; rewriting
    // them each tick was a third of the page's layout per tick on a laptop. The verdict, the
    // chart and the figures follow every tick.
    let still = move || !state.dragging.get();
    let moving = move || state.dragging.get();
    let figures_live = move || !state.dragging.get() || figures_seen.get();
    let kwh = held(still, move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::per_kwh(s, r)))) });
    let details = held(still, move || {
        locale.track();
        let b = state.fresh(state.breakevens);
        report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::details(s, r, b.as_ref()))))
    });
    // How sure the answer is and whether waiting pays come from background analyses: while a
    // newer run is under way the last sentence stays, greyed and marked busy, so the page does
    // not jump under a dragging finger; it is replaced once the run for the scenario shown ends.
    let sure = move || {
        locale.track();
        state.sensitivity.with(|d| d.as_ref().map(|d| text::how_sure(&d.value.flips, &d.value.bars))).unwrap_or_default()
    };
    let wait = move || {
        locale.track();
        state.timing.with(|d| d.as_ref().map(|d| scenario.with(|s| text::waiting(s, &d.value)))).unwrap_or_default()
    };
    let sure_stale = Memo::new(move |_| !state.is_fresh(state.sensitivity));
    let wait_stale = Memo::new(move |_| !state.is_fresh(state.timing));
    let why = held(still, move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::why_convert(s, r)))).unwrap_or_default() });
    // Read twice (the list, and whether to show it): worked out once a change; while its
    // section is closed, once a drag ends.
    let others_open = RwSignal::new(false);
    let others = held(move || live() && (others_open.get() || !state.dragging.get()), move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::other_views(s, r)))).unwrap_or_default() });
    let compared = held(live, move || {
        locale.track();
        let (Some(p), Some(pr), Some(lr)) = (state.pinned.get(), state.pinned_report.get(), report.get()) else { return Vec::new() };
        scenario.with(|s| text::comparison(&p, &pr, s, &lr, 6))
    });
    let figure = move |usd: fn(&economics::Report, AiMode) -> f64| {
        move || { locale.track(); report.with(|r| r.as_ref().map(|r| usd(r, scenario.with(|s| s.mode)))) }
    };
    let kwh_ai = |r: &economics::Report, mode: AiMode| match mode { AiMode::Lease => r.per_kwh.lease_grid_usd, AiMode::GpuCloud => r.per_kwh.gpu_grid_usd };
    let money_of = move |f: fn(&economics::Report, AiMode) -> f64| { let v = figure(f); let m = held(figures_live, move || v().map(money)); move || m.get() };
    let price_of = move |f: fn(&economics::Report, AiMode) -> f64| { let v = figure(f); let m = held(figures_live, move || v().map(|x| price(x, 3))); move || m.get() };
    let unit = move |u: &'static str| move || { locale.track(); view::format::unit(u) };
    let copied = RwSignal::new(String::new());
    // The sentence as shown, with its basis, its cautions, the key inputs and the link that
    // reproduces it: it stands alone wherever it is pasted.
    let copy = move |_| {
        state.flush();
        let link = untrack(|| browser::link_to(&state.query()));
        let Some(text) = untrack(|| report.with(|r| r.as_ref().map(|r| scenario.with(|s| export::copied(s, r, &link, browser::BUILD_DATE))))) else { return };
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            copied.set(if ok { view::language::tr("copy-done") } else { copy_refused() });
        });
    };
    // Said once, then cleared with the next change, so it never describes an older sentence.
    Effect::new(move |_| {
        scenario.track();
        if !copied.with_untracked(String::is_empty) {
            copied.set(String::new());
        }
    });
    let section = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if let Some(el) = section.get() {
            browser::watch_in_view(&el.into(), move |v| seen.set(v));
        }
    });
    let wide = browser::window_width() > NARROW_MAX;
    let more = NodeRef::<leptos::html::Details>::new();
    let figures = NodeRef::<leptos::html::Dl>::new();
    Effect::new(move |_| {
        if let Some(f) = figures.get() {
            browser::watch_in_view(&f.into(), move |v| figures_seen.set(v));
        }
    });
    // A printed page has the details' figures. It is one sheet (tests/e2e/readers.test.mjs):
    // why miners convert and the other ways to count it are not printed (style/main.css).
    browser::before_print(move || {
        if let Some(d) = more.get_untracked() {
            d.set_open(true);
        }
    });
    view! {
        <section class="answer-more" aria-label="About the answer" data-testid="answer-more" node_ref=section>
            <p class="sure" data-testid="how-sure">
                <span class:stale=sure_stale aria-busy=move || sure_stale.get().to_string() data-testid="how-sure-flips">{sure}</span>
                " "
                <span class:stale=wait_stale aria-busy=move || wait_stale.get().to_string() data-testid="how-sure-when">{wait}</span>
            </p>
            <details class="why" data-testid="why" open=wide>
                <summary>{tr("why-summary")}</summary>
                <p class:waiting=moving aria-busy=move || moving().to_string()>{move || why.get()}</p>
            </details>
            <details class="others" data-testid="other-views" class:hidden=move || others.with(Vec::is_empty)
                on:toggle=move |ev| others_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{tr("others-summary")}</summary>
                <ul>{move || others.get().into_iter().map(|line| view! { <li>{tr("others-another")} " " {line}</li> }).collect_view()}</ul>
            </details>
            <div class="compare" data-testid="compare" class:hidden=move || state.pinned.with(Option::is_none)>
                <ul>{move || compared.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </div>
            // Revenue per kWh, payback, the loan and the dates: open on a wide screen; on a
            // phone one tap away.
            <details class="more-figures" data-testid="more-figures" open=wide node_ref=more>
                <summary>{tr("figures-summary")}</summary>
                <p class="kwh" data-testid="kwh" class:waiting=moving aria-busy=move || moving().to_string()>{move || kwh.get()}</p>
                <p class="details" class:waiting=moving aria-busy=move || moving().to_string()>{move || details.get()}</p>
            </details>
            <dl class="figures" node_ref=figures>
                <div><dt data-testid="npv-mining-label">{move || view::language::tr_with("figures-value-today", &[("path", scenario.with(text::staying).into())])}</dt><dd data-testid="npv-mining">{money_of(|r, _| r.mining.npv_usd)}</dd></div>
                <div><dt>{move || { locale.track(); view::language::tr_with("figures-value-today", &[("path", view::language::tr("key-converting").into())]) }}</dt><dd data-testid="npv-ai">{money_of(|r, _| r.ai.npv_usd)}</dd></div>
                <div><dt>{move || view::language::tr_with("figures-kwh-mining", &[("unit", unit("$/kWh")().into())])}</dt><dd>{price_of(|r, _| r.per_kwh.mining_grid_usd)}</dd></div>
                <div><dt>{move || view::language::tr_with("figures-kwh-ai", &[("unit", unit("$/kWh")().into())])}</dt><dd>{price_of(kwh_ai)}</dd></div>
            </dl>
            <p class="actions">
                <button type="button" data-testid="copy-sentence" on:click=copy>{tr("copy-sentence")}</button>
                <button type="button" data-testid="pin" on:click=move |_| {
                    state.flush();
                    let next = if state.pinned.with_untracked(Option::is_some) { None } else { Some(scenario.get_untracked()) };
                    state.pinned.set(next);
                    state.flush();
                }>{move || { locale.track(); view::language::tr(if state.pinned.with(Option::is_some) { "pin-off" } else { "pin-on" }) }}</button>
                <span role="status" class="share-status" data-testid="copy-status">{move || copied.get()}</span>
                <span class="pin-note" class:hidden=move || state.pinned.with(Option::is_none)>
                    " " {tr("pin-note")}</span>
            </p>
        </section>
    }
}
