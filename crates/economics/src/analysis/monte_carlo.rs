//! Monte Carlo of mining cash: random BTC price and hashrate shocks around the model's hashprice
//! path, seeded and deterministic, against the contracted AI path; each path pays its own tax
//! (its own losses carried) on the report's basis. What a run takes from the model once is
//! worked out in `analysis/monte_carlo/setup.rs`.

mod setup;

use rand_distr::{Distribution, StandardNormal};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::{Deserialize, Serialize};

use self::setup::{path_tax, thresholds, Fleet, PathTax};
use super::stepped::Stepped;
use crate::context::Model;
use crate::inputs::params::ScenarioError;
use crate::inputs::scenario::Scenario;
use crate::model::compute_valid;
use crate::paths::market::response_per_month;
use crate::value::tax::{five_year_deduction, Carry, YearIncome};

/// The percentiles reported for each month, in this order.
pub const PERCENTILES: [f64; 5] = [0.05, 0.25, 0.50, 0.75, 0.95];

/// Outcome of a Monte Carlo run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MonteCarlo {
    pub paths: usize,
    pub seed: u64,
    /// For each month, mining's cumulative net cash ($) at p5, p25, p50, p75, p95.
    pub mining_cumulative_usd: Vec<[f64; 5]>,
    /// The AI path's cumulative net cash ($) on the model's own path.
    pub ai_cumulative_usd: Vec<f64>,
    /// Share of paths in which the AI path's NPV beats mining's.
    pub probability_ai_ahead: f64,
}

/// The random factor on hashprice, month by month: `ln X` is the log deviation of hashprice
/// from the model's path. BTC price shocks (σp a year) and hashrate shocks (σh a year, correlated
/// ρ) move it by `sqrt((σp² + σh² − 2ρσpσh)/12) · Z` a month, and with the network response on
/// hashrate closes a share κ of the gap each month, exactly as in the model:
/// `ln X_{m+1} = (1 − κ) ln X_m + μ_m + s · Z`. `μ_m` keeps `E[X] = 1`, so the expected
/// hashprice stays on the model's path: with `v` the variance of `ln X`,
/// `v' = (1 − κ)² v + s²` and `μ = −v'/2 + (1 − κ) v/2`.
pub struct Shocks {
    /// `1 − κ` (1 with the response off).
    pub persistence: f64,
    /// Standard deviation of the monthly shock.
    pub step_sd: f64,
    /// Drift of each month.
    pub drift: Vec<f64>,
}

impl Shocks {
    pub fn new(s: &Scenario, months: usize) -> Shocks {
        let sp = s.risk.btc_volatility_pct / 100.0;
        let sh = s.risk.hashrate_growth_sd_pct / 100.0;
        let rho = s.risk.price_hashrate_correlation;
        let variance = ((sp * sp + sh * sh - 2.0 * rho * sp * sh) / 12.0).max(0.0);
        let persistence = if s.network.responds { 1.0 - response_per_month(s.network.half_life_months) } else { 1.0 };
        let mut v = 0.0;
        let drift = (0..months)
            .map(|_| {
                let next = persistence * persistence * v + variance;
                let mu = -next / 2.0 + persistence * v / 2.0;
                v = next;
                mu
            })
            .collect();
        Shocks { persistence, step_sd: variance.sqrt(), drift }
    }
}

/// Runs `paths` simulations of the mining cash from `seed`.
///
/// On each path the fleet runs in a month only if it covers its cash costs, and a dark site
/// buys a new generation by the path's own outlook (`thresholds`, in
/// `analysis/monte_carlo/setup.rs`): a path where BTC soars re-equips, one where it slumps stays
/// dark. The AI business's cash is contracted and the same on every path; the mining cash on the
/// AI path before cut-over follows the model's plan with the path's hashprice, and the share of
/// the site not converted mines as the mining path does.
///
/// # Example
/// ```
/// let s = economics::Scenario::default();
/// let a = economics::monte_carlo::simulate(&s, 200, 7).unwrap();
/// let b = economics::monte_carlo::simulate(&s, 200, 7).unwrap();
/// assert_eq!(a, b); // same seed, same answer
/// ```
pub fn simulate(s: &Scenario, paths: usize, seed: u64) -> Result<MonteCarlo, ScenarioError> {
    let mut run = Run::new(s, paths, seed)?;
    while !run.advance(usize::MAX) {}
    Ok(run.finish())
}

/// A Monte Carlo run that can be advanced a few months at a time, so a page can spread it over
/// several frames and never hold up the reader's input. Month by month it gives exactly what
/// [`simulate`] gives: the paths draw their shocks in the same order.
///
/// ```
/// use economics::analysis::Stepped;
/// use economics::monte_carlo::{simulate, Run};
/// let s = economics::Scenario::default();
/// let mut run = Run::new(&s, 200, 7).unwrap();
/// while !run.advance(12) {}
/// assert_eq!(run.finish(), simulate(&s, 200, 7).unwrap());
/// ```
pub struct Run {
    paths: usize,
    seed: u64,
    n: usize,
    month: usize,
    share: f64,
    count_end: bool,
    discount: Vec<f64>,
    shocks: Shocks,
    life: usize,
    /// What today's fleet mines at X = 1 and the rest of its cash, per month.
    parts: Vec<(f64, f64)>,
    threshold: Vec<f64>,
    fleet_usd: f64,
    gen_factor: Vec<f64>,
    pre: Fleet,
    pre_months: usize,
    /// Month the conversion starts: before it, the converted site mines as the path does.
    start: usize,
    ai_cumulative_usd: Vec<f64>,
    tax: PathTax,
    rng: Xoshiro256PlusPlus,
    ln_x: Vec<f64>,
    /// Each path's fleet: mined revenue relative to today's fleet (0 when dark), month bought,
    /// and when a dark site next asks whether to buy.
    generation: Vec<f64>,
    bought: Vec<i64>,
    asks: Vec<usize>,
    cumulative: Vec<f64>,
    /// The site's own value at the window's end, credited with end values on every path.
    site_usd: f64,
    /// The site's value discounted from the window's end at the AI rate, $.
    site_pv_usd: f64,
    /// Each path's mining cash before tax, discounted, and its tax, discounted.
    mining_pv: Vec<f64>,
    mining_tax_pv: Vec<f64>,
    pre_pv: Vec<f64>,
    /// Each path's losses carried on the mining path.
    carry: Vec<Carry>,
    /// The current tax year's mining EBITDA and deductions less gains, each path.
    year_ebitda: Vec<f64>,
    year_deducted: Vec<f64>,
    /// Per path and tax year (`path × years`): mining EBITDA, mining deductions less gains, and
    /// the AI path's mining before cut-over (EBITDA), for the AI path's tax at the end.
    mining_e: Vec<f64>,
    mining_d: Vec<f64>,
    pre_e: Vec<f64>,
    scratch: Vec<f64>,
    mining_cumulative_usd: Vec<[f64; 5]>,
}

impl Run {
    /// Prepares a run of `paths` paths (at least one) from `seed`.
    pub fn new(s: &Scenario, paths: usize, seed: u64) -> Result<Run, ScenarioError> {
        s.validate()?;
        let paths = paths.max(1);
        let model = Model::new(s);
        let base = compute_valid(s);
        let n = model.n;
        let share = s.converted_share();
        let discount = model.rates.mining.clone();
        let shocks = Shocks::new(s, n);
        let j0 = s.mining.fleet_j_per_th;
        let (worn_out, life) = model.fleet_schedule();
        let parts = (0..n)
            .map(|m| {
                let p = model.fleet_parts(m, j0);
                (p.mined_usd, p.credit_usd - p.power_usd - p.other_opex_usd)
            })
            .collect();
        let threshold = thresholds(&model, shocks.persistence);
        let (_, fleet_usd) = model.generation(0);
        // The AI path's mining before cut-over, on the model's plan.
        // The converted site's own mining: as the path's mining until the conversion starts, then
        // on the model's plan (with the path's hashprice) until it stops.
        let start = s.conversion_start();
        let before_cutover = model.converting_fleet(&model.fleet_plan(n)).owned;
        let pre = Fleet::new(&model, &before_cutover);
        let mining_model: Vec<f64> = base.mining.months.iter().map(|m| m.project_cash_usd()).collect();
        let pre_base: f64 = (0..before_cutover.len())
            .map(|m| if m < start { mining_model[m] } else { pre.cash(m, 1.0) } * discount[m])
            .sum();
        let gen_factor = (0..n).map(|m| j0 / model.generation(m).0).collect();
        let tax = path_tax(&model, &base, share, &pre, before_cutover.len(), pre_base, start);
        let years = tax.years;
        Ok(Run {
            paths,
            seed,
            n,
            month: 0,
            share,
            count_end: s.finance.terminal_value,
            discount,
            shocks,
            life,
            parts,
            threshold,
            fleet_usd,
            gen_factor,
            pre,
            pre_months: before_cutover.len(),
            start,
            ai_cumulative_usd: base.ai.cumulative_usd,
            tax,
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
            ln_x: vec![0.0; paths],
            generation: vec![1.0; paths],
            bought: vec![worn_out as i64 - life as i64; paths],
            asks: vec![worn_out; paths],
            cumulative: vec![0.0; paths],
            site_usd: model.site_value_usd(),
            site_pv_usd: model.site_value_usd() * model.rates.site_end,
            mining_pv: vec![0.0; paths],
            mining_tax_pv: vec![0.0; paths],
            pre_pv: vec![0.0; paths],
            carry: vec![Carry::default(); paths],
            year_ebitda: vec![0.0; paths],
            year_deducted: vec![0.0; paths],
            mining_e: vec![0.0; paths * years],
            mining_d: vec![0.0; paths * years],
            pre_e: vec![0.0; paths * years],
            scratch: vec![0.0; paths],
            mining_cumulative_usd: Vec::with_capacity(n),
        })
    }
}

/// A step is one month of every path.
impl Stepped for Run {
    type Output = MonteCarlo;

    /// Runs up to `months` more months; true once every month is done.
    fn advance(&mut self, months: usize) -> bool {
        // Fields split into locals once: the inner loop then indexes plain slices, which the
        // compiler can keep in registers (through `self` it must reload them every path).
        let Run {
            n, life, month, paths, pre_months, start, count_end, fleet_usd, site_usd, site_pv_usd,
            ref shocks, ref discount, ref parts, ref threshold, ref gen_factor, ref pre, ref tax,
            ref mut rng, ref mut ln_x, ref mut generation, ref mut bought, ref mut asks,
            ref mut cumulative, ref mut mining_pv, ref mut mining_tax_pv, ref mut pre_pv, ref mut carry,
            ref mut year_ebitda, ref mut year_deducted, ref mut mining_e, ref mut mining_d, ref mut pre_e,
            ref mut scratch, ref mut mining_cumulative_usd, ..
        } = *self;
        let (persistence, step_sd) = (shocks.persistence, shocks.step_sd);
        let years = tax.years;
        let bonus = tax.mining.bonus;
        // A fleet's deduction in tax year `year`, and what of its cost is not yet recovered by
        // then; a fleet bought before the window was deducted in full already.
        let years_held = |bought: i64, year: usize| (bought >= 0).then(|| year - tax.year_of[bought as usize]);
        let scheduled = |bought: i64, year: usize| years_held(bought, year).map_or(0.0, |k| five_year_deduction(fleet_usd, bonus, k));
        let unrecovered = |bought: i64, year: usize| {
            years_held(bought, year).map_or(0.0, |k| fleet_usd - (0..k).map(|j| five_year_deduction(fleet_usd, bonus, j)).sum::<f64>())
        };
        let stop = month.saturating_add(months).min(n);
        for m in month..stop {
            let (drift, d) = (shocks.drift[m], discount[m]);
            let (mined, rest) = parts[m];
            let (threshold, gen_factor) = (threshold[m], gen_factor[m]);
            let in_pre = m < pre_months;
            let (year, closes) = (tax.year_of[m], tax.closes[m]);
            let ends = m == n - 1;
            let sold_at_end = count_end && ends;
            for i in 0..paths {
                let z: f64 = StandardNormal.sample(rng);
                ln_x[i] = persistence * ln_x[i] + drift + step_sd * z;
                let x = ln_x[i].exp();
                let mut flow = 0.0;
                let mut earned = 0.0;
                if generation[i] > 0.0 && m as i64 - bought[i] >= life as i64 {
                    generation[i] = 0.0;
                    asks[i] = m;
                    // Retired: what is left of its cost is deducted this year.
                    year_deducted[i] += unrecovered(bought[i], year);
                }
                if generation[i] == 0.0 && m == asks[i] {
                    if x >= threshold {
                        generation[i] = gen_factor;
                        bought[i] = m as i64;
                        flow -= fleet_usd;
                    } else {
                        asks[i] = m + 12;
                    }
                }
                if generation[i] > 0.0 {
                    earned = (mined * generation[i] * x + rest).max(0.0);
                    flow += earned;
                    year_ebitda[i] += earned;
                    if sold_at_end {
                        let left = (bought[i] + life as i64 - n as i64).clamp(0, life as i64);
                        let value = fleet_usd * left as f64 / life as f64;
                        flow += value;
                        // Sold at the window's end: what is left of its cost is deducted this
                        // year, and the proceeds are a gain.
                        year_deducted[i] += unrecovered(bought[i], year) - value;
                    } else if ends {
                        // The contract years only: given up for nothing, what is left of its
                        // cost deducted.
                        year_deducted[i] += unrecovered(bought[i], year);
                    }
                }
                cumulative[i] += flow;
                mining_pv[i] += flow * d;
                if sold_at_end {
                    // The site, the same asset on both paths, alike on both.
                    cumulative[i] += site_usd;
                    mining_pv[i] += site_pv_usd;
                }
                if m < start {
                    pre_pv[i] += flow * d;
                    pre_e[i * years + year] += earned;
                } else if in_pre {
                    let cash = pre.cash(m, x);
                    pre_pv[i] += cash * d;
                    pre_e[i * years + year] += cash;
                }
                if closes {
                    // The year's regular deduction of a fleet still held.
                    if generation[i] > 0.0 && !ends {
                        year_deducted[i] += scheduled(bought[i], year);
                    }
                    mining_e[i * years + year] = year_ebitda[i];
                    mining_d[i * years + year] = year_deducted[i];
                    if tax.taxed {
                        let income = YearIncome { ebitda_usd: year_ebitda[i], depreciation_usd: year_deducted[i], ..YearIncome::default() };
                        let paid = carry[i].year(&tax.mining, &income).tax_usd;
                        cumulative[i] -= paid;
                        mining_tax_pv[i] += paid * d;
                    }
                    year_ebitda[i] = 0.0;
                    year_deducted[i] = 0.0;
                }
            }
            scratch.copy_from_slice(cumulative);
            mining_cumulative_usd.push(percentiles(scratch));
        }
        self.month = stop;
        self.month == n
    }

    /// The outcome, over the months run so far (all of them once [`Stepped::advance`] said so).
    fn finish(self) -> MonteCarlo {
        let (share, years) = (self.share, self.tax.years);
        let ahead = (0..self.paths)
            .filter(|&i| {
                let rows = i * years..(i + 1) * years;
                let ai_tax = self.tax.ai_tax_pv(share, &self.mining_e[rows.clone()], &self.mining_d[rows.clone()], &self.pre_e[rows], &self.discount);
                let ai = self.tax.ai_npv_fixed + share * self.pre_pv[i] + (1.0 - share) * self.mining_pv[i] - ai_tax;
                ai > self.mining_pv[i] - self.mining_tax_pv[i]
            })
            .count();
        MonteCarlo {
            paths: self.paths,
            seed: self.seed,
            mining_cumulative_usd: self.mining_cumulative_usd,
            ai_cumulative_usd: self.ai_cumulative_usd,
            probability_ai_ahead: ahead as f64 / self.paths as f64,
        }
    }
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
mod tests;
