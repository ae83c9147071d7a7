//! The economics model for newsroom developers: a small wasm module of its own (the page does not
//! load it) whose functions take and return plain JavaScript objects through serde-wasm-bindgen.
//!
//! ```js
//! import init, { compute, defaults } from './api/wattsworth_api.js';
//! await init();
//! const report = compute({ ...defaults(), site: { ...defaults().site, grid_mw: 200 } });
//! console.log(report.ai.npv_usd - report.mining.npv_usd);
//! ```

use economics::{presets::PRESETS, Scenario};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // Plain objects rather than Maps, so `report.ai.npv_usd` reads naturally.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The default scenario (today's market), to start from.
#[wasm_bindgen]
pub fn defaults() -> Result<JsValue, JsError> {
    to_js(&Scenario::default())
}

/// The market data the defaults start from, with its dates: `{ as_of, said, rows: [{ key, value,
/// unit, as_of, sources, note }] }` (`said`: the sentence the page shows, with the data's age).
#[wasm_bindgen]
pub fn market() -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct Row {
        key: &'static str,
        value: f64,
        unit: &'static str,
        as_of: String,
        sources: &'static str,
        note: &'static str,
    }
    #[derive(serde::Serialize)]
    struct Market {
        as_of: String,
        said: String,
        rows: Vec<Row>,
    }
    use economics::data;
    let rows = data::ALL.iter().map(|d| Row { key: d.key, value: d.value, unit: d.unit, as_of: d.as_of_iso(), sources: d.sources, note: d.note }).collect();
    to_js(&Market { as_of: data::as_of().as_of_iso(), said: view::text::market_as_of(view::BUILD_DATE), rows })
}

/// The scenario of preset `id` (`today`, `csc`, `wulf`, `hut8`, `cifr`, `iren`).
#[wasm_bindgen]
pub fn preset(id: &str) -> Result<JsValue, JsError> {
    let p = PRESETS.iter().find(|p| p.id == id).ok_or_else(|| JsError::new(&format!("no preset “{id}”")))?;
    to_js(&p.scenario())
}

/// Values both paths: `{ basis, mining, ai, advantage_npv_usd, by_basis, conversion_irr, debt,
/// payback_month, per_kwh, … }`: `by_basis` holds the pre-tax, after-tax and financed NPVs,
/// `debt` (when the AI path borrows) the minimum and average DSCR and the equity NPV at the cost
/// of equity; on the financed basis `conversion_irr` is the equity IRR of converting.
/// Missing fields take their defaults; an invalid scenario throws, listing every problem.
#[wasm_bindgen]
pub fn compute(scenario: JsValue) -> Result<JsValue, JsError> {
    let s: Scenario = serde_wasm_bindgen::from_value(scenario).map_err(|e| JsError::new(&e.to_string()))?;
    let report = economics::compute(&s).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&report)
}

/// Chart `index` (0–7: cash, annual, kwh, tornado, map, fan, cover, when) for the scenario in
/// `query` (the calculator's own URL query, `map=hp` included), as an SVG document that stands
/// alone: its `<title>` and `<desc>`, the chart's title and takeaway, and under the chart the
/// verdict, any caution, the basis, the key inputs, the market data's date, `link` (the
/// scenario's address; the query itself if none is given), version and sources. Only the
/// chart's own analysis is run.
#[wasm_bindgen]
pub fn chart_svg(query: &str, index: usize, link: Option<String>) -> Result<String, JsError> {
    use view::charts::{self, ChartData};
    let chart = *view::Chart::ALL.get(index).ok_or_else(|| JsError::new(&format!("chart index is 0 to {}", view::Chart::ALL.len() - 1)))?;
    let (s, _) = view::query::decode(query);
    let fail = |e: economics::ScenarioError| JsError::new(&e.to_string());
    use economics::analysis;
    use view::Chart;
    let r = economics::compute(&s).map_err(fail)?;
    let axes = view::query::View::from_query(query).map_axes;
    let n = charts::FRONTIER_CELLS;
    let t = (chart == Chart::Tornado).then(|| analysis::tornado(&s)).transpose().map_err(fail)?;
    let f = (chart == Chart::Map).then(|| analysis::frontier(&s, axes, n, n)).transpose().map_err(fail)?;
    let b = (chart == Chart::Map).then(|| analysis::break_evens(&s)).transpose().map_err(fail)?;
    let mc = (chart == Chart::Fan).then(|| economics::monte_carlo::simulate(&s, charts::FAN_PATHS, charts::FAN_SEED)).transpose().map_err(fail)?;
    let timing = (chart == Chart::When).then(|| analysis::when_to_convert(&s)).transpose().map_err(fail)?;
    let data = ChartData { s: &s, r: &r, t: t.as_deref(), f: f.as_ref(), mc: mc.as_ref(), timing: timing.as_ref(), pinned: None };
    let link = link.unwrap_or_else(|| format!("?{}", query.trim_start_matches('?')));
    let stamp = view::export::Stamp { link: &link, version: env!("CARGO_PKG_VERSION"), built: view::BUILD_DATE };
    let takeaway = view::export::takeaway(chart, &data, b.as_ref(), axes);
    let sheet = view::export::sheet(chart, &data, takeaway, stamp);
    view::export::svg(chart, &data, &sheet).map_err(|e| JsError::new(&e))
}
