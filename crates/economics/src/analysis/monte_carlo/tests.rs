//! The Monte Carlo fan's tests: slices that make the whole run, percentiles, no volatility
//! reproducing the model, drift, re-equipping by each path's outlook, and the fan's order.

use super::*;

/// A run spread over slices of any size gives exactly the whole run, preset or default.
#[test]
fn slices_give_the_whole_run() {
    for s in [Scenario::default(), crate::inputs::presets::PRESETS[1].scenario()] {
        let whole = simulate(&s, 300, 5).unwrap();
        for slice in [1, 7, 500] {
            let mut run = Run::new(&s, 300, 5).unwrap();
            let mut steps = 0;
            while !run.advance(slice) {
                steps += 1;
            }
            assert!(steps + 1 >= whole.mining_cumulative_usd.len().div_ceil(slice), "slice {slice}: {steps} steps");
            assert_eq!(run.finish(), whole, "slice {slice}");
        }
    }
}

#[test]
fn percentiles_of_known_values() {
    // 0..=100: the nearest-rank percentiles are the values themselves.
    let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
    assert_eq!(percentiles(&mut v), [5.0, 25.0, 50.0, 75.0, 95.0]);
    let mut one = [3.0];
    assert_eq!(percentiles(&mut one), [3.0; 5]);
}

#[test]
fn no_volatility_reproduces_the_model() {
    for partly in [false, true] {
        let mut s = Scenario::default();
        s.risk.btc_volatility_pct = 0.0;
        s.risk.hashrate_growth_sd_pct = 0.0;
        if partly {
            s.ai.share_converted_pct = 40.0;
            s.bitcoin.hashprice_usd_per_ph_day = 60.0;
        }
        let mc = simulate(&s, 50, 1).unwrap();
        let report = crate::compute(&s).unwrap();
        for (m, p) in mc.mining_cumulative_usd.iter().enumerate() {
            let want = report.mining.cumulative_usd[m];
            for v in p {
                assert!((v - want).abs() <= 1e-6 * (1.0 + want.abs()), "month {m}: {v} vs {want}");
            }
        }
        let ai_ahead = report.advantage_npv_usd > 0.0;
        assert_eq!(mc.probability_ai_ahead, if ai_ahead { 1.0 } else { 0.0 }, "partly {partly}");
    }
}

/// The expected factor stays at 1 (hashprice on the model's path), with the network response
/// on and off: the mean over 20,000 paths at 3, 5 and 10 years is within 3% of 1.
#[test]
fn drift_keeps_the_expectation_on_the_path() {
    for responds in [true, false] {
        let mut s = Scenario::default();
        s.network.responds = responds;
        s.risk.price_hashrate_correlation = -0.5; // the widest combined noise
        let months = 120;
        let shocks = Shocks::new(&s, months);
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(3);
        let paths = 20_000;
        let mut ln_x = vec![0.0f64; paths];
        for m in 0..months {
            let mut sum = 0.0;
            for x in ln_x.iter_mut() {
                let z: f64 = StandardNormal.sample(&mut rng);
                *x = shocks.persistence * *x + shocks.drift[m] + shocks.step_sd * z;
                sum += x.exp();
            }
            if [35, 59, 119].contains(&m) {
                let mean = sum / paths as f64;
                assert!((mean - 1.0).abs() < 0.03, "responds {responds}, month {m}: mean factor {mean}");
            }
        }
    }
}

/// Each path decides its own purchases: where BTC soars the site re-equips, so some paths
/// favour mining even though the model's own path buys nothing after today's fleet wears out.
#[test]
fn paths_re_equip_by_their_own_outlook() {
    // One rate and the contract years only, where converting is the less clear choice.
    let mut s = Scenario::default();
    s.finance.one_rate = true;
    s.finance.terminal_value = false;
    let report = crate::compute(&s).unwrap();
    let bought_later = report.mining.months.iter().any(|m| m.capex_usd > 0.0);
    assert!(!bought_later, "the model's own path buys no new fleet at defaults");
    let mc = simulate(&s, 2000, 9).unwrap();
    assert!(mc.probability_ai_ahead < 0.99, "{}", mc.probability_ai_ahead);
    let last = mc.mining_cumulative_usd.last().unwrap();
    // The p95 path earns far more than the model's path, which re-equipping makes possible.
    assert!(last[4] > 3.0 * report.mining.cumulative_usd.last().unwrap(), "{last:?}");
}

#[test]
fn percentiles_are_ordered_and_volatility_widens_the_fan() {
    let s = Scenario::default();
    let mc = simulate(&s, 2000, 42).unwrap();
    for p in &mc.mining_cumulative_usd {
        assert!(p.windows(2).all(|w| w[0] <= w[1]), "{p:?}");
    }
    let mut calm = s.clone();
    calm.risk.btc_volatility_pct = 10.0;
    let narrow = simulate(&calm, 2000, 42).unwrap();
    let width = |mc: &MonteCarlo| {
        let last = mc.mining_cumulative_usd.last().unwrap();
        last[4] - last[0]
    };
    assert!(width(&mc) > width(&narrow));
    assert!((0.0..=1.0).contains(&mc.probability_ai_ahead));
}
