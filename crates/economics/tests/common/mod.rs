//! What the model's test files share: tolerances, scenarios with a flat market, and the
//! strategy that draws a scenario from the whole valid input space.
#![allow(dead_code)]

use economics::params::{DATES, PARAMS, TOGGLES};
use economics::{AiMode, Scenario, YearMonth};
use proptest::prelude::*;

pub fn close(got: f64, want: f64, rel: f64) -> bool {
    (got - want).abs() <= rel * want.abs().max(1e-9)
}

/// The defaults the hand-worked figures in these tests were worked for (version 2's, before
/// version 3 centred them on their sources): fees 0.02 BTC, a 16 J/TH fleet, a 2% pool fee,
/// ASICs at $15/TH, a 12-year contract converted in 15 months at $9M per MW of IT, rent $150,
/// no commission, GPUs at $25,000 and a 1.25× covenant. Version 3's own defaults are checked against their sources in
/// `tests/sources.rs`.
pub fn worked() -> Scenario {
    let mut s = Scenario::default();
    s.bitcoin.fees_btc_per_block = 0.02;
    s.mining.fleet_j_per_th = 16.0;
    s.mining.pool_fee_pct = 2.0;
    s.mining.asic_usd_per_th = 15.0;
    s.network.marginal_j_per_th = 30.0;
    s.network.marginal_power_usd_per_kwh = 0.05;
    s.site.horizon_years = 12.0;
    s.ai.months_to_convert = 15.0;
    s.ai.conversion_capex_musd_per_mw_it = 9.0;
    s.lease.usd_per_kw_month = 150.0;
    s.lease.commission_pct = 0.0;
    s.gpu.capex_usd_per_gpu = 25_000.0;
    s.debt.covenant_dscr = 1.25;
    s
}

/// The worked defaults with BTC price, hashrate and power price flat, so hand-worked figures stay
/// simple.
pub fn flat_market() -> Scenario {
    let mut s = worked();
    s.network.responds = false;
    s.network.fixed_growth_pct_per_yr = 0.0;
    s.site.power_escalation_pct_per_yr = 0.0;
    s
}

/// Scenario `fractions[i]` of the way along each input's range (snapped to whole months where
/// the model counts months), with the switches, mode, start and dates given.
pub fn scenario_at(fractions: &[f64], switches: u32, months: &[u32]) -> Scenario {
    let mut s = Scenario::default();
    for (p, f) in PARAMS.iter().zip(fractions) {
        let v = p.nearest_accepted(p.min + f * (p.max - p.min)).unwrap_or(p.min);
        (p.set)(&mut s, v);
    }
    for (i, t) in TOGGLES.iter().enumerate() {
        (t.set)(&mut s, switches & (1 << i) != 0);
    }
    s.mode = if switches & (1 << TOGGLES.len()) != 0 { AiMode::GpuCloud } else { AiMode::Lease };
    let span = (YearMonth::MAX.index() - YearMonth::MIN.index()) as u32 + 1;
    s.site.start = YearMonth::MIN.plus_months(months[0] % span);
    // Market data dated anywhere from the earliest month to the start.
    let upto = (s.site.start.index() - YearMonth::MIN.index()) as u32 + 1;
    for (d, m) in DATES.iter().zip(&months[1..]) {
        (d.set)(&mut s, YearMonth::MIN.plus_months(m % upto));
    }
    s
}

pub fn arb_scenario() -> impl Strategy<Value = Scenario> {
    let value = prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64];
    (
        prop::collection::vec(value, PARAMS.len()),
        any::<u32>(),
        prop::collection::vec(any::<u32>(), DATES.len() + 1),
    )
        .prop_map(|(fractions, switches, months)| scenario_at(&fractions, switches, &months))
}
