//! Prints the headline figures of the default scenario and each preset.
use economics::{analysis, compute, presets::PRESETS};

fn main() {
    for p in PRESETS {
        let s = p.scenario();
        let r = compute(&s).expect("presets are valid");
        let b = analysis::break_evens(&s).expect("valid");
        println!(
            "{:40} mining NPV {:>8.1} $M  AI NPV {:>8.1} $M  advantage {:>8.1} $M  IRR {:?} payback {:?}  per kWh mining {:.4} lease {:.4} ({:.1}x) gpu {:.3} ({:.1}x)  BE hp {:?} rate {:?} power {:.4}/{:.4}",
            p.name, r.mining.npv_usd / 1e6, r.ai.npv_usd / 1e6, r.advantage_npv_usd / 1e6,
            r.conversion_irr, r.payback_month, r.per_kwh.mining_grid_usd, r.per_kwh.lease_grid_usd,
            r.per_kwh.lease_multiple(), r.per_kwh.gpu_grid_usd, r.per_kwh.gpu_multiple(),
            b.hashprice_usd_per_ph_day, b.ai_rate, b.mining_cash_power_usd_per_kwh, b.mining_all_in_power_usd_per_kwh
        );
    }
    let s = economics::Scenario::default();
    let r = compute(&s).unwrap();
    let on = r.mining_on.iter().filter(|x| **x).count();
    println!("mining months on: {on}/{}; hashprice m0 {:.2} m15 {:.2} m16 {:.2} m17 {:.2}", r.mining_on.len(), r.hashprice_usd_per_ph_day[0], r.hashprice_usd_per_ph_day[15], r.hashprice_usd_per_ph_day[16], r.hashprice_usd_per_ph_day[17]);
    for y in r.mining.annual().iter().take(3) { println!("{y:?}"); }
    let t = analysis::tornado(&s).unwrap();
    for b in t.iter().take(4) { println!("{} {:.1} {:.1}", b.key, b.low_advantage_usd/1e6, b.high_advantage_usd/1e6); }
}
