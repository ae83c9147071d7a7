//! The re-derivation's books: discount factors (methodology section 1), income tax by calendar
//! year with its MACRS and straight-line schedules (section 13), and the loan's months (section 14).

use economics::YearMonth;

// ---------------------------------------------------------------------------------------------
// Discounting (section 1)
// ---------------------------------------------------------------------------------------------

/// The factor for `months` months at an annual rate in %: `(1 + r)^(−months/12)`.
pub(crate) fn disc(annual_pct: f64, months: f64) -> f64 {
    (1.0 + annual_pct / 100.0).powf(-months / 12.0)
}

/// A curve over the window: the months before the conversion starts at `before`, the conversion
/// (`start..cut`) at `during`, the months from cut-over at `after`: the factor of month `m` is
/// the product of each segment's factor for the months of it already past.
pub(crate) fn segmented(m: usize, start: usize, cut: usize, before: f64, during: f64, after: f64) -> f64 {
    let pre = m.min(start) as f64;
    let conv = m.clamp(start, cut) as f64 - start as f64;
    let post = m.saturating_sub(cut) as f64;
    disc(before, pre) * disc(during, conv) * disc(after, post)
}

// ---------------------------------------------------------------------------------------------
// Income tax (section 13)
// ---------------------------------------------------------------------------------------------

pub(crate) const MACRS5: [f64; 6] = [0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576];
pub(crate) const MACRS15: [f64; 16] =
    [0.05, 0.095, 0.0855, 0.077, 0.0693, 0.0623, 0.059, 0.059, 0.0591, 0.059, 0.0591, 0.059, 0.0591, 0.059, 0.0591, 0.0295];

#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Kind {
    Five,
    Fifteen,
    Building,
    /// Straight line over this many months from the month placed in service.
    Amortised(usize),
}

/// One tax year's income before tax.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Year {
    pub(crate) ebitda: f64,
    pub(crate) depreciation: f64,
    pub(crate) gain: f64,
    pub(crate) interest: f64,
}

/// A path's taxable income by calendar year over the window.
#[derive(Clone, Debug)]
pub(crate) struct Books {
    pub(crate) first: i32,
    pub(crate) years: Vec<Year>,
}

impl Books {
    pub(crate) fn new(cal: &[YearMonth]) -> Books {
        let first = cal[0].year;
        Books { first, years: vec![Year::default(); (cal[cal.len() - 1].year - first + 1) as usize] }
    }

    pub(crate) fn at(&mut self, year: i32) -> Option<&mut Year> {
        if year < self.first {
            return None;
        }
        self.years.get_mut((year - self.first) as usize)
    }

    pub(crate) fn ebitda(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.at(ym.year) {
            y.ebitda += usd;
        }
    }

    pub(crate) fn interest(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.at(ym.year) {
            y.interest += usd;
        }
    }

    /// An asset placed in service in `from` (with `bonus` of a 5- or 15-year cost at once),
    /// sold in `sold` for its proceeds, if it is: the year of sale takes half a year (5- and
    /// 15-year), the months before the month of sale and half of it (the building, mid-month),
    /// nothing if it is the year placed in service; the proceeds less the basis left are a gain.
    pub(crate) fn asset(&mut self, cost: f64, kind: Kind, from: YearMonth, sold: Option<(YearMonth, f64)>, bonus: f64) {
        if cost == 0.0 {
            return;
        }
        let mut taken = 0.0;
        for (i, full) in schedule(cost, kind, from, bonus).into_iter().enumerate() {
            let year = from.year + i as i32;
            let d = match sold {
                Some((gone, _)) if gone.year < year => break,
                Some((gone, _)) if gone.year == year && i == 0 => 0.0,
                Some((gone, _)) if gone.year == year => {
                    full * match kind {
                        Kind::Five | Kind::Fifteen => 0.5,
                        Kind::Building => (gone.month as f64 - 0.5) / 12.0,
                        Kind::Amortised(_) => 1.0,
                    }
                }
                _ => full,
            };
            taken += d;
            if let Some(y) = self.at(year) {
                y.depreciation += d;
            }
        }
        if let Some((gone, proceeds)) = sold {
            let basis = (cost - taken).max(0.0);
            if let Some(y) = self.at(gone.year) {
                y.gain += proceeds - basis;
            }
        }
    }

    /// Each year's tax: interest within 30% of the year's EBITDA (the rest carried), then losses
    /// carried forward against at most 80% of the year's income; never negative.
    pub(crate) fn taxes(&self, rate: f64) -> (Vec<f64>, bool) {
        let (mut losses, mut interest_carried, mut carried_any) = (0.0f64, 0.0f64, false);
        let mut out = Vec::new();
        for y in &self.years {
            let owed = y.interest + interest_carried;
            let allowed = owed.min(0.3 * y.ebitda.max(0.0));
            interest_carried = owed - allowed;
            let income = y.ebitda + y.gain - y.depreciation - allowed;
            let used = if income > 0.0 { losses.min(0.8 * income) } else { 0.0 };
            losses += (-income).max(0.0) - used;
            carried_any |= losses > 0.0;
            out.push(rate * (income - used).max(0.0));
        }
        (out, carried_any)
    }

    /// The tax paid each month: each year's in its last month in the window.
    pub(crate) fn paid(&self, rate: f64, cal: &[YearMonth]) -> Vec<f64> {
        let (years, _) = self.taxes(rate);
        let mut out = vec![0.0; cal.len()];
        for (i, t) in years.iter().enumerate() {
            let year = self.first + i as i32;
            let close = cal.iter().rposition(|ym| ym.year == year).unwrap();
            out[close] += t;
        }
        out
    }

    /// Each year's tax spread evenly over its months in the window (what a lender sets against
    /// each month's cash).
    pub(crate) fn accrued(&self, rate: f64, cal: &[YearMonth]) -> Vec<f64> {
        let (years, _) = self.taxes(rate);
        cal.iter()
            .map(|ym| {
                let months = cal.iter().filter(|x| x.year == ym.year).count() as f64;
                years[(ym.year - self.first) as usize] / months
            })
            .collect()
    }
}

/// The deduction of each tax year from the one placed in service, before any sale.
pub(crate) fn schedule(cost: f64, kind: Kind, from: YearMonth, bonus: f64) -> Vec<f64> {
    match kind {
        Kind::Five | Kind::Fifteen => {
            let table: &[f64] = if kind == Kind::Five { &MACRS5 } else { &MACRS15 };
            table.iter().enumerate().map(|(i, r)| cost * (1.0 - bonus) * r + if i == 0 { cost * bonus } else { 0.0 }).collect()
        }
        Kind::Building => {
            // 39-year straight line, mid-month: the first year (12 − month + ½)/12 of 1/39,
            // years 2–39 1/39, the 40th the rest.
            let first = (12.0 - from.month as f64 + 0.5) / 12.0 / 39.0;
            let mut v = vec![cost * first];
            v.extend(std::iter::repeat(cost / 39.0).take(38));
            v.push(cost * (1.0 - first - 38.0 / 39.0));
            v
        }
        Kind::Amortised(months) => {
            let mut v = Vec::new();
            let mut left = months;
            let mut here = 13 - from.month as usize;
            while left > 0 {
                let take = here.min(left);
                v.push(cost * take as f64 / months as f64);
                left -= take;
                here = 12;
            }
            v
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The loan (section 14)
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Debug, Default)]
pub(crate) struct Loan {
    pub(crate) share: f64,
    pub(crate) draw: Vec<f64>,
    pub(crate) fee: Vec<f64>,
    pub(crate) interest: Vec<f64>,
    pub(crate) added: Vec<f64>,
    pub(crate) principal: Vec<f64>,
    pub(crate) reserve: Vec<f64>,
    pub(crate) earned: f64,
    pub(crate) from: usize,
    pub(crate) until: usize,
}

impl Loan {
    pub(crate) fn service(&self, m: usize) -> f64 {
        self.interest[m] - self.added[m] + self.principal[m]
    }
    /// The loan's net flow to the owners in month `m`.
    pub(crate) fn owners(&self, m: usize) -> f64 {
        self.draw[m] - self.fee[m] - self.service(m) + self.reserve[m]
    }
}
