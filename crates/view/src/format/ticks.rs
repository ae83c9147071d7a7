//! Axis tick labels: round values without trailing zeros, money in the reader's currency.

use super::money::{compact, with_symbol};
use super::numbers::{decimals_for, trimmed};

/// What an axis counts, so its ticks read as readers read them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ticks {
    /// Years from the start: `5 yr`.
    Years,
    /// Millions of the reader's currency (charts plot it so): `$500M`, `−$1.5B`, `$0`.
    MillionsUsd,
    /// The reader's currency: `$0.25`, `$150`.
    Usd,
    /// A plain count: `3`.
    Plain,
    /// A multiple: `1.5×`.
    Times,
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
        Ticks::Years => crate::language::tr_with("tick-years", &[("years", crate::language::count(v, trimmed(v, 1)))]),
        Ticks::MillionsUsd if v == 0.0 => with_symbol("", "0"),
        // Charts plot money in the reader's currency already: no conversion here.
        Ticks::MillionsUsd => compact(v * 1e6, true),
        Ticks::Usd => with_symbol(sign, &trimmed(a, decimals_for(a, 2))),
        Ticks::Plain => trimmed(v, 2),
        Ticks::Times => format!("{sign}{}×", trimmed(a, 2)),
    }
}
