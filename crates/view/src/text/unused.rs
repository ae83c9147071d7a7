//! The inputs a reader (or a link) set that this scenario does not use, and why: a tax rate
//! before tax, a loan's terms with nothing borrowed, a firm-power premium a tenant pays. Their
//! values are kept for when they apply; the page says so rather than let a change move nothing.

use economics::params::PARAMS;
use economics::Scenario;

use crate::format::quantity;
use crate::language::{label, semicolon, tr, tr_with, unit};

/// "Income tax rate at 30% is not used before tax (pretax=1); … Each is kept for when it
/// applies.", in the language in use, or `None` when every input that differs from its default
/// is used.
pub fn unused_inputs(s: &Scenario) -> Option<String> {
    let parts: Vec<String> = PARAMS
        .iter()
        .filter(|p| (p.get)(s) != p.default)
        .filter_map(|p| {
            let why = p.unused_because(s)?;
            Some(tr_with("unused-input", &[
                ("label", label(p).into()),
                ("value", quantity((p.get)(s), p.decimals(), &unit(p)).into()),
                ("why", tr(&format!("unused-why-{}", why.name())).into()),
            ]))
        })
        .collect();
    (!parts.is_empty()).then(|| tr_with("unused-kept", &[("inputs", parts.join(semicolon()).into())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::AiMode;

    #[test]
    fn names_what_a_mode_ignores_and_why() {
        let mut s = Scenario::default();
        assert_eq!(unused_inputs(&s), None, "the defaults use every input they change");
        s.tax.pre_tax_unlevered = true;
        s.tax.rate_pct = 30.0;
        s.debt.loan_to_cost_pct = 50.0;
        let said = unused_inputs(&s).unwrap();
        assert!(said.starts_with("Income tax rate at 30% is not used before tax (pretax=1); "), "{said}");
        assert!(said.contains("not used before tax and debt (pretax=1)"), "{said}");
        let mut s = Scenario::default();
        s.ai.firm_power_premium_usd_per_kwh = 0.05;
        assert!(unused_inputs(&s).unwrap().contains("the tenant pays its power"));
        s.mode = AiMode::GpuCloud;
        assert_eq!(unused_inputs(&s), None, "a GPU cloud pays the premium");
    }
}
