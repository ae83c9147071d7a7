//! Analyses over a scenario: break-evens, the tornado of sensitivities and the frontier grid.
//! Each is a plain function of a [`Scenario`]; all lean on the model's NPV-only path.

use serde::{Deserialize, Serialize};

use crate::model::{npvs, Inputs, Timeline};
use crate::params::Param;
use crate::scenario::{AiMode, Scenario, ScenarioError};

/// Where the AI path's NPV meets mining's as one input moves across its allowed range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum BreakEven {
    /// The two NPVs are equal at this value.
    At(f64),
    /// Converting wins over the whole range of the input.
    AiAheadAcrossRange,
    /// Mining wins over the whole range of the input.
    MiningAheadAcrossRange,
}

/// AI NPV minus mining NPV, $.
pub fn advantage_usd(s: &Scenario) -> f64 {
    advantage_over(s, &Timeline::new(s))
}

/// [`advantage_usd`] over a timeline built for a scenario that differs only in fields the
/// timeline does not hold.
fn advantage_over(s: &Scenario, timeline: &Timeline) -> f64 {
    debug_assert!(timeline.fits(s));
    let (mining, ai) = npvs(s, timeline);
    ai - mining
}

/// Solves `advantage(param = x) == 0` over the param's range by bisection. The advantage moves
/// one way with each input the break-evens use (down with hashprice, up with rent or GPU price);
/// none of them changes the timeline.
fn break_even(s: &Scenario, timeline: &Timeline, param: &Param) -> BreakEven {
    let mut trial = s.clone();
    let mut at = |x: f64| {
        (param.set)(&mut trial, x);
        advantage_over(&trial, timeline)
    };
    let (mut lo, mut hi) = (param.min, param.max);
    let (f_lo, f_hi) = (at(lo), at(hi));
    if f_lo >= 0.0 && f_hi >= 0.0 {
        return BreakEven::AiAheadAcrossRange;
    }
    if f_lo < 0.0 && f_hi < 0.0 {
        return BreakEven::MiningAheadAcrossRange;
    }
    let rising = f_hi > f_lo;
    for _ in 0..60 {
        let mid = 0.5 * (lo + hi);
        if (at(mid) > 0.0) == rising {
            hi = mid;
        } else {
            lo = mid;
        }
        if hi - lo < 1e-6 * param.step {
            break;
        }
    }
    BreakEven::At(0.5 * (lo + hi))
}

/// The three break-evens the page quotes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BreakEvens {
    /// Hashprice ($/PH/s/day) at which mining's NPV equals the AI path's.
    pub hashprice_usd_per_ph_day: BreakEven,
    /// Lease rate ($/kW-month) or GPU price ($/GPU-hour), by mode, at which converting pays off
    /// against mining.
    pub ai_rate: BreakEven,
    /// Power price ($/kWh) at which mining's first month covers power and other opex.
    pub mining_cash_power_usd_per_kwh: f64,
    /// Power price ($/kWh) at which it also covers fleet replacement (can be negative).
    pub mining_all_in_power_usd_per_kwh: f64,
}

/// Break-evens for a valid scenario.
///
/// # Example
/// ```
/// use economics::analysis::{break_evens, BreakEven};
/// let b = break_evens(&economics::Scenario::default()).unwrap();
/// assert!(matches!(b.hashprice_usd_per_ph_day, BreakEven::At(hp) if hp > 28.68));
/// ```
pub fn break_evens(s: &Scenario) -> Result<BreakEvens, ScenarioError> {
    s.validate()?;
    let rate_key = match s.mode {
        AiMode::Lease => "rent",
        AiMode::GpuCloud => "gph",
    };
    let param = |k| Param::by_key(k).expect("key in PARAMS");
    let timeline = Timeline::new(s);
    let inputs = Inputs::new(s, &timeline);
    let first = inputs.mining_running(0);
    let kwh = first.energy_mwh * 1000.0;
    let cash = (first.revenue_usd - first.other_opex_usd) / kwh;
    Ok(BreakEvens {
        hashprice_usd_per_ph_day: break_even(s, &timeline, param("hp")),
        ai_rate: break_even(s, &timeline, param(rate_key)),
        mining_cash_power_usd_per_kwh: cash,
        mining_all_in_power_usd_per_kwh: cash - first.capex_usd / kwh,
    })
}

/// One bar of the tornado: the advantage (AI − mining NPV, $) with one input at its low and high.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    pub key: String,
    pub label: String,
    pub unit: String,
    pub low_value: f64,
    pub high_value: f64,
    pub low_advantage_usd: f64,
    pub high_advantage_usd: f64,
}

impl TornadoBar {
    /// Width of the bar, $.
    pub fn swing_usd(&self) -> f64 {
        (self.high_advantage_usd - self.low_advantage_usd).abs()
    }
}

/// How far each tornado input moves: a relative change or a change in its own units.
enum Swing {
    Relative(f64),
    Absolute(f64),
}

const TORNADO_COMMON: &[(&str, Swing)] = &[
    ("hp", Swing::Relative(0.25)),
    ("btcg", Swing::Absolute(20.0)),
    ("hrg", Swing::Absolute(20.0)),
    ("pwr", Swing::Relative(0.25)),
    ("jth", Swing::Relative(0.25)),
    ("up", Swing::Absolute(10.0)),
    ("cap", Swing::Relative(0.25)),
    ("conv", Swing::Absolute(6.0)),
    ("dr", Swing::Absolute(4.0)),
];
const TORNADO_LEASE: &[(&str, Swing)] = &[
    ("rent", Swing::Relative(0.25)),
    ("noi", Swing::Absolute(10.0)),
    ("esc", Swing::Absolute(2.0)),
];
const TORNADO_GPU: &[(&str, Swing)] = &[
    ("gph", Swing::Relative(0.25)),
    ("util", Swing::Absolute(15.0)),
    ("gcap", Swing::Relative(0.25)),
    ("gdec", Swing::Absolute(10.0)),
];

/// For each key input, the advantage at its stated low and high (±25% or a fixed step, within
/// the input's range), widest bar first.
pub fn tornado(s: &Scenario) -> Result<Vec<TornadoBar>, ScenarioError> {
    s.validate()?;
    let mode_rows = match s.mode {
        AiMode::Lease => TORNADO_LEASE,
        AiMode::GpuCloud => TORNADO_GPU,
    };
    let mut trial = s.clone();
    let mut bars: Vec<TornadoBar> = TORNADO_COMMON
        .iter()
        .chain(mode_rows)
        .map(|(key, swing)| {
            let p = Param::by_key(key).expect("key in PARAMS");
            let base = (p.get)(s);
            let (low, high) = match swing {
                Swing::Relative(f) => (base * (1.0 - f), base * (1.0 + f)),
                Swing::Absolute(d) => (base - d, base + d),
            };
            let (low, high) = (low.clamp(p.min, p.max), high.clamp(p.min, p.max));
            (p.set)(&mut trial, low);
            let low_advantage_usd = advantage_usd(&trial);
            (p.set)(&mut trial, high);
            let high_advantage_usd = advantage_usd(&trial);
            (p.set)(&mut trial, base);
            TornadoBar {
                key: p.key.into(),
                label: p.label.into(),
                unit: p.unit.into(),
                low_value: low,
                high_value: high,
                low_advantage_usd,
                high_advantage_usd,
            }
        })
        .collect();
    bars.sort_by(|a, b| b.swing_usd().total_cmp(&a.swing_usd()));
    Ok(bars)
}

/// The advantage over a grid of hashprice × AI rate (lease $/kW-month or GPU $/hour by mode).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frontier {
    /// Hashprices of the columns, $/PH/s/day, ascending.
    pub hashprices: Vec<f64>,
    /// AI rates of the rows, ascending.
    pub rates: Vec<f64>,
    /// AI NPV − mining NPV, $, row-major: `advantage[row * hashprices.len() + col]`.
    pub advantage_usd: Vec<f64>,
}

impl Frontier {
    /// The advantage at row `r` (rate) and column `c` (hashprice).
    pub fn at(&self, r: usize, c: usize) -> f64 {
        self.advantage_usd[r * self.hashprices.len() + c]
    }
}

/// Axis ranges for the frontier: a fixed window that always contains the current value.
pub fn frontier_axes(s: &Scenario) -> ((f64, f64), (f64, f64)) {
    let hp = s.bitcoin.hashprice_usd_per_ph_day;
    let (rate, lo, hi): (f64, f64, f64) = match s.mode {
        AiMode::Lease => (s.lease.usd_per_kw_month, 50.0, 300.0),
        AiMode::GpuCloud => (s.gpu.usd_per_gpu_hour, 0.5, 5.0),
    };
    ((10.0f64.min(hp * 0.8).max(1.0), 120.0f64.max(hp * 1.25)), (lo.min(rate * 0.8), hi.max(rate * 1.25)))
}

/// The advantage over an `n_hashprice` × `n_rate` grid spanning [`frontier_axes`].
///
/// The advantage is affine in the AI rate: rent (or GPU revenue) and the costs proportional to it
/// scale with the rate and nothing else depends on it. So each hashprice column needs the model
/// at two rates only, and the cells between are exact, not interpolated guesses.
pub fn frontier(s: &Scenario, n_hashprice: usize, n_rate: usize) -> Result<Frontier, ScenarioError> {
    s.validate()?;
    let ((h0, h1), (r0, r1)) = frontier_axes(s);
    let spread = |a: f64, b: f64, n: usize| -> Vec<f64> {
        (0..n).map(|i| if n < 2 { a } else { a + (b - a) * i as f64 / (n - 1) as f64 }).collect()
    };
    let hashprices = spread(h0, h1, n_hashprice);
    let rates = spread(r0, r1, n_rate);
    let rate_param = Param::by_key(if s.mode == AiMode::Lease { "rent" } else { "gph" }).expect("key");
    let mut trial = s.clone();
    let timeline = Timeline::new(s);
    let mut ends = Vec::with_capacity(n_hashprice);
    for &hp in &hashprices {
        trial.bitcoin.hashprice_usd_per_ph_day = hp;
        (rate_param.set)(&mut trial, r0);
        let at_r0 = advantage_over(&trial, &timeline);
        (rate_param.set)(&mut trial, r1);
        let at_r1 = advantage_over(&trial, &timeline);
        ends.push((at_r0, at_r1));
    }
    let mut cells = Vec::with_capacity(n_hashprice * n_rate);
    for &rate in &rates {
        let t = if r1 > r0 { (rate - r0) / (r1 - r0) } else { 0.0 };
        cells.extend(ends.iter().map(|&(a, b)| a + (b - a) * t));
    }
    Ok(Frontier { hashprices, rates, advantage_usd: cells })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-point frontier equals the model run cell by cell, in both modes.
    #[test]
    fn frontier_matches_brute_force() {
        for mode in [AiMode::Lease, AiMode::GpuCloud] {
            let mut s = Scenario { mode, ..Scenario::default() };
            s.ai.mine_until_cutover = true;
            s.lease.power_pass_through = false;
            let f = frontier(&s, 6, 5).unwrap();
            let rate_param = Param::by_key(if mode == AiMode::Lease { "rent" } else { "gph" }).unwrap();
            for (r, &rate) in f.rates.iter().enumerate() {
                for (c, &hp) in f.hashprices.iter().enumerate() {
                    let mut trial = s.clone();
                    trial.bitcoin.hashprice_usd_per_ph_day = hp;
                    (rate_param.set)(&mut trial, rate);
                    let want = advantage_usd(&trial);
                    let got = f.at(r, c);
                    assert!((got - want).abs() <= 1e-6 * want.abs().max(1.0), "{mode:?} {r},{c}: {got} vs {want}");
                }
            }
        }
    }
}
