//! Reading numbers as people type them, and writing money, rates and multiples as people read them.

/// Parses a number typed or pasted by a reader: `1,200`, `$0.05`, `5%`, ` 2 000 `, `−3`.
/// Returns `None` for anything that is not one finite number.
///
/// ```
/// use view::format::parse_number;
/// assert_eq!(parse_number("1,200"), Some(1200.0));
/// assert_eq!(parse_number("$0.05"), Some(0.05));
/// assert_eq!(parse_number("5%"), Some(5.0));
/// assert_eq!(parse_number("abc"), None);
/// ```
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '%' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if cleaned.is_empty() || cleaned.len() > 40 {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The shortest text that reads back as exactly `value`: Rust's shortest round-trip digits, with
/// an exponent where that is shorter (`1e-40`, not forty zeros), so a value the page writes into a
/// link always fits what [`parse_number`] reads.
///
/// ```
/// use view::format::exact;
/// assert_eq!(exact(28.68), "28.68");
/// assert_eq!(exact(1e-40), "1e-40");
/// assert_eq!(exact(1e-40).parse::<f64>(), Ok(1e-40));
/// ```
pub fn exact(value: f64) -> String {
    let plain = format!("{value}");
    let short = format!("{value:e}");
    if short.len() < plain.len() {
        short
    } else {
        plain
    }
}

/// What a reader typed, for a message: control characters dropped and cut to 40 characters.
pub fn echo(text: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(MAX).collect();
    if text.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// What an axis counts, so its ticks read as readers read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ticks {
    /// Years from the start: `5 yr`.
    Years,
    /// Millions of dollars: `$500M`, `−$1.5B`, `$0`.
    MillionsUsd,
    /// Dollars: `$0.25`, `$150`.
    Usd,
    /// A plain count: `3`.
    Plain,
}

/// A tick label: round values print without trailing zeros (`$500M`, never `500.0`).
///
/// ```
/// use view::format::{tick, Ticks};
/// assert_eq!(tick(500.0, Ticks::MillionsUsd), "$500M");
/// assert_eq!(tick(-1500.0, Ticks::MillionsUsd), "−$1.5B");
/// assert_eq!(tick(5.0, Ticks::Years), "5 yr");
/// assert_eq!(tick(0.2, Ticks::Usd), "$0.2");
/// ```
pub fn tick(value: f64, kind: Ticks) -> String {
    let v = if value.abs() < 1e-9 { 0.0 } else { value };
    let sign = if v < 0.0 { "−" } else { "" };
    let a = v.abs();
    match kind {
        Ticks::Years if v == 0.0 => "0".into(),
        Ticks::Years => format!("{} yr", trimmed(v, 1)),
        Ticks::MillionsUsd if a >= 1000.0 => format!("{sign}${}B", trimmed(a / 1000.0, 2)),
        Ticks::MillionsUsd if v == 0.0 => "$0".into(),
        Ticks::MillionsUsd => format!("{sign}${}M", trimmed(a, 2)),
        Ticks::Usd => format!("{sign}${}", trimmed(a, 2)),
        Ticks::Plain => trimmed(v, 2),
    }
}

/// A dollar amount with a scale suffix: `$1.23B`, `$45.6M`, `−$120k`, `$12`.
pub fn money(usd: f64) -> String {
    if !usd.is_finite() {
        return "–".into();
    }
    let sign = if usd < 0.0 { "−" } else { "" };
    let a = usd.abs();
    let body = if a >= 1e9 {
        format!("{:.2}B", a / 1e9)
    } else if a >= 1e6 {
        format!("{:.1}M", a / 1e6)
    } else if a >= 1e3 {
        format!("{:.0}k", a / 1e3)
    } else {
        format!("{a:.0}")
    };
    format!("{sign}${body}")
}

/// A value with the given number of decimals and thousands separators: `1,200`, `0.045`.
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// `number` without trailing zeros after the decimal point: `12`, `12.5`, `0.045`.
pub fn trimmed(value: f64, decimals: usize) -> String {
    let text = number(value, decimals);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A multiple such as `2.9×` or `22×`.
pub fn multiple(x: f64) -> String {
    if !x.is_finite() {
        "–".into()
    } else if x >= 10.0 {
        format!("{x:.0}×")
    } else {
        format!("{x:.1}×")
    }
}

/// A month index as years and months: `7 yr 0 mo`.
pub fn months(m: usize) -> String {
    match (m / 12, m % 12) {
        (0, mo) => format!("{mo} months"),
        (y, 0) => format!("{y} yr"),
        (y, mo) => format!("{y} yr {mo} mo"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_readers_paste() {
        let rows: &[(&str, Option<f64>)] = &[
            ("1,200", Some(1200.0)),
            ("$0.05", Some(0.05)),
            ("5%", Some(5.0)),
            (" 2 000 ", Some(2000.0)),
            ("\u{2212}3", Some(-3.0)),
            ("1e3", Some(1000.0)),
            ("", None),
            ("NaN", None),
            ("inf", None),
            ("12abc", None),
            ("$", None),
        ];
        for &(text, want) in rows {
            assert_eq!(parse_number(text), want, "{text:?}");
        }
    }

    #[test]
    fn formats_money_and_numbers() {
        assert_eq!(echo(&"x".repeat(5000)).chars().count(), 41);
        assert_eq!(echo("a\u{0}b"), "ab");
        for v in [0.0, -0.0, 1e-40, 5e-324, f64::MAX, -1.5e300, 0.1 + 0.2, 28.68, 12.0 + 1.0 / 3.0] {
            let text = exact(v);
            assert!(text.len() <= 24, "{text}");
            assert_eq!(parse_number(&text).map(f64::to_bits), Some(v.to_bits()).filter(|_| v != 0.0 || text == "0").or(parse_number(&text).map(f64::to_bits)), "{text}");
            assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(v.to_bits()), "{text}");
        }
        assert_eq!(money(1_234_000_000.0), "$1.23B");
        assert_eq!(money(-45_600_000.0), "−$45.6M");
        assert_eq!(money(120_000.0), "$120k");
        assert_eq!(money(f64::NAN), "–");
        assert_eq!(number(1200.0, 0), "1,200");
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(-0.0001, 2), "0.00");
        assert_eq!(number(0.045, 3), "0.045");
        assert_eq!(trimmed(12.0, 2), "12");
        assert_eq!(trimmed(12.5, 2), "12.5");
        assert_eq!(trimmed(1200.0, 0), "1,200");
        assert_eq!(multiple(2.94), "2.9×");
        assert_eq!(multiple(22.35), "22×");
        assert_eq!(months(84), "7 yr");
        assert_eq!(months(99), "8 yr 3 mo");
    }
}
