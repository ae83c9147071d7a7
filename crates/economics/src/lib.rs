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
//!
//! The source follows the model's flow, a folder per stage: `inputs/` (the scenario, the input
//! tables, presets, market data, the calendar), `paths/` (bitcoin, the market month by month,
//! the mining fleet, the converted site), `value/` (cash-flow primitives, tax, the loan,
//! discounting, end values, each path's valuation on a basis), then `model.rs`, which runs the
//! stages and assembles the `Report` of `report.rs`; `analysis/` reruns the model. `month.rs`
//! and `context.rs` (the per-scenario `Model` the stages work on) sit below every stage. Each
//! module keeps its old path here (`economics::tax`, `economics::monte_carlo`, ...).

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

pub use inputs::calendar::YearMonth;
pub use inputs::params::{Problem, ScenarioError};
pub use inputs::scenario::{AiMode, Basis, Scenario};
pub use model::compute;
pub use month::Month;

/// The model's version: the same inputs give the same figures under one version. Version 4 counts
/// what each path is worth after the contract and discounts each cash flow at the rate the
/// market charges for its risk; version 5 lets a GPU cloud's hall after the contract as a
/// lease's building is let; version 6 decides a GPU cloud's refreshes as the headline values
/// them, looking ahead to the next generation (docs/methodology.md). Quoted in citations.
pub const MODEL_VERSION: u32 = 6;
pub use report::market_view::MarketView;
pub use report::per_kwh::PerKwh;
pub use value::rates::RatesUsed;
pub use report::{ByBasis, Debt, Npvs, Path, Report, Warning};
