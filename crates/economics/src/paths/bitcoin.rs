//! Bitcoin network arithmetic: the hashprice identity, hashrate from difficulty, and the block
//! subsidy schedule placed on the calendar from a dated reference block.

use crate::inputs::calendar::{days_from_civil, YearMonth};

/// Blocks mined per day at the protocol's 10-minute target.
pub const BLOCKS_PER_DAY: f64 = 144.0;
/// Blocks between halvings.
pub const HALVING_INTERVAL_BLOCKS: u64 = 210_000;
/// The first block subsidy, in BTC.
pub const INITIAL_SUBSIDY_BTC: f64 = 50.0;
/// Reference block for placing heights on the calendar: the market data's block
/// (`inputs/data.rs`; at this writing block 955,584, mined on 2026-06-26, S4).
pub const REFERENCE_HEIGHT: u64 = crate::inputs::data::HEIGHT.value as u64;
/// Days since 1970-01-01 of the reference block's day.
pub const REFERENCE_DAY: i64 = crate::inputs::data::HEIGHT.days;

/// Block subsidy at `height`, in BTC: 50 BTC halved every 210,000 blocks.
///
/// # Example
/// ```
/// use economics::bitcoin::subsidy_btc;
/// assert_eq!(subsidy_btc(840_000), 3.125);
/// assert_eq!(subsidy_btc(1_049_999), 3.125);
/// assert_eq!(subsidy_btc(1_050_000), 1.5625);
/// ```
pub fn subsidy_btc(height: u64) -> f64 {
    let halvings = height / HALVING_INTERVAL_BLOCKS;
    if halvings >= 64 {
        0.0
    } else {
        INITIAL_SUBSIDY_BTC / (1u64 << halvings) as f64
    }
}

/// Estimated block height at the start of `day` (days since 1970-01-01), at 144 blocks a day from
/// the reference block. Days before the reference extrapolate backwards, floored at zero.
pub fn height_at_day(day: f64) -> f64 {
    (REFERENCE_HEIGHT as f64 + (day - REFERENCE_DAY as f64) * BLOCKS_PER_DAY).max(0.0)
}

/// Average subsidy per block (BTC) over the blocks mined in calendar month `ym`. A month that
/// contains a halving gets the block-weighted blend of the two subsidies.
pub fn average_subsidy_in_month(ym: YearMonth) -> f64 {
    let start = height_at_day(days_from_civil(ym.year, ym.month, 1) as f64);
    let next = ym.plus_months(1);
    let end = height_at_day(days_from_civil(next.year, next.month, 1) as f64);
    average_subsidy_between(start, end)
}

/// Block-weighted average subsidy over heights `[start, end)`.
pub fn average_subsidy_between(start: f64, end: f64) -> f64 {
    if end <= start {
        return subsidy_btc(start as u64);
    }
    let mut total = 0.0;
    let mut h = start;
    while h < end {
        let era_end = ((h as u64 / HALVING_INTERVAL_BLOCKS + 1) * HALVING_INTERVAL_BLOCKS) as f64;
        let stop = era_end.min(end);
        total += (stop - h) * subsidy_btc(h as u64);
        h = stop;
    }
    total / (end - start)
}

/// The first calendar month whose blocks include the halving at `height` (a multiple of 210,000).
pub fn halving_month(height: u64) -> YearMonth {
    let day = REFERENCE_DAY as f64 + (height as f64 - REFERENCE_HEIGHT as f64) / BLOCKS_PER_DAY;
    YearMonth::from_day(day.floor() as i64)
}

/// Hashprice in $ per PH/s per day from the network's state.
///
/// # Formula
/// `hashprice = (subsidy + fees) × 144 × btc_price / hashrate_ph_s`
///
/// # Example
/// ```
/// // June 2026: 3.125 BTC subsidy, 0.02 BTC fees, $62,500, 960 EH/s (= 960,000 PH/s).
/// let hp = economics::bitcoin::hashprice_usd_per_ph_day(62_500.0, 960_000.0, 3.125, 0.02);
/// assert!((hp - 29.48).abs() < 0.01);
/// ```
pub fn hashprice_usd_per_ph_day(
    btc_price_usd: f64,
    network_hashrate_ph_s: f64,
    subsidy_btc: f64,
    fees_btc_per_block: f64,
) -> f64 {
    (subsidy_btc + fees_btc_per_block) * BLOCKS_PER_DAY * btc_price_usd / network_hashrate_ph_s
}

/// The BTC price that makes the hashprice identity hold: the identity solved for price.
pub fn btc_price_from_hashprice(
    hashprice_usd_per_ph_day: f64,
    network_hashrate_ph_s: f64,
    subsidy_btc: f64,
    fees_btc_per_block: f64,
) -> f64 {
    hashprice_usd_per_ph_day * network_hashrate_ph_s
        / ((subsidy_btc + fees_btc_per_block) * BLOCKS_PER_DAY)
}

/// Network hashrate in EH/s implied by a difficulty: `H = D × 2^32 / 600 s`.
///
/// # Example
/// ```
/// // 133.87T (26 Jun 2026) -> about 958 EH/s.
/// let eh = economics::bitcoin::hashrate_eh_s_from_difficulty(133.87e12);
/// assert!((eh - 958.3).abs() < 0.5);
/// ```
pub fn hashrate_eh_s_from_difficulty(difficulty: f64) -> f64 {
    difficulty * 4_294_967_296.0 / 600.0 / 1e18
}
