//! A rate for each risk, as the market prices it (methodology §1; the sources in
//! `shared/reference/market-data.md` §7), and each month's discount factor for each kind of
//! cash: contracted rent an investment-grade company pays or backstops, rent on the customer's
//! own credit, the conversion while it is built, what the site earns after the contract, the
//! site's own value, merchant mining, and the loan's flows at the market rate for its credit.
//! The paths tag their cash; nothing that produces cash knows how it is discounted.

use serde::{Deserialize, Serialize};

use crate::inputs::scenario::Scenario;
use crate::paths::tenancy::Tenancy;
use crate::value::finance::periodic_rate;

/// The annual rates a report was discounted at, %.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct RatesUsed {
    /// Whether every cash flow was discounted at one rate (then every field below is that rate).
    pub one_rate: bool,
    pub backstopped_pct: f64,
    pub own_credit_pct: f64,
    pub construction_pct: f64,
    pub after_contract_pct: f64,
    pub mining_pct: f64,
    /// The market rate for the loan's credit: the backstopped and own-credit rates weighted by
    /// the share backstopped. A coupon below it is worth something to the owners.
    pub loan_market_pct: f64,
}

impl RatesUsed {
    /// The rates of `s`.
    pub fn of(s: &Scenario) -> RatesUsed {
        let f = &s.finance;
        if f.one_rate {
            let r = f.discount_rate_pct;
            return RatesUsed {
                one_rate: true,
                backstopped_pct: r,
                own_credit_pct: r,
                construction_pct: r,
                after_contract_pct: r,
                mining_pct: r,
                loan_market_pct: r,
            };
        }
        let b = s.ai.backstopped_pct / 100.0;
        RatesUsed {
            one_rate: false,
            backstopped_pct: f.backstopped_rate_pct,
            own_credit_pct: f.own_credit_rate_pct,
            construction_pct: f.construction_rate_pct,
            after_contract_pct: f.after_contract_rate_pct,
            mining_pct: f.mining_rate_pct,
            loan_market_pct: b * f.backstopped_rate_pct + (1.0 - b) * f.own_credit_rate_pct,
        }
    }
}

/// Each month's discount factors (month 0 is not discounted).
pub(crate) struct Rates {
    pub used: RatesUsed,
    /// The AI business's cash: each month the backstopped and own-credit curves, weighted by the
    /// share of that month's revenue each credit stands behind.
    pub ai: Vec<f64>,
    pub mining: Vec<f64>,
    /// The loan's flows at the market rate for its credit, a twelfth of it a month, as a
    /// schedule charges interest: a loan at that coupon is worth nothing but its fees, its
    /// reserve's cost and its tax shield.
    pub debt: Vec<f64>,
    /// The factor of the window's last month for what the AI business is worth after the
    /// contract: the after-contract rate, through the conversion at the construction rate.
    pub tail_end: f64,
    /// The factor of the window's last month for the site's own value, on both paths alike: the
    /// after-contract rate from the start.
    pub site_end: f64,
    /// One month's factor at the after-contract rate, for the years after the window.
    pub after_contract_monthly: f64,
}

/// The monthly factor of an annual rate in %.
fn monthly(annual_pct: f64) -> f64 {
    1.0 / (1.0 + periodic_rate(annual_pct / 100.0, 12.0))
}

/// A curve of `n` factors: the months before `building` (the conversion) at `before_pct`, its
/// months at `construction_pct`, the months after at `rate_pct`: `d(m + 1) = d(m) × f(m)`, `f`
/// the month's own factor.
pub(crate) fn curve(n: usize, before_pct: f64, construction_pct: f64, rate_pct: f64, building: std::ops::Range<usize>) -> Vec<f64> {
    let mut d = Vec::with_capacity(n);
    let mut x = 1.0;
    // A run of months a segment: each factor worked out once (a branch per month would let the
    // compiler work it out again every month).
    let start = building.start.min(n);
    let end = building.end.clamp(start, n);
    for (months, pct) in [(start, before_pct), (end - start, construction_pct), (n - end, rate_pct)] {
        let f = monthly(pct);
        for _ in 0..months {
            d.push(x);
            x *= f;
        }
    }
    d
}

impl Rates {
    /// The factors for a window of `n` months whose conversion runs over `building` (from its
    /// start to the first revenue), with `tenancy` saying who pays each month and `escalation`
    /// the contract's rent over the market's (1 for a GPU cloud).
    pub(crate) fn new(s: &Scenario, n: usize, building: std::ops::Range<usize>, tenancy: &Tenancy, escalation: impl Fn(usize) -> f64) -> Rates {
        let used = RatesUsed::of(s);
        // Both credits' curves are one until the first revenue (the months before the
        // conversion at the tenant's own rate, the conversion at the construction rate): who
        // backs the rent weighs only on the rent.
        let backed = curve(n, used.own_credit_pct, used.construction_pct, used.backstopped_pct, building.clone());
        let own = curve(n, used.own_credit_pct, used.construction_pct, used.own_credit_pct, building.clone());
        let ai = (0..n)
            .map(|m| {
                let w = if m < building.end { s.ai.backstopped_pct / 100.0 } else { tenancy.backed_share(m, escalation(m)) };
                w * backed[m] + (1.0 - w) * own[m]
            })
            .collect();
        let last = n - 1;
        let loan = used.loan_market_pct / 100.0 / 12.0;
        Rates {
            used,
            ai,
            mining: curve(n, used.mining_pct, used.mining_pct, used.mining_pct, 0..0),
            debt: std::iter::successors(Some(1.0), |d| Some(d / (1.0 + loan))).take(n).collect(),
            tail_end: curve(n, used.after_contract_pct, used.construction_pct, used.after_contract_pct, building)[last],
            site_end: monthly(used.after_contract_pct).powi(last as i32),
            after_contract_monthly: monthly(used.after_contract_pct),
        }
    }

    /// Month `m`'s cash discounted: its mining part at the mining rate, the loan's flows at the
    /// market rate for the loan's credit (adjusted present value), the rest (the AI business) at
    /// the month's AI factor.
    pub(crate) fn discounted(&self, m: usize, cash: f64, mining: f64, debt: f64) -> f64 {
        (cash - mining - debt) * self.ai[m] + mining * self.mining[m] + debt * self.debt[m]
    }

    /// The window's last month discounted with its end values apart: the site's value `site`
    /// and what the AI business is worth after the contract, `after`, each at its own factor.
    pub(crate) fn discounted_last(&self, cash: f64, mining: f64, debt: f64, site: f64, after: f64) -> f64 {
        let last = self.ai.len() - 1;
        self.discounted(last, cash - site - after, mining, debt) + site * self.site_end + after * self.tail_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand-worked factors: 6.192% a year is (1.06192)^(−1/12) a month, so a year out the
    /// factor is 1/1.06192 = 0.941690…; with two months of conversion at 7.75% first, month 12
    /// is 1.0775^(−2/12) × 1.06192^(−10/12).
    #[test]
    fn each_rate_discounts_by_hand() {
        let d = curve(13, 6.192, 7.75, 6.192, 0..0);
        assert!((d[12] - 1.0 / 1.06192).abs() < 1e-12);
        assert!((d[12] - 0.941_690_523).abs() < 1e-9);
        let c = curve(13, 6.192, 7.75, 6.192, 0..2);
        let by_hand = 1.0775f64.powf(-2.0 / 12.0) * 1.06192f64.powf(-10.0 / 12.0);
        assert!((c[12] - by_hand).abs() < 1e-12);
        // Three months before a conversion of two at 7.5%, then 6.192%.
        let w = curve(13, 7.5, 7.75, 6.192, 3..5);
        let by_hand = 1.075f64.powf(-3.0 / 12.0) * 1.0775f64.powf(-2.0 / 12.0) * 1.06192f64.powf(-7.0 / 12.0);
        assert!((w[12] - by_hand).abs() < 1e-12);
        // 15% for mining: a year out 1/1.15 = 0.869565…
        assert!((curve(13, 15.0, 15.0, 15.0, 0..0)[12] - 0.869_565_217).abs() < 1e-9);
    }

    /// The loan's market rate blends the two credits by the share backstopped: at 48.65% of
    /// 6.192% and 51.35% of 7.5%, 6.863658%; one rate replaces every rate.
    #[test]
    fn the_loans_market_rate() {
        let mut s = Scenario::default();
        s.finance.backstopped_rate_pct = 6.192;
        s.finance.own_credit_rate_pct = 7.5;
        s.ai.backstopped_pct = 48.65;
        let used = RatesUsed::of(&s);
        assert!((used.loan_market_pct - (0.4865 * 6.192 + 0.5135 * 7.5)).abs() < 1e-12);
        assert!((used.loan_market_pct - 6.863_658).abs() < 1e-9);
        s.finance.one_rate = true;
        s.finance.discount_rate_pct = 10.0;
        let one = RatesUsed::of(&s);
        assert!([one.backstopped_pct, one.own_credit_pct, one.construction_pct, one.after_contract_pct, one.mining_pct, one.loan_market_pct]
            .iter()
            .all(|r| *r == 10.0));
    }
}
