//! Embedding: on the page, "Embed this" with its choices (charts, controls, theme, read-only,
//! static, plain, transparent), the snippets (embed.js, which fits the frame to its content; a
//! plain iframe; and a picture with its sentence, for pages where no script runs) and a live
//! preview; in an embed, its compact answer (the verdict, every caution, the comparison with a
//! pinned scenario) and its footer (the key inputs not shown as controls, the market data's
//! date, where the defaults come from, the way to the full calculator). The snippets and
//! sentences are `view::export`'s and `view::text`'s.

use leptos::prelude::*;
use view::export::{self, Choices};
use view::query::{Controls, Theme};
use view::{text, Chart};

use crate::browser;
use crate::components::share::copy_refused;
use crate::state::{tr, use_state, State};

/// The embed's title, in the snippets and on the frame.
/// The embed's title for a host page (its frame's `title`, the link without scripts).
fn title() -> String {
    format!("Wattsworth: {}", view::language::tr("embed-title"))
}
/// The preview frame's id (its height follows what its page reports).
const PREVIEW: &str = "embed-preview";

/// A chart's name in the list of choices, shorter than its title, in the reader's language.
fn short_name(chart: Chart) -> String {
    view::language::tr(&format!("embed-chart-{}", chart.name()))
}

/// "Embed this": the choices, both snippets for them and the scenario shown, and a preview that
/// follows them (only while `open`, and once the reader settles, so a drag reloads nothing).
#[component]
pub fn EmbedBuilder(
    /// Whether the panel is open.
    open: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    // The embed speaks the page's language if the reader chose one, else each reader's own.
    let choices = RwSignal::new(Choices { lang: state.language_in_links(), ..Choices::default() });
    let status = RwSignal::new(String::new());
    let width = RwSignal::new(String::from("320"));
    browser::fit_frame(PREVIEW);
    // Written while the panel is open: closed, a slider's tick does not rewrite hidden snippets.
    let embed = Memo::new(move |last: Option<&export::Embed>| match last {
        Some(last) if !open.get() => last.clone(),
        _ => {
            let query = choices.with(|c| c.query(&state.query()));
            export::embed_code(&browser::page_address(), browser::HOSTED_SITE, &query, &title())
        }
    });
    let script = move || embed.with(|e| e.script.clone().unwrap_or_default());
    let iframe = move || embed.with(|e| e.iframe.clone().unwrap_or_default());
    let note = move || embed.with(|e| e.note.clone().unwrap_or_default());
    // For a page where no script may run: the sentence, its chart as a picture, its basis and
    // citation; made while the panel is open, once the reader settles.
    let picture = Memo::new(move |last: Option<&String>| match last {
        Some(last) if !open.get() || !state.settled.get() => last.clone(),
        _ if !open.get() => String::new(),
        _ => picture_code(&state),
    });
    let preview = Memo::new(move |last: Option<&Option<String>>| match last {
        Some(last) if !open.get() || !state.settled.get() => last.clone(),
        _ => open.get().then(|| embed.with(|e| e.preview.clone())).flatten(),
    });
    let copy = move |text: String, done: &'static str| {
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            status.set(if ok { view::language::tr(done) } else { copy_refused() });
        });
    };
    let radio = move |(group, id): (&'static str, &'static str), label: &'static str, checked: Memo<bool>, set: Callback<()>, disabled: Signal<bool>| {
        view! {
            <label class="radio">
                <input type="radio" name=group data-testid=format!("{group}-{id}")
                    prop:checked=checked disabled=disabled on:change=move |_| set.run(()) />
                {tr(label)}
            </label>
        }
    };
    let controls = move |id: &'static str, label: &'static str, c: Controls| {
        let locked = Signal::derive(move || choices.with(|x| x.locked || x.still));
        radio(("embed-controls", id), label, Memo::new(move |_| choices.with(|x| x.controls == c)), Callback::new(move |_| choices.update(|x| x.controls = c)), locked)
    };
    let theme = move |id: &'static str, label: &'static str, t: Theme| {
        radio(("embed-theme", id), label, Memo::new(move |_| choices.with(|x| x.theme == t)), Callback::new(move |_| choices.update(|x| x.theme = t)), Signal::derive(|| false))
    };
    let toggle = move |id: &'static str, label: &'static str, get: fn(&Choices) -> bool, set: fn(&mut Choices, bool)| {
        view! {
            <label class="toggle">
                <input type="checkbox" data-testid=id prop:checked=move || choices.with(get)
                    on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|x| set(x, on)) } />
                {tr(label)}
            </label>
        }
    };
    view! {
        <div id="embed-code-panel" class="embed-code" class:hidden=move || !open.get()>
            <p class="share-status" data-testid="embed-note" class:hidden=move || note().is_empty()>{note}</p>
            <div class="embed-choices" class:hidden=move || script().is_empty()>
                <fieldset data-testid="embed-charts">
                    <legend>{tr("embed-charts")}</legend>
                    {Chart::PAGE.into_iter().map(|c| view! {
                        <label class="toggle">
                            <input type="checkbox" data-testid=format!("embed-chart-{}", c.name())
                                prop:checked=move || choices.with(|x| x.charts.contains(&c))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    choices.update(|x| if on { x.charts.push(c) } else { x.charts.retain(|y| *y != c) });
                                } />
                            {move || { state.locale.track(); short_name(c) }}
                        </label>
                    }).collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{tr("embed-controls")}</legend>
                    {controls("none", "embed-controls-none", Controls::None)}
                    {controls("key", "inputs-key", Controls::Key)}
                    {controls("all", "embed-controls-all", Controls::All)}
                </fieldset>
                <fieldset>
                    <legend>{tr("embed-theme")}</legend>
                    {theme("auto", "embed-theme-auto", Theme::Auto)}
                    {theme("light", "embed-theme-light", Theme::Light)}
                    {theme("dark", "embed-theme-dark", Theme::Dark)}
                    <label class="toggle">
                        <input type="checkbox" data-testid="embed-locked" prop:checked=move || choices.with(|x| x.locked)
                            on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|x| x.locked = on) } />
                        {tr("embed-locked")}
                    </label>
                </fieldset>
                <fieldset data-testid="embed-look">
                    <legend>{tr("embed-look")}</legend>
                    {toggle("embed-static", "embed-static", |x| x.still, |x, on| x.still = on)}
                    {toggle("embed-plain", "embed-plain", |x| x.plain, |x, on| x.plain = on)}
                    {toggle("embed-transparent", "embed-transparent", |x| x.transparent, |x, on| x.transparent = on)}
                    <label class="toggle">{tr("page-language")} " "
                        <select class="embed-lang" data-testid="embed-lang" on:change=move |ev| {
                            let tag = event_target_value(&ev);
                            choices.update(|x| x.lang = view::language::Language::from_tag(&tag));
                        }>
                            <option value="" selected=move || choices.with(|x| x.lang.is_none())>{tr("embed-lang-browser")}</option>
                            {view::language::Language::ALL.iter().map(|&l| view! {
                                <option value=l.tag() lang=l.tag() selected=move || choices.with(|x| x.lang == Some(l))>{l.name()}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </fieldset>
            </div>
            <div class:hidden=move || script().is_empty()>
                <label for="embed-code">{tr("embed-paste")}</label>
                <textarea id="embed-code" data-testid="embed-code" readonly=true rows=4 prop:value=script></textarea>
                <button type="button" on:click=move |_| copy(script(), "embed-code-copied")>{tr("embed-copy-code")}</button>
                <label for="embed-iframe">{tr("embed-iframe")}</label>
                <textarea id="embed-iframe" data-testid="embed-iframe" readonly=true rows=3 prop:value=iframe></textarea>
                <button type="button" on:click=move |_| copy(iframe(), "embed-iframe-copied")>{tr("embed-copy-iframe")}</button>
                <label for="embed-picture">{tr("embed-picture")}</label>
                <textarea id="embed-picture" data-testid="embed-picture" readonly=true rows=3 prop:value=move || picture.get()></textarea>
                <button type="button" on:click=move |_| copy(picture.get_untracked(), "embed-picture-copied")>{tr("embed-copy-picture")}</button>
                <span role="status" class="share-status" data-testid="embed-status">{move || status.get()}</span>
            </div>
            {move || preview.get().map(|src| view! {
                <div class="embed-preview">
                    <label for="embed-preview-width">{tr("embed-preview-at")} " "</label>
                    <select id="embed-preview-width" data-testid="embed-preview-width"
                        on:change=move |ev| width.set(event_target_value(&ev))>
                        <option value="320" selected=move || width.with(|w| w == "320")>{tr("embed-preview-phone")}</option>
                        <option value="640" selected=move || width.with(|w| w == "640")>{tr("embed-preview-article")}</option>
                        <option value="full" selected=move || width.with(|w| w == "full")>{tr("embed-preview-full")}</option>
                    </select>
                    // Sized by class: the page's CSP allows no style attributes.
                    <iframe id=PREVIEW data-testid="embed-preview" title="Preview of the embed" src=src
                        class=move || width.with(|w| format!("preview-{w}"))></iframe>
                </div>
            })}
        </div>
    }
}

/// The snippet for a page where no script may run, for the scenario shown: the verdict, its chart
/// drawn as SVG inside it, its basis, the citation and the link (`view::export::picture_snippet`).
fn picture_code(state: &State) -> String {
    use plotters::prelude::*;
    use view::charts::{self, Scale, Theme};
    state.locale.track();
    let link = browser::link_to(&state.query());
    state.report.with(|r| {
        r.as_ref().map(|r| {
            state.scenario.with(|s| {
                let mut svg = String::new();
                {
                    let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
                    if charts::value_today(&area, s, r, &Theme::LIGHT, Scale(1.0)).is_err() || area.present().is_err() {
                        return String::new();
                    }
                }
                let cite = export::citation(browser::VERSION, browser::BUILD_DATE, &browser::today(), &link);
                export::picture_snippet(&text::verdict(s, r), &text::basis(s, r), &svg, &text::describe(Chart::Value, s, r), &link, &cite)
            })
        })
    })
    .unwrap_or_default()
}

/// An embed's answer: the verdict, every caution that qualifies it, and the comparison with a
/// pinned scenario; then the first chart. Nothing else comes between the verdict and the chart
/// (the market data's date is in the footer), so a frame of a fixed height shows both.
#[component]
pub fn EmbedAnswer() -> impl IntoView {
    let state = use_state();
    let (report, scenario, locale) = (state.report, state.scenario, state.locale);
    let verdict = move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::verdict(s, r)))) };
    let basis = move || { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| text::basis(s, r)))) };
    let cautions = Memo::new(move |_| { locale.track(); report.with(|r| r.as_ref().map(|r| scenario.with(|s| export::cautions(s, r)))).unwrap_or_default() });
    let compared = move || {
        locale.track();
        let (Some(p), Some(pr), Some(lr)) = (state.pinned.get(), state.pinned_report.get(), report.get()) else { return Vec::new() };
        scenario.with(|s| text::comparison(&p, &pr, s, &lr, 6))
    };
    view! {
        <section class="headline embed-answer" aria-live="polite" data-testid="headline">
            <p class="verdict" data-testid="verdict">{verdict}</p>
            <p class="basis" data-testid="basis">{basis}</p>
            <ul class="warnings" data-testid="warnings" class:hidden=move || cautions.with(Vec::is_empty)>
                // Keyed by place: a drag rewrites a caution's words in place (as the page's answer does).
                <For each=move || 0..cautions.with(Vec::len) key=|i| *i children=move |i| {
                    view! { <li>{move || cautions.with(|c| c.get(i).cloned())}</li> }
                } />
            </ul>
            <div class="compare" data-testid="compare" class:hidden=move || state.pinned.with(Option::is_none)>
                <ul>{move || compared().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
            </div>
        </section>
    }
}

/// An embed's footer: the key inputs not shown as controls (conversion capex included), the
/// market data's date, where the defaults come from (the years worked out from the data and the
/// deals), and the way to the full calculator.
#[component]
pub fn EmbedFooter(
    /// The keys of the inputs shown as controls above, whose values the footer does not repeat.
    shown: Vec<&'static str>,
) -> impl IntoView {
    let state = use_state();
    let line = Memo::new(move |_| { state.locale.track(); state.scenario.with(|s| export::assumptions_beyond(s, &shown)) });
    let full = move || browser::link_to(&state.query());
    view! {
        <footer class="embed-foot" data-testid="embed-footer">
            <p class:hidden=move || line.with(String::is_empty)>{line}</p>
            <p><span data-testid="market-as-of">{text::market_as_of_brief(browser::BUILD_DATE)}</span> " " {export::sourced_line()} " "
               <a href=full target="_blank" rel="noopener" data-testid="open-full">{tr("embed-open-full")}</a>
               // Where the host's sandbox still blocks new windows, the address can be copied.
               " " <span class="copyable" data-testid="full-link">{full}</span></p>
        </footer>
    }
}
