//! Every sentence and data table the page prints: the headline's sentences, the compact
//! summary's and the input sections' counts, and each chart's takeaway and table, written from
//! the Report and the analyses alone so that no sentence can disagree with a figure beside it; a
//! native test checks them over a grid of scenarios.

use economics::analysis::{BreakEven, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::MonteCarlo;
use economics::{AiMode, Report, Scenario};

use crate::format::{is_money, money, month, months, multiple, number, quantity, to_local, unit};

/// What converting leads to, as the verdict names it.
fn business(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "leasing it to an AI tenant",
        AiMode::GpuCloud => "running a GPU cloud on it",
    }
}

/// "converting ahead by $X" or "mining ahead by $X".
fn ahead(advantage_usd: f64) -> String {
    if advantage_usd >= 0.0 {
        format!("converting ahead by {}", money(advantage_usd))
    } else {
        format!("mining ahead by {}", money(-advantage_usd))
    }
}

/// The verdict: which path is worth more and by how much, and the same with end-of-window
/// values counted the other way.
pub fn verdict(s: &Scenario, r: &Report) -> String {
    let contract = number(s.site.horizon_years, if s.site.horizon_years.fract() == 0.0 { 0 } else { 2 });
    let site = format!("this {} MW site", number(s.site.grid_mw, 0));
    let share = if s.ai.share_converted_pct < 100.0 {
        format!(" ({}% of it, the rest mining on)", number(s.ai.share_converted_pct, 0))
    } else {
        String::new()
    };
    let head = if r.advantage_npv_usd >= 0.0 {
        format!(
            "Over a {contract}-year contract from {}, {}{share} is worth {} more than mining {site}",
            month(s.site.start), business(s.mode), money(r.advantage_npv_usd)
        )
    } else {
        format!(
            "Over a {contract}-year contract from {}, mining {site} is worth {} more than {}{share}",
            month(s.site.start), money(-r.advantage_npv_usd), business(s.mode)
        )
    };
    let other = if s.finance.terminal_value {
        format!(
            ", counting what the site and its equipment are worth at the end. Without those end values: {}.",
            ahead(r.advantage_other_npv_usd)
        )
    } else {
        let exit = match s.mode {
            AiMode::Lease => format!("the lease's exit value at a {}% cap rate", number(s.lease.exit_cap_rate_pct, 1)),
            AiMode::GpuCloud => "the GPUs' residual value".to_string(),
        };
        format!(
            ", on cash within the window. Counting end values ({exit}, the ASICs' residual value): {}.",
            ahead(r.advantage_other_npv_usd)
        )
    };
    format!("{head}{other}")
}

/// The revenue-per-kWh sentence, and exactly when the "up to 25×" claim would hold.
pub fn per_kwh(s: &Scenario, r: &Report) -> String {
    let k = r.per_kwh;
    let claim = match k.gpu_usd_per_hour_for_claim {
        Some(price) => format!(
            "a GPU cloud reaches it at {}/GPU-hour or more (price as of {}, {}% utilisation, {} GPUs per MW of IT)",
            crate::format::price(price, 2),
            month(s.gpu.price_as_of),
            number(s.gpu.utilisation_pct, 0),
            number(s.gpu.gpus_per_mw_it, 0)
        ),
        None => "a GPU cloud selling no GPU-hours never reaches it".to_string(),
    };
    let m = match s.mode {
        AiMode::Lease => k.lease_multiple(),
        AiMode::GpuCloud => k.gpu_multiple(),
    };
    let holds = if m >= economics::model::CLAIMED_MULTIPLE {
        "the “up to 25×” claim holds here"
    } else {
        "not 25×"
    };
    format!(
        "Per kWh of grid capacity, AI takes in {} mining's gross revenue, before any capex — {holds}; {claim}.",
        multiple(m)
    )
}

/// Why no IRR is quoted beside a converting advantage, read from the shape of the difference in
/// cash between the paths.
fn irr_withheld(s: &Scenario, r: &Report) -> String {
    let difference: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
    let signs: Vec<f64> = difference.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
    let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
    let why = match (changes, signs.first()) {
        (0, _) => "converting never costs more than mining in any month, so there is no outlay to earn a rate on".to_string(),
        (1, Some(first)) if *first > 0.0 => "converting gains first and costs later, so a rate of return does not describe it".to_string(),
        (1, _) => match r.conversion_irr {
            Ok(rate) => format!(
                "converting returns {}% a year on its cash, below the {}% used for contracted cash, yet comes out ahead because mining's cash is discounted at {}%",
                number(rate * 100.0, 1),
                number(s.finance.discount_rate_pct, 1),
                number(s.finance.discount_rate_pct + s.finance.mining_risk_premium_pct, 1)
            ),
            Err(_) => "no rate between −99.99% and +10,000% a month balances the difference in cash".to_string(),
        },
        _ => "the difference in cash between the paths changes sign more than once, so no single rate describes it".to_string(),
    };
    format!(" No IRR is quoted: {why}.")
}

/// Payback, IRR, the hashprice break-even and how often the miners run.
pub fn details(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    let rates = format!(
        "{}% for contracted cash, {}% for mining",
        number(s.finance.discount_rate_pct, 1),
        number(s.finance.discount_rate_pct + s.finance.mining_risk_premium_pct, 1)
    );
    let payback = match r.payback_month {
        Some(m) => format!("On discounted cash ({rates}), converting pays back after {}.", months(m + 1)),
        None => format!("Converting does not pay back at these discount rates ({rates})."),
    };
    let irr = match r.quotable_irr(s.finance.discount_rate_pct) {
        Some(v) => format!(" IRR of converting: {}% a year.", number(v * 100.0, 1)),
        None if r.advantage_npv_usd >= 0.0 => irr_withheld(s, r),
        None => String::new(),
    };
    let be = b.map(|b| match b.hashprice_usd_per_ph_day {
        BreakEven::At(hp) => format!(
            " Mining would need a hashprice of {}/PH/s/day (as of {}) to match.",
            crate::format::price(hp, 2),
            month(s.bitcoin.hashprice_as_of)
        ),
        BreakEven::AiAheadAcrossRange => format!(" No hashprice up to {}/PH/s/day lets mining match.", crate::format::price(500.0, 0)),
        BreakEven::MiningAheadAcrossRange => " Mining wins at any hashprice in range.".to_string(),
    });
    let on = r.mining_on.iter().filter(|&&on| on).count();
    let running = match on {
        0 => format!(" The miners never cover their power and running costs here, so they stay off and mining is worth {}.", money(0.0)),
        n if n < r.mining_on.len() => format!(
            " The owned miners run {n} of {} months: a month runs when its revenue covers power and other running costs.",
            r.mining_on.len()
        ),
        _ => String::new(),
    };
    format!("{payback}{irr}{}{running}", be.unwrap_or_default())
}

/// The cumulative-cash chart's takeaway: what its two lines show (cash, not discounted), and
/// whether that survives discounting.
pub fn cumulative_cash(r: &Report) -> String {
    let last = |p: &economics::Path| p.cumulative_usd.last().copied().unwrap_or(0.0);
    let end = last(&r.ai) - last(&r.mining);
    let difference: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
    let discounted = if r.advantage_npv_usd >= 0.0 {
        "Discounted, converting is still ahead."
    } else {
        "Discounted, converting does not pay back."
    };
    if end >= 0.0 {
        let when = match economics::finance::payback_period(&difference) {
            Some(0) | None => String::new(),
            Some(m) => format!(", for good after {}", months(m + 1)),
        };
        format!("In cash, not discounted, the AI path ends {} ahead of mining{when}. {discounted}", money(end))
    } else {
        format!("In cash, not discounted, mining ends {} ahead of the AI path. {discounted}", money(-end))
    }
}

/// The cumulative-cash chart's data table: one row a year.
pub fn table_cumulative(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec!["Year".into(), "Mining, cumulative".into(), "AI, cumulative".into()]];
    for (y, i) in (11..r.mining.cumulative_usd.len()).step_by(12).enumerate() {
        rows.push(vec![(y + 1).to_string(), money(r.mining.cumulative_usd[i]), money(r.ai.cumulative_usd[i])]);
    }
    rows
}

/// The annual chart's takeaway: AI and mining EBITDA per MW in year 5 (or the last).
pub fn takeaway_annual(r: &Report, grid_mw: f64) -> String {
    let (m, a) = (r.mining.annual(), r.ai.annual());
    let y = a.len().min(m.len()).saturating_sub(1).min(4);
    format!(
        "In year {}, AI EBITDA is {} per MW against {} for mining.",
        y + 1,
        money(a.get(y).map_or(0.0, |x| x.ebitda_usd()) / grid_mw),
        money(m.get(y).map_or(0.0, |x| x.ebitda_usd()) / grid_mw)
    )
}

/// The annual chart's data table.
pub fn table_annual(r: &Report, grid_mw: f64) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        "Year".into(), "Mining revenue/MW".into(), "Mining EBITDA/MW".into(), "AI revenue/MW".into(), "AI EBITDA/MW".into(),
    ]];
    for (i, (m, a)) in r.mining.annual().iter().zip(r.ai.annual()).enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            money(m.revenue_usd / grid_mw),
            money(m.ebitda_usd() / grid_mw),
            money(a.revenue_usd / grid_mw),
            money(a.ebitda_usd() / grid_mw),
        ]);
    }
    rows
}

/// The per-kWh chart's takeaway.
pub fn takeaway_per_kwh(r: &Report) -> String {
    let k = r.per_kwh;
    format!(
        "Per kWh of capacity, a lease earns {} mining's revenue and a GPU cloud {}; the “up to 25×” headline is a GPU-cloud figure, before GPU capex.",
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

/// The break-even map's takeaway: the AI rate at which converting beats mining.
pub fn takeaway_frontier(b: &BreakEvens, mode: AiMode) -> String {
    let unit = if mode == AiMode::Lease { "/kW-month" } else { "/GPU-hour" };
    match b.ai_rate {
        BreakEven::At(rate) => format!("At this hashprice, converting beats mining above {}{unit}.", crate::format::price(rate, 2)),
        BreakEven::AiAheadAcrossRange => "At this hashprice, converting beats mining at any rate in range.".into(),
        BreakEven::MiningAheadAcrossRange => "At this hashprice, mining beats converting at any rate in range.".into(),
    }
}

/// The break-even map's data table, every fifth row and column.
pub fn table_frontier(f: &Frontier) -> Vec<Vec<String>> {
    let cols: Vec<usize> = (0..f.hashprices.len()).step_by(5).collect();
    let mut head = vec!["Rate \\ hashprice".to_string()];
    head.extend(cols.iter().map(|&c| crate::format::price(f.hashprices[c], 0)));
    let mut rows = vec![head];
    for r in (0..f.rates.len()).step_by(5) {
        let mut row = vec![number(to_local(f.rates[r]), 2)];
        row.extend(cols.iter().map(|&c| money(f.at(r, c))));
        rows.push(row);
    }
    rows
}

/// The fan chart's takeaway: the share of paths in which the AI path wins.
pub fn takeaway_fan(mc: &MonteCarlo) -> String {
    format!(
        "In {}% of {} simulated BTC-price and hashrate paths, the AI path ends with the higher NPV.",
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

/// A money change with its sign: `+$99.4M`, `−$72.0M`; no sign on what rounds to nothing.
fn signed(usd: f64) -> String {
    let text = money(usd);
    let zero = !text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if zero {
        money(0.0)
    } else if usd > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// The comparison with a pinned scenario: how the headline figures moved, then what differs in
/// the inputs (at most `max_inputs` named, the rest counted).
///
/// ```
/// let pinned = economics::Scenario::default();
/// let mut live = pinned.clone();
/// live.bitcoin.hashprice_usd_per_ph_day = 57.36;
/// let (pr, lr) = (economics::compute(&pinned).unwrap(), economics::compute(&live).unwrap());
/// let lines = view::text::comparison(&pinned, &pr, &live, &lr, 4);
/// assert!(lines[0].starts_with("AI advantage: pinned +$"));
/// assert!(lines.last().unwrap().contains("Hashprice $28.68/PH/s/day → $57.36/PH/s/day"));
/// ```
pub fn comparison(pinned: &Scenario, pr: &Report, live: &Scenario, lr: &Report, max_inputs: usize) -> Vec<String> {
    use economics::params::{PARAMS, TOGGLES};
    let figure = |name: &str, a: f64, b: f64| format!("{name}: pinned {} → now {} ({})", signed(a), signed(b), signed(b - a));
    let mut lines = vec![
        figure("AI advantage", pr.advantage_npv_usd, lr.advantage_npv_usd),
        figure("Mining NPV", pr.mining.npv_usd, lr.mining.npv_usd),
        figure("AI NPV", pr.ai.npv_usd, lr.ai.npv_usd),
    ];
    let mut changed: Vec<String> = Vec::new();
    if pinned.mode != live.mode {
        changed.push(format!("AI business {} → {}", business(pinned.mode), business(live.mode)));
    }
    if pinned.site.start != live.site.start {
        changed.push(format!("Start {} → {}", month(pinned.site.start), month(live.site.start)));
    }
    for t in TOGGLES {
        if (t.get)(pinned) != (t.get)(live) {
            let word = |on: bool| if on { "on" } else { "off" };
            changed.push(format!("{} {} → {}", t.label, word((t.get)(pinned)), word((t.get)(live))));
        }
    }
    for p in PARAMS {
        let (a, b) = ((p.get)(pinned), (p.get)(live));
        if a != b {
            let d = p.decimals();
            changed.push(format!("{} {} → {}", p.label, quantity(a, d, p.unit), quantity(b, d, p.unit)));
        }
    }
    let more = changed.len().saturating_sub(max_inputs);
    changed.truncate(max_inputs);
    if more > 0 {
        changed.push(format!("and {more} more"));
    }
    lines.push(if changed.is_empty() { "No input differs.".into() } else { format!("Changed: {}.", changed.join("; ")) });
    lines
}

/// The key inputs of the printed fact sheet: label, value as a reader says it, and where the
/// value comes from: its source and date, or that the reader set it (with the default's source).
pub fn key_inputs(s: &Scenario) -> Vec<[String; 3]> {
    use economics::params::Param;
    let d = Scenario::default();
    let rate = if s.mode == AiMode::Lease { "rent" } else { "gph" };
    let mut rows = vec![[
        "Start".to_string(),
        month(s.site.start),
        if s.site.start == d.site.start { "Default".into() } else { "Set by the reader".into() },
    ]];
    for key in ["mw", "pwr", "hp", rate, "cap", "yrs", "dr", "mprem"] {
        let Some(p) = Param::by_key(key) else { continue };
        let (v, default) = ((p.get)(s), (p.get)(&d));
        let d_places = p.decimals();
        let source = if v == default {
            p.cite.line()
        } else {
            format!("Set by the reader (default {}: {})", quantity(default, d_places, p.unit), p.cite.line())
        };
        rows.push([p.label.to_string(), quantity(v, d_places, p.unit), source]);
    }
    rows
}

/// What a chart shows, for readers who cannot see it: the kind of picture, its measure and
/// unit, and the range of its data. The page follows it with the chart's takeaway.
pub fn describe(chart: crate::Chart, s: &Scenario, r: &Report) -> String {
    use crate::Chart;
    let range = |xs: &[f64]| {
        let (lo, hi) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        if lo.is_finite() { format!("from {} to {}", money(lo), money(hi)) } else { "with no data".into() }
    };
    let n = r.mining.months.len();
    let ai = business(s.mode);
    match chart {
        Chart::Cash => format!(
            "Line chart of cumulative net cash, not discounted, month by month for {} from {}: mining {}, {ai} {}.",
            months(n), month(s.site.start), range(&r.mining.cumulative_usd), range(&r.ai.cumulative_usd)
        ),
        Chart::Annual => {
            let per_mw = |p: &economics::Path| p.annual().iter().map(|y| y.ebitda_usd() / s.site.grid_mw).collect::<Vec<_>>();
            format!(
                "Chart of EBITDA per MW of grid power for each year of the window: mining {}, {ai} {}.",
                range(&per_mw(&r.mining)), range(&per_mw(&r.ai))
            )
        }
        Chart::Kwh => {
            let k = r.per_kwh;
            format!(
                "Horizontal bars of gross revenue per kWh of grid capacity: mining {}, AI lease {}, GPU cloud {}, with a mark at 25 times mining.",
                crate::format::price(k.mining_grid_usd, 3), crate::format::price(k.lease_grid_usd, 3), crate::format::price(k.gpu_grid_usd, 3)
            )
        }
        Chart::Tornado => "Horizontal bars, largest first: how far the AI advantage moves when one input goes from its low to its high value, the others held.".into(),
        Chart::Map => "Heat map of the AI advantage over hashprice (across) and the AI rate (up), one colour where converting wins and another where mining wins, with a line at break-even and a mark at today's values.".into(),
        Chart::Fan => format!(
            "Bands of mining's cumulative cash across {} simulated paths of bitcoin price and hashrate (5th to 95th and 25th to 75th percentiles, with the median as a line), against the AI path's line.",
            number(crate::charts::FAN_PATHS as f64, 0)
        ),
    }
}

/// The page's compact summary of the answer: who is ahead, and by how much, as the verdict counts it.
pub fn advantage(r: &Report) -> String {
    // Written out rather than capitalising `ahead`: char::to_uppercase brings Unicode's case
    // tables into the page's wasm.
    let a = r.advantage_npv_usd;
    if a >= 0.0 { format!("Converting ahead by {}", money(a)) } else { format!("Mining ahead by {}", money(-a)) }
}

/// What the reader's latest change did, for the compact summary: the inputs changed (by label),
/// and how far the advantage and mining's NPV moved since the first of them started moving. When
/// both paths move alike, the advantage stays put, and the sentence says so. Before any change,
/// an invitation.
pub fn moved(labels: &[&str], advantage_delta_usd: f64, mining_delta_usd: f64) -> String {
    let what = match labels {
        [] => return "Move any input: what it changes shows here.".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    };
    let shows = |usd: f64| money(usd.abs()).chars().any(|c| c.is_ascii_digit() && c != '0');
    if shows(advantage_delta_usd) {
        let side = if advantage_delta_usd > 0.0 { "converting" } else { "mining" };
        format!("{what}: +{} for {side}", money(advantage_delta_usd.abs()))
    } else if shows(mining_delta_usd) {
        format!("{what}: both paths {}, the advantage unchanged", signed(mining_delta_usd))
    } else {
        format!("{what}: no change to either path's value")
    }
}

/// How many inputs a section of "More inputs" shows and how many differ from the defaults.
pub fn inputs_changed(shown: usize, changed: usize) -> String {
    let inputs = if shown == 1 { "input" } else { "inputs" };
    match changed {
        0 => format!("{shown} {inputs}, all defaults"),
        n => format!("{shown} {inputs}, {n} changed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::params::{Param, PARAMS};

    /// A grid of scenarios: every input at its low end, default and high end, one at a time,
    /// in both modes, with end values on and off.
    fn grid() -> Vec<Scenario> {
        let mut out = Vec::new();
        for mode in [AiMode::Lease, AiMode::GpuCloud] {
            for tv in [false, true] {
                let base = Scenario { mode, ..Scenario::default() };
                for p in PARAMS {
                    for v in [p.min, (p.get)(&base), p.max] {
                        let mut s = base.clone();
                        (p.set)(&mut s, p.nearest_accepted(v).unwrap());
                        s.finance.terminal_value = tv;
                        out.push(s);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_chart_is_described_with_its_figures() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        for chart in crate::Chart::ALL {
            let d = describe(chart, &s, &r);
            assert!(d.len() > 60 && d.ends_with('.') && !d.contains("NaN") && !d.contains("inf"), "{chart:?}: {d}");
        }
        let cash = describe(crate::Chart::Cash, &s, &r);
        let low = r.ai.cumulative_usd.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(cash.contains(&money(low)), "{cash}");
        assert!(describe(crate::Chart::Kwh, &s, &r).contains(&crate::format::price(r.per_kwh.gpu_grid_usd, 3)));
    }

    #[test]
    fn key_inputs_name_their_source_or_the_reader() {
        let mut s = Scenario::default();
        let rows = key_inputs(&s);
        assert_eq!(rows.len(), 9);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert_eq!(hp[1], "$28.68/PH/s/day");
        assert!(hp[2].contains("26 Jun 2026"), "{hp:?}");
        s.bitcoin.hashprice_usd_per_ph_day = 40.0;
        s.mode = AiMode::GpuCloud;
        let rows = key_inputs(&s);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert!(hp[2].starts_with("Set by the reader (default $28.68/PH/s/day:"), "{hp:?}");
        assert!(rows.iter().any(|r| r[0] == "GPU rental price"));
    }

    #[test]
    fn sentences_agree_with_the_report() {
        for s in grid() {
            let Ok(r) = economics::compute(&s) else { continue };
            let v = verdict(&s, &r);
            assert!(v.contains(&money(r.advantage_npv_usd.abs())), "{v}");
            assert_eq!(v.contains("is worth") && v.find("mining this") < v.find("is worth"), r.advantage_npv_usd < 0.0, "{v}");
            assert!(v.contains(&ahead(r.advantage_other_npv_usd)), "{v}");
            let d = details(&s, &r, None);
            assert_eq!(d.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{d} vs {}", r.advantage_npv_usd);
            assert_eq!(d.contains("IRR"), r.advantage_npv_usd >= 0.0, "an advantage without an IRR or a reason: {d}");
            let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
            let signs: Vec<f64> = diff.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
            let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
            let withheld = r.advantage_npv_usd >= 0.0 && !d.contains("IRR of converting");
            assert_eq!(d.contains("changes sign more than once"), withheld && changes > 1, "{d}");
            if d.contains("IRR of converting") {
                let irr = r.quotable_irr(s.finance.discount_rate_pct).unwrap();
                assert_eq!(irr > s.finance.discount_rate_pct / 100.0, r.advantage_npv_usd > 0.0);
            }
            assert_eq!(d.contains("mining is worth $0"), r.mining_on.iter().all(|on| !on), "{d}");
            if d.contains("mining is worth $0") {
                assert!(r.mining.npv_usd <= 0.0);
            }
            let c = cumulative_cash(&r);
            let end = r.ai.cumulative_usd.last().unwrap() - r.mining.cumulative_usd.last().unwrap();
            assert!(c.contains(&money(end.abs())) && !c.contains('−'), "{c}");
            assert_eq!(c.contains("the AI path ends"), end >= 0.0, "{c}");
            assert_eq!(c.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{c}");
            let k = per_kwh(&s, &r);
            let m = if s.mode == AiMode::Lease { r.per_kwh.lease_multiple() } else { r.per_kwh.gpu_multiple() };
            assert!(k.contains(&multiple(m)), "{k}");
            assert_eq!(k.contains("not 25×"), m < 25.0, "{k}");
            for text in [&v, &d, &k] {
                assert!(!text.contains("NaN") && !text.contains("inf") && !text.contains('–'), "{text}");
            }
        }
    }

    /// Each chart's takeaway states what its analysis says, and every table has its rows.
    #[test]
    fn takeaways_agree_with_their_analyses() {
        for s in [Scenario::default(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() }] {
            let r = economics::compute(&s).unwrap();
            let bars = economics::analysis::tornado(&s).unwrap();
            let t = takeaway_tornado(&bars);
            assert!(t.starts_with(bars[0].label.as_str()) && t.contains(&money(bars[0].low_advantage_usd)), "{t}");
            let dead = bars.iter().filter(|b| crate::charts::no_effect(b)).count();
            assert_eq!(t.contains(&format!("{dead} inputs with no effect are left out")), dead > 1, "{t}");
            let b = economics::analysis::break_evens(&s).unwrap();
            let f = takeaway_frontier(&b, s.mode);
            match b.ai_rate {
                BreakEven::At(rate) => assert!(f.contains(&number(rate, 2)), "{f}"),
                _ => assert!(f.contains("at any rate in range"), "{f}"),
            }
            let mc = economics::monte_carlo::simulate(&s, 400, 1).unwrap();
            let fan = takeaway_fan(&mc);
            assert!(fan.starts_with(&format!("In {}% of 400", number(mc.probability_ai_ahead * 100.0, 0))), "{fan}");
            let a = takeaway_annual(&r, s.site.grid_mw);
            let year5 = &r.ai.annual()[4];
            assert!(a.contains(&money(year5.ebitda_usd() / s.site.grid_mw)), "{a}");
            assert!(takeaway_per_kwh(&r).contains(&multiple(r.per_kwh.lease_multiple())));
            let years = r.mining.months.len() / 12;
            assert_eq!(table_cumulative(&r).len(), 1 + years);
            assert_eq!(table_annual(&r, s.site.grid_mw).len(), 1 + years);
            assert_eq!(table_per_kwh(&r).len(), 4);
            assert_eq!(table_tornado(&bars).len(), 1 + bars.len());
            assert_eq!(table_fan(&mc).len(), 1 + years);
            for text in [t, f, fan, a] {
                assert!(!text.contains("NaN") && !text.contains('–'), "{text}");
            }
        }
    }

    #[test]
    fn the_25x_sentence_names_the_price_at_which_it_holds() {
        let s = Scenario { mode: AiMode::GpuCloud, ..Scenario::default() };
        let r = economics::compute(&s).unwrap();
        let text = per_kwh(&s, &r);
        assert!(text.contains("not 25×"), "{text}");
        let price = r.per_kwh.gpu_usd_per_hour_for_claim.unwrap();
        assert!(text.contains(&format!("${}/GPU-hour", number(price, 2))), "{text}");
        // At that price the claim holds, and the sentence says so.
        let mut at = s.clone();
        (Param::by_key("gph").unwrap().set)(&mut at, price * 1.001);
        let r = economics::compute(&at).unwrap();
        assert!(per_kwh(&at, &r).contains("the “up to 25×” claim holds here"));
    }

    #[test]
    fn the_summary_says_who_is_ahead_and_what_a_change_did() {
        let r = economics::compute(&Scenario::default()).unwrap();
        let a = advantage(&r);
        assert!(a.starts_with("Converting ahead by $") && a.ends_with(&money(r.advantage_npv_usd)), "{a}");
        assert_eq!(a[1..], ahead(r.advantage_npv_usd)[1..], "the verdict's own words");
        assert_eq!(advantage(&Report { advantage_npv_usd: -5e6, ..r.clone() })[1..], ahead(-5e6)[1..]);
        assert_eq!(moved(&["Hashprice"], -12.34e6, 20e6), "Hashprice: +$12.3M for mining");
        assert_eq!(moved(&["Grid power"], 2.0e9, 0.0), "Grid power: +$2.00B for converting");
        assert_eq!(moved(&["Pool fee"], 0.0, -617e3), "Pool fee: both paths −$617K, the advantage unchanged");
        assert_eq!(moved(&["BTC volatility"], 0.0, 0.0), "BTC volatility: no change to either path's value");
        assert_eq!(moved(&["Fees"], 0.2, 0.3), "Fees: no change to either path's value", "nothing that shows as $0");
        assert_eq!(moved(&["Grid power", "Contract length", "Hashprice"], 1e6, 0.0), "Grid power and 2 more: +$1.0M for converting");
        assert!(moved(&[], 0.0, 0.0).starts_with("Move any input"));
        assert_eq!(inputs_changed(3, 0), "3 inputs, all defaults");
        assert_eq!(inputs_changed(1, 1), "1 input, 1 changed");
    }
}
