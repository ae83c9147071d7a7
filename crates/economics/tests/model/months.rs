//! Bitcoin's hashprice and halvings, and a month of each path worked by hand.

use super::*;

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
