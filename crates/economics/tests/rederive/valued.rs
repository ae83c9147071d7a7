//! The re-derivation's valuation of the site: each path before tax, its books and tax, the
//! election out of bonus, the loan sized to its covenant, and the figures on each basis.

use crate::books::*;
use crate::site::{whole, Site};

impl Site<'_> {
    // ----- before tax -----

    pub(crate) fn mining_before_tax(&self, tv: bool) -> f64 {
        let cash: f64 = (0..self.n).map(|m| (self.mine_ebitda[m] - self.mine_capex[m]) * self.d_mine[m]).sum();
        // No fleet is alive at the window's end on these paths, so the miners are worth nothing then.
        cash + if tv { self.site_value * self.site_factor } else { 0.0 }
    }

    pub(crate) fn ai_before_tax(&self, tv: bool) -> f64 {
        let mut v = 0.0;
        for m in 0..self.n {
            v += (self.ai_revenue[m] - self.ai_opex[m] - self.ai_capex[m]) * self.d_ai[m];
            v += self.part_ebitda[m] * self.d_mine[m];
        }
        if let Some((m, usd)) = self.sale {
            v += usd * self.d_mine[m];
        }
        v + if tv { self.site_value * self.site_factor + self.building * self.tail_factor } else { 0.0 }
    }

    // ----- tax -----

    pub(crate) fn mining_books(&self) -> Books {
        // Today's fleet was deducted in full before the window; it retires for nothing: no gain.
        let mut b = Books::new(&self.cal);
        for m in 0..self.n {
            b.ebitda(self.cal[m], self.mine_ebitda[m]);
        }
        b
    }

    /// The converting path's mining part taxed alone: its EBITDA, and the gain on the ASICs'
    /// sale (today's fleet has no basis left).
    pub(crate) fn part_books(&self) -> Books {
        let mut b = Books::new(&self.cal);
        for m in 0..self.n {
            b.ebitda(self.cal[m], self.part_ebitda[m]);
        }
        if let Some((m, usd)) = self.sale {
            b.years[(self.cal[m].year - b.first) as usize].gain += usd;
        }
        b
    }

    /// The converting path's books with `bonus`, the years after the contract counted (the
    /// building sold for its value then) or not (everything given up, its basis deducted), and
    /// the loan's interest, fees and reserve earnings.
    pub(crate) fn ai_books(&self, tv: bool, bonus: f64, loan: Option<&Loan>) -> Books {
        let mut b = self.part_books();
        let (cal, n, cut) = (&self.cal, self.n, self.cut);
        for m in 0..n {
            b.ebitda(cal[m], self.ai_revenue[m] - self.ai_opex[m]);
        }
        let seg = self.s.tax.cost_segregation_pct / 100.0;
        let last = cal[n - 1];
        let classes = [(Kind::Five, seg / 2.0, 0.0), (Kind::Fifteen, seg / 2.0, 0.0), (Kind::Building, 1.0 - seg, if tv { self.building } else { 0.0 })];
        for (kind, share, proceeds) in classes {
            b.asset(self.conversion * share, kind, cal[cut], Some((last, proceeds)), bonus);
        }
        let commission = self.s.lease.commission_pct / 100.0 * self.booked;
        b.asset(commission, Kind::Amortised(n - cut), cal[cut], None, bonus);
        if let Some(l) = loan {
            // Interest before cut-over is part of the conversion's cost, in the same classes.
            // The code keeps it as assets of its own given up at the window's end for nothing;
            // with the building sold, that is the same gain as adding it to the building's basis.
            let before: f64 = l.interest[..cut].iter().sum();
            for (kind, share, _) in classes {
                b.asset(before * share, kind, cal[cut], Some((last, 0.0)), bonus);
            }
            for m in cut..n {
                b.interest(cal[m], l.interest[m]);
            }
            // Fees, as interest, evenly from the first draw to the loan's last month (both
            // months counted: the code's reading of "from the first draw to the loan's last
            // month"; followed).
            let first = l.draw.iter().position(|d| *d > 0.0).unwrap_or(0);
            let fees: f64 = l.fee.iter().sum();
            for m in first..l.until {
                b.interest(cal[m], fees / (l.until - first) as f64);
            }
            // What the reserve earned is income when it is paid out ("taxed then"): the code
            // books it as EBITDA of the last repayment month, so it also counts in the 30%
            // interest limit's base; followed.
            b.ebitda(cal[l.until - 1], l.earned);
        }
        b
    }

    /// Present value of the converting path's tax: what its mining part would pay alone at the
    /// mining rate, the rest at the AI rate.
    pub(crate) fn ai_tax_pv(&self, books: &Books) -> f64 {
        let all = books.paid(self.rate, &self.cal);
        let part = self.part_books().paid(self.rate, &self.cal);
        (0..self.n).map(|m| part[m] * self.d_mine[m] + (all[m] - part[m]) * self.d_ai[m]).sum()
    }

    /// The bonus the company takes on the converting path: the law's, or none where electing
    /// out costs less tax in present value on the cash before debt; where the law's bonus leaves
    /// no loss to carry it is taken without weighing (section 13, as written: the code weighs a
    /// converting path even then; see DISCREPANCIES).
    pub(crate) fn election(&self, tv: bool) -> f64 {
        let law = self.s.tax.bonus_pct / 100.0;
        let with = self.ai_books(tv, law, None);
        let (_, carries) = with.taxes(self.rate);
        if carries && self.ai_tax_pv(&self.ai_books(tv, 0.0, None)) < self.ai_tax_pv(&with) {
            0.0
        } else {
            law
        }
    }

    // ----- the loan -----

    pub(crate) fn loan(&self, share: f64) -> Loan {
        let d = &self.s.debt;
        let n = self.n;
        let r = d.coupon_pct / 1200.0;
        let mut l = Loan {
            share,
            draw: self.funded.iter().map(|c| c * share).collect(),
            fee: vec![0.0; n],
            interest: vec![0.0; n],
            added: vec![0.0; n],
            principal: vec![0.0; n],
            reserve: vec![0.0; n],
            earned: 0.0,
            from: n,
            until: n,
        };
        let Some(last_draw) = l.draw.iter().rposition(|x| *x > 0.0) else { return l };
        l.fee = l.draw.iter().map(|x| x * d.fees_pct / 100.0).collect();
        // Repayment from full capacity (after the last draw), cut to the window.
        l.from = self.full.max(last_draw + 1).min(n - 1);
        let months = whole(d.tenor_years * 12.0).clamp(1, n - l.from);
        l.until = l.from + months;
        let mut balance = 0.0;
        for m in 0..l.from {
            l.interest[m] = balance * r;
            if d.capitalise_interest && m < self.full {
                l.added[m] = l.interest[m];
                balance += l.interest[m];
            }
            balance += l.draw[m];
        }
        let payment = balance * r / (1.0 - (1.0 + r).powi(-(months as i32)));
        for m in l.from..l.until {
            l.interest[m] = balance * r;
            l.principal[m] = if m + 1 == l.until { balance } else { payment - l.interest[m] };
            balance -= l.principal[m];
        }
        let reserve_months = whole(d.reserve_months);
        if reserve_months > 0 {
            let held: f64 = (l.from..l.until).take(reserve_months).map(|m| l.service(m)).sum();
            // Earning a twelfth of its rate a month from when it is funded to when it returns.
            // Open in the document ("a twelfth a month compounded ... comes back with the last
            // payment"): the code compounds it over the months from the first repayment to the
            // last, (repayment months − 1) periods; followed.
            let grown = held * (1.0 + d.reserve_rate_pct / 1200.0).powi((months - 1) as i32);
            l.reserve[l.from] -= held;
            l.reserve[l.until - 1] += grown;
            l.earned = grown - held;
        }
        l
    }

    /// Cover each month of repayment: cash available (EBITDA less the year's tax accrued evenly,
    /// on cash without end values) over debt service, both over the trailing twelve months of
    /// repayment.
    ///
    /// "On cash without end values" (section 14): the ledger of the contract years only, which
    /// holds the abandonment deduction in the window's last year even when the years after the
    /// contract count. That is what the code does; followed. It can matter only for a loan
    /// repaid in the window's last tax year (Riot – AMD's is, to month 119, with its lowest
    /// cover 2.02×, so its size is not moved).
    pub(crate) fn cover(&self, l: &Loan, bonus: f64) -> Vec<f64> {
        let accrued = self.ai_books(false, bonus, Some(l)).accrued(self.rate, &self.cal);
        let available: Vec<f64> = (0..self.n).map(|m| self.ai_revenue[m] - self.ai_opex[m] + self.part_ebitda[m] - accrued[m]).collect();
        (l.from..l.until)
            .map(|m| {
                let from = l.from.max((m + 1).saturating_sub(12));
                let cash: f64 = available[from..=m].iter().sum();
                let service: f64 = (from..=m).map(|k| l.service(k)).sum();
                cash / service
            })
            .collect()
    }

    /// The loan sized to the covenant: the share asked, scaled by lowest cover / covenant ×
    /// (1 − 10⁻⁴) while it falls short, 0 below 0.1%. "At most six times" is read as the code
    /// reads it: six schedules in all, the last one kept even if still short.
    pub(crate) fn sized_loan(&self, bonus: f64) -> Loan {
        let covenant = self.s.debt.covenant_dscr;
        let mut share = self.s.debt.loan_to_cost_pct / 100.0;
        let mut loan = self.loan(share);
        for _ in 0..6 {
            loan = self.loan(share);
            let lowest = self.cover(&loan, bonus).into_iter().fold(f64::INFINITY, f64::min);
            if lowest >= covenant || share == 0.0 {
                break;
            }
            share *= (lowest / covenant * (1.0 - 1e-4)).max(0.0);
            if share < 1e-3 {
                share = 0.0;
            }
        }
        loan
    }

    // ----- the figures -----

    pub(crate) fn figures(&self) -> Figures {
        let at = |tv: bool| {
            let mining_pre = self.mining_before_tax(tv);
            let mining_tax = self.mining_books().paid(self.rate, &self.cal);
            let mining_after = mining_pre - (0..self.n).map(|m| mining_tax[m] * self.d_mine[m]).sum::<f64>();
            let ai_pre = self.ai_before_tax(tv);
            let bonus = self.election(tv);
            let ai_after = ai_pre - self.ai_tax_pv(&self.ai_books(tv, bonus, None));
            let loan = self.sized_loan(bonus);
            let loan_value: f64 = (0..self.n).map(|m| loan.owners(m) * self.d_loan[m]).sum();
            let ai_financed = ai_pre - self.ai_tax_pv(&self.ai_books(tv, bonus, Some(&loan))) + loan_value;
            Figures {
                pre_tax: (mining_pre, ai_pre),
                after_tax: (mining_after, ai_after),
                financed: (mining_after, ai_financed),
                other_advantage: 0.0,
                loan_share_pct: loan.share * 100.0,
                borrowed: loan.draw.iter().sum(),
                loan_value,
                booked: self.booked,
            }
        };
        let tv = self.s.finance.terminal_value;
        let mut here = at(tv);
        let other = at(!tv);
        here.other_advantage = other.financed.1 - other.financed.0;
        here
    }
}

#[derive(Debug)]
pub(crate) struct Figures {
    /// (mining NPV, AI NPV) on each basis.
    pub(crate) pre_tax: (f64, f64),
    pub(crate) after_tax: (f64, f64),
    pub(crate) financed: (f64, f64),
    /// The financed advantage with the end-values switch the other way.
    pub(crate) other_advantage: f64,
    pub(crate) loan_share_pct: f64,
    pub(crate) borrowed: f64,
    pub(crate) loan_value: f64,
    pub(crate) booked: f64,
}
