//! The "how sure" sentence against brute force: for each input, the advantage is worked at evenly
//! spaced values across its span (the sources' for a sourced input, the stated swing for an
//! assumption), twice as fine as the model searches it, and
//! every change of sign the sweep finds must be a break-even the sentence names, inside the step
//! where the sign changed, and none other. Over the defaults, the defaults moved (hashprice,
//! rent, capex, GPU cloud) and every preset.

use economics::analysis::{flips, tornado};
use economics::params::Param;
use economics::presets::PRESETS;
use economics::{compute, AiMode, Scenario};

/// Steps across each span: twice as fine as the model's own search.
const STEPS: usize = 2 * economics::analysis::FLIP_SAMPLES;

fn grid() -> Vec<Scenario> {
    let mut grid = vec![Scenario::default()];
    for (key, values) in [("hp", [20.0, 40.0]), ("rent", [110.0, 150.0]), ("conv", [8.0, 12.0])] {
        for v in values {
            let mut s = Scenario::default();
            (Param::by_key(key).unwrap().set)(&mut s, v);
            grid.push(s);
        }
    }
    let mut gpu = Scenario::default();
    gpu.mode = AiMode::GpuCloud;
    grid.push(gpu);
    grid.extend(PRESETS.iter().map(|p| p.scenario()));
    grid
}

#[test]
fn flips_named_are_the_sign_changes_a_sweep_finds() {
    let (mut swept, mut named) = (0, 0);
    for (n, s) in grid().into_iter().enumerate() {
        let bars = tornado(&s).unwrap();
        let found = flips(&s, &bars).unwrap();
        for b in &bars {
            let p = Param::by_key(&b.key).unwrap();
            let mut t = s.clone();
            // Snapped to what the input accepts (a contract runs whole months).
            let xs: Vec<f64> = (0..=STEPS)
                .map(|i| b.low_value + (b.high_value - b.low_value) * i as f64 / STEPS as f64)
                .map(|x| p.nearest_accepted(x).unwrap())
                .collect();
            let advantage: Vec<f64> = xs
                .iter()
                .map(|&x| {
                    (p.set)(&mut t, x);
                    compute(&t).unwrap_or_else(|e| panic!("scenario {n}, {} = {x}: {e:?}", b.key)).advantage_npv_usd
                })
                .collect();
            let crossings: Vec<usize> = (1..xs.len()).filter(|&i| (advantage[i - 1] >= 0.0) != (advantage[i] >= 0.0)).collect();
            let break_evens = found.iter().find(|f| f.key == b.key).map_or(&[][..], |f| &f.break_evens[..]);
            swept += 1;
            named += break_evens.len();
            assert_eq!(crossings.len(), break_evens.len(), "scenario {n}, {}: the sweep finds the sign change at steps {crossings:?}, the sentence names {break_evens:?}", b.key);
            for (&i, &x) in crossings.iter().zip(break_evens) {
                let (a, z) = (xs[i - 1].min(xs[i]), xs[i - 1].max(xs[i]));
                let slack = 1e-9 * (z - a).abs().max(1.0);
                assert!(x >= a - slack && x <= z + slack, "scenario {n}, {}: break-even {x} outside the step {a}–{z}", b.key);
            }
        }
    }
    // The grid is one that has flips to check, not only inputs that never flip.
    assert!(named >= 5 && swept >= 50, "{named} flips among {swept} inputs swept");
}
