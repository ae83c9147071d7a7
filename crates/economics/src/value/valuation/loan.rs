//! The AI path's loan on the financed basis: its terms from the scenario, its size (the share of
//! cost asked, or less where the cash cannot cover the debt service at the covenant's ratio),
//! and its interest and fees in the path's taxes; with the path's tax month by month, which the
//! loan's deductions change. The schedule itself is `value/financing.rs`.

use super::{Pretax, TaxPlan};
use crate::context::Model;
use crate::inputs::scenario::{whole, Basis};
use crate::value::financing::{self, Schedule, Terms};
use crate::value::tax::{Asset, Ledger, Rules};

/// Passes of sizing a loan down to its covenant: each brings the lowest cover to within a few
/// hundredths of a percent of it; a loan still short after the last keeps its shortfall, which
/// the report's cover shows.
const SIZING_PASSES: usize = 6;

impl Model<'_> {
    /// The loan's terms.
    pub(crate) fn loan_terms(&self) -> Terms {
        let d = &self.s.debt;
        let tenor = whole(d.tenor_years * 12.0, 1, 300);
        // A loan on GPUs is repaid within their life.
        let tenor_months = match self.s.mode {
            crate::inputs::scenario::AiMode::Lease => tenor,
            crate::inputs::scenario::AiMode::GpuCloud => tenor.min(whole(self.s.gpu.life_years * 12.0, 1, 120)),
        };
        Terms {
            loan_to_cost: d.loan_to_cost_pct / 100.0,
            coupon: d.coupon_pct / 100.0,
            fees: d.fees_pct / 100.0,
            capitalise_construction_interest: d.capitalise_interest,
            tenor_months,
            sculpted: d.sculpted,
            reserve_months: whole(d.reserve_months, 0, 12),
            reserve_rate: d.reserve_rate_pct / 100.0,
        }
    }

    /// The path's tax month by month with `bonus` (0–1) on its property, and its loan on the
    /// financed basis.
    pub(super) fn tax_plan(&self, p: &Pretax, basis: Basis, count_end: bool, bonus: f64, with_cover: bool) -> TaxPlan {
        let n = self.n;
        let months = &p.months;
        let rules = Rules { bonus, ..self.tax_rules() };
        let calendar = &self.market.calendar;
        let mut ledger = self.ledger(p, count_end, bonus);
        let mut loan = None;
        let mut cover = vec![None; n];
        let terms = self.loan_terms();
        if basis == Basis::Financed && terms.loan_to_cost > 0.0 && p.financed_usd.iter().any(|c| *c > 0.0) {
            // Cash available for debt service: EBITDA less the tax accrued on it (replacing
            // equipment is funded apart). Repayment is shaped on it before the loan's own tax
            // effects.
            let available = |accrued: &[f64]| -> Vec<f64> { (0..n).map(|m| months[m].ebitda_usd() - accrued[m]).collect() };
            // Cover is tested, and repayment shaped, on the business's own cash: the tax on
            // selling what is held at the window's end is paid from the sale, not from the cash
            // that serves the debt.
            let operating = if count_end { self.ledger(p, false, bonus) } else { ledger.clone() };
            let shape = if terms.sculpted { available(&operating.accrued(&rules, calendar)) } else { vec![0.0; n] };
            // Construction runs until the last hall is handed over: repayment starts at full capacity.
            let built = (self.cutover + self.s.ramp_months()).min(n - 1);
            // The loan is the lesser of the share of cost asked and what the covenant supports:
            // where the cash available would cover some month's debt service less than the
            // covenant asks, the loan is scaled down by the shortfall and tried again (less debt
            // is less interest to deduct, so a pass or two more). Sized once for this bonus, the
            // loan is drawn again at the share found.
            let covenant = self.s.debt.covenant_dscr;
            let mut terms = terms;
            let memo = &self.base(p).sized;
            let known = memo.borrow().iter().find(|(b, _)| *b == bonus).map(|(_, ltc)| *ltc);
            let passes = match known {
                Some(ltc) => {
                    terms.loan_to_cost = ltc;
                    1
                }
                None => SIZING_PASSES,
            };
            let mut sized = None;
            for _ in 0..passes {
                let schedule = financing::schedule(&p.financed_usd, built, &terms, &shape);
                let mut tested = operating.clone();
                self.deduct_loan(&mut tested, &schedule, false, bonus);
                let c = financing::dscr(&available(&tested.accrued(&rules, calendar)), &schedule);
                let lowest = c.iter().flatten().fold(f64::INFINITY, |a, &b| a.min(b));
                let met = lowest >= covenant || terms.loan_to_cost == 0.0;
                sized = Some((schedule, c, tested, terms.loan_to_cost));
                if met {
                    break;
                }
                // A hair under the ratio, so the passes close in from the side that meets it.
                terms.loan_to_cost *= (lowest / covenant * (1.0 - 1e-4)).max(0.0);
                if terms.loan_to_cost < 1e-3 {
                    terms.loan_to_cost = 0.0;
                }
            }
            if let Some((schedule, c, tested, ltc)) = sized {
                if known.is_none() {
                    memo.borrow_mut().push((bonus, ltc));
                }
                // The loan sized, in the ledger that counts: the one tested when end values are
                // not counted, else the one with them.
                if count_end {
                    self.deduct_loan(&mut ledger, &schedule, count_end, bonus);
                } else {
                    ledger = tested;
                }
                if with_cover {
                    cover = c;
                }
                loan = Some(schedule);
            }
        }
        let years = crate::value::tax::taxes(&rules, &ledger.years);
        let mut tax = vec![0.0; n];
        for (close, y) in ledger.closes().iter().zip(&years) {
            tax[*close] += y.tax_usd;
        }
        TaxPlan { tax, ledger, loan, cover, bonus }
    }

    /// The loan's interest in the path's taxes: interest during construction is part of the
    /// conversion's cost and depreciated with it (capitalised, §263A(f)); interest from first
    /// revenue is deducted within the 30% limit; fees and issue discount are deducted evenly over
    /// the loan's life.
    fn deduct_loan(&self, ledger: &mut Ledger, loan: &Schedule, count_end: bool, bonus: f64) {
        let calendar = &self.market.calendar;
        let building: f64 = loan.interest_usd[..self.cutover.min(self.n)].iter().sum();
        if building > 0.0 {
            // Sold with the building at the window's end, or given up with it (the sale's
            // proceeds, if any, are on the building itself).
            let _ = count_end;
            let disposed = Some(calendar[self.n - 1]);
            for (class, share) in self.conversion_classes() {
                let asset = Asset { cost_usd: building * share, class, in_service: calendar[self.cutover.min(self.n - 1)], disposed };
                ledger.add_asset(&asset, 1.0, bonus, 0.0);
            }
        }
        let first = loan.drawn_usd.iter().position(|d| *d > 0.0).unwrap_or(0);
        let fees: f64 = loan.fees_usd.iter().sum();
        let life = loan.repay_until.saturating_sub(first).max(1);
        for m in first..loan.repay_until {
            ledger.add_interest(calendar[m], fees / life as f64);
        }
        for m in self.cutover..self.n {
            ledger.add_interest(calendar[m], loan.interest_usd[m]);
        }
        // What the reserve earned, taxed when it is paid out with the reserve.
        if loan.reserve_earned_usd != 0.0 {
            ledger.add_ebitda(calendar[loan.repay_until - 1], loan.reserve_earned_usd);
        }
    }
}
