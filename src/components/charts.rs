//! The charts: a section of figures, one per chart shown (title, takeaway, canvas, data table,
//! PNG and SVG downloads). A chart is drawn only while the reader can see it: off-screen charts
//! are not redrawn, nor their analyses run, on each input; they catch up when they scroll into
//! view, and their takeaways and tables (which screen readers reach without scrolling) once the
//! reader settles. Drawing is `view::charts`; this module only puts it on canvases and in files.

use economics::analysis::{self, MapAxes};
use economics::monte_carlo::simulate;
use economics::Scenario;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use view::charts::{self, ChartData, Scale, Theme};
use view::{export, text, Chart};

use crate::browser;
use crate::state::{held, use_state, Kind, State};
use crate::target::Target;

/// A section of charts, for the charts in `shown` (page order). The page has two: the first
/// chart, which comes before the controls on a narrow screen, and the others after them.
#[component]
pub fn Charts(
    /// The charts, in page order.
    shown: Vec<Chart>,
    /// The section's name for assistive technology.
    label: &'static str,
    /// A class for the layout: `lead` (the first chart) or `rest`.
    class: &'static str,
) -> impl IntoView {
    let state = use_state();
    let width = RwSignal::new(browser::window_width());
    let _ = window_event_listener(leptos::ev::resize, move |_| width.set(browser::window_width()));
    let canvases: Vec<(Chart, NodeRef<leptos::html::Canvas>)> = shown.iter().map(|c| (*c, NodeRef::new())).collect();
    let nodes = StoredValue::new(canvases.clone());
    // Which charts the reader can see: the first chart until the observer first reports; the
    // others once it says so (they start below the first screen), so opening the page lays
    // out and draws only what is in view.
    let seen = RwSignal::new(vec![class == "lead"; shown.len()]);
    // CSS sizes of the canvases, read only when the window changes size or a chart comes into
    // view (a chart off screen is not laid out: style/main.css), never on an input's tick:
    // reading layout then would force the browser to lay the page out again mid-update.
    let sizes = Memo::new(move |_| {
        width.track();
        seen.track();
        nodes.with_value(|n| n.iter().map(|(_, c)| c.get().map_or((0, 0), |c| (c.client_width().max(1), c.client_height().max(1)))).collect::<Vec<_>>())
    });
    let status = RwSignal::new(String::new());
    let export = Callback::new(move |(chart, svg): (Chart, bool)| export_chart(&state, chart, svg, status));
    let watching = StoredValue::new(false);
    Effect::new(move |_| {
        let canvases: Vec<_> = nodes.with_value(|n| n.iter().filter_map(|(_, c)| c.get()).collect());
        if watching.get_value() || canvases.len() != nodes.with_value(Vec::len) {
            return;
        }
        watching.set_value(true);
        let canvases: Vec<web_sys::Element> = canvases.into_iter().map(Into::into).collect();
        browser::watch_visibility(&canvases, move |i, visible| {
            seen.update(|v| {
                if let Some(s) = v.get_mut(i) {
                    *s = visible;
                }
            })
        });
    });
    // Printing shows charts that may never have been on screen: draw them all first, now
    // (the print snapshot is taken right after this event, before effects would run).
    let all = canvases.clone();
    browser::before_print(move || {
        let Some(r) = state.report.get_untracked() else { return };
        let s = state.scenario.get_untracked();
        let pinned = state.pinned_report.get_untracked();
        let data = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: pinned.as_ref() };
        for (chart, node) in all.iter().filter(|(c, _)| matches!(c, Chart::Cash | Chart::Annual | Chart::Kwh)) {
            if let Some(canvas) = node.get_untracked() {
                let size = (canvas.client_width().max(1), canvas.client_height().max(1));
                draw(*chart, canvas, size, &data);
            }
        }
    });
    // A chart's analysis runs in the background (never on an input's own tick), only while the
    // chart can be seen or once the reader settles (for its takeaway and table).
    for (i, chart) in shown.iter().copied().enumerate() {
        let kinds: &[Kind] = match chart {
            Chart::Tornado => &[Kind::Sensitivity],
            Chart::Map => &[Kind::Map, Kind::BreakEvens],
            Chart::Fan => &[Kind::Fan],
            Chart::When => &[Kind::Timing],
            _ => &[],
        };
        if !kinds.is_empty() {
            Effect::new(move |_| {
                if seen.with(|v| v.get(i).copied().unwrap_or(true)) || state.settled.get() {
                    kinds.iter().for_each(|k| state.ask(*k));
                }
            });
        }
    }
    // One effect per chart, so a chart redraws only when its own data, size or visibility
    // changes (the fan, for one, arrives a frame or more after the other charts).
    for (i, (chart, node)) in canvases.iter().cloned().enumerate() {
        Effect::new(move |_| {
            let size = sizes.with(|s| s.get(i).copied());
            if !seen.with(|v| v.get(i).copied().unwrap_or(true)) {
                return;
            }
            let Some(r) = state.report.get() else { return };
            state.locale.track();
            // Only this chart's own analysis is run.
            // A background analysis is drawn as soon as it is done (the last one until then).
            let t = (chart == Chart::Tornado).then(|| state.sensitivity.get()).flatten().map(|d| d.value.bars);
            let f = (chart == Chart::Map).then(|| state.frontier.get()).flatten().map(|d| d.value);
            let mc = (chart == Chart::Fan).then(|| state.fan.get()).flatten().map(|d| d.value);
            let timing = (chart == Chart::When).then(|| state.timing.get()).flatten().map(|d| d.value);
            let pinned = matches!(chart, Chart::Cash | Chart::Annual | Chart::Kwh).then(|| state.pinned_report.get()).flatten();
            let s = state.scenario.get_untracked();
            let data = ChartData { s: &s, r: &r, t: t.as_deref(), f: f.as_ref(), mc: mc.as_ref(), timing: timing.as_ref(), pinned: pinned.as_ref() };
            if let (Some(canvas), Some(size)) = (node.get_untracked(), size) {
                draw(chart, canvas, size, &data);
            }
            browser::mark_once("ww-first-chart");
            // Measured after the DOM updates already queued for this input have run too.
            queue_microtask(browser::mark_redrawn);
        });
    }
    view! {
        <section class=format!("charts {class}") aria-label=label>
            <p role="status" class="share-status" class:hidden=move || status.with(String::is_empty)>{move || status.get()}</p>
            {canvases.into_iter().enumerate().map(|(i, (chart, canvas))| {
                // Text follows the data while the chart is seen, else once the reader settles.
                let live = move || state.settled.get() || seen.with(|v| v.get(i).copied().unwrap_or(true));
                let takeaway = held(live, move || takeaway(&state, chart));
                let table = held(live, move || table(&state, chart));
                // Read on demand by assistive technology: rewritten once the reader settles.
                let description = held(move || state.settled.get(), move || description(&state, chart));
                view! { <ChartFigure chart=chart canvas=canvas export=export takeaway=takeaway.into() description=description.into() table=table.into() /> }
            }).collect_view()}
        </section>
    }
}

/// What a chart shows, with its figures, for readers who cannot see it.
fn description(state: &State, chart: Chart) -> String {
    state.locale.track();
    state.report.with(|r| r.as_ref().map(|r| state.scenario.with(|s| text::describe(chart, s, r)))).unwrap_or_default()
}

/// The sentence under a chart's title.
fn takeaway(state: &State, chart: Chart) -> String {
    state.locale.track();
    let grid_mw = state.scenario.with(|s| s.site.grid_mw);
    match chart {
        Chart::Value => state.report.with(|r| r.as_ref().map(|r| state.scenario.with(|s| text::takeaway_value(s, r)))),
        Chart::Cash => state.report.with(|r| r.as_ref().map(text::cumulative_cash)),
        Chart::Annual => state.report.with(|r| r.as_ref().map(|r| text::takeaway_annual(r, grid_mw))),
        Chart::Cover => state.report.with(|r| r.as_ref().map(|r| state.scenario.with(|s| text::takeaway_cover(s, r)))),
        Chart::Kwh => state.report.with(|r| r.as_ref().map(text::takeaway_per_kwh)),
        // A sentence about a background analysis waits until it is for the scenario shown.
        Chart::Tornado => state.fresh(state.sensitivity).map(|t| text::takeaway_tornado(&t.bars)),
        Chart::Map => {
            let x_key = state.map_axes.with(|a| analysis::frontier_axes(&Scenario::default(), *a).0 .0.key);
            state.fresh(state.breakevens).map(|b| state.scenario.with(|s| text::takeaway_frontier(s, &b, x_key)))
        }
        Chart::Fan => state.fresh(state.fan).map(|m| text::takeaway_fan(&m)),
        Chart::When => state.fresh(state.timing).map(|t| state.scenario.with(|s| text::takeaway_when(s, &t))),
    }
    .unwrap_or_default()
}

/// A chart's data table.
fn table(state: &State, chart: Chart) -> Vec<Vec<String>> {
    state.locale.track();
    let grid_mw = state.scenario.with(|s| s.site.grid_mw);
    match chart {
        Chart::Value => state.report.with(|r| r.as_ref().map(|r| state.scenario.with(|s| text::table_value(s, r)))),
        Chart::Cash => state.report.with(|r| r.as_ref().map(text::table_cumulative)),
        Chart::Annual => state.report.with(|r| r.as_ref().map(|r| text::table_annual(r, grid_mw))),
        Chart::Cover => state.report.with(|r| r.as_ref().map(text::table_cover)),
        Chart::Kwh => state.report.with(|r| r.as_ref().map(text::table_per_kwh)),
        // A table follows its chart: the latest result, until the next is done.
        Chart::Tornado => state.sensitivity.with(|t| t.as_ref().map(|t| text::table_tornado(&t.value.bars))),
        Chart::Map => state.frontier.with(|f| f.as_ref().map(|f| text::table_frontier(&f.value))),
        Chart::Fan => state.fan.with(|m| m.as_ref().map(|m| text::table_fan(&m.value))),
        Chart::When => state.timing.with(|t| t.as_ref().map(|t| state.scenario.with(|s| text::table_when(s, &t.value)))),
    }
    .unwrap_or_default()
}

fn draw(chart: Chart, canvas: web_sys::HtmlCanvasElement, size: (i32, i32), data: &ChartData) {
    let base = if browser::prefers_dark() { Theme::DARK } else { Theme::LIGHT };
    // A transparent embed (`transparent=1`) leaves the background to its host page.
    let theme = Theme { clear: browser::transparent(), ..base };
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = ((size.0 as f64 * dpr).round() as u32, (size.1 as f64 * dpr).round() as u32);
    // Resizing reallocates (and clears) the backing store: only do it when the size changed.
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    } else if theme.clear {
        // Nothing paints over the last drawing: it is wiped.
        use wasm_bindgen::JsCast;
        if let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) {
            ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
        }
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas) else { return };
    let area = Target::Canvas(backend).into_drawing_area();
    if charts::draw(chart, &area, data, &theme, Scale(dpr)).unwrap_or(false) {
        let _ = area.present();
    }
}

/// `chart` as a file that stands alone (view::export: its title and takeaway, and under it the
/// verdict, cautions, basis, key inputs, data date and link), as a PNG at twice its size or as
/// an SVG, both drawn by this page's own module, handed to the browser as a download named for
/// the chart and the scenario (`wattsworth-cash-mw200-rent140.png`).
fn export_chart(state: &State, chart: Chart, svg: bool, status: RwSignal<String>) {
    use wasm_bindgen::JsCast;
    let (Some(r), s) = (state.report.get_untracked(), state.scenario.get_untracked()) else { return };
    // The file is for the scenario shown: an analysis not yet done for it is run now.
    let axes = state.map_axes.get_untracked();
    let n = charts::FRONTIER_CELLS;
    let t = (chart == Chart::Tornado).then(|| untrack(|| state.fresh(state.sensitivity)).or_else(|| analysis::sensitivity(&s).ok())).flatten().map(|t| t.bars);
    let f = (chart == Chart::Map).then(|| untrack(|| state.fresh(state.frontier)).or_else(|| analysis::frontier(&s, axes, n, n).ok())).flatten();
    let b = (chart == Chart::Map).then(|| untrack(|| state.fresh(state.breakevens)).or_else(|| analysis::break_evens(&s).ok())).flatten();
    let mc = (chart == Chart::Fan).then(|| untrack(|| state.fresh(state.fan)).or_else(|| simulate(&s, charts::FAN_PATHS, charts::FAN_SEED).ok())).flatten();
    let timing = (chart == Chart::When).then(|| untrack(|| state.fresh(state.timing)).or_else(|| analysis::when_to_convert(&s).ok())).flatten();
    let pinned = state.pinned_report.get_untracked();
    let data = ChartData { s: &s, r: &r, t: t.as_deref(), f: f.as_ref(), mc: mc.as_ref(), timing: timing.as_ref(), pinned: pinned.as_ref() };
    let query = state.query_untracked();
    let link = browser::link_to(&query);
    let stamp = export::Stamp { link: &link, version: browser::VERSION, built: browser::BUILD_DATE };
    let sheet = export::sheet(chart, &data, export::takeaway(chart, &data, b.as_ref(), axes), stamp);
    let name = export::file_stem(Some(chart), &query);
    if svg {
        // Through the page's one backend type, so the charts are not compiled a second time.
        let mut out = String::new();
        let drawn = {
            let area = Target::Svg(SVGBackend::with_string(&mut out, sheet.size())).into_drawing_area();
            charts::draw_sheet(&area, chart, &data, &sheet, Scale(1.0)).is_ok() && area.present().is_ok()
        };
        if drawn {
            browser::download(&format!("{name}.svg"), "image/svg+xml", &export::titled(&out, chart, &data, &sheet));
            status.set(view::language::tr_with("chart-downloaded", &[("file", format!("{name}.svg").into())]));
        } else {
            status.set(view::language::tr_with("chart-not-drawn", &[("format", "SVG".into())]));
        }
        return;
    }
    let Some(canvas) = document().create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else {
        return;
    };
    let (w, h) = sheet.size();
    canvas.set_width(2 * w);
    canvas.set_height(2 * h);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else { return };
    let area = Target::Canvas(backend).into_drawing_area();
    if charts::draw_sheet(&area, chart, &data, &sheet, Scale(2.0)).is_err() {
        status.set(view::language::tr_with("chart-not-drawn", &[("format", "PNG".into())]));
        return;
    }
    let _ = area.present();
    if let Ok(url) = canvas.to_data_url() {
        browser::download_url(&format!("{name}.png"), &url);
        status.set(view::language::tr_with("chart-downloaded", &[("file", format!("{name}.png").into())]));
    }
}

/// One chart: title and downloads, takeaway, canvas (an image whose name is the takeaway), and
/// the data table.
#[component]
fn ChartFigure(
    chart: Chart,
    /// Where the chart is drawn.
    canvas: NodeRef<leptos::html::Canvas>,
    /// One sentence computed from the data.
    takeaway: Signal<String>,
    /// What the chart shows, with its figures, for readers who cannot see it.
    description: Signal<String>,
    /// Rows of the data table: the first row is the header.
    table: Signal<Vec<Vec<String>>>,
    /// Downloads the chart with its caption: as SVG if the flag is set, else as PNG.
    export: Callback<(Chart, bool)>,
) -> impl IntoView {
    // Test hooks and ids keep the page-order number of the chart.
    let index = chart as usize;
    let state = crate::state::use_state();
    let locale = state.locale;
    let title = move || { locale.track(); chart.title() };
    // The description repeats the takeaway for a screen reader, which reads it once the reader
    // settles (as the description itself): during a drag nobody can hear it change.
    let said = held(move || state.settled.get(), move || takeaway.get());
    let title_id = format!("chart-{index}-title");
    let open = RwSignal::new(false);
    view! {
        <figure class="chart" data-chart=chart.name() data-testid=format!("chart-{index}") aria-labelledby=title_id.clone()>
            // The title and the downloads share a row, and wrap rather than overlap.
            <div class="chart-head">
                <h2 id=title_id.clone()>{title}</h2>
                <span class="downloads">
                    <button type="button" data-testid=format!("png-{index}")
                        aria-label=move || view::language::tr_with("chart-download", &[("title", title().into()), ("format", "PNG".into())]) on:click=move |_| export.run((chart, false))>"PNG"</button>
                    <button type="button" data-testid=format!("svg-{index}")
                        aria-label=move || view::language::tr_with("chart-download", &[("title", title().into()), ("format", "SVG".into())]) on:click=move |_| export.run((chart, true))>"SVG"</button>
                </span>
            </div>
            <p class="takeaway" data-testid=format!("takeaway-{index}")>{move || takeaway.get()}</p>
            // An image named by its title and described by what it shows and its takeaway.
            {(chart == Chart::Map).then(|| view! { <MapAxesSwitch /> })}
            <canvas node_ref=canvas role="img" aria-label=title aria-describedby=format!("chart-{index}-desc")></canvas>
            <p id=format!("chart-{index}-desc") class="sr-only" data-testid=format!("desc-{index}")>
                {move || description.get()} " " {move || said.get()}</p>
            // The table is built only while open: closed, it costs nothing per slider tick.
            <details class="table" data-testid=format!("table-{index}")
                on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                <summary>{crate::state::tr("data-table")}</summary>
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

/// Which input the break-even map plots across (the AI rate is always up); kept in the link.
#[component]
fn MapAxesSwitch() -> impl IntoView {
    let state = use_state();
    // Each choice is named by its input's label, in the reader's language.
    let choice = |axes: MapAxes, key: &'static str, _english: &'static str| {
        let label = move || { state.locale.track(); economics::params::Param::by_key(key).map(view::language::label).unwrap_or_default() };
        view! {
            <label>
                <input type="radio" name="map-axes" data-testid=format!("map-{key}")
                    prop:checked=move || state.map_axes.get() == axes
                    on:change=move |_| state.map_axes.set(axes) />
                " " {label}
            </label>
        }
    };
    view! {
        <fieldset class="map-axes" data-testid="map-axes">
            <legend>{crate::state::tr("map-across")}</legend>
            {choice(MapAxes::CapexByRate, "cap", "Conversion capex")}
            {choice(MapAxes::HashpriceByRate, "hp", "Hashprice")}
        </fieldset>
    }
}
