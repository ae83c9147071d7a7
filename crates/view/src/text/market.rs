//! How old the market data is: its dates, beside the headline and in full, and its age once
//! it passes [`STALE_DAYS`].

use crate::format::number;

/// Days after which market data is old enough to say so beside it.
pub const STALE_DAYS: i64 = 90;

/// How old the market data is: "Market data as of 26 Jun 2026 (hashprice, difficulty, BTC
/// price); fees 12 Jan 2026, GPU rental Mar 2026, power Jul 2025", and, when the page was built
/// more than [`STALE_DAYS`] after it, how long after. `built` is the build date, `YYYY-MM-DD`.
pub fn market_as_of(built: &str) -> String {
    use economics::data;
    let latest = data::as_of();
    let name = |key: &'static str| crate::language::tr_or(&format!("data-{}", key.replace('_', "-")), key);
    // The reference block is dated with the hashprice it anchors: not named on its own.
    let shown = data::ALL.iter().filter(|d| d.key != "height");
    let with: Vec<String> = shown.clone().filter(|d| d.days == latest.days).map(|d| name(d.key)).collect();
    let others: Vec<String> = shown.filter(|d| d.days != latest.days).map(|d| format!("{} {}", name(d.key), d.as_of)).collect();
    let (comma, semicolon) = (crate::language::comma(), crate::language::semicolon());
    let others = if others.is_empty() { String::new() } else { format!("{semicolon}{}", others.join(comma)) };
    crate::language::tr_with("market-as-of", &[("date", latest.as_of.into()), ("with", with.join(comma).into()), ("others", others.into()), ("stale", staleness(built).into())])
}

/// The market data's date in a few words, for beside the headline: "Market data as of 26 Jun
/// 2026", with its age past [`STALE_DAYS`] (each dated input carries its own date too).
pub fn market_as_of_brief(built: &str) -> String {
    crate::language::tr_with("market-as-of-brief", &[("date", economics::data::as_of().as_of.into()), ("stale", staleness(built).into())])
}

/// ": 157 days older than this build" once the data is more than [`STALE_DAYS`] older than the
/// page; nothing before.
fn staleness(built: &str) -> String {
    match build_day(built).map(|b| b - economics::data::as_of().days) {
        Some(days) if days > STALE_DAYS => crate::language::tr_with("market-stale", &[("days", number(days as f64, 0).into())]),
        _ => String::new(),
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` build date.
fn build_day(built: &str) -> Option<i64> {
    let mut p = built.split('-').map(|x| x.parse::<u32>().ok());
    let (y, m, d) = (p.next()??, p.next()??, p.next()??);
    Some(economics::calendar::days_from_civil(y as i32, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The market data's date, what it covers, and its age once it passes 90 days.
    #[test]
    fn market_data_says_how_old_it_is() {
        use economics::data;
        let fresh = market_as_of(&data::HASHPRICE.as_of_iso());
        assert!(fresh.starts_with(&format!("Market data as of {} (hashprice", data::HASHPRICE.as_of)), "{fresh}");
        // Every figure is named with its date, the latest ones together.
        for (d, word) in [(&data::FEES, "fees"), (&data::GPU_PRICE, "GPU rental"), (&data::POWER_PRICE, "power")] {
            let dated = format!("{word} {}", d.as_of);
            assert!(fresh.contains(&dated) || (d.days == data::HASHPRICE.days && fresh.contains(word)), "{dated}: {fresh}");
        }
        assert!(fresh.ends_with('.'), "{fresh}");
        let later = |days: i64| {
            let (y, m, d) = economics::calendar::civil_from_days(data::HASHPRICE.days + days);
            market_as_of(&format!("{y:04}-{m:02}-{d:02}"))
        };
        assert!(!later(90).contains("older than this build"));
        assert!(later(91).ends_with(": 91 days older than this build."), "{}", later(91));
        assert_eq!(market_as_of("not a date"), fresh);
        assert_eq!(market_as_of_brief(&data::HASHPRICE.as_of_iso()), format!("Market data as of {}.", data::HASHPRICE.as_of));
        let (y, m, d) = economics::calendar::civil_from_days(data::HASHPRICE.days + 157);
        assert_eq!(market_as_of_brief(&format!("{y:04}-{m:02}-{d:02}")), format!("Market data as of {}: 157 days older than this build.", data::HASHPRICE.as_of));
    }
}
