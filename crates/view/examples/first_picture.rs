//! Prints the page's first picture: the verdict's own chart (each path's value today, month by
//! month) at today's defaults as inline SVG, which the build puts in index.html so a reader sees
//! a chart before the WebAssembly has loaded (the first screen or the app replaces it). If the
//! app never starts (its files refused, no WebAssembly), a message with links appears after a few
//! seconds, by CSS alone, since no script can be counted on there. Run by
//! scripts/steps/first-picture.mjs.
use plotters::prelude::*;
use view::charts::{self, ChartData, Scale, Theme};
use view::Chart;

fn main() {
    let s = economics::Scenario::default();
    let Ok(r) = economics::compute(&s) else { return };
    let data = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: None };
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
        if charts::draw(Chart::Value, &area, &data, &Theme::LIGHT, Scale(1.0)).is_err() || area.present().is_err() {
            return;
        }
    }
    // The viewBox (which plotters writes too) lets the picture scale with the column it sits in.
    let view_box = if svg.contains("viewBox=") { "" } else { " viewBox=\"0 0 640 360\"" };
    let svg = svg.replacen(
        "<svg width=\"640\" height=\"360\"",
        &format!("<svg role=\"img\" aria-label=\"What mining and converting are each worth today, month by month, at today's defaults\"{view_box}"),
        1,
    );
    print!(
        "<div id=\"ww-first-picture\" class=\"first-picture\"><h1>Wattsworth</h1><p class=\"lede\">What is a megawatt worth: mining bitcoin, or hosting AI?</p>\
         <p>Loading the calculator… Meanwhile, what mining on and converting are each worth today, month by month, at today's defaults:</p>{svg}\
         <p class=\"stalled\" role=\"status\">The calculator has not started. It needs JavaScript and WebAssembly, which this \
         browser or this page may block. <a href=\"./\" target=\"_blank\" rel=\"noopener\">Open the calculator</a> \
         or read <a href=\"methodology.part.html\" target=\"_blank\" rel=\"noopener\">how it works</a>.</p></div>"
    );
}
