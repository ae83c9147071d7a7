//! The break-even map: the AI advantage over two inputs (conversion capex or hashprice across,
//! the AI rate up), its legend and the break-even line.

use super::*;
use crate::language::tr;

/// Boundaries of the cells centred on `centres`: half-way between neighbours, and half a step
/// beyond the ends. Neighbouring cells share one boundary value, so they tile with no gap or
/// overlap however the pixels round.
pub(super) fn cell_edges(centres: &[f64]) -> Vec<f64> {
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
    let (nx, ny) = (f.xs.len(), f.ys.len());
    let mut out = Vec::new();
    if nx < 2 || ny < 2 || f.advantage_usd.len() < nx * ny {
        return out;
    }
    let point = |(r, c): (usize, usize)| (f.xs[c], f.ys[r], f.at(r, c));
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
    let (xe, ye) = (cell_edges(&f.xs), cell_edges(&f.ys));
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

/// Chart 5: who wins over two inputs, on a diverging scale centred on break-even with its legend
/// above (the AI advantage, signed: "−$791.2M … $0 … +$791.2M" under "Mining ahead … AI ahead"); the break-even drawn as a line, the current scenario marked with a ring. `labels` name
/// the axes (across, up), each with the kind of its ticks.
pub fn frontier<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frontier,
    current: (f64, f64),
    labels: ((&str, Ticks), (&str, Ticks)),
    theme: &Theme,
    scale: Scale,
) -> DrawResult<DB> {
    let ((x_label, x_ticks), (y_label, y_ticks)) = labels;
    backdrop(area, theme)?;
    let (nx, ny) = (f.xs.len(), f.ys.len());
    if nx < 1 || ny < 1 || f.advantage_usd.len() < nx * ny {
        return Ok(());
    }
    let (xe, ye) = (cell_edges(&f.xs), cell_edges(&f.ys));
    let max = f.advantage_usd.iter().filter(|v| v.is_finite()).fold(1.0f64, |m, v| m.max(v.abs()));
    // The legend: a gradient bar with the sides named above and the amounts below.
    let legend_h = scale.f(8.0) + 2.0 * line_px(10.5, scale) + scale.f(8.0);
    let mut chart = plane(area, scale, (legend_h + scale.f(10.0), scale.f(16.0)), (xe[0]..xe[nx], x_ticks), (ye[0]..ye[ny], Some(y_ticks)))?;
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
    mesh(&mut chart, theme, scale, (x_label, x_ticks), (y_label, y_ticks), 6)?;
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
    // The map's amounts are in the reader's currency already. They are the AI advantage (AI −
    // mining), so each end carries its sign: negative where mining is ahead, positive where AI is.
    let (low, high) = (crate::format::local_money(-max), format!("+{}", crate::format::local_money(max)));
    let below = y_bar + bar_h + scale.f(2.0);
    // Names above the bar, amounts below; the centre's label only if it clears both ends.
    let (mining_ahead, ai_ahead) = (tr("ck-mining-ahead"), tr("ck-ai-ahead"));
    words(&mining_ahead, left, y_words, HPos::Left, VPos::Top)?;
    words(&ai_ahead, left + width, y_words, HPos::Right, VPos::Top)?;
    words(&low, left, below, HPos::Left, VPos::Top)?;
    words(&high, left + width, below, HPos::Right, VPos::Top)?;
    let centre = tr("ck-break-even-line");
    let clear = |side: &str| text_px(side, 10.5, scale) + text_px(&centre, 10.5, scale) / 2.0 + scale.f(8.0) <= width / 2.0;
    if clear(&mining_ahead) {
        words(&centre, mid, y_words, HPos::Center, VPos::Top)?;
    }
    if clear(&high) && clear(&low) {
        words(&crate::format::amount(0.0, 0), mid, below, HPos::Center, VPos::Top)?;
    }
    Ok(())
}
