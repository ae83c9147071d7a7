//! The named caveats: combinations of inputs whose result should not be quoted without one
//! (hashprice beyond anything seen, a value no site could have, a fleet too big for the network,
//! a loan the covenant cuts, ...), with the thresholds they test.

use super::{Report, Warning};
use crate::context::Model;
use crate::inputs::scenario::Scenario;

/// Highest hashprice on record, $/PH/s/day: the 2021 high (market-data.md §1, S8).
pub const HASHPRICE_RECORD_USD: f64 = 412.57;
/// A value no single site could be worth, $: the warning threshold for NPVs.
pub const VALUE_LIMIT_USD: f64 = 1e12;

/// Every caveat's code, in the order [`warnings`] may give them.
pub const CODES: [&str; 8] = [
    "hashprice-beyond-history",
    "value-beyond-reason",
    "network-held",
    "fleet-share-of-network",
    "credits-exceed-mining",
    "nothing-converted",
    "no-debt-meets-cover",
    "ramp-outlasts-contract",
];

/// The named caveats for a computed scenario.
pub(crate) fn warnings(s: &Scenario, model: &Model, r: &Report, owned: &[Option<f64>]) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |figure: Option<f64>, code: &str, message: String| out.push(Warning { code: code.into(), message, figure });
    let (lo, hi) = r.hashprice_usd_per_ph_day.iter().fold((f64::MAX, 0.0f64), |(a, b), &h| (a.min(h), b.max(h)));
    if hi > 2.0 * HASHPRICE_RECORD_USD || lo < 1.0 {
        warn(
            None,
            "hashprice-beyond-history",
            format!(
                "Hashprice runs from ${lo:.2} to ${hi:.0} per PH/s per day, outside anything seen (record ${HASHPRICE_RECORD_USD}, 2021){}.",
                if s.network.responds { "" } else { ": with the network response off, hashrate ignores margins" }
            ),
        );
    }
    if r.mining.npv_usd.abs() > VALUE_LIMIT_USD || r.ai.npv_usd.abs() > VALUE_LIMIT_USD {
        warn(None, "value-beyond-reason", "A path is worth more than $1 trillion: the inputs describe no real site.".into());
    }
    // The fleet's share of the network in any month it is owned (replacements are more efficient).
    let share = owned
        .iter()
        .zip(&r.network_eh_s)
        .filter_map(|(j, eh)| j.map(|j| model.mining_it_w / j / 1000.0 / (eh * 1000.0) * 100.0))
        .fold(0.0f64, f64::max);
    if let Some(m) = model.market.network_floor_from {
        warn(
            None,
            "network-held",
            format!(
                "The inputs would shrink the network below twice this site's fleet from {}: it is held there (the fleet at most half of it), since the model cannot price a miner that moves hashprice.",
                r.calendar[m]
            ),
        );
    } else if share > 10.0 {
        warn(
            Some(share),
            "fleet-share-of-network",
            format!("The fleet would be up to {share:.0}% of the whole network; the model treats the miner as too small to move hashprice."),
        );
    }
    let credits: f64 = r.mining.months.iter().map(|m| m.revenue_usd).sum::<f64>();
    let mined: f64 = owned
        .iter()
        .enumerate()
        .filter(|(m, j)| j.is_some() && r.mining_on[*m])
        .map(|(m, j)| model.fleet_parts(m, j.unwrap_or(1.0)).mined_usd)
        .sum();
    if credits - mined > mined {
        warn(
            None,
            "credits-exceed-mining",
            "Curtailment credits earn more than mining itself: this describes a power trader, not a miner.".into(),
        );
    }
    if s.ai.share_converted_pct == 0.0 {
        warn(None, "nothing-converted", "No share of the site is converted: both paths are the same.".into());
    }
    if r.debt.as_ref().is_some_and(|d| d.borrowed_usd == 0.0) {
        warn(
            None,
            "no-debt-meets-cover",
            format!(
                "No loan meets a {}× cover covenant: in some month the AI path's cash does not cover any debt service at that ratio, so the figures borrow nothing.",
                s.debt.covenant_dscr
            ),
        );
    }
    if s.ramp_months() > model.n - model.cutover {
        warn(None, "ramp-outlasts-contract", "The contract ends before the site reaches full capacity.".into());
    }
    out
}
