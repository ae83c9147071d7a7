//! The analyses (break-evens, the tornado and the map), validation, warnings, the IRR beside the
//! NPV, and the documents the model must agree with.

use super::*;

#[test]
fn break_evens_balance_the_two_paths() {
    let mut s = worked();
    s.network.responds = false;
    let b = break_evens(&s).unwrap();
    let BreakEven::At(hp) = b.hashprice_usd_per_ph_day else { panic!("{b:?}") };
    let mut at = s.clone();
    at.bitcoin.hashprice_usd_per_ph_day = hp;
    assert!(advantage_usd(&at).abs() < 1e3, "{}", advantage_usd(&at));
    let BreakEven::At(rent) = b.ai_rate else { panic!("{b:?}") };
    let mut at = s.clone();
    at.lease.usd_per_kw_month = rent;
    assert!(advantage_usd(&at).abs() < 1e3);
    // With the network responding, a high hashprice fades within a year or two, and the AI path
    // mines through the rich months before cut-over too: mining needs far more than the
    // response-off break-even.
    let d = break_evens(&worked()).unwrap();
    match d.hashprice_usd_per_ph_day {
        BreakEven::AiAheadAcrossRange => {}
        BreakEven::At(responding) => {
            assert!(responding > 2.0 * hp, "{responding} vs {hp}");
            let mut at = worked();
            at.bitcoin.hashprice_usd_per_ph_day = responding;
            assert!(advantage_usd(&at).abs() < 1e3, "{}", advantage_usd(&at));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tornado_and_frontier_shapes() {
    let s = worked();
    let bars = tornado(&s).unwrap();
    assert!(bars.len() >= 20, "{} bars", bars.len());
    assert!(bars.iter().filter(|b| b.sourced).count() >= 12);
    assert!(bars.windows(2).all(|w| w[0].swing_usd() >= w[1].swing_usd()));
    let f = frontier(&s, Default::default(), 5, 4).unwrap();
    assert_eq!(f.advantage_usd.len(), 20);
    // Higher rent never lowers the advantage.
    for r in 1..4 {
        for c in 0..5 {
            assert!(f.at(r, c) >= f.at(r - 1, c));
        }
    }
}

#[test]
fn validation_lists_every_problem() {
    let mut s = worked();
    s.site.grid_mw = 0.0;
    s.bitcoin.hashprice_usd_per_ph_day = f64::INFINITY;
    s.gpu.utilisation_pct = f64::NAN;
    s.ai.months_to_convert = 2.5;
    s.site.start = ym(2027, 13);
    let err = compute(&s).unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["mw", "hp", "conv", "util", "start"]);
    assert!(err.to_string().contains("mw = 0 (allowed 1 to 2000 MW)"), "{err}");
    assert!(err.to_string().contains("conv = 2.5 (allowed 0 to 48 months, whole months)"), "{err}");
}

#[test]
fn absurd_combinations_carry_named_warnings() {
    let mut s = worked();
    s.bitcoin.btc_price_growth_pct_per_yr = 50.0;
    s.network.fixed_growth_pct_per_yr = -50.0;
    let responding = compute(&s).unwrap();
    assert!(responding.warnings.is_empty(), "{:?}", responding.warnings);
    assert!(responding.hashprice_usd_per_ph_day.iter().all(|h| *h < 2000.0));
    s.network.responds = false;
    let fixed = compute(&s).unwrap();
    let codes: Vec<&str> = fixed.warnings.iter().map(|w| w.code.as_str()).collect();
    // The network shrinks by half a year with the response off: it is held at twice the fleet
    // (the fleet half of it, never more), and no path is worth more than a trillion.
    assert_eq!(codes, ["hashprice-beyond-history", "network-held"]);
    let fleet_eh = 100e6 / 1.05 / 16.0 / 1e6 / 0.9f64.powf(2.0);
    assert!(fixed.network_eh_s.iter().all(|eh| *eh >= 2.0 * fleet_eh * (1.0 - 1e-9)), "{fleet_eh}");
    assert!(fixed.mining.npv_usd.abs() < 1e12 && fixed.ai.npv_usd.abs() < 1e12);
    // Half the hours sold back at $500/MWh: a power trader, not a miner (the review's $1.16B site).
    let mut trader = worked();
    trader.mining.curtailed_pct = 50.0;
    trader.mining.curtailment_credit_usd_per_mwh = 500.0;
    let codes: Vec<String> = compute(&trader).unwrap().warnings.into_iter().map(|w| w.code).collect();
    assert_eq!(codes, ["credits-exceed-mining"]);
    // A valuation cannot start before its own market data.
    let mut early = worked();
    early.site.start = ym(2025, 1);
    let fields: Vec<String> = early.validate().unwrap_err().problems.into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["pwrd", "hpd", "gphd"]);
}

/// Version 1 showed "IRR of converting: 313,300,275.5%" beside "does not pay back" for this link.
#[test]
fn no_irr_is_quoted_that_contradicts_the_npv() {
    let mut s = worked();
    s.site.start = ym(2040, 12);
    s.bitcoin.hashprice_usd_per_ph_day = 1.0;
    s.bitcoin.btc_price_growth_pct_per_yr = 50.0;
    s.network.fixed_growth_pct_per_yr = -50.0;
    s.bitcoin.fees_btc_per_block = 2.0;
    s.mining.uptime_pct = 100.0;
    s.mining.asic_usd_per_th = 100.0;
    s.mining.asic_life_years = 1.0;
    s.ai.conversion_capex_musd_per_mw_it = 0.0;
    s.ai.months_to_convert = 48.0;
    s.lease.usd_per_kw_month = 20.0;
    for responds in [true, false] {
        s.network.responds = responds;
        let r = compute(&s).unwrap();
        assert_consistent(&r);
    }
}


/// docs/methodology.md carries every input's default in its table, so the page's numbers trace to it.
#[test]
fn methodology_lists_every_default() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/methodology.md")).unwrap();
    let s = Scenario::default();
    for p in PARAMS {
        let row = format!("| `{}` | {} | {} | {} |", p.key, p.label, (p.get)(&s), p.unit);
        assert!(doc.contains(&row), "methodology.md lacks the row starting {row}");
    }
    assert!(doc.contains("## What changed in version 2") && doc.contains("## What changed in version 3"));
}

#[test]
fn annual_sums_whole_years_only() {
    let mut s = worked();
    s.bitcoin.hashprice_usd_per_ph_day = 60.0;
    let r = compute(&s).unwrap();
    // 15 + 144 = 159 months: 13 whole years, the last 3 months left out.
    let years = r.mining.annual();
    assert_eq!(years.len(), 13);
    let first_156: f64 = r.mining.months[..156].iter().map(|m| m.revenue_usd).sum();
    let summed: f64 = years.iter().map(|y| y.revenue_usd).sum();
    assert!(close(summed, first_156, 1e-12));
}

/// After the window a GPU cloud's hall is let as a lease's building is: what the years after the
/// contract add to the converting path's last month is what they add to a lease's (version 4
/// gave the GPU cloud's hall nothing after the window), but for the renewal: a hall emptied of
/// its GPUs has no tenant to renew, and is let again after the downtime.
#[test]
fn a_gpu_clouds_hall_is_let_after_the_window_as_a_leases_building_is() {
    let building = |mut s: Scenario| {
        let last = |s: &Scenario| compute(s).unwrap().ai.months.last().unwrap().terminal_usd;
        let with = last(&s);
        s.lease.years_after_contract = 0.0;
        with - last(&s)
    };
    // At the defaults the GPU cloud's hall is leased once its GPUs wear out, inside the window:
    // that tenant may renew, as a lease's does.
    let lease = building(Scenario::default());
    let gpu = building(Scenario { mode: AiMode::GpuCloud, ..Scenario::default() });
    assert!(lease > 100e6, "the lease's building, ten years after: {lease}");
    assert!((gpu - lease).abs() <= 1e-6 * lease, "GPU cloud {gpu} against lease {lease}");
    // IREN – Microsoft's GPUs run to the window's end and are sold: the hall is let again after
    // the downtime, as a lease's building would be with no renewal.
    let iren = Preset::by_id("iren").unwrap().scenario();
    let at_end = building(iren.clone());
    let mut no_renewal = iren.clone();
    no_renewal.lease.renewal_pct = 0.0;
    assert!(at_end > 100e6, "{at_end}");
    assert_eq!(at_end, building(no_renewal.clone()), "no tenant to renew");
    let as_lease = building(Scenario { mode: AiMode::Lease, ..no_renewal });
    assert!((at_end - as_lease).abs() <= 1e-6 * as_lease, "GPU cloud {at_end} against a lease with no renewal {as_lease}");
    // With the contract years only, the years after them move nothing.
    let mut off = Scenario { mode: AiMode::GpuCloud, ..Scenario::default() };
    off.finance.terminal_value = false;
    let headline = compute(&off).unwrap().advantage_npv_usd;
    off.lease.years_after_contract = 15.0;
    assert_eq!(compute(&off).unwrap().advantage_npv_usd, headline);
}
