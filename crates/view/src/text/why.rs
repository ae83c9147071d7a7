//! Why the miners in the news convert, in plain words with this site's figures: what a lease or a
//! GPU contract buys (contracted cash, then a building that can be let again), what mining's
//! outlook is (the next halving, the months the miners run), and what investors pay for each
//! business (a lens apart from the verdict: `economics::MarketView`).

use economics::{AiMode, Report, Scenario};

use super::words::month_at;
use crate::format::{money, price};
use crate::language::{count, space, tr, tr_with};

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
        return tr("why-none");
    }
    let k = &r.market;
    let horizon = s.site.horizon_years;
    let years = tr_with("why-years", &[("years", count(horizon, crate::format::trimmed(horizon, 2)))]);
    let from = month_at(r, r.cutover_month);
    // The year quoted is the first at full capacity, after the halls are handed over; money paid
    // in advance is counted when paid, not in it. Each aside follows the words before it.
    let full = r.cutover_month + s.ramp_months();
    let once = if s.ramp_months() > 0 && full < r.mining_on.len() { format!("{}{}", space(), tr_with("why-once", &[("month", month_at(r, full).into())])) } else { String::new() };
    let prepaid = if s.ai.prepaid_pct > 0.0 {
        format!("{}{}", space(), tr_with("why-prepaid", &[("share", crate::format::number(s.ai.prepaid_pct, 0).into())]))
    } else {
        String::new()
    };
    let backed = match s.ai.backstopped_pct {
        b if b >= 100.0 => tr("why-backed-all"),
        b if b > 0.0 => tr_with("why-backed-part", &[("share", crate::format::number(b, 0).into())]),
        _ => tr("why-backed-none"),
    };
    let id = match s.mode {
        AiMode::Lease => "why-lease",
        AiMode::GpuCloud => "why-cloud",
    };
    let contract = tr_with(id, &[("ebitda", money(k.ai_ebitda_usd).into()), ("prepaid", prepaid.into()), ("once", once.into()), ("years", years.into()), ("from", from.into()), ("backed", backed.into())]);
    let mining = if s.mining.greenfield {
        tr("why-mining-dark")
    } else {
        let on = r.mining_on.iter().filter(|&&on| on).count();
        let months = r.mining_on.len();
        let halving = match halving(r) {
            Some((m, before, after)) => tr_with("why-halving", &[("month", month_at(r, m).into()), ("before", price(before, 2).into()), ("after", price(after, 2).into())]),
            None => String::new(),
        };
        if on == 0 {
            tr_with("why-mining-never", &[("months", count(months as f64, months.to_string()))])
        } else {
            tr_with("why-mining", &[("ebitda", money(k.mining_ebitda_usd).into()), ("first", month_at(r, 0).into()), ("halving", halving.into()), ("on", on.to_string().into()), ("months", count(months as f64, months.to_string()))])
        }
    };
    let miners = if s.mining.greenfield || k.mining_high_usd <= 0.0 {
        tr("why-miners-none")
    } else {
        tr_with("why-miners", &[("span", span(k.mining_low_usd, k.mining_high_usd).into())])
    };
    let id = match s.mode {
        AiMode::Lease => "why-market-lease",
        AiMode::GpuCloud => "why-market-cloud",
    };
    let market = tr_with(id, &[("converted", span(k.converted_low_usd, k.converted_high_usd).into()), ("miners", miners.into()), ("cost", money(k.conversion_cost_usd).into())]);
    [contract, mining, market].join(space())
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
