//! Why the miners in the news convert, in plain words with this site's figures: what a lease or a
//! GPU contract buys (contracted cash, then a building that can be let again), what mining's
//! outlook is (the next halving, the months the miners run), and what investors pay for each
//! business (a lens apart from the verdict: `economics::MarketView`).

use economics::{AiMode, Report, Scenario};

use super::words::month_at;
use crate::format::{money, price};

/// The first month the hashprice falls by a fifth or more from the month before (a halving),
/// with the hashprice before it and in the first whole month after it (the halving's own month
/// blends the two rewards by the day it falls on).
fn halving(r: &Report) -> Option<(usize, f64, f64)> {
    let h = &r.hashprice_usd_per_ph_day;
    (1..h.len()).find(|&m| h[m] < 0.8 * h[m - 1]).map(|m| (m, h[m - 1], h.get(m + 1).map_or(h[m], |&next| next.min(h[m]))))
}

/// A range of money: "$2.05B–$2.57B".
fn span(low: f64, high: f64) -> String {
    format!("{}–{}", money(low), money(high))
}

/// Why miners convert: the contract's yearly earnings and who backs them, what comes after it,
/// mining's outlook here, and what investors pay for each business, for this site. The page
/// shows it under a "Why miners convert" summary, so it does not repeat the words.
pub fn why_convert(s: &Scenario, r: &Report) -> String {
    super::words::stopped_once(why_words(s, r))
}

/// [`why_convert`] before its full stops are tidied.
fn why_words(s: &Scenario, r: &Report) -> String {
    if s.ai.share_converted_pct <= 0.0 {
        return "Nothing is converted here: the whole site mines on.".into();
    }
    let k = &r.market;
    let years = match crate::format::trimmed(s.site.horizon_years, 2) {
        one if one == "1" => "1 year".to_string(),
        n => format!("{n} years"),
    };
    let from = month_at(r, r.cutover_month);
    // The year quoted is the first at full capacity, after the halls are handed over; money paid
    // in advance is counted when paid, not in it.
    let full = r.cutover_month + s.ramp_months();
    let once = if s.ramp_months() > 0 && full < r.mining_on.len() { format!(" once fully running (from {})", month_at(r, full)) } else { String::new() };
    let prepaid = if s.ai.prepaid_pct > 0.0 {
        format!(" (besides the {}% of revenue paid in advance, counted when paid)", crate::format::number(s.ai.prepaid_pct, 0))
    } else {
        String::new()
    };
    let backed = match s.ai.backstopped_pct {
        b if b >= 100.0 => "backed by an investment-grade company".to_string(),
        b if b > 0.0 => format!("{}% of it backed by an investment-grade company", crate::format::number(b, 0)),
        _ => "on the tenant's own credit".to_string(),
    };
    let contract = match s.mode {
        AiMode::Lease => format!(
            "A lease earns the owner {} a year before interest, tax and depreciation{prepaid}{once}, for {years} from {from}, {backed}, and the building can then be let again.",
            money(k.ai_ebitda_usd)
        ),
        AiMode::GpuCloud => format!(
            "A GPU contract earns {} a year before interest, tax and depreciation{prepaid}{once}, for {years} from {from}, {backed}, but its GPUs wear out within the contract.",
            money(k.ai_ebitda_usd)
        ),
    };
    let mining = if s.mining.greenfield {
        "This site has no miners: without the deal it would stay dark.".to_string()
    } else {
        let on = r.mining_on.iter().filter(|&&on| on).count();
        let first = month_at(r, 0);
        let halving = match halving(r) {
            Some((m, before, after)) => format!(", but the {} halving takes hashprice from {} to {}", month_at(r, m), price(before, 2), price(after, 2)),
            None => String::new(),
        };
        if on == 0 {
            format!("Mining here never covers its running costs: the miners run none of the {} months.", r.mining_on.len())
        } else {
            format!("Mining earns {} in the year from {first}{halving}, and the miners run {on} of the {} months.", money(k.mining_ebitda_usd), r.mining_on.len())
        }
    };
    let (multiple, whose) = match s.mode {
        AiMode::Lease => ("20–25 times a year's earnings for listed data-centre landlords", "the leased halls"),
        AiMode::GpuCloud => ("$8–19M of equity per MW of IT for colocation and GPU clouds", "the GPU cloud"),
    };
    let miners = if s.mining.greenfield || k.mining_high_usd <= 0.0 {
        "a site with nothing else to earn".to_string()
    } else {
        format!("{} for the miners here", span(k.mining_low_usd, k.mining_high_usd))
    };
    let market = format!(
        "Investors pay {multiple} and 5–12 times a year's earnings for miners: {} for {whose} against {miners}, for {} to convert — a lens apart from the value today above.",
        span(k.converted_low_usd, k.converted_high_usd),
        money(k.conversion_cost_usd)
    );
    format!("{contract} {mining} {market}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The passage quotes the report's own figures: the contract's earnings, the halving, the
    /// months the miners run and the market's ranges; a greenfield site says it has no miners.
    #[test]
    fn why_quotes_the_report() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let why = why_convert(&s, &r);
        let (m, before, after) = halving(&r).unwrap();
        assert!(r.calendar[m].year == 2028 && after < 0.8 * before);
        for figure in [money(r.market.ai_ebitda_usd), money(r.market.mining_ebitda_usd), price(before, 2), money(r.market.conversion_cost_usd)] {
            assert!(why.contains(&figure), "{figure}: {why}");
        }
        assert!(why.contains(&format!("{} of the {} months", r.mining_on.iter().filter(|&&o| o).count(), r.mining_on.len())), "{why}");
        let hut8 = economics::presets::Preset::by_id("hut8").unwrap().scenario();
        let r = economics::compute(&hut8).unwrap();
        let why = why_convert(&hut8, &r);
        assert!(why.contains("no miners") && why.contains("backed by an investment-grade company"), "{why}");
        assert!(!why.contains("NaN") && !why.contains("inf"));
        assert!(why.starts_with("A lease earns") || why.starts_with("A GPU contract"), "no heading repeated: {why}");
    }
}
