//! The inputs: what a scenario is, the tables that give every input its key, range, default and
//! source, the presets built from real deals, the market figures the defaults start from, and
//! the calendar months the model counts in.

pub mod calendar;
pub mod data;
pub mod params;
pub mod presets;
pub mod scenario;
