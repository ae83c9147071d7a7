//! Hand-worked figures and invariants of the model, against the public API only.

#[path = "../common/mod.rs"]
mod common;
mod analyses;
mod invariants;
mod months;
mod paths;

use common::{arb_scenario, close, flat_market, worked};
use economics::analysis::{advantage_usd, break_evens, frontier, tornado, BreakEven};
use economics::bitcoin::{average_subsidy_in_month, halving_month, hashprice_usd_per_ph_day};
use economics::finance::{irr, npv, periodic_rate};
use economics::params::PARAMS;
use economics::presets::{booked_revenue_usd, Origin, Preset, PRESETS};
use economics::{compute, AiMode, Report, Scenario, YearMonth};
use proptest::prelude::*;

const fn ym(year: i32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

/// The page quotes an IRR only beside an NPV and payback that agree with it.
fn assert_consistent(r: &Report) {
    if let Some(rate) = r.quotable_irr(r.hurdle_pct()) {
        assert!(r.payback_month.is_some());
        assert_eq!(rate > r.hurdle_pct() / 100.0, r.advantage_npv_usd > 0.0, "{rate} vs {}", r.advantage_npv_usd);
    }
    assert_eq!(r.payback_month.is_some(), r.advantage_npv_usd >= 0.0, "payback {:?} vs {}", r.payback_month, r.advantage_npv_usd);
}

// ---- properties over the whole valid input space ----

fn all_finite(r: &Report) -> bool {
    let path_ok = |p: &economics::Path| {
        p.months.iter().all(|m| {
            [m.revenue_usd, m.power_usd, m.other_opex_usd, m.capex_usd, m.terminal_usd, m.energy_mwh]
                .iter()
                .all(|v| v.is_finite())
        }) && p.cumulative_usd.iter().chain(&p.discounted_cumulative_usd).all(|v| v.is_finite())
            && [p.npv_usd, p.terminal_pv_usd, p.ebitda_usd_per_mw_year, p.revenue_usd_per_kwh].iter().all(|v| v.is_finite())
    };
    let k = r.per_kwh;
    path_ok(&r.mining)
        && path_ok(&r.ai)
        && r.hashprice_usd_per_ph_day.iter().chain(&r.network_eh_s).all(|v| v.is_finite())
        && r.advantage_npv_usd.is_finite()
        && r.advantage_other_npv_usd.is_finite()
        && r.conversion_irr.map_or(true, f64::is_finite)
        && [k.mining_grid_usd, k.lease_grid_usd, k.gpu_grid_usd, k.lease_multiple(), k.gpu_multiple()]
            .iter()
            .all(|v| v.is_finite())
        && k.gpu_usd_per_hour_for_claim.map_or(true, f64::is_finite)
        && r.warnings.iter().all(|w| !w.message.contains("NaN") && !w.message.contains("inf"))
}
