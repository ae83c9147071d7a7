//! Calendar months: the model's time axis, and the day arithmetic the halving schedule needs.

use serde::{Deserialize, Serialize};

/// A calendar month, e.g. 2027-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    /// Year, e.g. 2027.
    pub year: i32,
    /// Month of the year, 1–12.
    pub month: u32,
}

impl YearMonth {
    /// Earliest start month the calculator accepts.
    pub const MIN: YearMonth = YearMonth { year: 2024, month: 1 };
    /// Latest start month the calculator accepts.
    pub const MAX: YearMonth = YearMonth { year: 2040, month: 12 };

    /// The month `n` months after this one.
    pub fn plus_months(self, n: u32) -> YearMonth {
        let index = self.index() + n as i64;
        YearMonth { year: index.div_euclid(12) as i32, month: index.rem_euclid(12) as u32 + 1 }
    }

    /// Months since year 0, for ordering and differences.
    pub fn index(self) -> i64 {
        self.year as i64 * 12 + self.month as i64 - 1
    }

    /// Days in this month.
    pub fn days(self) -> u32 {
        const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let leap = self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0);
        match self.month {
            2 if leap => 29,
            m @ 1..=12 => DAYS[m as usize - 1],
            _ => 30,
        }
    }

    /// The month containing `day` (days since 1970-01-01).
    pub fn from_day(day: i64) -> YearMonth {
        let (year, month, _) = civil_from_days(day);
        YearMonth { year, month }
    }

    /// Whether the month is a real month within [`YearMonth::MIN`, `YearMonth::MAX`].
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month) && self >= Self::MIN && self <= Self::MAX
    }

    /// Parses `YYYY-MM`.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (y, m) = text.trim().split_once('-')?;
        let ym = YearMonth { year: y.parse().ok()?, month: m.parse().ok()? };
        (1..=12).contains(&ym.month).then_some(ym)
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = year as i64 - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of `days` since 1970-01-01 (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_day_is_2026_06_26() {
        assert_eq!(days_from_civil(2026, 6, 26), crate::paths::bitcoin::REFERENCE_DAY);
        assert_eq!(civil_from_days(crate::paths::bitcoin::REFERENCE_DAY), (2026, 6, 26));
    }

    #[test]
    fn month_lengths() {
        for (ym, days) in [((2028, 2), 29), ((2027, 2), 28), ((2027, 12), 31), ((2100, 2), 28)] {
            assert_eq!(YearMonth { year: ym.0, month: ym.1 }.days(), days, "{ym:?}");
        }
    }

    #[test]
    fn month_lengths_agree_with_the_civil_calendar() {
        let mut ym = YearMonth { year: 1999, month: 1 };
        for _ in 0..12 * 500 {
            let next = ym.plus_months(1);
            let want = days_from_civil(next.year, next.month, 1) - days_from_civil(ym.year, ym.month, 1);
            assert_eq!(ym.days() as i64, want, "{ym}");
            ym = next;
        }
    }

    #[test]
    fn plus_months_wraps_years() {
        let jan = YearMonth { year: 2027, month: 1 };
        assert_eq!(jan.plus_months(11), YearMonth { year: 2027, month: 12 });
        assert_eq!(jan.plus_months(12), YearMonth { year: 2028, month: 1 });
        assert_eq!(jan.plus_months(15), YearMonth { year: 2028, month: 4 });
    }

    #[test]
    fn parse_and_display_round_trip() {
        let ym = YearMonth::parse("2027-03").unwrap();
        assert_eq!(ym.to_string(), "2027-03");
        assert_eq!(YearMonth::parse("2027-13"), None);
        assert_eq!(YearMonth::parse("x"), None);
    }
}
