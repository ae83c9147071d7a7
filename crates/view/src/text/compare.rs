//! The comparison with a pinned scenario: how the headline figures moved, and which inputs
//! differ.

use economics::{Report, Scenario};

use crate::format::{month, quantity};
use super::words::{business, signed};

/// The comparison with a pinned scenario: how the headline figures moved, then what differs in
/// the inputs (at most `max_inputs` named, the rest counted).
///
/// ```
/// let pinned = economics::Scenario::default();
/// let mut live = pinned.clone();
/// live.bitcoin.hashprice_usd_per_ph_day = 57.36;
/// let (pr, lr) = (economics::compute(&pinned).unwrap(), economics::compute(&live).unwrap());
/// let lines = view::text::comparison(&pinned, &pr, &live, &lr, 4);
/// assert!(lines[0].starts_with("AI advantage: pinned +$"), "{}", lines[0]);
/// assert!(lines.last().unwrap().contains("Hashprice $28.68/PH/s/day → $57.36/PH/s/day"));
/// ```
pub fn comparison(pinned: &Scenario, pr: &Report, live: &Scenario, lr: &Report, max_inputs: usize) -> Vec<String> {
    use economics::params::{PARAMS, TOGGLES};
    use crate::language::{count, label, toggle_label, tr, tr_with, unit};
    let figure = |id: &str, a: f64, b: f64| {
        tr_with("compare-figure", &[("name", tr(id).into()), ("pinned", signed(a).into()), ("now", signed(b).into()), ("change", signed(b - a).into())])
    };
    let mut lines = vec![
        figure("compare-advantage", pr.advantage_npv_usd, lr.advantage_npv_usd),
        figure("compare-mining", pr.mining.npv_usd, lr.mining.npv_usd),
        figure("compare-ai", pr.ai.npv_usd, lr.ai.npv_usd),
    ];
    let change = |name: String, a: String, b: String| format!("{name} {a} → {b}");
    let mut changed: Vec<String> = Vec::new();
    if pinned.mode != live.mode {
        changed.push(change(tr("compare-business"), business(pinned.mode), business(live.mode)));
    }
    if pinned.site.start != live.site.start {
        changed.push(change(tr("ki-start"), month(pinned.site.start), month(live.site.start)));
    }
    for t in TOGGLES {
        if (t.get)(pinned) != (t.get)(live) {
            let word = |on: bool| tr(if on { "compare-on" } else { "compare-off" });
            changed.push(change(toggle_label(t), word((t.get)(pinned)), word((t.get)(live))));
        }
    }
    for p in PARAMS {
        let (a, b) = ((p.get)(pinned), (p.get)(live));
        if a != b {
            let (d, in_words) = (p.decimals(), unit(p));
            changed.push(change(label(p), quantity(a, d, &in_words), quantity(b, d, &in_words)));
        }
    }
    let more = changed.len().saturating_sub(max_inputs);
    changed.truncate(max_inputs);
    if more > 0 {
        changed.push(tr_with("notices-more", &[("count", count(more as f64, more.to_string()))]));
    }
    lines.push(if changed.is_empty() { tr("compare-none") } else { tr_with("compare-changed", &[("list", changed.join(crate::language::semicolon()).into())]) });
    lines
}
