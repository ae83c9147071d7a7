//! Analyses over a scenario: break-evens, the tornado of sensitivities and the frontier grid.
//! Each is a plain function of a [`Scenario`] that runs the model several times.

pub mod monte_carlo;

use serde::{Deserialize, Serialize};

use crate::context::Model;
use crate::model::compute_valid;
use crate::params::{Param, ScenarioError};
use crate::scenario::{AiMode, Scenario};

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
    compute_valid(s).advantage_npv_usd
}

/// Solves `advantage(param = x) == 0` over the param's range: a secant step kept inside a
/// shrinking bracket (the Illinois variant of regula falsi), which needs about a dozen model
/// runs where bisection needs fifty.
fn break_even(s: &Scenario, param: &Param) -> BreakEven {
    break_even_within(s, param, param.min, param.max)
}

/// [`break_even`] over `[lo, hi]` only.
fn break_even_within(s: &Scenario, param: &Param, lo: f64, hi: f64) -> BreakEven {
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

fn rate_key(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "rent",
        AiMode::GpuCloud => "gph",
    }
}

/// The row of a key named in this module's tables (a test checks every one resolves).
fn param(key: &str) -> &'static Param {
    Param::by_key(key).unwrap_or(&crate::params::PARAMS[0])
}

/// Break-evens for a valid scenario.
///
/// # Example
/// ```
/// use economics::analysis::{break_evens, BreakEven};
/// let s = economics::Scenario::default();
/// let b = break_evens(&s).unwrap();
/// // At the default rent mining is ahead; a higher rent brings the two paths level.
/// assert!(matches!(b.ai_rate, BreakEven::At(rent) if rent > s.lease.usd_per_kw_month));
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
    ("mprem", Swing::Absolute(5.0)),
    ("exit", Swing::Absolute(2.0)),
    ("tax", Swing::Absolute(5.0)),
    ("effg", Swing::Absolute(5.0)),
    ("hrg", Swing::Absolute(20.0)),
    ("esc", Swing::Absolute(2.0)),
    ("capr", Swing::Absolute(2.0)),
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
    crate::params::PARAMS
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

/// A sourced input within whose span the answer changes sign: it flips within what the sources
/// say. It can change sign more than once (a GPU cloud's contract length crosses the GPUs'
/// refreshes), so each value where the paths are worth the same is kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flip {
    pub key: String,
    pub label: String,
    pub unit: String,
    /// The values at which the two paths are worth the same, ascending; at least one.
    pub break_evens: Vec<f64>,
    /// The sources' span.
    pub low: f64,
    pub high: f64,
}

/// Steps across a sourced span at which the advantage is worked, to find every change of sign
/// (each then refined to its break-even): two changes closer than a 24th of the span can be
/// missed, as a pair.
pub const FLIP_SAMPLES: usize = 24;

/// A sourced bar's span worked at [`FLIP_SAMPLES`] steps, a run at a time, then each change of
/// sign refined: a dozen runs each.
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
    /// For a sourced bar; `None` for an assumption's.
    fn new(bar: &TornadoBar) -> Option<FlipSearch> {
        let param = Param::by_key(&bar.key).filter(|_| bar.sourced)?;
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
        (!self.break_evens.is_empty()).then(|| Flip { key: b.key, label: b.label, unit: b.unit, break_evens: self.break_evens, low: b.low_value, high: b.high_value })
    }
}

/// The flip within a tornado bar, if its input is sourced and the answer changes sign within its
/// span.
fn flip(s: &Scenario, b: &TornadoBar) -> Option<Flip> {
    let mut search = FlipSearch::new(b)?;
    let mut trial = s.clone();
    while !search.step(s, &mut trial) {}
    search.finish()
}

/// The sourced inputs within whose span the answer changes sign (from the tornado's bars), each
/// with its break-evens, widest swing first.
pub fn flips(s: &Scenario, bars: &[TornadoBar]) -> Result<Vec<Flip>, ScenarioError> {
    s.validate()?;
    Ok(bars.iter().filter_map(|b| flip(s, b)).collect())
}

/// A long analysis in steps, so a page can spread it over frames and leave every input its own
/// frame. A step is one or a few runs of the model.
pub trait Stepped {
    type Output;
    /// Runs up to `steps` more steps; true once the analysis is done.
    fn advance(&mut self, steps: usize) -> bool;
    /// The result (of the steps run so far, for an analysis stopped early).
    fn finish(self) -> Self::Output;
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
            // Each sourced bar's span searched a run at a time; assumptions' bars cost nothing.
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

/// The advantage over a grid of two inputs: the break-even map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frontier {
    /// The inputs across (columns) and up (rows), by key.
    pub x_key: String,
    pub y_key: String,
    /// Values of the columns and of the rows, ascending, in the inputs' own units.
    pub xs: Vec<f64>,
    pub ys: Vec<f64>,
    /// AI NPV − mining NPV, $, row-major: `advantage[row * xs.len() + col]`.
    pub advantage_usd: Vec<f64>,
}

impl Frontier {
    /// The advantage at row `r` and column `c`.
    pub fn at(&self, r: usize, c: usize) -> f64 {
        self.advantage_usd[r * self.xs.len() + c]
    }
}

/// Which two inputs the break-even map plots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum MapAxes {
    /// Conversion capex across, the AI rate (lease rent, or GPU price) up: two inputs that both
    /// move the answer.
    #[default]
    CapexByRate,
    /// Hashprice across, the AI rate up.
    HashpriceByRate,
}

/// The map's inputs and spans for `s`: each input's sourced span widened by a quarter of itself
/// either side (or, for hashprice, $10–120), always holding today's value with room around it,
/// within the input's range.
pub fn frontier_axes(s: &Scenario, axes: MapAxes) -> ((&'static Param, f64, f64), (&'static Param, f64, f64)) {
    let span = |p: &'static Param| {
        let now = (p.get)(s);
        let (lo, hi) = match (p.key, p.cite.range) {
            ("hp", _) => (10.0, 120.0),
            (_, Some(r)) if r.low < r.high => {
                let pad = (r.high - r.low) * 0.25;
                (r.low - pad, r.high + pad)
            }
            _ => (now * 0.5, now * 1.5),
        };
        (p, lo.min(now * 0.8).max(p.min), hi.max(now * 1.25).min(p.max))
    };
    let x = match axes {
        MapAxes::CapexByRate => param("cap"),
        MapAxes::HashpriceByRate => param("hp"),
    };
    (span(x), span(param(rate_key(s.mode))))
}

/// The break-even map a few cells at a time, so a page can spread it over frames: each cell is
/// one run of the model (after tax and debt the advantage separates along no input).
pub struct FrontierRun {
    base: Scenario,
    x: &'static Param,
    y: &'static Param,
    map: Frontier,
}

impl FrontierRun {
    /// An `n_x` × `n_y` map of `axes` over [`frontier_axes`].
    pub fn new(s: &Scenario, axes: MapAxes, n_x: usize, n_y: usize) -> Result<FrontierRun, ScenarioError> {
        s.validate()?;
        let ((x, x0, x1), (y, y0, y1)) = frontier_axes(s, axes);
        let spread = |a: f64, b: f64, n: usize| -> Vec<f64> {
            (0..n).map(|i| if n < 2 { a } else { a + (b - a) * i as f64 / (n - 1) as f64 }).collect()
        };
        let map = Frontier {
            x_key: x.key.into(),
            y_key: y.key.into(),
            xs: spread(x0, x1, n_x),
            ys: spread(y0, y1, n_y),
            advantage_usd: Vec::with_capacity(n_x * n_y),
        };
        Ok(FrontierRun { base: s.clone(), x, y, map })
    }
}

/// A step is one cell of the map.
impl Stepped for FrontierRun {
    type Output = Frontier;

    fn advance(&mut self, cells: usize) -> bool {
        let (nx, total) = (self.map.xs.len(), self.map.xs.len() * self.map.ys.len());
        let mut trial = self.base.clone();
        for i in self.map.advantage_usd.len()..total.min(self.map.advantage_usd.len() + cells) {
            (self.x.set)(&mut trial, self.map.xs[i % nx]);
            (self.y.set)(&mut trial, self.map.ys[i / nx]);
            self.map.advantage_usd.push(advantage_usd(&trial));
        }
        self.map.advantage_usd.len() == total
    }

    /// The map's rows done so far (all of them once [`Stepped::advance`] said so).
    fn finish(mut self) -> Frontier {
        let rows = self.map.advantage_usd.len() / self.map.xs.len().max(1);
        self.map.ys.truncate(rows);
        self.map.advantage_usd.truncate(rows * self.map.xs.len());
        self.map
    }
}

/// The whole break-even map at once.
pub fn frontier(s: &Scenario, axes: MapAxes, n_x: usize, n_y: usize) -> Result<Frontier, ScenarioError> {
    let mut run = FrontierRun::new(s, axes, n_x, n_y)?;
    while !run.advance(usize::MAX) {}
    Ok(run.finish())
}

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
    let conv = crate::scenario::whole(s.ai.months_to_convert, 0, 48);
    let window = conv + crate::scenario::whole(s.site.horizon_years * 12.0, 12, 240);
    (0..=crate::scenario::MAX_CONVERT_IN.min(window.saturating_sub(conv))).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Each cell of the frontier is the model run at that cell's hashprice and rate.
    #[test]
    fn frontier_cells_are_model_runs() {
        for mode in [AiMode::Lease, AiMode::GpuCloud] {
            for axes in [MapAxes::CapexByRate, MapAxes::HashpriceByRate] {
                let mut s = Scenario { mode, ..Scenario::default() };
                s.ai.share_converted_pct = 60.0;
                let f = frontier(&s, axes, 4, 3).unwrap();
                let (x, y) = (Param::by_key(&f.x_key).unwrap(), Param::by_key(&f.y_key).unwrap());
                assert_eq!(y.key, rate_key(mode));
                // Today's values lie inside the map.
                assert!(f.xs[0] <= (x.get)(&s) && (x.get)(&s) <= f.xs[3] && f.ys[0] <= (y.get)(&s) && (y.get)(&s) <= f.ys[2]);
                for (r, &yv) in f.ys.iter().enumerate() {
                    for (c, &xv) in f.xs.iter().enumerate() {
                        let mut trial = s.clone();
                        (x.set)(&mut trial, xv);
                        (y.set)(&mut trial, yv);
                        assert_eq!(f.at(r, c), advantage_usd(&trial), "{mode:?} {axes:?} {r},{c}");
                    }
                }
                // In slices, the same map.
                let mut run = FrontierRun::new(&s, axes, 4, 3).unwrap();
                while !run.advance(5) {}
                assert_eq!(run.finish(), f);
                // Stopped early, only whole rows: 6 cells of 4 a row is one row.
                let mut run = FrontierRun::new(&s, axes, 4, 3).unwrap();
                assert!(!run.advance(6));
                let part = run.finish();
                assert_eq!((part.ys.len(), part.advantage_usd.len()), (1, 4));
                assert_eq!(part.advantage_usd[..], f.advantage_usd[..4]);
            }
        }
    }

    /// Run a step at a time, the sensitivity is the tornado and its flips, and the break-evens
    /// are those found at once.
    #[test]
    fn stepped_runs_match_the_whole_runs() {
        let mut s = Scenario::default();
        s.lease.usd_per_kw_month = 130.0; // near break-even, so some inputs flip the answer
        let mut run = SensitivityRun::new(&s).unwrap();
        let mut steps = 1;
        while !run.advance(1) {
            steps += 1;
        }
        let got = run.finish();
        let bars = tornado(&s).unwrap();
        let flipped = flips(&s, &bars).unwrap();
        assert!(!flipped.is_empty(), "the test wants a flip");
        assert_eq!(got, Sensitivity { bars: bars.clone(), flips: flipped.clone() });
        // One step a bar; for each sourced bar, one a value of its span (FLIP_SAMPLES + 1, fewer
        // where snapping joins two), one a break-even refined, and one to finish.
        let sourced = bars.iter().filter(|b| b.sourced).count();
        let refined: usize = flipped.iter().map(|f| f.break_evens.len()).sum();
        let most = bars.len() + sourced * (FLIP_SAMPLES + 2) + refined + 1;
        assert!(steps >= bars.len() + 3 * sourced + refined && steps <= most, "{steps} steps, at most {most}");
        let mut run = BreakEvensRun::new(&s).unwrap();
        assert!(!run.advance(1));
        assert!(run.advance(1));
        assert_eq!(run.finish(), break_evens(&s).unwrap());
        let mut run = TimingRun::new(&s).unwrap();
        while !run.advance(7) {}
        assert_eq!(run.finish(), when_to_convert(&s).unwrap());
    }
}
