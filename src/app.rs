//! The page: controls grouped as the issue asks, the live headline, six charts with takeaways and
//! data tables, and the bridges to the browser (URL, storage, canvas, performance marks).

use economics::analysis::{self, BreakEven, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::{self, MonteCarlo};
use economics::params::{Dated, Group, Param, Toggle, PARAMS, TOGGLES};
use economics::presets::{Origin, PRESETS};
use economics::{AiMode, Report, Scenario, YearMonth};
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::charts::{self, ChartData, Scale, Theme};
use crate::embed::{self, Controls as ShownControls, View};
use crate::format::{money, multiple, number, parse_number, trimmed};
use crate::headline;
use crate::url_state::{self, Notice};

/// Monte Carlo paths once the reader lets go, and while they drag (so every chart keeps up with
/// the pointer; the fan is refined a moment after the last input).
const REST_PATHS: usize = charts::FAN_PATHS;
const DRAG_PATHS: usize = 250;
/// How long after the last input the page counts as settled.
const SETTLE_MS: u64 = 250;
const STORAGE_KEY: &str = "wattsworth:last-scenario";

#[component]
pub fn App() -> impl IntoView {
    let query = window().location().search().unwrap_or_default();
    let page = View::from_query(&query);
    if !page.embed {
        register_service_worker();
    }
    apply_theme(&page);
    let (initial, initial_notices) = initial_scenario(&query, page.embed);
    let scenario = RwSignal::new(initial);
    let interaction = Interaction { settled: RwSignal::new(true), generation: StoredValue::new(0) };
    INTERACTION.with(|i| i.set(Some(interaction)));
    let notices = RwSignal::new(initial_notices);
    let report = Memo::new(move |_| scenario.with(|s| economics::compute(s).ok()));
    let tornado = Memo::new(move |_| scenario.with(|s| analysis::tornado(s).ok()));
    let frontier = Memo::new(move |_| scenario.with(|s| analysis::frontier(s, charts::FRONTIER_CELLS, charts::FRONTIER_CELLS).ok()));
    let fan = Memo::new(move |_| {
        let paths = if interaction.settled.get() { REST_PATHS } else { DRAG_PATHS };
        scenario.with(|s| monte_carlo::simulate(s, paths, charts::FAN_SEED).ok())
    });
    let breakevens = Memo::new(move |_| scenario.with(|s| analysis::break_evens(s).ok()));
    let width = RwSignal::new(window_width());
    let _ = window_event_listener(leptos::ev::resize, move |_| width.set(window_width()));

    // The URL and storage are written once the reader settles: browsers throttle
    // history.replaceState, and a write per slider tick cost more than drawing a chart.
    let embed = page.embed;
    Effect::new(move |_| {
        if interaction.settled.get() && !embed {
            let query = scenario.with(url_state::encode);
            remember(&query);
        }
    });
    // A reader who leaves mid-drag still finds their last value when they come back.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        if !embed {
            remember(&scenario.with_untracked(url_state::encode));
        }
    });
    if embed {
        report_height(page.pym_id.clone());
    }

    let canvases: [NodeRef<leptos::html::Canvas>; 6] = Default::default();
    // CSS sizes of the canvases, read only when the window changes size: reading layout on every
    // tick would force the browser to lay the page out again mid-update.
    let sizes = Memo::new(move |_| {
        width.track();
        canvases.each_ref().map(|c| c.get().map_or((0, 0), |c| (c.client_width().max(1), c.client_height().max(1))))
    });
    let svg_status = RwSignal::new(String::new());
    let export = Callback::new(move |(i, svg): (usize, bool)| {
        if svg {
            export_svg(i, scenario.with_untracked(url_state::encode), svg_status);
            return;
        }
        let (Some(r), s) = (report.get_untracked(), scenario.get_untracked()) else { return };
        let (t, f, mc) = (tornado.get_untracked(), frontier.get_untracked(), fan.get_untracked());
        export_png(i, &ChartData { s: &s, r: &r, t: t.as_deref(), f: f.as_ref(), mc: mc.as_ref() });
    });
    let shown = page.charts;
    Effect::new(move |_| {
        let sizes = sizes.get();
        // Only the analyses of charts on the page are computed.
        let Some(r) = report.get() else { return };
        let t = if shown[3] { tornado.get() } else { None };
        let f = if shown[4] { frontier.get() } else { None };
        let mc = if shown[5] { fan.get() } else { None };
        let s = scenario.get_untracked();
        let data = ChartData { s: &s, r: &r, t: t.as_deref(), f: f.as_ref(), mc: mc.as_ref() };
        draw_all(&canvases, &sizes, &data);
        mark_once("ww-first-chart");
        // Measured after the DOM updates already queued for this input have run too.
        queue_microtask(mark_redrawn);
    });

    view! {
        <a class="skip" href="#controls">"Skip to the controls"</a>
        <header class="top">
            <h1>{if page.embed { "Mining bitcoin or hosting AI: what is this megawatt worth?" } else { "Wattsworth" }}</h1>
            <p class="lede">"What is a megawatt worth: mining bitcoin, or hosting AI?"</p>
        </header>
        <NoticeBanner notices=notices />
        <Headline report=report breakevens=breakevens scenario=scenario />
        {(!page.embed).then(|| view! { <ShareBar scenario=scenario report=report /> })}
        <main class="layout">
            {(page.controls == ShownControls::All).then(|| view! { <AllControls scenario=scenario /> })}
            {(page.controls == ShownControls::Key).then(|| view! { <KeyControls scenario=scenario /> })}
            <section class="charts" aria-label="Charts">
                <p role="status" class="share-status" class:hidden=move || svg_status.with(String::is_empty)>{move || svg_status.get()}</p>
                {shown[0].then(|| view! { <ChartFigure index=0 canvas=canvases[0] export=export title=charts::TITLES[0]
                    takeaway=Signal::derive(move || report.get().map(|r| headline::cumulative_cash(&r)).unwrap_or_default())
                    table=Signal::derive(move || report.get().map(|r| table_cumulative(&r)).unwrap_or_default()) /> })}
                {shown[1].then(|| view! { <ChartFigure index=1 canvas=canvases[1] export=export title=charts::TITLES[1]
                    takeaway=Signal::derive(move || report.get().map(|r| takeaway_annual(&r, scenario.with(|s| s.site.grid_mw))).unwrap_or_default())
                    table=Signal::derive(move || report.get().map(|r| table_annual(&r, scenario.with(|s| s.site.grid_mw))).unwrap_or_default()) /> })}
                {shown[2].then(|| view! { <ChartFigure index=2 canvas=canvases[2] export=export title=charts::TITLES[2]
                    takeaway=Signal::derive(move || report.get().map(|r| takeaway_per_kwh(&r)).unwrap_or_default())
                    table=Signal::derive(move || report.get().map(|r| table_per_kwh(&r)).unwrap_or_default()) /> })}
                {shown[3].then(|| view! { <ChartFigure index=3 canvas=canvases[3] export=export title=charts::TITLES[3]
                    takeaway=Signal::derive(move || tornado.get().map(|t| takeaway_tornado(&t)).unwrap_or_default())
                    table=Signal::derive(move || tornado.get().map(|t| table_tornado(&t)).unwrap_or_default()) /> })}
                {shown[4].then(|| view! { <ChartFigure index=4 canvas=canvases[4] export=export title=charts::TITLES[4]
                    takeaway=Signal::derive(move || breakevens.get().map(|b| takeaway_frontier(&b, scenario.with(|s| s.mode))).unwrap_or_default())
                    table=Signal::derive(move || frontier.get().map(|f| table_frontier(&f)).unwrap_or_default()) /> })}
                {shown[5].then(|| view! { <ChartFigure index=5 canvas=canvases[5] export=export title=charts::TITLES[5]
                    takeaway=Signal::derive(move || fan.get().map(|m| takeaway_fan(&m)).unwrap_or_default())
                    table=Signal::derive(move || fan.get().map(|m| table_fan(&m)).unwrap_or_default()) /> })}
            </section>
        </main>
        {(!page.embed).then(|| view! { <Methodology /> })}
        {page.embed.then(|| view! { <EmbedFooter scenario=scenario /> })}
        <footer class="foot" class:hidden=page.embed>
            <p>
                "Figures trace to dated, cited sources or are marked as assumptions. "
                <a href="#methodology" on:click=|_| open_methodology()>"Methodology, formulas and sources"</a>
                ". Runs entirely in your browser: nothing is sent anywhere."
            </p>
            <p data-testid="version">"Wattsworth " {VERSION} ", built " {BUILD_DATE} "."
                <span class:hidden=from_disk()>
                    " " <a href=offline_file_name() download=offline_file_name() data-testid="offline-download">
                        "Download for offline use"</a>
                    " (one HTML file, works without a network)."
                </span>
            </p>
        </footer>
    }
}

const VERSION: &str = env!("CARGO_PKG_VERSION");
const BUILD_DATE: &str = env!("WATTSWORTH_BUILD_DATE");

/// The single-file build's name, written by scripts/post-build.mjs.
fn offline_file_name() -> String {
    format!("wattsworth-{VERSION}.html")
}

fn from_disk() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

fn open_methodology() {
    if let Some(details) = document().get_element_by_id("methodology") {
        let _ = details.set_attribute("open", "");
    }
}

/// The methodology in the page, loaded when first opened: from the single-file build's template
/// if there is one, else from methodology.part.html (precached by the service worker).
#[component]
fn Methodology() -> impl IntoView {
    let html = RwSignal::new(None::<String>);
    let load = move || {
        if html.with_untracked(Option::is_some) {
            return;
        }
        if let Some(t) = document().get_element_by_id("ww-methodology") {
            html.set(Some(t.inner_html()));
            return;
        }
        let request = window().fetch_with_str("methodology.part.html");
        leptos::task::spawn_local(async move {
            let text = async {
                let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request).await.ok()?.into();
                if !response.ok() {
                    return None;
                }
                wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
            };
            html.set(Some(text.await.unwrap_or_else(|| {
                "<p>The methodology could not be loaded here; it is docs/methodology.md in the source.</p>".into()
            })));
        });
    };
    // Arriving with #methodology in the address opens it.
    if window().location().hash().is_ok_and(|h| h == "#methodology") {
        request_animation_frame(open_methodology);
    }
    view! {
        <details id="methodology" class="methodology" data-testid="methodology"
            on:toggle=move |ev| {
                if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
                    load()
                }
            }>
            <summary>"Methodology: formulas, units, sources, what is not modelled"</summary>
            <div class="prose" inner_html=move || html.get().unwrap_or_else(|| "<p>Loading…</p>".into())></div>
        </details>
    }
}

/// Tells the host page our height on every layout change, in our own message format and in the
/// Pym.js and AMP `embed-size` formats, so hosts that use those need no code of ours.
fn report_height(pym_id: Option<String>) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Ok(Some(parent)) = window().parent() else { return };
    let send = move || {
        let Some(root) = document().document_element() else { return };
        let height = root.get_bounding_client_rect().height().ceil();
        let own = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&own, &"type".into(), &"wattsworth:height".into());
        let _ = js_sys::Reflect::set(&own, &"height".into(), &height.into());
        let _ = parent.post_message(&own, "*");
        let amp = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
        let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
        let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
        let _ = parent.post_message(&amp, "*");
        if let Some(id) = &pym_id {
            let pym = JsValue::from(format!("pymxPYMx{id}xPYMxheightxPYMx{height}"));
            let _ = parent.post_message(&pym, "*");
        }
    };
    let callback = Closure::<dyn FnMut()>::new(send);
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Lets the hosted site work offline after a first visit. Not on file:// (not allowed) and
/// quietly not in sandboxed frames, where registration is refused.
fn register_service_worker() {
    if !window().location().protocol().is_ok_and(|p| p.starts_with("http")) {
        return;
    }
    let promise = window().navigator().service_worker().register("sw.js");
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The scenario from the URL if it has one, else the last one remembered, else the defaults.
/// An embed shows exactly its link's scenario; the full page falls back to the reader's last one.
fn initial_scenario(query: &str, embed: bool) -> (Scenario, Vec<Notice>) {
    if !embed && query.trim_start_matches('?').is_empty() {
        if let Some(saved) = recall() {
            let (s, _) = url_state::decode(&saved);
            return (s, Vec::new());
        }
    }
    url_state::decode(query)
}

fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0)
}

fn storage() -> Option<web_sys::Storage> {
    // Sandboxed frames throw on access; treat that like no storage at all.
    window().local_storage().ok().flatten()
}

fn recall() -> Option<String> {
    storage()?.get_item(STORAGE_KEY).ok().flatten()
}

/// Puts the scenario in the URL (replacing, never pushing, history) and in local storage.
fn remember(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, query);
    }
}

thread_local! {
    // One page, one reader: handlers reach the interaction state without threading it through
    // every component (event handlers run outside the component's reactive owner).
    static INTERACTION: std::cell::Cell<Option<Interaction>> = const { std::cell::Cell::new(None) };
}

/// Whether the reader is in the middle of changing something.
#[derive(Clone, Copy)]
struct Interaction {
    settled: RwSignal<bool>,
    generation: StoredValue<u64>,
}

/// Called by every input before it changes the scenario: marks the time for the redraw
/// measurement and keeps the page "unsettled" until inputs stop for [`SETTLE_MS`].
fn mark_input() {
    if let Some(p) = window().performance() {
        let _ = p.mark("ww-input");
    }
    if let Some(i) = INTERACTION.with(|i| i.get()) {
        let generation = i.generation.get_value() + 1;
        i.generation.set_value(generation);
        if i.settled.get_untracked() {
            i.settled.set(false);
        }
        set_timeout(
            move || {
                if i.generation.get_value() == generation {
                    i.settled.set(true);
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
    }
}

/// Marks the first time something happens (e.g. the first chart drawn after opening).
fn mark_once(name: &str) {
    if let Some(p) = window().performance() {
        if p.get_entries_by_name(name).length() == 0 {
            let _ = p.mark(name);
        }
    }
}

fn mark_redrawn() {
    if let Some(p) = window().performance() {
        if p.get_entries_by_name_with_entry_type("ww-input", "mark").length() > 0 {
            let _ = p.measure_with_start_mark("ww-redraw", "ww-input");
            p.clear_marks_with_mark_name("ww-input");
        }
    }
}

/// A forced theme is an attribute on <html> that the stylesheet and the charts both read.
fn apply_theme(page: &View) {
    let theme = match page.theme {
        embed::Theme::Auto => None,
        embed::Theme::Light => Some("light"),
        embed::Theme::Dark => Some("dark"),
    };
    if let Some(root) = document().document_element() {
        if let Some(t) = theme {
            let _ = root.set_attribute("data-theme", t);
        }
        if page.embed {
            let _ = root.class_list().add_1("embed");
        }
    }
}

fn prefers_dark() -> bool {
    match document().document_element().and_then(|e| e.get_attribute("data-theme")).as_deref() {
        Some("dark") => return true,
        Some("light") => return false,
        _ => {}
    }
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn draw_all(canvases: &[NodeRef<leptos::html::Canvas>; 6], sizes: &[(i32, i32); 6], data: &ChartData) {
    let theme = if prefers_dark() { Theme::DARK } else { Theme::LIGHT };
    let dpr = window().device_pixel_ratio().max(1.0);
    for (i, node) in canvases.iter().enumerate() {
        let Some(canvas) = node.get_untracked() else { continue };
        let (w, h) = ((sizes[i].0 as f64 * dpr).round() as u32, (sizes[i].1 as f64 * dpr).round() as u32);
        // Resizing reallocates (and clears) the backing store: only do it when the size changed.
        if canvas.width() != w || canvas.height() != h {
            canvas.set_width(w);
            canvas.set_height(h);
        }
        let Some(backend) = CanvasBackend::with_canvas_object(canvas) else { continue };
        let area = backend.into_drawing_area();
        if charts::draw(i, &area, data, &theme, Scale(dpr)).unwrap_or(false) {
            let _ = area.present();
        }
    }
}

/// Chart `i` as a 1920 × 1200 PNG (twice the 960 × 600 export layout) with its title and
/// caption, handed to the browser as a download.
fn export_png(i: usize, d: &ChartData) {
    use wasm_bindgen::JsCast;
    let Some(canvas) = document().create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else {
        return;
    };
    canvas.set_width(1920);
    canvas.set_height(1200);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else { return };
    let area = backend.into_drawing_area();
    if charts::with_caption(&area, i, d, &crate::export::caption(d.s), Scale(2.0)).is_err() {
        return;
    }
    let _ = area.present();
    if let Ok(url) = canvas.to_data_url() {
        download_url(&format!("wattsworth-{}.png", crate::embed::CHART_NAMES[i]), &url);
    }
}

/// Chart `i` as SVG. The SVG drawing lives in the API module (api/), which svg-export.js imports
/// only when a reader asks: the page's own wasm carries no SVG backend.
fn export_svg(i: usize, query: String, status: RwSignal<String>) {
    use wasm_bindgen::{JsCast, JsValue};
    leptos::task::spawn_local(async move {
        let svg = async {
            let f: js_sys::Function = js_sys::Reflect::get(&window(), &"wattsworthChartSvg".into()).ok()?.dyn_into().ok()?;
            let promise: js_sys::Promise = f.call2(&JsValue::NULL, &query.into(), &(i as u32).into()).ok()?.dyn_into().ok()?;
            wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_string()
        };
        match svg.await {
            Some(text) => download(&format!("wattsworth-{}.svg", crate::embed::CHART_NAMES[i]), "image/svg+xml", &text),
            None => status.set("SVG export needs the hosted calculator (the offline file has PNG only).".into()),
        }
    });
}

/// Every input, grouped as Site, Bitcoin mining, AI hosting and Finance.
#[component]
fn AllControls(scenario: RwSignal<Scenario>) -> impl IntoView {
    let mode = Memo::new(move |_| scenario.with(|s| s.mode));
    let mode = move || mode.get();
    view! {
        <section id="controls" class="controls" aria-label="Inputs">
                <PresetPicker scenario=scenario />
                <fieldset class="group">
                    <legend>"Site"</legend>
                    <StartMonth scenario=scenario />
                    <Controls group=Group::Site scenario=scenario />
                </fieldset>
                <fieldset class="group">
                    <legend>"Bitcoin mining"</legend>
                    <Controls group=Group::Mining scenario=scenario />
                </fieldset>
                <fieldset class="group">
                    <legend>"Bitcoin network"</legend>
                    <Toggles group=Group::Network scenario=scenario />
                    <Controls group=Group::Network scenario=scenario />
                </fieldset>
                <fieldset class="group">
                    <legend>"AI hosting"</legend>
                    <ModeSwitch scenario=scenario />
                    <Toggles group=Group::Ai scenario=scenario />
                    <Controls group=Group::Ai scenario=scenario />
                    // Hidden rather than removed: cheaper to keep than to rebuild, and display:none
                    // takes them out of the accessibility tree.
                    <div class:hidden=move || mode() != AiMode::Lease>
                        <Toggles group=Group::Lease scenario=scenario />
                        <Controls group=Group::Lease scenario=scenario />
                    </div>
                    <div class:hidden=move || mode() != AiMode::GpuCloud>
                        <Controls group=Group::Gpu scenario=scenario />
                    </div>
                </fieldset>
                <fieldset class="group">
                    <legend>"Finance"</legend>
                    <Toggles group=Group::Finance scenario=scenario />
                    <Controls group=Group::Finance scenario=scenario />
                </fieldset>
            </section>
    }
}

/// An embed's few key inputs: site, power price, hashprice and the AI rate.
#[component]
fn KeyControls(scenario: RwSignal<Scenario>) -> impl IntoView {
    view! {
        <section id="controls" class="controls key" aria-label="Inputs">
            {embed::KEY_CONTROLS.iter().filter_map(|k| Param::by_key(k)).map(|p| view! { <Control param=p scenario=scenario /> }).collect_view()}
        </section>
    }
}

/// Copy link, embed code and the CSV of the monthly series.
#[component]
fn ShareBar(scenario: RwSignal<Scenario>, report: Memo<Option<Report>>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let show_embed = RwSignal::new(false);
    let base = || {
        let l = window().location();
        let path = l.pathname().unwrap_or_default();
        let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
        format!("{}{dir}", l.origin().unwrap_or_default())
    };
    let link = move || match scenario.with(url_state::encode) {
        q if q.is_empty() => base(),
        q => format!("{}?{q}", base()),
    };
    let snippet = move || {
        crate::export::embed_snippet(&base(), &scenario.with(url_state::encode), "Wattsworth: mining bitcoin or hosting AI")
    };
    let copy = move |text: String, done: &'static str| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(if ok { done.into() } else { "Copying was refused here: select the text and copy it.".into() });
        });
    };
    let csv = move |_| {
        if let Some(r) = report.get_untracked() {
            let text = scenario.with_untracked(|s| crate::export::csv(s, &r, VERSION, &link()));
            download("wattsworth-scenario.csv", "text/csv", &text);
            status.set("CSV downloaded.".into());
        }
    };
    view! {
        <div class="share">
            <button type="button" data-testid="copy-link" on:click=move |_| copy(link(), "Link copied.")>"Copy link"</button>
            <button type="button" data-testid="embed-this" aria-expanded=move || show_embed.get().to_string()
                aria-controls="embed-code-panel" on:click=move |_| show_embed.update(|v| *v = !*v)>"Embed this"</button>
            <button type="button" data-testid="download-csv" on:click=csv>"Download CSV"</button>
            <span role="status" class="share-status" data-testid="share-status">{move || status.get()}</span>
            <div id="embed-code-panel" class="embed-code" class:hidden=move || !show_embed.get()>
                <label for="embed-code">"Paste this into your article:"</label>
                <textarea id="embed-code" data-testid="embed-code" readonly=true rows=4 prop:value=snippet></textarea>
                <button type="button" on:click=move |_| copy(snippet(), "Embed code copied.")>"Copy embed code"</button>
            </div>
        </div>
    }
}

/// Hands `text` to the browser as a file download.
fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    download_url(name, &url);
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn download_url(name: &str, url: &str) {
    use wasm_bindgen::JsCast;
    if let Some(a) = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}


/// An embed's footer: the key assumptions, sources and date, and the way to the full calculator.
#[component]
fn EmbedFooter(scenario: RwSignal<Scenario>) -> impl IntoView {
    let line = move || scenario.with(crate::export::assumptions);
    let full = move || format!("./?{}", scenario.with(url_state::encode));
    view! {
        <footer class="embed-foot" data-testid="embed-footer">
            <p>{line}</p>
            <p>"Defaults from dated, cited figures (network data to Jun 2026; deals 2024–25); unsourced values are marked assumptions. "
               <a href=full target="_blank" rel="noopener" data-testid="open-full">"Open the full calculator with this scenario ↗"</a></p>
        </footer>
    }
}

#[component]
fn NoticeBanner(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
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
fn Headline(report: Memo<Option<Report>>, breakevens: Memo<Option<BreakEvens>>, scenario: RwSignal<Scenario>) -> impl IntoView {
    let verdict = move || report.with(|r| r.as_ref().map(|r| scenario.with(|s| headline::verdict(s, r))));
    let kwh = move || report.with(|r| r.as_ref().map(|r| scenario.with(|s| headline::per_kwh(s, r))));
    let details = move || {
        let b = breakevens.get();
        report.with(|r| r.as_ref().map(|r| scenario.with(|s| headline::details(s, r, b.as_ref()))))
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

#[component]
fn PresetPicker(scenario: RwSignal<Scenario>) -> impl IntoView {
    let chosen = RwSignal::new(None::<&'static economics::presets::Preset>);
    view! {
        <div class="presets">
            <label for="preset">"Start from a real deal"</label>
            <select id="preset" data-testid="preset" on:change=move |ev| {
                let id = event_target_value(&ev);
                if let Some(p) = economics::presets::Preset::by_id(&id) {
                    mark_input();
                    chosen.set(Some(p));
                    scenario.set(p.scenario());
                }
            }>
                <option value="" disabled=true selected=true>"Choose a preset…"</option>
                {PRESETS.iter().map(|p| view! { <option value=p.id>{p.name}</option> }).collect_view()}
            </select>
            {move || chosen.get().map(|p| {
                let fields: Vec<String> = p.fields.iter().map(|(key, origin)| {
                    let label = Param::by_key(key).map(|q| q.label)
                        .or_else(|| Toggle::by_key(key).map(|t| t.label)).unwrap_or(key);
                    match origin {
                        Origin::Deal(why) => format!("{label}: from the deal ({why})"),
                        Origin::Assumed(why) => format!("{label}: assumed ({why})"),
                    }
                }).collect();
                let fields = if fields.is_empty() { "none: every value is today's default".to_string() } else { fields.join("; ") };
                view! {
                    <p class="preset-note">{p.note} " (" {p.sources} ", " {p.as_of} "). Set by the preset: " {fields}
                    ". Everything else is today's default, with its own source or marked as an assumption."</p>
                }
            })}
        </div>
    }
}

#[component]
fn StartMonth(scenario: RwSignal<Scenario>) -> impl IntoView {
    let error = RwSignal::new(String::new());
    view! {
        <div class="control">
            <label for="start">"Start month"</label>
            <input id="start" type="month" min=YearMonth::MIN.to_string() max=YearMonth::MAX.to_string()
                prop:value=move || scenario.with(|s| s.site.start.to_string())
                on:change=move |ev| {
                    let earliest = scenario.with_untracked(Dated::latest);
                    match YearMonth::parse(&event_target_value(&ev)).filter(|ym| ym.is_valid()) {
                        Some(ym) if ym < earliest => {
                            error.set(format!("The market data is dated {earliest}: a valuation starts no earlier; using {earliest}."));
                            mark_input();
                            scenario.update(|s| s.site.start = earliest);
                        }
                        Some(ym) => { error.set(String::new()); mark_input(); scenario.update(|s| s.site.start = ym) }
                        None => error.set(format!("Choose a month from {earliest} to {}.", YearMonth::MAX)),
                    }
                } />
            <p class="error" role="status">{move || error.get()}</p>
        </div>
    }
}

#[component]
fn ModeSwitch(scenario: RwSignal<Scenario>) -> impl IntoView {
    let option = move |mode: AiMode, label: &'static str, id: &'static str| {
        view! {
            <label class="radio">
                <input type="radio" name="mode" id=id data-testid=id
                    prop:checked=Memo::new(move |_| scenario.with(|s| s.mode == mode))
                    on:change=move |_| { mark_input(); scenario.update(|s| s.mode = mode) } />
                {label}
            </label>
        }
    };
    view! {
        <div class="mode" role="radiogroup" aria-label="AI business">
            {option(AiMode::Lease, "Lease to a tenant ($/kW-month)", "mode-lease")}
            {option(AiMode::GpuCloud, "Run a GPU cloud ($/GPU-hour)", "mode-gpu")}
        </div>
    }
}

/// The switches of one group, each with its source or assumption.
#[component]
fn Toggles(group: Group, scenario: RwSignal<Scenario>) -> impl IntoView {
    TOGGLES
        .iter()
        .filter(move |t| t.group == group)
        .map(|t| view! {
            <div class="toggle-row">
                <label class="toggle">
                    <input type="checkbox" data-testid=format!("toggle-{}", t.key)
                        prop:checked=Memo::new(move |_| scenario.with(t.get))
                        on:change=move |ev| { let on = event_target_checked(&ev); mark_input(); scenario.update(|s| (t.set)(s, on)) } />
                    {t.label}
                </label>
                <details class="source"><summary>"Assumption"</summary><p>{t.cite.line()} "."</p></details>
            </div>
        })
        .collect_view()
}

#[component]
fn Controls(group: Group, scenario: RwSignal<Scenario>) -> impl IntoView {
    PARAMS
        .iter()
        .filter(move |p| p.group == group)
        .map(|p| view! { <Control param=p scenario=scenario /> })
        .collect_view()
}

/// One input: slider, text box that accepts pasted numbers, reset, and the default's source.
#[component]
fn Control(param: &'static Param, scenario: RwSignal<Scenario>) -> impl IntoView {
    let p = param;
    // A memo per control: a tick elsewhere re-runs this comparison, not this control's DOM.
    let value = Memo::new(move |_| scenario.with(|s| (p.get)(s)));
    let value = move || value.get();
    let default = (p.get)(&Scenario::default());
    let decimals = p.decimals();
    let error = RwSignal::new(String::new());
    let set = move |v: f64| {
        mark_input();
        scenario.update(|s| (p.set)(s, v));
    };
    let range_id = format!("in-{}", p.key);
    let text_label = format!("{} in {}, typed", p.label, p.unit);
    let cite = p.cite;
    let source = format!("{}.", cite.line());
    let source_kind = if cite.is_assumption() { "Assumption" } else { "Source" };
    let applies = Memo::new(move |_| scenario.with(|s| p.applies(s)));
    view! {
        <div class="control" data-key=p.key class:hidden=move || !applies.get()>
            <label for=range_id.clone()>{p.label} " " <span class="unit">"(" {p.unit} ")"</span>
                {Dated::of_param(p.key).map(|d| view! { " " <span class="as-of" data-testid=format!("as-of-{}", p.key)>
                    {move || format!("as of {}", scenario.with(d.get))}</span> })}
            </label>
            <div class="inputs">
                <input type="range" id=range_id data-testid=format!("range-{}", p.key)
                    min=p.min max=p.max step=p.step
                    prop:value=move || value().to_string()
                    aria-valuetext=move || format!("{} {}", number(value(), decimals), p.unit)
                    on:input=move |ev| {
                        if let Some(v) = parse_number(&event_target_value(&ev)).and_then(|v| p.clamp(v)) {
                            error.set(String::new());
                            set(v);
                        }
                    } />
                <input type="text" inputmode="decimal" class="num" aria-label=text_label
                    data-testid=format!("text-{}", p.key)
                    prop:value=move || trimmed(value(), decimals)
                    on:change=move |ev| {
                        let typed = event_target_value(&ev);
                        match parse_number(&typed) {
                            None => error.set(format!("Couldn’t read “{typed}” as a number; still using {} {}.", number(value(), decimals), p.unit)),
                            Some(v) => {
                                let used = p.nearest_accepted(v).unwrap_or(p.min);
                                let in_range = v.clamp(p.min, p.max);
                                error.set(if in_range != v {
                                    format!("Allowed {}–{} {}; using {}.", number(p.min, decimals), number(p.max, decimals), p.unit, trimmed(used, decimals))
                                } else if used != v {
                                    format!("The model counts whole months: using {} {} ({} months).", trimmed(used, decimals), p.unit, number(used * p.months_per_unit, 0))
                                } else { String::new() });
                                set(used);
                            }
                        }
                    } />
                <button type="button" class="reset" aria-label=format!("Reset {} to its default", p.label)
                    title="Reset to default" on:click=move |_| { error.set(String::new()); set(default) }>"↺"</button>
            </div>
            <details class="source">
                <summary>{source_kind}</summary>
                <p>{source} " Default " {number(default, decimals)} " " {p.unit} ". "
                    <a href="#methodology" on:click=|_| open_methodology()>"Methodology"</a></p>
            </details>
            <p class="error" role="status" data-testid=format!("error-{}", p.key)>{move || error.get()}</p>
        </div>
    }
}

#[component]
fn ChartFigure(
    /// Position, for ids and test hooks.
    index: usize,
    /// Where the chart is drawn.
    canvas: NodeRef<leptos::html::Canvas>,
    /// The chart's title.
    title: &'static str,
    /// One sentence computed from the data.
    takeaway: Signal<String>,
    /// Rows of the data table: the first row is the header.
    table: Signal<Vec<Vec<String>>>,
    /// Downloads chart `index` with its caption: as SVG if the flag is set, else as PNG.
    export: Callback<(usize, bool)>,
) -> impl IntoView {
    let title_id = format!("chart-{index}-title");
    let open = RwSignal::new(false);
    view! {
        <figure class="chart" data-testid=format!("chart-{index}") aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone()>{title}</h2>
            <p class="takeaway" data-testid=format!("takeaway-{index}")>{move || takeaway.get()}</p>
            <span class="downloads">
                <button type="button" data-testid=format!("png-{index}")
                    aria-label=format!("Download “{title}” as a PNG image") on:click=move |_| export.run((index, false))>"PNG"</button>
                <button type="button" data-testid=format!("svg-{index}")
                    aria-label=format!("Download “{title}” as an SVG image") on:click=move |_| export.run((index, true))>"SVG"</button>
            </span>
            <canvas node_ref=canvas role="img" aria-label=move || format!("{title}. {}", takeaway.get())></canvas>
            // The table is built only while open: closed, it costs nothing per slider tick.
            <details class="table" data-testid=format!("table-{index}")
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>"Data table"</summary>
                <div class="scroll">
                    <table>
                        {move || open.get().then(|| {
                            let rows = table.get();
                            let mut rows = rows.into_iter();
                            let head = rows.next().unwrap_or_default();
                            view! {
                                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                                <tbody>{rows.map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
                            }
                        })}
                    </table>
                </div>
            </details>
        </figure>
    }
}

fn table_cumulative(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining, cumulative".into(), "AI, cumulative".into()]];
    for (y, i) in (11..r.mining.cumulative_usd.len()).step_by(12).enumerate() {
        rows.push(vec![(y + 1).to_string(), money(r.mining.cumulative_usd[i]), money(r.ai.cumulative_usd[i])]);
    }
    rows
}

fn takeaway_annual(r: &Report, grid_mw: f64) -> String {
    let (m, a) = (r.mining.annual(), r.ai.annual());
    let y = a.len().min(m.len()).saturating_sub(1).min(4);
    format!(
        "In year {}, AI EBITDA is {} per MW against {} for mining.",
        y + 1,
        money(a.get(y).map_or(0.0, |x| x.ebitda_usd()) / grid_mw),
        money(m.get(y).map_or(0.0, |x| x.ebitda_usd()) / grid_mw)
    )
}

fn table_annual(r: &Report, grid_mw: f64) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        "Year".into(), "Mining revenue/MW".into(), "Mining EBITDA/MW".into(), "AI revenue/MW".into(), "AI EBITDA/MW".into(),
    ]];
    for (i, (m, a)) in r.mining.annual().iter().zip(r.ai.annual()).enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            money(m.revenue_usd / grid_mw),
            money(m.ebitda_usd() / grid_mw),
            money(a.revenue_usd / grid_mw),
            money(a.ebitda_usd() / grid_mw),
        ]);
    }
    rows
}

fn takeaway_per_kwh(r: &Report) -> String {
    let k = r.per_kwh;
    format!(
        "Per kWh of capacity, a lease earns {} mining's revenue and a GPU cloud {}; the “up to 25×” headline is a GPU-cloud figure, before GPU capex.",
        multiple(k.lease_multiple()),
        multiple(k.gpu_multiple())
    )
}

fn table_per_kwh(r: &Report) -> Vec<Vec<String>> {
    let k = r.per_kwh;
    vec![
        vec!["Business".into(), "$ per kWh of grid capacity".into(), "$ per kWh of IT capacity".into(), "× mining".into()],
        vec!["Mining".into(), format!("{:.4}", k.mining_grid_usd), format!("{:.4}", k.mining_it_usd), "1×".into()],
        vec!["AI lease".into(), format!("{:.4}", k.lease_grid_usd), format!("{:.4}", k.lease_it_usd), multiple(k.lease_multiple())],
        vec!["GPU cloud".into(), format!("{:.4}", k.gpu_grid_usd), format!("{:.4}", k.gpu_it_usd), multiple(k.gpu_multiple())],
    ]
}

fn takeaway_tornado(t: &[TornadoBar]) -> String {
    t.first().map_or_else(String::new, |b| {
        format!(
            "{} moves the answer most: from {} to {} as it goes from {} to {} {}.",
            b.label,
            money(b.low_advantage_usd),
            money(b.high_advantage_usd),
            number(b.low_value, 2),
            number(b.high_value, 2),
            b.unit
        )
    })
}

fn table_tornado(t: &[TornadoBar]) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Input".into(), "Low".into(), "AI − mining at low".into(), "High".into(), "AI − mining at high".into()]];
    for b in t {
        rows.push(vec![
            format!("{} ({})", b.label, b.unit),
            number(b.low_value, 2),
            money(b.low_advantage_usd),
            number(b.high_value, 2),
            money(b.high_advantage_usd),
        ]);
    }
    rows
}

fn takeaway_frontier(b: &BreakEvens, mode: AiMode) -> String {
    let unit = if mode == AiMode::Lease { "/kW-month" } else { "/GPU-hour" };
    match b.ai_rate {
        BreakEven::At(rate) => format!("At this hashprice, converting beats mining above ${}{unit}.", number(rate, 2)),
        BreakEven::AiAheadAcrossRange => "At this hashprice, converting beats mining at any rate in range.".into(),
        BreakEven::MiningAheadAcrossRange => "At this hashprice, mining beats converting at any rate in range.".into(),
    }
}

fn table_frontier(f: &Frontier) -> Vec<Vec<String>> {
    let cols: Vec<usize> = (0..f.hashprices.len()).step_by(5).collect();
    let mut head = vec!["Rate \\ hashprice".to_string()];
    head.extend(cols.iter().map(|&c| format!("${:.0}", f.hashprices[c])));
    let mut rows = vec![head];
    for r in (0..f.rates.len()).step_by(5) {
        let mut row = vec![format!("{:.2}", f.rates[r])];
        row.extend(cols.iter().map(|&c| money(f.at(r, c))));
        rows.push(row);
    }
    rows
}

fn takeaway_fan(mc: &MonteCarlo) -> String {
    format!(
        "In {}% of {} simulated BTC-price and hashrate paths, the AI path ends with the higher NPV.",
        number(mc.probability_ai_ahead * 100.0, 0),
        number(mc.paths as f64, 0)
    )
}

fn table_fan(mc: &MonteCarlo) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining p5".into(), "Mining p50".into(), "Mining p95".into(), "AI".into()]];
    for (y, i) in (11..mc.mining_cumulative_usd.len()).step_by(12).enumerate() {
        let p = mc.mining_cumulative_usd[i];
        rows.push(vec![(y + 1).to_string(), money(p[0]), money(p[2]), money(p[4]), money(mc.ai_cumulative_usd[i])]);
    }
    rows
}
