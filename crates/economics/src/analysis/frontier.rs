//! The frontier: the break-even map, the advantage over a grid of two inputs (conversion capex
//! or the hashprice across, the AI rate up), a cell at a time.

use serde::{Deserialize, Serialize};

use super::stepped::{advantage_usd, param, rate_key, Stepped};
use crate::inputs::params::{Param, ScenarioError};
use crate::inputs::scenario::Scenario;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::scenario::AiMode;

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
}
