//! The page's components, one file per family.

pub mod charts;
pub mod controls;
pub mod embed;
pub mod headline;
pub mod language;
pub mod layout;
pub mod methodology;
pub mod print;
pub mod share;
