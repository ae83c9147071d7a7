//! The charts of the analyses: revenue per kWh, the tornado, the break-even map and the fan of
//! simulated paths; each chart's takeaway and data table.

use economics::analysis::{BreakEven, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::{AiMode, Report, Scenario};

use crate::format::{is_money, money, multiple, number, quantity, to_local, unit};
use crate::language::{self, tr, tr_with};

/// The per-kWh chart's takeaway.
pub fn takeaway_per_kwh(r: &Report) -> String {
    let k = r.per_kwh;
    tr_with("takeaway-kwh", &[("lease", multiple(k.lease_multiple()).into()), ("gpu", multiple(k.gpu_multiple()).into())])
}

/// The per-kWh chart's data table.
pub fn table_per_kwh(r: &Report) -> Vec<Vec<String>> {
    let k = r.per_kwh;
    vec![
        vec![tr("col-business"), unit(&tr("col-per-kwh-grid")), unit(&tr("col-per-kwh-it")), tr("col-times-mining")],
        vec![tr("row-mining"), number(to_local(k.mining_grid_usd), 4), number(to_local(k.mining_it_usd), 4), "1×".into()],
        vec![tr("row-ai-lease"), number(to_local(k.lease_grid_usd), 4), number(to_local(k.lease_it_usd), 4), multiple(k.lease_multiple())],
        vec![tr("row-gpu-cloud"), number(to_local(k.gpu_grid_usd), 4), number(to_local(k.gpu_it_usd), 4), multiple(k.gpu_multiple())],
    ]
}

/// The tornado's takeaway: the input that moves the answer most, and how many inputs the chart
/// leaves out for having no effect (the same count the chart prints).
pub fn takeaway_tornado(t: &[TornadoBar]) -> String {
    let dead = t.iter().filter(|b| crate::charts::no_effect(b)).count();
    let left_out = (dead > 0).then(|| tr_with("tornado-left-out", &[("count", language::count(dead as f64, dead.to_string()))]));
    let said = match t.first() {
        None => return String::new(),
        Some(b) if crate::charts::no_effect(b) => tr("tornado-none"),
        Some(b) => {
            let in_words = economics::params::Param::by_key(&b.key).map_or_else(|| b.unit.clone(), language::unit);
            tr_with(
                "tornado-most",
                &[
                    ("label", language::any_label(&b.label).into()),
                    ("low", money(b.low_advantage_usd).into()),
                    ("high", money(b.high_advantage_usd).into()),
                    ("from", quantity(b.low_value, 2, &in_words).into()),
                    ("to", quantity(b.high_value, 2, &in_words).into()),
                ],
            )
        }
    };
    std::iter::once(said).chain(left_out).collect::<Vec<_>>().join(language::space())
}

/// The tornado's data table.
pub fn table_tornado(t: &[TornadoBar]) -> Vec<Vec<String>> {
    let mut rows = vec![vec![tr("col-input"), tr("col-low"), tr("col-gap-low"), tr("col-high"), tr("col-gap-high")]];
    for b in t {
        // Two decimals finer than the input's step: a power price's ±25% is 0.03375–0.05625.
        let d = economics::params::Param::by_key(&b.key).map_or(2, |p| p.decimals() + 2);
        let shown = |v: f64| crate::format::trimmed(if is_money(&b.unit) { to_local(v) } else { v }, d);
        rows.push(vec![
            format!("{} ({})", language::any_label(&b.label), unit(&economics::params::Param::by_key(&b.key).map_or_else(|| b.unit.clone(), language::unit))),
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
    let unit = tr(if s.mode == AiMode::Lease { "per-kw-month" } else { "per-gpu-hour" });
    let at = match economics::params::Param::by_key(x_key) {
        Some(p) => tr_with("map-at", &[("label", super::words::in_sentence(&language::label(p)).into()), ("value", quantity((p.get)(s), p.decimals(), &language::unit(p)).into())]),
        None => tr("map-here"),
    };
    match b.ai_rate {
        BreakEven::At(rate) => tr_with("map-above", &[("at", at.into()), ("rate", format!("{}{unit}", crate::format::price(rate, 2)).into())]),
        BreakEven::AiAheadAcrossRange => tr_with("map-ai-always", &[("at", at.into())]),
        BreakEven::MiningAheadAcrossRange => tr_with("map-mining-always", &[("at", at.into())]),
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
        Param::by_key(key).map_or_else(|| key.to_string(), language::label)
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
    tr_with("takeaway-fan", &[("share", number(mc.probability_ai_ahead * 100.0, 0).into()), ("paths", number(mc.paths as f64, 0).into())])
}

/// The fan chart's data table.
pub fn table_fan(mc: &MonteCarlo) -> Vec<Vec<String>> {
    let mut rows = vec![vec![tr("col-year"), tr("col-mining-p5"), tr("col-mining-p50"), tr("col-mining-p95"), tr("col-ai")]];
    for (y, i) in (11..mc.mining_cumulative_usd.len()).step_by(12).enumerate() {
        let p = mc.mining_cumulative_usd[i];
        rows.push(vec![(y + 1).to_string(), money(p[0]), money(p[2]), money(p[4]), money(mc.ai_cumulative_usd[i])]);
    }
    rows
}
