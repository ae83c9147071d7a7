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
    // The band's name, and the corner of the plot it takes (right edge, bottom), in pixels.
    let mut named = None;
    if cut > 0.0 {
        chart.draw_series(std::iter::once(Rectangle::new([(0.0, lo), (cut.min(years), hi)], theme.band.filled())))?;
        let style = scale.font(11.0, theme.text).pos(Pos::new(HPos::Left, VPos::Top));
        let name = crate::language::tr("value-band");
        let (dx, dy) = (scale.px(4.0) as i32, scale.px(3.0) as i32);
        named = Some((xs.start + dx + text_px(&name, 11.0, scale).ceil() as i32, ys.start + dy + line_px(11.0, scale).ceil() as i32));
        chart.plotting_area().draw(&(EmptyElement::at((0.0, hi)) + Text::new(name, (dx, dy), style)))?;
    }
    mesh(&mut chart, theme, scale, (&crate::language::tr("value-axis-x"), Ticks::Years), (&crate::language::tr("value-axis-y"), Ticks::MillionsUsd), 6)?;
    chart.draw_series(LineSeries::new([(0.0, 0.0), (years, 0.0)], theme.grid.stroke_width(scale.px(1.0))))?;
    let points = |values: &[f64]| std::iter::once((0.0, 0.0)).chain(values.iter().enumerate().map(|(m, v)| ((m + 1) as f64 / 12.0, v / mega()))).collect::<Vec<_>>();
    for (values, colour) in [(mining, theme.mining), (ai, theme.ai)] {
        chart.draw_series(LineSeries::new(points(values), colour.stroke_width(scale.px(2.5))))?;
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
        // edge would put the label over a legend above it or the axis below), and below the
        // band's name where a narrow chart brings the two together.
        let mid = (x, (a + m) / 2.0);
        let half = (line_px(12.0, scale) / 2.0).ceil() as i32;
        let (px, y) = chart.backend_coord(&mid);
        let right = px - scale.px(6.0) as i32;
        let mut top = ys.start + half;
        if let Some((band_right, band_bottom)) = named {
            if right - (text_px(&label, 12.0, scale).ceil() as i32) < band_right {
                top = top.max(band_bottom + half + 1);
            }
        }
        let dy = y.clamp(top, (ys.end - half).max(top)) - y;
        chart.plotting_area().draw(&(EmptyElement::at(mid) + Text::new(label, (right - px, dy), style)))?;
    }
    Ok(())
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
