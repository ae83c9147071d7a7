//! The charts over time: cumulative cash, EBITDA and what is kept by year, the debt's cover, the
//! Monte Carlo fan, and the answer by the month the conversion starts.

use super::*;
use crate::language::{tr, tr_with};

/// The last point of a monthly series, at its month-end in years.
pub(super) fn month_end(values: &[f64]) -> Option<(f64, f64)> {
    values.last().map(|v| (values.len() as f64 / 12.0, v / mega()))
}

/// Chart 1: cumulative net cash of both paths, conversion period shaded, discounted payback
/// marked; a pinned scenario's paths as faint dashed ghosts.
pub fn cumulative<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, pinned: Option<&Report>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    let ghosts: Vec<&Report> = pinned.into_iter().collect();
    let all_paths = std::iter::once(r).chain(ghosts.iter().copied());
    let n = all_paths.clone().map(|p| p.mining.cumulative_usd.len().max(p.ai.cumulative_usd.len())).max().unwrap_or(0).max(1);
    let years = n as f64 / 12.0;
    let (lo, hi) = extent(all_paths.flat_map(|p| p.mining.cumulative_usd.iter().chain(&p.ai.cumulative_usd).map(|v| v / mega())));
    let (lo, hi) = padded(lo, hi);
    let mut keys = vec![
        Key { name: tr("ck-mining"), colour: theme.mining, swatch: Swatch::Line, end: month_end(&r.mining.cumulative_usd) },
        Key { name: tr("ck-ai"), colour: theme.ai, swatch: Swatch::Line, end: month_end(&r.ai.cumulative_usd) },
    ];
    for p in &ghosts {
        keys.push(Key { name: tr("ck-mining-pinned"), colour: faint(theme.mining, theme), swatch: Swatch::Dashed, end: month_end(&p.mining.cumulative_usd) });
        keys.push(Key { name: tr("ck-ai-pinned"), colour: faint(theme.ai, theme), swatch: Swatch::Dashed, end: month_end(&p.ai.cumulative_usd) });
    }
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (lo..hi, Some(Ticks::MillionsUsd)))?;
    let cut = r.cutover_month as f64 / 12.0;
    if cut > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, lo), (cut.min(years), hi)], theme.band.filled())))?;
        // From the band's left edge, clear of the y axis's tick labels.
        let style = scale.font(11.0, theme.text).pos(Pos::new(HPos::Left, VPos::Top));
        chart.plotting_area().draw(&(EmptyElement::at((0.0, hi)) + Text::new(tr("value-band"), (scale.px(4.0) as i32, scale.px(3.0) as i32), style)))?;
    }
    mesh(&mut chart, theme, scale, (&tr("value-axis-x"), Ticks::Years), (&tr("ck-axis-cumulative"), Ticks::MillionsUsd), 6)?;
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
            let words = tr("ck-payback");
            let (text, side) = if x > years * 0.6 { (format!("{words} "), HPos::Right) } else { (format!(" {words}"), HPos::Left) };
            chart.draw_series(std::iter::once(Text::new(
                text,
                (x, lo + (hi - lo) * 0.06),
                scale.font(11.0, theme.text).pos(Pos::new(side, VPos::Bottom)),
            )))?;
        }
    }
    Ok(())
}

/// What a path keeps of a year's EBITDA: less tax and interest (EBITDA itself before tax).
/// Repaying the loan's principal returns money borrowed: it is not a cost, so it is not taken.
pub fn kept_usd(m: &economics::Month) -> f64 {
    m.ebitda_usd() - m.tax_usd - m.interest_usd
}

/// Chart 2: EBITDA (dashed) per MW of grid power by year, both paths, and after tax what each
/// keeps of it once tax and interest are paid (solid); a pinned scenario's lines as faint
/// ghosts.
pub fn annual<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, grid_mw: f64, pinned: Option<(&Report, f64)>, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    type Lines = Vec<(String, RGBColor, bool, Vec<(f64, f64)>)>;
    // Each line: name, colour, whether it is EBITDA (dashed), points.
    let lines_of = |r: &Report, grid_mw: f64, suffix: &str, mining: RGBColor, ai: RGBColor| -> Lines {
        let per_mw = |v: f64| if grid_mw > 0.0 { v / grid_mw / mega() } else { 0.0 };
        let mut out = Vec::new();
        let taxed = r.basis != economics::Basis::PreTax;
        for (is_ai, path, colour) in [(false, r.mining.annual(), mining), (true, r.ai.annual(), ai)] {
            let name = if is_ai { "ai" } else { "mining" };
            let ebitda = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(m.ebitda_usd()))).collect();
            out.push((format!("{}{suffix}", tr(&format!("ck-{name}-ebitda"))), colour, true, ebitda));
            if taxed {
                let kept_line = path.iter().enumerate().map(|(i, m)| ((i + 1) as f64, per_mw(kept_usd(m)))).collect();
                let kept = if is_ai && r.debt.is_some() { "ck-ai-kept-financed".to_string() } else { format!("ck-{name}-kept") };
                out.push((format!("{}{suffix}", tr(&kept)), colour, false, kept_line));
            }
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
    mesh(&mut chart, theme, scale, (&tr("ck-axis-year"), Ticks::Plain), (&tr("ck-axis-per-mw"), Ticks::MillionsUsd), 6)?;
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


/// Debt-service cover month by month over repayment, with the covenant and 1× marked; a note
/// in place of the plot when nothing is borrowed.
pub fn cover<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, r: &Report, covenant: f64, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    let Some(d) = r.debt.as_ref().filter(|d| d.borrowed_usd > 0.0) else {
        let style = scale.font(13.0, theme.text).pos(Pos::new(HPos::Center, VPos::Center));
        let (w, h) = area.dim_in_pixel();
        let why = tr(if r.debt.is_some() { "ck-no-loan" } else { "ck-nothing-borrowed" });
        return area.draw(&Text::new(why, ((w / 2) as i32, (h / 2) as i32), style));
    };
    let n = r.ai.months.len().max(1);
    let years = n as f64 / 12.0;
    let points: Vec<(f64, f64)> = d.dscr.iter().enumerate().filter_map(|(m, c)| c.map(|c| ((m + 1) as f64 / 12.0, c))).collect();
    // Coverage of many times the debt service says little more than "ample": the axis stops at 4×.
    let top = points.iter().map(|p| p.1).fold(covenant.max(1.0), f64::max).min(4.0) * 1.1;
    let bottom = points.iter().map(|p| p.1).fold(0.0, f64::min).max(-1.0);
    let keys = [
        Key { name: "AI: cash ÷ debt service".into(), colour: theme.ai, swatch: Swatch::Line, end: points.last().map(|p| (p.0, p.1.clamp(bottom, top))) },
        Key { name: tr_with("ck-covenant", &[("cover", format!("{}×", crate::format::trimmed(covenant, 3)).into())]), colour: theme.text, swatch: Swatch::Dashed, end: Some((years, covenant)) },
    ];
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (bottom..top, Some(Ticks::Times)))?;
    mesh(&mut chart, theme, scale, (&tr("value-axis-x"), Ticks::Years), (&tr("ck-axis-cover"), Ticks::Times), 5)?;
    chart.draw_series(DashedLineSeries::new([(0.0, covenant), (years, covenant)], scale.px(6.0), scale.px(4.0), theme.text.stroke_width(scale.px(1.5))))?;
    if covenant != 1.0 {
        chart.draw_series(LineSeries::new([(0.0, 1.0), (years, 1.0)], theme.grid.stroke_width(scale.px(1.5))))?;
    }
    let clipped: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x, y.clamp(bottom, top))).collect();
    chart.draw_series(LineSeries::new(clipped, theme.ai.stroke_width(scale.px(2.5))))?;
    name_keys(area, &chart, &keys, &l, scale)
}

/// Chart 6: mining's cumulative cash fan (p5–p95, p25–p75, median) against the AI path.
pub fn fan<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, mc: &MonteCarlo, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
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
        Key { name: tr("ck-mining-p50"), colour: theme.mining, swatch: Swatch::Line, end: last(2) },
        Key { name: tr("ck-ai"), colour: theme.ai, swatch: Swatch::Line, end: (n > 0).then(|| (years, mc.ai_cumulative_usd[n - 1] / mega())) },
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
    mesh(&mut chart, theme, scale, (&tr("value-axis-x"), Ticks::Years), (&tr("ck-axis-cumulative"), Ticks::MillionsUsd), 6)?;
    for (low, high, colour) in [(0, 4, outer), (1, 3, inner)] {
        let upper = (0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][high] / mega()));
        let lower = (0..n).rev().map(|m| (x(m), mc.mining_cumulative_usd[m][low] / mega()));
        chart.draw_series(std::iter::once(Polygon::new(upper.chain(lower).collect::<Vec<_>>(), colour.filled())))?;
    }
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.mining_cumulative_usd[m][2] / mega())), theme.mining.stroke_width(scale.px(2.5))))?;
    chart.draw_series(LineSeries::new((0..n).map(|m| (x(m), mc.ai_cumulative_usd[m] / mega())), theme.ai.stroke_width(scale.px(2.5))))?;
    name_keys(area, &chart, &keys, &l, scale)
}

/// Chart 8: what converting adds (AI NPV − mining NPV) for each month the conversion could
/// start, from now (each start valued over its own window); the best start and the start as set
/// are marked.
pub fn when<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, t: &Timing, s: &economics::Scenario, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    let points: Vec<(f64, f64)> = t.starts.iter().zip(&t.advantage_usd).map(|(&m, &a)| (m as f64 / 12.0, a / mega())).collect();
    let years = points.last().map_or(0.0, |p| p.0).max(1.0);
    let (lo, hi) = extent(points.iter().map(|p| p.1).chain([0.0]));
    let (lo, hi) = padded(lo, hi);
    let keys = [Key { name: tr("ck-converting-then"), colour: theme.ai, swatch: Swatch::Line, end: points.last().copied() }];
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (lo..hi, Some(Ticks::MillionsUsd)))?;
    mesh(&mut chart, theme, scale, (&tr("ck-axis-starts"), Ticks::Years), (&tr("ck-axis-adds"), Ticks::MillionsUsd), 6)?;
    chart.draw_series(LineSeries::new([(0.0, 0.0), (years, 0.0)], theme.text.stroke_width(scale.px(1.0))))?;
    chart.draw_series(LineSeries::new(points.clone(), theme.ai.stroke_width(scale.px(2.5))))?;
    name_keys(area, &chart, &keys, &l, scale)?;
    // The start as set (dashed), and the best start (a dot, labelled with its month).
    let set = s.ai.convert_in_months.round().max(0.0) / 12.0;
    if set > 0.0 && set <= years {
        chart.draw_series(DashedLineSeries::new([(set, lo), (set, hi)], scale.px(4.0), scale.px(3.0), theme.text.stroke_width(1)))?;
    }
    if let Some((m, a)) = t.best() {
        let at = (m as f64 / 12.0, a / mega());
        chart.draw_series(std::iter::once(Circle::new(at, scale.px(5.0), theme.ai.filled())))?;
        let label = tr_with(if a >= 0.0 { "ck-best" } else { "ck-smallest-loss" }, &[("month", crate::format::month(s.site.start.plus_months(m as u32)).into())]);
        let right = at.0 > years * 0.6;
        let (anchor, dx) = if right { (HPos::Right, -scale.f(8.0)) } else { (HPos::Left, scale.f(8.0)) };
        let style = scale.font(11.0, theme.text).pos(Pos::new(anchor, VPos::Bottom));
        chart.plotting_area().draw(&(EmptyElement::at(at) + Text::new(label, (dx as i32, -(scale.px(6.0) as i32)), style)))?;
    }
    Ok(())
}
