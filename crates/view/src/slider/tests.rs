//! The slider's tests: the track's scales, round values by hand, exact ends, drags that round-trip
//! and keep their order, keys that move, strange inputs and spoken values.

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
