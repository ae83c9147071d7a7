//! Project debt for the converted site: drawn in step with the cost as it is spent, interest
//! during construction paid or added to the loan, then repaid from the first full month of
//! operation over a tenor, in level payments or sculpted to the cash available, with a reserve of
//! months of debt service; and the debt-service coverage ratio. Formulas and sources are in
//! `docs/methodology.md` §14.

/// The loan's terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Terms {
    /// Share of each month's cost that is borrowed, 0–1.
    pub loan_to_cost: f64,
    /// Annual coupon, 0–1; the monthly rate is a twelfth of it.
    pub coupon: f64,
    /// Fees and issue discount, as a share of each draw, 0–1.
    pub fees: f64,
    /// Whether interest during construction is added to the loan (else the owners pay it).
    pub capitalise_construction_interest: bool,
    /// Months of repayment from the month repayment starts.
    pub tenor_months: usize,
    /// Whether repayment follows the cash available (a constant coverage ratio) rather than
    /// level payments.
    pub sculpted: bool,
    /// Debt-service reserve: months of debt service held from the start of repayment until the
    /// loan is repaid.
    pub reserve_months: usize,
    /// What the reserve earns while it is held, a year, 0–1 (a twelfth of it a month,
    /// compounded, paid out with the reserve).
    pub reserve_rate: f64,
}

/// The loan month by month, all in US dollars from the owners' side: what it pays in and what
/// they pay out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schedule {
    /// Share of each month's cost borrowed, 0–1 (the terms', or less where the loan was sized
    /// down to its covenant).
    pub loan_to_cost: f64,
    /// Borrowed, before fees.
    pub drawn_usd: Vec<f64>,
    /// Fees and issue discount, kept back from each draw.
    pub fees_usd: Vec<f64>,
    /// Interest incurred (paid or added to the loan).
    pub interest_usd: Vec<f64>,
    /// Interest added to the loan during construction (part of `interest_usd`, not paid).
    pub capitalised_usd: Vec<f64>,
    /// Principal repaid (negative if a sculpted payment falls short of the interest).
    pub principal_usd: Vec<f64>,
    /// The reserve: funded by the owners (negative) when repayment starts, returned (positive)
    /// with what it earned when the loan is repaid.
    pub reserve_usd: Vec<f64>,
    /// What the reserve earned while it was held, paid out with it, $.
    pub reserve_earned_usd: f64,
    /// Balance at the end of each month.
    pub balance_usd: Vec<f64>,
    /// First month of repayment (the window's length if nothing was borrowed).
    pub repay_from: usize,
    /// Month after the last repayment.
    pub repay_until: usize,
}

impl Schedule {
    /// Interest the owners pay in month `m` (incurred less capitalised).
    pub fn interest_paid_usd(&self, m: usize) -> f64 {
        self.interest_usd[m] - self.capitalised_usd[m]
    }

    /// Debt service in month `m`: interest paid plus principal.
    pub fn service_usd(&self, m: usize) -> f64 {
        self.interest_paid_usd(m) + self.principal_usd[m]
    }

    /// The loan's net cash to the owners in month `m`: drawn less fees, less interest paid and
    /// principal, plus the reserve's flow.
    pub fn owners_usd(&self, m: usize) -> f64 {
        self.drawn_usd[m] - self.fees_usd[m] - self.service_usd(m) + self.reserve_usd[m]
    }

    /// Whether anything was borrowed.
    pub fn is_empty(&self) -> bool {
        self.drawn_usd.iter().all(|d| *d == 0.0)
    }
}

/// The payment that repays `principal` in `months` equal monthly payments at `rate` a month:
/// `P = B·r / (1 − (1 + r)^−n)`, or `B / n` at a zero rate.
///
/// # Example
/// ```
/// // $100,000 over 12 months at 1% a month: $8,884.88.
/// let p = economics::financing::level_payment(100_000.0, 0.01, 12);
/// assert!((p - 8_884.878_867).abs() < 1e-6);
/// ```
pub fn level_payment(principal: f64, rate: f64, months: usize) -> f64 {
    let n = months.max(1) as f64;
    if rate.abs() < 1e-15 {
        principal / n
    } else {
        principal * rate / (1.0 - (1.0 + rate).powf(-n))
    }
}

/// The loan for costs spent month by month (`cost_usd`, the window's length), with repayment
/// starting at `repay_from` (no earlier than the month after the last draw) and ending by the
/// window's end. `cash_usd` is the cash available for debt service each month, used to sculpt.
pub fn schedule(cost_usd: &[f64], repay_from: usize, terms: &Terms, cash_usd: &[f64]) -> Schedule {
    let n = cost_usd.len();
    let zeros = vec![0.0; n];
    let mut s = Schedule {
        loan_to_cost: terms.loan_to_cost,
        drawn_usd: cost_usd.iter().map(|c| (c * terms.loan_to_cost).max(0.0)).collect(),
        fees_usd: zeros.clone(),
        interest_usd: zeros.clone(),
        capitalised_usd: zeros.clone(),
        principal_usd: zeros.clone(),
        reserve_usd: zeros.clone(),
        balance_usd: zeros,
        repay_from: n,
        repay_until: n,
        reserve_earned_usd: 0.0,
    };
    let Some(last_draw) = s.drawn_usd.iter().rposition(|d| *d > 0.0) else {
        s.drawn_usd.iter_mut().for_each(|d| *d = 0.0);
        return s;
    };
    for m in 0..n {
        s.fees_usd[m] = s.drawn_usd[m] * terms.fees;
    }
    let rate = terms.coupon / 12.0;
    // Repayment starts after the last draw and leaves at least one month; it ends by the window's
    // end, so a tenor longer than the contract is cut to it.
    let start = repay_from.max(last_draw + 1).min(n - 1);
    let months = terms.tenor_months.clamp(1, n - start);
    s.repay_from = start;
    s.repay_until = start + months;
    let mut balance = 0.0;
    for m in 0..start {
        let interest = balance * rate;
        s.interest_usd[m] = interest;
        if terms.capitalise_construction_interest && m < repay_from {
            s.capitalised_usd[m] = interest;
            balance += interest;
        }
        balance += s.drawn_usd[m];
        s.balance_usd[m] = balance;
    }
    // A draw in the month repayment had to start (the window's last) is repaid at once.
    if last_draw == start {
        balance += s.drawn_usd[start];
    }
    let payments = payments(balance, rate, &cash_usd[start..start + months], terms.sculpted);
    for (k, payment) in payments.iter().enumerate() {
        let m = start + k;
        let interest = balance * rate;
        // The last payment clears what is left, whatever rounding did.
        let principal = if k + 1 == months { balance } else { payment - interest };
        s.interest_usd[m] = interest;
        s.principal_usd[m] = principal;
        balance -= principal;
        s.balance_usd[m] = balance;
    }
    if terms.reserve_months > 0 {
        let held: f64 = (start..s.repay_until).take(terms.reserve_months).map(|m| s.service_usd(m)).sum();
        let grown = held * (1.0 + terms.reserve_rate / 12.0).powi((s.repay_until - 1 - start) as i32);
        s.reserve_usd[start] -= held;
        s.reserve_usd[s.repay_until - 1] += grown;
        s.reserve_earned_usd = grown - held;
    }
    s
}

/// Payments that repay `balance` over `cash.len()` months at `rate`: level, or in proportion to
/// the cash available (the months with none pay nothing), so that their value at the loan's rate
/// equals the balance. Level when there is no cash to sculpt to.
fn payments(balance: f64, rate: f64, cash: &[f64], sculpted: bool) -> Vec<f64> {
    let months = cash.len();
    let level = || vec![level_payment(balance, rate, months); months];
    if !sculpted {
        return level();
    }
    let v = 1.0 / (1.0 + rate);
    let weights: Vec<f64> = cash.iter().map(|c| c.max(0.0)).collect();
    let pv: f64 = weights.iter().enumerate().map(|(k, w)| w * v.powi(k as i32 + 1)).sum();
    if pv <= 0.0 || !pv.is_finite() {
        return level();
    }
    let k = balance / pv;
    weights.iter().map(|w| w * k).collect()
}

/// Months over which cover is tested: lenders test it on the last twelve months' cash and debt
/// service (a year's tax falls in one month; a monthly test would see only that month).
pub const COVER_MONTHS: usize = 12;

/// Debt-service coverage each month of repayment, on the trailing [`COVER_MONTHS`] (fewer in the
/// first year of repayment): cash available ÷ debt service over those months (`None` where no
/// debt service is due).
pub fn dscr(cash_usd: &[f64], loan: &Schedule) -> Vec<Option<f64>> {
    let service_usd: Vec<f64> = (0..cash_usd.len()).map(|m| loan.service_usd(m)).collect();
    (0..cash_usd.len())
        .map(|m| {
            if m < loan.repay_from || m >= loan.repay_until {
                return None;
            }
            let from = loan.repay_from.max((m + 1).saturating_sub(COVER_MONTHS));
            let service: f64 = service_usd[from..=m].iter().sum();
            let cash: f64 = cash_usd[from..=m].iter().sum();
            (service > 0.0).then(|| cash / service)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms() -> Terms {
        Terms {
            loan_to_cost: 0.7,
            coupon: 0.072,
            fees: 0.0,
            capitalise_construction_interest: true,
            tenor_months: 120,
            sculpted: false,
            reserve_months: 0,
            reserve_rate: 0.0,
        }
    }

    /// A level loan's schedule against the closed-form annuity: every payment equal, each month's
    /// balance equal to `B(1+r)^k − P((1+r)^k − 1)/r`, and nothing left after the last.
    #[test]
    fn level_loan_matches_the_annuity() {
        let n = 130;
        let mut cost = vec![0.0; n];
        cost[0] = 1_000_000.0;
        let t = Terms { capitalise_construction_interest: false, ..terms() };
        let s = schedule(&cost, 10, &t, &vec![0.0; n]);
        let (b, r) = (700_000.0, 0.006);
        let p = level_payment(b, r, 120);
        // By hand: 1.006^120 = 2.049933…, so 700,000 × 0.006 / (1 − 1 / 2.049933…)
        // = 4,200 / 0.512179… = 8,199.93.
        assert!((p - 8_199.93).abs() < 0.005, "{p}");
        for k in 0..120 {
            let m = 10 + k;
            assert!((s.service_usd(m) - p).abs() < 1e-6, "month {m}: {}", s.service_usd(m));
            let g = (1.0f64 + r).powi(k as i32 + 1);
            let closed = b * g - p * (g - 1.0) / r;
            assert!((s.balance_usd[m] - closed).abs() < 1e-4, "month {m}: {} vs {closed}", s.balance_usd[m]);
        }
        assert!(s.balance_usd[129].abs() < 1e-6);
        // Interest-only while building, paid by the owners: 9 months at 0.6% on 700,000.
        assert!((s.interest_paid_usd(5) - 4_200.0).abs() < 1e-9);
        assert_eq!(s.principal_usd.iter().sum::<f64>().round(), 700_000.0);
    }

    /// Interest during construction added to the loan compounds into the balance repaid.
    #[test]
    fn capitalised_interest_grows_the_loan() {
        let mut cost = vec![0.0; 40];
        cost[0] = 100.0;
        let s = schedule(&cost, 12, &Terms { tenor_months: 24, ..terms() }, &vec![0.0; 40]);
        let grown = 70.0 * 1.006f64.powi(11);
        assert!((s.balance_usd[11] - grown).abs() < 1e-9);
        assert!((0..12).all(|m| s.interest_paid_usd(m) == 0.0));
        assert!((s.principal_usd.iter().sum::<f64>() - grown).abs() < 1e-9);
    }

    /// Sculpted payments keep the coverage ratio constant and repay the loan by its tenor; the
    /// DSCR is cash ÷ debt service month by month.
    #[test]
    fn sculpted_loan_has_constant_coverage() {
        let n = 60;
        let mut cost = vec![0.0; n];
        cost[0] = 1000.0;
        let cash: Vec<f64> = (0..n).map(|m| if m < 12 { 0.0 } else { 10.0 + m as f64 }).collect();
        let s = schedule(&cost, 12, &Terms { sculpted: true, tenor_months: 48, capitalise_construction_interest: false, ..terms() }, &cash);
        assert!(s.balance_usd[59].abs() < 1e-6);
        let cover = dscr(&cash, &s);
        let first = cover[12].unwrap();
        for (m, c) in cover.iter().enumerate() {
            match c {
                Some(c) => assert!((c - first).abs() < 1e-9, "month {m}: {c} vs {first}"),
                None => assert!(m < 12),
            }
        }
        assert!((cash[20] / s.service_usd(20) - first).abs() < 1e-12);
    }

    /// Cover is tested on the trailing twelve months: a year's tax paid in one month lowers that
    /// year's cover, not one month's. By hand: a level loan of payment P from month 12, cash 30 a
    /// month but 30 − 120 in month 23; at month 17 the window is months 12–17 (6 × 30 / 6P), at
    /// month 23 months 12–23 ((12 × 30 − 120) / 12P), at month 30 months 19–30 (the same sum).
    #[test]
    fn cover_is_tested_on_the_last_twelve_months() {
        let n = 60;
        let mut cost = vec![0.0; n];
        cost[0] = 1000.0;
        let s = schedule(&cost, 12, &Terms { tenor_months: 48, capitalise_construction_interest: false, ..terms() }, &vec![0.0; n]);
        let p = s.service_usd(20);
        let mut cash = vec![30.0; n];
        cash[23] -= 120.0;
        let cover = dscr(&cash, &s);
        assert!((cover[17].unwrap() - 30.0 / p).abs() < 1e-12);
        assert!((cover[23].unwrap() - 240.0 / (12.0 * p)).abs() < 1e-12);
        assert!((cover[30].unwrap() - 240.0 / (12.0 * p)).abs() < 1e-12);
        assert!((cover[35].unwrap() - 30.0 / p).abs() < 1e-12, "month 23 has left the window");
    }

    /// The reserve holds the first months of debt service and comes back with the last payment;
    /// fees are kept back from each draw.
    #[test]
    fn reserve_and_fees() {
        let mut cost = vec![0.0; 36];
        cost[0] = 1000.0;
        let t = Terms { reserve_months: 6, fees: 0.03, tenor_months: 24, capitalise_construction_interest: false, ..terms() };
        let s = schedule(&cost, 12, &t, &vec![0.0; 36]);
        let p = level_payment(700.0, 0.006, 24);
        assert!((s.reserve_usd[12] + 6.0 * p).abs() < 1e-9);
        assert!((s.reserve_usd[35] - 6.0 * p).abs() < 1e-9);
        assert!((s.fees_usd[0] - 21.0).abs() < 1e-12);
        assert!((s.owners_usd(0) - (700.0 - 21.0)).abs() < 1e-12);
        // At 4% a year the reserve earns a third of a percent a month for the 23 months from
        // month 12 to month 35: 6P × (1 + 0.04/12)^23, the interest paid out with it.
        let earning = schedule(&cost, 12, &Terms { reserve_rate: 0.04, ..t }, &vec![0.0; 36]);
        let grown = 6.0 * p * (1.0 + 0.04 / 12.0f64).powi(23);
        assert!((earning.reserve_usd[35] - grown).abs() < 1e-9);
        assert!((earning.reserve_earned_usd - (grown - 6.0 * p)).abs() < 1e-9);
        assert!(earning.reserve_earned_usd > 0.077 * 6.0 * p && earning.reserve_earned_usd < 0.08 * 6.0 * p);
    }

    #[test]
    fn nothing_borrowed_is_an_empty_schedule() {
        let s = schedule(&[0.0, 100.0, 0.0], 2, &Terms { loan_to_cost: 0.0, ..terms() }, &[0.0; 3]);
        assert!(s.is_empty());
        assert!((0..3).all(|m| s.owners_usd(m) == 0.0));
        assert!(dscr(&[5.0; 3], &s).iter().all(Option::is_none));
    }

    /// A tenor longer than the window is cut so the loan is repaid by the window's end.
    #[test]
    fn repaid_by_the_window_end() {
        let mut cost = vec![0.0; 30];
        cost[2] = 500.0;
        let s = schedule(&cost, 6, &Terms { tenor_months: 240, ..terms() }, &vec![0.0; 30]);
        assert_eq!((s.repay_from, s.repay_until), (6, 30));
        assert!(s.balance_usd[29].abs() < 1e-9);
    }
}
