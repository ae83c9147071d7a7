//! What the analyses share: the advantage one run of the model gives ([`advantage_usd`]), the
//! [`Stepped`] trait that runs a long analysis a step at a time so a page can spread it over
//! frames, and the input rows the analyses name by key.

use crate::inputs::params::Param;
use crate::inputs::scenario::{AiMode, Scenario};
use crate::model::compute_valid;

/// AI NPV minus mining NPV, $.
pub fn advantage_usd(s: &Scenario) -> f64 {
    compute_valid(s).advantage_npv_usd
}

pub(super) fn rate_key(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "rent",
        AiMode::GpuCloud => "gph",
    }
}

/// The row of a key the analyses name (a test in `analysis/sensitivity.rs` checks each resolves).
pub(super) fn param(key: &str) -> &'static Param {
    Param::by_key(key).unwrap_or(&crate::inputs::params::PARAMS[0])
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
