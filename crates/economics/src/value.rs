//! From a path's cash to what it is worth: the cash-flow primitives, income tax, the loan's
//! schedule, the discount factors, end values, and the valuation of each path on a basis (its
//! tax, and its loan sized to the covenant).

pub mod rates;
pub(crate) mod end_values;
pub mod finance;
pub mod financing;
pub mod tax;
pub(crate) mod valuation;
