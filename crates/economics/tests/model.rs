//! Hand-worked figures and invariants of the model, against the public API only.

use economics::analysis::{advantage_usd, break_evens, frontier, tornado, BreakEven};
use economics::bitcoin::{average_subsidy_in_month, halving_month, hashprice_usd_per_ph_day};
use economics::finance::{irr, npv, periodic_rate};
use economics::params::PARAMS;
use economics::presets::{Preset, PRESETS};
use economics::{compute, AiMode, Report, Scenario, YearMonth};
use proptest::prelude::*;

fn close(got: f64, want: f64, rel: f64) -> bool {
    (got - want).abs() <= rel * want.abs().max(1e-9)
}

#[test]
fn hashprice_identity_on_june_2026_figures() {
    // (3.125 + 0.02) BTC × 144 blocks × $62,500 / 960,000 PH/s = 452.88 × 62,500 / 960,000
    // = $29.48 per PH/s per day, within 3% of the $28.68 observed on 26 Jun 2026 (S4).
    let hp = hashprice_usd_per_ph_day(62_500.0, 960_000.0, 3.125, 0.02);
    assert!(close(hp, 29.4844, 1e-4), "{hp}");
    assert!((hp / 28.68 - 1.0).abs() < 0.03);
}

#[test]
fn the_2028_halving_lands_in_april_and_halves_the_subsidy() {
    let ym = |year, month| YearMonth { year, month };
    assert_eq!(halving_month(1_050_000), ym(2028, 4));
    // 210,000 blocks / 144 = 1,458.3 days after 11 Apr 2028: 8 Apr 2032.
    assert_eq!(halving_month(1_260_000), ym(2032, 4));
    assert_eq!(average_subsidy_in_month(ym(2028, 3)), 3.125);
    assert_eq!(average_subsidy_in_month(ym(2028, 5)), 1.5625);
    // 1 Apr 2028 is 645 days after the reference block: height 955,584 + 645 × 144 = 1,048,464.
    // April has 4,320 blocks: 1,536 at 3.125 BTC, 2,784 at 1.5625 BTC.
    // (1,536 × 3.125 + 2,784 × 1.5625) / 4,320 = 9,150 / 4,320 = 2.11806 BTC.
    assert!(close(average_subsidy_in_month(ym(2028, 4)), 2.118_055_6, 1e-6));
}

#[test]
fn the_halving_cuts_only_the_subsidy_share_of_hashprice() {
    let mut s = Scenario::default();
    s.bitcoin.hashrate_growth_pct_per_yr = 0.0;
    s.bitcoin.btc_price_growth_pct_per_yr = 0.0;
    let r = compute(&s).unwrap();
    // Start Jan 2027: month 14 is Mar 2028, month 16 is May 2028.
    assert_eq!(r.calendar[16], YearMonth { year: 2028, month: 5 });
    // (1.5625 + 0.02) / (3.125 + 0.02) = 1.5825 / 3.145 = 0.503180
    let drop = r.hashprice_usd_per_ph_day[16] / r.hashprice_usd_per_ph_day[14];
    assert!(close(drop, 0.503_180, 1e-5), "{drop}");
}

#[test]
fn mining_month_by_hand() {
    let mut s = Scenario::default();
    s.bitcoin.hashprice_usd_per_ph_day = 60.0;
    let m = compute(&s).unwrap().mining.months[0];
    // Hashrate: 100 MW / 1.05 = 95.238 MW; / 16 J/TH = 5,952,381 TH/s = 5,952.381 PH/s.
    // Revenue, January (31 days): 5,952.381 × $60 × 31 × 0.92 uptime × 0.98 after pool fee
    //   = $9,982,000.
    assert!(close(m.revenue_usd, 9_982_000.0, 1e-6), "{}", m.revenue_usd);
    // Energy: 100 MW × 24 h × 31 × 0.92 = 68,448 MWh; power at $45/MWh = $3,080,160.
    assert!(close(m.energy_mwh, 68_448.0, 1e-9));
    assert!(close(m.power_usd, 3_080_160.0, 1e-9));
    // Other opex: 68,448 MWh × $5 = $342,240.
    assert!(close(m.other_opex_usd, 342_240.0, 1e-9));
    // Fleet replacement: 5,952,381 TH × $15 / (5 years × 12) = $1,488,095 a month.
    assert!(close(m.capex_usd, 1_488_095.24, 1e-6));
}

#[test]
fn lease_month_by_hand() {
    let mut s = Scenario::default();
    s.ai.months_to_convert = 0.0;
    s.ai.ramp_months = 0.0;
    s.ai.conversion_capex_musd_per_mw_it = 0.0;
    let r = compute(&s).unwrap();
    let m = r.ai.months[0];
    // IT: 100 MW / 1.25 = 80 MW = 80,000 kW × $150 = $12,000,000 a 30.42-day month;
    // January has 31 days: × 31 × 12 / 365 = $12,230,137.
    assert!(close(m.revenue_usd, 12_230_136.99, 1e-8), "{}", m.revenue_usd);
    // NOI margin 85%: opex is 15% of rent; triple-net: the tenant pays power.
    assert!(close(m.other_opex_usd, 1_834_520.55, 1e-8));
    assert_eq!(m.power_usd, 0.0);
    // Year 2 rent steps up by the 2% escalator (month 12 is January again).
    assert!(close(r.ai.months[12].revenue_usd / m.revenue_usd, 1.02, 1e-12));
}

#[test]
fn revenue_per_kwh_by_hand() {
    let r = compute(&Scenario::default()).unwrap();
    let k = r.per_kwh;
    // Mining: 5,952.381 PH/s × $28.68 × 0.98 / (100 MW × 24 h × 1000) = $0.069706/kWh.
    assert!(close(k.mining_grid_usd, 0.069_706, 1e-4), "{}", k.mining_grid_usd);
    // Lease: $150 × 12 / (8,760 h × 0.8 load) = $0.256849 per IT kWh; / PUE 1.25 = $0.205479.
    assert!(close(k.lease_grid_usd, 0.205_479, 1e-5));
    // GPU cloud: 780 × $2.35 × 0.85 / (1,000 kW × 0.8) = $1.947563 per IT kWh; / 1.25 = $1.558050.
    assert!(close(k.gpu_grid_usd, 1.558_050, 1e-5));
    // The multiples behind the headline: lease ~2.9×, GPU cloud ~22×, not 25×.
    assert!(close(k.lease_multiple(), 2.9478, 1e-3), "{}", k.lease_multiple());
    assert!(close(k.gpu_multiple(), 22.352, 1e-3), "{}", k.gpu_multiple());
}

#[test]
fn implied_rent_of_each_deal() {
    // value / years / 12 / kW of IT
    let want = [
        ("csc", 121.53),  // 3.5e9 / 12 / 12 / 200,000
        ("wulf", 154.17), // 3.7e9 / 10 / 12 / 200,000
        ("hut8", 158.73), // 7.0e9 / 15 / 12 / 245,000
        ("cifr", 101.85), // 5.5e9 / 15 / 12 / 300,000
        ("iren", 808.33), // 9.7e9 / 5 / 12 / 200,000
    ];
    for (id, rent) in want {
        let deal = Preset::by_id(id).unwrap().deal.unwrap();
        assert!((deal.usd_per_kw_month() - rent).abs() < 0.005, "{id}: {}", deal.usd_per_kw_month());
    }
    let iren = Preset::by_id("iren").unwrap().scenario();
    // $9.7B / 5 yr over 200 MW × 570 GPUs × 8,760 h = $1.9427 per GPU-hour.
    assert!(close(iren.gpu.usd_per_gpu_hour, 1.9427, 1e-4), "{}", iren.gpu.usd_per_gpu_hour);
}

#[test]
fn every_preset_is_valid_and_says_what_it_assumed() {
    for p in PRESETS {
        let s = p.scenario();
        assert!(s.validate().is_ok(), "{}", p.id);
        assert_eq!(s.mode, p.mode);
        for key in p.given {
            assert!(economics::params::Param::by_key(key).is_some(), "{}: {key}", p.id);
        }
        assert!(!p.as_of.is_empty() && !p.sources.is_empty());
    }
    let csc = Preset::by_id("csc").unwrap();
    assert!(csc.gives("rent") && !csc.gives("hp"));
}

#[test]
fn path_npv_and_cumulative_agree() {
    let mut s = Scenario::default();
    s.bitcoin.hashprice_usd_per_ph_day = 55.0;
    let r = compute(&s).unwrap();
    for path in [&r.mining, &r.ai] {
        let flows = path.net_cash_usd();
        assert!(close(npv(0.0, &flows), *path.cumulative_usd.last().unwrap(), 1e-9));
        let rate = periodic_rate(0.10, 12.0);
        assert!(close(npv(rate, &flows), path.npv_usd, 1e-9));
    }
    let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
    let monthly = irr(&diff).unwrap();
    assert!(npv(monthly, &diff).abs() < 1e-3 * diff.iter().map(|x| x.abs()).sum::<f64>() / diff.len() as f64);
    assert!(close(r.conversion_irr.unwrap(), (1.0 + monthly).powi(12) - 1.0, 1e-12));
}

#[test]
fn break_evens_balance_the_two_paths() {
    let s = Scenario::default();
    let b = break_evens(&s).unwrap();
    let BreakEven::At(hp) = b.hashprice_usd_per_ph_day else { panic!("{b:?}") };
    let mut at = s.clone();
    at.bitcoin.hashprice_usd_per_ph_day = hp;
    assert!(advantage_usd(&at).abs() < 1e3, "{}", advantage_usd(&at));
    let BreakEven::At(rent) = b.ai_rate else { panic!("{b:?}") };
    let mut at = s.clone();
    at.lease.usd_per_kw_month = rent;
    assert!(advantage_usd(&at).abs() < 1e3);
    // Cash break-even power: $0.069706 revenue − $0.005 opex per kWh = $0.064706.
    assert!(close(b.mining_cash_power_usd_per_kwh, 0.064_706, 1e-4));
    // At a hashprice of $1, converting wins whatever the rent in range.
    let mut poor = s.clone();
    poor.bitcoin.hashprice_usd_per_ph_day = 1.0;
    poor.ai.conversion_capex_musd_per_mw_it = 0.0;
    assert_eq!(break_evens(&poor).unwrap().ai_rate, BreakEven::AiAheadAcrossRange);
}

#[test]
fn tornado_and_frontier_shapes() {
    let s = Scenario::default();
    let bars = tornado(&s).unwrap();
    assert_eq!(bars.len(), 12);
    assert!(bars.windows(2).all(|w| w[0].swing_usd() >= w[1].swing_usd()));
    let f = frontier(&s, 5, 4).unwrap();
    assert_eq!(f.advantage_usd.len(), 20);
    // Higher rent never lowers the advantage; higher hashprice never raises it.
    for r in 1..4 {
        for c in 0..5 {
            assert!(f.at(r, c) >= f.at(r - 1, c));
        }
    }
    for r in 0..4 {
        for c in 1..5 {
            assert!(f.at(r, c) <= f.at(r, c - 1));
        }
    }
}

#[test]
fn validation_lists_every_problem() {
    let mut s = Scenario::default();
    s.site.grid_mw = 0.0;
    s.bitcoin.hashprice_usd_per_ph_day = f64::INFINITY;
    s.gpu.utilisation_pct = f64::NAN;
    s.site.start = YearMonth { year: 2027, month: 13 };
    let err = compute(&s).unwrap_err();
    let fields: Vec<&str> = err.problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["mw", "hp", "util", "start"]);
    assert!(err.to_string().contains("mw = 0 (allowed 1 to 2000 MW)"), "{err}");
}

// ---- properties over the whole valid input space ----

fn arb_scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(0.0..=1.0f64, PARAMS.len()),
        any::<[bool; 3]>(),
        0u32..(12 * 17),
    )
        .prop_map(|(fractions, [gpu, mine, pass], start)| {
            let mut s = Scenario::default();
            for (p, f) in PARAMS.iter().zip(fractions) {
                (p.set)(&mut s, p.min + f * (p.max - p.min));
            }
            s.mode = if gpu { AiMode::GpuCloud } else { AiMode::Lease };
            s.ai.mine_until_cutover = mine;
            s.lease.power_pass_through = pass;
            s.site.start = YearMonth::MIN.plus_months(start);
            s
        })
}

fn all_finite(r: &Report) -> bool {
    let path_ok = |p: &economics::Path| {
        p.months.iter().all(|m| {
            [m.revenue_usd, m.power_usd, m.other_opex_usd, m.capex_usd, m.energy_mwh]
                .iter()
                .all(|v| v.is_finite())
        }) && p.cumulative_usd.iter().chain(&p.discounted_cumulative_usd).all(|v| v.is_finite())
            && [p.npv_usd, p.ebitda_usd_per_mw_year, p.revenue_usd_per_kwh].iter().all(|v| v.is_finite())
    };
    let k = r.per_kwh;
    path_ok(&r.mining)
        && path_ok(&r.ai)
        && r.hashprice_usd_per_ph_day.iter().all(|v| v.is_finite())
        && r.advantage_npv_usd.is_finite()
        && r.conversion_irr.map_or(true, f64::is_finite)
        && [k.mining_grid_usd, k.lease_grid_usd, k.gpu_grid_usd, k.lease_multiple(), k.gpu_multiple()]
            .iter()
            .all(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn valid_input_gives_finite_output(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        prop_assert!(all_finite(&r));
        prop_assert_eq!(r.mining.months.len(), s.months());
    }

    #[test]
    fn mining_profit_never_rises_with_power_price(s in arb_scenario(), bump in 0.0..0.2f64) {
        let mut dearer = s.clone();
        dearer.mining.power_usd_per_kwh = (s.mining.power_usd_per_kwh + bump).min(0.5);
        let (a, b) = (compute(&s).unwrap(), compute(&dearer).unwrap());
        for (cheap, dear) in a.mining.months.iter().zip(&b.mining.months) {
            prop_assert!(dear.net_cash_usd() <= cheap.net_cash_usd() + 1e-6);
        }
        prop_assert!(b.mining.npv_usd <= a.mining.npv_usd + 1e-6);
    }

    #[test]
    fn mining_revenue_never_falls_with_hashprice(s in arb_scenario(), bump in 0.0..100.0f64) {
        let mut richer = s.clone();
        richer.bitcoin.hashprice_usd_per_ph_day = (s.bitcoin.hashprice_usd_per_ph_day + bump).min(500.0);
        let (a, b) = (compute(&s).unwrap(), compute(&richer).unwrap());
        for (poor, rich) in a.mining.months.iter().zip(&b.mining.months) {
            prop_assert!(rich.revenue_usd >= poor.revenue_usd - 1e-6);
        }
    }

    #[test]
    fn ai_npv_never_falls_with_lease_rate(s in arb_scenario(), bump in 0.0..200.0f64) {
        let mut s = s;
        s.mode = AiMode::Lease;
        let mut dearer = s.clone();
        dearer.lease.usd_per_kw_month = (s.lease.usd_per_kw_month + bump).min(400.0);
        prop_assert!(compute(&dearer).unwrap().ai.npv_usd >= compute(&s).unwrap().ai.npv_usd - 1e-6);
    }

    #[test]
    fn npv_oracles_on_the_conversion_flows(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
        let sum: f64 = diff.iter().sum();
        prop_assert!((npv(0.0, &diff) - sum).abs() <= 1e-9 * diff.iter().map(|x| x.abs()).sum::<f64>() + 1e-6);
        prop_assert_eq!(irr(&diff).is_ok(), r.conversion_irr.is_ok());
        if let Ok(monthly) = irr(&diff) {
            // Zero relative to the same flows' absolute values discounted at that rate.
            let magnitudes: Vec<f64> = diff.iter().map(|x| x.abs()).collect();
            let scale = npv(monthly, &magnitudes);
            prop_assert!(npv(monthly, &diff).abs() <= 1e-6 * scale, "npv at irr {}", npv(monthly, &diff));
        }
    }

    #[test]
    fn validation_rejects_every_out_of_range_field(index in 0..PARAMS.len(), how in 0..3u8, by in 1e-6..1e6f64) {
        let p = &PARAMS[index];
        let mut s = Scenario::default();
        let bad = match how { 0 => p.min - by, 1 => p.max + by, _ => f64::NAN };
        (p.set)(&mut s, bad);
        let err = s.validate().unwrap_err();
        prop_assert_eq!(err.problems.len(), 1);
        prop_assert_eq!(err.problems[0].field.as_str(), p.key);
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
}

#[test]
fn annual_sums_whole_years_only() {
    let mut s = Scenario::default();
    s.bitcoin.hashprice_usd_per_ph_day = 60.0;
    let r = compute(&s).unwrap();
    // 15 + 144 = 159 months: 13 whole years, the last 3 months left out.
    let years = r.mining.annual();
    assert_eq!(years.len(), 13);
    let first_156: f64 = r.mining.months[..156].iter().map(|m| m.revenue_usd).sum();
    let summed: f64 = years.iter().map(|y| y.revenue_usd).sum();
    assert!(close(summed, first_156, 1e-12));
    assert!(close(years[0].revenue_usd, r.mining.months[..12].iter().map(|m| m.revenue_usd).sum(), 1e-12));
}
