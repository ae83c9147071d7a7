//! The six charts, each one function generic over the plotters backend: the page draws them on a
//! canvas, native tests on an SVG string. Colours are the Okabe–Ito palette (safe for the common
//! colour-vision deficiencies) and every series is labelled directly, not only by colour.

use economics::analysis::{Frontier, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::Report;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::format::{tick, Ticks};

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
    /// GPU cloud (Okabe–Ito bluish green).
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
        gpu: RGBColor(0, 158, 115),
        band: RGBColor(238, 238, 238),
    };
    pub const DARK: Theme = Theme {
        background: RGBColor(24, 26, 31),
        text: RGBColor(230, 232, 235),
        grid: RGBColor(70, 74, 82),
        mining: RGBColor(230, 159, 0),
        ai: RGBColor(86, 180, 233),
        gpu: RGBColor(0, 200, 150),
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
}

/// Draws `chart`; `Ok(false)` if its data is missing.
pub fn draw<DB: DrawingBackend>(chart: Chart, area: &DrawingArea<DB, Shift>, d: &ChartData, theme: &Theme, scale: Scale) -> Result<bool, DrawingAreaErrorKind<DB::ErrorType>> {
    use economics::AiMode;
    let (s, r) = (d.s, d.r);
    let (rate_label, rate) = match s.mode {
        AiMode::Lease => ("Lease, $/kW-month of IT", s.lease.usd_per_kw_month),
        AiMode::GpuCloud => ("GPU price, $/GPU-hour", s.gpu.usd_per_gpu_hour),
    };
    match (chart, d.t, d.f, d.mc) {
        (Chart::Cash, ..) => cumulative(area, r, theme, scale)?,
        (Chart::Annual, ..) => annual(area, r, s.site.grid_mw, theme, scale)?,
        (Chart::Kwh, ..) => per_kwh(area, r, theme, scale)?,
        (Chart::Tornado, Some(t), ..) => tornado(area, t, r.advantage_npv_usd, theme, scale)?,
        (Chart::Map, _, Some(f), _) => frontier(area, f, (s.bitcoin.hashprice_usd_per_ph_day, rate), rate_label, theme, scale)?,
        (Chart::Fan, .., Some(mc)) => fan(area, mc, theme, scale)?,
        _ => return Ok(false),
    }
    Ok(true)
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
    pub fn font(self, css: f64, colour: RGBColor) -> TextStyle<'static> {
        ("sans-serif", css * self.0).into_font().color(&colour)
    }
}

fn padded(lo: f64, hi: f64) -> (f64, f64) {
    let (lo, hi) = (lo.min(0.0), hi.max(0.0));
    let pad = ((hi - lo) * 0.08).max(1e-9);
    (lo - pad, hi + pad)
}

type Plane = Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>;

/// A chart on f64 axes with the house margins; `room` is (right margin, y-label width) in CSS px.
fn plane<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    scale: Scale,
    room: (f64, f64),
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
) -> Result<ChartContext<'a, DB, Plane>, DrawingAreaErrorKind<DB::ErrorType>> {
    ChartBuilder::on(area)
        .margin_top(scale.px(10.0))
        .margin_right(scale.px(room.0))
        .margin_left(scale.px(6.0))
        .x_label_area_size(scale.px(36.0))
        .y_label_area_size(scale.px(room.1))
        .build_cartesian_2d(x, y)
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
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_desc(y_desc)
        .x_labels(6)
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

/// Chart 1: cumulative net cash of both paths, conversion period shaded, discounted payback marked.
pub fn cumulative<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let n = r.mining.cumulative_usd.len();
    let years = n as f64 / 12.0;
    let all = r.mining.cumulative_usd.iter().chain(&r.ai.cumulative_usd).map(|v| v / 1e6);
    let (lo, hi) = all.fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (lo, hi) = padded(lo, hi);
    let mut chart = plane(area, scale, (64.0, 64.0), 0.0..years, lo..hi)?;
    let cut = r.cutover_month as f64 / 12.0;
    if cut > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, lo), (cut, hi)], theme.band.filled())))?;
        chart.draw_series(std::iter::once(Text::new(
            "converting",
            (cut / 2.0, hi - (hi - lo) * 0.02),
            scale.font(11.0, theme.text).pos(Pos::new(HPos::Center, VPos::Top)),
        )))?;
    }
    mesh(&mut chart, theme, scale, ("Years from start", Ticks::Years), ("Cumulative net cash", Ticks::MillionsUsd), 6)?;
    let series = [("Mining", &r.mining.cumulative_usd, theme.mining), ("AI", &r.ai.cumulative_usd, theme.ai)];
    for (label, values, colour) in series {
        let points = values.iter().enumerate().map(|(m, v)| ((m + 1) as f64 / 12.0, v / 1e6));
        chart.draw_series(LineSeries::new(points, colour.stroke_width(scale.px(2.5))))?;
        let end = values.last().copied().unwrap_or(0.0) / 1e6;
        chart.draw_series(std::iter::once(Text::new(
            format!(" {label}"),
            (years, end),
            scale.font(12.0, colour).pos(Pos::new(HPos::Left, VPos::Center)),
        )))?;
    }
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

/// Chart 2: revenue (solid) and EBITDA (dashed) per MW of grid power, by year, both paths.
pub fn annual<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, grid_mw: f64, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let (mining, ai) = (r.mining.annual(), r.ai.annual());
    let per_mw = |v: f64| v / grid_mw / 1e6;
    let values = mining.iter().chain(&ai).flat_map(|m| [per_mw(m.revenue_usd), per_mw(m.ebitda_usd())]);
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let (lo, hi) = padded(lo, hi);
    let years = mining.len() as f64;
    let mut chart = plane(area, scale, (92.0, 64.0), 0.5..years + 0.5, lo..hi)?;
    mesh(&mut chart, theme, scale, ("Year of the window", Ticks::Plain), ("Per MW per year", Ticks::MillionsUsd), 6)?;
    for (name, path, colour) in [("Mining", &mining, theme.mining), ("AI", &ai, theme.ai)] {
        let revenue: Vec<(f64, f64)> = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(m.revenue_usd))).collect();
        let ebitda: Vec<(f64, f64)> = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(m.ebitda_usd()))).collect();
        chart.draw_series(LineSeries::new(revenue.clone(), colour.stroke_width(scale.px(2.5))))?;
        chart.draw_series(revenue.iter().map(|&p| Circle::new(p, scale.px(3.0), colour.filled())))?;
        chart.draw_series(DashedLineSeries::new(ebitda.clone(), scale.px(6.0), scale.px(4.0), colour.stroke_width(scale.px(2.0))))?;
        for (label, points) in [("revenue", &revenue), ("EBITDA", &ebitda)] {
            if let Some(&(x, y)) = points.last() {
                chart.draw_series(std::iter::once(Text::new(
                    format!(" {name} {label}"),
                    (x, y),
                    scale.font(11.0, colour).pos(Pos::new(HPos::Left, VPos::Center)),
                )))?;
            }
        }
    }
    Ok(())
}

/// Chart 3: revenue per kWh of grid capacity for mining, an AI lease and a GPU cloud, with the
/// "up to 25×" headline drawn as a reference line. Bars are labelled where they stand.
pub fn per_kwh<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let k = r.per_kwh;
    let headline = 25.0 * k.mining_grid_usd;
    let bars = [
        ("GPU cloud", k.gpu_grid_usd, theme.gpu, format!(", {} mining", crate::format::multiple(k.gpu_multiple()))),
        ("AI lease", k.lease_grid_usd, theme.ai, format!(", {} mining", crate::format::multiple(k.lease_multiple()))),
        ("Mining", k.mining_grid_usd, theme.mining, String::new()),
    ];
    let max = bars.iter().map(|b| b.1).fold(headline, f64::max) * 1.15;
    let mut chart = plane(area, scale, (16.0, 8.0), 0.0..max, 0.0..3.0)?;
    mesh(&mut chart, theme, scale, ("Revenue per kWh of grid capacity", Ticks::Usd), ("", Ticks::Plain), 0)?;
    for (i, (label, value, colour, tag)) in bars.iter().enumerate() {
        let y = i as f64;
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, y + 0.12), (*value, y + 0.55)], colour.filled())))?;
        chart.draw_series(std::iter::once(Text::new(
            format!("{label}: ${value:.3}/kWh{tag}"),
            (0.0, y + 0.62),
            scale.font(12.0, theme.text).pos(Pos::new(HPos::Left, VPos::Bottom)),
        )))?;
    }
    chart.draw_series(LineSeries::new([(headline, 0.0), (headline, 3.0)], theme.text.stroke_width(scale.px(1.5))))?;
    chart.draw_series(std::iter::once(Text::new(
        "“up to 25×” mining ",
        (headline, 3.0),
        scale.font(11.0, theme.text).pos(Pos::new(HPos::Right, VPos::Top)),
    )))?;
    Ok(())
}

/// Chart 4: tornado of (AI − mining NPV) with each input at its low and high, widest at the top.
/// Each bar carries its input's name above it.
pub fn tornado<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, bars: &[TornadoBar], base_usd: f64, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let n = bars.len().max(1) as f64;
    let base = base_usd / 1e6;
    let (lo, hi) = bars
        .iter()
        .flat_map(|b| [b.low_advantage_usd / 1e6, b.high_advantage_usd / 1e6])
        .fold((base, base), |(a, c), v| (a.min(v), c.max(v)));
    let (lo, hi) = padded(lo, hi);
    let mut chart = plane(area, scale, (16.0, 8.0), lo..hi, 0.0..n)?;
    mesh(&mut chart, theme, scale, ("AI NPV − mining NPV", Ticks::MillionsUsd), ("", Ticks::Plain), 0)?;
    for (rank, b) in bars.iter().enumerate() {
        let y = n - 1.0 - rank as f64;
        // Low input in the mining colour, high input in the AI colour, both from the base line.
        for (value, colour) in [(b.low_advantage_usd / 1e6, theme.mining), (b.high_advantage_usd / 1e6, theme.ai)] {
            let (a, c) = if value < base { (value, base) } else { (base, value) };
            chart.draw_series(std::iter::once(Rectangle::new([(a, y + 0.08), (c, y + 0.5)], colour.mix(0.85).filled())))?;
        }
        chart.draw_series(std::iter::once(Text::new(
            b.label.clone(),
            (lo, y + 0.55),
            scale.font(10.5, theme.text).pos(Pos::new(HPos::Left, VPos::Bottom)),
        )))?;
    }
    chart.draw_series(LineSeries::new([(base, 0.0), (base, n)], theme.text.stroke_width(scale.px(1.5))))?;
    // Direct labels on the widest bar say which end is which.
    if let Some(top) = bars.first() {
        for (value, label, colour) in [(top.low_advantage_usd / 1e6, "input low", theme.mining), (top.high_advantage_usd / 1e6, "input high", theme.ai)] {
            let (anchor, text) = if value < base { (HPos::Right, format!("{label} ")) } else { (HPos::Left, format!(" {label}")) };
            chart.draw_series(std::iter::once(Text::new(
                text,
                (value, n - 1.0 + 0.29),
                scale.font(11.0, colour).pos(Pos::new(anchor, VPos::Center)),
            )))?;
        }
    }
    Ok(())
}

fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Chart 5: who wins over hashprice × AI rate; the current scenario is marked with a ring.
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
    if nx < 2 || ny < 2 {
        return Ok(());
    }
    let step_x = (f.hashprices[1] - f.hashprices[0]) / 2.0;
    let step_y = (f.rates[1] - f.rates[0]) / 2.0;
    let x_range = f.hashprices[0] - step_x..f.hashprices[nx - 1] + step_x;
    let y_range = f.rates[0] - step_y..f.rates[ny - 1] + step_y;
    let max = f.advantage_usd.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    let mut chart = plane(area, scale, (16.0, 64.0), x_range, y_range)?;
    // Shades are quantised to ten steps a side and equal neighbours in a row merged into one
    // rectangle: the same picture with a fraction of the canvas calls.
    let shade = |v: f64| {
        let level = (10.0 * (v.abs() / max).sqrt()).round() / 10.0;
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
            let (x0, x1, y) = (f.hashprices[start], f.hashprices[c], f.rates[r]);
            cells.push(Rectangle::new([(x0 - step_x, y - step_y), (x1 + step_x, y + step_y)], colour.filled()));
            c += 1;
        }
    }
    chart.draw_series(cells)?;
    mesh(&mut chart, theme, scale, ("Hashprice, $/PH/s/day", Ticks::Usd), (rate_label, Ticks::Usd), 6)?;
    chart.draw_series([
        Circle::new(current, scale.px(7.0), theme.text.stroke_width(scale.px(2.5))),
        Circle::new(current, scale.px(2.0), theme.text.filled()),
    ])?;
    let corner = |x: f64, y: f64, text: &str, h: HPos, v: VPos| {
        Text::new(text.to_string(), (x, y), scale.font(12.0, theme.text).pos(Pos::new(h, v)))
    };
    chart.draw_series([
        corner(f.hashprices[0], f.rates[ny - 1], " AI ahead", HPos::Left, VPos::Top),
        corner(f.hashprices[nx - 1], f.rates[0], "Mining ahead ", HPos::Right, VPos::Bottom),
    ])?;
    Ok(())
}

/// Chart 6: mining's cumulative cash fan (p5–p95, p25–p75, median) against the AI path.
pub fn fan<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, mc: &MonteCarlo, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    area.fill(&theme.background)?;
    let n = mc.mining_cumulative_usd.len();
    let years = n as f64 / 12.0;
    let values = mc.mining_cumulative_usd.iter().flat_map(|p| [p[0], p[4]]).chain(mc.ai_cumulative_usd.iter().copied());
    let (lo, hi) = values.fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v / 1e6), b.max(v / 1e6)));
    let (lo, hi) = padded(lo, hi);
    let mut chart = plane(area, scale, (64.0, 64.0), 0.0..years, lo..hi)?;
    mesh(&mut chart, theme, scale, ("Years from start", Ticks::Years), ("Cumulative net cash", Ticks::MillionsUsd), 6)?;
    let x = |m: usize| (m + 1) as f64 / 12.0;
    for (outer, inner, alpha) in [(0, 4, 0.22), (1, 3, 0.4)] {
        let upper = (0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][inner] / 1e6));
        let lower = (0..n).rev().map(|m| (x(m), mc.mining_cumulative_usd[m][outer] / 1e6));
        chart.draw_series(std::iter::once(Polygon::new(upper.chain(lower).collect::<Vec<_>>(), theme.mining.mix(alpha).filled())))?;
    }
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][2] / 1e6)), theme.mining.stroke_width(scale.px(2.0))))?;
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.ai_cumulative_usd[m] / 1e6)), theme.ai.stroke_width(scale.px(2.5))))?;
    let end = |v: f64, label: &str, colour: RGBColor| {
        Text::new(format!(" {label}"), (years, v / 1e6), scale.font(12.0, colour).pos(Pos::new(HPos::Left, VPos::Center)))
    };
    if let (Some(last), Some(ai)) = (mc.mining_cumulative_usd.last(), mc.ai_cumulative_usd.last()) {
        chart.draw_series([end(last[2], "Mining p50", theme.mining), end(ai.to_owned(), "AI", theme.ai)])?;
    }
    Ok(())
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
            let data = ChartData { s, r: &r, t: Some(&bars), f: Some(&f), mc: Some(&mc) };
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
        let c1 = svg(|a| cumulative(a, &r, &t, k).unwrap());
        assert!(c1.contains("Mining") && c1.contains("payback"));
        assert!(c1.contains("Cumulative net cash") && c1.contains("converting"));
        let c2 = svg(|a| annual(a, &r, s.site.grid_mw, &t, k).unwrap());
        assert!(c2.contains("AI EBITDA") && c2.contains("Per MW per year"));
        let c3 = svg(|a| per_kwh(a, &r, &t, k).unwrap());
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
        let d = ChartData { s: &s, r: &r, t: None, f: None, mc: None };
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

    #[test]
    fn palettes_are_distinct() {
        for t in [Theme::LIGHT, Theme::DARK] {
            assert_ne!(t.mining, t.ai);
            assert_ne!(t.ai, t.gpu);
            assert_ne!(t.background, t.text);
        }
    }
}
