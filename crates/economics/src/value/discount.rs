//! Discounting: each month's factor for contracted AI cash (the discount rate), for mining cash
//! (that rate plus the mining risk premium) and for the loan's own flows (its coupon), and a
//! month's cash discounted part by part. A rate per risk would be set beside these factors.

use crate::inputs::scenario::Scenario;
use crate::value::finance::periodic_rate;

/// Monthly discount factors for the two kinds of cash.
pub(crate) struct Rates {
    pub ai: Vec<f64>,
    pub mining: Vec<f64>,
    /// The loan's own: its coupon, a twelfth a month, as its schedule charges it.
    pub debt: Vec<f64>,
}

impl Rates {
    pub(crate) fn new(s: &Scenario, n: usize) -> Rates {
        let factors = |annual_pct: f64| {
            let f = 1.0 / (1.0 + periodic_rate(annual_pct / 100.0, 12.0));
            std::iter::successors(Some(1.0), move |d| Some(d * f)).take(n).collect()
        };
        let monthly = s.debt.coupon_pct / 100.0 / 12.0;
        Rates {
            ai: factors(s.finance.discount_rate_pct),
            mining: factors(s.finance.discount_rate_pct + s.finance.mining_risk_premium_pct),
            debt: std::iter::successors(Some(1.0), |d| Some(d / (1.0 + monthly))).take(n).collect(),
        }
    }

    /// Month `m`'s cash discounted: its mining part at the mining rate, the loan's flows at the
    /// loan's own rate (adjusted present value: a loan at its own rate is worth nothing but its
    /// fees, reserve and tax shield), the rest (the AI business) at the AI rate.
    pub(crate) fn discounted(&self, m: usize, cash: f64, mining: f64, debt: f64) -> f64 {
        (cash - mining - debt) * self.ai[m] + mining * self.mining[m] + debt * self.debt[m]
    }
}
