//! The palette under simulated colour-vision deficiency: each theme's series colours, seen with
//! deuteranopia, protanopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1.0,
//! applied in linear RGB), must stay apart from each other and from the background by a CIE76
//! colour difference (ΔE*ab) a reader notices at a glance, not only side by side.

use view::charts::Theme;

/// Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
/// Vision Deficiency", IEEE TVCG 15(6); the matrices at severity 1.0 from the paper's
/// supplementary table, for linear RGB.
const VISIONS: [(&str, [[f64; 3]; 3]); 4] = [
    ("normal", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
    ("protanopia", [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]),
    ("deuteranopia", [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]),
    ("tritanopia", [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]),
];

/// Series colours must differ by at least this ΔE*ab under every vision type. A ΔE of about 2.3 is
/// a just-noticeable difference side by side; lines and small swatches compared across a chart
/// need far more. 20 is a common floor for categorical palettes in data-visualisation practice
/// (it is roughly the gap between adjacent hues of the Okabe–Ito set under deuteranopia) and
/// leaves room for anti-aliasing and screens.
const MIN_SERIES_DE: f64 = 20.0;
/// Against the background a line must stand out more plainly still.
const MIN_BACKGROUND_DE: f64 = 30.0;

fn linear(c: u8) -> f64 {
    let v = c as f64 / 255.0;
    if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) }
}

/// CIE L*a*b* (D65) of an sRGB colour as seen through `m`.
fn lab(rgb: plotters::style::RGBColor, m: &[[f64; 3]; 3]) -> [f64; 3] {
    let c = [linear(rgb.0), linear(rgb.1), linear(rgb.2)];
    let s: Vec<f64> = m.iter().map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0)).collect();
    let x = 0.4124564 * s[0] + 0.3575761 * s[1] + 0.1804375 * s[2];
    let y = 0.2126729 * s[0] + 0.7151522 * s[1] + 0.0721750 * s[2];
    let z = 0.0193339 * s[0] + 0.1191920 * s[1] + 0.9503041 * s[2];
    let f = |t: f64| if t > (6.0f64 / 29.0).powi(3) { t.cbrt() } else { t / (3.0 * (6.0f64 / 29.0).powi(2)) + 4.0 / 29.0 };
    let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

#[test]
fn series_colours_stay_apart_for_colour_blind_readers() {
    let mut failures = Vec::new();
    for (theme_name, t) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        // The pairs a chart tells apart by colour: mining vs AI on every chart with both, and the
        // three businesses of the per-kWh bars.
        let series = [("mining", t.mining), ("ai", t.ai), ("gpu", t.gpu)];
        for (vision, m) in &VISIONS {
            let mut least = (f64::INFINITY, String::new());
            let mut least_background = f64::INFINITY;
            for (i, (a_name, a)) in series.iter().enumerate() {
                for (b_name, b) in &series[i + 1..] {
                    let d = delta_e(lab(*a, m), lab(*b, m));
                    if d < least.0 {
                        least = (d, format!("{a_name}/{b_name}"));
                    }
                    if d < MIN_SERIES_DE {
                        failures.push(format!("{theme_name} {vision}: {a_name} vs {b_name} ΔE {d:.1}"));
                    }
                }
                let d = delta_e(lab(*a, m), lab(t.background, m));
                least_background = least_background.min(d);
                if d < MIN_BACKGROUND_DE {
                    failures.push(format!("{theme_name} {vision}: {a_name} vs background ΔE {d:.1}"));
                }
            }
            eprintln!("{theme_name} {vision}: least ΔE between series {:.1} ({}), against the background {least_background:.1}", least.0, least.1);
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The simulation itself: greys are unchanged by every matrix (each row sums to 1), and red and
/// green, far apart for normal vision, fall close together under deuteranopia.
#[test]
fn the_simulation_behaves_as_published() {
    use plotters::style::RGBColor;
    for (vision, m) in &VISIONS {
        for row in m {
            assert!((row.iter().sum::<f64>() - 1.0).abs() < 1e-3, "{vision}");
        }
        let grey = RGBColor(120, 120, 120);
        assert!(delta_e(lab(grey, m), lab(grey, &VISIONS[0].1)) < 0.5, "{vision}");
    }
    let (red, green) = (RGBColor(200, 60, 40), RGBColor(90, 140, 40));
    assert!(delta_e(lab(red, &VISIONS[0].1), lab(green, &VISIONS[0].1)) > 50.0);
    assert!(delta_e(lab(red, &VISIONS[2].1), lab(green, &VISIONS[2].1)) < 20.0);
}
