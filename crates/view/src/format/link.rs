//! Numbers as links write them: the one strict grammar every numeric key of a URL is read by,
//! and the shortest text that reads back as exactly the same value.

/// Reads a number as a link writes it, the one grammar of every numeric key in a URL (and of a
/// slider's position): an optional minus, digits with at most one point for decimals, and an
/// optional exponent (`28.68`, `-3`, `.5`, `1e-40`, `2E+3`). Nothing else: not `1,5` (a decimal
/// comma in one locale, a thousands separator in another), `1+5`, `1_5`, `$5`, spaces, `inf` or
/// `NaN`. `None` for text outside the grammar; a number too large for an `f64` reads as ±∞ (the
/// caller clamps it, and says so).
///
/// ```
/// use view::format::link_number;
/// assert_eq!(link_number("2000"), Some(2000.0));
/// assert_eq!(link_number("1e-40"), Some(1e-40));
/// assert_eq!(link_number("1,5"), None);
/// assert_eq!(link_number("$5"), None);
/// ```
pub fn link_number(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let digits = |mut i: usize| {
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i, i - start)
    };
    let (mut i, whole) = digits(usize::from(b.first() == Some(&b'-')));
    let mut fraction = 0;
    if b.get(i) == Some(&b'.') {
        (i, fraction) = digits(i + 1);
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let (end, exponent) = digits(i);
        if exponent == 0 {
            return None;
        }
        i = end;
    }
    // `-0` is zero (a link would otherwise carry `-0`).
    (i == b.len()).then(|| text.parse::<f64>().ok()).flatten().filter(|v| !v.is_nan()).map(|v| v + 0.0)
}

/// The text a link carries for `value`, which [`link_number`] reads back as exactly `value`:
/// Rust's shortest round-trip digits, written out plainly (`2000`, `0.0001`, `10000000`) unless
/// that takes more than twelve characters and the exponent form is shorter (`1e-40`, not forty
/// zeros).
///
/// ```
/// use view::format::{exact, link_number};
/// assert_eq!(exact(28.68), "28.68");
/// assert_eq!(exact(2000.0), "2000");
/// assert_eq!(exact(1e-40), "1e-40");
/// assert_eq!(link_number(&exact(1e-40)), Some(1e-40));
/// ```
pub fn exact(value: f64) -> String {
    let plain = format!("{value}");
    let short = format!("{value:e}");
    if plain.len() <= short.len().max(12) {
        plain
    } else {
        short
    }
}
