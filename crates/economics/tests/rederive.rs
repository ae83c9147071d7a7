//! Issue #24: a second, simpler implementation of version 4's valuation, written from
//! `docs/methodology.md` alone, checked against `economics::compute` for the defaults and two
//! presets (Hut 8 – Beacon Point, Riot – AMD).
//!
//! **Taken as given** (not what version 4 changed, and a project of their own to re-derive),
//! read from the report of `compute(&s)` itself — the before-tax lines of its months, which
//! are the same on every basis, for the purchase plan the report's basis chose (a pre-tax run
//! can choose another plan: at the defaults it buys a generation in January 2043):
//! - the calendar (`Report::calendar`) and so the days of each month;
//! - the mining path's months before tax: revenue, power, other opex, capex;
//! - the converting path's mining part before cut-over: revenue, power and other opex of its
//!   months before cut-over (capex there must be the conversion's and the commission's alone,
//!   which the test checks against its own).
//!
//! **Re-derived here from the methodology** (sections 1, 4, 5, 13 and 14): who pays for the
//! capacity month by month (exit of each credit, re-letting after the downtime), the lease's
//! rent with its escalator and ramp and the lease type's margin, the rent booked and the
//! commission, the conversion capex schedule, the ASICs' sale at cut-over (the lower of
//! straight-line book value and value in use at the mining rate), the building's value after
//! the contract and the site's value, every discount curve (backstopped, own-credit,
//! construction, after-contract, site, mining, the AI curve blended by the backstopped share of
//! revenue, the loan's market rate), income tax (a ledger by calendar year, MACRS 5- and
//! 15-year tables, 39-year mid-month straight line, amortised commission, bonus and the
//! election out of it, losses carried against 80% of income, interest within 30% of EBITDA,
//! gains on sales, the abandonment deduction with the contract years only, the tax of the
//! converting path split by what its mining part would pay taxed alone), and the loan (draws
//! and fees, interest capitalised until full capacity, level repayment, a reserve that earns,
//! cover on the trailing twelve months after accrued tax, sizing to the covenant, valued at the
//! market rate for its credit).
//!
//! Where the document leaves a detail open, the comment at that line says what the code does
//! and that this file follows it; any difference between the document and the code is listed
//! in `DISCREPANCIES` at the end of this file.

use economics::presets::Preset;
use economics::{compute, AiMode, Report, Scenario, YearMonth};

// ---------------------------------------------------------------------------------------------
// Discounting (section 1)
// ---------------------------------------------------------------------------------------------

/// The factor for `months` months at an annual rate in %: `(1 + r)^(−months/12)`.
fn disc(annual_pct: f64, months: f64) -> f64 {
    (1.0 + annual_pct / 100.0).powf(-months / 12.0)
}

/// A curve over the window: the months before the conversion starts at `before`, the conversion
/// (`start..cut`) at `during`, the months from cut-over at `after`: the factor of month `m` is
/// the product of each segment's factor for the months of it already past.
fn segmented(m: usize, start: usize, cut: usize, before: f64, during: f64, after: f64) -> f64 {
    let pre = m.min(start) as f64;
    let conv = m.clamp(start, cut) as f64 - start as f64;
    let post = m.saturating_sub(cut) as f64;
    disc(before, pre) * disc(during, conv) * disc(after, post)
}

// ---------------------------------------------------------------------------------------------
// Income tax (section 13)
// ---------------------------------------------------------------------------------------------

const MACRS5: [f64; 6] = [0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576];
const MACRS15: [f64; 16] =
    [0.05, 0.095, 0.0855, 0.077, 0.0693, 0.0623, 0.059, 0.059, 0.0591, 0.059, 0.0591, 0.059, 0.0591, 0.059, 0.0591, 0.0295];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Five,
    Fifteen,
    Building,
    /// Straight line over this many months from the month placed in service.
    Amortised(usize),
}

/// One tax year's income before tax.
#[derive(Clone, Copy, Default, Debug)]
struct Year {
    ebitda: f64,
    depreciation: f64,
    gain: f64,
    interest: f64,
}

/// A path's taxable income by calendar year over the window.
#[derive(Clone, Debug)]
struct Books {
    first: i32,
    years: Vec<Year>,
}

impl Books {
    fn new(cal: &[YearMonth]) -> Books {
        let first = cal[0].year;
        Books { first, years: vec![Year::default(); (cal[cal.len() - 1].year - first + 1) as usize] }
    }

    fn at(&mut self, year: i32) -> Option<&mut Year> {
        if year < self.first {
            return None;
        }
        self.years.get_mut((year - self.first) as usize)
    }

    fn ebitda(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.at(ym.year) {
            y.ebitda += usd;
        }
    }

    fn interest(&mut self, ym: YearMonth, usd: f64) {
        if let Some(y) = self.at(ym.year) {
            y.interest += usd;
        }
    }

    /// An asset placed in service in `from` (with `bonus` of a 5- or 15-year cost at once),
    /// sold in `sold` for its proceeds, if it is: the year of sale takes half a year (5- and
    /// 15-year), the months before the month of sale and half of it (the building, mid-month),
    /// nothing if it is the year placed in service; the proceeds less the basis left are a gain.
    fn asset(&mut self, cost: f64, kind: Kind, from: YearMonth, sold: Option<(YearMonth, f64)>, bonus: f64) {
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
    fn taxes(&self, rate: f64) -> (Vec<f64>, bool) {
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
    fn paid(&self, rate: f64, cal: &[YearMonth]) -> Vec<f64> {
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
    fn accrued(&self, rate: f64, cal: &[YearMonth]) -> Vec<f64> {
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
fn schedule(cost: f64, kind: Kind, from: YearMonth, bonus: f64) -> Vec<f64> {
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
struct Loan {
    share: f64,
    draw: Vec<f64>,
    fee: Vec<f64>,
    interest: Vec<f64>,
    added: Vec<f64>,
    principal: Vec<f64>,
    reserve: Vec<f64>,
    earned: f64,
    from: usize,
    until: usize,
}

impl Loan {
    fn service(&self, m: usize) -> f64 {
        self.interest[m] - self.added[m] + self.principal[m]
    }
    /// The loan's net flow to the owners in month `m`.
    fn owners(&self, m: usize) -> f64 {
        self.draw[m] - self.fee[m] - self.service(m) + self.reserve[m]
    }
}

// ---------------------------------------------------------------------------------------------
// The site, the two paths before tax, and every factor
// ---------------------------------------------------------------------------------------------

struct Site<'a> {
    s: &'a Scenario,
    cal: Vec<YearMonth>,
    n: usize,
    cut: usize,
    full: usize,
    conversion: f64,
    /// The AI business's own lines (no mining in them), and the cost a loan funds.
    ai_revenue: Vec<f64>,
    ai_opex: Vec<f64>,
    ai_capex: Vec<f64>,
    funded: Vec<f64>,
    booked: f64,
    /// The mining part of the converting path: EBITDA before cut-over, and the ASICs' sale.
    part_ebitda: Vec<f64>,
    sale: Option<(usize, f64)>,
    /// The mining path.
    mine_ebitda: Vec<f64>,
    mine_capex: Vec<f64>,
    /// Factors.
    d_mine: Vec<f64>,
    d_ai: Vec<f64>,
    d_loan: Vec<f64>,
    tail_factor: f64,
    site_factor: f64,
    site_value: f64,
    building: f64,
    rate: f64,
}

fn whole(x: f64) -> usize {
    x.round() as usize
}

impl<'a> Site<'a> {
    fn new(s: &'a Scenario, r: &Report) -> Site<'a> {
        // What this file covers: a lease on the whole site, no prepayment or warrants, the
        // miners running until cut-over, each rate its own.
        assert_eq!(s.mode, AiMode::Lease);
        assert_eq!(s.ai.share_converted_pct, 100.0);
        assert_eq!(s.ai.prepaid_pct, 0.0);
        assert_eq!(s.ai.warrants_musd, 0.0);
        assert!(s.ai.mine_until_cutover && !s.finance.one_rate && !s.tax.group_uses_losses && !s.debt.sculpted);

        // The window (section 1): s + c + 12 × contract years.
        let cal = r.calendar.clone();
        let start = whole(s.ai.convert_in_months);
        let cut = start + whole(s.ai.months_to_convert);
        let n = cut + whole(s.site.horizon_years * 12.0);
        assert_eq!(cal.len(), n);
        let ramp = whole(s.ai.ramp_months);
        let days: Vec<f64> = cal.iter().map(|ym| ym.days() as f64).collect();
        let f = &s.finance;

        // Who pays for the capacity (section 4).
        let b = s.ai.backstopped_pct / 100.0;
        let p = s.ai.early_exit_pct_per_yr / 100.0;
        let q = (1.0 - p).powf(1.0 / 12.0);
        let q_ig = (1.0 - 0.002f64.min(p)).powf(1.0 / 12.0);
        let down = whole(s.lease.downtime_months);
        let (mut backed, mut own, mut relet, mut left) = (vec![b; n], vec![1.0 - b; n], vec![0.0; n], vec![0.0; n]);
        for m in cut..n {
            let k = (m - cut) as f64;
            backed[m] = b * (1.0 - 0.002f64.min(p)).powf(k / 12.0);
            own[m] = (1.0 - b) * (1.0 - p).powf(k / 12.0);
            relet[m] = if m > cut { relet[m - 1] * q } else { 0.0 };
            // What left after month j is let again from month j + 1 + D.
            if s.ai.relet_after_exit && m >= cut + down + 1 {
                relet[m] += left[m - 1 - down];
            }
            left[m] = backed[m] * (1.0 - q_ig) + (own[m] + relet[m]) * (1.0 - q);
        }

        // The lease (section 4).
        let it_mw = s.site.grid_mw / s.ai.pue;
        let esc = 1.0 + s.lease.escalator_pct_per_yr / 100.0;
        let margin = if s.lease.triple_net { s.lease.noi_margin_triple_net_pct } else { s.lease.noi_margin_pct } / 100.0;
        let ramp_share = |m: usize| if ramp == 0 { 1.0 } else { ((m - cut + 1) as f64 / ramp as f64).min(1.0) };
        // Rent with every customer paying: IT MW × 1000 × $/kW-month × escalator × ramp × days × 12/365.
        let rent = |m: usize, from: usize| {
            it_mw * 1000.0 * s.lease.usd_per_kw_month * esc.powi(((m - from) / 12) as i32) * ramp_share(m) * days[m] * 12.0 / 365.0
        };
        let mut ai_revenue = vec![0.0; n];
        let mut ai_opex = vec![0.0; n];
        let mut booked = 0.0;
        let mut d_ai = vec![0.0; n];
        for m in cut..n {
            booked += rent(m, cut);
            // Space let again pays the market rent, not escalated (a lease struck in month m).
            ai_revenue[m] = rent(m, cut) * (backed[m] + own[m]) + rent(m, m) * relet[m];
            ai_opex[m] = ai_revenue[m] * (1.0 - margin);
        }

        // Conversion capex and the commission (section 4).
        let conversion = it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
        let c = cut - start;
        let mut ai_capex = vec![0.0; n];
        for m in start..start + c.max(1) {
            ai_capex[m] += conversion / c.max(1) as f64;
        }
        ai_capex[start] += s.lease.commission_pct / 100.0 * booked;
        let funded = ai_capex.clone();

        // The given lines: the mining path, and the converting path's mining before cut-over.
        let mine_ebitda: Vec<f64> = r.mining.months.iter().map(|x| x.revenue_usd - x.power_usd - x.other_opex_usd).collect();
        let mine_capex: Vec<f64> = r.mining.months.iter().map(|x| x.capex_usd).collect();
        let mut part_ebitda = vec![0.0; n];
        for m in 0..cut {
            let x = &r.ai.months[m];
            part_ebitda[m] = x.revenue_usd - x.power_usd - x.other_opex_usd;
            assert!((x.capex_usd - ai_capex[m]).abs() < 1e-6, "month {m}: capex {} against conversion and commission {}", x.capex_usd, ai_capex[m]);
        }

        // Discount curves (section 1).
        let d_mine: Vec<f64> = (0..n).map(|m| disc(f.mining_rate_pct, m as f64)).collect();
        for m in 0..n {
            let ig = segmented(m, start, cut, f.own_credit_rate_pct, f.construction_rate_pct, f.backstopped_rate_pct);
            let oc = segmented(m, start, cut, f.own_credit_rate_pct, f.construction_rate_pct, f.own_credit_rate_pct);
            // The share of the month's revenue an investment-grade party stands behind: the
            // backstopped contract share at the contract's (escalated) rent, against all rent.
            let w = if m < cut {
                b
            } else {
                let e = esc.powi(((m - cut) / 12) as i32);
                let paying = e * (backed[m] + own[m]) + relet[m];
                if paying > 0.0 { e * backed[m] / paying } else { 0.0 }
            };
            d_ai[m] = w * ig + (1.0 - w) * oc;
        }
        let loan_rate = b * f.backstopped_rate_pct + (1.0 - b) * f.own_credit_rate_pct;
        let d_loan: Vec<f64> = (0..n).map(|m| (1.0 + loan_rate / 1200.0).powi(-(m as i32))).collect();
        let tail_factor = segmented(n - 1, start, cut, f.after_contract_rate_pct, f.construction_rate_pct, f.after_contract_rate_pct);
        let site_factor = disc(f.after_contract_rate_pct, (n - 1) as f64);

        // After the contract (section 5).
        let site_value = s.site.site_value_musd_per_mw * 1e6 * s.site.grid_mw;
        let tail = whole(s.lease.years_after_contract * 12.0);
        let v = disc(f.after_contract_rate_pct, 1.0);
        let noi = it_mw * 1000.0 * s.lease.usd_per_kw_month * margin;
        let renew = s.lease.renewal_pct / 100.0;
        let rents: f64 = (0..tail)
            .map(|k| noi * esc.powi((k / 12) as i32) * if k < down { renew } else { 1.0 } * v.powi(k as i32 + 1))
            .sum();
        let building = (rents - s.lease.refit_pct / 100.0 * conversion - site_value * (1.0 - v.powi(tail as i32))).max(0.0);

        // The ASICs sold at cut-over (section 4): the lower of straight-line book value and value
        // in use, the cash the fleet would still earn at the mining rate. Checked to hold here:
        // today's fleet is the only one before cut-over, and wears out inside the window.
        let sale = (!s.mining.greenfield).then(|| {
            let life = whole(s.mining.asic_life_years * 12.0) as i64;
            let bought = -(whole(s.mining.fleet_age_years * 12.0) as i64);
            let wears_out = (bought + life) as usize;
            assert!(wears_out <= n && mine_capex.iter().all(|c| *c == 0.0), "no purchase on the mining path");
            let fleet = s.site.grid_mw * 1e6 / s.mining.overhead_ratio * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th;
            let book = fleet * (bought + life - cut as i64).clamp(0, life) as f64 / life as f64;
            // The mining path runs this same fleet until it wears out, idling when EBITDA < 0.
            let in_use: f64 = (cut..wears_out).map(|m| mine_ebitda[m].max(0.0) * d_mine[m]).sum::<f64>() / d_mine[cut];
            (cut, book.min(in_use))
        });

        Site {
            s,
            cal,
            n,
            cut,
            full: (cut + ramp).min(n - 1),
            conversion,
            ai_revenue,
            ai_opex,
            ai_capex,
            funded,
            booked,
            part_ebitda,
            sale,
            mine_ebitda,
            mine_capex,
            d_mine,
            d_ai,
            d_loan,
            tail_factor,
            site_factor,
            site_value,
            building,
            rate: s.tax.rate_pct / 100.0,
        }
    }

    // ----- before tax -----

    fn mining_before_tax(&self, tv: bool) -> f64 {
        let cash: f64 = (0..self.n).map(|m| (self.mine_ebitda[m] - self.mine_capex[m]) * self.d_mine[m]).sum();
        // No fleet is alive at the window's end on these paths, so the miners are worth nothing then.
        cash + if tv { self.site_value * self.site_factor } else { 0.0 }
    }

    fn ai_before_tax(&self, tv: bool) -> f64 {
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

    fn mining_books(&self) -> Books {
        // Today's fleet was deducted in full before the window; it retires for nothing: no gain.
        let mut b = Books::new(&self.cal);
        for m in 0..self.n {
            b.ebitda(self.cal[m], self.mine_ebitda[m]);
        }
        b
    }

    /// The converting path's mining part taxed alone: its EBITDA, and the gain on the ASICs'
    /// sale (today's fleet has no basis left).
    fn part_books(&self) -> Books {
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
    fn ai_books(&self, tv: bool, bonus: f64, loan: Option<&Loan>) -> Books {
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
    fn ai_tax_pv(&self, books: &Books) -> f64 {
        let all = books.paid(self.rate, &self.cal);
        let part = self.part_books().paid(self.rate, &self.cal);
        (0..self.n).map(|m| part[m] * self.d_mine[m] + (all[m] - part[m]) * self.d_ai[m]).sum()
    }

    /// The bonus the company takes on the converting path: the law's, or none where electing
    /// out costs less tax in present value on the cash before debt; where the law's bonus leaves
    /// no loss to carry it is taken without weighing (section 13, as written: the code weighs a
    /// converting path even then; see DISCREPANCIES).
    fn election(&self, tv: bool) -> f64 {
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

    fn loan(&self, share: f64) -> Loan {
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
    fn cover(&self, l: &Loan, bonus: f64) -> Vec<f64> {
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
    fn sized_loan(&self, bonus: f64) -> Loan {
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

    fn figures(&self) -> Figures {
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
struct Figures {
    /// (mining NPV, AI NPV) on each basis.
    pre_tax: (f64, f64),
    after_tax: (f64, f64),
    financed: (f64, f64),
    /// The financed advantage with the end-values switch the other way.
    other_advantage: f64,
    loan_share_pct: f64,
    borrowed: f64,
    loan_value: f64,
    booked: f64,
}

// ---------------------------------------------------------------------------------------------
// The comparisons
// ---------------------------------------------------------------------------------------------

const CENT: f64 = 0.01;

fn check(name: &str, s: &Scenario) -> (Report, Figures) {
    let r = compute(s).unwrap();
    let site = Site::new(s, &r);
    // The lease's months as the model books them (from cut-over: rent, the margin, no power).
    for m in site.cut..site.n {
        let x = &r.ai.months[m];
        assert!((x.revenue_usd - site.ai_revenue[m]).abs() < CENT, "{name} month {m}: rent {} vs {}", x.revenue_usd, site.ai_revenue[m]);
        assert!((x.other_opex_usd - site.ai_opex[m]).abs() < CENT, "{name} month {m}: opex");
        assert_eq!(x.power_usd, 0.0);
    }
    if let Some((m, usd)) = site.sale {
        assert!((r.ai.months[m].capex_usd - (site.ai_capex[m] - usd)).abs() < CENT, "{name}: the ASICs' sale at cut-over");
    }
    let f = site.figures();
    let mut report = format!("{name}:\n");
    let mut bad = Vec::new();
    let mut cmp = |what: &str, model: f64, mine: f64, tol: f64| {
        report += &format!("  {what:<28} model {model:>20.2}  re-derived {mine:>20.2}  diff {:>12.4}\n", model - mine);
        if (model - mine).abs() > tol {
            bad.push(what.to_string());
        }
    };
    for (basis, model, mine) in [
        ("pre-tax", r.by_basis.pre_tax, f.pre_tax),
        ("after tax", r.by_basis.after_tax, f.after_tax),
        ("financed", r.by_basis.financed, f.financed),
    ] {
        cmp(&format!("{basis}: mining NPV"), model.mining_npv_usd, mine.0, CENT);
        cmp(&format!("{basis}: AI NPV"), model.ai_npv_usd, mine.1, CENT);
        cmp(&format!("{basis}: advantage"), model.advantage_npv_usd, mine.1 - mine.0, CENT);
    }
    cmp("advantage (headline)", r.advantage_npv_usd, f.financed.1 - f.financed.0, CENT);
    cmp("other figure", r.advantage_other_npv_usd, f.other_advantage, CENT);
    let d = r.debt.as_ref().expect("the AI path borrows");
    cmp("loan's share of cost, %", d.loan_to_cost_pct, f.loan_share_pct, 1e-9);
    cmp("borrowed", d.borrowed_usd, f.borrowed, CENT);
    cmp("loan's flows at market rate", d.loan_value_usd, f.loan_value, CENT);
    println!("{report}");
    assert!(bad.is_empty(), "{name}: {bad:?} differ\n{report}");
    (r, f)
}

/// The defaults: a lease on a mining site, financed, the loan cut by the cover covenant.
#[test]
fn defaults_rederived() {
    let (r, f) = check("defaults", &Scenario::default());
    assert!(r.debt.as_ref().unwrap().sized_to_cover);
    assert!(f.loan_share_pct < 72.5);
}

/// Hut 8 – Beacon Point: greenfield, triple-net at 100%, fully backstopped, 3% escalator. The
/// solved rent books the deal's $9.8B over the term with no exit, to within a millionth: the
/// rent is kept to four decimals ($/kW-month), as a link writes it.
#[test]
fn hut8_beacon_point_rederived() {
    let s = Preset::by_id("hut8-bp").unwrap().scenario();
    let (_, f) = check("hut8-bp", &s);
    assert!((f.booked / 9.8e9 - 1.0).abs() < 1e-6, "{}", f.booked);
    assert_eq!(s.lease.usd_per_kw_month, (s.lease.usd_per_kw_month * 1e4).round() / 1e4);
}

/// Riot – AMD: no conversion months (cut-over in month 0, the ASICs sold then), a 5-month
/// ramp, backstopped, modified gross at 80.39%. The solved rent, kept to four decimals, books
/// $311M to within a millionth.
#[test]
fn riot_amd_rederived() {
    let (_, f) = check("riot-amd", &Preset::by_id("riot-amd").unwrap().scenario());
    assert!((f.booked / 311e6 - 1.0).abs() < 1e-6, "{}", f.booked);
}

/// Not one of the three asked for: the defaults with the whole conversion cost-segregated and a
/// rent of $80, where the company elects out of bonus on the converting path (the branch the
/// three scenarios above never take: bonus is kept on each of them).
#[test]
fn election_out_of_bonus_rederived() {
    let mut s = Scenario::default();
    s.tax.cost_segregation_pct = 100.0;
    s.lease.usd_per_kw_month = 80.0;
    let (r, _) = check("elects out of bonus", &s);
    let site = Site::new(&s, &r);
    assert_eq!(site.election(true), 0.0);
    assert_eq!(site.election(false), 0.0);
}

// ---------------------------------------------------------------------------------------------
// DISCREPANCIES between docs/methodology.md (version 4) and the code, found by this re-derivation
// ---------------------------------------------------------------------------------------------
//
// Every figure compared above agrees to the cent (the loan's share to 1e-9 of a point). What
// differs is prose in the document, not a formula:
//
// 1. Figures left over from version 3 (the code is right by the document's own formulas):
//    - §13 "At defaults the advantage is −$25.6M before tax, −$103.0M after tax with no debt,
//      −$98.1M financed"; the model and this file: +$320.42M, +$181.08M, +$210.92M (the
//      version 4 table at the end of the document says +$210.9M). Same section: the AI path
//      "−$82.3M with [bonus], −$88.1M without"; now +$218.44M after tax with no debt.
//    - §4 "both choices give the same advantage before tax at defaults (−$25.6M); after tax
//      (−$103.0M on ...) and financed (−$98.1M ...)": the same stale figures.
//    - §4 leasing commission "Default: $15.5M": 0.81% of the $2,062.1M the contract books at
//      the $135.72 rent is $16.70M (the model's month-0 capex holds $16,702,842); $15.5M is
//      version 3's $126.10 rent.
//    - §14 defaults "sized to 62.7%: $473.9M borrowed, $40.5M of interest added during
//      construction, a peak balance of $514.4M ... average 1.45× ... the loan's flows are worth
//      −$25.2M ... the loan adds $5.0M, and the financed advantage is −$98.1M against
//      −$103.0M"; the model: 70.15% (§1 and §9 say 70.1%), $531.34M, $45.41M, $576.75M,
//      average 1.433×, flows −$10.92M at the 7.5% market rate, the loan adds +$29.84M,
//      +$210.92M against +$181.08M.
//    - §14 table "What the loan is worth" says "present values at each loan's coupon" (version
//      3's valuation, contradicting §14's own text, which values the flows at the market rate
//      for the loan's credit): Hut 8 – Beacon Point "$2,453.3M borrowed, the loan adds
//      +$28.5M" against the model's $2,609.55M and −$27.20M (financed AI NPV less after-tax
//      AI NPV); Riot – AMD "+$0.9M" against −$0.50M ($67.1M borrowed agrees); defaults
//      "+$5.0M" against +$29.84M.
// 2. The election out of bonus (§13: "where bonus leaves no loss to carry it is taken without
//    weighing"): the code (`valuation.rs`, `election`) weighs a converting path even when
//    bonus leaves no loss to carry. No figure here moves: on every path and setting of the
//    four scenarios above, bonus leaves a loss to carry.
// 3. Details the document leaves open, where this file follows the code (comments at each):
//    the reserve's compounding periods, the months the fees are spread over, the reserve's
//    earnings as EBITDA, "six passes" of sizing, the capitalised interest's own assets, and
//    the cover's ledger with the abandonment deduction in it.
