//! Sensitivity: the tornado (the advantage with each input that applies at its low and high:
//! a sourced input across its sources' span, an assumption by its stated swing) and its flips
//! (every value within that span where the answer changes sign), at once or a step at a time.

use serde::{Deserialize, Serialize};

use super::break_evens::{break_even_within, BreakEven};
use super::stepped::{advantage_usd, Stepped};
use crate::inputs::params::{Param, ScenarioError};
use crate::inputs::scenario::Scenario;

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
    /// Whether low and high are the sources' own span (else the stated swing of an assumption).
    pub sourced: bool,
}

impl TornadoBar {
    /// Width of the bar, $.
    pub fn swing_usd(&self) -> f64 {
        (self.high_advantage_usd - self.low_advantage_usd).abs()
    }

    /// Whether the answer is one way at the input's low and the other at its high.
    pub fn flips(&self) -> bool {
        (self.low_advantage_usd >= 0.0) != (self.high_advantage_usd >= 0.0)
    }
}

/// How far an assumed input moves in the tornado: a relative change or a change in its own
/// units. Sourced inputs move across their sources' span instead.
enum Swing {
    Relative(f64),
    Absolute(f64),
}

/// The assumptions the tornado moves, and by how much.
const TORNADO_ASSUMED: &[(&str, Swing)] = &[
    ("btcg", Swing::Absolute(20.0)),
    ("dr", Swing::Absolute(4.0)),
    ("rmine", Swing::Absolute(5.0)),
    ("exit", Swing::Absolute(2.0)),
    ("tax", Swing::Absolute(5.0)),
    ("effg", Swing::Absolute(5.0)),
    ("hrg", Swing::Absolute(20.0)),
    ("esc", Swing::Absolute(2.0)),
    ("renew", Swing::Absolute(25.0)),
    ("refit", Swing::Relative(0.5)),
    ("util", Swing::Absolute(15.0)),
    ("gdec", Swing::Absolute(10.0)),
    ("gopx", Swing::Absolute(10.0)),
];

/// One input the tornado moves: its low and high, and whether they are its sources' span.
#[derive(Clone, Copy)]
struct Moved {
    param: &'static Param,
    low: f64,
    high: f64,
    sourced: bool,
}

/// The inputs the tornado moves for `s`, in table order: each input that applies, across the
/// sources' span when sourced, else by its stated swing (within the input's range).
fn tornado_inputs(s: &Scenario) -> Vec<Moved> {
    crate::inputs::params::PARAMS
        .iter()
        .filter(|p| p.applies(s))
        .filter_map(|p| {
            let base = (p.get)(s);
            let (low, high, sourced) = match (p.cite.range, TORNADO_ASSUMED.iter().find(|(k, _)| *k == p.key)) {
                (Some(r), _) if r.low < r.high => (r.low.min(base), r.high.max(base), true),
                (_, Some((_, Swing::Relative(f)))) => (base * (1.0 - f), base * (1.0 + f), false),
                (_, Some((_, Swing::Absolute(d)))) => (base - d, base + d, false),
                _ => return None,
            };
            let fit = |v: f64| p.nearest_accepted(v).unwrap_or(base);
            Some(Moved { param: p, low: fit(low), high: fit(high), sourced })
        })
        .collect()
}

/// The bar of one moved input: two runs of the model on `trial` (left as it was).
fn tornado_bar(trial: &mut Scenario, m: Moved) -> TornadoBar {
    let p = m.param;
    let base = (p.get)(trial);
    (p.set)(trial, m.low);
    let low_advantage_usd = advantage_usd(trial);
    (p.set)(trial, m.high);
    let high_advantage_usd = advantage_usd(trial);
    (p.set)(trial, base);
    TornadoBar {
        key: p.key.into(),
        label: p.label.into(),
        unit: p.unit.into(),
        low_value: m.low,
        high_value: m.high,
        low_advantage_usd,
        high_advantage_usd,
        sourced: m.sourced,
    }
}

fn widest_first(bars: &mut [TornadoBar]) {
    bars.sort_by(|a, b| b.swing_usd().total_cmp(&a.swing_usd()));
}

/// For each input that applies, the advantage at its low and high: the sources' span for a
/// sourced input, the stated swing for an assumption (within the input's range); widest bar
/// first. Inputs that move only the end values (the exit cap rate, say) get bars of no width
/// while end values are off.
pub fn tornado(s: &Scenario) -> Result<Vec<TornadoBar>, ScenarioError> {
    s.validate()?;
    let mut trial = s.clone();
    let mut bars: Vec<TornadoBar> = tornado_inputs(s).into_iter().map(|m| tornado_bar(&mut trial, m)).collect();
    widest_first(&mut bars);
    Ok(bars)
}

/// An input within whose span the answer changes sign: within what the sources say (a sourced
/// input), or within the swing an assumption is moved by. It can change sign more than once (a
/// GPU cloud's contract length crosses the GPUs' refreshes), so each value where the paths are
/// worth the same is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flip {
    pub key: String,
    pub label: String,
    pub unit: String,
    /// The values at which the two paths are worth the same, ascending; at least one.
    pub break_evens: Vec<f64>,
    /// The span searched: the sources' (sourced), or the assumption's swing.
    pub low: f64,
    pub high: f64,
    /// Whether the span is the sources' own (else an assumption's swing).
    pub sourced: bool,
}

/// Steps across a sourced span at which the advantage is worked, to find every change of sign
/// (each then refined to its break-even): two changes closer than a 24th of the span can be
/// missed, as a pair.
pub const FLIP_SAMPLES: usize = 24;

/// A bar's span worked at [`FLIP_SAMPLES`] steps, a run at a time, then each change of sign
/// refined: a dozen runs each.
struct FlipSearch {
    bar: TornadoBar,
    param: &'static Param,
    xs: Vec<f64>,
    advantage: Vec<f64>,
    /// The next step to refine, once every value is worked.
    next: usize,
    break_evens: Vec<f64>,
}

impl FlipSearch {
    /// For a bar whose input is in the tables.
    fn new(bar: &TornadoBar) -> Option<FlipSearch> {
        let param = Param::by_key(&bar.key)?;
        let mut xs: Vec<f64> = (0..=FLIP_SAMPLES)
            .map(|i| bar.low_value + (bar.high_value - bar.low_value) * i as f64 / FLIP_SAMPLES as f64)
            // What the input accepts (a contract runs whole months).
            .map(|x| param.nearest_accepted(x).unwrap_or(x))
            .collect();
        xs.dedup();
        Some(FlipSearch { bar: bar.clone(), param, advantage: Vec::with_capacity(xs.len()), xs, next: 1, break_evens: Vec::new() })
    }

    /// One step: a value worked, or one change of sign refined. True once done.
    fn step(&mut self, s: &Scenario, trial: &mut Scenario) -> bool {
        if let Some(&x) = self.xs.get(self.advantage.len()) {
            (self.param.set)(trial, x);
            self.advantage.push(advantage_usd(trial));
            (self.param.set)(trial, (self.param.get)(s));
            return false;
        }
        while self.next < self.xs.len() {
            let i = self.next;
            self.next += 1;
            if (self.advantage[i - 1] >= 0.0) != (self.advantage[i] >= 0.0) {
                if let BreakEven::At(x) = break_even_within(s, self.param, self.xs[i - 1], self.xs[i]) {
                    self.break_evens.push(x);
                }
                return false;
            }
        }
        true
    }

    fn finish(mut self) -> Option<Flip> {
        self.break_evens.sort_by(f64::total_cmp);
        let b = self.bar;
        (!self.break_evens.is_empty()).then_some(Flip {
            key: b.key,
            label: b.label,
            unit: b.unit,
            break_evens: self.break_evens,
            low: b.low_value,
            high: b.high_value,
            sourced: b.sourced,
        })
    }
}

/// The flip within a tornado bar, if the answer changes sign within its span.
fn flip(s: &Scenario, b: &TornadoBar) -> Option<Flip> {
    let mut search = FlipSearch::new(b)?;
    let mut trial = s.clone();
    while !search.step(s, &mut trial) {}
    search.finish()
}

/// The inputs within whose span the answer changes sign (from the tornado's bars), sourced and
/// assumed, each with its break-evens, widest swing first.
pub fn flips(s: &Scenario, bars: &[TornadoBar]) -> Result<Vec<Flip>, ScenarioError> {
    s.validate()?;
    Ok(bars.iter().filter_map(|b| flip(s, b)).collect())
}

/// The tornado and the flips within it, together: what the sensitivity chart and the verdict's
/// "how sure" sentence show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    pub bars: Vec<TornadoBar>,
    pub flips: Vec<Flip>,
}

/// [`Sensitivity`] a step at a time: a step is one bar (two runs), one value of a sourced
/// input's span worked, or one change of sign refined (a dozen runs).
pub struct SensitivityRun {
    base: Scenario,
    trial: Scenario,
    inputs: Vec<Moved>,
    bars: Vec<TornadoBar>,
    flips: Vec<Flip>,
    /// The next bar to look for a flip in, once every bar is drawn, and the search under way.
    next_flip: usize,
    search: Option<FlipSearch>,
}

impl SensitivityRun {
    pub fn new(s: &Scenario) -> Result<SensitivityRun, ScenarioError> {
        s.validate()?;
        let inputs = tornado_inputs(s);
        Ok(SensitivityRun { base: s.clone(), trial: s.clone(), bars: Vec::with_capacity(inputs.len()), inputs, flips: Vec::new(), next_flip: 0, search: None })
    }
}

impl Stepped for SensitivityRun {
    type Output = Sensitivity;

    fn advance(&mut self, steps: usize) -> bool {
        for _ in 0..steps {
            if let Some(&m) = self.inputs.get(self.bars.len()) {
                self.bars.push(tornado_bar(&mut self.trial, m));
                if self.bars.len() == self.inputs.len() {
                    widest_first(&mut self.bars);
                }
                continue;
            }
            // Each bar's span searched a run at a time.
            if self.search.is_none() {
                while let Some(b) = self.bars.get(self.next_flip) {
                    self.next_flip += 1;
                    self.search = FlipSearch::new(b);
                    if self.search.is_some() {
                        break;
                    }
                }
            }
            let Some(search) = self.search.as_mut() else { return true };
            if search.step(&self.base, &mut self.trial) {
                self.flips.extend(self.search.take().and_then(FlipSearch::finish));
            }
        }
        self.bars.len() == self.inputs.len() && self.search.is_none() && self.next_flip >= self.bars.len()
    }

    fn finish(self) -> Sensitivity {
        Sensitivity { bars: self.bars, flips: self.flips }
    }
}

/// The tornado and its flips at once.
pub fn sensitivity(s: &Scenario) -> Result<Sensitivity, ScenarioError> {
    let mut run = SensitivityRun::new(s)?;
    while !run.advance(usize::MAX) {}
    Ok(run.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::stepped::rate_key;
    use crate::inputs::scenario::AiMode;

    /// Every key this module names is a real input, so `param` never falls back.
    #[test]
    fn every_named_key_is_an_input() {
        let keys = TORNADO_ASSUMED.iter().map(|(k, _)| *k).chain(["hp", rate_key(AiMode::Lease), rate_key(AiMode::GpuCloud)]);
        for key in keys {
            let p = Param::by_key(key);
            assert!(p.is_some(), "{key} is not in PARAMS");
        }
        // An assumption's swing is not applied to a sourced input, which moves across its span.
        for (key, _) in TORNADO_ASSUMED {
            assert!(Param::by_key(key).unwrap().cite.range.is_none(), "{key} is sourced");
        }
    }
}
