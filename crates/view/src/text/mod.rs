//! Every sentence and data table the page prints: the headline's sentences, the compact
//! summary's and the input sections' counts, and each chart's takeaway and table, written from
//! the Report and the analyses alone so that no sentence can disagree with a figure beside it; a
//! native test checks them over a grid of scenarios.
//!
//! Each family of sentences is a module of its own (the verdict and its basis; how sure; the
//! details under the verdict; when to convert; the charts of the paths' cash; the charts of the
//! analyses; the charts described; the comparison with a pinned scenario; the summary, counts
//! and key inputs; the market data's age; why miners convert), and they share one module of
//! number words. Every
//! public function is re-exported here, so `view::text::verdict` and the rest keep their paths.

mod analyses;
mod cash;
mod compare;
mod describe;
mod details;
mod how_sure;
mod market;
mod preset;
mod summary;
mod unused;
mod verdict;
mod when;
mod why;
mod words;
pub use words::staying;

pub use analyses::{table_fan, table_frontier, table_per_kwh, table_tornado, takeaway_fan, takeaway_frontier, takeaway_per_kwh, takeaway_tornado};
pub use cash::{cash_words, cumulative_cash, table_annual, table_cover, table_cumulative, table_value, takeaway_annual, takeaway_cover, takeaway_value};
pub use compare::comparison;
pub use describe::describe;
pub use details::{details, end_values, per_kwh, warning};
pub use how_sure::how_sure;
pub use market::{market_as_of, market_as_of_brief, STALE_DAYS};
pub use preset::preset_note;
pub use summary::{advantage, inputs_changed, key_inputs, moved};
pub use unused::unused_inputs;
pub use verdict::{after_words, basis, basis_short, rates_words, terms, verdict};
pub use when::{table_when, takeaway_when, waiting};
pub use why::why_convert;
pub use details::other_views;

#[cfg(test)]
mod tests;
