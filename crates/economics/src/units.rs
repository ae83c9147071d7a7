//! The units the model converts between: hours in a day and a year, kW in a MW.

pub(crate) const HOURS_PER_DAY: f64 = 24.0;
pub(crate) const KW_PER_MW: f64 = 1000.0;
pub(crate) const HOURS_PER_YEAR: f64 = 8760.0;
