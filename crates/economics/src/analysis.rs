//! Analyses over a scenario, each rerunning the model: break-evens (`analysis/break_evens.rs`),
//! the tornado and its flips (`analysis/sensitivity.rs`), the break-even map
//! (`analysis/frontier.rs`), when to convert (`analysis/timing.rs`) and the Monte Carlo
//! (`analysis/monte_carlo.rs`). Each is a plain function of a [`Scenario`](crate::Scenario),
//! and a `…Run` that does the same a step at a time ([`Stepped`]) so a page can spread it over
//! frames.

mod break_evens;
mod frontier;
pub mod monte_carlo;
mod sensitivity;
mod stepped;
mod timing;

pub use break_evens::{break_evens, BreakEven, BreakEvens, BreakEvensRun};
pub use frontier::{frontier, frontier_axes, Frontier, FrontierRun, MapAxes};
pub use sensitivity::{flips, sensitivity, tornado, Flip, Sensitivity, SensitivityRun, TornadoBar, FLIP_SAMPLES};
pub use stepped::{advantage_usd, Stepped};
pub use timing::{timing_starts, when_to_convert, Timing, TimingRun};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::scenario::Scenario;

    /// Run a step at a time, the sensitivity is the tornado and its flips, and the break-evens
    /// are those found at once.
    #[test]
    fn stepped_runs_match_the_whole_runs() {
        let mut s = Scenario::default();
        s.lease.usd_per_kw_month = 110.0; // near break-even, so some inputs flip the answer
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
        // One step a bar; for each bar, one a value of its span (FLIP_SAMPLES + 1, fewer where
        // snapping joins two), one a break-even refined, and one to finish.
        let searched = bars.len();
        let refined: usize = flipped.iter().map(|f| f.break_evens.len()).sum();
        let most = bars.len() + searched * (FLIP_SAMPLES + 2) + refined + 1;
        assert!(steps >= bars.len() + 3 * searched + refined && steps <= most, "{steps} steps, at most {most}");
        let mut run = BreakEvensRun::new(&s).unwrap();
        assert!(!run.advance(1));
        assert!(run.advance(1));
        assert_eq!(run.finish(), break_evens(&s).unwrap());
        let mut run = TimingRun::new(&s).unwrap();
        while !run.advance(7) {}
        assert_eq!(run.finish(), when_to_convert(&s).unwrap());
    }
}
