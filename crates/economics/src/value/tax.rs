//! US income tax for a C-corporation that owns the site: depreciation by MACRS class with bonus
//! depreciation, gains and losses when equipment is sold or retired, the 30%-of-EBITDA limit on
//! deductible interest and net operating losses carried forward against 80% of taxable income.
//! Tax years are calendar years; each year's tax is paid in its last month in the window. The
//! model builds a [`Ledger`] per path and asks it for the tax of each year; formulas and their
//! sources are in `docs/methodology.md` §13.

use crate::inputs::calendar::YearMonth;

/// 5-year MACRS property (ASICs, GPUs, servers; UPS, PDUs, cooling units through cost
/// segregation), half-year convention: IRS Publication 946, Table A-1.
pub const MACRS_5_YEAR: [f64; 6] = [0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576];

/// 15-year MACRS property (generators, transformers, site work), 150% declining balance,
/// half-year convention: IRS Publication 946, Table A-1.
pub const MACRS_15_YEAR: [f64; 16] = [
    0.05, 0.095, 0.0855, 0.077, 0.0693, 0.0623, 0.059, 0.059, 0.0591, 0.059, 0.0591, 0.059, 0.0591, 0.059,
    0.0591, 0.0295,
];

/// Recovery period of nonresidential real property (the building shell), years, straight line.
pub const REAL_PROPERTY_YEARS: f64 = 39.0;

/// Share of a year's taxable income that losses carried forward may offset (post-2017 losses).
pub const NOL_LIMIT: f64 = 0.8;

/// Deductible business interest as a share of adjusted taxable income (EBITDA-based from 2025).
pub const INTEREST_LIMIT: f64 = 0.3;

/// How the tax law recovers an asset's cost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Class {
    /// 5-year MACRS, bonus-eligible.
    FiveYear,
    /// 15-year MACRS, bonus-eligible.
    FifteenYear,
    /// 39-year straight line, mid-month convention; no bonus.
    RealProperty,
    /// Straight line over this many months from the month paid (leasing commissions amortised
    /// over the lease); no bonus.
    Amortised(u32),
}

impl Class {
    /// Whether bonus depreciation applies (property with a recovery period of 20 years or less).
    pub fn takes_bonus(self) -> bool {
        matches!(self, Class::FiveYear | Class::FifteenYear)
    }
}

/// One asset for tax: its cost, class, the month it was placed in service and, if it leaves the
/// company (sold, retired or valued at the window's end), the month it does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Asset {
    pub cost_usd: f64,
    pub class: Class,
    pub in_service: YearMonth,
    pub disposed: Option<YearMonth>,
}

impl Asset {
    /// The deduction of each tax year from the year placed in service, with `bonus` (0–1) of the
    /// cost deducted in the first year where the class allows it. A disposal stops it: the year
    /// of disposal takes half a year (half-year convention) or the months held (mid-month, or
    /// straight-line amortisation), and an asset placed in service and disposed of in the same
    /// year takes nothing.
    ///
    /// # Example
    /// ```
    /// use economics::tax::{Asset, Class};
    /// use economics::YearMonth;
    /// let asics = Asset { cost_usd: 100.0, class: Class::FiveYear, in_service: YearMonth { year: 2027, month: 3 }, disposed: None };
    /// let by_year: Vec<f64> = asics.deductions(0.0).into_iter().map(|(_, d)| d).collect();
    /// assert_eq!(by_year, vec![20.0, 32.0, 19.2, 11.52, 11.52, 5.76]);
    /// assert_eq!(asics.deductions(1.0), vec![(2027, 100.0)]);
    /// ```
    pub fn deductions(&self, bonus: f64) -> Vec<(i32, f64)> {
        let mut out = Vec::new();
        self.each_deduction(bonus, |year, d| out.push((year, d)));
        out
    }

    /// Calls `f` with each year's deduction (see [`Asset::deductions`]), allocating nothing.
    pub fn each_deduction(&self, bonus: f64, mut f: impl FnMut(i32, f64)) {
        let first = self.in_service.year;
        let bonus = if self.class.takes_bonus() { bonus.clamp(0.0, 1.0) } else { 0.0 };
        let mut i = 0;
        while let Some(rate) = self.rate(i) {
            let year = first + i as i32;
            let mut d = self.cost_usd * (1.0 - bonus) * rate;
            if i == 0 {
                d += self.cost_usd * bonus;
            }
            if let Some(gone) = self.disposed {
                if gone.year < year || (gone.year == year && year == first) {
                    return;
                }
                if gone.year == year {
                    d *= self.disposal_year_share(gone);
                    if d != 0.0 {
                        f(year, d);
                    }
                    return;
                }
            }
            if d != 0.0 {
                f(year, d);
            }
            i += 1;
        }
    }

    /// The share of the disposal year's scheduled deduction still taken in that year.
    fn disposal_year_share(&self, gone: YearMonth) -> f64 {
        match self.class {
            Class::FiveYear | Class::FifteenYear => 0.5,
            // Mid-month: the months before the disposal month and half of it, over a full year
            // (the last scheduled year is itself partial, so this is applied to a full year's rate).
            Class::RealProperty => (gone.month as f64 - 0.5) / 12.0,
            Class::Amortised(_) => 1.0,
        }
    }

    /// Tax basis left when the asset is disposed of: cost less every deduction taken.
    pub fn basis_at_disposal(&self, bonus: f64) -> f64 {
        let mut taken = 0.0;
        self.each_deduction(bonus, |_, d| taken += d);
        (self.cost_usd - taken).max(0.0)
    }

    /// The class's rate in the `i`-th year from the year placed in service (before any disposal).
    fn rate(&self, i: usize) -> Option<f64> {
        match self.class {
            Class::FiveYear => MACRS_5_YEAR.get(i).copied(),
            Class::FifteenYear => MACRS_15_YEAR.get(i).copied(),
            // 39-year straight line with the mid-month convention: the first year takes the
            // months after the month placed in service plus half of it, the middle years 1/39
            // each, the 40th the rest. (IRS Table A-7a rounds these to three decimals.)
            Class::RealProperty => {
                let per_year = 1.0 / REAL_PROPERTY_YEARS;
                let first = per_year * (12.0 - self.in_service.month as f64 + 0.5) / 12.0;
                match i {
                    0 => Some(first),
                    1..=38 => Some(per_year),
                    39 => Some(1.0 - first - 38.0 * per_year),
                    _ => None,
                }
            }
            // Straight line over `months` from the month paid.
            Class::Amortised(months) => {
                let months = months.max(1) as i64;
                let in_first = 13 - self.in_service.month as i64;
                let before = if i == 0 { 0 } else { in_first + 12 * (i as i64 - 1) };
                let here = if i == 0 { in_first } else { 12 };
                let take = here.min(months - before);
                (take > 0).then(|| take as f64 / months as f64)
            }
        }
    }
}

/// The deduction in the `k`-th tax year (0: the year placed in service) of 5-year property
/// costing `cost_usd` with `bonus` (0–1), exactly as [`Asset::deductions`] computes it.
pub fn five_year_deduction(cost_usd: f64, bonus: f64, k: usize) -> f64 {
    let Some(rate) = MACRS_5_YEAR.get(k) else { return 0.0 };
    let d = cost_usd * (1.0 - bonus) * rate;
    if k == 0 {
        d + cost_usd * bonus
    } else {
        d
    }
}

/// The rules a path is taxed under.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rules {
    /// Combined income-tax rate, 0–1.
    pub rate: f64,
    /// Share of the cost of bonus-eligible property deducted in the year placed in service, 0–1.
    pub bonus: f64,
    /// Whether the owner's other income absorbs the path's losses and interest the year they
    /// arise: then a year's tax is the rate on its income, negative in a year of loss (the tax
    /// the loss saves elsewhere), with nothing carried and no interest limit.
    pub group: bool,
}

/// One tax year's income before tax.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct YearIncome {
    /// Revenue less power and other operating cost.
    pub ebitda_usd: f64,
    pub depreciation_usd: f64,
    /// Proceeds of equipment sold less its tax basis (negative for a loss, e.g. a retirement).
    pub gain_usd: f64,
    /// Business interest incurred (before the 30% limit), issue costs included.
    pub interest_usd: f64,
}

/// One tax year's result.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct YearTax {
    /// Interest deducted this year (incurred and carried, within the limit).
    pub interest_deducted_usd: f64,
    /// Taxable income before losses carried forward (negative: a loss).
    pub income_usd: f64,
    /// Losses carried forward used this year.
    pub losses_used_usd: f64,
    pub tax_usd: f64,
    /// Losses carried into the next year.
    pub losses_carried_usd: f64,
    /// Interest disallowed so far and carried into the next year.
    pub interest_carried_usd: f64,
}

/// Tax year by year: interest limited to 30% of the year's EBITDA with the excess carried
/// forward, then losses carried forward against at most 80% of the year's taxable income. Tax
/// is never negative: a loss is carried, not refunded (unless the owner's other income uses it at
/// once, [`Rules::group`]).
///
/// # Example
/// ```
/// use economics::tax::{taxes, Rules, YearIncome};
/// let rules = Rules { rate: 0.21, bonus: 1.0, group: false };
/// // A $100 loss, then $100 of income: $80 of the loss is used, $20 is taxed at 21%.
/// let years = [YearIncome { ebitda_usd: -100.0, ..Default::default() }, YearIncome { ebitda_usd: 100.0, ..Default::default() }];
/// let t = taxes(&rules, &years);
/// assert_eq!(t[1].losses_used_usd, 80.0);
/// assert!((t[1].tax_usd - 4.2).abs() < 1e-12);
/// ```
pub fn taxes(rules: &Rules, years: &[YearIncome]) -> Vec<YearTax> {
    let mut carry = Carry::default();
    years.iter().map(|y| carry.year(rules, y)).collect()
}

/// What one tax year carries into the next: losses and disallowed interest. [`taxes`] runs it
/// over a list of years; the Monte Carlo runs it year by year on each path.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Carry {
    pub losses_usd: f64,
    pub interest_usd: f64,
}

impl Carry {
    /// The tax of year `y`, updating what is carried.
    pub fn year(&mut self, rules: &Rules, y: &YearIncome) -> YearTax {
        if rules.group {
            let income_usd = y.ebitda_usd + y.gain_usd - y.depreciation_usd - y.interest_usd;
            return YearTax { interest_deducted_usd: y.interest_usd, income_usd, tax_usd: rules.rate * income_usd, ..YearTax::default() };
        }
        let owed = y.interest_usd + self.interest_usd;
        let interest_deducted_usd = owed.min(INTEREST_LIMIT * y.ebitda_usd.max(0.0));
        self.interest_usd = owed - interest_deducted_usd;
        let income_usd = y.ebitda_usd + y.gain_usd - y.depreciation_usd - interest_deducted_usd;
        let losses_used_usd = if income_usd > 0.0 { self.losses_usd.min(NOL_LIMIT * income_usd) } else { 0.0 };
        self.losses_usd += (-income_usd).max(0.0) - losses_used_usd;
        let tax_usd = rules.rate * (income_usd - losses_used_usd).max(0.0);
        YearTax {
            interest_deducted_usd,
            income_usd,
            losses_used_usd,
            tax_usd,
            losses_carried_usd: self.losses_usd,
            interest_carried_usd: self.interest_usd,
        }
    }
}

/// A path's taxable income by calendar year over the window: the model adds each month's EBITDA
/// and interest, each asset (scaled by the share of it the path owns) and each sale, then asks for
/// the tax of each month.
#[derive(Debug, Clone)]
pub struct Ledger {
    first_year: i32,
    /// Index of the window's month that closes each year (December, or the window's last month).
    closes: Vec<usize>,
    pub years: Vec<YearIncome>,
}

impl Ledger {
    /// An empty ledger for a window of `calendar` months.
    pub fn new(calendar: &[YearMonth]) -> Ledger {
        let first_year = calendar.first().map_or(0, |ym| ym.year);
        let last_year = calendar.last().map_or(first_year, |ym| ym.year);
        let span = (last_year - first_year + 1).max(1) as usize;
        let mut closes = vec![0; span];
        for (m, ym) in calendar.iter().enumerate() {
            closes[(ym.year - first_year) as usize] = m;
        }
        Ledger { first_year, closes, years: vec![YearIncome::default(); span] }
    }

    fn year(&mut self, year: i32) -> Option<&mut YearIncome> {
        let i = year - self.first_year;
        if i < 0 {
            return None;
        }
        self.years.get_mut(i as usize)
    }

    /// Adds one month's EBITDA (`month` is the window's month index, `ym` its calendar month).
    pub fn add_ebitda(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.year(ym.year) {
            y.ebitda_usd += usd;
        }
    }

    /// Adds interest incurred in month `ym`.
    pub fn add_interest(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.year(ym.year) {
            y.interest_usd += usd;
        }
    }

    /// Adds `share` of an asset: its deductions in the window's years and, if it is disposed of
    /// in the window for `proceeds_usd`, the gain over its basis (a loss if below).
    pub fn add_asset(&mut self, asset: &Asset, share: f64, bonus: f64, proceeds_usd: f64) {
        if share == 0.0 || asset.cost_usd == 0.0 {
            return;
        }
        asset.each_deduction(bonus, |year, d| {
            if let Some(y) = self.year(year) {
                y.depreciation_usd += d * share;
            }
        });
        if let Some(gone) = asset.disposed {
            let gain = proceeds_usd - asset.basis_at_disposal(bonus);
            if let Some(y) = self.year(gone.year) {
                y.gain_usd += gain * share;
            }
        }
    }

    /// Index of the window's month that closes each year of the ledger.
    pub fn closes(&self) -> &[usize] {
        &self.closes
    }

    /// Tax paid in each month of the window: each year's tax in the month that closes it.
    pub fn monthly(&self, rules: &Rules, n: usize) -> Vec<f64> {
        let mut out = vec![0.0; n];
        for (close, t) in self.closes.iter().zip(taxes(rules, &self.years)) {
            if *close < n {
                out[*close] += t.tax_usd;
            }
        }
        out
    }

    /// Each year's tax spread evenly over its months in the window: the accrual a lender sets
    /// against each month's cash.
    pub fn accrued(&self, rules: &Rules, calendar: &[YearMonth]) -> Vec<f64> {
        let tax = taxes(rules, &self.years);
        let mut months_in = vec![0usize; self.years.len()];
        for ym in calendar {
            months_in[(ym.year - self.first_year) as usize] += 1;
        }
        calendar
            .iter()
            .map(|ym| {
                let i = (ym.year - self.first_year) as usize;
                tax[i].tax_usd / months_in[i].max(1) as f64
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
