//! Discounted-cash-flow primitives with the names finance people know: `npv`, `irr`, payback.
//!
//! Convention: `flows[t]` happens at the end of period `t`, counted from 0, so `flows[0]` is not
//! discounted (the convention of numpy-financial's `npv`, not Excel's `NPV`).

use serde::{Deserialize, Serialize};

/// Net present value of `flows` at `rate` per period.
///
/// # Formula
/// `NPV = Σ_t flows[t] / (1 + rate)^t`
///
/// # Example
/// ```
/// // -100 now, +110 in one period at 10%: worth exactly nothing.
/// let v = economics::finance::npv(0.10, &[-100.0, 110.0]);
/// assert!(v.abs() < 1e-12);
/// ```
pub fn npv(rate: f64, flows: &[f64]) -> f64 {
    // Four periods at a time, each lane with its own running discount: the multiplications no
    // longer wait on one another, so a long series (the IRR's scan runs a hundred of them) costs
    // a quarter of the time.
    let factor = 1.0 / (1.0 + rate);
    let step = factor * factor * factor * factor;
    let mut discount = [1.0, factor, factor * factor, factor * factor * factor];
    let mut total = [0.0; 4];
    let mut chunks = flows.chunks_exact(4);
    for chunk in &mut chunks {
        // At a high rate the discount falls towards the subnormal numbers, where each
        // multiplication costs a hundred times more (the IRR's scan reaches +10,000% a period):
        // the terms left are then below 1e-250 of the flows and change nothing a float can hold.
        if discount[0] < 1e-250 {
            return (total[0] + total[1]) + (total[2] + total[3]);
        }
        for lane in 0..4 {
            total[lane] += chunk[lane] * discount[lane];
            discount[lane] *= step;
        }
    }
    for (lane, &f) in chunks.remainder().iter().enumerate() {
        total[lane] += f * discount[lane];
    }
    (total[0] + total[1]) + (total[2] + total[3])
}

/// The periodic rate equivalent to an annual rate: `(1 + annual)^(1/12) - 1` for months.
pub fn periodic_rate(annual_rate: f64, periods_per_year: f64) -> f64 {
    (1.0 + annual_rate).powf(1.0 / periods_per_year) - 1.0
}

/// Why an internal rate of return could not be given.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum IrrError {
    /// All flows have the same sign (or are zero): no rate makes the NPV zero.
    NoSignChange,
    /// The flows change sign but the NPV has no root between -99.99% and +10,000% per period.
    NoRootInRange,
    /// The NPV crosses zero more than once, so no single IRR describes the flows; `roots` of them
    /// were found.
    MultipleRoots { roots: u32 },
}

impl std::fmt::Display for IrrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IrrError::NoSignChange => write!(f, "no IRR: the cash flows never change sign"),
            IrrError::NoRootInRange => write!(f, "no IRR between -99.99% and +10,000% per period"),
            IrrError::MultipleRoots { roots } => {
                write!(f, "no single IRR: the NPV crosses zero {roots} times")
            }
        }
    }
}

impl std::error::Error for IrrError {}

/// Internal rate of return per period: the rate at which `npv(rate, flows) == 0`.
///
/// With one sign change in the flows (Descartes' rule: at most one root above -100%) the root is
/// bracketed and polished by bisection; with several sign changes the NPV is scanned on a grid of
/// rates, and more than one crossing is reported as [`IrrError::MultipleRoots`] rather than
/// guessing which one the reader meant.
///
/// # Example
/// ```
/// let r = economics::finance::irr(&[-1000.0, 300.0, 400.0, 500.0]).unwrap();
/// assert!(economics::finance::npv(r, &[-1000.0, 300.0, 400.0, 500.0]).abs() < 1e-6);
/// assert!((r - 0.0890).abs() < 1e-4);
/// ```
pub fn irr(flows: &[f64]) -> Result<f64, IrrError> {
    let mut sign_changes = 0;
    let mut last_sign = 0.0;
    for &f in flows {
        if f != 0.0 {
            let s = f.signum();
            if last_sign != 0.0 && s != last_sign {
                sign_changes += 1;
            }
            last_sign = s;
        }
    }
    if sign_changes == 0 {
        return Err(IrrError::NoSignChange);
    }
    // Rates on a grid spaced evenly in log(1 + r), from -99.99% (or, for long series, the lowest
    // rate whose discount factors stay far from overflow) to +10,000% per period.
    const STEPS: usize = 96;
    let lo_ln = (1e-4f64).ln().max(-500.0 / flows.len() as f64);
    let hi_ln = (101.0f64).ln();
    let rate_at = |i: usize| (lo_ln + (hi_ln - lo_ln) * i as f64 / STEPS as f64).exp() - 1.0;
    if sign_changes == 1 {
        // One root at most: bracket it from both ends of the grid.
        let (lo, hi) = (rate_at(0), rate_at(STEPS));
        let (f_lo, f_hi) = (npv(lo, flows), npv(hi, flows));
        if f_lo.signum() == f_hi.signum() {
            return Err(IrrError::NoRootInRange);
        }
        return Ok(bisect(flows, lo, hi, f_lo));
    }
    let mut roots = 0u32;
    let mut found = None;
    let mut prev_rate = rate_at(0);
    let mut prev = npv(prev_rate, flows);
    for i in 1..=STEPS {
        let rate = rate_at(i);
        let value = npv(rate, flows);
        if value == 0.0 || value.signum() != prev.signum() {
            roots += 1;
            found = Some(bisect(flows, prev_rate, rate, prev));
        }
        prev_rate = rate;
        prev = value;
    }
    match (roots, found) {
        (1, Some(r)) => Ok(r),
        (0, _) | (_, None) => Err(IrrError::NoRootInRange),
        (n, _) => Err(IrrError::MultipleRoots { roots: n }),
    }
}

/// The root of the NPV between `lo` and `hi` (where it changes sign; `f_lo` is its value at
/// `lo`): false position kept inside a shrinking bracket (the Illinois variant), which needs about
/// ten NPVs where bisection needs fifty, to the same tolerance.
fn bisect(flows: &[f64], mut lo: f64, mut hi: f64, mut f_lo: f64) -> f64 {
    let mut f_hi = npv(hi, flows);
    let mut side = 0i8;
    for _ in 0..200 {
        if (hi - lo) < 1e-12 * (1.0 + lo.abs().max(hi.abs())) {
            break;
        }
        let secant = if f_hi != f_lo { hi - f_hi * (hi - lo) / (f_hi - f_lo) } else { f64::NAN };
        let mid = if secant > lo && secant < hi { secant } else { 0.5 * (lo + hi) };
        let f_mid = npv(mid, flows);
        if f_mid == 0.0 {
            return mid;
        }
        if f_mid.signum() == f_lo.signum() {
            lo = mid;
            f_lo = f_mid;
            if side == -1 {
                f_hi *= 0.5;
            }
            side = -1;
        } else {
            hi = mid;
            f_hi = f_mid;
            if side == 1 {
                f_lo *= 0.5;
            }
            side = 1;
        }
    }
    0.5 * (lo + hi)
}

/// Whether `flows` are a conventional investment: after any leading zeros, costs first and
/// returns after, with exactly one change of sign, from negative to positive. Only then is the
/// IRR unique and "higher is better".
///
/// # Example
/// ```
/// use economics::finance::is_conventional_investment;
/// assert!(is_conventional_investment(&[0.0, -100.0, -5.0, 60.0, 60.0]));
/// assert!(!is_conventional_investment(&[100.0, -110.0]));
/// assert!(!is_conventional_investment(&[-100.0, 230.0, -132.0]));
/// ```
pub fn is_conventional_investment(flows: &[f64]) -> bool {
    let mut signs = flows.iter().filter(|f| **f != 0.0).map(|f| f.signum());
    let Some(first) = signs.next() else { return false };
    let mut changes = 0;
    let mut last = first;
    for s in signs {
        if s != last {
            changes += 1;
            last = s;
        }
    }
    first < 0.0 && changes == 1
}

/// Whether `flows` are an investment with one rate of return: a conventional investment, or
/// (Norström's criterion) one whose running total starts negative, changes sign exactly once and
/// ends positive, which has exactly one positive IRR however often the flows themselves change
/// sign. A yearly tax paid out of a monthly income breaks the first test, not the second.
///
/// # Example
/// ```
/// use economics::finance::has_one_rate;
/// // −100, +60, −5 (a tax month), +60: three sign changes; running total −100, −40, −45, +15.
/// assert!(has_one_rate(&[-100.0, 60.0, -5.0, 60.0]));
/// assert!(!has_one_rate(&[-100.0, 230.0, -132.0]));
/// ```
pub fn has_one_rate(flows: &[f64]) -> bool {
    if is_conventional_investment(flows) {
        return true;
    }
    let mut total = 0.0;
    let mut signs = flows.iter().map(|f| {
        total += f;
        total
    }).filter(|t| *t != 0.0).map(f64::signum);
    let Some(first) = signs.next() else { return false };
    let (mut changes, mut last) = (0, first);
    for s in signs {
        if s != last {
            changes += 1;
            last = s;
        }
    }
    first < 0.0 && changes == 1 && total > 0.0
}

/// The first period from which the running total of `flows` stays at or above zero to the end,
/// or `None` if it ends below zero.
///
/// # Example
/// ```
/// use economics::finance::payback_period;
/// assert_eq!(payback_period(&[-100.0, 40.0, 40.0, 40.0]), Some(3)); // -100, -60, -20, +20
/// assert_eq!(payback_period(&[-100.0, 40.0]), None);
/// assert_eq!(payback_period(&[5.0, 5.0]), Some(0));
/// ```
pub fn payback_period(flows: &[f64]) -> Option<usize> {
    let mut cumulative = 0.0;
    let mut since = Some(0);
    for (t, &f) in flows.iter().enumerate() {
        cumulative += f;
        if cumulative < 0.0 {
            since = None;
        } else if since.is_none() {
            since = Some(t);
        }
    }
    since
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand-worked NPVs: each row is (rate, flows, expected).
    #[test]
    fn npv_table() {
        let rows: &[(f64, &[f64], f64)] = &[
            // 0%: the plain sum.
            (0.0, &[-100.0, 50.0, 60.0], 10.0),
            // 10%: -100 + 50/1.1 + 60/1.21 = -100 + 45.4545 + 49.5868 = -4.9587
            (0.10, &[-100.0, 50.0, 60.0], -4.958_677_685_950_4),
            // 5%: 100/1.05^2 = 90.7029
            (0.05, &[0.0, 0.0, 100.0], 90.702_947_845_805),
            (0.10, &[], 0.0),
        ];
        for &(rate, flows, expected) in rows {
            let got = npv(rate, flows);
            assert!((got - expected).abs() < 1e-9, "npv({rate}, {flows:?}) = {got}, want {expected}");
        }
    }

    /// Hand-checked IRRs: -100, +110 is 10%; -100, 0, +121 is 10% over two periods;
    /// -1000, 300, 400, 500 is 8.90% (spreadsheet IRR gives 8.896%).
    #[test]
    fn irr_table() {
        let rows: &[(&[f64], f64)] = &[
            (&[-100.0, 110.0], 0.10),
            (&[-100.0, 0.0, 121.0], 0.10),
            (&[-1000.0, 300.0, 400.0, 500.0], 0.088_963),
            (&[100.0, -110.0], 0.10),
            (&[-100.0, 50.0], -0.5),
        ];
        for &(flows, expected) in rows {
            let got = irr(flows).unwrap();
            assert!((got - expected).abs() < 1e-5, "irr({flows:?}) = {got}, want {expected}");
            assert!(npv(got, flows).abs() < 1e-6);
        }
    }

    #[test]
    fn irr_says_why_it_fails() {
        assert_eq!(irr(&[100.0, 50.0]), Err(IrrError::NoSignChange));
        assert_eq!(irr(&[]), Err(IrrError::NoSignChange));
        assert_eq!(irr(&[0.0, 0.0]), Err(IrrError::NoSignChange));
        // -100, +230, -132 has NPV zero at 10% and 20%.
        assert_eq!(irr(&[-100.0, 230.0, -132.0]), Err(IrrError::MultipleRoots { roots: 2 }));
    }

    #[test]
    fn periodic_rate_compounds_back() {
        let m = periodic_rate(0.10, 12.0);
        assert!(((1.0 + m).powi(12) - 1.10).abs() < 1e-12);
        assert_eq!(periodic_rate(0.0, 12.0), 0.0);
    }
}
