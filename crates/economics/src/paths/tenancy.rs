//! Who pays for the converted site's capacity each month: the share still under the original
//! contract, split by who stands behind it (an investment-grade company, or the customer's own
//! credit), each leaving early at its own yearly rate; and the share let again, after the
//! re-letting downtime, to a customer of its own credit at the market rent. Both AI businesses
//! read it for their revenue, and the discount factors for the weight of each credit.

use crate::inputs::scenario::{whole, Scenario};

/// Yearly early-exit probability of revenue an investment-grade company pays or backstops
/// (Google, AWS, Microsoft), %: assumption, no source for the rate. A backstopped share never
/// leaves more often than the customer's own: it leaves at the lower of this and the scenario's.
pub const INVESTMENT_GRADE_EXIT_PCT: f64 = 0.2;

/// Shares of the converted capacity by who pays for it, each month (before cut-over, the
/// contract's shares as signed).
#[derive(Debug, Clone)]
pub(crate) struct Tenancy {
    /// Under the original contract, with an investment-grade party behind it.
    pub backed: Vec<f64>,
    /// Under the original contract, on the customer's own credit.
    pub own: Vec<f64>,
    /// Let again after an early exit, to a customer of its own credit at the market rent.
    pub relet: Vec<f64>,
}

impl Tenancy {
    /// The shares over a window of `n` months with first revenue in month `cutover`. Space a
    /// customer leaves after month `j` stands empty for the re-letting downtime and is let again
    /// from month `j + 1 + downtime` (when the scenario re-lets), to a customer who may itself
    /// leave at the customer's own rate and be replaced in turn.
    pub fn new(s: &Scenario, n: usize, cutover: usize) -> Tenancy {
        let monthly = |pct: f64| (1.0 - pct / 100.0).powf(1.0 / 12.0);
        let own_exit = s.ai.early_exit_pct_per_yr;
        let (q_own, q_backed) = (monthly(own_exit), monthly(INVESTMENT_GRADE_EXIT_PCT.min(own_exit)));
        let b = s.ai.backstopped_pct / 100.0;
        let downtime = whole(s.lease.downtime_months, 0, 36);
        let mut t = Tenancy { backed: vec![b; n], own: vec![1.0 - b; n], relet: vec![0.0; n] };
        // Share leaving after each month from cut-over, for the re-letting pipeline.
        let mut left = vec![0.0; n];
        let (mut backed, mut own, mut relet) = (b, 1.0 - b, 0.0);
        for m in cutover..n {
            if m > cutover {
                backed *= q_backed;
                own *= q_own;
                relet *= q_own;
                // What left `downtime + 1` months ago is let again now.
                if s.ai.relet_after_exit && m > cutover + downtime {
                    relet += left[m - 1 - downtime];
                }
            }
            t.backed[m] = backed;
            t.own[m] = own;
            t.relet[m] = relet;
            left[m] = backed * (1.0 - q_backed) + (own + relet) * (1.0 - q_own);
        }
        t
    }

    /// Share under the original contract in month `m`.
    pub fn contracted(&self, m: usize) -> f64 {
        self.backed[m] + self.own[m]
    }

    /// Share paying in month `m`: the original contract and the space let again.
    pub fn occupied(&self, m: usize) -> f64 {
        self.backed[m] + self.own[m] + self.relet[m]
    }

    /// Share of month `m`'s revenue with an investment-grade party behind it, when the original
    /// contract pays `contract_over_market` times the market rate the space let again pays (1 for
    /// a GPU cloud, whose customers all pay the market's price).
    pub fn backed_share(&self, m: usize, contract_over_market: f64) -> f64 {
        let paying = contract_over_market * self.contracted(m) + self.relet[m];
        if paying > 0.0 {
            contract_over_market * self.backed[m] / paying
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(exit: f64, back: f64, down: f64, relet: bool) -> Scenario {
        let mut s = Scenario::default();
        s.ai.early_exit_pct_per_yr = exit;
        s.ai.backstopped_pct = back;
        s.lease.downtime_months = down;
        s.ai.relet_after_exit = relet;
        s
    }

    /// By hand, 12%/yr on the customer's own credit, nothing backstopped: after a year 88% of
    /// the original contract is left; with no downtime every exit is let again at once, so the
    /// site stays full.
    #[test]
    fn exits_and_reletting_by_hand() {
        let t = Tenancy::new(&scenario(12.0, 0.0, 0.0, true), 40, 4);
        assert_eq!(t.contracted(3), 1.0);
        assert!((t.contracted(16) - 0.88).abs() < 1e-12);
        for m in 4..40 {
            assert!((t.occupied(m) - 1.0).abs() < 1e-12, "month {m}: {}", t.occupied(m));
        }
        let none = Tenancy::new(&scenario(12.0, 0.0, 0.0, false), 40, 4);
        assert!((none.occupied(16) - 0.88).abs() < 1e-12);
    }

    /// With a 12-month downtime, what leaves in the first month after cut-over (month 4) is let
    /// again from month 17, and not before.
    #[test]
    fn space_waits_out_the_downtime() {
        let t = Tenancy::new(&scenario(12.0, 0.0, 12.0, true), 40, 4);
        assert!(t.relet[16] == 0.0);
        let q = 0.88f64.powf(1.0 / 12.0);
        assert!((t.relet[17] - (1.0 - q)).abs() < 1e-15);
    }

    /// A backstop never adds exit risk: with no exit at all, a backstopped share stays whole.
    #[test]
    fn a_backstop_never_leaves_sooner() {
        let t = Tenancy::new(&scenario(0.0, 100.0, 12.0, true), 60, 0);
        assert!(t.backed.iter().all(|b| *b == 1.0));
        // 50% backstopped at 10%/yr: the backed half leaves at 0.2%/yr.
        let t = Tenancy::new(&scenario(10.0, 50.0, 12.0, false), 14, 1);
        assert!((t.backed[13] - 0.5 * 0.998).abs() < 1e-12);
        assert!((t.own[13] - 0.5 * 0.9).abs() < 1e-12);
        assert!((t.backed_share(13, 1.0) - 0.998 / (0.998 + 0.9)).abs() < 1e-12);
    }
}
