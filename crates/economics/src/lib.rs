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
mod context;
mod inputs;
pub mod model;
mod month;
mod paths;
mod report;
mod units;
mod value;

pub use analysis::monte_carlo;
pub use inputs::{calendar, data, params, presets, scenario};
pub use paths::{bitcoin, market};
pub use value::{finance, financing, tax};

pub use calendar::YearMonth;
pub use model::{compute, ByBasis, Debt, Month, Npvs, Path, PerKwh, Report, Warning};
pub use params::{Problem, ScenarioError};
pub use scenario::{AiMode, Basis, Scenario};
