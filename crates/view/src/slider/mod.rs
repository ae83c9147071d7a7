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
mod tests {
    use super::spoken::SPOKEN_UNITS;
    use super::*;
    use economics::params::PARAMS;
    use proptest::prelude::*;

    fn param(key: &str) -> &'static Param {
        Param::by_key(key).unwrap()
    }

    /// Hand-worked: along a log track mw sits at ln 100 / ln 2000 = 0.6059, hp at
    /// ln 28.68 / ln 500 = 0.5400, jth at ln 1.615 / ln 5 = 0.2978, gph at ln 23.5 / ln 100 = 0.6855;
    /// along a linear one yrs at (15 − 1) / 19 = 0.7368; a skewed track puts the default at the
    /// middle; a default at a limit stays there.
    #[test]
    fn scales_follow_the_rule() {
        let rows: &[(&str, Scale, f64)] = &[
            ("mw", Scale::Log, 605.87),
            ("hp", Scale::Log, 540.05),
            ("jth", Scale::Log, 297.83),
            ("gph", Scale::Log, 685.53),
            ("yrs", Scale::Linear, 736.84),
            ("btcg", Scale::Linear, 500.0),
            ("pwr", Scale::Skewed, 500.0),
            ("up", Scale::Skewed, 500.0),
            ("exit", Scale::Skewed, 500.0),
            ("curt", Scale::Linear, 0.0),
            ("share", Scale::Linear, TRACK),
        ];
        for &(key, want, at) in rows {
            let p = param(key);
            assert_eq!(scale(p), want, "{key}");
            assert!(
                (position(p, p.default) - at).abs() < 0.01,
                "{key}: {}",
                position(p, p.default)
            );
        }
        for p in PARAMS.iter().filter(|p| scale(p) == Scale::Skewed) {
            assert!(
                (position(p, p.default) - TRACK / 2.0).abs() < 1e-6,
                "{}",
                p.key
            );
        }
    }

    /// Hand-worked drags and presses.
    #[test]
    fn round_values_by_hand() {
        let rows: &[(&str, f64, f64)] = &[
            // √500 = 22.36, travel 22.36 × ln 500 / 1000 = 0.139 per position: tenths.
            ("hp", 500.0, 22.4),
            // √2000 = 44.72, travel 0.34 per position, finer than the 1 MW step.
            ("mw", 500.0, 45.0),
            ("pwr", 500.0, 0.045),
            // 1 + 19 / 2 = 10.5 years, on the quarter-year step.
            ("yrs", 500.0, 10.5),
            ("btcg", 750.0, 25.0),
            ("hp", 0.0, 1.0),
            ("hp", TRACK, 500.0),
        ];
        for &(key, x, want) in rows {
            assert_eq!(value_at(param(key), x), want, "{key} at {x}");
        }
        // (key, from, steps, big, to). hp: 10 positions up is × e^(ln 500 / 100) = 30.52, a
        // travel of 1.84, on a grid of the round number ≤ 0.92: 0.5. 100 positions up is 53.40,
        // on a grid of 10. yrs: 0.19 years on a grid of the 0.25 step. conv: 0.48 months rounds
        // back to 15, so the next whole month.
        let presses: &[(&str, f64, i32, bool, f64)] = &[
            ("hp", 28.68, 1, false, 30.5),
            ("hp", 28.68, 1, true, 50.0),
            ("hp", 28.68, -1, false, 27.0),
            ("yrs", 12.0, 1, false, 12.25),
            ("yrs", 12.0, 1, true, 14.0),
            ("conv", 15.0, 1, false, 16.0),
            ("btcg", 0.0, -1, false, -1.0),
            ("share", 100.0, 1, false, 100.0),
            ("curt", 0.0, -3, true, 0.0),
            ("curt", 0.0, 1, false, 0.5),
        ];
        for &(key, from, steps, big, want) in presses {
            assert_eq!(
                nudge(param(key), from, steps, big),
                want,
                "{key} from {from}, {steps} × big={big}"
            );
        }
        assert_eq!(limit(param("hp"), false), 1.0);
        assert_eq!(limit(param("hp"), true), 500.0);
    }

    #[test]
    fn ends_are_exact() {
        for p in PARAMS {
            assert_eq!(value_at(p, 0.0), p.min, "{}", p.key);
            assert_eq!(value_at(p, TRACK), p.max, "{}", p.key);
            assert_eq!(value_at(p, -3.0), p.min, "{}", p.key);
            assert_eq!(value_at(p, TRACK + 3.0), p.max, "{}", p.key);
            assert_eq!(position(p, p.min), 0.0, "{}", p.key);
            assert_eq!(position(p, p.max), TRACK, "{}", p.key);
        }
    }

    /// Every drag position reads back near where it was, as a round value the model accepts, and
    /// every value comes back from its position within one round step.
    #[test]
    fn drags_round_trip() {
        for p in PARAMS {
            let curve = Curve::of(p);
            for i in 0..=2 * TRACK as usize {
                let x = i as f64 / 2.0;
                let v = value_at(p, x);
                assert!(p.accepts(v), "{} at {x}: {v}", p.key);
                let raw = curve.value(x / TRACK);
                let q = drag_quantum(p, curve, raw);
                assert!(q >= p.step && v == v.clamp(p.min, p.max));
                assert!(
                    v == p.min || v == p.max || round_to(v, q) == v,
                    "{} at {x}: {v} not on {q}",
                    p.key
                );
                if p.step <= 2.0 * curve.slope(raw) {
                    let back = position(p, v);
                    assert!(
                        (back - x).abs() <= 3.0,
                        "{} at {x}: {v} reads back at {back}",
                        p.key
                    );
                } else {
                    // The step is coarser than the track here: the value is the nearest step.
                    assert!(
                        (v - raw).abs() <= p.step / 2.0 + 1e-9,
                        "{} at {x}: {v} vs {raw}",
                        p.key
                    );
                }
            }
            for i in 0..=2000 {
                let v = p.min + (p.max - p.min) * i as f64 / 2000.0;
                let q = drag_quantum(p, curve, v);
                let back = value_at(p, position(p, v));
                assert!(
                    (back - v).abs() <= q + 1e-9,
                    "{}: {v} comes back as {back} (step {q})",
                    p.key
                );
            }
        }
    }

    #[test]
    fn drags_are_monotonic() {
        for p in PARAMS {
            let mut last = f64::NEG_INFINITY;
            for i in 0..=10 * TRACK as usize {
                let v = value_at(p, i as f64 / 10.0);
                assert!(
                    v >= last,
                    "{}: {v} after {last} at {}",
                    p.key,
                    i as f64 / 10.0
                );
                last = v;
            }
            let mut last = f64::NEG_INFINITY;
            for i in 0..=10_000 {
                let x = position(p, p.min + (p.max - p.min) * i as f64 / 10_000.0);
                assert!(x >= last, "{}: position {x} after {last}", p.key);
                last = x;
            }
        }
    }

    /// The issue: grid power, power price and hashprice sat in the first 5% of their tracks.
    #[test]
    fn defaults_sit_well_inside_the_track() {
        let mut table = String::new();
        let mut failed = false;
        let mut positions = Vec::new();
        for p in PARAMS {
            let x = position(p, p.default);
            let at_limit = p.default == p.min || p.default == p.max;
            let inside = (0.05 * TRACK..=0.95 * TRACK).contains(&x);
            failed |= !inside && !at_limit;
            table += &format!(
                "{:6} {:7} {:5.1}%\n",
                p.key,
                format!("{:?}", scale(p)),
                100.0 * x / TRACK
            );
            positions.push(x);
        }
        positions.sort_by(f64::total_cmp);
        let median = positions[positions.len() / 2];
        failed |= !(0.25 * TRACK..=0.75 * TRACK).contains(&median);
        if failed {
            eprintln!("{table}median {median}");
        }
        assert!(
            !failed,
            "a default sits near an end, or the median is off the middle half"
        );
    }

    /// The issue: eight → presses on hashprice moved it by $0.08.
    #[test]
    fn hashprice_keys_move_visibly() {
        let hp = param("hp");
        let mut v = 28.68;
        for _ in 0..8 {
            let next = nudge(hp, v, 1, false);
            assert!(next > v && round_to(next, 0.5) == next, "{v} → {next}");
            v = next;
        }
        assert!(v - 28.68 >= 0.5 && v == nudge(hp, 28.68, 8, false));
        let moved = position(hp, nudge(hp, 28.68, 1, true)) - position(hp, 28.68);
        assert!((0.06 * TRACK..=0.14 * TRACK).contains(&moved), "{moved}");
        let moved = position(hp, 28.68) - position(hp, nudge(hp, 28.68, -1, true));
        assert!((0.06 * TRACK..=0.14 * TRACK).contains(&moved), "{moved}");
    }

    #[test]
    fn strange_inputs_give_sane_answers() {
        let odd = [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            5e-324,
            -0.0,
            -1e9,
            1e9,
        ];
        for p in PARAMS {
            for &v in &odd {
                let x = position(p, v);
                assert!((0.0..=TRACK).contains(&x), "{} position({v}) = {x}", p.key);
                assert!(p.accepts(value_at(p, v)), "{} value_at({v})", p.key);
                for steps in [i32::MIN, -1, 0, 1, i32::MAX] {
                    for big in [false, true] {
                        assert!(
                            p.accepts(nudge(p, v, steps, big)),
                            "{} nudge({v}, {steps})",
                            p.key
                        );
                    }
                }
                assert!(!spoken(p, v, "dollars").is_empty());
            }
            assert_eq!(position(p, f64::NAN), position(p, p.default));
            assert_eq!(value_at(p, f64::NAN), p.default);
            assert_eq!(nudge(p, f64::INFINITY, 1, false), p.max);
            assert_eq!(nudge(p, f64::NEG_INFINITY, -1, true), p.min);
            assert_eq!(nudge(p, f64::MAX, i32::MIN, false), p.min);
        }
    }

    #[test]
    fn spoken_values() {
        let rows: &[(&str, f64, &str, &str)] = &[
            (
                "hp",
                28.68,
                "dollars",
                "28.68 dollars per petahash per second per day",
            ),
            (
                "hp",
                1.0,
                "dollars",
                "1 dollar per petahash per second per day",
            ),
            ("hp", 1.0, "euros", "1 euro per petahash per second per day"),
            ("pwr", 0.045, "dollars", "0.045 dollars per kilowatt-hour"),
            ("mw", 1200.0, "dollars", "1,200 megawatts"),
            ("mw", 1.0, "dollars", "1 megawatt"),
            ("yrs", 12.25, "dollars", "12.25 years"),
            ("yrs", 1.0, "dollars", "1 year"),
            ("pesc", -2.5, "dollars", "−2.5 percent a year"),
            ("jth", 16.0, "dollars", "16 joules per terahash"),
            ("ovh", 1.05, "dollars", "1.05 times"),
            ("fee", 0.02, "dollars", "0.02 bitcoin per block"),
            ("cap", 9.0, "euros", "9 million euros per megawatt of IT"),
            ("gcap", 25_000.0, "dollars", "25,000 dollars per GPU"),
            (
                "rent",
                150.0,
                "dollars",
                "150 dollars per kilowatt-month of IT",
            ),
            ("rmine", 15.0, "dollars", "15 percent a year"),
            ("rho", 0.25, "dollars", "0.25"),
        ];
        for &(key, v, currency, want) in rows {
            assert_eq!(spoken(param(key), v, currency), want);
        }
        let mut odd = *param("mw");
        odd.unit = "furlongs";
        assert_eq!(spoken(&odd, 3.0, "dollars"), "3 furlongs");
        for p in PARAMS {
            let known = p.unit.is_empty() || SPOKEN_UNITS.iter().any(|(unit, ..)| *unit == p.unit);
            assert!(known, "{}: no words for {:?}", p.key, p.unit);
        }
    }

    fn any_param() -> impl Strategy<Value = &'static Param> {
        (0..PARAMS.len()).prop_map(|i| &PARAMS[i])
    }

    /// Mostly values in or near the range, some anything at all.
    fn any_value(p: &'static Param) -> impl Strategy<Value = f64> {
        let span = p.max - p.min;
        prop_oneof![
            8 => (p.min - 0.1 * span)..(p.max + 0.1 * span),
            1 => Just(p.min),
            1 => Just(p.max),
            1 => any::<f64>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn nudges_stay_in_range_and_move(
            (p, v) in any_param().prop_flat_map(|p| (Just(p), any_value(p))),
            steps in -30i32..30,
            big: bool,
        ) {
            let next = nudge(p, v, steps, big);
            prop_assert!(p.accepts(next), "{} {v} {steps}: {next}", p.key);
            if steps > 0 && v < p.max {
                prop_assert!(next > v, "{} {v} {steps}: {next}", p.key);
            }
            if steps < 0 && v > p.min {
                prop_assert!(next < v, "{} {v} {steps}: {next}", p.key);
            }
            if steps == 0 && p.accepts(v) {
                prop_assert_eq!(next, v);
            }
        }

        #[test]
        fn drags_keep_order(p in any_param(), a in -100.0..1100.0f64, b in -100.0..1100.0f64) {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(value_at(p, lo) <= value_at(p, hi), "{} {lo} {hi}", p.key);
            let (vlo, vhi) = (value_at(p, lo), value_at(p, hi));
            prop_assert!(position(p, vlo) <= position(p, vhi));
        }
    }
}
