//! How a slider's track maps to an input's values: the scale each [`Param`] gets (linear,
//! logarithmic, or skewed so today's default sits at the middle), the round value a drag position
//! shows, the step an arrow key or Page Up/Down takes, and the words a screen reader says for a
//! value. The page's `<input type=range min=0 max=1000 step=1>` holds a position on [`TRACK`];
//! everything here is pure and tested natively. The round-number grid values land on and the
//! words a screen reader says are modules of their own ([`spoken`] is re-exported here).
//!
//! # Choosing the scale
//! For each input, in order:
//! 1. **Linear** when the default already sits in the middle half of a linear track (25–75%),
//!    or when the default *is* one of the limits (a default of 0% curtailment must stay at the
//!    left end, since the ends map exactly to the limits).
//! 2. **Logarithmic** when `min > 0` and a logarithmic track puts the default in the middle half.
//! 3. Otherwise **skewed**: a logarithmic track of the distance from a point just outside the
//!    range, chosen so the default sits exactly at the middle. When the default is in the lower
//!    half of the range the anchor is below `min` (values are dense near the default and the low
//!    end, sparse towards `max`); when it is in the upper half the anchor is above `max`. It is one
//!    smooth curve rather than two pieces, so the travel per unit changes gradually.
//!
//! Every scale is monotonic, continuous, and exact at the ends: position 0 is `min` and
//! [`TRACK`] is `max`. Home and End are [`limit`].

use economics::params::Param;

mod round;
mod spoken;

use round::{lcm, quantum, round_to};
pub use spoken::spoken;

/// Positions on a slider's track: the page's `<input type=range min=0 max=1000 step=1>`.
pub const TRACK: f64 = 1000.0;

/// Positions an arrow key moves (1% of the track).
const ARROW: f64 = TRACK / 100.0;

/// Positions Page Up / Page Down moves (10% of the track).
const PAGE: f64 = TRACK / 10.0;

/// How a slider spreads an input's range along its track (see the module notes for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Linear,
    Log,
    /// Logarithmic in the distance from an anchor outside the range; the default at the middle.
    Skewed,
}

/// The scale the slider of `p` uses.
pub fn scale(p: &Param) -> Scale {
    choose(p).0
}

/// The track as a function of `t` in 0..=1. Both logarithmic forms are
/// `|value − anchor| = c·e^(ln_r·s)`, with `s = t` when values spread out towards `max`
/// (`Growing`) and `s = 1 − t` when they spread out towards `min` (`Shrinking`); a plain log
/// track is `Growing` with the anchor at 0.
#[derive(Debug, Clone, Copy)]
enum Curve {
    Linear { min: f64, span: f64 },
    Growing { anchor: f64, c: f64, ln_r: f64 },
    Shrinking { anchor: f64, c: f64, ln_r: f64 },
}

fn in_middle_half(t: f64) -> bool {
    (0.25..=0.75).contains(&t)
}

/// The rule in the module notes.
fn choose(p: &Param) -> (Scale, Curve) {
    let (min, max, d) = (p.min, p.max, p.default);
    let span = max - min;
    let linear = (Scale::Linear, Curve::Linear { min, span });
    if !(span > 0.0 && span.is_finite() && d.is_finite()) || d <= min || d >= max {
        return linear;
    }
    if in_middle_half((d - min) / span) {
        return linear;
    }
    if min > 0.0 {
        let ln_r = (max / min).ln();
        if in_middle_half((d / min).ln() / ln_r) {
            return (
                Scale::Log,
                Curve::Growing {
                    anchor: 0.0,
                    c: min,
                    ln_r,
                },
            );
        }
    }
    // The default at the middle: with `k = √r`, the half nearer the default covers `c·(k − 1)`
    // and the whole track `c·(k² − 1)`, so `k = span / near − 1`, more than 3 because the default
    // is outside the middle half.
    let curve = if d - min < max - d {
        let k = span / (d - min) - 1.0;
        let c = (d - min) / (k - 1.0);
        Curve::Growing {
            anchor: min - c,
            c,
            ln_r: 2.0 * k.ln(),
        }
    } else {
        let k = span / (max - d) - 1.0;
        let c = (max - d) / (k - 1.0);
        Curve::Shrinking {
            anchor: max + c,
            c,
            ln_r: 2.0 * k.ln(),
        }
    };
    (Scale::Skewed, curve)
}

impl Curve {
    fn of(p: &Param) -> Curve {
        choose(p).1
    }

    /// The exact value at `t` in 0..=1.
    fn value(self, t: f64) -> f64 {
        match self {
            Curve::Linear { min, span } => min + span * t,
            Curve::Growing { anchor, c, ln_r } => anchor + c * (ln_r * t).exp(),
            Curve::Shrinking { anchor, c, ln_r } => anchor - c * (ln_r * (1.0 - t)).exp(),
        }
    }

    /// Where `value` (inside the range) sits, in 0..=1.
    fn t(self, value: f64) -> f64 {
        match self {
            Curve::Linear { min, span } if span > 0.0 => (value - min) / span,
            Curve::Linear { .. } => 0.0,
            Curve::Growing { anchor, c, ln_r } => ((value - anchor) / c).ln() / ln_r,
            Curve::Shrinking { anchor, c, ln_r } => 1.0 - ((anchor - value) / c).ln() / ln_r,
        }
    }

    /// Change of value per track position at `value`.
    fn slope(self, value: f64) -> f64 {
        match self {
            Curve::Linear { span, .. } => span / TRACK,
            Curve::Growing { anchor, ln_r, .. } => (value - anchor) * ln_r / TRACK,
            Curve::Shrinking { anchor, ln_r, .. } => (anchor - value) * ln_r / TRACK,
        }
    }
}

/// Where `value` sits on the track of `p`, in `0.0..=TRACK`: `min` (or less, or −∞) is 0, `max`
/// (or more, or +∞) is [`TRACK`], NaN is where the default sits. Not rounded; the page rounds.
pub fn position(p: &Param, value: f64) -> f64 {
    let value = if value.is_nan() { p.default } else { value };
    if value.is_nan() || value <= p.min {
        return 0.0;
    }
    if value >= p.max {
        return TRACK;
    }
    let x = Curve::of(p).t(value) * TRACK;
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, TRACK)
    }
}

/// The value a drag to `position` shows: the track's exact value rounded to the largest round step
/// (1, 2 or 5 times a power of ten) no bigger than one position's travel there, so 2–3
/// significant figures; never finer than `p.step`, and accepted by the model
/// (`p.nearest_accepted`). Positions at or beyond the ends give exactly `min` and `max`; NaN gives
/// the default.
///
/// # Example
/// ```
/// use economics::params::Param;
/// use view::slider::{position, value_at, TRACK};
/// let hp = Param::by_key("hp").unwrap();
/// assert_eq!(value_at(hp, 0.0), 1.0);
/// assert_eq!(value_at(hp, TRACK), 500.0);
/// // The default sits near the middle of a logarithmic track, not at its left edge…
/// let x = position(hp, 28.68);
/// assert!((500.0..600.0).contains(&x));
/// // …and dragging there shows round values.
/// assert_eq!(value_at(hp, 500.0), 22.4);
/// ```
pub fn value_at(p: &Param, position: f64) -> f64 {
    if position.is_nan() {
        return p.nearest_accepted(p.default).unwrap_or(p.min);
    }
    if position <= 0.0 {
        return p.min;
    }
    if position >= TRACK {
        return p.max;
    }
    let curve = Curve::of(p);
    let raw = curve.value(position / TRACK);
    let rounded = round_to(raw, drag_quantum(p, curve, raw));
    accepted(p, rounded)
}

/// Home (`up == false`) and End (`up == true`): the input's limits.
pub fn limit(p: &Param, up: bool) -> f64 {
    if up {
        p.max
    } else {
        p.min
    }
}

/// The value after `steps` presses of an arrow key (`big == false`: about 1% of the track each)
/// or of Page Up/Down (`big`: about 10%), from `value`; negative `steps` move down. Each press
/// lands on a round value near where the track's travel would take it, always moves (unless the
/// value is at the limit it moves towards), never leaves the range, and keeps month-counted
/// inputs to whole months. A NaN value counts as the default.
///
/// ```
/// use economics::params::Param;
/// use view::slider::nudge;
/// let hp = Param::by_key("hp").unwrap();
/// assert_eq!(nudge(hp, 28.68, 1, false), 30.5);
/// assert_eq!(nudge(hp, 28.68, 1, true), 50.0);
/// ```
pub fn nudge(p: &Param, value: f64, steps: i32, big: bool) -> f64 {
    let mut v = accepted(
        p,
        if value.is_nan() {
            p.default
        } else {
            value.clamp(p.min, p.max)
        },
    );
    let dir = steps.signum() as f64;
    let travel = if big { PAGE } else { ARROW };
    for _ in 0..steps.unsigned_abs() {
        let next = nudge_once(p, v, dir, travel);
        if next == v {
            break;
        }
        v = next;
    }
    v
}

fn nudge_once(p: &Param, v: f64, dir: f64, travel: f64) -> f64 {
    if (dir > 0.0 && v >= p.max) || (dir < 0.0 && v <= p.min) {
        return v;
    }
    let x = position(p, v) + dir * travel;
    let target = if x <= 0.0 {
        p.min
    } else if x >= TRACK {
        p.max
    } else {
        Curve::of(p).value(x / TRACK)
    };
    // Rounding to a grid of at most half the travel keeps each press within about ±25% of it.
    let grid = quantum(p, (target - v).abs() / 2.0);
    let mut next = if target == p.min || target == p.max {
        target
    } else {
        accepted(p, round_to(target, grid))
    };
    if (next - v) * dir <= 0.0 {
        // The travel was less than half a grid step: take the next grid value instead.
        let n = if dir > 0.0 {
            (v / grid + 1e-9).floor() + 1.0
        } else {
            (v / grid - 1e-9).ceil() - 1.0
        };
        next = accepted(p, round_to(n * grid, grid));
    }
    if (next - v) * dir <= 0.0 {
        // Only whole months can make this happen; move at least one.
        let month = if p.months_per_unit > 0.0 {
            1.0 / p.months_per_unit
        } else {
            0.0
        };
        next = accepted(p, v + dir * p.step.max(month));
    }
    next
}

/// `value` clamped into range and to whole months where the model counts months.
fn accepted(p: &Param, value: f64) -> f64 {
    p.nearest_accepted(value).unwrap_or(p.default)
}

/// The rounding grid a drag uses at `raw`: the largest round step no more than one position's
/// travel. Where the track's travel per position grows, the coarser grid starts only at a value on
/// both grids, so values never go back as the position grows.
fn drag_quantum(p: &Param, curve: Curve, raw: f64) -> f64 {
    let mut q = quantum(p, curve.slope(raw));
    while q > p.step {
        let finer = quantum(p, q * (1.0 - 1e-9));
        let both = lcm(p, q, finer);
        // Where the travel per position reaches q, moved outwards onto both grids.
        let inside = match curve {
            Curve::Linear { .. } => true,
            Curve::Growing { anchor, ln_r, .. } => {
                raw >= ((anchor + q * TRACK / ln_r) / both).ceil() * both
            }
            Curve::Shrinking { anchor, ln_r, .. } => {
                raw <= ((anchor - q * TRACK / ln_r) / both).floor() * both
            }
        };
        if inside {
            break;
        }
        q = finer;
    }
    q
}

#[cfg(test)]
mod tests;
