//! Direct labels: names at the ends of lines, moved apart where they would collide, or a legend
//! above the plot when the margin has no room.

use super::*;

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
pub(super) enum Swatch {
    Line,
    Dashed,
    Fill,
}

/// A named line or band: its name, colour, legend swatch and, for a direct label, where it ends.
pub(super) struct Key {
    pub(super) name: String,
    pub(super) colour: RGBColor,
    pub(super) swatch: Swatch,
    pub(super) end: Option<(f64, f64)>,
}

/// Size of the names of lines, CSS px.
pub(super) const NAME_CSS: f64 = 11.0;

/// Where a chart's names go: beside the line ends in a right margin (`legend` empty), or, when
/// that margin would take too much of the width or the names cannot be stacked apart, in a
/// legend above the plot. Margins in device pixels.
pub(super) struct Layout {
    pub(super) top: f64,
    pub(super) right: f64,
    /// Legend entries as (key, x, row), in device pixels from the area's left edge.
    pub(super) legend: Vec<(usize, f64, usize)>,
}

pub(super) fn layout(dim: (u32, u32), keys: &[Key], scale: Scale) -> Layout {
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
pub(super) fn name_keys<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, chart: &ChartContext<DB, Plane>, keys: &[Key], l: &Layout, scale: Scale) -> DrawResult<DB> {
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
