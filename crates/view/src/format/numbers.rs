//! Plain numbers in the reader's locale: separators and grouping, trailing zeros trimmed,
//! enough decimals to show a small value, multiples and cover ratios.

use super::locale::with;

/// Decimals enough to show `value` as more than zero: `at_least`, or more when `value` is not
/// zero but would round to zero there (two significant digits then), so a box or a caption never
/// shows `0` or `€0.000/kWh` for a value in use (a power price at the smallest exchange rate).
///
/// ```
/// use view::format::decimals_for;
/// assert_eq!(decimals_for(0.045, 3), 3);
/// assert_eq!(decimals_for(0.0000045, 3), 7);
/// assert_eq!(decimals_for(0.0, 3), 3);
/// ```
pub fn decimals_for(value: f64, at_least: usize) -> usize {
    let a = value.abs();
    if a == 0.0 || !a.is_finite() || (a * 10f64.powi(at_least as i32)).round() != 0.0 {
        return at_least;
    }
    // Zeros between the point and the first significant digit, then two digits.
    let zeros = (-a.log10()).floor().max(0.0) as usize;
    at_least.max(zeros + 2).min(340)
}

/// Whether digits before the decimal separator sit at a group boundary, counting from the
/// right: `(3, 3)` puts them every three digits, `(3, 2)` at 3, 5, 7…
fn group_boundary(from_right: usize, (first, rest): (usize, usize)) -> bool {
    from_right == first || (from_right > first && rest > 0 && (from_right - first).is_multiple_of(rest))
}

/// A value with the given number of decimals and the locale's separators: `1,200`, `0.045`;
/// `1.200`, `0,045` in `de-DE`.
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    with(|l| {
        let mut out = String::new();
        if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('−');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && group_boundary(int.len() - i, l.grouping) {
                out.push(l.group);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(l.decimal);
            out.push_str(f);
        }
        out
    })
}

/// `number` without trailing zeros after the decimal separator: `12`, `12.5`, `0.045`.
pub fn trimmed(value: f64, decimals: usize) -> String {
    let text = number(value, decimals);
    let decimal = with(|l| l.decimal);
    if text.contains(decimal) {
        text.trim_end_matches('0').trim_end_matches(decimal).to_string()
    } else {
        text
    }
}

/// A multiple such as `2.9×` or `22×`.
pub fn multiple(x: f64) -> String {
    if !x.is_finite() {
        "–".into()
    } else if x >= 10.0 {
        format!("{}×", number(x, 0))
    } else {
        format!("{}×", trimmed(x, 1))
    }
}

/// A coverage ratio as lenders quote it, to two places: `1.37×` (`–` when not finite).
pub fn cover(x: f64) -> String {
    if x.is_finite() { format!("{}×", number(x, 2)) } else { "–".into() }
}
