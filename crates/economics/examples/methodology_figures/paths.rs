//! Sections 3 to 6: mining, the AI path, the end values and revenue per kWh.

use economics::analysis::break_evens;
use economics::finance::periodic_rate;
use economics::presets::{booked_revenue_usd, PRESETS};
use economics::{compute, AiMode, Report, Scenario};

use super::words::*;

pub fn paths(s: &Scenario, r: &Report) {
    let n = r.mining.months.len();
    let c = r.cutover_month;
    println!("\n## 3. Mining");
    let it_w = s.site.grid_mw * 1e6 / s.mining.overhead_ratio;
    let ph = it_w / s.mining.fleet_j_per_th / 1000.0;
    let fleet = it_w * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th;
    println!(
        "ASIC power {:.1} MW, {:.0} PH/s, F {} (${:.3}/W)",
        it_w / 1e6,
        ph,
        m(fleet),
        fleet / it_w
    );
    let hours = 24.0 * 31.0 * s.mining.uptime_pct / 100.0;
    let mined0 =
        ph * r.hashprice_usd_per_ph_day[0] * hours / 24.0 * (1.0 - s.mining.pool_fee_pct / 100.0);
    println!(
        "check: month-0 mined revenue {} by formula, {} in the model",
        m(mined0),
        m(r.mining.months[0].revenue_usd)
    );
    let power0 = r.mining.months[0].power_usd / (r.mining.months[0].energy_mwh * 1000.0);
    let kw_per_ph = s.site.grid_mw * 1000.0 / ph;
    let cash_cost = 24.0 * kw_per_ph * (power0 + s.mining.non_power_opex_usd_per_mwh / 1000.0);
    println!(
        "cash cost Jan 2027: {kw_per_ph:.2} kW/PH/s × 24 × (${power0:.4} + ${:.3}) = ${cash_cost:.1}/PH/s/day; hashprice needed before pool fee ${:.1}",
        s.mining.non_power_opex_usd_per_mwh / 1000.0, cash_cost / (1.0 - s.mining.pool_fee_pct / 100.0)
    );
    println!(
        "mining path runs {} of {n} months: {}",
        r.mining_on.iter().filter(|x| **x).count(),
        runs(r, &r.mining_on)
    );
    let life = (s.mining.asic_life_years * 12.0) as usize;
    let age = (s.mining.fleet_age_years * 12.0) as usize;
    println!(
        "today's fleet wears out in month {} ({})",
        life - age,
        when(r, life - age)
    );
    // Model::generation_j_per_th: e × (1 − effg)^((m + a)/12), here m + a = the ASIC life.
    let gen_j = s.mining.fleet_j_per_th
        * (1.0 - s.network.efficiency_gain_pct_per_yr / 100.0f64).powf(life as f64 / 12.0);
    println!("a generation bought then: {gen_j:.2} J/TH");
    let buys: Vec<String> = r
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(r, k))
        .collect();
    println!("mining path buys in (the years after the contract counted, the default): {buys:?}");
    let mut no_tv = s.clone();
    no_tv.finance.terminal_value = false;
    let rno = compute(&no_tv).unwrap();
    let buys_no: Vec<String> = rno
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(&rno, k))
        .collect();
    println!("  with the contract years only: {buys_no:?}");
    let rtv = &r;
    let be = break_evens(s).unwrap();
    println!(
        "cash break-even power price ${:.4}/kWh ({} terms)",
        be.mining_cash_power_usd_per_kwh, s.site.power_as_of
    );

    println!("\n## 4. AI path");
    let it_mw = s.it_mw();
    let conv = it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
    println!(
        "IT {it_mw:.2} MW; conversion capex {} over {} months ({} a month)",
        m(conv),
        c - s.conversion_start(),
        m(conv / (c - s.conversion_start()) as f64)
    );
    let sale = -r.ai.months[c].capex_usd;
    let book = fleet
        * ((-(age as i64) + life as i64 - c as i64).clamp(0, life as i64) as f64 / life as f64);
    println!(
        "ASICs sold at cut-over for {} (book {}, {} of {life} months left)",
        m(sale),
        m(book),
        (life as i64 - age as i64 - c as i64).max(0)
    );
    let mut off = s.clone();
    off.ai.mine_until_cutover = false;
    off.lease.commission_pct = 0.0;
    let roff = compute(&off).unwrap();
    let sale0 = conv / (c - s.conversion_start()) as f64 - roff.ai.months[0].capex_usd;
    println!(
        "mine=0: sold in month 0 for {} (book {})",
        m(sale0),
        m(fleet * (life - age) as f64 / life as f64)
    );
    let mut off2 = s.clone();
    off2.ai.mine_until_cutover = false;
    let roff2 = compute(&off2).unwrap();
    println!(
        "advantage mine on / off: pre-tax {} / {}; after tax {} / {}; financed {} / {}",
        m(r.by_basis.pre_tax.advantage_npv_usd),
        m(roff2.by_basis.pre_tax.advantage_npv_usd),
        m(r.by_basis.after_tax.advantage_npv_usd),
        m(roff2.by_basis.after_tax.advantage_npv_usd),
        m(r.by_basis.financed.advantage_npv_usd),
        m(roff2.by_basis.financed.advantage_npv_usd)
    );
    let mut pre = s.clone();
    pre.tax.pre_tax_unlevered = true;
    let rp = compute(&pre).unwrap();
    let before: f64 = rp.mining.discounted_cumulative_usd[c - 1];
    let site_pv = s.site.site_value_musd_per_mw
        * s.site.grid_mw
        * 1e6
        * (1.0 + periodic_rate(s.finance.after_contract_rate_pct / 100.0, 12.0))
            .powi(-(n as i32 - 1));
    println!(
        "mining NPV pre-tax (pretax=1) {}, of which before cut-over {} and the site's value {} (the rest {})",
        m(rp.mining.npv_usd),
        m(before),
        m(site_pv),
        m(rp.mining.npv_usd - before - site_pv)
    );
    let booked = booked_revenue_usd(s);
    let got: f64 = r.ai.months[c..].iter().map(|x| x.revenue_usd).sum();
    let commission = r.ai.months[0].capex_usd - conv / (c - s.conversion_start()) as f64;
    println!(
        "lease: rent booked {} ; received with early exit {} ({:.1}% less); commission {}",
        m(booked),
        m(got),
        (1.0 - got / booked) * 100.0,
        m(commission)
    );
    let gpu = Scenario {
        mode: AiMode::GpuCloud,
        ..s.clone()
    };
    let rg = compute(&gpu).unwrap();
    let g_usd = it_mw * gpu.gpu.gpus_per_mw_it * gpu.gpu.capex_usd_per_gpu;
    let glife = (gpu.gpu.life_years * 12.0) as usize;
    println!(
        "GPU: fleet {} in {} tranches; generation 1 due month {} ({}); hall leased from {:?}",
        m(g_usd),
        s.ramp_months().max(1),
        c + glife,
        when(&rg, c + glife),
        rg.hall_leased_from.map(|k| when(&rg, k))
    );
    let last_revenue = rg
        .ai
        .months
        .iter()
        .rposition(|x| x.revenue_usd > 0.0)
        .unwrap();
    println!(
        "  GPU cloud's last revenue month {}",
        when(&rg, last_revenue)
    );

    println!("\n## 5. End values (lease, defaults)");
    let site = s.site.site_value_musd_per_mw * s.site.grid_mw * 1e6;
    let refit = conv * s.lease.refit_pct / 100.0;
    println!("refit {}; site {}", m(refit), m(site));
    println!(
        "model: AI end value {} (the building {} + the site), mining end value {}",
        m(rtv.ai.months[n - 1].terminal_usd),
        m(rtv.ai.months[n - 1].terminal_usd - site),
        m(rtv.mining.months[n - 1].terminal_usd)
    );
    println!(
        "advantage counting the years after the contract / the contract years only {} / {}",
        m(r.advantage_npv_usd),
        m(r.advantage_other_npv_usd)
    );
    let mut tvp = pre.clone();
    tvp.finance.terminal_value = true;
    let rtvp = compute(&tvp).unwrap();
    println!(
        "  pre-tax: AI end PV {} (the building {}), mining end PV {}",
        m(rtvp.ai.terminal_pv_usd),
        m(rtvp.ai.terminal_pv_usd - site_pv),
        m(rtvp.mining.terminal_pv_usd)
    );
    let buys_tvp: Vec<String> = rtvp
        .mining
        .months
        .iter()
        .enumerate()
        .filter(|(_, x)| x.capex_usd > 0.0)
        .map(|(k, _)| when(&rtvp, k))
        .collect();
    let miners = rtvp.mining.months[n - 1].terminal_usd
        - s.site.site_value_musd_per_mw * s.site.grid_mw * 1e6;
    println!("  pre-tax with end values, the mining path buys in {buys_tvp:?}; its end value {} = miners {} + site", m(rtvp.mining.months[n - 1].terminal_usd), m(miners));
    let d_ai = 1.0
        / (1.0 + periodic_rate(s.finance.after_contract_rate_pct / 100.0, 12.0)).powi(n as i32 - 1);
    let d_mi =
        1.0 / (1.0 + periodic_rate(s.finance.mining_rate_pct / 100.0, 12.0)).powi(n as i32 - 1);
    println!(
        "  the site's {} is worth {} at the after-contract rate, {} at the mining rate",
        m(site),
        m(site * d_ai),
        m(site * d_mi)
    );
    println!(
        "  the miners' {} at the mining rate {}",
        m(miners),
        m(miners * d_mi)
    );
    for id in ["wulf", "hut8"] {
        let sc = PRESETS.iter().find(|p| p.id == id).unwrap().scenario();
        let rt = compute(&sc).unwrap();
        println!(
            "  {id}: advantage counting the years after / the contract years only {} / {}; AI end value {}",
            m(rt.advantage_npv_usd),
            m(rt.advantage_other_npv_usd),
            m(rt.ai.months[rt.ai.months.len() - 1].terminal_usd)
        );
    }
    let gtv = Scenario {
        mode: AiMode::GpuCloud,
        ..s.clone()
    };
    let rgtv = compute(&gtv).unwrap();
    println!(
        "GPU: end value {}; advantage counting the years after / the contract years only {} / {}",
        m(rgtv.ai.months[n - 1].terminal_usd),
        m(rg.advantage_npv_usd),
        m(rg.advantage_other_npv_usd)
    );

    println!("\n## 6. Per kWh");
    let k = r.per_kwh;
    println!(
        "from {}: mining ${:.4}, lease ${:.4} ({:.2}×), GPU ${:.4} ({:.2}×), 25× at ${:.2}/GPU-hour ({} terms)",
        when(r, k.from_month), k.mining_grid_usd, k.lease_grid_usd, k.lease_multiple(), k.gpu_grid_usd, k.gpu_multiple(),
        k.gpu_usd_per_hour_for_claim.unwrap_or(0.0), s.gpu.price_as_of
    );

}
