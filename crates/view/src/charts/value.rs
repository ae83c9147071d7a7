//! The answer's own picture: each path's value today, built up month by month (the running total
//! of its cash, each month counted at its rate), so the gap where the two lines end is the
//! verdict's figure, on the verdict's basis; the step in the last month is what the years after
//! the contract add.

use super::lines::month_end;
use super::*;

/// Chart 0: the value today of each path, month by month, ending at their values today (the
/// verdict's two figures); the conversion shaded; the gap at the end marked with its amount.
pub fn value_today<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, s: &economics::Scenario, r: &Report, theme: &Theme, scale: Scale) -> DrawResult<DB> {
    backdrop(area, theme)?;
    let (mining, ai) = (&r.mining.discounted_cumulative_usd, &r.ai.discounted_cumulative_usd);
    let n = mining.len().max(ai.len()).max(1);
    let years = n as f64 / 12.0;
    let (lo, hi) = extent(mining.iter().chain(ai).map(|v| v / mega()));
    let (lo, hi) = padded(lo, hi);
    let keys = [
        Key { name: crate::language::tr("key-converting"), colour: theme.ai, swatch: Swatch::Line, end: month_end(ai) },
        Key { name: crate::text::staying(s), colour: theme.mining, swatch: Swatch::Line, end: month_end(mining) },
    ];
    let l = layout(area.dim_in_pixel(), &keys, scale);
    let mut chart = plane(area, scale, (l.top, l.right), (0.0..years, Ticks::Years), (lo..hi, Some(Ticks::MillionsUsd)))?;
    let cut = r.cutover_month as f64 / 12.0;
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let points = |values: &[f64]| std::iter::once((0.0, 0.0)).chain(values.iter().enumerate().map(|(m, v)| ((m + 1) as f64 / 12.0, v / mega()))).collect::<Vec<_>>();
    // Each path's line, worked out once a redraw: placing the band's name reads it too.
    let paths = [(points(mining), theme.mining), (points(ai), theme.ai)];
    // The band's name: its box's right edge, top and bottom, in pixels, and whether it is at the top.
    let mut named = None;
    let mut over_lines = None;
    if cut > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, lo), (cut.min(years), hi)], theme.band.filled())))?;
        let name = crate::language::tr("value-band");
        let (dx, dy) = (scale.px(4.0) as i32, scale.px(3.0) as i32);
        let (w, h) = (text_px(&name, 11.0, scale).ceil() as i32, line_px(11.0, scale).ceil() as i32);
        let (left, right) = (xs.start + dx, xs.start + dx + w);
        let at_top = [ys.start + dy, ys.start + dy + h];
        let at_bottom = [ys.end - dy - h, ys.end - dy];
        // At the band's top, unless a line runs through it there (a prepayment lifts the AI
        // line steeply in the first months) and not at its bottom.
        let lines: Vec<Vec<(i32, i32)>> = paths.iter().map(|(line, _)| line.iter().map(|p| chart.backend_coord(p)).collect()).collect();
        // With room for the line's width and the glyphs' own place below the text's estimated box.
        let (above, below) = (scale.px(2.0) as i32, scale.px(6.0) as i32);
        let crossed = |[top, bottom]: [i32; 2]| lines.iter().any(|l| runs_through(l, (left, right), (top - above, bottom + below)));
        let (top_crossed, bottom_crossed) = (crossed(at_top), crossed(at_bottom));
        let top = !top_crossed || bottom_crossed;
        let [t, b] = if top { at_top } else { at_bottom };
        named = Some((right, t, b, top));
        let (anchor, offset, vpos) = if top { ((0.0, hi), dy, VPos::Top) } else { ((0.0, lo), -dy, VPos::Bottom) };
        let place = (anchor, (dx, offset), vpos, name, if top { dy } else { -dy - h }, (w, h));
        if top_crossed && bottom_crossed {
            // No clear corner (a line runs through the band's whole height where its name
            // goes): the name is drawn after the lines, over them, on the band's colour.
            over_lines = Some(place);
        } else {
            band_name(&chart, place, theme, scale, false)?;
        }
    }
    mesh(&mut chart, theme, scale, (&crate::language::tr("value-axis-x"), Ticks::Years), (&crate::language::tr("value-axis-y"), Ticks::MillionsUsd), 6)?;
    chart.draw_series(LineSeries::new([(0.0, 0.0), (years, 0.0)], theme.grid.stroke_width(scale.px(1.0))))?;
    for (line, colour) in &paths {
        chart.draw_series(LineSeries::new(line.iter().copied(), colour.stroke_width(scale.px(2.5))))?;
    }
    if let Some(place) = over_lines {
        band_name(&chart, place, theme, scale, true)?;
    }
    name_keys(area, &chart, &keys, &l, scale)?;
    // The verdict's figure: the gap between the lines' ends, drawn as a bracket at the end.
    if let (Some(&a), Some(&m)) = (ai.last(), mining.last()) {
        let x = years * 0.985;
        let (a, m) = (a / mega(), m / mega());
        chart.draw_series(std::iter::once(PathElement::new(vec![(x, m), (x, a)], theme.text.stroke_width(scale.px(1.5)))))?;
        let gap = (a - m) * mega();
        let sign = if gap >= 0.0 { "gain" } else { "loss" };
        let label = crate::language::tr_with("value-gap", &[("sign", sign.into()), ("value", tight_money(gap.abs()).into())]);
        let style = scale.font(12.0, theme.text).pos(Pos::new(HPos::Right, VPos::Center));
        // Beside the bracket's middle, but wholly inside the plot (a gap at its top or bottom
        // edge would put the label over a legend above it or the axis below), and clear of the
        // band's name where a narrow chart brings the two together.
        let mid = (x, (a + m) / 2.0);
        let half = (line_px(12.0, scale) / 2.0).ceil() as i32;
        let (px, y) = chart.backend_coord(&mid);
        let right = px - scale.px(6.0) as i32;
        let (mut top, mut bottom) = (ys.start + half, ys.end - half);
        if let Some((band_right, band_top, band_bottom, at_top)) = named {
            if right - (text_px(&label, 12.0, scale).ceil() as i32) < band_right {
                if at_top {
                    top = top.max(band_bottom + half + 1);
                } else {
                    bottom = bottom.min(band_top - half - 1);
                }
            }
        }
        let dy = y.clamp(top, bottom.max(top)) - y;
        chart.plotting_area().draw(&(EmptyElement::at(mid) + Text::new(label, (right - px, dy), style)))?;
    }
    Ok(())
}

/// Where the band's name goes: the plot's corner it hangs from, its offset from there, its
/// vertical anchor, the name, the top of its box relative to the corner, and its box's size.
type Place = ((f64, f64), (i32, i32), VPos, String, i32, (i32, i32));

/// The band's name at `place`; on the band's colour where `backed`, to be read over a line.
fn band_name<DB: DrawingBackend>(chart: &ChartContext<DB, Plane>, place: Place, theme: &Theme, scale: Scale, backed: bool) -> DrawResult<DB> {
    let (anchor, offset, vpos, name, y0, (w, h)) = place;
    let text = Text::new(name, offset, scale.font(11.0, theme.text).pos(Pos::new(HPos::Left, vpos)));
    let area = chart.plotting_area();
    if backed {
        let pad = scale.px(2.0) as i32;
        let backing = Rectangle::new([(offset.0 - pad, y0 - pad), (offset.0 + w + pad, y0 + h + pad)], theme.band.filled());
        area.draw(&(EmptyElement::at(anchor) + backing + text))?;
    } else {
        area.draw(&(EmptyElement::at(anchor) + text))?;
    }
    Ok(())
}

/// Whether the polyline `line` (pixels, running left to right as months do) passes through the
/// box `left..right` × `top..bottom`.
fn runs_through(line: &[(i32, i32)], (left, right): (i32, i32), (top, bottom): (i32, i32)) -> bool {
    line.windows(2).any(|w| {
        let ((x0, y0), (x1, y1)) = ((w[0].0 as f64, w[0].1 as f64), (w[1].0 as f64, w[1].1 as f64));
        if x1 < left as f64 || x0 > right as f64 {
            return false;
        }
        // The segment's heights where it enters and leaves the box's columns.
        let at = |x: f64| if x1 > x0 { y0 + (y1 - y0) * (x.clamp(x0, x1) - x0) / (x1 - x0) } else { y0 };
        let (a, b) = if x1 > x0 { (at(left as f64), at(right as f64)) } else { (y0, y1) };
        a.min(b) <= bottom as f64 && a.max(b) >= top as f64
    })
}

/// An amount as the verdict writes it, less a decimal that is only zeros (`$7.0M` → `$7M`): a
/// chart's labels carry no trailing zeros.
fn tight_money(usd: f64) -> String {
    let text = crate::format::money(usd);
    let decimal = crate::format::locale().decimal;
    let chars: Vec<char> = text.chars().collect();
    match chars.iter().position(|&c| c == decimal) {
        Some(i) if chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).all(|&c| c == '0') => {
            let zeros = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            chars[..i].iter().chain(&chars[i + 1 + zeros..]).collect()
        }
        _ => text,
    }
}
