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
