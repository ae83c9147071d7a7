//! The charts, each one function generic over the plotters backend: the page draws them on a
//! canvas, native tests on an SVG string. Mining and AI take Okabe–Ito's orange and blue, the GPU
//! cloud a violet, so every pair stays apart under the common colour-vision deficiencies (a test
//! simulates them), and every series is labelled directly, not only by colour: names
//! stand at the ends of their lines, moved apart where they would collide ([`spread`]), or go to a
//! legend above the plot where the margin has no room. A pinned scenario is drawn as a faint ghost
//! on the charts where a comparison reads (cash, annual, per kWh). This module holds what every
//! chart shares (colours, data, axes and their room); `lines`, `bars` and `map` draw the charts,
//! `labels` places their names, and `sheet` lays a chart out as a file that stands alone.

use economics::analysis::{Frontier, Timing, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::Report;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

mod bars;
mod labels;
mod lines;
mod map;
mod sheet;
mod value;

pub use bars::{left_out_note, no_effect, per_kwh, tornado};
pub use labels::spread;
pub use lines::{annual, cover, cumulative, fan, kept_usd, when};
pub use map::{frontier, zero_line};
pub use sheet::{draw_sheet, wrap, Sheet, SHEET_WIDTH};
pub use value::value_today;
use labels::*;

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
    /// The background left unpainted, for an embed whose host page's background shows through.
    pub clear: bool,
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
        clear: false,
    };
    pub const DARK: Theme = Theme {
        background: RGBColor(24, 26, 31),
        text: RGBColor(230, 232, 235),
        grid: RGBColor(70, 74, 82),
        mining: RGBColor(230, 159, 0),
        ai: RGBColor(86, 180, 233),
        gpu: RGBColor(170, 90, 255),
        band: RGBColor(45, 48, 56),
        clear: false,
    };
}

/// Cells a side of the break-even map (each a run of the model).
pub const FRONTIER_CELLS: usize = 21;
/// Monte Carlo paths behind the fan (the page uses fewer while a slider is moving).
pub const FAN_PATHS: usize = 2000;
/// The Monte Carlo seed: the same scenario always draws the same fan.
pub const FAN_SEED: u64 = 1;

/// The charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Chart {
    /// Each path's value today, built up month by month: the verdict's picture.
    Value,
    /// Cumulative cash of both paths, not discounted.
    Cash,
    /// EBITDA per MW by year, and what is kept after tax and interest.
    Annual,
    /// Revenue per kWh of capacity.
    Kwh,
    /// What moves the answer most.
    Tornado,
    /// Break-even map: conversion capex or hashprice × the AI rate.
    Map,
    /// Mining under uncertainty.
    Fan,
    /// Debt-service cover over the loan's repayment.
    Cover,
    /// The advantage by the month the conversion starts.
    When,
}

impl Chart {
    /// Every chart, by index: new charts join at the end, so a chart's index (the JavaScript
    /// API's `chart_svg`) never changes.
    pub const ALL: [Chart; 9] = [Chart::Cash, Chart::Annual, Chart::Kwh, Chart::Tornado, Chart::Map, Chart::Fan, Chart::Cover, Chart::When, Chart::Value];

    /// Every chart, in page order: the verdict's own picture first.
    pub const PAGE: [Chart; 9] = [Chart::Value, Chart::Cash, Chart::Annual, Chart::Kwh, Chart::Tornado, Chart::Map, Chart::Fan, Chart::Cover, Chart::When];

    /// The chart's name in `charts=` and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Chart::Value => "value",
            Chart::Cash => "cash",
            Chart::Annual => "annual",
            Chart::Cover => "cover",
            Chart::Kwh => "kwh",
            Chart::Tornado => "tornado",
            Chart::Map => "map",
            Chart::Fan => "fan",
            Chart::When => "when",
        }
    }

    /// The chart with this name.
    pub fn by_name(name: &str) -> Option<Chart> {
        Chart::PAGE.into_iter().find(|c| c.name() == name)
    }

    /// The chart's title.
    pub fn title(self) -> String {
        let english = match self {
            Chart::Value => "What each path is worth today, month by month",
            Chart::Cash => "Another view: cash, not discounted",
            Chart::Annual => "Earnings per MW by year (EBITDA), and what is kept after tax and interest",
            Chart::Cover => "Can the AI path carry its debt? Cash over debt service",
            Chart::Kwh => "Revenue per kWh: mining, AI lease, GPU cloud",
            Chart::Tornado => "What moves the answer most",
            Chart::Map => "Break-even map: where converting wins",
            Chart::Fan => "Mining under uncertainty vs the contracted AI path",
            Chart::When => "When to convert: the answer for each start month",
        };
        crate::language::tr_or(&format!("chart-{}", self.name()), english)
    }
}

/// What the charts are drawn from; the analyses are optional so a page computes only those it shows.
pub struct ChartData<'a> {
    pub s: &'a economics::Scenario,
    pub r: &'a Report,
    pub t: Option<&'a [TornadoBar]>,
    pub f: Option<&'a Frontier>,
    pub mc: Option<&'a MonteCarlo>,
    /// The "when to convert" sweep.
    pub timing: Option<&'a Timing>,
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
    let (s, r) = (d.s, d.r);
    match (chart, d.t, d.f, d.mc) {
        (Chart::Value, ..) => value_today(area, s, r, theme, scale)?,
        (Chart::Cash, ..) => cumulative(area, r, d.pinned, theme, scale)?,
        (Chart::Annual, ..) => annual(area, r, s.site.grid_mw, d.pinned.map(|p| (p, grid_mw(p).unwrap_or(s.site.grid_mw))), theme, scale)?,
        (Chart::Cover, ..) => cover(area, r, s.debt.covenant_dscr, theme, scale)?,
        (Chart::Kwh, ..) => per_kwh(area, r, d.pinned, theme, scale)?,
        (Chart::Tornado, Some(t), ..) => tornado(area, t, r.advantage_npv_usd, theme, scale)?,
        (Chart::Map, _, Some(f), _) => {
            // The map's axes and shades in the reader's currency.
            let axis = |key: &str| {
                let p = economics::params::Param::by_key(key);
                let (label, unit) = p.map_or(("", ""), |p| (p.label, p.unit));
                let money = crate::format::is_money(unit);
                (crate::format::unit(&format!("{label}, {unit}")), if money { Ticks::Usd } else { Ticks::Plain }, money, p.map_or(0.0, |p| (p.get)(s)))
            };
            let ((xl, xt, xm, x_now), (yl, yt, ym, y_now)) = (axis(&f.x_key), axis(&f.y_key));
            let local = |xs: &[f64], money: bool| xs.iter().map(|&x| if money { to_local(x) } else { x }).collect();
            let map = Frontier { xs: local(&f.xs, xm), ys: local(&f.ys, ym), advantage_usd: local(&f.advantage_usd, true), ..f.clone() };
            let now = (if xm { to_local(x_now) } else { x_now }, if ym { to_local(y_now) } else { y_now });
            frontier(area, &map, now, ((&xl, xt), (&yl, yt)), theme, scale)?
        }
        (Chart::Fan, .., Some(mc)) => fan(area, mc, theme, scale)?,
        (Chart::When, ..) => match d.timing {
            Some(t) => when(area, t, s, theme, scale)?,
            None => return Ok(false),
        },
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

/// Drawing errors of backend `DB`.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Paints a chart's background, unless the theme leaves it clear.
fn backdrop<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &Theme) -> DrawResult<DB> {
    if theme.clear {
        return Ok(());
    }
    area.fill(&theme.background)
}

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
/// placed by this estimate has room on any screen. A Japanese or Chinese character is a whole
/// em wide.
pub fn text_px(text: &str, css: f64, scale: Scale) -> f64 {
    ems(text) * scale.f(css)
}

/// The width of `text` in ems, as [`text_px`] takes it.
fn ems(text: &str) -> f64 {
    text.chars().map(|c| if c as u32 >= 0x2E80 { 1.0 } else { 0.6 }).sum()
}

/// The pitch between stacked labels of `css` px: an em and a little air.
fn line_px(css: f64, scale: Scale) -> f64 {
    1.25 * scale.f(css)
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
        .map(|v| ems(&tick((v / step).round() * step, kind)) * 11.0)
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

fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
    let mix = |x: u8, y: u8| (x as f64 + (y as f64 - x as f64) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

#[cfg(test)]
mod tests;
