//! The page hides an input that does not apply ([`Param::applies`]): here, moving a hidden input
//! from one end of its range to the other changes neither path's value, on each basis, business
//! and switch that hides some.

use economics::params::{Param, PARAMS};
use economics::{compute, AiMode, Scenario};

/// Scenarios that between them hide every input that can be hidden.
fn hiding() -> Vec<(&'static str, Scenario)> {
    let d = Scenario::default();
    let with = |f: fn(&mut Scenario)| {
        let mut s = d.clone();
        f(&mut s);
        s
    };
    vec![
        ("defaults", d.clone()),
        ("GPU cloud", with(|s| s.mode = AiMode::GpuCloud)),
        ("before tax", with(|s| s.tax.pre_tax_unlevered = true)),
        ("no tax", with(|s| s.tax.rate_pct = 0.0)),
        ("no debt", with(|s| s.debt.loan_to_cost_pct = 0.0)),
        ("no reserve", with(|s| s.debt.reserve_months = 0.0)),
        ("greenfield", with(|s| s.mining.greenfield = true)),
        ("one rate", with(|s| s.finance.one_rate = true)),
        ("nothing after the contract", with(|s| s.finance.terminal_value = false)),
        ("triple-net", with(|s| s.lease.triple_net = true)),
        ("network fixed", with(|s| s.network.responds = false)),
    ]
}

#[test]
fn an_input_that_does_not_apply_moves_nothing() {
    let mut hidden = 0;
    for (name, s) in hiding() {
        let base = compute(&s).unwrap();
        for p in PARAMS.iter().filter(|p: &&Param| !p.applies(&s)) {
            hidden += 1;
            for end in [p.min, p.max] {
                let mut moved = s.clone();
                (p.set)(&mut moved, end);
                let r = compute(&moved).unwrap();
                assert_eq!(
                    (r.mining.npv_usd, r.ai.npv_usd),
                    (base.mining.npv_usd, base.ai.npv_usd),
                    "{name}: {} at {end} is hidden but moves the values",
                    p.key
                );
            }
        }
    }
    println!("{hidden} hidden inputs tried"); // measured: 162
    assert!(hidden > 100, "{hidden} hidden inputs tried");
}
