//! Every chart, drawn to SVG for many scenarios and sizes, is read back as a reader would see it:
//! each `<text>` gets an estimated box (0.6 em a character, 1 em tall, placed by its anchor and
//! baseline shift, turned with its `rotate`), and no two boxes may overlap by more than a pixel,
//! nor may any number have only zeros after its decimal point (`1.0`, `$5.00M`; `$2.50M` passes).
//! The same run also draws each chart with a pinned scenario behind it, and checks that every
//! chart copes with empty and degenerate data without a panic; and every chart's exported sheet
//! (title, takeaway, chart, notes) is checked the same way.

use economics::analysis::{self, Frontier, Timing, TornadoBar};
use economics::monte_carlo::{self, MonteCarlo};
use economics::params::Param;
use economics::presets::PRESETS;
use economics::{AiMode, Report, Scenario};
use plotters::prelude::*;
use view::charts::{self, ChartData, Scale, Theme};
use view::Chart;

mod reading;

use reading::*;

fn render(chart: Chart, d: &ChartData, size: (u32, u32), scale: f64) -> (bool, String) {
    let mut out = String::new();
    let drawn;
    {
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        drawn = charts::draw(chart, &area, d, &Theme::LIGHT, Scale(scale)).expect("drawing to SVG never fails");
        area.present().expect("present");
    }
    (drawn, out)
}

/// Sets input `key` to `value` (snapped to what the input accepts).
fn set(s: &mut Scenario, key: &str, value: f64) {
    let p = Param::by_key(key).expect("a real input");
    (p.set)(s, p.nearest_accepted(value).expect("in range"));
}

/// Defaults in both modes, every preset, and a few extreme but valid scenarios.
fn scenarios() -> Vec<(String, Scenario)> {
    let mut out = vec![
        ("default lease".to_string(), Scenario::default()),
        ("default gpu".to_string(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() }),
    ];
    out.extend(PRESETS.iter().filter(|p| p.id != "today").map(|p| (format!("preset {}", p.id), p.scenario())));
    let mut extreme = |name: &str, mode: AiMode, keys: &[(&str, f64)]| {
        let mut s = Scenario { mode, ..Scenario::default() };
        for &(k, v) in keys {
            set(&mut s, k, v);
        }
        out.push((name.to_string(), s));
    };
    extreme("boom", AiMode::Lease, &[("hp", 500.0), ("btcg", 50.0), ("mw", 2000.0)]);
    extreme("bust", AiMode::GpuCloud, &[("hp", 1.0), ("btcg", -50.0), ("mw", 1.0), ("yrs", 1.0)]);
    extreme("long and dear", AiMode::Lease, &[("yrs", 20.0), ("pwr", 0.3), ("rent", 1.0)]);
    out
}

/// Everything a chart is drawn from, computed once per scenario.
struct Drawn {
    name: String,
    s: Scenario,
    r: Report,
    t: Vec<TornadoBar>,
    f: Frontier,
    mc: MonteCarlo,
    timing: Timing,
}

#[test]
fn no_label_overlaps_another_at_any_size() {
    let started = std::time::Instant::now();
    let drawn: Vec<Drawn> = scenarios()
        .into_iter()
        .map(|(name, s)| {
            let r = economics::compute(&s).expect(&name);
            let t = analysis::tornado(&s).expect(&name);
            let f = analysis::frontier(&s, Default::default(), charts::FRONTIER_CELLS, charts::FRONTIER_CELLS).expect(&name);
            // Fewer paths than the page: the percentiles' shape is all the layout depends on.
            let mc = monte_carlo::simulate(&s, 200, charts::FAN_SEED).expect(&name);
            let timing = analysis::when_to_convert(&s).expect(&name);
            Drawn { name, s, r, t, f, mc, timing }
        })
        .collect();
    // The page's canvases are 300 CSS px tall (260 on narrow screens) at any width; exports and
    // embeds are nearer 0.62 × the width. The page draws at the device pixel ratio.
    let mut sizes = Vec::new();
    for w in [320u32, 480, 768, 1024, 1440, 1920] {
        sizes.push((w, if w < 760 { 260 } else { 300 }, 1.0));
        sizes.push((w, ((w as f64 * 0.62).round() as u32).clamp(240, 720), 1.0));
    }
    sizes.push((2 * 390, 2 * 260, 2.0));
    // The printed sheet's charts, two side by side, 150 px tall.
    sizes.push((340, 150, 1.0));
    sizes.push((3 * 1024, 3 * 300, 3.0));
    let mut failures = Vec::new();
    let mut renders = 0;
    // Longer money words and other signs than US dollars: euros in German, yen in Japanese
    // (whose short scale words count in 10⁴ and 10⁸), as Intl writes them.
    use view::format::{set_locale, Currency, Locale};
    let german = german();
    let japanese = Locale {
        tag: "ja-JP".into(), currency: Currency::by_code("JPY").unwrap(), per_usd: 155.0, symbol: "￥".into(),
        compact: vec![(1e4, "万".into(), false), (1e8, "億".into(), false), (1e12, "兆".into(), false)],
        months: std::array::from_fn(|m| format!("{{y}}年{}月", m + 1)), ..Locale::default()
    };
    for locale in [Locale::default(), german, japanese] {
    let tag = locale.tag.clone();
    set_locale(locale);
    for (i, d) in drawn.iter().enumerate() {
        // Pinned: the previous scenario, so the ghost is sometimes far from the live lines.
        let pinned = &drawn[(i + drawn.len() - 1) % drawn.len()].r;
        for pin in [None, Some(pinned)] {
            let data = ChartData { s: &d.s, r: &d.r, t: Some(&d.t), f: Some(&d.f), mc: Some(&d.mc), timing: Some(&d.timing), pinned: pin };
            for &(w, h, scale) in &sizes {
                for chart in Chart::ALL {
                    if pin.is_some() && !matches!(chart, Chart::Cash | Chart::Annual | Chart::Kwh) {
                        continue;
                    }
                    // Only the cash and per-kWh charts are printed.
                    if h == 150 && !matches!(chart, Chart::Cash | Chart::Kwh) {
                        continue;
                    }
                    let (ok, svg) = render(chart, &data, (w, h), scale);
                    renders += 1;
                    assert!(ok, "{chart:?} has its data");
                    for p in problems(&svg, (w, h)) {
                        failures.push(format!("{tag} {} {chart:?} {w}×{h}@{scale}{}: {p}", d.name, if pin.is_some() { " pinned" } else { "" }));
                    }
                }
            }
        }
    }
    }
    set_locale(Locale::default());
    eprintln!("{renders} renders checked in {:.1?}", started.elapsed());
    assert!(failures.is_empty(), "{} problems, first 40:\n{}", failures.len(), failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

/// Every chart's exported sheet, for every scenario, in two locales: its title, takeaway and
/// notes (verdict, cautions, basis, key inputs, data date and link) are all drawn, none leaves
/// the sheet and none overlaps another or the chart's own labels. (Their numbers are the page's
/// sentences', so trailing zeros are the sentences' business, not checked here.)
/// Euros in German, as Intl writes them: longer money words than US dollars.
fn german() -> view::format::Locale {
    use view::format::{Currency, Locale};
    Locale {
        tag: "de-DE".into(), decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.86,
        symbol: "€".into(), symbol_after: true, symbol_gap: true,
        compact: vec![(1e6, "Mio.".into(), true), (1e9, "Mrd.".into(), true), (1e12, "Bio.".into(), true)],
        months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."].map(|m| format!("{m} {{y}}")), ..Locale::default()
    }
}

/// The conversion band's name on the value chart is crossed by neither path's line at any size:
/// it takes the band's top or bottom corner, whichever is clear (IREN's prepayment lifts the AI
/// line steeply through the top in its first months), or, where neither is, it is drawn over the
/// lines on the band's colour.
#[test]
fn the_band_name_is_crossed_by_no_line() {
    let theme = Theme::LIGHT;
    let name = view::language::tr("value-band");
    let (mut failures, mut checked, mut backed_seen) = (Vec::new(), 0, 0);
    // In euros and German numbers too, whose longer tick labels narrow the plot and its band.
    for locale in [view::format::Locale::default(), german()] {
    view::format::set_locale(locale);
    for (label, s) in scenarios() {
        let r = economics::compute(&s).expect(&label);
        let d = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: None };
        // The page's canvases (834 × 300 beside the inputs at 1280 px, 356 × 260 on a phone), and others.
        for (w, h) in [(356u32, 260u32), (480, 260), (834, 300), (1024, 300), (1440, 300), (1024, 635)] {
            let (_, svg) = render(Chart::Value, &d, (w, h), 1.0);
            let Some(band) = labels(&svg).into_iter().find(|l| l.text == name) else { continue };
            // Clear of the glyphs by the line's width above and a little more below, where a
            // canvas sets them lower than this estimate.
            let [left, top, right, bottom] = band.bounds;
            let (top, bottom) = (top - 2.0, bottom + 6.0);
            let lines: Vec<Vec<(f64, f64)>> = [theme.ai, theme.mining].into_iter().flat_map(|c| polylines(&svg, c)).collect();
            assert_eq!(lines.len(), 2, "{label}: both paths' lines");
            checked += 1;
            // Where the glyphs are (the estimate's box less a pixel each side).
            let crossed = lines.iter().any(|l| l.windows(2).any(|p| {
                let ((x0, y0), (x1, y1)) = (p[0], p[1]);
                if x1 < left + 1.0 || x0 > right - 1.0 {
                    return false;
                }
                let at = |x: f64| if x1 > x0 { y0 + (y1 - y0) * (x.clamp(x0, x1) - x0) / (x1 - x0) } else { y0 };
                let (a, b) = (at(left + 1.0), at(right - 1.0));
                a.min(b) <= bottom - 1.0 && a.max(b) >= top + 1.0
            }));
            // Where a line runs through the band's whole height, the name is drawn after the
            // lines, over them, on the band's colour (a filled rect just before it).
            let text_at = svg.rfind(&format!(">{name}<")).unwrap_or(0);
            let lines_end = svg.rfind("<polyline").unwrap_or(0);
            let fill = format!("#{:02X}{:02X}{:02X}", theme.band.0, theme.band.1, theme.band.2);
            let backed = text_at > lines_end && svg[..text_at].rsplit("<rect").next().is_some_and(|r| r.to_uppercase().contains(&fill));
            if backed {
                backed_seen += 1;
            }
            if crossed && !backed {
                failures.push(format!("{label} at {w}×{h}: a line crosses {name:?} at {:?}", band.bounds.map(|v| v.round())));
            }
        }
    }
    }
    view::format::set_locale(view::format::Locale::default());
    assert!(checked > 50, "{checked} charts with the band's name");
    eprintln!("{checked} value charts with the band's name, {backed_seen} of them with it drawn over the lines");
    assert!(failures.is_empty(), "{} crossings:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_exported_sheet_stands_alone() {
    use view::export::{self, Stamp};
    let link = "https://example.org/news/wattsworth/?mw=475.2&yrs=12&pwr=0.045&hp=40&rent=121.5&cap=9&esc=3&ltc=60&currency=EUR&locale=de-DE";
    let stamp = Stamp { link, version: "0.1.0", built: "2026-07-01" };
    let mut failures = Vec::new();
    use view::format::{set_locale, Currency, Locale};
    let german = Locale {
        tag: "de-DE".into(), decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.86,
        symbol: "€".into(), symbol_after: true, symbol_gap: true,
        compact: vec![(1e6, "Mio.".into(), true), (1e9, "Mrd.".into(), true), (1e12, "Bio.".into(), true)], ..Locale::default()
    };
    for (name, s) in scenarios() {
        let r = economics::compute(&s).expect(&name);
        let t = analysis::tornado(&s).expect(&name);
        let f = analysis::frontier(&s, Default::default(), 9, 7).expect(&name);
        let b = analysis::break_evens(&s).expect(&name);
        let mc = monte_carlo::simulate(&s, 100, charts::FAN_SEED).expect(&name);
        let timing = analysis::when_to_convert(&s).expect(&name);
        let data = ChartData { s: &s, r: &r, t: Some(&t), f: Some(&f), mc: Some(&mc), timing: Some(&timing), pinned: None };
        for locale in [Locale::default(), german.clone()] {
            set_locale(locale);
            for chart in Chart::ALL {
                let takeaway = export::takeaway(chart, &data, Some(&b), Default::default());
                assert!(!takeaway.is_empty(), "{name} {chart:?}");
                let sheet = export::sheet(chart, &data, takeaway, stamp);
                let svg = export::svg(chart, &data, &sheet).expect("drawn");
                // Sentences write money as the page does ("$773.0M"): only placing is checked here.
                for p in problems(&svg, sheet.size()).into_iter().filter(|p| !p.starts_with("trailing zero")) {
                    failures.push(format!("{name} {chart:?}: {p}"));
                }
            }
        }
        set_locale(Locale::default());
    }
    assert!(failures.is_empty(), "{} problems, first 40:\n{}", failures.len(), failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

/// The checks themselves catch what they are for.
#[test]
fn the_checks_catch_overlaps_and_trailing_zeros() {
    let svg = r#"<text x="10" y="10" dy="0.5ex" text-anchor="start" font-size="10">Mining revenue</text>
<text x="12" y="13" dy="0.5ex" text-anchor="start" font-size="10">Mining EBITDA</text>
<text x="300" y="100" dy="0.5ex" text-anchor="end" font-size="10">1.0 yr</text>"#;
    let found = problems(svg, (400, 200));
    assert!(found.iter().any(|p| p.contains("overlaps")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("trailing zero")), "{found:?}");
    assert_eq!(trailing_zero("$0.05 and $1.5B, 2,000."), None);
    assert_eq!(trailing_zero("$5.00M"), Some("5.00".into()));
    // Far apart, or one above the other, is fine.
    let apart = r#"<text x="10" y="10" dy="0.5ex" font-size="10">Mining revenue</text>
<text x="10" y="22" dy="0.5ex" font-size="10">Mining EBITDA</text>"#;
    assert!(problems(apart, (400, 200)).is_empty());
    // A label turned by 270° stands upright: tall, one em wide.
    let upright = labels(r#"<text x="20" y="100" dy="0.5ex" text-anchor="middle" font-size="10" transform="rotate(270, 20, 100)">Cumulative net cash</text>"#);
    let [l, t, r, b] = upright[0].bounds;
    assert!(r - l < 12.0 && b - t > 100.0, "{:?}", upright[0].bounds);
}

/// Empty and degenerate data: every chart draws something, without a panic or NaN text.
#[test]
fn charts_cope_with_empty_and_degenerate_data() {
    let s = Scenario::default();
    let mut r = economics::compute(&s).unwrap();
    let t: Vec<TornadoBar> = Vec::new();
    let f = Frontier { x_key: "cap".into(), y_key: "rent".into(), xs: vec![], ys: vec![], advantage_usd: vec![] };
    let mc = MonteCarlo { paths: 0, seed: 0, mining_cumulative_usd: vec![], ai_cumulative_usd: vec![], probability_ai_ahead: 0.0 };
    for path in [&mut r.mining, &mut r.ai] {
        path.months.clear();
        path.cumulative_usd.clear();
    }
    let timing = Timing { starts: vec![], advantage_usd: vec![] };
    let data = ChartData { s: &s, r: &r, t: Some(&t), f: Some(&f), mc: Some(&mc), timing: Some(&timing), pinned: Some(&r) };
    for chart in Chart::ALL {
        let (ok, svg) = render(chart, &data, (320, 200), 1.0);
        assert!(ok && !svg.contains("NaN"), "{chart:?}");
    }
    // One cell, one flat bar, a constant fan.
    let f = Frontier { x_key: "nope".into(), y_key: "".into(), xs: vec![30.0], ys: vec![150.0], advantage_usd: vec![0.0] };
    let flat = TornadoBar {
        key: "x".into(),
        label: "Flat".into(),
        unit: "".into(),
        low_value: 0.0,
        high_value: 0.0,
        low_advantage_usd: 0.0,
        high_advantage_usd: 0.0,
        sourced: true,
    };
    let t = vec![flat];
    let mc = MonteCarlo { paths: 1, seed: 0, mining_cumulative_usd: vec![[0.0; 5]; 3], ai_cumulative_usd: vec![0.0; 3], probability_ai_ahead: 0.0 };
    let timing = Timing { starts: vec![3], advantage_usd: vec![0.0] };
    let data = ChartData { s: &s, r: &r, t: Some(&t), f: Some(&f), mc: Some(&mc), timing: Some(&timing), pinned: None };
    for chart in Chart::ALL {
        let (ok, svg) = render(chart, &data, (2, 2), 1.0);
        assert!(ok && !svg.contains("NaN"), "{chart:?}");
        let (_, svg) = render(chart, &data, (640, 400), 1.0);
        assert!(!svg.contains("NaN"), "{chart:?}");
    }
    // A tornado whose every bar is flat says so instead of drawing empty axes ($0 $0 $0).
    let (_, svg) = render(Chart::Tornado, &data, (640, 400), 1.0);
    assert!(svg.contains("None of these inputs moves the answer.") && !svg.contains(">$0<"), "{svg}");
}
