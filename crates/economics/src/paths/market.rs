//! The market month by month: hashprice (carried from its date through BTC price growth, the
//! halvings and a network whose hashrate responds to miners' margins), the power price and the
//! GPU rental price, each carried from the month it was observed.

use crate::inputs::calendar::days_from_civil;
use crate::inputs::calendar::YearMonth;
use crate::inputs::scenario::Scenario;
use crate::paths::bitcoin::{average_subsidy_between, average_subsidy_in_month, hashrate_eh_s_from_difficulty, height_at_day};

/// Network hashrate when the default hashprice was observed: from the market data's difficulty
/// (`inputs/data.rs`; at this writing 133.87T on 26 Jun 2026, S4, about 958 EH/s). Used to place
/// the fleet's share of the network.
pub fn network_eh_s_at_reference() -> f64 {
    hashrate_eh_s_from_difficulty(crate::inputs::data::DIFFICULTY.value)
}

/// Fastest the responding network's hashrate can grow, in logs a month: doubling in a year.
/// Machines take months to make and install; the fastest yearly growth on record is about +62%
/// (Oct 2024, market-data.md §1, S11). Assumption.
pub const MAX_GROWTH_STEP: f64 = std::f64::consts::LN_2 / 12.0;
/// Fastest it can shrink: halving in a year (assumption; the 2021 China ban came close, S9).
pub const MAX_DECLINE_STEP: f64 = -std::f64::consts::LN_2 / 12.0;

/// The monthly factor equivalent to an annual growth in %.
pub fn monthly_growth(pct_per_yr: f64) -> f64 {
    (1.0 + pct_per_yr / 100.0).powf(1.0 / 12.0)
}

/// The share of the gap between log hashprice and log marginal cost that closes each month, so
/// that half of it closes in `half_life_months`: `κ = 1 − 0.5^(1/half-life)`.
pub fn response_per_month(half_life_months: f64) -> f64 {
    1.0 - 0.5f64.powf(1.0 / half_life_months)
}

/// Cash cost of the network's marginal fleet, $ per PH/s per day: a PH/s at `j_per_th` J/TH
/// draws `j_per_th` kW, so a day costs `24 × j_per_th × power price`.
///
/// # Example
/// ```
/// // 30 J/TH at 5 ¢/kWh: 24 × 30 × 0.05 = $36 per PH/s per day.
/// assert!((economics::market::marginal_cost_usd_per_ph_day(30.0, 0.05) - 36.0).abs() < 1e-12);
/// ```
pub fn marginal_cost_usd_per_ph_day(j_per_th: f64, power_usd_per_kwh: f64) -> f64 {
    24.0 * j_per_th * power_usd_per_kwh
}

/// The market over the valuation window.
#[derive(Debug, Clone)]
pub(crate) struct Market {
    pub calendar: Vec<YearMonth>,
    pub days: Vec<f64>,
    /// Hashprice the network pays, $/PH/s/day.
    pub hashprice: Vec<f64>,
    /// Network hashrate, EH/s (anchored at [`network_eh_s_at_reference`] on the hashprice's date).
    pub network_eh_s: Vec<f64>,
    /// Site power price, $/kWh.
    pub power: Vec<f64>,
    /// GPU rental price, $/GPU-hour.
    pub gpu_price: Vec<f64>,
    /// The first month the network was held at [`NETWORK_OVER_FLEET`] times the site's fleet,
    /// if it was.
    pub network_floor_from: Option<usize>,
}

/// The smallest the network may be against the site's fleet (a fleet of the newest generation at
/// the start): twice, so the fleet is at most half of it. The model takes the miner as a
/// price-taker, which a fleet above a tenth of the network already strains (a warning says so);
/// a network that would shrink below twice the fleet is held there, and the report says so.
pub const NETWORK_OVER_FLEET: f64 = 2.0;

impl Market {
    pub fn new(s: &Scenario) -> Market {
        let n = s.months();
        let start = s.site.start.index();
        let calendar: Vec<YearMonth> = (0..n).map(|m| s.site.start.plus_months(m as u32)).collect();
        let days = calendar.iter().map(|ym| ym.days() as f64).collect();
        let carried = |value: f64, growth_pct: f64, as_of: YearMonth| {
            let g = monthly_growth(growth_pct).ln();
            // Validation keeps the start at or after every date; before it, a price stands still.
            (0..n).map(move |m| value * (g * (start + m as i64 - as_of.index()).max(0) as f64).exp())
        };
        let power = carried(s.site.power_usd_per_kwh, s.site.power_escalation_pct_per_yr, s.site.power_as_of).collect();
        let gpu_price =
            carried(s.gpu.usd_per_gpu_hour, -s.gpu.price_decline_pct_per_yr, s.gpu.price_as_of).collect();
        let (hashprice, network_eh_s, network_floor_from) = hashprice_path(s, &calendar);
        Market { calendar, days, hashprice, network_eh_s, power, gpu_price, network_floor_from }
    }
}

/// Hashprice and network hashrate for each month of `calendar`.
///
/// From the hashprice's date `a` the network is simulated month by month in logs:
/// `ln h_k = ln h_a + ln(reward_k / reward_a) + (k − a) ln(1 + g_price)/12 − ln(H_k / H_a)`,
/// where reward is subsidy + fees per block. With the response on, hashrate moves toward the
/// level at which the marginal fleet breaks even: `ln H_{k+1} = ln H_k + κ (ln h_k − ln c_k)`,
/// with `c_k` the marginal cash cost, falling with ASIC efficiency gains (the marginal miner's
/// power price is held flat: the site's own escalation is the site's), and each month's change
/// held between halving and doubling in a year ([`MAX_DECLINE_STEP`], [`MAX_GROWTH_STEP`]). With it off, hashrate grows at the fixed rate. Months before the hashprice's date
/// (which validation rules out) take its value as it stands. The network never falls below
/// [`NETWORK_OVER_FLEET`] times the site's fleet; the first month it is held there is returned.
fn hashprice_path(s: &Scenario, calendar: &[YearMonth]) -> (Vec<f64>, Vec<f64>, Option<usize>) {
    let b = &s.bitcoin;
    let net = &s.network;
    let as_of = b.hashprice_as_of;
    let ln_reward_a = (average_subsidy_in_month(as_of) + b.fees_btc_per_block).ln();
    let ln_h_a = b.hashprice_usd_per_ph_day.ln();
    let price_step = monthly_growth(b.btc_price_growth_pct_per_yr).ln();
    let fixed_step = monthly_growth(net.fixed_growth_pct_per_yr).ln();
    let kappa = response_per_month(net.half_life_months);
    let cost_step = monthly_growth(-net.efficiency_gain_pct_per_yr).ln();
    let ln_cost_a = marginal_cost_usd_per_ph_day(net.marginal_j_per_th, net.marginal_power_usd_per_kwh).ln();
    let ln_eh_a = network_eh_s_at_reference().ln();

    // The hashrate of a fleet of the newest generation at the start (today's fleet was the
    // newest when it was bought), EH/s; none on a site with no miners.
    let newest_j_per_th = s.mining.fleet_j_per_th * monthly_growth(-net.efficiency_gain_pct_per_yr).powf(s.mining.fleet_age_years * 12.0);
    let fleet_eh = if s.mining.greenfield { 0.0 } else { s.site.grid_mw * 1e6 / s.mining.overhead_ratio / newest_j_per_th / 1e6 };
    let ln_floor_rel = (NETWORK_OVER_FLEET * fleet_eh).ln() - ln_eh_a;
    let mut floor_from = None;

    let mut hashprice = Vec::with_capacity(calendar.len());
    let mut network = Vec::with_capacity(calendar.len());
    let Some(&first) = calendar.first() else { return (hashprice, network, None) };
    // Months before the hashprice's date: its value as it stands.
    for _ in calendar.iter().take_while(|ym| **ym < as_of) {
        hashprice.push(b.hashprice_usd_per_ph_day);
        network.push(ln_eh_a.exp());
    }
    // From the hashprice's date (or the first month, if later) to the end of the window. The
    // block height at each month's start is counted on from the month before, day by day.
    let mut ln_h_rel = 0.0f64; // ln(H_k / H_a)
    if ln_floor_rel > ln_h_rel {
        // Below twice the fleet from the first month: held there from the start.
        ln_h_rel = ln_floor_rel;
        floor_from = Some(0);
    }
    let mut k = as_of;
    let mut t = 0i64; // months since as_of
    let last = calendar[calendar.len() - 1];
    let from = if first > as_of { first } else { as_of };
    let mut day = days_from_civil(as_of.year, as_of.month, 1);
    // The reward's logarithm, taken again only when the subsidy changes (around a halving).
    let mut ln_reward = (f64::NAN, 0.0);
    while k <= last {
        let next_day = day + k.days() as i64;
        let subsidy = average_subsidy_between(height_at_day(day as f64), height_at_day(next_day as f64));
        day = next_day;
        if subsidy != ln_reward.0 {
            ln_reward = (subsidy, (subsidy + b.fees_btc_per_block).ln());
        }
        let ln_h = ln_h_a + ln_reward.1 - ln_reward_a + price_step * t as f64 - ln_h_rel;
        if k >= from {
            hashprice.push(ln_h.exp());
            network.push((ln_eh_a + ln_h_rel).exp());
        }
        ln_h_rel += if net.responds {
            (kappa * (ln_h - (ln_cost_a + cost_step * t as f64))).clamp(MAX_DECLINE_STEP, MAX_GROWTH_STEP)
        } else {
            fixed_step
        };
        if ln_h_rel < ln_floor_rel {
            ln_h_rel = ln_floor_rel;
            // The month after this one is the first held, if it is in the window.
            if floor_from.is_none() && network.len() < calendar.len() {
                floor_from = Some(network.len());
            }
        }
        k = k.plus_months(1);
        t += 1;
    }
    (hashprice, network, floor_from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_life_halves_the_gap() {
        let k = response_per_month(12.0);
        assert!(((1.0 - k).powi(12) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn prices_are_carried_from_their_dates() {
        let s = Scenario::default();
        let m = Market::new(&s);
        // Power: $0.045 in Jul 2025, +2%/yr to Jan 2027 (18 months): 0.045 × 1.02^1.5 = 0.046356.
        assert!((m.power[0] - 0.045 * 1.02f64.powf(1.5)).abs() < 1e-12);
        // GPU: $2.35 in Mar 2026, −10%/yr to Jan 2027 (10 months): 2.35 × 0.9^(10/12) = 2.1525.
        assert!((m.gpu_price[0] - 2.35 * 0.9f64.powf(10.0 / 12.0)).abs() < 1e-12);
        assert_eq!(m.hashprice.len(), s.months());
        assert_eq!(m.network_eh_s.len(), s.months());
    }
}
