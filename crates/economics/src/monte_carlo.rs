//! Monte Carlo of the mining path: the BTC price as a geometric Brownian motion and noisy network
//! hashrate growth, seeded and deterministic, against the contracted AI path.

use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use crate::model::{compute_valid, Inputs, Timeline};
use crate::scenario::{Scenario, ScenarioError};

/// The percentiles reported for each month, in this order.
pub const PERCENTILES: [f64; 5] = [0.05, 0.25, 0.50, 0.75, 0.95];

/// Outcome of a Monte Carlo run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonteCarlo {
    pub paths: usize,
    pub seed: u64,
    /// For each month, mining's cumulative net cash ($) at p5, p25, p50, p75, p95.
    pub mining_cumulative_usd: Vec<[f64; 5]>,
    /// The AI path's cumulative net cash ($) with today's trend (its revenue is contracted).
    pub ai_cumulative_usd: Vec<f64>,
    /// Share of paths in which the AI path's NPV beats mining's.
    pub probability_ai_ahead: f64,
}

/// Runs `paths` simulations of the mining path from `seed`.
///
/// Each month the hashprice is the model's trend times a random factor `X`, with
/// `ln X` a random walk: `Δ ln X = −σp²/24 + sqrt((σp² + σh²)/12) · Z`, where σp is the BTC
/// volatility and σh the uncertainty of hashrate growth (both per year). The price term keeps the
/// expected BTC price on the trend (a GBM); the two independent shocks combine into one normal.
/// The fleet idles in months that would lose money, as in the deterministic model.
///
/// # Example
/// ```
/// let s = economics::Scenario::default();
/// let a = economics::monte_carlo::simulate(&s, 200, 7).unwrap();
/// let b = economics::monte_carlo::simulate(&s, 200, 7).unwrap();
/// assert_eq!(a, b); // same seed, same answer
/// ```
pub fn simulate(s: &Scenario, paths: usize, seed: u64) -> Result<MonteCarlo, ScenarioError> {
    s.validate()?;
    let paths = paths.max(1);
    let timeline = Timeline::new(s);
    let inputs = Inputs::new(s, &timeline);
    let base = compute_valid(s);
    let months = inputs.months;
    let sigma_p = s.risk.btc_volatility_pct / 100.0;
    let sigma_h = s.risk.hashrate_growth_sd_pct / 100.0;
    let drift = -sigma_p * sigma_p / 24.0;
    let shock = ((sigma_p * sigma_p + sigma_h * sigma_h) / 12.0).sqrt();
    let discount_factor = 1.0 / (1.0 + inputs.monthly_rate);
    // The AI path without its (random) pre-cut-over mining: its NPV is fixed across paths.
    let cutover_mining = s.ai.mine_until_cutover;
    let mut ai_fixed_npv = base.ai.npv_usd;
    let mut discount = 1.0;
    let mut revenue = Vec::with_capacity(months);
    let mut cost = Vec::with_capacity(months);
    for m in 0..months {
        let running = inputs.mining_running(m);
        revenue.push(running.revenue_usd);
        cost.push(running.revenue_usd - running.net_cash_usd());
        if cutover_mining && m < inputs.cutover {
            ai_fixed_npv -= base.mining.months[m].net_cash_usd() * discount;
        }
        discount *= discount_factor;
    }

    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut ln_x = vec![0.0f64; paths];
    let mut cumulative = vec![0.0f64; paths];
    let mut mining_npv = vec![0.0f64; paths];
    let mut scratch = vec![0.0f64; paths];
    let mut mining_cumulative_usd = Vec::with_capacity(months);
    let mut discount = 1.0;
    for m in 0..months {
        let (rev, cst) = (revenue[m], cost[m]);
        // Before cut-over the AI path earns the same mining cash; the NPV difference is what
        // decides "AI ahead", so only mining's share after cut-over needs its own sum.
        let after_cutover = !(cutover_mining && m < inputs.cutover);
        let post = if after_cutover { discount } else { 0.0 };
        for i in 0..paths {
            let z: f64 = StandardNormal.sample(&mut rng);
            ln_x[i] += drift + shock * z;
            let cash = (rev * ln_x[i].exp() - cst).max(0.0);
            cumulative[i] += cash;
            mining_npv[i] += cash * post;
        }
        discount *= discount_factor;
        scratch.copy_from_slice(&cumulative);
        mining_cumulative_usd.push(percentiles(&mut scratch));
    }
    // AI NPV = ai_fixed_npv + shared pre-cut-over mining; mining NPV = the same shared part +
    // mining_npv (its discounted cash after cut-over), so the shared part cancels.
    let ahead = mining_npv.iter().filter(|&&m| ai_fixed_npv > m).count();
    Ok(MonteCarlo {
        paths,
        seed,
        mining_cumulative_usd,
        ai_cumulative_usd: base.ai.cumulative_usd,
        probability_ai_ahead: ahead as f64 / paths as f64,
    })
}

/// The [`PERCENTILES`] of `values` (nearest rank), reordering `values` in place. The median is
/// selected first and each other percentile within the half it lies in, so the cost stays linear.
fn percentiles(values: &mut [f64]) -> [f64; 5] {
    let n = values.len();
    let rank = |q: f64| (q * (n - 1) as f64).round() as usize;
    let [k5, k25, k50, k75, k95] = PERCENTILES.map(rank);
    let select = |part: &mut [f64], k: usize| *part.select_nth_unstable_by(k, f64::total_cmp).1;
    let p50 = select(values, k50);
    let (lower, upper) = values.split_at_mut(k50);
    let p25 = if k25 < k50 { select(lower, k25) } else { p50 };
    let p5 = if k5 < k25 { select(&mut lower[..k25], k5) } else { p25 };
    let upper = &mut upper[1..];
    let p75 = if k75 > k50 { select(upper, k75 - k50 - 1) } else { p50 };
    let p95 = if k95 > k75 { select(&mut upper[k75 - k50..], k95 - k75 - 1) } else { p75 };
    [p5, p25, p50, p75, p95]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_of_known_values() {
        // 0..=100: the nearest-rank percentiles are the values themselves.
        let mut v: Vec<f64> = (0..=100).rev().map(f64::from).collect();
        assert_eq!(percentiles(&mut v), [5.0, 25.0, 50.0, 75.0, 95.0]);
        let mut one = [3.0];
        assert_eq!(percentiles(&mut one), [3.0; 5]);
    }

    #[test]
    fn no_volatility_reproduces_the_trend() {
        let mut s = Scenario::default();
        s.risk.btc_volatility_pct = 0.0;
        s.risk.hashrate_growth_sd_pct = 0.0;
        let mc = simulate(&s, 50, 1).unwrap();
        let report = crate::compute(&s).unwrap();
        for (m, p) in mc.mining_cumulative_usd.iter().enumerate() {
            let want = report.mining.cumulative_usd[m];
            for v in p {
                assert!((v - want).abs() <= 1e-6 * (1.0 + want.abs()), "month {m}: {v} vs {want}");
            }
        }
        let ai_ahead = report.advantage_npv_usd > 0.0;
        assert_eq!(mc.probability_ai_ahead, if ai_ahead { 1.0 } else { 0.0 });
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
}
