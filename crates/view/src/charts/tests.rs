//! The charts' tests, drawn to SVG: ticks that read like prose, every chart with its labels, an
//! exported sheet, labels spread apart, the map's cells, the pinned ghost, the tornado and palettes.

use super::map::cell_edges;
use super::*;
use economics::{analysis, compute, monte_carlo, Scenario};

fn svg(draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>)) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
        draw(&area);
        area.present().unwrap();
    }
    out
}

/// The text of every `<text>` element of an SVG document.
/// The text of each `<text>` element, its XML escapes read back.
fn texts(svg: &str) -> Vec<String> {
    let unescape = |t: &str| t.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    svg.split("<text").skip(1).filter_map(|t| Some(unescape(t.split_once('>')?.1.split_once("</text>")?.0.trim()))).collect()
}

/// No label on any chart, scenario or width prints a round number with a trailing ".0".
#[test]
fn ticks_read_like_prose_at_every_width() {
    let mut scenarios = vec![Scenario::default(), Scenario { mode: economics::AiMode::GpuCloud, ..Scenario::default() }];
    let mut rich = Scenario::default();
    rich.bitcoin.hashprice_usd_per_ph_day = 100.0;
    rich.bitcoin.btc_price_growth_pct_per_yr = 30.0;
    scenarios.push(rich);
    let mut big = Scenario::default();
    big.site.grid_mw = 1500.0;
    scenarios.push(big);
    for s in &scenarios {
        let r = compute(s).unwrap();
        let bars = analysis::tornado(s).unwrap();
        let f = analysis::frontier(s, Default::default(), 9, 7).unwrap();
        let mc = economics::monte_carlo::simulate(s, 200, 1).unwrap();
        let timing = analysis::when_to_convert(s).unwrap();
        let data = ChartData { s, r: &r, t: Some(&bars), f: Some(&f), mc: Some(&mc), timing: Some(&timing), pinned: None };
        for width in [320u32, 640, 1280, 1920] {
            for chart in Chart::ALL {
                let mut out = String::new();
                {
                    let area = SVGBackend::with_string(&mut out, (width, width * 9 / 16)).into_drawing_area();
                    assert!(draw(chart, &area, &data, &Theme::LIGHT, Scale(1.0)).unwrap());
                    area.present().unwrap();
                }
                for text in texts(&out) {
                    let bytes = text.as_bytes();
                    let trailing = text.match_indices(".0").any(|(i, _)| !bytes.get(i + 2).is_some_and(u8::is_ascii_digit));
                    assert!(!trailing, "{chart:?} at {width}px: {text:?}");
                }
            }
        }
    }
}

#[test]
fn every_chart_draws_to_svg_with_its_labels() {
    // A scenario in which converting pays back, so the cash chart marks it.
    let mut s = Scenario::default();
    s.lease.usd_per_kw_month = 150.0;
    s.ai.conversion_capex_musd_per_mw_it = 9.0;
    let r = compute(&s).unwrap();
    let t = Theme::LIGHT;
    let k = Scale(1.0);
    let c1 = svg(|a| cumulative(a, &r, None, &t, k).unwrap());
    assert!(c1.contains("Mining") && c1.contains("payback"));
    assert!(c1.contains("Cumulative net cash") && c1.contains("converting"));
    let c2 = svg(|a| annual(a, &r, s.site.grid_mw, None, &t, k).unwrap());
    assert!(c2.contains("AI EBITDA") && c2.contains("Per MW per year"));
    let c3 = svg(|a| per_kwh(a, &r, None, &t, k).unwrap());
    // The first full year of AI operation, per kWh of capacity: the figures the report gives.
    let kwh = r.per_kwh;
    let gpu = format!("GPU cloud: {}/kWh, {} mining", crate::format::price(kwh.gpu_grid_usd, 3), crate::format::multiple(kwh.gpu_multiple()));
    assert!(c3.contains(&gpu) && c3.contains("up to 25×") && c3.contains(&crate::format::multiple(kwh.lease_multiple())), "{gpu}: {c3}");
    let bars = analysis::tornado(&s).unwrap();
    let c4 = svg(|a| tornado(a, &bars, r.advantage_npv_usd, &t, k).unwrap());
    assert!(c4.contains(&bars[0].label));
    let f = analysis::frontier(&s, Default::default(), 9, 7).unwrap();
    let c5 = svg(|a| frontier(a, &f, (10.0, 150.0), (("Conversion capex", Ticks::Usd), ("Lease, $/kW-month", Ticks::Usd)), &t, k).unwrap());
    assert!(c5.matches("<rect").count() >= 7, "at least one rectangle a row");
    assert!(c5.contains("AI ahead") && c5.contains("Mining ahead"));
    let mc = monte_carlo::simulate(&s, 200, 1).unwrap();
    let c6 = svg(|a| fan(a, &mc, &Theme::DARK, k).unwrap());
    assert!(c6.contains("Mining p50") && c6.contains("<polygon"));
}

#[test]
fn an_exported_sheet_has_its_title_takeaway_and_notes() {
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let d = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: None };
    let sheet = Sheet { title: Chart::Kwh.title(), takeaway: "A lease earns 2× mining.".into(), notes: vec!["Key inputs: 100 MW".into(), "Sources: S4".into()] };
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, sheet.size()).into_drawing_area();
        draw_sheet(&area, Chart::Kwh, &d, &sheet, Scale(1.0)).unwrap();
        area.present().unwrap();
    }
    for said in [Chart::Kwh.title().as_str(), "A lease earns 2× mining.", "Key inputs: 100 MW", "Sources: S4"] {
        assert!(texts(&out).iter().any(|t| t == said), "{said}");
    }
    // Without its analysis a chart is not drawn, and says so.
    let mut empty = String::new();
    let area = SVGBackend::with_string(&mut empty, (10, 10)).into_drawing_area();
    assert!(!draw(Chart::Tornado, &area, &d, &Theme::LIGHT, Scale(1.0)).unwrap());
}

/// Labels that want the same row are moved apart by at least the gap, stay in their order
/// and in bounds, and move no more than they must; too many for the room gives `None`.
#[test]
fn spread_moves_labels_apart_as_little_as_it_can() {
    let out = spread(&[50.0, 50.0, 120.0], 10.0, 0.0, 200.0).unwrap();
    assert_eq!(out, vec![45.0, 55.0, 120.0]);
    let out = spread(&[3.0, 0.0, 1.0, 2.0], 10.0, 0.0, 200.0).unwrap();
    let mut sorted = out.clone();
    sorted.sort_by(f64::total_cmp);
    assert!(sorted.windows(2).all(|w| w[1] - w[0] >= 10.0 - 1e-9) && sorted[0] >= 0.0, "{out:?}");
    assert!(out[1] < out[2] && out[2] < out[3] && out[3] < out[0], "order kept: {out:?}");
    // Against the bottom edge, the block is pushed up rather than out.
    let out = spread(&[199.0, 199.0], 10.0, 0.0, 200.0).unwrap();
    assert_eq!(out, vec![190.0, 200.0]);
    assert!(spread(&[0.0; 30], 10.0, 0.0, 200.0).is_none());
    assert_eq!(spread(&[f64::NAN], 10.0, 0.0, 200.0), Some(vec![0.0]));
}

/// Cells share their boundaries exactly, and the break-even line runs where the advantage
/// changes sign, through the map from edge to edge.
#[test]
fn map_cells_tile_and_the_break_even_line_crosses_zero() {
    let edges = cell_edges(&[10.0, 20.0, 35.0]);
    assert_eq!(edges, vec![5.0, 15.0, 27.5, 42.5]);
    // advantage = rate − hashprice: zero on the diagonal.
    let xs = vec![0.0, 1.0, 2.0, 3.0];
    let f = Frontier { x_key: "cap".into(), y_key: "rent".into(), xs: xs.clone(), ys: xs.clone(), advantage_usd: xs.iter().flat_map(|r| xs.iter().map(move |h| r - h + 0.5)).collect() };
    let line = zero_line(&f);
    assert!(!line.is_empty());
    for seg in &line {
        for (x, y) in seg {
            assert!((y - x + 0.5).abs() < 1e-9 || *x == -0.5 || *x == 3.5 || *y == -0.5 || *y == 3.5, "{seg:?}");
        }
    }
    let t = Theme::LIGHT;
    let out = svg(|a| frontier(a, &f, (1.0, 1.0), (("Capex", Ticks::Usd), ("Lease", Ticks::Usd)), &t, Scale(1.0)).unwrap());
    assert!(out.contains("Mining ahead") && out.contains("AI ahead") && out.contains("break-even") && out.contains("$0"), "legend");
    // Each end of the scale carries its sign: the advantage is AI − mining.
    let ends: Vec<String> = texts(&out).into_iter().filter(|t| t.contains('$') && t != "$0").filter(|t| t.starts_with(['−', '+'])).collect();
    assert!(ends.iter().any(|t| t.starts_with('−')) && ends.iter().any(|t| t.starts_with('+')), "{ends:?}");
    // No sign change, no line.
    let flat = Frontier { advantage_usd: vec![1.0; 16], ..f };
    assert!(zero_line(&flat).is_empty());
}

/// The pinned scenario is drawn as a ghost, named as pinned, and widens the axes to fit.
#[test]
fn a_pinned_scenario_is_drawn_as_a_ghost() {
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let mut big = s.clone();
    big.site.grid_mw = 1000.0;
    let p = compute(&big).unwrap();
    let t = Theme::LIGHT;
    let k = Scale(1.0);
    let plain = svg(|a| cumulative(a, &r, None, &t, k).unwrap());
    let ghost = svg(|a| cumulative(a, &r, Some(&p), &t, k).unwrap());
    assert!(!plain.contains("pinned") && ghost.contains("AI, pinned") && ghost.contains("Mining, pinned"));
    // Ten times the site: the cash axis reaches further, so its ticks change.
    assert_ne!(texts(&plain).iter().filter(|t| t.ends_with('B') || t.ends_with('M')).collect::<Vec<_>>(),
        texts(&ghost).iter().filter(|t| t.ends_with('B') || t.ends_with('M')).collect::<Vec<_>>());
    // Per MW the pinned site earns the same, so the read-back grid size must be its own.
    assert!((grid_mw(&p).unwrap() - 1000.0).abs() < 1e-6);
    let annual_ghost = svg(|a| annual(a, &r, 100.0, Some((&p, 1000.0)), &t, k).unwrap());
    assert!(annual_ghost.contains("AI EBITDA, pinned"));
    let kwh = svg(|a| per_kwh(a, &r, Some(&p), &t, k).unwrap());
    assert!(kwh.contains("pinned"), "{kwh}");
}

/// Inputs with no effect are left out of the tornado, and the chart says how many.
#[test]
fn the_tornado_leaves_out_inputs_with_no_effect() {
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let bars = analysis::tornado(&s).unwrap();
    let none = bars.iter().filter(|b| no_effect(b)).count();
    assert!(none > 0 && none < bars.len(), "the default has some inputs with no effect");
    let out = svg(|a| tornado(a, &bars, r.advantage_npv_usd, &Theme::LIGHT, Scale(1.0)).unwrap());
    let shown = texts(&out);
    // The widest bars with an effect, as many as fit; the rest counted in a note.
    let live: Vec<&TornadoBar> = bars.iter().filter(|b| !no_effect(b)).collect();
    let drawn = live.iter().take_while(|b| shown.contains(&b.label)).count();
    assert!(drawn >= 6 && live[drawn..].iter().all(|b| !shown.contains(&b.label)), "{drawn} of {}", live.len());
    assert!(bars.iter().filter(|b| no_effect(b)).all(|b| !shown.contains(&b.label)));
    let note = format!("{} smaller inputs and {none} of no effect are in the table", live.len() - drawn);
    assert!(drawn == live.len() || shown.contains(&note), "{note} not in {shown:?}");
    assert!(shown.iter().any(|t| t.trim() == "input low") && shown.iter().any(|t| t.trim() == "input high"));
}

#[test]
fn palettes_are_distinct() {
    for t in [Theme::LIGHT, Theme::DARK] {
        assert_ne!(t.mining, t.ai);
        assert_ne!(t.ai, t.gpu);
        assert_ne!(t.background, t.text);
    }
}
