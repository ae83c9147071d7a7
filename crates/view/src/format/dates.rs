//! Months and spans of months as the reader reads them: `Jan 2027` in the reader's locale, and
//! `7 yr 3 mo`.

use super::locale::{isolate, with};

/// A month as the reader's locale writes it: `Jan 2027`, `Jan. 2027`, `2027年1月`.
///
/// ```
/// assert_eq!(view::format::month(economics::YearMonth { year: 2027, month: 1 }), "Jan 2027");
/// ```
pub fn month(ym: economics::YearMonth) -> String {
    with(|l| match l.months.get(ym.month.saturating_sub(1) as usize) {
        Some(template) if ym.month >= 1 => isolate(template.replace("{y}", &ym.year.to_string())),
        _ => ym.to_string(),
    })
}

/// A month index as years and months: `7 yr 0 mo`.
pub fn months(m: usize) -> String {
    use crate::language::{count, tr_with};
    let n = |v: usize| count(v as f64, v.to_string());
    match (m / 12, m % 12) {
        (0, mo) => tr_with("span-months", &[("months", n(mo))]),
        (y, 0) => tr_with("span-years", &[("years", n(y))]),
        (y, mo) => tr_with("span-years-months", &[("years", n(y)), ("months", n(mo))]),
    }
}

/// The month this build was made (`crate::BUILD_DATE`, `YYYY-MM-DD`): no market figure can be
/// dated after it. `None` if the date does not read.
pub fn build_month() -> Option<economics::YearMonth> {
    economics::YearMonth::parse(crate::BUILD_DATE.get(..7)?)
}
