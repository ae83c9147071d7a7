//! Wattsworth's economics: what a megawatt earns mining bitcoin versus hosting AI, month by month.
//!
//! One input, [`Scenario`]; one entry point, [`compute`], which returns a [`Report`] with both
//! paths' monthly cash flows and the summary figures. The analyses (break-evens, tornado,
//! frontier, Monte Carlo) are plain functions over a `Scenario`. Pure Rust, no web dependencies:
//! the same code runs natively in tests and as WebAssembly in the page.
//!
//! ```
//! let report = economics::compute(&economics::Scenario::default()).unwrap();
//! println!("converting is worth ${:.0}M more", report.advantage_npv_usd / 1e6);
//! ```

pub mod analysis;
pub mod bitcoin;
pub mod calendar;
pub mod data;
mod conversion;
pub mod finance;
pub mod financing;
mod fleet;
pub mod market;
pub mod model;
pub mod monte_carlo;
pub mod params;
pub mod presets;
pub mod scenario;
pub mod tax;
mod valuation;

pub use calendar::YearMonth;
pub use model::{compute, ByBasis, Debt, Month, Npvs, Path, PerKwh, Report, Warning};
pub use params::{Problem, ScenarioError};
pub use scenario::{AiMode, Basis, Scenario};
