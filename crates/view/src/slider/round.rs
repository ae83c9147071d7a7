//! Round numbers on a slider's grid: the largest round step (1, 2 or 5 times a power of ten)
//! that fits, a value rounded to a grid as the double nearest its decimal, and the least common
//! multiple of two grids.

use economics::params::Param;

/// The largest round number (1, 2 or 5 times a power of ten) that is a whole number of `p.step`
/// and no more than `at_most`; `p.step` itself when there is none.
pub(super) fn quantum(p: &Param, at_most: f64) -> f64 {
    let step = p.step;
    if !(at_most > step && step > 0.0 && at_most.is_finite()) {
        return step;
    }
    let mut best = step;
    let mut exp = step.log10().floor() as i32;
    'decades: while exp <= 308 {
        for m in [1.0, 2.0, 5.0] {
            let n = round_number(m, exp);
            if n > at_most {
                break 'decades;
            }
            let k = n / step;
            if n > step && (k - k.round()).abs() < 1e-6 {
                best = n;
            }
        }
        exp += 1;
    }
    best
}

/// `m × 10^exp` as the double nearest the decimal (so 2 × 10⁻³ is exactly `0.002`).
fn round_number(m: f64, exp: i32) -> f64 {
    if exp >= 0 {
        m * 10f64.powi(exp)
    } else {
        m / 10f64.powi(-exp)
    }
}

/// Decimals that `grid` needs (up to 12).
fn decimals(grid: f64) -> i32 {
    (0..12)
        .find(|&d| {
            let scaled = grid * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-9 * scaled.max(1.0)
        })
        .unwrap_or(12)
}

/// `value` rounded to a multiple of `grid`, as the double nearest that decimal (`0.045`, not
/// `0.045000000000000005`).
pub(super) fn round_to(value: f64, grid: f64) -> f64 {
    if grid.is_nan() || grid <= 0.0 || !value.is_finite() {
        return value;
    }
    let d = decimals(grid);
    let scale = 10f64.powi(d);
    let units = (grid * scale).round();
    ((value / grid).round() * units) / scale
}

/// The least common multiple of two multiples of `p.step`.
pub(super) fn lcm(p: &Param, a: f64, b: f64) -> f64 {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 {
            a
        } else {
            gcd(b, a % b)
        }
    }
    let (m, n) = (
        (a / p.step).round().max(1.0) as u64,
        (b / p.step).round().max(1.0) as u64,
    );
    let l = m / gcd(m, n) * n;
    round_to(l as f64 * p.step, p.step)
}
