//! The soak: 100,000 scenarios drawn uniformly from the whole valid input space (seeded). With
//! the network response on, no hashprice above $2,000/PH/s/day and no mining NPV above $1T; an
//! AI NPV above $1T (a GPU cloud of thousands of MW whose rental price rises for decades, at a
//! discount rate near zero) always carries the named `value-beyond-reason` warning; with the
//! response off, every absurd scenario carries a named warning. No IRR the page would quote
//! disagrees with the NPV, no tax is negative, no DSCR is shown without debt. Run in release by
//! `make test` (about 20 s); a debug build would take minutes.

mod common;

use common::scenario_at;
use economics::params::{DATES, PARAMS};
use economics::{compute, Report, Scenario};
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

const SCENARIOS: usize = 100_000;
const HASHPRICE_LIMIT: f64 = 2_000.0;
const VALUE_LIMIT: f64 = 1e12;

fn absurd(r: &Report) -> bool {
    r.hashprice_usd_per_ph_day.iter().any(|h| *h > HASHPRICE_LIMIT)
        || r.mining.npv_usd.abs() > VALUE_LIMIT
        || r.ai.npv_usd.abs() > VALUE_LIMIT
}

fn irr_contradicts(r: &Report) -> bool {
    match r.quotable_irr(r.hurdle_pct()) {
        Some(rate) => (rate > r.hurdle_pct() / 100.0) != (r.advantage_npv_usd > 0.0) || r.payback_month.is_none(),
        None => false,
    }
}

/// Tax and debt figures that could not be shown: non-finite tax, or negative tax where no group
/// absorbs the losses (a group's losses save tax on its other income: negative on this site), a
/// DSCR where there is no debt, or non-finite debt figures.
fn debt_and_tax_problem(s: &Scenario, r: &Report) -> Option<String> {
    let months = r.mining.months.iter().chain(&r.ai.months);
    if let Some(m) = months.clone().find(|m| !((m.tax_usd >= 0.0 || s.tax.group_uses_losses) && m.tax_usd.is_finite())) {
        return Some(format!("tax {}", m.tax_usd));
    }
    if months.clone().any(|m| ![m.borrowed_usd, m.interest_usd, m.principal_usd, m.reserve_usd].iter().all(|v| v.is_finite())) {
        return Some("non-finite debt flow".into());
    }
    match &r.debt {
        None if r.ai.months.iter().any(|m| m.debt_cash_usd() != 0.0) => Some("debt flows with no loan".into()),
        Some(d) if d.dscr.iter().all(Option::is_none) && d.borrowed_usd > 0.0 && d.repay_until > d.repay_from => {
            Some("a loan repaid with no DSCR".into())
        }
        Some(d) if ![d.min_dscr, d.average_dscr, d.borrowed_usd, d.equity_npv_at_cost_usd, d.equity_in_usd].iter().all(|v| v.is_finite()) => {
            Some(format!("non-finite debt summary {d:?}"))
        }
        _ => None,
    }
}

#[cfg_attr(debug_assertions, ignore = "100,000 scenarios: run in release (make test does)")]
#[test]
fn soak_100k_uniform_scenarios() {
    let seed = 20_261_126;
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let unit = |rng: &mut Xoshiro256PlusPlus| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let (mut responding, mut fixed, mut absurd_fixed, mut max_hp) = (0, 0, 0, 0.0f64);
    let mut failures = Vec::new();
    for i in 0..SCENARIOS {
        let fractions: Vec<f64> = (0..PARAMS.len()).map(|_| unit(&mut rng)).collect();
        let switches = rng.next_u32();
        let months: Vec<u32> = (0..=DATES.len()).map(|_| rng.next_u32()).collect();
        let s = scenario_at(&fractions, switches, &months);
        let r = match compute(&s) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("#{i}: {e}"));
                continue;
            }
        };
        // Every caveat is one the page has words for (view::text::warning), with its figure where
        // its sentence needs one.
        for w in &r.warnings {
            if !economics::model::WARNING_CODES.contains(&w.code.as_str()) || (w.code == "fleet-share-of-network") != w.figure.is_some() {
                failures.push(format!("#{i}: caveat {} (figure {:?}) is not in WARNING_CODES as given", w.code, w.figure));
            }
        }
        if s.network.responds {
            responding += 1;
            max_hp = r.hashprice_usd_per_ph_day.iter().fold(max_hp, |a, &h| a.max(h));
            let warned = r.warnings.iter().any(|w| w.code == "value-beyond-reason");
            let mining_absurd = r.hashprice_usd_per_ph_day.iter().any(|h| *h > HASHPRICE_LIMIT) || r.mining.npv_usd.abs() > VALUE_LIMIT;
            if absurd(&r) && !warned {
                failures.push(format!("#{i}: absurd and unwarned with the response on: {s:?}"));
            }
            if mining_absurd {
                let peak = r.hashprice_usd_per_ph_day.iter().fold(0.0f64, |a, &h| a.max(h));
                failures.push(format!(
                    "#{i}: absurd with the response on (peak hashprice ${peak:.0}, NPVs {:.3e} / {:.3e}): {s:?}",
                    r.mining.npv_usd, r.ai.npv_usd
                ));
            }
        } else {
            fixed += 1;
            if absurd(&r) {
                absurd_fixed += 1;
                if r.warnings.is_empty() {
                    failures.push(format!("#{i}: absurd and unwarned with the response off: {s:?}"));
                }
            }
        }
        if let Some(problem) = debt_and_tax_problem(&s, &r) {
            failures.push(format!("#{i}: {problem}: {s:?}"));
        }
        if irr_contradicts(&r) {
            failures.push(format!("#{i}: quoted IRR {:?} against NPV {}", r.conversion_irr, r.advantage_npv_usd));
        }
        if failures.len() > 5 {
            break;
        }
    }
    println!(
        "soak: seed {seed}; {responding} with the network response (highest hashprice ${max_hp:.0}), {fixed} without ({absurd_fixed} absurd, all warned)"
    );
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n"));
}
