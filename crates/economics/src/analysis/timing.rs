//! When to convert: the advantage for each month the conversion could start, each start a run
//! of the model over its own window, a few runs at a time.

use serde::{Deserialize, Serialize};

use super::stepped::{advantage_usd, Stepped};
use crate::inputs::params::ScenarioError;
use crate::inputs::scenario::Scenario;

/// The advantage for each month the conversion could start, from now: the "when to convert"
/// sweep. Each start is a run of the model with `cvin` set to it (so each is valued over its own
/// window: the months of mining first, then the conversion and the whole contract).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Months from the start of the valuation to the start of the conversion.
    pub starts: Vec<usize>,
    /// AI NPV − mining NPV, $, for each start, on the scenario's basis.
    pub advantage_usd: Vec<f64>,
}

impl Timing {
    /// The start worth most, and its advantage (the earliest of equals).
    pub fn best(&self) -> Option<(usize, f64)> {
        self.starts.iter().zip(&self.advantage_usd).fold(None, |best: Option<(usize, f64)>, (&m, &a)| match best {
            Some((_, b)) if b >= a => best,
            _ => Some((m, a)),
        })
    }
}

/// The starts the sweep weighs for `s`: every month from now to ten years out, and none so late
/// that the original window's end would pass before the contract began.
pub fn timing_starts(s: &Scenario) -> Vec<usize> {
    let conv = crate::inputs::scenario::whole(s.ai.months_to_convert, 0, 48);
    let window = conv + crate::inputs::scenario::whole(s.site.horizon_years * 12.0, 12, 240);
    (0..=crate::inputs::scenario::MAX_CONVERT_IN.min(window.saturating_sub(conv))).collect()
}

/// The "when to convert" sweep, a few runs at a time, so a page can spread it over frames.
pub struct TimingRun {
    base: Scenario,
    starts: Vec<usize>,
    advantage_usd: Vec<f64>,
}

impl TimingRun {
    pub fn new(s: &Scenario) -> Result<TimingRun, ScenarioError> {
        s.validate()?;
        let starts = timing_starts(s);
        Ok(TimingRun { base: s.clone(), advantage_usd: Vec::with_capacity(starts.len()), starts })
    }
}

/// A step is one start.
impl Stepped for TimingRun {
    type Output = Timing;

    fn advance(&mut self, runs: usize) -> bool {
        let mut trial = self.base.clone();
        for &m in self.starts.iter().skip(self.advantage_usd.len()).take(runs) {
            trial.ai.convert_in_months = m as f64;
            self.advantage_usd.push(advantage_usd(&trial));
        }
        self.advantage_usd.len() == self.starts.len()
    }

    /// The sweep over the starts run so far (all of them once [`Stepped::advance`] said so).
    fn finish(self) -> Timing {
        let done = self.advantage_usd.len();
        Timing { starts: self.starts[..done].to_vec(), advantage_usd: self.advantage_usd }
    }
}

/// The whole "when to convert" sweep at once.
///
/// ```
/// let t = economics::analysis::when_to_convert(&economics::Scenario::default()).unwrap();
/// assert_eq!(t.starts[0], 0);
/// assert!(t.best().is_some());
/// ```
pub fn when_to_convert(s: &Scenario) -> Result<Timing, ScenarioError> {
    let mut run = TimingRun::new(s)?;
    while !run.advance(usize::MAX) {}
    Ok(run.finish())
}
