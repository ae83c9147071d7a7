//! The inputs: presets and the currency (shown near the top of the page); the key inputs, then
//! "More inputs" in collapsible sections laid out from `view::inputs` (a new group or input in
//! the tables appears with no change here), each section saying how many of its inputs differ
//! from the defaults; every number as a slider, a text box that reads pasted numbers, a reset
//! and the source of its default; and the embed's few key inputs.

use economics::params::{Dated, Group, Param, TOGGLES};
use economics::presets::PRESETS;
use economics::{AiMode, Scenario, YearMonth};
use leptos::prelude::*;
use view::format::{self, decimals_for, echo, link_number, number, parse_typed, trimmed, Unread};
use view::{inputs, slider, text};

use crate::browser::{self, open_methodology};
use crate::components::layout::{Summary, NARROW_MAX};
use crate::state::{tr, use_state};

/// Where a reader starts from: the real deals, above the answer (how money is written is among
/// the controls, off the first screen).
#[component]
pub fn Setup() -> impl IntoView {
    view! {
        <section class="setup" data-testid="setup" aria-label=tr("preset-label")>
            <PresetPicker />
        </section>
    }
}

/// Every input: the key ones, then the rest by section, closed on a narrow screen; with
/// `headline_in_view`, the compact summary that stays on screen among them.
#[component]
pub fn AllControls(
    /// Whether the verdict is on screen; given, the compact summary is shown among the controls.
    #[prop(default = None)]
    headline_in_view: Option<Signal<bool>>,
) -> impl IntoView {
    // The business is chosen just before the first input that belongs to one business only.
    let mode_at = inputs::key_params().position(|p| matches!(p.group, Group::Lease | Group::Gpu));
    let open = browser::window_width() > NARROW_MAX;
    view! {
        <section id="controls" class="controls" aria-label=tr("controls-label")>
            {headline_in_view.map(|seen| view! { <Summary headline_in_view=seen /> })}
            <CurrencyPicker />
            <h2 class="inputs-title">{tr("inputs-key")}</h2>
            <div class="key-inputs" data-testid="key-inputs">
                {inputs::key_params().enumerate().map(|(i, p)| view! {
                    {(Some(i) == mode_at).then(|| view! { <ModeSwitch /> })}
                    <Control param=p />
                }).collect_view()}
            </div>
            <h2 class="inputs-title">{tr("inputs-more")}</h2>
            {inputs::sections().into_iter().map(|g| view! { <Section group=g open=open /> }).collect_view()}
        </section>
    }
}

/// One section of "More inputs": its groups' switches and numbers but the key ones, in a
/// disclosure whose summary counts the inputs shown and those that differ from the defaults.
#[component]
fn Section(group: Group, open: bool) -> impl IntoView {
    let state = use_state();
    let counts = state.watch(move |s| inputs::changed(group, s));
    let name = format!("{group:?}").to_ascii_lowercase();
    let body = NodeRef::<leptos::html::Div>::new();
    crate::later::build_into(body, move || view! {
        {(group == Group::Site).then(|| view! { <StartMonth /> })}
        {inputs::members(group).into_iter().map(|g| {
            // Hidden rather than removed: cheaper to keep than to rebuild, and
            // display:none takes them out of the accessibility tree.
            let applies = state.watch(move |s| inputs::group_applies(g, s));
            view! {
                <div class:hidden=move || !applies.get()>
                    <Toggles group=g />
                    {inputs::more_params(group).filter(|p| p.group == g).map(|p| view! { <Control param=p /> }).collect_view()}
                </div>
            }
        }).collect_view()}
    });
    view! {
        <details class="group" open=open data-testid=format!("group-{name}")>
            <summary>
                <span class="group-title">{inputs::title(group)}</span>
                <span class="changed" data-testid=format!("changed-{name}")>{move || { let (n, c) = counts.get(); text::inputs_changed(n, c) }}</span>
            </summary>
            // Its inputs are built once the first screen is painted (crate::later).
            <div class="group-body" node_ref=body></div>
        </details>
    }
}

/// An embed's few key inputs: site, power price, hashprice and the AI rate.
#[component]
pub fn KeyControls() -> impl IntoView {
    view! {
        <section id="controls" class="controls key" aria-label=tr("controls-label")>
            {view::query::KEY_CONTROLS.iter().filter_map(|k| Param::by_key(k)).map(|p| view! { <Control param=p /> }).collect_view()}
        </section>
    }
}

#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = use_state();
    let chosen = RwSignal::new(None::<&'static economics::presets::Preset>);
    view! {
        <div class="presets">
            <label for="preset">{tr("preset-label")}</label>
            <select id="preset" data-testid="preset" on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some(p) = economics::presets::Preset::by_id(&id) {
                    chosen.set(Some(p));
                    state.replace_with(p.scenario());
                }
            }>
                <option value="" disabled=true selected=true>{tr("preset-choose")}</option>
                {PRESETS.iter().map(|p| view! { <option value=p.id>{move || { state.locale.track(); view::language::preset_name(p) }}</option> }).collect_view()}
            </select>
            {move || chosen.get().map(|p| {
                state.locale.track();
                // The deal in a sentence; its sources and what the preset sets a click away, so
                // the answer stays on the first screen.
                let (summary, set) = view::text::preset_note(p);
                view! {
                    <details class="preset-note" data-testid="preset-note">
                        <summary>{summary}</summary>
                        <p>{set}</p>
                    </details>
                }
            })}
        </div>
    }
}

#[component]
pub fn StartMonth() -> impl IntoView {
    let state = use_state();
    let scenario = state.scenario;
    let error = RwSignal::new(String::new());
    view! {
        <div class="control">
            <label for="start">{tr("start-label")}</label>
            <input id="start" type="month" min=YearMonth::MIN.to_string() max=YearMonth::MAX.to_string()
                prop:value={ let start = state.watch(|s| s.site.start); move || start.get().to_string() }
                on:change=move |ev| {
                    let earliest = scenario.with_untracked(Dated::latest);
                    match YearMonth::parse(&event_target_value(&ev)).filter(|ym| ym.is_valid()) {
                        Some(ym) if ym < earliest => {
                            error.set(view::language::tr_with("start-before-data", &[("earliest", format::month(earliest).into())]));
                            state.change(|s| s.site.start = earliest);
                        }
                        Some(ym) => { error.set(String::new()); state.change(|s| s.site.start = ym) }
                        None => error.set(view::language::tr_with("start-choose", &[("earliest", format::month(earliest).into()), ("latest", format::month(YearMonth::MAX).into())])),
                    }
                } />
            <p class="error" role="status">{move || error.get()}</p>
        </div>
    }
}

#[component]
pub fn ModeSwitch() -> impl IntoView {
    let state = use_state();
    let option = move |mode: AiMode, label: &'static str, id: &'static str| {
        let label = move || { state.locale.track(); format::unit(&view::language::tr(label)) };
        view! {
            <label class="radio">
                <input type="radio" name="mode" id=id data-testid=id
                    prop:checked=state.watch(move |s| s.mode == mode)
                    on:change=move |_| { state.change(|s| s.mode = mode) } />
                {label}
            </label>
        }
    };
    view! {
        <div class="mode" role="radiogroup" aria-label=tr("compare-business")>
            {option(AiMode::Lease, "mode-lease", "mode-lease")}
            {option(AiMode::GpuCloud, "mode-cloud", "mode-gpu")}
        </div>
    }
}

/// The switches of one group, each with its source or assumption.
#[component]
pub fn Toggles(group: Group) -> impl IntoView {
    let state = use_state();
    TOGGLES
        .iter()
        .filter(move |t| t.group == group)
        .map(|t| view! {
            <div class="toggle-row">
                <label class="toggle">
                    <input type="checkbox" data-testid=format!("toggle-{}", t.key)
                        prop:checked=state.watch(t.get)
                        on:change=move |ev| { let on = event_target_checked(&ev); state.change(|s| (t.set)(s, on)) } />
                    {move || { state.locale.track(); view::language::toggle_label(t) }}
                </label>
                <details class="source"><summary>{tr("input-assumption")}</summary><p>{t.cite.line()} "."</p></details>
            </div>
        })
        .collect_view()
}

/// One input: slider, text box that accepts pasted numbers, reset, and the default's source.
/// Money inputs are shown and typed in the reader's currency; the scenario keeps US dollars.
#[component]
pub fn Control(param: &'static Param) -> impl IntoView {
    let state = use_state();
    let locale = state.locale;
    let p = param;
    let money = format::is_money(p.unit);
    // Shown in, and typed in, the reader's currency: converted here and nowhere else, and kept
    // at the precision shown (at least `places` decimals), so a link carries `0.05814`, not
    // `0.05813953488372093`.
    let shown = move |usd: f64| if money { format::to_local(usd) } else { usd };
    let places = move |local: f64| decimals_for(local, p.decimals() + 2);
    let taken_at = move |local: f64, at: usize| if money { format::from_local_rounded(local, at) } else { local };
    let taken = move |local: f64| taken_at(local, places(local));
    // A memo per control: a tick elsewhere re-runs this comparison, not this control's DOM.
    let value = state.watch(move |s| (p.get)(s));
    let value = move || value.get();
    let default = (p.get)(&Scenario::default());
    let error = RwSignal::new(String::new());
    let set = move |v: f64| state.change(|s| (p.set)(s, v));
    // A finger that lands on a slider's track moves the thumb there at once; if it then swipes
    // up or down, the browser scrolls the page and cancels the pointer, and the value it had is
    // put back: scrolling past a slider never changes it.
    let touched = StoredValue::new(None::<f64>);
    let range_id = format!("in-{}", p.key);
    let unit = move || { locale.track(); format::unit(&view::language::unit(p)) };
    let label = move || { locale.track(); view::language::label(p) };
    let cite = p.cite;
    let source = format!("{}.", cite.line());
    let source_kind = tr(if cite.is_assumption() { "input-assumption" } else { "input-source" });
    let applies = state.watch(move |s| p.applies(s));
    // Two decimals finer than the step (more where that would show a value in use as 0), trailing
    // zeros trimmed: a typed 1,234.5 MW reads back as typed, and a converted amount shows what
    // is used.
    let local = move |usd: f64| { locale.track(); let x = shown(usd); trimmed(x, places(x)) };
    view! {
        <div class="control" data-key=p.key class:hidden=move || !applies.get()>
            <label for=range_id.clone()>{label}
                {(!p.unit.is_empty()).then(|| view! { " " <span class="unit">"(" {unit} ")"</span> })}
                {Dated::of_param(p.key).map(|d| { let date = state.watch(d.get); view! { " " <span class="as-of" data-testid=format!("as-of-{}", p.key)>
                    {move || { locale.track(); view::language::tr_with("input-as-of", &[("date", format::month(date.get()).into())]) }}</span> } })}
            </label>
            <div class="inputs">
                // The track holds a position (view::slider), not the value: wide ranges are
                // spread so the default sits mid-track; keys move by round steps.
                <input type="range" id=range_id data-testid=format!("range-{}", p.key)
                    min=0 max=slider::TRACK step=1
                    prop:value=move || { locale.track(); slider::position(&format::local_param(p), shown(value())).round().to_string() }
                    aria-valuetext=move || locale.with(|l| slider::spoken(&format::local_param(p), shown(value()), if money { l.currency.spoken } else { "dollars" }))
                    on:pointerdown=move |ev| touched.set_value((ev.pointer_type() == "touch").then(value))
                    on:pointerup=move |_| touched.set_value(None)
                    on:pointercancel=move |_| {
                        if let Some(before) = touched.try_update_value(Option::take).flatten() {
                            state.apply_pending();
                            set(before);
                        }
                    }
                    on:input=move |ev| {
                        if let Some(position) = link_number(&event_target_value(&ev)).filter(|x| x.is_finite()) {
                            error.set(String::new());
                            // Round in the reader's currency, kept in dollars.
                            let v = taken(slider::value_at(&format::local_param(p), position));
                            state.slide(p, p.clamp(v).unwrap_or(p.default));
                        }
                    }
                    on:keydown=move |ev| {
                        let (lp, now) = (format::local_param(p), shown(value()));
                        let next = match ev.key().as_str() {
                            "ArrowRight" | "ArrowUp" => taken(slider::nudge(&lp, now, 1, false)),
                            "ArrowLeft" | "ArrowDown" => taken(slider::nudge(&lp, now, -1, false)),
                            "PageUp" => taken(slider::nudge(&lp, now, 1, true)),
                            "PageDown" => taken(slider::nudge(&lp, now, -1, true)),
                            "Home" => slider::limit(p, false),
                            "End" => slider::limit(p, true),
                            _ => return,
                        };
                        let next = p.clamp(next).unwrap_or(p.default);
                        // A key press is one deliberate step: applied at once, not per frame.
                        ev.prevent_default();
                        error.set(String::new());
                        state.apply_pending();
                        set(next);
                    } />
                <input type="text" inputmode="decimal" class="num" aria-label=move || if p.unit.is_empty() { view::language::tr_with("input-typed", &[("label", label().into())]) } else { view::language::tr_with("input-typed-unit", &[("label", label().into()), ("unit", unit().into())]) }
                    aria-invalid=move || (!error.with(String::is_empty)).to_string()
                    aria-describedby=format!("error-{}", p.key)
                    data-testid=format!("text-{}", p.key)
                    prop:value=move || local(value())
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        let now = || format!("{} {}", local(value()), unit());
                        // After a rejection or a correction the box shows the value in use, and
                        // the message beside it says why (quoting at most 40 characters).
                        let used = match parse_typed(&typed) {
                            Err(Unread::Separators) => {
                                let l = format::locale();
                                error.set(view::language::tr_with("typed-unread-separators", &[("typed", echo(&typed).into()),
                                    ("example", number(1234.5, 1).into()), ("locale", l.tag.clone().into()), ("now", now().into())]));
                                None
                            }
                            Err(Unread::NotANumber) => {
                                error.set(view::language::tr_with("typed-unread", &[("typed", echo(&typed).into()), ("now", now().into())]));
                                None
                            }
                            Ok(typed_local) => {
                                // At least as many places as were typed: nothing typed is lost.
                                let v = taken_at(typed_local, places(typed_local).max(format::typed_places(&typed)));
                                let used = p.nearest_accepted(v).unwrap_or(p.min);
                                error.set(format::typed_note(&typed, p, v, used, &unit(), local));
                                set(used);
                                Some(used)
                            }
                        };
                        // The box always ends showing the value in use, written the locale's way.
                        event_target::<web_sys::HtmlInputElement>(&ev).set_value(&local(used.unwrap_or_else(value)));
                    } />
                <button type="button" class="reset" aria-label=move || { locale.track(); view::language::tr_with("input-reset", &[("label", view::language::label(p).into())]) }
                    title=tr("input-reset-title") on:click=move |_| { error.set(String::new()); set(default) }>"↺"</button>
            </div>
            <details class="source">
                <summary>{source_kind}</summary>
                <p>{source} " " {move || view::language::tr_with("input-default", &[("value", local(default).into()), ("unit", unit().into())])} " "
                    <a href="#methodology" on:click=move |_| { state.flush(); open_methodology() }>{tr("input-methodology")}</a></p>
            </details>
            <p class="error" role="status" id=format!("error-{}", p.key) data-testid=format!("error-{}", p.key)>{move || error.get()}</p>
        </div>
    }
}

/// The currency money is shown in and its rate per US dollar (a dated assumption, or the
/// reader's own). The model keeps working in US dollars.
#[component]
pub fn CurrencyPicker() -> impl IntoView {
    let state = use_state();
    let locale = state.locale;
    let error = RwSignal::new(String::new());
    let choose = move |code: &str, rate: Option<f64>| {
        let Some(c) = format::Currency::by_code(code) else { return };
        let tag = locale.with_untracked(|l| l.tag.clone());
        state.set_locale(crate::browser::reader_locale(Some(&tag), c, rate.unwrap_or(c.per_usd)).0);
        state.flush();
    };
    view! {
        <div class="currency control">
            <label for="currency">{tr("currency-label")}</label>
            <div class="inputs">
                <select id="currency" data-testid="currency" on:change=move |ev| { error.set(String::new()); choose(&event_target_value(&ev), None) }>
                    {format::CURRENCIES.iter().map(|c| view! {
                        <option value=c.code selected=move || locale.with(|l| l.currency.code == c.code)>{c.code}</option>
                    }).collect_view()}
                </select>
                <input type="text" inputmode="decimal" class="num" data-testid="fx" aria-label=tr("fx-label")
                    disabled=move || locale.with(|l| l.currency.code == "USD")
                    prop:value=move || locale.with(|l| trimmed(l.per_usd, 4))
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        match parse_typed(&typed).ok().filter(|v| view::query::PER_USD.contains(v)) {
                            Some(rate) => { error.set(String::new()); choose(locale.with_untracked(|l| l.currency.code), Some(rate)) }
                            None => {
                                error.set(view::language::tr_with("fx-unread", &[("typed", echo(&typed).into()),
                                    ("low", number(*view::query::PER_USD.start(), 4).into()), ("high", number(*view::query::PER_USD.end(), 0).into())]));
                                event_target::<web_sys::HtmlInputElement>(&ev).set_value(&locale.with_untracked(|l| trimmed(l.per_usd, 4)));
                            }
                        }
                    } />
                <span class="unit">" " {tr("currency-per-usd")}</span>
            </div>
            <p class="as-of" class:hidden=move || locale.with(|l| l.currency.code == "USD")>
                {move || locale.with(|l| if l.per_usd == l.currency.per_usd {
                    format!("{} ({}). The model works in US dollars.", format::RATES_NOTE, format::RATES_AS_OF)
                } else {
                    "Your rate. The model works in US dollars; money is converted only for display.".to_string()
                })}
            </p>
            <p class="error" role="status" data-testid="error-fx">{move || error.get()}</p>
        </div>
    }
}

