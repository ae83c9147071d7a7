//! The market figures the defaults start from, with their dates and sources: the rows of
//! `data/market.tsv`, made constants by `build.rs` when the model is compiled (`make
//! refresh-data` rewrites the file from public sources). `inputs/params/table.rs` takes its
//! market defaults and dates from here, and `paths/bitcoin.rs` and `paths/market.rs` their
//! reference block and difficulty.

use crate::inputs::calendar::YearMonth;

/// One market figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Datum {
    pub key: &'static str,
    pub value: f64,
    pub unit: &'static str,
    /// The month of the figure, and its day where the source gives one.
    pub month: YearMonth,
    pub day: Option<u32>,
    /// Days since 1970-01-01 of its date (the first of the month without a day).
    pub days: i64,
    /// Its date as a reader reads it: `26 Jun 2026`, `Mar 2026`.
    pub as_of: &'static str,
    /// The lowest and highest the sources give, where they give a span.
    pub span: Option<(f64, f64)>,
    pub sources: &'static str,
    pub note: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/market_data.rs"));

impl Datum {
    /// Its date as `YYYY-MM-DD` (the first of the month where the source gives a month only).
    pub fn as_of_iso(&self) -> String {
        let (y, m, d) = crate::inputs::calendar::civil_from_days(self.days);
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// The month of the latest figure (for constants; [`as_of`] gives the figure).
pub const fn as_of_month() -> YearMonth {
    let mut latest = ALL[0];
    let mut i = 1;
    while i < ALL.len() {
        if ALL[i].days > latest.days {
            latest = ALL[i];
        }
        i += 1;
    }
    latest.month
}

/// The date the market data speaks for: its latest figure's.
///
/// ```
/// let d = economics::data::as_of();
/// assert!(economics::data::ALL.iter().all(|x| x.days <= d.days));
/// ```
pub fn as_of() -> &'static Datum {
    ALL.iter().max_by_key(|d| d.days).unwrap_or(&HASHPRICE)
}
