//! The charts of the analyses: revenue per kWh, the tornado, the break-even map and the fan of
//! simulated paths; each chart's takeaway and data table.

use economics::analysis::{BreakEven, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::{AiMode, Report, Scenario};

use crate::format::{is_money, money, multiple, number, quantity, to_local, unit};

/// The per-kWh chart's takeaway.
pub fn takeaway_per_kwh(r: &Report) -> String {
    let k = r.per_kwh;
    format!(
        "Per kWh of capacity, in the first full year of AI operation, a lease earns {} mining's revenue and a GPU cloud {}; the “up to 25×” headline is a GPU-cloud figure, before GPU capex.",
        multiple(k.lease_multiple()),
        multiple(k.gpu_multiple())
    )
}

/// The per-kWh chart's data table.
pub fn table_per_kwh(r: &Report) -> Vec<Vec<String>> {
    let k = r.per_kwh;
    vec![
        vec!["Business".into(), unit("$ per kWh of grid capacity"), unit("$ per kWh of IT capacity"), "× mining".into()],
        vec!["Mining".into(), number(to_local(k.mining_grid_usd), 4), number(to_local(k.mining_it_usd), 4), "1×".into()],
        vec!["AI lease".into(), number(to_local(k.lease_grid_usd), 4), number(to_local(k.lease_it_usd), 4), multiple(k.lease_multiple())],
        vec!["GPU cloud".into(), number(to_local(k.gpu_grid_usd), 4), number(to_local(k.gpu_it_usd), 4), multiple(k.gpu_multiple())],
    ]
}

/// The tornado's takeaway: the input that moves the answer most, and how many inputs the chart
/// leaves out for having no effect (the same count the chart prints).
pub fn takeaway_tornado(t: &[TornadoBar]) -> String {
    let left_out = crate::charts::left_out_note(t).map_or_else(String::new, |note| format!(" {note} of the chart."));
    match t.first() {
        None => String::new(),
        Some(b) if crate::charts::no_effect(b) => format!("None of these inputs moves the answer.{left_out}"),
        Some(b) => format!(
            "{} moves the answer most: from {} to {} as it goes from {} to {}.{left_out}",
            b.label,
            money(b.low_advantage_usd),
            money(b.high_advantage_usd),
            quantity(b.low_value, 2, &b.unit),
            quantity(b.high_value, 2, &b.unit),
        ),
    }
}

/// The tornado's data table.
pub fn table_tornado(t: &[TornadoBar]) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Input".into(), "Low".into(), "AI − mining at low".into(), "High".into(), "AI − mining at high".into()]];
    for b in t {
        // Two decimals finer than the input's step: a power price's ±25% is 0.03375–0.05625.
        let d = economics::params::Param::by_key(&b.key).map_or(2, |p| p.decimals() + 2);
        let shown = |v: f64| crate::format::trimmed(if is_money(&b.unit) { to_local(v) } else { v }, d);
        rows.push(vec![
            format!("{} ({})", b.label, unit(&b.unit)),
            shown(b.low_value),
            money(b.low_advantage_usd),
            shown(b.high_value),
            money(b.high_advantage_usd),
        ]);
    }
    rows
}

/// The break-even map's takeaway: the AI rate at which converting beats mining, at today's value
/// of the input across (`x_key`: conversion capex or hashprice).
pub fn takeaway_frontier(s: &Scenario, b: &BreakEvens, x_key: &str) -> String {
    let unit = if s.mode == AiMode::Lease { "/kW-month" } else { "/GPU-hour" };
    let at = match economics::params::Param::by_key(x_key) {
        Some(p) => format!("At today's {} ({})", p.label.to_lowercase(), quantity((p.get)(s), p.decimals(), p.unit)),
        None => "Here".into(),
    };
    match b.ai_rate {
        BreakEven::At(rate) => format!("{at}, converting beats mining above {}{unit}.", crate::format::price(rate, 2)),
        BreakEven::AiAheadAcrossRange => format!("{at}, converting beats mining at any rate in range."),
        BreakEven::MiningAheadAcrossRange => format!("{at}, mining beats converting at any rate in range."),
    }
}

/// The break-even map's data table, every fifth row and column (and the last).
pub fn table_frontier(f: &Frontier) -> Vec<Vec<String>> {
    use economics::params::Param;
    let every = |n: usize| -> Vec<usize> {
        let mut v: Vec<usize> = (0..n).step_by(5).collect();
        if n > 0 && v.last() != Some(&(n - 1)) {
            v.push(n - 1);
        }
        v
    };
    let show = |key: &str, v: f64| match Param::by_key(key) {
        Some(p) => quantity(v, p.decimals().min(2), p.unit),
        None => number(v, 2),
    };
    fn name(key: &str) -> String {
        Param::by_key(key).map_or_else(|| key.to_string(), |p| p.label.to_string())
    }
    let cols = every(f.xs.len());
    let mut head = vec![format!("{} \\ {}", name(&f.y_key), name(&f.x_key))];
    head.extend(cols.iter().map(|&c| show(&f.x_key, f.xs[c])));
    let mut rows = vec![head];
    for r in every(f.ys.len()) {
        let mut row = vec![show(&f.y_key, f.ys[r])];
        row.extend(cols.iter().map(|&c| money(f.at(r, c))));
        rows.push(row);
    }
    rows
}

/// The fan chart's takeaway: the share of paths in which the AI path wins.
pub fn takeaway_fan(mc: &MonteCarlo) -> String {
    format!(
        "In {}% of {} simulated BTC-price and hashrate paths, the AI path ends with the higher NPV — the AI side held as set: no tenant default beyond its early-exit rate, no overrun, no delay.",
        number(mc.probability_ai_ahead * 100.0, 0),
        number(mc.paths as f64, 0)
    )
}

/// The fan chart's data table.
pub fn table_fan(mc: &MonteCarlo) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining p5".into(), "Mining p50".into(), "Mining p95".into(), "AI".into()]];
    for (y, i) in (11..mc.mining_cumulative_usd.len()).step_by(12).enumerate() {
        let p = mc.mining_cumulative_usd[i];
        rows.push(vec![(y + 1).to_string(), money(p[0]), money(p[2]), money(p[4]), money(mc.ai_cumulative_usd[i])]);
    }
    rows
}
