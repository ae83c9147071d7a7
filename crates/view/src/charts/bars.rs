//! The bar charts: revenue per kWh, and the tornado of what moves the answer most.

use super::*;
use crate::language::{tr, tr_with};

/// A price per kWh (already in the reader's currency) as read: `$0.0685`, `$1.057`, `$0.15`,
/// never `$0.150`.
pub(super) fn per_kwh_usd(value: f64) -> String {
    crate::format::amount(value, if value.abs() < 0.1 { 4 } else { 3 })
}

/// Chart 3: revenue per kWh of grid capacity for mining, an AI lease and a GPU cloud, with the
/// "up to 25×" headline drawn as a reference line. Bars are labelled where they stand; a pinned
/// scenario's values are drawn as outlines over the bars.
pub fn per_kwh<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, pinned: Option<&Report>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
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
        (tr("row-gpu-cloud"), k.gpu_grid_usd, theme.gpu, tr_with("ck-times-mining", &[("times", crate::format::multiple(k.gpu_multiple()).into())])),
        (tr("row-ai-lease"), k.lease_grid_usd, theme.ai, tr_with("ck-times-mining", &[("times", crate::format::multiple(k.lease_multiple()).into())])),
        (tr("row-mining"), k.mining_grid_usd, theme.mining, String::new()),
    ];
    let max = bars.iter().map(|b| b.1).chain(pin.into_iter().flatten()).filter(|v| v.is_finite()).fold(headline.max(0.0), f64::max) * 1.15;
    // The headline's label sits above the plot, in a margin of its own, clear of the bars' labels.
    let mut chart = plane(area, scale, (scale.f(10.0) + line_px(11.0, scale), scale.f(16.0)), (0.0..max, Ticks::Usd), (0.0..3.0, None))?;
    mesh(&mut chart, theme, scale, (&tr("ck-axis-kwh"), Ticks::Usd), ("", Ticks::Plain), 0)?;
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
    // Above the line's top end: centred on it, or against whichever edge of the plot it nears.
    let text = "“up to 25×” mining";
    let (at, top) = chart.backend_coord(&(headline, 3.0));
    let (origin_x, origin_y) = area.get_base_pixel();
    let half = text_px(text, 11.0, scale) / 2.0;
    let x = (at as f64).clamp(xs.start as f64 + half, (xs.end as f64 - half).max(xs.start as f64 + half));
    let pos = Pos::new(HPos::Center, VPos::Bottom);
    area.draw_text(text, &scale.font(11.0, theme.text).pos(pos), ((x - origin_x as f64) as i32, top - origin_y - scale.px(2.0) as i32))?;
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
        n => Some(crate::language::tr_with("left-out", &[("count", crate::language::count(n as f64, n.to_string()))])),
    }
}

/// What the tornado leaves out when only `shown` of the inputs with an effect fit: "the 9
/// smaller inputs are in the table", with the inputs of no effect.
fn tornado_note(all: &[TornadoBar], shown: usize) -> Option<String> {
    let smaller = all.iter().filter(|b| !no_effect(b)).count().saturating_sub(shown);
    let dead = all.iter().filter(|b| no_effect(b)).count();
    match (smaller, dead) {
        (0, _) => left_out_note(all),
        (n, 0) => Some(crate::language::tr_with("smaller-in-table", &[("count", crate::language::count(n as f64, n.to_string()))])),
        (n, d) => Some(crate::language::tr_with("smaller-dead-in-table", &[("count", crate::language::count(n as f64, n.to_string())), ("dead", d.to_string().into())])),
    }
}

/// Chart 4: tornado of (AI − mining NPV) with each input at its low and high, widest at the top.
/// Each bar carries its input's name above it; inputs with no effect are left out, in one line.
pub fn tornado<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, all: &[TornadoBar], base_usd: f64, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    // As many of the widest bars as the height gives a row each (a name over a bar: 2.2 lines).
    let rows_fit = ((area.dim_in_pixel().1 as f64 - scale.f(60.0)) / (2.2 * line_px(10.5, scale))).floor().max(1.0) as usize;
    let bars: Vec<&TornadoBar> = all.iter().filter(|b| !no_effect(b)).take(rows_fit).collect();
    // Nothing moves the answer (nothing converted, say): a note, not empty axes.
    if bars.is_empty() {
        let style = scale.font(13.0, theme.text).pos(Pos::new(HPos::Center, VPos::Center));
        let (w, h) = area.dim_in_pixel();
        return area.draw(&Text::new(tr("tornado-none"), ((w / 2) as i32, (h / 2) as i32), style));
    }
    let note = tornado_note(all, bars.len());
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
        let ends = [(b.low_advantage_usd / mega(), tr("ck-input-low"), theme.mining), (b.high_advantage_usd / mega(), tr("ck-input-high"), theme.ai)];
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
    mesh(&mut chart, theme, scale, (&tr("ck-axis-adds"), Ticks::MillionsUsd), ("", Ticks::Plain), 0)?;
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
    // Where the answer changes sign: a bar across this line flips the verdict within its range.
    if lo < 0.0 && hi > 0.0 && (base.abs() > (hi - lo) * 0.02) {
        chart.draw_series(DashedLineSeries::new([(0.0, 0.0), (0.0, n)], scale.px(4.0), scale.px(3.0), theme.text.mix(0.7).stroke_width(scale.px(1.0))))?;
    }
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
