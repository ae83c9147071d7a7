//! What Wattsworth shows, with no browser in sight: the charts (one function each, generic over
//! the plotters backend), number formatting, the sliders' scales, how the inputs are arranged
//! (key inputs, sections, counts of changed inputs), the query-string codec
//! (scenario and display flags), what is kept in the browser's storage and how it is read back,
//! the exports that stand alone (the data as one table with its notes, a chart's sheet, a copied
//! sentence, the embed's snippets), and every sentence and data table
//! the page prints. The page (`src/`) and the JavaScript API (`crates/api`) both build on it; it
//! builds on `economics` only, and all of it is tested natively.

pub mod charts;
pub mod export;
pub mod format;
pub mod inputs;
pub mod language;
pub mod query;
pub mod slider;
pub mod stored;
pub mod text;

pub use charts::Chart;

/// The day this build was made (UTC, or `SOURCE_DATE_EPOCH`'s day): shown in the page's footer
/// and in every exported caption, so an archived copy can be cited.
pub const BUILD_DATE: &str = env!("WATTSWORTH_BUILD_DATE");
