//! Prints the headline figures for the defaults and every preset: before tax, after tax and
//! financed (the headline), with the contract years only and at one rate for everything, what
//! the market's multiples put on each path, and the debt's cover; then, at the defaults, the
//! headline moved from version 3's choices to version 4's one change at a time. These are the
//! numbers quoted in docs/methodology.md's "What changed in version 4".
use economics::analysis::{break_evens, BreakEven};
use economics::presets::{booked_revenue_usd, PRESETS};
use economics::{compute, AiMode, Scenario};

fn m(usd: f64) -> String {
    if usd < 0.0 {
        format!("−${:.1}M", -usd / 1e6)
    } else {
        format!("+${:.1}M", usd / 1e6)
    }
}

/// Version 3's choices on version 4's model: one 10% rate for the AI business (and the site),
/// 15% for mining, nothing after the contract, no re-letting, the landlord's 85% margin on a
/// triple-net lease, version 3's rent.
fn as_version_3(s: &mut Scenario) {
    let f = &mut s.finance;
    f.one_rate = false;
    (f.backstopped_rate_pct, f.own_credit_rate_pct, f.construction_rate_pct, f.after_contract_rate_pct) = (10.0, 10.0, 10.0, 10.0);
    f.mining_rate_pct = 15.0;
    f.terminal_value = false;
    s.ai.relet_after_exit = false;
    s.debt.reserve_rate_pct = 0.0;
    s.lease.usd_per_kw_month = 126.1;
}

fn main() {
    let mut rows: Vec<(String, Scenario)> = vec![("defaults (lease)".into(), Scenario::default())];
    rows.push(("defaults, GPU cloud".into(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() }));
    rows.extend(PRESETS.iter().skip(1).map(|p| (p.id.to_string(), p.scenario())));
    println!("| Scenario | Before tax | After tax | Financed (headline) | Contract years only | One rate (10%) | Mining NPV | Equity IRR | Cover lowest / average | Market: mining / converted (low–high) | booked / deal |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, s) in &rows {
        let r = compute(s).unwrap();
        let mut one = s.clone();
        one.finance.one_rate = true;
        let one = compute(&one).unwrap();
        let irr = r.debt.as_ref().and_then(|d| d.equity_irr).or_else(|| r.debt.is_none().then(|| r.quotable_irr(r.hurdle_pct())).flatten());
        let irr = irr.map_or("—".into(), |v| format!("{:.1}%", v * 100.0));
        let cover = r.debt.as_ref().map_or("—".into(), |d| format!("{:.3}× / {:.2}×", d.min_dscr, d.average_dscr));
        let deal = PRESETS.iter().find(|p| p.id == name).and_then(|p| p.deal);
        let booked = deal.map_or("—".into(), |d| format!("{:.4}", booked_revenue_usd(s) / d.value_usd));
        let (b, k) = (r.by_basis, r.market);
        println!(
            "| {name} | {} | {} | {} | {} | {} | ${:.1}M | {irr} | {cover} | ${:.0}–{:.0}M / ${:.0}–{:.0}M | {booked} |",
            m(b.pre_tax.advantage_npv_usd),
            m(b.after_tax.advantage_npv_usd),
            m(b.financed.advantage_npv_usd),
            m(r.advantage_other_npv_usd),
            m(one.advantage_npv_usd),
            r.mining.npv_usd / 1e6,
            k.mining_low_usd / 1e6,
            k.mining_high_usd / 1e6,
            k.converted_low_usd / 1e6,
            k.converted_high_usd / 1e6,
        );
    }

    println!("\nVersion 3 against version 4, the headline (financed), defaults and presets:");
    println!("| Scenario | Version 4's model with version 3's choices | Version 4 |");
    println!("|---|---|---|");
    for (name, s) in &rows {
        let mut old = s.clone();
        as_version_3(&mut old);
        if name.starts_with("defaults") {
            old.lease.usd_per_kw_month = 126.1;
        } else {
            old.lease.usd_per_kw_month = s.lease.usd_per_kw_month;
        }
        println!("| {name} | {} | {} |", m(compute(&old).unwrap().advantage_npv_usd), m(compute(s).unwrap().advantage_npv_usd));
    }

    println!("\nAt the defaults, from version 3's choices to version 4's, one change at a time (financed):");
    let mut s = Scenario::default();
    as_version_3(&mut s);
    let mut last = compute(&s).unwrap().advantage_npv_usd;
    println!("| Step | Headline | Change |");
    println!("|---|---|---|");
    let mut unlevered = s.clone();
    unlevered.debt.loan_to_cost_pct = 0.0;
    let unlevered = compute(&unlevered).unwrap();
    println!(
        "(version 3's choices after tax with no debt: {}; the loan adds {} there: its 7.19% coupon against the 10% market rate of that credit, worth {} before its tax shield)",
        m(unlevered.advantage_npv_usd),
        m(last - unlevered.advantage_npv_usd),
        m(compute(&s).unwrap().debt.map_or(0.0, |d| d.loan_value_usd))
    );
    println!("| version 3's choices | {} | |", m(last));
    let d = Scenario::default();
    let steps: Vec<(&str, Box<dyn Fn(&mut Scenario)>)> = vec![
        ("rent solved at the default 2% escalator ($135.72)", Box::new(|s: &mut Scenario| s.lease.usd_per_kw_month = 135.72)),
        ("the tenant's own credit at 7.5% (was 10%)", Box::new(|s: &mut Scenario| s.finance.own_credit_rate_pct = d.finance.own_credit_rate_pct)),
        ("7.75% while converting", Box::new(|s: &mut Scenario| s.finance.construction_rate_pct = d.finance.construction_rate_pct)),
        ("a backstopped rate of 6.192% (no backstop at the defaults)", Box::new(|s: &mut Scenario| s.finance.backstopped_rate_pct = d.finance.backstopped_rate_pct)),
        ("the site's value at 8.75% after the contract", Box::new(|s: &mut Scenario| s.finance.after_contract_rate_pct = d.finance.after_contract_rate_pct)),
        ("space left early let again", Box::new(|s: &mut Scenario| s.ai.relet_after_exit = true)),
        ("the reserve earns 4%", Box::new(|s: &mut Scenario| s.debt.reserve_rate_pct = d.debt.reserve_rate_pct)),
        ("10 years after the contract counted", Box::new(|s: &mut Scenario| s.finance.terminal_value = true)),
    ];
    for (what, step) in steps {
        step(&mut s);
        let now = compute(&s).unwrap().advantage_npv_usd;
        println!("| {what} | {} | {} |", m(now), m(now - last));
        last = now;
    }
    assert!((last - compute(&Scenario::default()).unwrap().advantage_npv_usd).abs() < 1.0, "the steps end at the defaults");

    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let k = r.per_kwh;
    println!(
        "\nPer kWh of grid capacity, the first full AI year from {}: mining ${:.4}, lease ${:.4} ({:.2}×), GPU cloud ${:.4} ({:.2}×); 25× needs ${:.2}/GPU-hour (as of {}).",
        r.calendar[k.from_month.min(r.calendar.len() - 1)],
        k.mining_grid_usd,
        k.lease_grid_usd,
        k.lease_multiple(),
        k.gpu_grid_usd,
        k.gpu_multiple(),
        k.gpu_usd_per_hour_for_claim.unwrap_or(0.0),
        s.gpu.price_as_of
    );
    let b = break_evens(&s).unwrap();
    let be = |x: BreakEven| match x {
        BreakEven::At(v) => format!("{v:.2}"),
        other => format!("{other:?}"),
    };
    println!("Break-evens: hashprice {}, rent {}, cash power price ${:.4}/kWh.", be(b.hashprice_usd_per_ph_day), be(b.ai_rate), b.mining_cash_power_usd_per_kwh);
    let yearly: Vec<String> = r.hashprice_usd_per_ph_day.iter().step_by(12).map(|h| format!("{h:.1}")).collect();
    println!("Hashprice each January: {}", yearly.join(", "));
    println!("Mining path runs {} of {} months.", r.mining_on.iter().filter(|x| **x).count(), r.mining_on.len());
}
