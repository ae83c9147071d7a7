//! Hand-worked figures and invariants of the model, against the public API only.

mod common;

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
    let r = compute(&flat_market()).unwrap();
    // Start Jan 2027: month 14 is Mar 2028, month 16 is May 2028.
    assert_eq!(r.calendar[16], ym(2028, 5));
    // (1.5625 + 0.02) / (3.125 + 0.02) = 1.5825 / 3.145 = 0.503180
    let drop = r.hashprice_usd_per_ph_day[16] / r.hashprice_usd_per_ph_day[14];
    assert!(close(drop, 0.503_180, 1e-5), "{drop}");
}

/// The June 2026 hashprice carried to a January 2029 start, with price and hashrate flat, has
/// been through the April 2028 halving: 28.68 × 1.5825 / 3.145 = $14.431.
#[test]
fn a_dated_hashprice_is_carried_through_the_halving() {
    let mut s = flat_market();
    s.site.start = ym(2029, 1);
    let r = compute(&s).unwrap();
    assert!(close(r.hashprice_usd_per_ph_day[0], 28.68 * 1.5825 / 3.145, 1e-9), "{}", r.hashprice_usd_per_ph_day[0]);
    // Version 1 applied $28.68 to any start month: a Jan 2029 start earned the pre-halving price.
    assert!(r.hashprice_usd_per_ph_day[0] < 15.0);
}

#[test]
fn mining_month_by_hand() {
    let mut s = flat_market();
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
    // The owned fleet is sunk: no capex while it lasts (2 of its 5 years used).
    assert_eq!(m.capex_usd, 0.0);
}

#[test]
fn curtailment_sells_hours_back() {
    let mut s = flat_market();
    s.bitcoin.hashprice_usd_per_ph_day = 60.0;
    s.mining.curtailed_pct = 10.0;
    s.mining.curtailment_credit_usd_per_mwh = 50.0;
    let m = compute(&s).unwrap().mining.months[0];
    // 90% of the mining hours remain: 9,982,000 × 0.9 = 8,983,800 mined; the curtailed 10% of
    // 68,448 MWh is 6,844.8 MWh × $50 = $342,240 of credits.
    assert!(close(m.revenue_usd, 8_983_800.0 + 342_240.0, 1e-9), "{}", m.revenue_usd);
    assert!(close(m.energy_mwh, 61_603.2, 1e-9));
}

#[test]
fn at_defaults_the_owned_fleet_runs_and_mining_is_worth_something() {
    let r = compute(&worked()).unwrap();
    assert!(r.mining_on[0], "the fleet idles in month 0");
    let first = r.mining.months[0];
    assert!(first.revenue_usd > first.power_usd + first.other_opex_usd);
    assert!(r.mining.npv_usd > 0.0, "mining NPV {}", r.mining.npv_usd);
}

#[test]
fn lease_month_by_hand() {
    let mut s = flat_market();
    s.ai.months_to_convert = 0.0;
    s.ai.ramp_months = 0.0;
    s.ai.conversion_capex_musd_per_mw_it = 0.0;
    s.lease.commission_pct = 0.0;
    s.ai.early_exit_pct_per_yr = 1.0;
    let r = compute(&s).unwrap();
    let m = r.ai.months[0];
    // IT: 100 MW / 1.35 = 74,074.07 kW × $150 = $11,111,111 a 30.42-day month;
    // January has 31 days: × 31 × 12 / 365 = $11,324,200.9.
    assert!(close(m.revenue_usd, 11_324_200.91, 1e-9), "{}", m.revenue_usd);
    // NOI margin 85%: opex is 15% of rent; triple-net: the tenant pays power.
    assert!(close(m.other_opex_usd, 11_324_200.91 * 0.15, 1e-9));
    assert_eq!(m.power_usd, 0.0);
    // Year 2: the 2% escalator, and 1%/yr early exit leaves 99% of the rent expected.
    assert!(close(r.ai.months[12].revenue_usd / m.revenue_usd, 1.02 * 0.99, 1e-12));
    // The miners are sold at cut-over for the lower of their straight-line value — a fleet
    // costs 95,238,095 W × $15/TH ÷ 16 J/TH = $89,285,714, and 3/5 of its life is left — and the
    // cash they would still earn: the mining path's own cash over those 36 months, discounted at
    // the mining rate (15%). After the April 2028 halving they idle, so value in use is lower.
    let monthly = 1.0 / 1.15f64.powf(1.0 / 12.0);
    let in_use: f64 = r.mining.months[..36].iter().enumerate().map(|(k, mm)| mm.ebitda_usd() * monthly.powi(k as i32)).sum();
    assert!(in_use < 89_285_714.29 * 0.6);
    assert!(close(-m.capex_usd, in_use, 1e-9), "{} vs {in_use}", m.capex_usd);
}

/// Selling the miners at cut-over is worth no more than keeping them: a fleet about to wear out
/// cannot be bought just before cut-over and sold at book value.
#[test]
fn no_buy_and_flip_before_cutover() {
    let mut s = worked();
    s.mining.fleet_age_years = 4.0; // wears out in month 12; cut-over is month 15
    s.ai.conversion_capex_musd_per_mw_it = 0.0;
    let r = compute(&s).unwrap();
    let monthly = 1.0 / 1.15f64.powf(1.0 / 12.0);
    let cutover = r.cutover_month;
    let before: f64 = r.ai.months[..=cutover]
        .iter()
        .enumerate()
        .map(|(k, m)| (m.net_cash_usd() - if k == cutover { m.ebitda_usd() } else { 0.0 }) * monthly.powi(k as i32))
        .sum();
    assert!(before <= r.mining.npv_usd + 1.0, "pre-cut-over mining on the AI path {before} > mining NPV {}", r.mining.npv_usd);
}

#[test]
fn the_tenant_pays_power_and_a_gpu_cloud_pays_firm_power() {
    let mut s = flat_market();
    s.ai.months_to_convert = 0.0;
    s.ai.ramp_months = 0.0;
    s.ai.early_exit_pct_per_yr = 0.0;
    for nnn in [false, true] {
        s.lease.triple_net = nnn;
        let m = compute(&s).unwrap().ai.months[0];
        // 100 MW × 80% load × 744 h = 59,520 MWh, drawn and paid for by the tenant.
        assert!(close(m.energy_mwh, 59_520.0, 1e-9));
        assert_eq!(m.power_usd, 0.0);
        // The landlord keeps the lease type's margin: 85% modified gross, 98.57% triple-net.
        let margin = if nnn { 6.9 / 7.0 } else { 0.85 };
        assert!(close(m.ebitda_usd(), m.revenue_usd * margin, 1e-12), "{nnn}");
    }
    s.mode = economics::AiMode::GpuCloud;
    let m = compute(&s).unwrap().ai.months[0];
    // The GPU cloud pays its own power: 59,520 MWh at $0.045 + $0.01 firm premium = $3,273,600.
    assert!(close(m.power_usd, 3_273_600.0, 1e-9), "{}", m.power_usd);
}

#[test]
fn revenue_per_kwh_is_on_capacity_and_ignores_load() {
    let s = flat_market();
    let r = compute(&s).unwrap();
    let k = r.per_kwh;
    // Over the first full year of AI operation: 15 months to convert + 6 of ramp, months 21–32
    // (Oct 2028 to Sep 2029), after the April 2028 halving.
    assert_eq!(k.from_month, 21);
    let hashprice = r.hashprice_usd_per_ph_day[21..33].iter().sum::<f64>() / 12.0;
    // Mining: 5,952.381 PH/s × hashprice × 0.98 × 92% of hours / (100,000 kW × 24 h).
    let mining = 5_952.380_95 * hashprice * 0.98 * 0.92 / 2_400_000.0;
    assert!(close(k.mining_grid_usd, mining, 1e-6), "{} vs {mining}", k.mining_grid_usd);
    // Lease: contract year 1 (months 15–26) at $150, year 2 (27–32) at $153: on average
    // $150 × (6 + 6 × 1.02) / 12 = $151.50; × 12 / 8,760 h = $0.207534 per IT kWh; / PUE 1.35
    // = $0.153729 per grid kWh.
    assert!(close(k.lease_grid_usd, 0.153_729, 1e-5), "{}", k.lease_grid_usd);
    // GPU cloud: $2.35 carried from Mar 2026 at −10%/yr, averaged over the year; 780 GPUs × 85%.
    let price = (21..33).map(|m| 2.35 * 0.9f64.powf((m as f64 + 10.0) / 12.0)).sum::<f64>() / 12.0;
    assert!(close(k.gpu_grid_usd, 780.0 * price * 0.85 / 1000.0 / 1.35, 1e-9), "{}", k.gpu_grid_usd);
    assert!(close(k.lease_multiple(), k.lease_grid_usd / mining, 1e-6));
    // 25× needs 25 × mining × 1.35 × 1,000 / (780 × 0.85) that year, carried back to Mar 2026.
    let claim = k.gpu_usd_per_hour_for_claim.unwrap();
    let want = 25.0 * mining * 1.35 * 1000.0 / (780.0 * 0.85) / (price / 2.35);
    assert!(close(claim, want, 1e-6), "{claim} vs {want}");
    for load in [10.0, 50.0, 100.0] {
        let mut emptier = s.clone();
        emptier.ai.load_pct = load;
        assert_eq!(compute(&emptier).unwrap().per_kwh, k, "load {load}");
    }
}

#[test]
fn deal_averages() {
    // value / years / 12 / kW of IT
    let want = [
        ("csc", 121.53),    // 3.5e9 / 12 / 12 / 200,000
        ("wulf", 154.17),   // 3.7e9 / 10 / 12 / 200,000
        ("cifr-fs", 148.81), // 3.0e9 / 10 / 12 / 168,000
        ("hut8", 158.73),   // 7.0e9 / 15 / 12 / 245,000
        ("cifr", 101.85),   // 5.5e9 / 15 / 12 / 300,000
        ("iren", 808.33),   // 9.7e9 / 5 / 12 / 200,000
    ];
    for (id, rent) in want {
        let deal = Preset::by_id(id).unwrap().deal.unwrap();
        assert!((deal.usd_per_kw_month() - rent).abs() < 0.005, "{id}: {}", deal.usd_per_kw_month());
    }
}

/// Every deal preset books its deal's value over its term, within ±0.5% (version 1 booked
/// +10% for Core Scientific, +7.5% TeraWulf, +14% Hut 8 and Cipher).
#[test]
fn presets_book_exactly_the_deal() {
    for p in PRESETS {
        let Some(deal) = p.deal else { continue };
        let s = p.scenario();
        let booked = booked_revenue_usd(&s);
        assert!((booked / deal.value_usd - 1.0).abs() < 0.005, "{}: booked {booked} for {}", p.id, deal.value_usd);
        // The IT capacity is the deal's, the grid power rounded to the watt.
        assert!(close(s.it_mw(), deal.mw_it, 1e-8), "{}: {} MW of IT", p.id, s.it_mw());
        if p.mode == AiMode::Lease {
            // An escalating rent starts below the deal's average.
            assert!(s.lease.usd_per_kw_month < deal.usd_per_kw_month(), "{}", p.id);
        }
    }
    // Grid power where the deal states it: TeraWulf 250 MW for 200 MW of IT.
    let wulf = Preset::by_id("wulf").unwrap().scenario();
    assert!(close(wulf.site.grid_mw, 250.0, 1e-9) && close(wulf.ai.pue, 1.25, 1e-9));
}

#[test]
fn every_preset_is_valid_and_says_where_each_value_comes_from() {
    for p in PRESETS {
        let s = p.scenario();
        assert!(s.validate().is_ok(), "{}: {:?}", p.id, s.validate());
        assert_eq!(s.mode, p.mode);
        for (key, value, origin) in p.fields {
            let param = economics::params::Param::by_key(key);
            let known = param.is_some() || economics::params::Toggle::by_key(key).is_some();
            assert!(known, "{}: {key}", p.id);
            let text = match origin {
                Origin::Deal(t) | Origin::Assumed(t) => t,
            };
            assert!(!text.is_empty());
            // A value the deal states is the value the scenario carries.
            if let (Some(v), Some(param)) = (value, param) {
                assert_eq!((param.get)(&s), *v, "{}: {key}", p.id);
            }
        }
        // A deal's preset is recognised as that deal's terms; today's market is not a deal.
        if p.deal.is_some() {
            assert_eq!(Preset::matching(&s).map(|m| m.id), Some(p.id));
        }
        assert!(!p.as_of.is_empty() && !p.sources.is_empty());
    }
    let hut8 = Preset::by_id("hut8").unwrap();
    assert!(matches!(hut8.origin("nnn"), Some(Origin::Deal(_))));
    assert!(matches!(Preset::by_id("cifr").unwrap().origin("mw"), Some(Origin::Assumed(_))));
    assert!(Preset::matching(&Scenario::default()).is_none());
    // A solved rate is kept to two decimals finer than its step (a link reads rent=110.3836); a
    // link written with the division's seventeen digits still names its deal, another rent does not.
    let mut csc = Preset::by_id("csc").unwrap().scenario();
    assert_eq!(csc.lease.usd_per_kw_month, 110.3836);
    csc.lease.usd_per_kw_month = 110.38358802763497;
    assert_eq!(Preset::matching(&csc).map(|m| m.id), Some("csc"));
    csc.lease.usd_per_kw_month = 110.39;
    assert!(Preset::matching(&csc).is_none());
    // The backstops cover only what the sources say: $1.8B of TeraWulf's $3.7B, $1.4B of
    // Cipher's $3.0B; the warrants are booked at their value when the deals were announced (the
    // share price less TeraWulf's $0.01 strike; no strike is given for Cipher's).
    let wulf = Preset::by_id("wulf").unwrap().scenario();
    assert!(close(wulf.ai.backstopped_pct, 1.8 / 3.7 * 100.0, 1e-3), "{}", wulf.ai.backstopped_pct);
    assert!(close(wulf.ai.warrants_musd, 41_011_803.0 * (7.50 - 0.01) / 1e6, 1e-3), "{}", wulf.ai.warrants_musd);
    let cifr = Preset::by_id("cifr-fs").unwrap().scenario();
    assert!(close(cifr.ai.backstopped_pct, 1.4 / 3.0 * 100.0, 1e-3));
    assert!(close(cifr.ai.warrants_musd, 24_178_576.0 * 12.20 / 1e6, 1e-3), "{}", cifr.ai.warrants_musd);
}

#[test]
fn a_worn_out_fleet_is_replaced_only_when_the_new_one_pays_back() {
    let mut s = flat_market();
    s.mining.fleet_age_years = 5.0; // worn out at the start
    s.bitcoin.hashprice_usd_per_ph_day = 80.0;
    let rich = compute(&s).unwrap();
    // A new fleet costs the same per watt: $89,285,714, bought in month 0.
    assert!(close(rich.mining.months[0].capex_usd, 89_285_714.29, 1e-9), "{}", rich.mining.months[0].capex_usd);
    s.bitcoin.hashprice_usd_per_ph_day = 3.0;
    // The contract years only: the dark site's own value is not counted.
    s.finance.terminal_value = false;
    let poor = compute(&s).unwrap();
    assert!(poor.mining.months.iter().all(|m| m.capex_usd == 0.0), "a fleet was bought at $3/PH/s/day");
    assert_eq!(poor.mining.npv_usd, 0.0);
}

#[test]
fn gpu_refresh_is_bought_only_when_it_pays_back() {
    let mut s = flat_market();
    s.mode = AiMode::GpuCloud;
    s.gpu.life_years = 2.0;
    s.gpu.usd_per_gpu_hour = 6.0;
    s.gpu.price_decline_pct_per_yr = 0.0;
    let cutover = s.cutover_month();
    let refresh_at = cutover + 24;
    let rich = compute(&s).unwrap();
    let tranche = 100.0 / 1.35 * 780.0 * 25_000.0 / 6.0;
    assert!(close(rich.ai.months[refresh_at].capex_usd, tranche, 1e-9), "{}", rich.ai.months[refresh_at].capex_usd);
    assert_eq!(rich.hall_leased_from, None);
    // At a 50%/yr decline the second generation would rent for a quarter of the first's price:
    // it is not bought. The GPUs wear out a tranche a month (months 24–29 of the cloud); the
    // hall is leased instead once the last is retired and a year of re-letting has passed, at
    // the lease inputs' rent, after a refit (25% of the conversion capex).
    s.gpu.price_decline_pct_per_yr = 50.0;
    let falling = compute(&s).unwrap();
    let from = refresh_at + 5 + 12;
    assert_eq!(falling.hall_leased_from, Some(from));
    assert!(falling.ai.months[refresh_at..from].iter().all(|m| m.capex_usd == 0.0));
    assert!(falling.ai.months[cutover + 30..from].iter().all(|m| m.revenue_usd == 0.0));
    assert!(close(falling.ai.months[from].capex_usd, 100.0 / 1.35 * 9e6 * 0.25, 1e-9), "{}", falling.ai.months[from].capex_usd);
    let rent = 100.0 / 1.35 * 1000.0 * 150.0 * falling.calendar[from].days() as f64 * 12.0 / 365.0;
    assert!(falling.ai.months[from].revenue_usd > 0.9 * rent && falling.ai.months[from].revenue_usd <= rent, "{}", falling.ai.months[from].revenue_usd);
    // A lease that earns nothing is not worth its refit: the hall stays idle.
    s.lease.noi_margin_pct = 0.0;
    let idle = compute(&s).unwrap();
    assert_eq!(idle.hall_leased_from, None);
    assert!(idle.ai.months[cutover + 30..].iter().all(|m| m.revenue_usd == 0.0));
}

#[test]
fn gpus_with_a_life_shorter_than_the_ramp_still_fill_the_site() {
    let mut s = flat_market();
    s.mode = AiMode::GpuCloud;
    s.gpu.life_years = 1.0; // 12 months, against a 24-month ramp
    s.ai.ramp_months = 24.0;
    s.gpu.usd_per_gpu_hour = 8.0;
    s.gpu.price_decline_pct_per_yr = 0.0;
    s.gpu.capex_usd_per_gpu = 1_000.0;
    s.ai.early_exit_pct_per_yr = 0.0;
    let r = compute(&s).unwrap();
    let c = s.cutover_month();
    // Full capacity from the end of the ramp: 74.07 MW × 780 GPUs × 24 h × days × 85% × $8.
    // (Version 1 bought too few GPUs when a life was shorter than the ramp.)
    for m in c + 24..c + 36 {
        let days = r.calendar[m].days() as f64;
        let full = 100.0 / 1.35 * 780.0 * 24.0 * days * 0.85 * 8.0;
        assert!(close(r.ai.months[m].revenue_usd, full, 1e-9), "month {m}: {}", r.ai.months[m].revenue_usd);
    }
}

/// Before tax the converted path is the site weighted by the share converted. (After tax it is
/// not: the company pays one tax on the whole site's income, with one carry of losses.)
#[test]
fn partial_conversion_is_the_weighted_site() {
    let mut s = worked();
    s.tax.pre_tax_unlevered = true;
    let whole = compute(&s).unwrap();
    s.ai.share_converted_pct = 40.0;
    let part = compute(&s).unwrap();
    let want = 0.4 * whole.ai.npv_usd + 0.6 * whole.mining.npv_usd;
    assert!(close(part.ai.npv_usd, want, 1e-9), "{} vs {want}", part.ai.npv_usd);
    assert_eq!(part.mining, whole.mining);
}

/// The lease's exit value: last year's NOI over the cap rate, less the refit, less the rent lost
/// re-letting when the tenant does not renew; never below the site's own value, which the mining
/// path is credited too.
#[test]
fn the_years_after_the_contract_by_hand() {
    let mut s = worked();
    s.finance.terminal_value = true;
    let r = compute(&s).unwrap();
    let n = r.ai.months.len();
    // Ten years after the contract at the market rent ($150, escalating 2% a year from the
    // contract's end), let half the time by the tenant renewing and from the 13th month in any
    // case, at the 85% margin, at 8.75% a year; less a refit of 25% of the conversion
    // (74.074 MW × $9M = $666.67M) and what holding the site for ten years costs.
    let it_kw = 100.0 / 1.35 * 1000.0;
    let v = 1.0875f64.powf(-1.0 / 12.0);
    let mut rent = 0.0;
    for k in 0..120 {
        let let_share = if k >= 12 { 1.0 } else { 0.5 };
        rent += it_kw * 150.0 * 0.85 * 1.02f64.powi(k / 12) * let_share * v.powi(k + 1);
    }
    let site = 0.65e6 * 100.0;
    let building = rent - 0.25 * 100.0 / 1.35 * 9e6 - site * (1.0 - v.powi(120));
    assert!(building > 0.0);
    assert!(close(r.ai.months[n - 1].terminal_usd, site + building, 1e-9), "{} vs {}", r.ai.months[n - 1].terminal_usd, site + building);
    // The mining path: the site, $0.65M a MW of grid, and its miners' value (no more than a
    // fleet costs: 95,238,095 W × $15/TH ÷ 16 J/TH = $89.3M).
    let miners = r.mining.months[n - 1].terminal_usd - site;
    assert!((0.0..=89_285_714.3).contains(&miners), "{miners}");
    // A building worth less than the refit and the site's holding cost is given up: the site alone.
    s.lease.refit_pct = 100.0;
    s.lease.years_after_contract = 1.0;
    let low = compute(&s).unwrap();
    assert!(close(low.ai.months[n - 1].terminal_usd, site, 1e-9));
    // Each run reports the other's headline.
    let mut off = worked();
    off.finance.terminal_value = false;
    let off = compute(&off).unwrap();
    assert!(close(r.advantage_npv_usd, off.advantage_other_npv_usd, 1e-9));
    assert!(close(off.advantage_npv_usd, r.advantage_other_npv_usd, 1e-9));
}

/// The broker's commission: 0.81% of the rent the contract books (no early exit), paid when the
/// conversion starts.
#[test]
fn leasing_commission_by_hand() {
    let mut s = worked();
    s.lease.commission_pct = 0.81;
    s.ai.months_to_convert = 0.0;
    s.ai.conversion_capex_musd_per_mw_it = 0.0;
    s.ai.mine_until_cutover = false;
    let with = compute(&s).unwrap();
    s.lease.commission_pct = 0.0;
    let without = compute(&s).unwrap();
    let booked = economics::presets::booked_revenue_usd(&s);
    let paid = with.ai.months[0].capex_usd - without.ai.months[0].capex_usd;
    assert!(close(paid, 0.0081 * booked, 1e-9), "{paid} vs {}", 0.0081 * booked);
}

#[test]
fn mining_cash_is_discounted_at_the_mining_rate() {
    let mut s = worked();
    s.debt.loan_to_cost_pct = 0.0;
    s.finance.one_rate = true;
    s.finance.discount_rate_pct = 10.0;
    let r = compute(&s).unwrap();
    for path in [&r.mining, &r.ai] {
        let flows = path.net_cash_usd();
        assert!(close(npv(0.0, &flows), *path.cumulative_usd.last().unwrap(), 1e-9));
        assert!(close(npv(periodic_rate(0.10, 12.0), &flows), path.npv_usd, 1e-9));
    }
    // Each risk at its rate: the mining path (the contract years only, so no site value at the
    // after-contract rate) at the mining rate.
    s.finance.one_rate = false;
    s.finance.terminal_value = false;
    s.finance.mining_rate_pct = 15.0;
    let riskier = compute(&s).unwrap();
    let flows = riskier.mining.net_cash_usd();
    assert!(close(npv(periodic_rate(0.15, 12.0), &flows), riskier.mining.npv_usd, 1e-9));
}

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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn valid_input_gives_finite_output(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        prop_assert!(all_finite(&r));
        prop_assert_eq!(r.mining.months.len(), s.months());
        assert_consistent(&r);
    }

    /// Owned machines can always idle and no purchase is made that does not pay back.
    #[test]
    fn mining_is_never_worth_less_than_nothing(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        prop_assert!(r.mining.npv_usd >= -1e-6 * r.mining.months.len() as f64, "mining NPV {}", r.mining.npv_usd);
    }

    /// Dearer power never makes either path worth more before tax (exactly), nor after tax by
    /// more than a thousandth: the fleet's purchases are planned on an estimate of their tax (at
    /// the marginal rate), not on the whole tax ledger, so after tax a plan can be a hair from the
    /// best, and a dearer plan a hair better. With debt, the AI path is held to it unlevered
    /// only, since a sculpted loan's reserve follows the cash (less cash, a smaller reserve).
    #[test]
    fn npv_never_rises_with_power_price(s in arb_scenario(), bump in 0.0..0.2f64) {
        let mut s = s;
        for levered in [true, false] {
            if !levered {
                s.debt.loan_to_cost_pct = 0.0;
            }
            let mut dearer = s.clone();
            dearer.site.power_usd_per_kwh = (s.site.power_usd_per_kwh + bump).min(0.3);
            let (a, b) = (compute(&s).unwrap(), compute(&dearer).unwrap());
            let exact = 1e-9 * a.mining.npv_usd.abs().max(a.ai.npv_usd.abs()).max(1.0);
            let (pa, pb) = (a.by_basis.pre_tax, b.by_basis.pre_tax);
            prop_assert!(pb.mining_npv_usd <= pa.mining_npv_usd + exact, "mining before tax {} > {}", pb.mining_npv_usd, pa.mining_npv_usd);
            let planned = 1e-3 * a.mining.npv_usd.abs().max(a.ai.npv_usd.abs()).max(1.0);
            prop_assert!(b.mining.npv_usd <= a.mining.npv_usd + planned, "mining {} > {}", b.mining.npv_usd, a.mining.npv_usd);
            if !levered {
                prop_assert!(pb.ai_npv_usd <= pa.ai_npv_usd + exact, "ai before tax {} > {}", pb.ai_npv_usd, pa.ai_npv_usd);
                prop_assert!(b.ai.npv_usd <= a.ai.npv_usd + planned, "ai {} > {}", b.ai.npv_usd, a.ai.npv_usd);
            }
        }
    }

    #[test]
    fn mining_revenue_never_falls_with_hashprice(s in arb_scenario(), bump in 0.0..100.0f64) {
        let mut richer = s.clone();
        richer.bitcoin.hashprice_usd_per_ph_day = (s.bitcoin.hashprice_usd_per_ph_day + bump).min(500.0);
        let (a, b) = (compute(&s).unwrap(), compute(&richer).unwrap());
        for (poor, rich) in a.hashprice_usd_per_ph_day.iter().zip(&b.hashprice_usd_per_ph_day) {
            prop_assert!(*rich >= *poor * (1.0 - 1e-12), "{rich} < {poor}");
        }
        prop_assert!(b.mining.npv_usd >= a.mining.npv_usd - 1e-9 * a.mining.npv_usd.abs().max(1.0));
    }

    /// A higher rent never lowers the AI path's value — unlevered (see the power-price
    /// property), with no commission and nothing paid in advance: a commission on the rent
    /// booked is a cost that grows with the rent, and rent paid in advance is taxed before it is
    /// earned (the year after it is received), both of which a lease with almost no margin never
    /// earns back.
    #[test]
    fn npv_never_falls_with_lease_rate(s in arb_scenario(), bump in 0.0..200.0f64) {
        let mut s = s;
        s.mode = AiMode::Lease;
        s.debt.loan_to_cost_pct = 0.0;
        s.lease.commission_pct = 0.0;
        s.ai.prepaid_pct = 0.0;
        let mut dearer = s.clone();
        dearer.lease.usd_per_kw_month = (s.lease.usd_per_kw_month + bump).min(400.0);
        let (low, high) = (compute(&s).unwrap().ai.npv_usd, compute(&dearer).unwrap().ai.npv_usd);
        prop_assert!(high >= low - 1e-9 * low.abs().max(1.0), "{high} < {low}");
    }

    /// With the network responding, hashprice stays within its documented bounds: positive and
    /// below $2,000 per PH/s per day for every valid input.
    #[test]
    fn hashprice_stays_bounded(s in arb_scenario()) {
        let mut s = s;
        s.network.responds = true;
        let r = compute(&s).unwrap();
        prop_assert!(r.hashprice_usd_per_ph_day.iter().all(|h| *h > 0.0 && *h < 2000.0));
    }

    /// The figure with end values the other way equals a run with the switch flipped, whether it
    /// came from that run or from the end values alone (when no purchase decision depends on them).
    #[test]
    fn the_other_headline_is_the_flipped_run(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        let mut flipped = s.clone();
        flipped.finance.terminal_value = !s.finance.terminal_value;
        let want = compute(&flipped).unwrap().advantage_npv_usd;
        // The advantage is a difference of the paths' values: its rounding is theirs.
        let scale = want.abs().max(r.mining.npv_usd.abs()).max(r.ai.npv_usd.abs()).max(1.0);
        prop_assert!((r.advantage_other_npv_usd - want).abs() <= 1e-9 * scale, "{} vs {want}", r.advantage_other_npv_usd);
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
        let mut s = worked();
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
