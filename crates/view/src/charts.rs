//! The six charts, each one function generic over the plotters backend: the page draws them on a
//! canvas, native tests on an SVG string. Mining and AI take Okabe–Ito's orange and blue, the GPU
//! cloud a violet, so every pair stays apart under the common colour-vision deficiencies (a test
//! simulates them), and every series is labelled directly, not only by colour: names
//! stand at the ends of their lines, moved apart where they would collide ([`spread`]), or go to a
//! legend above the plot where the margin has no room. A pinned scenario is drawn as a faint ghost
//! on the charts where a comparison reads (cash, annual, per kWh).

use economics::analysis::{Frontier, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::Report;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::format::{tick, to_local, Ticks};

/// Colours for one colour scheme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    /// Mining (Okabe–Ito orange).
    pub mining: RGBColor,
    /// AI lease, or the AI path (Okabe–Ito blue).
    pub ai: RGBColor,
    /// GPU cloud: a violet, not Okabe–Ito's bluish green, which falls within ΔE 11–17 of the blue
    /// under tritanopia (tests/colour_blind.rs).
    pub gpu: RGBColor,
    /// Shading for the conversion period.
    pub band: RGBColor,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(33, 37, 41),
        grid: RGBColor(206, 212, 218),
        mining: RGBColor(213, 94, 0),
        ai: RGBColor(0, 114, 178),
        gpu: RGBColor(150, 40, 230),
        band: RGBColor(238, 238, 238),
    };
    pub const DARK: Theme = Theme {
        background: RGBColor(24, 26, 31),
        text: RGBColor(230, 232, 235),
        grid: RGBColor(70, 74, 82),
        mining: RGBColor(230, 159, 0),
        ai: RGBColor(86, 180, 233),
        gpu: RGBColor(170, 90, 255),
        band: RGBColor(45, 48, 56),
    };
}

/// Cells a side of the break-even map.
pub const FRONTIER_CELLS: usize = 25;
/// Monte Carlo paths behind the fan (the page uses fewer while a slider is moving).
pub const FAN_PATHS: usize = 2000;
/// The Monte Carlo seed: the same scenario always draws the same fan.
pub const FAN_SEED: u64 = 1;

/// The six charts, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    /// Cumulative cash of both paths.
    Cash,
    /// Revenue and EBITDA per MW, by year.
    Annual,
    /// Revenue per kWh of capacity.
    Kwh,
    /// What moves the answer most.
    Tornado,
    /// Break-even map of hashprice × AI rate.
    Map,
    /// Mining under uncertainty.
    Fan,
}

impl Chart {
    /// Every chart, in page order.
    pub const ALL: [Chart; 6] = [Chart::Cash, Chart::Annual, Chart::Kwh, Chart::Tornado, Chart::Map, Chart::Fan];

    /// The chart's name in `charts=` and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Chart::Cash => "cash",
            Chart::Annual => "annual",
            Chart::Kwh => "kwh",
            Chart::Tornado => "tornado",
            Chart::Map => "map",
            Chart::Fan => "fan",
        }
    }

    /// The chart with this name.
    pub fn by_name(name: &str) -> Option<Chart> {
        Chart::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The chart's title.
    pub fn title(self) -> &'static str {
        match self {
            Chart::Cash => "Cumulative cash: keep mining or convert",
            Chart::Annual => "Revenue and EBITDA per MW, by year",
            Chart::Kwh => "Revenue per kWh: mining, AI lease, GPU cloud",
            Chart::Tornado => "What moves the answer most",
            Chart::Map => "Break-even map: hashprice × AI rate",
            Chart::Fan => "Mining under uncertainty vs the contracted AI path",
        }
    }
}

/// What the charts are drawn from; the analyses are optional so a page computes only those it shows.
pub struct ChartData<'a> {
    pub s: &'a economics::Scenario,
    pub r: &'a Report,
    pub t: Option<&'a [TornadoBar]>,
    pub f: Option<&'a Frontier>,
    pub mc: Option<&'a MonteCarlo>,
    /// A pinned scenario's report: the cash, annual and per-kWh charts draw it as a faint ghost
    /// behind the live lines, for comparison; the other charts ignore it.
    pub pinned: Option<&'a Report>,
}

/// Dollars per unit plotted: a million of the reader's currency. Charts plot money in millions of
/// the reader's currency, so their ticks land on round amounts of it.
fn mega() -> f64 {
    1e6 / to_local(1.0)
}

/// Draws `chart`; `Ok(false)` if its data is missing.
pub fn draw<DB: DrawingBackend>(chart: Chart, area: &DrawingArea<DB, Shift>, d: &ChartData, theme: &Theme, scale: Scale) -> Result<bool, DrawingAreaErrorKind<DB::ErrorType>> {
    use economics::AiMode;
    let (s, r) = (d.s, d.r);
    let (rate_label, rate) = match s.mode {
        AiMode::Lease => (crate::format::unit("Lease, $/kW-month of IT"), s.lease.usd_per_kw_month),
        AiMode::GpuCloud => (crate::format::unit("GPU price, $/GPU-hour"), s.gpu.usd_per_gpu_hour),
    };
    match (chart, d.t, d.f, d.mc) {
        (Chart::Cash, ..) => cumulative(area, r, d.pinned, theme, scale)?,
        (Chart::Annual, ..) => annual(area, r, s.site.grid_mw, d.pinned.map(|p| (p, grid_mw(p).unwrap_or(s.site.grid_mw))), theme, scale)?,
        (Chart::Kwh, ..) => per_kwh(area, r, d.pinned, theme, scale)?,
        (Chart::Tornado, Some(t), ..) => tornado(area, t, r.advantage_npv_usd, theme, scale)?,
        (Chart::Map, _, Some(f), _) => {
            // The map's axes and shades in the reader's currency.
            let local = |xs: &[f64]| xs.iter().map(|&x| to_local(x)).collect();
            let f = Frontier { hashprices: local(&f.hashprices), rates: local(&f.rates), advantage_usd: local(&f.advantage_usd) };
            frontier(area, &f, (to_local(s.bitcoin.hashprice_usd_per_ph_day), to_local(rate)), &rate_label, theme, scale)?
        }
        (Chart::Fan, .., Some(mc)) => fan(area, mc, theme, scale)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// A report's grid power, MW, read back from a path's EBITDA and its EBITDA per MW-year (the
/// pinned scenario itself is not at hand, only its report); `None` where both paths earn nothing.
fn grid_mw(r: &Report) -> Option<f64> {
    [&r.ai, &r.mining].into_iter().find_map(|p| {
        let years = p.months.len() as f64 / 12.0;
        let ebitda: f64 = p.months.iter().map(|m| m.ebitda_usd()).sum();
        let mw = ebitda / years / p.ebitda_usd_per_mw_year;
        (mw.is_finite() && mw > 0.0).then_some(mw)
    })
}

/// `chart` for export: its title above, and `caption` lines (assumptions, sources, date) drawn
/// in below, on a 960 × 600 layout times `scale`.
pub fn with_caption<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: Chart, d: &ChartData, caption: &[String], scale: Scale) -> DrawResult<DB> {
    let theme = Theme::LIGHT;
    area.fill(&theme.background)?;
    let px = |v: f64| (v * scale.0).round() as u32;
    let (heading, rest) = area.split_vertically(px(40.0));
    let (chart_area, bottom) = rest.split_vertically(px(600.0 - 40.0 - 60.0));
    let left = Pos::new(HPos::Left, VPos::Top);
    heading.draw_text(chart.title(), &scale.font(20.0, theme.text).pos(left), (px(12.0) as i32, px(10.0) as i32))?;
    draw(chart, &chart_area, d, &theme, scale)?;
    for (line, text) in caption.iter().enumerate() {
        let y = px(8.0 + 22.0 * line as f64) as i32;
        bottom.draw_text(text, &scale.font(12.0, theme.text).pos(left), (px(12.0) as i32, y))?;
    }
    Ok(())
}

/// Drawing errors of backend `DB`.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Sizes in CSS pixels times the device pixel ratio, so text stays legible on any screen.
#[derive(Clone, Copy)]
pub struct Scale(pub f64);

impl Scale {
    fn px(self, css: f64) -> u32 {
        (css * self.0).round().max(1.0) as u32
    }
    /// `css` pixels in device pixels, unrounded, for layout arithmetic.
    fn f(self, css: f64) -> f64 {
        css * self.0
    }
    pub fn font(self, css: f64, colour: RGBColor) -> TextStyle<'static> {
        ("sans-serif", css * self.0).into_font().color(&colour)
    }
}

/// Width of `text` at `css` px, in device pixels. No font is at hand where layout happens (the
/// SVG backend has none, and the canvas measures only after drawing), so every character is
/// taken as 0.6 em: as wide as sans-serif digits and capitals, wider than most text, so a label
/// placed by this estimate has room on any screen.
pub fn text_px(text: &str, css: f64, scale: Scale) -> f64 {
    text.chars().count() as f64 * 0.6 * scale.f(css)
}

/// The pitch between stacked labels of `css` px: an em and a little air.
fn line_px(css: f64, scale: Scale) -> f64 {
    1.25 * scale.f(css)
}

/// Centres for labels that would sit at pixel rows `wanted`, moved apart so that any two are at
/// least `gap` apart, each staying within `lo..=hi` and in its original order; `None` if they do
/// not fit. Labels that would collide are gathered into a block centred on the rows they want,
/// so each moves as little as it can (the usual direct-labelling rule: no label strays further
/// from its line than a collision needs).
pub fn spread(wanted: &[f64], gap: f64, lo: f64, hi: f64) -> Option<Vec<f64>> {
    let n = wanted.len();
    if n == 0 {
        return Some(Vec::new());
    }
    if !(gap.is_finite() && lo.is_finite() && hi.is_finite()) || (n - 1) as f64 * gap > hi - lo {
        return None;
    }
    let want = |i: usize| if wanted[i].is_finite() { wanted[i].clamp(lo, hi) } else { lo };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| want(a).total_cmp(&want(b)));
    // Blocks of consecutive labels (in `order`): first index, count, centre of the first label.
    let mut blocks: Vec<(usize, usize, f64)> = Vec::new();
    for k in 0..n {
        blocks.push((k, 1, want(order[k])));
        while blocks.len() > 1 {
            let (s2, n2, _) = blocks[blocks.len() - 1];
            let (s1, n1, t1) = blocks[blocks.len() - 2];
            if t1 + n1 as f64 * gap <= blocks[blocks.len() - 1].2 {
                break;
            }
            let count = n1 + n2;
            let mean = (s1..s2 + n2).map(|j| want(order[j])).sum::<f64>() / count as f64;
            let top = (mean - (count - 1) as f64 * gap / 2.0).clamp(lo, hi - (count - 1) as f64 * gap);
            blocks.pop();
            blocks.pop();
            blocks.push((s1, count, top));
        }
    }
    let mut out = vec![0.0; n];
    for (start, count, top) in blocks {
        for j in 0..count {
            out[order[start + j]] = top + j as f64 * gap;
        }
    }
    Some(out)
}

/// How a key is drawn in a legend.
#[derive(Clone, Copy, PartialEq)]
enum Swatch {
    Line,
    Dashed,
    Fill,
}

/// A named line or band: its name, colour, legend swatch and, for a direct label, where it ends.
struct Key {
    name: String,
    colour: RGBColor,
    swatch: Swatch,
    end: Option<(f64, f64)>,
}

/// Size of the names of lines, CSS px.
const NAME_CSS: f64 = 11.0;

/// Where a chart's names go: beside the line ends in a right margin (`legend` empty), or, when
/// that margin would take too much of the width or the names cannot be stacked apart, in a
/// legend above the plot. Margins in device pixels.
struct Layout {
    top: f64,
    right: f64,
    /// Legend entries as (key, x, row), in device pixels from the area's left edge.
    legend: Vec<(usize, f64, usize)>,
}

fn layout(dim: (u32, u32), keys: &[Key], scale: Scale) -> Layout {
    let (w, h) = (dim.0 as f64, dim.1 as f64);
    let widest = keys.iter().map(|k| text_px(&k.name, NAME_CSS, scale)).fold(0.0, f64::max);
    let right = widest + scale.f(10.0);
    let plot_h = h - scale.f(10.0 + 36.0);
    let labelled = keys.iter().filter(|k| k.end.is_some()).count() as f64;
    if right <= 0.3 * w && labelled * line_px(NAME_CSS, scale) <= plot_h {
        return Layout { top: scale.f(10.0), right, legend: Vec::new() };
    }
    // Legend: entries flow left to right in rows, each a swatch and a name.
    let (pad, mut x, mut row) = (scale.f(8.0), scale.f(8.0), 0);
    let mut legend = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        let item = scale.f(22.0) + text_px(&k.name, NAME_CSS, scale);
        if x > pad && x + item > w - pad {
            row += 1;
            x = pad;
        }
        legend.push((i, x, row));
        x += item + scale.f(12.0);
    }
    let rows = legend.last().map_or(0, |l| l.2 + 1) as f64;
    Layout { top: scale.f(14.0) + rows * line_px(NAME_CSS, scale), right: scale.f(16.0), legend }
}

/// Names the chart's lines: directly at their ends, moved apart where they would collide, or in
/// the legend `l` chose.
fn name_keys<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: &ChartContext<DB, Plane>, keys: &[Key], l: &Layout, scale: Scale) -> DrawResult<DB> {
    let line = line_px(NAME_CSS, scale);
    if !l.legend.is_empty() {
        let centre = |row: usize| scale.f(6.0) + (row as f64 + 0.5) * line;
        for &(i, x, row) in &l.legend {
            let k = &keys[i];
            let y = centre(row);
            let sw = scale.f(16.0);
            match k.swatch {
                Swatch::Fill => area.draw(&Rectangle::new(
                    [(x as i32, (y - line * 0.35) as i32), ((x + sw) as i32, (y + line * 0.35) as i32)],
                    k.colour.filled(),
                ))?,
                Swatch::Line => area.draw(&PathElement::new(vec![(x as i32, y as i32), ((x + sw) as i32, y as i32)], k.colour.stroke_width(scale.px(2.5))))?,
                Swatch::Dashed => {
                    for (a, b) in [(0.0, 0.4), (0.6, 1.0)] {
                        let seg = vec![((x + sw * a) as i32, y as i32), ((x + sw * b) as i32, y as i32)];
                        area.draw(&PathElement::new(seg, k.colour.stroke_width(scale.px(2.0))))?;
                    }
                }
            }
            let style = scale.font(NAME_CSS, k.colour).pos(Pos::new(HPos::Left, VPos::Center));
            area.draw_text(&k.name, &style, ((x + scale.f(20.0)) as i32, y as i32))?;
        }
        return Ok(());
    }
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let ends: Vec<_> = keys.iter().filter_map(|k| k.end.map(|e| (k, e, chart.backend_coord(&e)))).collect();
    let wanted: Vec<f64> = ends.iter().map(|e| e.2 .1 as f64).collect();
    let (lo, hi) = (ys.start as f64 + line / 2.0, ys.end as f64 - line / 2.0);
    let Some(rows) = spread(&wanted, line, lo, hi) else { return Ok(()) };
    for ((k, end, px), y) in ends.into_iter().zip(rows) {
        let offset = (xs.end + scale.px(4.0) as i32 - px.0, y.round() as i32 - px.1);
        let style = scale.font(NAME_CSS, k.colour).pos(Pos::new(HPos::Left, VPos::Center));
        chart.plotting_area().draw(&(EmptyElement::at(end) + Text::new(k.name.clone(), offset, style)))?;
    }
    Ok(())
}

/// A faint version of `colour` for a pinned scenario's ghost: half-way to the background.
fn faint(colour: RGBColor, theme: &Theme) -> RGBColor {
    blend(theme.background, colour, 0.5)
}

/// Low and high ends of `values`, with 0 in the range.
fn extent(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.filter(|v| v.is_finite()).fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)))
}

fn padded(lo: f64, hi: f64) -> (f64, f64) {
    let (lo, hi) = (lo.min(0.0), hi.max(0.0));
    let pad = ((hi - lo) * 0.08).max(1e-9);
    (lo - pad, hi + pad)
}

type Plane = Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>;

/// A chart on f64 axes with the house margins: `top` and `right` in device pixels, `y_labels`
/// (the y tick labels' width) in CSS px.
fn plane<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    scale: Scale,
    (top, right): (f64, f64),
    (x, x_ticks): (std::ops::Range<f64>, Ticks),
    (y, y_ticks): (std::ops::Range<f64>, Option<Ticks>),
) -> Result<ChartContext<'a, DB, Plane>, DrawingAreaErrorKind<DB::ErrorType>> {
    // A range of no width would divide by zero in the coordinate mapping.
    let widen = |r: std::ops::Range<f64>| if r.end - r.start > 1e-12 && r.start.is_finite() && r.end.is_finite() { r } else { 0.0..1.0 };
    let (x, y) = (widen(x), widen(y));
    // Room for the tick labels as the reader's locale writes them ("−500 Mio. €" is twice
    // "−$500M"): the y labels beside the axis and its title, half an x label past each end.
    let y_room = y_ticks.map_or(8.0, |kind| (widest_tick(&y, kind) + 28.0).max(64.0));
    let x_half = widest_tick(&x, x_ticks) / 2.0;
    ChartBuilder::on(area)
        .margin_top(top.round().max(1.0) as u32)
        .margin_right(right.max(scale.f(x_half)).round().max(1.0) as u32)
        .margin_left(scale.px((x_half - y_room).max(6.0)))
        .x_label_area_size(scale.px(36.0))
        .y_label_area_size(scale.px(y_room))
        .build_cartesian_2d(x, y)
}

/// The widest tick label plotters could print over `range`, CSS px at the labels' 11 px: the
/// ends and evenly spaced values between, rounded a digit finer than the range's magnitude (the
/// ticks themselves are rounder, so this errs wide).
fn widest_tick(range: &std::ops::Range<f64>, kind: Ticks) -> f64 {
    let span = (range.end - range.start).abs();
    let step = if span > 0.0 && span.is_finite() { 10f64.powf(span.log10().floor() - 1.0) } else { 1.0 };
    (0..=10)
        .map(|i| range.start + (range.end - range.start) * i as f64 / 10.0)
        .map(|v| tick((v / step).round() * step, kind).chars().count() as f64 * 0.6 * 11.0)
        .fold(0.0, f64::max)
}

/// Axes, grid and labels. Every chart is on plain f64 axes (the bar charts put their categories
/// at 0, 1, 2… and label bars directly), so the mesh code is compiled once.
#[allow(clippy::too_many_arguments)]
fn mesh<DB: DrawingBackend>(
    chart: &mut ChartContext<DB, Plane>,
    theme: &Theme,
    scale: Scale,
    (x_desc, x_ticks): (&str, Ticks),
    (y_desc, y_ticks): (&str, Ticks),
    y_labels: usize,
) -> DrawResult<DB> {
    // As many x labels as fit side by side with a gap, up to six: long money labels ("−500 Mio. €")
    // get fewer on narrow charts rather than run into each other.
    let (xs, _) = chart.plotting_area().get_pixel_range();
    let label = scale.f(widest_tick(&chart.x_range(), x_ticks)) * 1.4;
    let x_labels = ((xs.end - xs.start) as f64 / label.max(1.0)).floor().clamp(2.0, 6.0) as usize;
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_desc(y_desc)
        .x_labels(x_labels)
        .y_labels(y_labels)
        .x_label_formatter(&|v| tick(*v, x_ticks))
        .y_label_formatter(&|v| tick(*v, y_ticks))
        .label_style(scale.font(11.0, theme.text))
        .axis_desc_style(scale.font(12.0, theme.text))
        .bold_line_style(theme.grid.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(theme.text.stroke_width(1))
        .draw()
}

/// The last point of a monthly series, at its month-end in years.
fn month_end(values: &[f64]) -> Option<(f64, f64)> {
    values.last().map(|v| (values.len() as f64 / 12.0, v / mega()))
}

/// Chart 1: cumulative net cash of both paths, conversion period shaded, discounted payback
/// marked; a pinned scenario's paths as faint dashed ghosts.
pub fn cumulative<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, pinned: Option<&Report>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let ghosts: Vec<&Report> = pinned.into_iter().collect();
    let all_paths = std::iter::once(r).chain(ghosts.iter().copied());
    let n = all_paths.clone().map(|p| p.mining.cumulative_usd.len().max(p.ai.cumulative_usd.len())).max().unwrap_or(0).max(1);
    let years = n as f64 / 12.0;
    let (lo, hi) = extent(all_paths.flat_map(|p| p.mining.cumulative_usd.iter().chain(&p.ai.cumulative_usd).map(|v| v / mega())));
    let (lo, hi) = padded(lo, hi);
    let mut keys = vec![
        Key { name: "Mining".into(), colour: theme.mining, swatch: Swatch::Line, end: month_end(&r.mining.cumulative_usd) },
        Key { name: "AI".into(), colour: theme.ai, swatch: Swatch::Line, end: month_end(&r.ai.cumulative_usd) },
    ];
    for p in &ghosts {
        keys.push(Key { name: "Mining, pinned".into(), colour: faint(theme.mining, theme), swatch: Swatch::Dashed, end: month_end(&p.mining.cumulative_usd) });
        keys.push(Key { name: "AI, pinned".into(), colour: faint(theme.ai, theme), swatch: Swatch::Dashed, end: month_end(&p.ai.cumulative_usd) });
    }
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (lo..hi, Some(Ticks::MillionsUsd)))?;
    let cut = r.cutover_month as f64 / 12.0;
    if cut > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, lo), (cut.min(years), hi)], theme.band.filled())))?;
        // From the band's left edge, clear of the y axis's tick labels.
        let style = scale.font(11.0, theme.text).pos(Pos::new(HPos::Left, VPos::Top));
        chart.plotting_area().draw(&(EmptyElement::at((0.0, hi)) + Text::new("converting", (scale.px(4.0) as i32, scale.px(3.0) as i32), style)))?;
    }
    mesh(&mut chart, theme, scale, ("Years from start", Ticks::Years), ("Cumulative net cash", Ticks::MillionsUsd), 6)?;
    let points = |values: &[f64]| values.iter().enumerate().map(|(m, v)| ((m + 1) as f64 / 12.0, v / mega())).collect::<Vec<_>>();
    // Ghosts first, so the live lines are drawn over them.
    for p in &ghosts {
        for (values, colour) in [(&p.mining.cumulative_usd, theme.mining), (&p.ai.cumulative_usd, theme.ai)] {
            chart.draw_series(DashedLineSeries::new(points(values), scale.px(5.0), scale.px(4.0), faint(colour, theme).stroke_width(scale.px(2.0))))?;
        }
    }
    for (values, colour) in [(&r.mining.cumulative_usd, theme.mining), (&r.ai.cumulative_usd, theme.ai)] {
        chart.draw_series(LineSeries::new(points(values), colour.stroke_width(scale.px(2.5))))?;
    }
    name_keys(area, &chart, &keys, &l, scale)?;
    if let Some(p) = r.payback_month {
        if p > 0 {
            let x = (p + 1) as f64 / 12.0;
            chart.draw_series(DashedLineSeries::new(
                [(x, lo), (x, hi)],
                scale.px(4.0),
                scale.px(3.0),
                theme.text.stroke_width(1),
            ))?;
            // The marker is the discounted payback, so it need not sit where these cash lines
            // cross; the label says which. Late markers are labelled on their left to stay in view.
            let (text, side) = if x > years * 0.6 { ("discounted payback ", HPos::Right) } else { (" discounted payback", HPos::Left) };
            chart.draw_series(std::iter::once(Text::new(
                text,
                (x, lo + (hi - lo) * 0.06),
                scale.font(11.0, theme.text).pos(Pos::new(side, VPos::Bottom)),
            )))?;
        }
    }
    Ok(())
}

/// Chart 2: revenue (solid) and EBITDA (dashed) per MW of grid power, by year, both paths; a
/// pinned scenario's lines as faint ghosts.
pub fn annual<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, grid_mw: f64, pinned: Option<(&Report, f64)>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    type Lines = Vec<(String, RGBColor, bool, Vec<(f64, f64)>)>;
    // Each line: name, colour, whether it is EBITDA (dashed), points.
    let lines_of = |r: &Report, grid_mw: f64, suffix: &str, mining: RGBColor, ai: RGBColor| -> Lines {
        let per_mw = |v: f64| if grid_mw > 0.0 { v / grid_mw / mega() } else { 0.0 };
        let mut out = Vec::new();
        for (name, path, colour) in [("Mining", r.mining.annual(), mining), ("AI", r.ai.annual(), ai)] {
            let revenue = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(m.revenue_usd))).collect();
            let ebitda = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(m.ebitda_usd()))).collect();
            out.push((format!("{name} revenue{suffix}"), colour, false, revenue));
            out.push((format!("{name} EBITDA{suffix}"), colour, true, ebitda));
        }
        out
    };
    let live = lines_of(r, grid_mw, "", theme.mining, theme.ai);
    let ghosts = pinned.map_or_else(Vec::new, |(p, mw)| lines_of(p, mw, ", pinned", faint(theme.mining, theme), faint(theme.ai, theme)));
    let all = || live.iter().chain(&ghosts);
    let (lo, hi) = padded(extent(all().flat_map(|l| l.3.iter().map(|p| p.1))).0, extent(all().flat_map(|l| l.3.iter().map(|p| p.1))).1);
    let years = all().map(|l| l.3.len()).max().unwrap_or(0).max(1) as f64;
    let keys: Vec<Key> = all()
        .map(|(name, colour, dashed, points)| Key {
            name: name.clone(),
            colour: *colour,
            swatch: if *dashed { Swatch::Dashed } else { Swatch::Line },
            end: points.last().copied(),
        })
        .collect();
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.5..years + 0.5, Ticks::Plain), (lo..hi, Some(Ticks::MillionsUsd)))?;
    mesh(&mut chart, theme, scale, ("Year of the window", Ticks::Plain), ("Per MW per year", Ticks::MillionsUsd), 6)?;
    for (ghost, lines) in [(true, &ghosts), (false, &live)] {
        for (_, colour, dashed, points) in lines.iter() {
            let width = if ghost { 1.5 } else if *dashed { 2.0 } else { 2.5 };
            if *dashed {
                chart.draw_series(DashedLineSeries::new(points.clone(), scale.px(6.0), scale.px(4.0), colour.stroke_width(scale.px(width))))?;
            } else {
                chart.draw_series(LineSeries::new(points.clone(), colour.stroke_width(scale.px(width))))?;
            }
            if !ghost && !dashed {
                chart.draw_series(points.iter().map(|&p| Circle::new(p, scale.px(3.0), colour.filled())))?;
            }
        }
    }
    name_keys(area, &chart, &keys, &l, scale)
}

/// A price per kWh (already in the reader's currency) as read: `$0.0685`, `$1.057`, `$0.15`,
/// never `$0.150`.
fn per_kwh_usd(value: f64) -> String {
    crate::format::amount(value, if value.abs() < 0.1 { 4 } else { 3 })
}

/// Chart 3: revenue per kWh of grid capacity for mining, an AI lease and a GPU cloud, with the
/// "up to 25×" headline drawn as a reference line. Bars are labelled where they stand; a pinned
/// scenario's values are drawn as outlines over the bars.
pub fn per_kwh<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, pinned: Option<&Report>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    // Bars in the reader's currency, so the axis ticks land on round amounts of it.
    let local = |k: economics::PerKwh| economics::PerKwh {
        mining_grid_usd: to_local(k.mining_grid_usd),
        lease_grid_usd: to_local(k.lease_grid_usd),
        gpu_grid_usd: to_local(k.gpu_grid_usd),
        ..k
    };
    let k = local(r.per_kwh);
    let headline = 25.0 * k.mining_grid_usd;
    let pin = pinned.map(|p| local(p.per_kwh)).map(|p| [p.gpu_grid_usd, p.lease_grid_usd, p.mining_grid_usd]);
    let bars = [
        ("GPU cloud", k.gpu_grid_usd, theme.gpu, format!(", {} mining", crate::format::multiple(k.gpu_multiple()))),
        ("AI lease", k.lease_grid_usd, theme.ai, format!(", {} mining", crate::format::multiple(k.lease_multiple()))),
        ("Mining", k.mining_grid_usd, theme.mining, String::new()),
    ];
    let max = bars.iter().map(|b| b.1).chain(pin.into_iter().flatten()).filter(|v| v.is_finite()).fold(headline.max(0.0), f64::max) * 1.15;
    let mut chart = plane(area, scale, (scale.f(10.0), scale.f(16.0)), (0.0..max, Ticks::Usd), (0.0..3.0, None))?;
    mesh(&mut chart, theme, scale, ("Revenue per kWh of grid capacity", Ticks::Usd), ("", Ticks::Plain), 0)?;
    let (xs, _) = chart.plotting_area().get_pixel_range();
    let room = (xs.end - xs.start) as f64;
    for (i, (label, value, colour, tag)) in bars.iter().enumerate() {
        let y = i as f64;
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, y + 0.12), (*value, y + 0.55)], colour.filled())))?;
        let pinned_value = pin.map(|p| p[i]);
        if let Some(v) = pinned_value {
            chart.draw_series(std::iter::once(Rectangle::new([(0.0, y + 0.12), (v, y + 0.55)], theme.text.mix(0.6).stroke_width(scale.px(1.5)))))?;
        }
        // The fullest label that fits the plot's width.
        let v = per_kwh_usd(*value);
        let p = pinned_value.map_or(String::new(), |p| format!(" (pinned {})", per_kwh_usd(p)));
        let text = [format!("{label}: {v}/kWh{tag}{p}"), format!("{label}: {v}/kWh{p}"), format!("{label}: {v}/kWh"), format!("{label}: {v}")]
            .into_iter()
            .find(|t| text_px(t, 12.0, scale) <= room)
            .unwrap_or_else(|| label.to_string());
        chart.draw_series(std::iter::once(Text::new(text, (0.0, y + 0.62), scale.font(12.0, theme.text).pos(Pos::new(HPos::Left, VPos::Bottom)))))?;
    }
    chart.draw_series(LineSeries::new([(headline, 0.0), (headline, 3.0)], theme.text.stroke_width(scale.px(1.5))))?;
    // Left of its line, unless the line is too near the axis for the label to fit there.
    let text = "“up to 25×” mining";
    let at = chart.backend_coord(&(headline, 3.0)).0 as f64;
    let pad = scale.f(4.0);
    let (anchor, dx) = if at - xs.start as f64 >= text_px(text, 11.0, scale) + pad { (HPos::Right, -pad) } else { (HPos::Left, pad) };
    chart.plotting_area().draw(&(EmptyElement::at((headline, 3.0)) + Text::new(text, (dx as i32, 0), scale.font(11.0, theme.text).pos(Pos::new(anchor, VPos::Top)))))?;
    Ok(())
}

/// Whether a tornado bar shows no effect: its two ends equal to within rounding.
pub fn no_effect(b: &TornadoBar) -> bool {
    b.swing_usd() <= 1.0 + 1e-9 * b.low_advantage_usd.abs().max(b.high_advantage_usd.abs())
}

/// "1 input with no effect is left out", "6 inputs …", or nothing.
pub fn left_out_note(bars: &[TornadoBar]) -> Option<String> {
    match bars.iter().filter(|b| no_effect(b)).count() {
        0 => None,
        1 => Some("1 input with no effect is left out".into()),
        n => Some(format!("{n} inputs with no effect are left out")),
    }
}

/// Chart 4: tornado of (AI − mining NPV) with each input at its low and high, widest at the top.
/// Each bar carries its input's name above it; inputs with no effect are left out, in one line.
pub fn tornado<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, all: &[TornadoBar], base_usd: f64, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let bars: Vec<&TornadoBar> = all.iter().filter(|b| !no_effect(b)).collect();
    let note = left_out_note(all);
    let n = bars.len().max(1) as f64;
    let base = base_usd / mega();
    let (lo, hi) = bars
        .iter()
        .flat_map(|b| [b.low_advantage_usd / mega(), b.high_advantage_usd / mega()])
        .filter(|v| v.is_finite())
        .fold((base, base), |(a, c), v| (a.min(v), c.max(v)));
    let (lo, hi) = padded(lo, hi);
    // "input low" and "input high" stand beside the top bar's ends, outside them: widen the
    // range by their widths, worked out in pixels from the plot's width.
    let label_css = 10.5;
    let top = bars.first().map(|b| {
        let ends = [(b.low_advantage_usd / mega(), "input low", theme.mining), (b.high_advantage_usd / mega(), "input high", theme.ai)];
        ends.map(|(v, text, colour)| (v, if v < base { format!("{text} ") } else { format!(" {text}") }, colour))
    });
    let plot_w = area.dim_in_pixel().0 as f64 - scale.f(16.0 + 6.0 + 8.0);
    let (mut need_left, mut need_right) = (0.0f64, 0.0f64);
    for (v, text, _) in top.iter().flatten() {
        let w = text_px(text, label_css, scale) / plot_w.max(1.0);
        if *v < base { need_left = need_left.max(w) } else { need_right = need_right.max(w) }
    }
    let fits = need_left + need_right < 0.6;
    let (lo, hi) = if fits && top.is_some() {
        // Bars end at the unpadded extremes, so the padding already there counts towards the room.
        let (data_lo, data_hi) = (lo + (hi - lo) * 0.08 / 1.16, hi - (hi - lo) * 0.08 / 1.16);
        let span = (data_hi - data_lo) / (1.0 - need_left - need_right - 0.04);
        (data_lo - span * (need_left + 0.02), data_hi + span * (need_right + 0.02))
    } else {
        (lo, hi)
    };
    let top_margin = if note.is_some() { scale.f(10.0) + line_px(10.5, scale) } else { scale.f(10.0) };
    // Beside the bar, a label must clear the names of its own row and the next; where rows are
    // too short for that, the labels get a row of their own above the top bar, at the same ends.
    let plot_h = (area.dim_in_pixel().1 as f64 - top_margin - scale.f(36.0)).max(1.0);
    let h = line_px(label_css, scale);
    let beside = h <= 0.48 * plot_h / n;
    // The extra row sits clear of the top name (whose top is 0.42 rows below the bar tops plus
    // a line): `rows` solves rows = n − 0.32 + 2 lines, a line being h × rows / plot_h rows.
    let (rows, label_y) = if beside {
        (n, n - 1.0 + 0.3)
    } else {
        let rows = (n - 0.32) / (1.0 - 2.0 * h / plot_h).max(0.2);
        (rows, n - 0.42 + 1.5 * h * rows / plot_h + 0.05)
    };
    let mut chart = plane(area, scale, (top_margin, scale.f(16.0)), (lo..hi, Ticks::MillionsUsd), (0.0..rows, None))?;
    mesh(&mut chart, theme, scale, ("AI NPV − mining NPV", Ticks::MillionsUsd), ("", Ticks::Plain), 0)?;
    for (rank, b) in bars.iter().enumerate() {
        let y = n - 1.0 - rank as f64;
        // Low input in the mining colour, high input in the AI colour, both from the base line.
        for (value, colour) in [(b.low_advantage_usd / mega(), theme.mining), (b.high_advantage_usd / mega(), theme.ai)] {
            let (a, c) = if value < base { (value, base) } else { (base, value) };
            chart.draw_series(std::iter::once(Rectangle::new([(a, y + 0.06), (c, y + 0.54)], colour.mix(0.85).filled())))?;
        }
        chart.draw_series(std::iter::once(Text::new(
            b.label.clone(),
            (lo, y + 0.58),
            scale.font(10.5, theme.text).pos(Pos::new(HPos::Left, VPos::Bottom)),
        )))?;
    }
    chart.draw_series(LineSeries::new([(base, 0.0), (base, n)], theme.text.stroke_width(scale.px(1.5))))?;
    // Direct labels at the widest bar say which end is which.
    if let (Some(ends), true) = (top, fits) {
        for (value, text, colour) in ends {
            let anchor = if value < base { HPos::Right } else { HPos::Left };
            chart.draw_series(std::iter::once(Text::new(text, (value, label_y), scale.font(label_css, colour).pos(Pos::new(anchor, VPos::Center)))))?;
        }
    }
    if let Some(note) = note {
        let style = scale.font(10.5, theme.text).pos(Pos::new(HPos::Left, VPos::Top));
        area.draw_text(&note, &style, (scale.px(6.0) as i32, scale.px(4.0) as i32))?;
    }
    Ok(())
}

fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Boundaries of the cells centred on `centres`: half-way between neighbours, and half a step
/// beyond the ends. Neighbouring cells share one boundary value, so they tile with no gap or
/// overlap however the pixels round.
fn cell_edges(centres: &[f64]) -> Vec<f64> {
    let n = centres.len();
    let mut edges = Vec::with_capacity(n + 1);
    if n == 0 {
        return edges;
    }
    let half = if n > 1 { (centres[1] - centres[0]) / 2.0 } else { 0.5 };
    edges.push(centres[0] - half);
    edges.extend(centres.windows(2).map(|w| (w[0] + w[1]) / 2.0));
    let half = if n > 1 { (centres[n - 1] - centres[n - 2]) / 2.0 } else { 0.5 };
    edges.push(centres[n - 1] + half);
    edges
}

/// Segments of the break-even line (advantage = 0) through the grid of cell centres: marching
/// squares, with each crossing put where the advantage interpolated along a grid edge is zero.
pub fn zero_line(f: &Frontier) -> Vec<[(f64, f64); 2]> {
    let (nx, ny) = (f.hashprices.len(), f.rates.len());
    let mut out = Vec::new();
    if nx < 2 || ny < 2 || f.advantage_usd.len() < nx * ny {
        return out;
    }
    let point = |(r, c): (usize, usize)| (f.hashprices[c], f.rates[r], f.at(r, c));
    let cross = |a: (f64, f64, f64), b: (f64, f64, f64)| -> Option<(f64, f64)> {
        // A side at exactly zero counts as "AI ahead", as the colours do.
        if (a.2 >= 0.0) == (b.2 >= 0.0) {
            return None;
        }
        let t = (a.2 / (a.2 - b.2)).clamp(0.0, 1.0);
        Some((a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t))
    };
    for r in 0..ny - 1 {
        for c in 0..nx - 1 {
            let corners = [point((r, c)), point((r, c + 1)), point((r + 1, c + 1)), point((r + 1, c))];
            let hits: Vec<(f64, f64)> = (0..4).filter_map(|i| cross(corners[i], corners[(i + 1) % 4])).collect();
            // Two crossings make one segment; four (a saddle) two, paired around the square.
            for pair in hits.chunks_exact(2) {
                out.push([pair[0], pair[1]]);
            }
        }
    }
    // Crossings run through cell centres; the outermost half cells carry the line on, straight,
    // to the edges of the map.
    let (xe, ye) = (cell_edges(&f.hashprices), cell_edges(&f.rates));
    for (c, edge) in [(0, xe[0]), (nx - 1, xe[nx])] {
        for r in 0..ny - 1 {
            if let Some(p) = cross(point((r, c)), point((r + 1, c))) {
                out.push([p, (edge, p.1)]);
            }
        }
    }
    for (r, edge) in [(0, ye[0]), (ny - 1, ye[ny])] {
        for c in 0..nx - 1 {
            if let Some(p) = cross(point((r, c)), point((r, c + 1))) {
                out.push([p, (p.0, edge)]);
            }
        }
    }
    out
}

/// Chart 5: who wins over hashprice × AI rate, on a diverging scale centred on break-even with
/// its legend above; the break-even drawn as a line, the current scenario marked with a ring.
pub fn frontier<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frontier,
    current: (f64, f64),
    rate_label: &str,
    theme: &Theme,
    scale: Scale,
) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let (nx, ny) = (f.hashprices.len(), f.rates.len());
    if nx < 1 || ny < 1 || f.advantage_usd.len() < nx * ny {
        return Ok(());
    }
    let (xe, ye) = (cell_edges(&f.hashprices), cell_edges(&f.rates));
    let max = f.advantage_usd.iter().filter(|v| v.is_finite()).fold(1.0f64, |m, v| m.max(v.abs()));
    // The legend: a gradient bar with the sides named above and the amounts below.
    let legend_h = scale.f(8.0) + 2.0 * line_px(10.5, scale) + scale.f(8.0);
    let mut chart = plane(area, scale, (legend_h + scale.f(10.0), scale.f(16.0)), (xe[0]..xe[nx], Ticks::Usd), (ye[0]..ye[ny], Some(Ticks::Usd)))?;
    // Shades are quantised to ten steps a side and equal neighbours in a row merged into one
    // rectangle: the same picture with a fraction of the canvas calls.
    let shade = |v: f64| {
        let level = if v.is_finite() { (10.0 * (v.abs() / max).sqrt()).round() / 10.0 } else { 0.0 };
        let colour = if v >= 0.0 { theme.ai } else { theme.mining };
        blend(theme.background, colour, 0.25 + 0.6 * level)
    };
    let mut cells = Vec::new();
    for r in 0..ny {
        let mut c = 0;
        while c < nx {
            let colour = shade(f.at(r, c));
            let start = c;
            while c + 1 < nx && shade(f.at(r, c + 1)) == colour {
                c += 1;
            }
            cells.push(Rectangle::new([(xe[start], ye[r]), (xe[c + 1], ye[r + 1])], colour.filled()));
            c += 1;
        }
    }
    // Axes first and cells over them: a heat map reads better without grid lines across it.
    mesh(&mut chart, theme, scale, (&crate::format::unit("Hashprice, $/PH/s/day"), Ticks::Usd), (rate_label, Ticks::Usd), 6)?;
    chart.draw_series(cells)?;
    let line = theme.text.stroke_width(scale.px(2.0));
    chart.draw_series(zero_line(f).into_iter().map(|s| PathElement::new(s.to_vec(), line)))?;
    chart.draw_series([
        Circle::new(current, scale.px(7.0), theme.text.stroke_width(scale.px(2.5))),
        Circle::new(current, scale.px(2.0), theme.text.filled()),
    ])?;
    // Legend, over the plot's width or 320 CSS px, whichever is less.
    let (xs, _) = chart.plotting_area().get_pixel_range();
    let (origin, _) = area.get_base_pixel();
    let left = (xs.start - origin) as f64;
    let width = ((xs.end - xs.start) as f64).min(scale.f(320.0));
    let (y_words, y_bar) = (scale.f(6.0), scale.f(6.0) + line_px(10.5, scale));
    let bar_h = scale.f(8.0);
    let steps = 40;
    for i in 0..steps {
        let t = (i as f64 + 0.5) / steps as f64 * 2.0 - 1.0;
        let (x0, x1) = (left + width * i as f64 / steps as f64, left + width * (i + 1) as f64 / steps as f64);
        area.draw(&Rectangle::new([(x0 as i32, y_bar as i32), (x1.ceil() as i32, (y_bar + bar_h) as i32)], shade(t * t.abs() * max).filled()))?;
    }
    let mid = left + width / 2.0;
    area.draw(&PathElement::new(vec![(mid as i32, (y_bar - scale.f(2.0)) as i32), (mid as i32, (y_bar + bar_h + scale.f(2.0)) as i32)], line))?;
    let words = |text: &str, x: f64, y: f64, h: HPos, v: VPos| area.draw_text(text, &scale.font(10.5, theme.text).pos(Pos::new(h, v)), (x as i32, y as i32));
    // The map's amounts are in the reader's currency already.
    let amount = crate::format::local_money(max);
    let below = y_bar + bar_h + scale.f(2.0);
    // Names above the bar, amounts below; the centre's label only if it clears both ends.
    words("Mining ahead", left, y_words, HPos::Left, VPos::Top)?;
    words("AI ahead", left + width, y_words, HPos::Right, VPos::Top)?;
    words(&amount, left, below, HPos::Left, VPos::Top)?;
    words(&amount, left + width, below, HPos::Right, VPos::Top)?;
    let centre = "break-even (line)";
    let clear = |side: &str| text_px(side, 10.5, scale) + text_px(centre, 10.5, scale) / 2.0 + scale.f(8.0) <= width / 2.0;
    if clear("Mining ahead") {
        words(centre, mid, y_words, HPos::Center, VPos::Top)?;
    }
    if clear(&amount) {
        words(&crate::format::amount(0.0, 0), mid, below, HPos::Center, VPos::Top)?;
    }
    Ok(())
}

/// Chart 6: mining's cumulative cash fan (p5–p95, p25–p75, median) against the AI path.
pub fn fan<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, mc: &MonteCarlo, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let n = mc.mining_cumulative_usd.len().min(mc.ai_cumulative_usd.len());
    let years = n.max(1) as f64 / 12.0;
    let values = mc.mining_cumulative_usd[..n].iter().flat_map(|p| [p[0], p[4]]).chain(mc.ai_cumulative_usd[..n].iter().copied());
    let (lo, hi) = extent(values.map(|v| v / mega()));
    let (lo, hi) = padded(lo, hi);
    // Opaque blends rather than transparency, so both bands read the same on light and dark.
    let (outer, inner) = (blend(theme.background, theme.mining, 0.28), blend(theme.background, theme.mining, 0.55));
    let x = |m: usize| (m + 1) as f64 / 12.0;
    let last = |p: usize| (n > 0).then(|| (years, mc.mining_cumulative_usd[n - 1][p] / mega()));
    let keys = [
        Key { name: "Mining p50".into(), colour: theme.mining, swatch: Swatch::Line, end: last(2) },
        Key { name: "AI".into(), colour: theme.ai, swatch: Swatch::Line, end: (n > 0).then(|| (years, mc.ai_cumulative_usd[n - 1] / mega())) },
        Key { name: "p25–p75".into(), colour: theme.text, swatch: Swatch::Fill, end: last(3) },
        Key { name: "p5–p95".into(), colour: theme.text, swatch: Swatch::Fill, end: last(4) },
    ];
    // The band swatches in a legend show their own fill.
    let mut keys = keys;
    keys[2].colour = inner;
    keys[3].colour = outer;
    let mut l = layout(area.dim_in_pixel(), &keys, scale);
    if l.legend.is_empty() {
        // Direct labels for the bands are in the text colour; the fill alone would not read.
        keys[2].colour = theme.text;
        keys[3].colour = theme.text;
    } else {
        l = layout(area.dim_in_pixel(), &keys, scale);
    }
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (lo..hi, Some(Ticks::MillionsUsd)))?;
    mesh(&mut chart, theme, scale, ("Years from start", Ticks::Years), ("Cumulative net cash", Ticks::MillionsUsd), 6)?;
    for (low, high, colour) in [(0, 4, outer), (1, 3, inner)] {
        let upper = (0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][high] / mega()));
        let lower = (0..n).rev().map(|m| (x(m), mc.mining_cumulative_usd[m][low] / mega()));
        chart.draw_series(std::iter::once(Polygon::new(upper.chain(lower).collect::<Vec<_>>(), colour.filled())))?;
    }
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][2] / mega())), theme.mining.stroke_width(scale.px(2.5))))?;
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.ai_cumulative_usd[m] / mega())), theme.ai.stroke_width(scale.px(2.5))))?;
    name_keys(area, &chart, &keys, &l, scale)
}

#[cfg(test)]
mod tests {
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
    fn texts(svg: &str) -> Vec<String> {
        svg.split("<text").skip(1).filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.trim().to_string())).collect()
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
            let f = analysis::frontier(s, 9, 7).unwrap();
            let mc = economics::monte_carlo::simulate(s, 200, 1).unwrap();
            let data = ChartData { s, r: &r, t: Some(&bars), f: Some(&f), mc: Some(&mc), pinned: None };
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
        let s = Scenario::default();
        let r = compute(&s).unwrap();
        let t = Theme::LIGHT;
        let k = Scale(1.0);
        let c1 = svg(|a| cumulative(a, &r, None, &t, k).unwrap());
        assert!(c1.contains("Mining") && c1.contains("payback"));
        assert!(c1.contains("Cumulative net cash") && c1.contains("converting"));
        let c2 = svg(|a| annual(a, &r, s.site.grid_mw, None, &t, k).unwrap());
        assert!(c2.contains("AI EBITDA") && c2.contains("Per MW per year"));
        let c3 = svg(|a| per_kwh(a, &r, None, &t, k).unwrap());
        // Start-month market, per kWh of capacity: GPU $1.057, lease $0.152 against mining $0.0685 (2.2×, 15×).
        assert!(c3.contains("GPU cloud: $1.057/kWh, 15× mining") && c3.contains("up to 25×") && c3.contains("2.2×"), "{c3}");
        let bars = analysis::tornado(&s).unwrap();
        let c4 = svg(|a| tornado(a, &bars, r.advantage_npv_usd, &t, k).unwrap());
        assert!(c4.contains(&bars[0].label));
        let f = analysis::frontier(&s, 9, 7).unwrap();
        let c5 = svg(|a| frontier(a, &f, (28.68, 150.0), "Lease, $/kW-month", &t, k).unwrap());
        assert!(c5.matches("<rect").count() >= 7, "at least one rectangle a row");
        assert!(c5.contains("AI ahead") && c5.contains("Mining ahead"));
        let mc = monte_carlo::simulate(&s, 200, 1).unwrap();
        let c6 = svg(|a| fan(a, &mc, &Theme::DARK, k).unwrap());
        assert!(c6.contains("Mining p50") && c6.contains("<polygon"));
    }

    #[test]
    fn export_layout_has_title_and_caption() {
        let s = Scenario::default();
        let r = compute(&s).unwrap();
        let d = ChartData { s: &s, r: &r, t: None, f: None, mc: None, pinned: None };
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (960, 600)).into_drawing_area();
            with_caption(&area, Chart::Kwh, &d, &["Assumptions: 100 MW".into(), "Sources: S4".into()], Scale(1.0)).unwrap();
            area.present().unwrap();
        }
        assert!(out.contains(Chart::Kwh.title()));
        assert!(out.contains("Assumptions: 100 MW") && out.contains("Sources: S4"));
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
        let f = Frontier { hashprices: xs.clone(), rates: xs.clone(), advantage_usd: xs.iter().flat_map(|r| xs.iter().map(move |h| r - h + 0.5)).collect() };
        let line = zero_line(&f);
        assert!(!line.is_empty());
        for seg in &line {
            for (x, y) in seg {
                assert!((y - x + 0.5).abs() < 1e-9 || *x == -0.5 || *x == 3.5 || *y == -0.5 || *y == 3.5, "{seg:?}");
            }
        }
        let t = Theme::LIGHT;
        let out = svg(|a| frontier(a, &f, (1.0, 1.0), "Lease", &t, Scale(1.0)).unwrap());
        assert!(out.contains("Mining ahead") && out.contains("AI ahead") && out.contains("break-even") && out.contains("$0"), "legend");
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
        for b in &bars {
            assert_eq!(shown.contains(&b.label), !no_effect(b), "{}", b.label);
        }
        assert!(shown.contains(&format!("{none} inputs with no effect are left out")), "{shown:?}");
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
}
