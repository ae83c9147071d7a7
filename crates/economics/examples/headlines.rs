//! Prints the headline figures for the defaults and every preset: before tax, after tax and
//! financed, with and without end-of-window values, and the debt's cover: the numbers quoted in
//! docs/methodology.md's "What changed in version 3".
use economics::analysis::{break_evens, BreakEven};
use economics::presets::{booked_revenue_usd, PRESETS};
use economics::{compute, AiMode, Scenario};

fn main() {
    let mut rows: Vec<(String, Scenario)> = vec![("defaults (lease)".into(), Scenario::default())];
    rows.push((
        "defaults, GPU cloud".into(),
        Scenario {
            mode: AiMode::GpuCloud,
            ..Scenario::default()
        },
    ));
    rows.extend(
        PRESETS
            .iter()
            .skip(1)
            .map(|p| (p.id.to_string(), p.scenario())),
    );
    println!("| Scenario | Before tax | After tax | Financed | Financed, end values switched | Mining NPV | IRR (equity when financed) | payback | min / avg DSCR | booked / deal |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (name, s) in &rows {
        let r = compute(s).unwrap();
        let irr = match &r.debt {
            Some(_) => r.quotable_equity_irr(s.debt.cost_of_equity_pct),
            None => r.quotable_irr(s.finance.discount_rate_pct),
        };
        let irr = irr.map_or("—".into(), |v| format!("{:.1}%", v * 100.0));
        let payback = r
            .payback_month
            .map_or("none".into(), |m| format!("month {}", m + 1));
        let cover = r.debt.as_ref().map_or("—".into(), |d| {
            format!("{:.2}× / {:.2}×", d.min_dscr, d.average_dscr)
        });
        let deal = PRESETS.iter().find(|p| p.id == name).and_then(|p| p.deal);
        let booked = deal.map_or("—".into(), |d| {
            format!("{:.4}", booked_revenue_usd(s) / d.value_usd)
        });
        let b = r.by_basis;
        println!(
            "| {name} | ${:.1}M | ${:.1}M | ${:.1}M | ${:.1}M | ${:.1}M | {irr} | {payback} | {cover} | {booked} |",
            b.pre_tax.advantage_npv_usd / 1e6, b.after_tax.advantage_npv_usd / 1e6, b.financed.advantage_npv_usd / 1e6,
            r.advantage_other_npv_usd / 1e6, r.mining.npv_usd / 1e6
        );
    }
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    let k = r.per_kwh;
    println!(
        "\nPer kWh of grid capacity, the first full AI year from {}: mining ${:.4}, lease ${:.4} ({:.2}×), GPU cloud ${:.4} ({:.2}×); 25× needs ${:.2}/GPU-hour (as of {}).",
        r.calendar[k.from_month.min(r.calendar.len() - 1)], k.mining_grid_usd, k.lease_grid_usd, k.lease_multiple(), k.gpu_grid_usd, k.gpu_multiple(),
        k.gpu_usd_per_hour_for_claim.unwrap_or(0.0), s.gpu.price_as_of
    );
    let b = break_evens(&s).unwrap();
    let be = |x: BreakEven| match x {
        BreakEven::At(v) => format!("{v:.2}"),
        other => format!("{other:?}"),
    };
    println!(
        "Break-evens: hashprice {}, rent {}, cash power price ${:.4}/kWh.",
        be(b.hashprice_usd_per_ph_day),
        be(b.ai_rate),
        b.mining_cash_power_usd_per_kwh
    );
    let yearly: Vec<String> = r
        .hashprice_usd_per_ph_day
        .iter()
        .step_by(12)
        .map(|h| format!("{h:.1}"))
        .collect();
    println!("Hashprice each January: {}", yearly.join(", "));
    let eh: Vec<String> = r
        .network_eh_s
        .iter()
        .step_by(12)
        .map(|h| format!("{h:.0}"))
        .collect();
    println!("Network EH/s each January: {}", eh.join(", "));
    println!(
        "Mining path runs {} of {} months.",
        r.mining_on.iter().filter(|x| **x).count(),
        r.mining_on.len()
    );
}
