//! Break-evens: where the AI path's NPV meets mining's as one input (the hashprice, the lease
//! rate or GPU price) moves across its range, found by a secant search kept inside a bracket;
//! and the power price at which the fleet's first month covers its cash costs.

use serde::{Deserialize, Serialize};

use super::stepped::{advantage_usd, param, rate_key, Stepped};
use crate::context::Model;
use crate::inputs::params::{Param, ScenarioError};
use crate::inputs::scenario::Scenario;

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

/// Solves `advantage(param = x) == 0` over the param's range: a secant step kept inside a
/// shrinking bracket (the Illinois variant of regula falsi), which needs about a dozen model
/// runs where bisection needs fifty.
fn break_even(s: &Scenario, param: &Param) -> BreakEven {
    break_even_within(s, param, param.min, param.max)
}

/// [`break_even`] over `[lo, hi]` only.
pub(super) fn break_even_within(s: &Scenario, param: &Param, lo: f64, hi: f64) -> BreakEven {
    let mut trial = s.clone();
    let mut at = |x: f64| {
        (param.set)(&mut trial, x);
        advantage_usd(&trial)
    };
    let (mut lo, mut hi) = (lo, hi);
    let (mut f_lo, mut f_hi) = (at(lo), at(hi));
    if f_lo >= 0.0 && f_hi >= 0.0 {
        return BreakEven::AiAheadAcrossRange;
    }
    if f_lo < 0.0 && f_hi < 0.0 {
        return BreakEven::MiningAheadAcrossRange;
    }
    let tolerance = 1e-6 * param.step;
    let mut side = 0i8;
    for _ in 0..60 {
        let x = if f_hi != f_lo { hi - f_hi * (hi - lo) / (f_hi - f_lo) } else { 0.5 * (lo + hi) };
        let x = if x > lo && x < hi { x } else { 0.5 * (lo + hi) };
        let f = at(x);
        if f == 0.0 {
            return BreakEven::At(x);
        }
        if (f > 0.0) == (f_lo > 0.0) {
            lo = x;
            f_lo = f;
            if side == -1 {
                f_hi *= 0.5;
            }
            side = -1;
        } else {
            hi = x;
            f_hi = f;
            if side == 1 {
                f_lo *= 0.5;
            }
            side = 1;
        }
        if hi - lo < tolerance {
            break;
        }
    }
    BreakEven::At(0.5 * (lo + hi))
}

/// The break-evens the page quotes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BreakEvens {
    /// Hashprice ($/PH/s/day, at its own date) at which mining's NPV equals the AI path's.
    pub hashprice_usd_per_ph_day: BreakEven,
    /// Lease rate ($/kW-month) or GPU price ($/GPU-hour), by mode, at which converting pays off
    /// against mining.
    pub ai_rate: BreakEven,
    /// Power price ($/kWh) at which the owned fleet's first month covers its cash costs.
    pub mining_cash_power_usd_per_kwh: f64,
}

/// Break-evens for a valid scenario.
///
/// # Example
/// ```
/// use economics::analysis::{break_evens, BreakEven};
/// let s = economics::Scenario::default();
/// let b = break_evens(&s).unwrap();
/// // At the default rent converting is ahead; a lower rent brings the two paths level.
/// assert!(matches!(b.ai_rate, BreakEven::At(rent) if rent < s.lease.usd_per_kw_month));
/// ```
pub fn break_evens(s: &Scenario) -> Result<BreakEvens, ScenarioError> {
    let mut run = BreakEvensRun::new(s)?;
    while !run.advance(usize::MAX) {}
    Ok(run.finish())
}

/// [`BreakEvens`] a step at a time: a step is one break-even (a dozen runs of the model).
pub struct BreakEvensRun {
    base: Scenario,
    done: BreakEvens,
    steps: usize,
}

impl BreakEvensRun {
    pub fn new(s: &Scenario) -> Result<BreakEvensRun, ScenarioError> {
        s.validate()?;
        let model = Model::new(s);
        let first = model.fleet_month(0, s.mining.fleet_j_per_th);
        let kwh = first.energy_mwh * 1000.0;
        let cash = if kwh > 0.0 { (first.revenue_usd - first.other_opex_usd) / kwh } else { 0.0 };
        // The power price carried to the start month; the break-even is quoted at the input's date.
        let carried = model.market.power[0] / s.site.power_usd_per_kwh.max(f64::MIN_POSITIVE);
        let mining_cash_power_usd_per_kwh = if s.site.power_usd_per_kwh > 0.0 { cash / carried } else { cash };
        let unknown = BreakEven::MiningAheadAcrossRange;
        let done = BreakEvens { hashprice_usd_per_ph_day: unknown, ai_rate: unknown, mining_cash_power_usd_per_kwh };
        Ok(BreakEvensRun { base: s.clone(), done, steps: 0 })
    }
}

impl Stepped for BreakEvensRun {
    type Output = BreakEvens;

    fn advance(&mut self, steps: usize) -> bool {
        for _ in 0..steps.min(2 - self.steps.min(2)) {
            match self.steps {
                0 => self.done.hashprice_usd_per_ph_day = break_even(&self.base, param("hp")),
                _ => self.done.ai_rate = break_even(&self.base, param(rate_key(self.base.mode))),
            }
            self.steps += 1;
        }
        self.steps >= 2
    }

    /// The break-evens; those not yet found read "mining ahead across the range".
    fn finish(self) -> BreakEvens {
        self.done
    }
}
