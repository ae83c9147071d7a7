//! Reading a chart's SVG back as a reader sees it: each text's estimated box, numbers with only
//! zeros after the point, overlaps, and the points of each line of a colour.

use super::*;

/// One `<text>` element as drawn.
#[derive(Debug)]
pub(crate) struct Label {
    pub(crate) text: String,
    /// Left, top, right, bottom, in SVG pixels.
    pub(crate) bounds: [f64; 4],
}

pub(crate) fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    Some(tag[start..].split('"').next()?.to_string())
}

/// Lengths in `em`/`ex` as a fraction of the font size (an ex taken as half an em).
pub(crate) fn em(length: &str) -> f64 {
    let parse = |s: &str, unit: &str| s.strip_suffix(unit).and_then(|v| v.trim().parse::<f64>().ok());
    parse(length, "em").or_else(|| parse(length, "ex").map(|v| v / 2.0)).unwrap_or(0.0)
}

pub(crate) fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The labels of an SVG document, with their estimated boxes.
pub(crate) fn labels(svg: &str) -> Vec<Label> {
    let mut out = Vec::new();
    for part in svg.split("<text").skip(1) {
        let Some((tag, rest)) = part.split_once('>') else { continue };
        let Some((content, _)) = rest.split_once("</text>") else { continue };
        let text = unescape(content.trim());
        if text.trim().is_empty() {
            continue;
        }
        let num = |name: &str| attr(tag, name).and_then(|v| v.parse::<f64>().ok());
        let (Some(x), Some(y), Some(size)) = (num("x"), num("y"), num("font-size")) else { continue };
        // Leading and trailing spaces pad a label off its anchor; only the glyphs take room.
        let pad_left = text.chars().take_while(|c| *c == ' ').count() as f64;
        let glyphs = text.trim().chars().count() as f64;
        let width = glyphs * 0.6 * size;
        let advance = 0.6 * size;
        let total = (pad_left + glyphs + text.chars().rev().take_while(|c| *c == ' ').count() as f64) * advance;
        let start = match attr(tag, "text-anchor").as_deref() {
            Some("end") => -total,
            Some("middle") => -total / 2.0,
            _ => 0.0,
        } + pad_left * advance;
        // The baseline sits `dy` below `y`; glyphs reach 0.76 em above it and 0.24 em below, so
        // the box is one em tall whatever the baseline.
        let baseline = em(&attr(tag, "dy").unwrap_or_default()) * size;
        let (mut l, mut t, mut r, mut b) = (start, baseline - 0.76 * size, start + width, baseline + 0.24 * size);
        // plotters turns axis titles with `rotate(a, x, y)` about the anchor.
        if let Some(rot) = attr(tag, "transform").and_then(|t| t.strip_prefix("rotate(").and_then(|r| r.split(',').next()?.trim().parse::<f64>().ok())) {
            let (sin, cos) = rot.to_radians().sin_cos();
            let turn = |(px, py): (f64, f64)| (px * cos - py * sin, px * sin + py * cos);
            let corners = [turn((l, t)), turn((r, t)), turn((l, b)), turn((r, b))];
            l = corners.iter().map(|c| c.0).fold(f64::INFINITY, f64::min);
            r = corners.iter().map(|c| c.0).fold(f64::NEG_INFINITY, f64::max);
            t = corners.iter().map(|c| c.1).fold(f64::INFINITY, f64::min);
            b = corners.iter().map(|c| c.1).fold(f64::NEG_INFINITY, f64::max);
        }
        out.push(Label { text, bounds: [x + l, y + t, x + r, y + b] });
    }
    out
}

/// A number whose digits after the decimal separator are all zeros (`1.0`, `$5.00M`; `1,0` in
/// de-DE, where `500.000` is five hundred thousand), which a tick or label should print as `1`,
/// `$5M`. The separator is the locale's in use.
pub(crate) fn trailing_zero(text: &str) -> Option<String> {
    let decimal = view::format::locale().decimal;
    let mut token = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            token.push(c);
            continue;
        }
        let t = token.trim_end_matches(['.', ',']);
        if let Some((int, frac)) = t.rsplit_once(decimal) {
            if !int.is_empty() && !frac.is_empty() && frac.chars().all(|d| d == '0') {
                return Some(t.to_string());
            }
        }
        token.clear();
    }
    None
}

/// Problems with one drawn chart: overlapping labels, trailing zeros, NaN, labels off the canvas.
pub(crate) fn problems(svg: &str, size: (u32, u32)) -> Vec<String> {
    let labels = labels(svg);
    let mut out = Vec::new();
    const TOLERANCE: f64 = 1.0;
    for (i, a) in labels.iter().enumerate() {
        if let Some(z) = trailing_zero(&a.text) {
            out.push(format!("trailing zero {z:?} in {:?}", a.text));
        }
        if a.text.contains("NaN") || a.text.contains("inf") {
            out.push(format!("not a number: {:?}", a.text));
        }
        let [l, t, r, b] = a.bounds;
        if l < -TOLERANCE || t < -TOLERANCE || r > size.0 as f64 + TOLERANCE || b > size.1 as f64 + TOLERANCE {
            out.push(format!("{:?} leaves the canvas: {:?}", a.text, a.bounds.map(|v| v.round())));
        }
        for other in &labels[i + 1..] {
            let [l2, t2, r2, b2] = other.bounds;
            let w = r.min(r2) - l.max(l2);
            let h = b.min(b2) - t.max(t2);
            if w > TOLERANCE && h > TOLERANCE {
                out.push(format!("{:?} {:?} overlaps {:?} {:?}", a.text, a.bounds.map(|v| v.round()), other.text, other.bounds.map(|v| v.round())));
            }
        }
    }
    out
}


/// The points of each `<polyline>` drawn in `colour`, in SVG pixels.
pub(crate) fn polylines(svg: &str, colour: RGBColor) -> Vec<Vec<(f64, f64)>> {
    let stroke = format!("#{:02X}{:02X}{:02X}", colour.0, colour.1, colour.2);
    svg.split("<polyline").skip(1).filter_map(|part| {
        let tag = part.split('>').next()?;
        if !attr(tag, "stroke")?.eq_ignore_ascii_case(&stroke) {
            return None;
        }
        Some(attr(tag, "points")?.split_whitespace().filter_map(|p| {
            let (x, y) = p.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        }).collect())
    }).collect()
}
