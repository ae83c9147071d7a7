//! Sections 13 to 15: tax, the loan and what the market pays; IREN's tax and prepayment; the
//! Monte Carlo.

use economics::finance::npv;
use economics::monte_carlo::simulate;
use economics::params::Param;
use economics::presets::{Preset, PRESETS};
use economics::{compute, AiMode, Report, Scenario, YearMonth};

use super::words::*;

pub fn finance(s: &Scenario, r: &Report) {
    let gpu = Scenario { mode: AiMode::GpuCloud, ..s.clone() };
    let rg = compute(&gpu).unwrap();
    println!("\n## 13. Tax (defaults)");
    let mut plain = s.clone();
    plain.debt.loan_to_cost_pct = 0.0;
    let ra = compute(&plain).unwrap();
    println!("mining tax by year ($M): {}", tax_by_year(&ra, &ra.mining));
    println!("AI tax, no debt ($M): {}", tax_by_year(&ra, &ra.ai));
    println!("AI tax, financed ($M): {}", tax_by_year(r, &r.ai));
    let mut nobonus = plain.clone();
    nobonus.tax.bonus_pct = 0.0;
    let rn = compute(&nobonus).unwrap();
    println!(
        "bonus 100 vs 0 (no debt): mining NPV {} vs {}; AI NPV {} vs {}",
        m(ra.mining.npv_usd),
        m(rn.mining.npv_usd),
        m(ra.ai.npv_usd),
        m(rn.ai.npv_usd)
    );
    let mut nb_fin = s.clone();
    nb_fin.tax.bonus_pct = 0.0;
    let rnf = compute(&nb_fin).unwrap();
    println!(
        "  financed AI NPV {} vs {}",
        m(r.ai.npv_usd),
        m(rnf.ai.npv_usd)
    );
    for p in PRESETS.iter().skip(1) {
        let sc = p.scenario();
        let mut nb = sc.clone();
        nb.tax.bonus_pct = 0.0;
        let (with, without) = (compute(&sc).unwrap(), compute(&nb).unwrap());
        println!(
            "  {}: AI NPV with bonus / without: after tax {} / {} (bonus worth {}), financed {} / {} (bonus worth {})",
            p.id,
            m(with.by_basis.after_tax.ai_npv_usd),
            m(without.by_basis.after_tax.ai_npv_usd),
            m(with.by_basis.after_tax.ai_npv_usd - without.by_basis.after_tax.ai_npv_usd),
            m(with.by_basis.financed.ai_npv_usd),
            m(without.by_basis.financed.ai_npv_usd),
            m(with.by_basis.financed.ai_npv_usd - without.by_basis.financed.ai_npv_usd)
        );
    }
    println!(
        "advantage pre-tax {} ; after tax {} ; financed {}",
        m(r.by_basis.pre_tax.advantage_npv_usd),
        m(r.by_basis.after_tax.advantage_npv_usd),
        m(r.by_basis.financed.advantage_npv_usd)
    );
    println!(
        "NPVs pre-tax mining {} AI {}; after tax mining {} AI {}; financed AI {}",
        m(r.by_basis.pre_tax.mining_npv_usd),
        m(r.by_basis.pre_tax.ai_npv_usd),
        m(r.by_basis.after_tax.mining_npv_usd),
        m(r.by_basis.after_tax.ai_npv_usd),
        m(r.by_basis.financed.ai_npv_usd)
    );
    let mut group = s.clone();
    group.tax.group_uses_losses = true;
    let rgp = compute(&group).unwrap();
    println!(
        "group=1: advantage {} (adds {}); AI NPV {}; AI tax by year ($M): {}",
        m(rgp.advantage_npv_usd),
        m(rgp.advantage_npv_usd - r.advantage_npv_usd),
        m(rgp.ai.npv_usd),
        tax_by_year(&rgp, &rgp.ai)
    );

    println!("\n## 14. Debt (defaults)");
    let dd = r.debt.as_ref().unwrap();
    println!(
        "ltc {:.2}% (sized {}); borrowed {}; capitalised interest {}; peak balance {}; repaid {}–{} ({} months)",
        dd.loan_to_cost_pct, dd.sized_to_cover, m(dd.borrowed_usd), m(dd.capitalised_interest_usd), m(dd.peak_balance_usd),
        when(r, dd.repay_from), when(r, dd.repay_until - 1), dd.repay_until - dd.repay_from
    );
    println!(
        "cover lowest {:.3}× in {}, average {:.2}×",
        dd.min_dscr,
        when(r, dd.min_dscr_month),
        dd.average_dscr
    );
    println!(
        "equity in {}; equity NPV at cost of equity {}; equity IRR quoted {:?}",
        m(dd.equity_in_usd),
        m(dd.equity_npv_at_cost_usd),
        dd.equity_irr.map(|x| (x * 1000.0).round() / 10.0)
    );
    let net: f64 = r.ai.months.iter().map(|x| x.borrowed_usd).sum::<f64>();
    println!("borrowed net of fees {}", m(net));
    let loan: Vec<f64> = r.ai.months.iter().map(|x| x.debt_cash_usd()).collect();
    let at_market = npv(r.rates.loan_market_pct / 100.0 / 12.0, &loan);
    let at_coupon = npv(s.debt.coupon_pct / 100.0 / 12.0, &loan);
    println!(
        "loan's flows to the owners: at the {}% market rate for its credit {}, at its own {}% coupon (version 3) {}",
        trim(r.rates.loan_market_pct, 4),
        m(at_market),
        trim(s.debt.coupon_pct, 4),
        m(at_coupon)
    );
    println!("adjusted present value, by scenario:");
    apv("  defaults", s);
    let mut loose = s.clone();
    loose.debt.covenant_dscr = 1.0;
    apv("  defaults at a 1.0× covenant", &loose);
    apv("  defaults, GPU cloud", &gpu);
    for p in PRESETS.iter().skip(1) {
        apv(&format!("  {}", p.id), &p.scenario());
    }
    let ru = compute(&loose).unwrap();
    let du = ru.debt.as_ref().unwrap();
    println!(
        "at a 1.0× covenant: ltc {:.2}%, borrowed {}, lowest cover {:.3}× ({}), financed advantage {}",
        du.loan_to_cost_pct, m(du.borrowed_usd), du.min_dscr, when(&ru, du.min_dscr_month), m(ru.advantage_npv_usd)
    );
    for (what, keys) in [
        (
            "ltc=50&cpn=0&dscr=1",
            vec![("ltc", 50.0), ("cpn", 0.0), ("dscr", 1.0)],
        ),
        (
            "ltc=50&cpn=10&dscr=1",
            vec![("ltc", 50.0), ("cpn", 10.0), ("dscr", 1.0)],
        ),
        ("ltc=0", vec![("ltc", 0.0)]),
    ] {
        let rr = compute(&set_keys(s, &keys)).unwrap();
        println!(
            "  ?{what}: AI NPV {}; the loan's flows at the market rate {}",
            m(rr.ai.npv_usd),
            m(rr.debt.as_ref().map_or(0.0, |d| d.loan_value_usd))
        );
    }

    println!("\n## 15. What the market pays");
    let riot = Preset::by_id("riot-amd").unwrap().scenario();
    for (name, rr) in [
        ("defaults", r.clone()),
        ("defaults, GPU cloud", rg.clone()),
        ("riot-amd", compute(&riot).unwrap()),
    ] {
        let k = rr.market;
        println!(
            "{name}: mining EBITDA {} worth {}–{}; AI EBITDA {}, converted {}–{}; conversion cost {}",
            m(k.mining_ebitda_usd),
            m(k.mining_low_usd),
            m(k.mining_high_usd),
            m(k.ai_ebitda_usd),
            m(k.converted_low_usd),
            m(k.converted_high_usd),
            m(k.conversion_cost_usd)
        );
    }

    println!("\n## IREN tax and prepayment");
    let iren = PRESETS.iter().find(|p| p.id == "iren").unwrap().scenario();
    let ri = compute(&iren).unwrap();
    println!(
        "prepaid in {}: revenue {}",
        when(&ri, 0),
        m(ri.ai.months[0].revenue_usd)
    );
    println!("AI tax, financed ($M): {}", tax_by_year(&ri, &ri.ai));
    let mut iren_plain = iren.clone();
    iren_plain.debt.loan_to_cost_pct = 0.0;
    let rip = compute(&iren_plain).unwrap();
    println!("AI tax, no debt ($M): {}", tax_by_year(&rip, &rip.ai));
    println!("mining tax ($M): {}", tax_by_year(&rip, &rip.mining));
    println!(
        "advantage before tax {}, after tax {}, financed {}; cut-over {}",
        m(ri.by_basis.pre_tax.advantage_npv_usd),
        m(ri.by_basis.after_tax.advantage_npv_usd),
        m(ri.by_basis.financed.advantage_npv_usd),
        when(&ri, ri.cutover_month)
    );
    let full = ri.cutover_month + iren.ramp_months();
    let month = &ri.ai.months[full];
    let contract_revenue = month.revenue_usd / (1.0 - iren.ai.prepaid_pct / 100.0);
    println!(
        "IREN full month: power {:.2}% and other opex {:.2}% of the contract's revenue: EBITDA margin {:.2}% (of the revenue net of the prepayment {:.2}%)",
        month.power_usd / contract_revenue * 100.0, month.other_opex_usd / contract_revenue * 100.0,
        (1.0 - (month.power_usd + month.other_opex_usd) / contract_revenue) * 100.0, month.ebitda_usd() / month.revenue_usd * 100.0
    );
    for id in ["hut8", "wulf"] {
        let sc = PRESETS.iter().find(|p| p.id == id).unwrap().scenario();
        let rr = compute(&sc).unwrap();
        let dd = rr.debt.as_ref().unwrap();
        println!(
            "{id}: repaid {}–{} ({} months); warrants/capex in month 0 {}; cover lowest {:.2}×",
            when(&rr, dd.repay_from),
            when(&rr, dd.repay_until - 1),
            dd.repay_until - dd.repay_from,
            m(rr.ai.months[0].capex_usd),
            dd.min_dscr
        );
    }

    println!(
        "\n## Version 2 (tests/fixtures/v2.tsv rows 1, 3, 6-11), pretax=1, with version 2's choices"
    );
    let fixture = include_str!("../../tests/fixtures/v2.tsv");
    let rows: Vec<&str> = fixture.lines().filter(|l| !l.starts_with('#')).collect();
    for (name, i) in [
        ("defaults", 0),
        ("defaults GPU", 2),
        ("csc", 5),
        ("wulf", 6),
        ("cifr-fs", 7),
        ("hut8", 8),
        ("cifr", 9),
        ("iren", 10),
    ] {
        let cells: Vec<&str> = rows[i].split('\t').collect();
        let mut v = Scenario::default();
        let (mut rate, mut premium) = (0.0, 0.0);
        for pair in cells[0].split('&') {
            let (k, x) = pair.split_once('=').unwrap();
            // Version 2's keys whose meaning version 4 changed (as `tests/version2.rs`).
            match k {
                "dr" => rate = x.parse().unwrap(),
                "mprem" => premium = x.parse().unwrap(),
                "tv" | "nnn" | "capr" => {}
                _ => {
                    if let Some(p) = Param::by_key(k) {
                        (p.set)(&mut v, x.parse().unwrap());
                    } else if let Some(t) = economics::params::Toggle::by_key(k) {
                        (t.set)(&mut v, x == "1");
                    } else if let Some(d) = economics::params::Dated::by_key(k) {
                        (d.set)(&mut v, YearMonth::parse(x).unwrap());
                    } else if k == "start" {
                        v.site.start = YearMonth::parse(x).unwrap();
                    } else if k == "mode" {
                        v.mode = if x == "gpu" {
                            AiMode::GpuCloud
                        } else {
                            AiMode::Lease
                        };
                    }
                }
            }
        }
        // Version 2's choices: its one AI rate for every AI cash and the site, that plus its
        // premium for mining, no commission, refit, site value or re-letting, the conversion
        // now, the contract years only, the tenant paying power.
        v.lease.commission_pct = 0.0;
        v.lease.refit_pct = 0.0;
        v.lease.downtime_months = 36.0;
        v.site.site_value_musd_per_mw = 0.0;
        v.ai.convert_in_months = 0.0;
        let f = &mut v.finance;
        f.one_rate = false;
        (
            f.backstopped_rate_pct,
            f.own_credit_rate_pct,
            f.construction_rate_pct,
            f.after_contract_rate_pct,
        ) = (rate, rate, rate, rate);
        f.mining_rate_pct = rate + premium;
        f.terminal_value = false;
        v.ai.relet_after_exit = false;
        v.lease.triple_net = false;
        v.tax.pre_tax_unlevered = true;
        let rv = compute(&v).unwrap();
        println!(
            "{name}: {} (fixture {}), mining {}, IRR {:?}, payback {:?}{}",
            m(rv.advantage_npv_usd),
            m(cells[1].parse::<f64>().unwrap()),
            m(rv.mining.npv_usd),
            rv.quotable_irr(rv.hurdle_pct())
                .map(|x| (x * 1000.0).round() / 10.0),
            rv.payback_month.map(|p| p + 1),
            if rv.hall_leased_from.is_some() {
                " (leases the hall when its GPUs wear out)"
            } else {
                ""
            }
        );
    }

    println!("\n## Monte Carlo (seed 1, 2,000 paths)");
    for (name, sc) in [("lease", s), ("GPU cloud", &gpu)] {
        let mc = simulate(sc, 2000, 1).unwrap();
        let last = mc.mining_cumulative_usd.last().unwrap();
        println!(
            "{name}: AI ahead in {:.2}% ; mining cumulative at the end p5 {} p25 {} p50 {} p75 {} p95 {}; model path {}",
            mc.probability_ai_ahead * 100.0, m(last[0]), m(last[1]), m(last[2]), m(last[3]), m(last[4]),
            m(*compute(sc).unwrap().mining.cumulative_usd.last().unwrap())
        );
    }
}
