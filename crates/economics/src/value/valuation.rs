//! From a path's cash before tax to its owners' cash on a basis: the income tax the path pays
//! (its own ledger: EBITDA, the equipment and buildings it holds, their sale), the AI path's
//! loan (sized in `value/valuation/loan.rs`), and which part of each month's cash is discounted
//! at which rate. The model builds each path before tax once and values it on any basis here.

mod loan;
mod tax_split;

use crate::context::Model;
use crate::inputs::calendar::YearMonth;
use crate::inputs::scenario::Basis;
use crate::month::Month;
use crate::value::financing::Schedule;
use crate::value::tax::{Asset, Class, Ledger, Rules, YearIncome};

/// How a held asset leaves the path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum End {
    /// Still held after the window, and not valued then.
    Kept,
    /// Sold (or retired, for nothing) in this month of the window.
    Disposed { month: usize, proceeds_usd: f64 },
    /// Valued at the window's close: sold then for this much when the years after the contract
    /// count, else given up for nothing (what is left of its cost deducted then).
    Closing { value_usd: f64 },
}

/// Equipment or a building a path holds, for its tax.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Held {
    pub cost_usd: f64,
    pub class: Class,
    /// Month placed in service, from the window's start (negative: before the window).
    pub bought: i64,
    pub end: End,
    /// Share of it the path owns (the converted share, or the rest of the site).
    pub share: f64,
    /// Whether it is mining equipment (its deductions belong to the mining part's tax).
    pub mining: bool,
}

impl Held {
    pub fn scaled(self, k: f64) -> Held {
        Held { share: self.share * k, ..self }
    }
}

/// A path before tax and debt.
#[derive(Debug, Clone)]
pub(crate) struct Pretax {
    /// Each month's cash without end values.
    pub months: Vec<Month>,
    /// The mining part of each month, discounted at the mining rate; `None` on the mining path,
    /// where it is all of each month.
    pub mining_part: Option<Vec<Month>>,
    pub held: Vec<Held>,
    /// Cost a loan may fund, by month.
    pub financed_usd: Vec<f64>,
    /// What the path is worth at the window's end, counted in its last month when the switch says so.
    pub end_value_usd: f64,
    /// The part of it discounted at the mining rate: the miners' value (the mining path's, and
    /// on the AI path that of the share not converted).
    pub mining_end_value_usd: f64,
    /// The part of it that is the site's own value, discounted alike on both paths; the rest
    /// (what the AI business is worth after the contract) at the after-contract rate.
    pub site_end_value_usd: f64,
    /// On a GPU cloud, the month its hall is leased from once the GPUs wear out, if it is.
    pub hall_leased_from: Option<usize>,
    /// An advance payment, and the month it is received: taxed the next tax year (§451(c)'s
    /// one-year deferral), not the year it arrives, for none of it is earned by then.
    pub advance: Option<(usize, f64)>,
    /// What every basis and end-values choice shares, worked out once when first asked for.
    pub base: std::cell::OnceCell<TaxBase>,
}

/// What valuing a path on any basis shares: its EBITDA by tax year (and its mining part's), the
/// mining part's tax by bonus and end-values choice, and its NPV before tax without end values.
#[derive(Debug, Clone)]
pub(crate) struct TaxBase {
    ebitda: Ledger,
    /// The mining part's EBITDA by tax year, on the converting path (`None` on the mining path,
    /// all of which is mining).
    mining_ebitda: Option<Ledger>,
    /// The mining part's tax month by month when taxed alone, by (end values counted, bonus).
    mining_tax: std::cell::RefCell<Vec<((bool, f64), std::rc::Rc<Vec<f64>>)>>,
    before_tax_npv: f64,
    /// The bonus the company takes on the path's property (see [`Model::election`]), without
    /// and with end values.
    bonus: [std::cell::OnceCell<f64>; 2],
    /// The share of cost the covenant let the loan borrow, by the bonus it was sized with: cover
    /// is tested on cash without end values, so a path sizes its loan once for both switches.
    sized: std::cell::RefCell<Vec<(f64, f64)>>,
}

/// One way of paying a path's tax: month by month, with the ledger, the loan and its coverage.
struct TaxPlan {
    tax: Vec<f64>,
    ledger: Ledger,
    loan: Option<Schedule>,
    cover: Vec<Option<f64>>,
    bonus: f64,
}

impl Pretax {
    /// The mining part of each month.
    pub fn mining(&self) -> &[Month] {
        self.mining_part.as_deref().unwrap_or(&self.months)
    }
}

/// A path on a basis.
#[derive(Debug, Clone)]
pub(crate) struct Valued {
    /// Each month with end values (if counted), tax and the loan's flows.
    pub months: Vec<Month>,
    /// The part of each month's cash discounted at the mining rate (the loan's flows at the
    /// market rate for its credit, the rest at the AI rate).
    pub mining_net: Vec<f64>,
    /// The end values counted in the last month that are neither mining's nor the AI
    /// business's within the contract: the site's value, and what the AI business is worth
    /// after the contract (zero when they are not counted).
    pub end_site_usd: f64,
    pub end_after_usd: f64,
    pub loan: Option<Schedule>,
    /// Debt-service coverage each month of repayment.
    pub cover: Vec<Option<f64>>,
    /// The path's taxable income by calendar year, as taxed (empty before tax), and the bonus
    /// (0–1) the company took on what it placed in service.
    pub years: Vec<YearIncome>,
    pub bonus: f64,
}

impl Model<'_> {
    /// The tax rules of the scenario.
    pub(crate) fn tax_rules(&self) -> Rules {
        Rules { rate: self.s.tax.rate_pct / 100.0, bonus: self.s.tax.bonus_pct / 100.0, group: self.s.tax.group_uses_losses }
    }

    /// The tax rate purchase decisions are taken at: none on the pre-tax basis.
    pub(crate) fn marginal_tax_rate(&self) -> f64 {
        if self.s.basis() == Basis::PreTax { 0.0 } else { self.s.tax.rate_pct / 100.0 }
    }

    /// Index of the window's month in which the tax of calendar `year` is paid (its December, or
    /// the window's last month), if that year is in the window.
    fn closing_month(&self, year: i32) -> Option<usize> {
        let start = self.s.site.start;
        let december = (year - start.year) as i64 * 12 + 12 - start.month as i64;
        (december >= 0 && year <= self.market.calendar[self.n - 1].year).then(|| (december as usize).min(self.n - 1))
    }

    /// What holding 5-year equipment bought in month `bought` for `cost_usd` saves in tax, at
    /// month 0 and at the marginal rate, as if every deduction were used when it comes: its
    /// regular MACRS deductions in the window's years (a purchase must pay without counting on
    /// bonus depreciation, which the company may elect out of), less the tax on the gain when it
    /// is sold (`sale`: the month and proceeds, a retirement selling for nothing). A purchase
    /// decision weighs this with the after-tax cash it earns; 0 on the pre-tax basis.
    pub(crate) fn equipment_tax_pv(&self, cost_usd: f64, bought: usize, sale: Option<(usize, f64)>, d: &[f64]) -> f64 {
        let t = self.marginal_tax_rate();
        if t == 0.0 {
            return 0.0;
        }
        let asset = Asset {
            cost_usd,
            class: Class::FiveYear,
            in_service: self.month_at(bought as i64),
            disposed: sale.map(|(m, _)| self.month_at(m as i64)),
        };
        let bonus = 0.0;
        let mut saved = 0.0;
        asset.each_deduction(bonus, |year, ded| {
            if let Some(close) = self.closing_month(year) {
                saved += t * ded * d[close];
            }
        });
        if let Some((m, proceeds)) = sale {
            if let Some(close) = self.closing_month(self.month_at(m as i64).year) {
                saved -= t * (proceeds - asset.basis_at_disposal(bonus)) * d[close];
            }
        }
        saved
    }

    /// How conversion capex splits across tax classes: the cost-segregated share half 5-year and
    /// half 15-year property, the rest the 39-year building.
    pub(crate) fn conversion_classes(&self) -> [(Class, f64); 3] {
        let seg = self.s.tax.cost_segregation_pct / 100.0;
        [(Class::FiveYear, seg / 2.0), (Class::FifteenYear, seg / 2.0), (Class::RealProperty, 1.0 - seg)]
    }

    /// The calendar month `m` months from the start (negative: before it).
    fn month_at(&self, m: i64) -> YearMonth {
        let start = self.s.site.start;
        let index = start.index() + m;
        YearMonth { year: index.div_euclid(12) as i32, month: index.rem_euclid(12) as u32 + 1 }
    }

    /// The path's taxable income by year: its EBITDA and what it holds, with `bonus` on what it
    /// places in service. What it still holds at the window's end is sold then for its value
    /// when `count_end`; otherwise it is given up for nothing (the contract years only), and
    /// what is left of its cost is deducted then.
    fn ledger(&self, p: &Pretax, count_end: bool, bonus: f64) -> Ledger {
        self.ledger_of(self.base(p).ebitda.clone(), p.held.iter(), count_end, bonus)
    }

    /// `ebitda` with what `held` deducts and gains added (see [`Model::ledger`]).
    fn ledger_of<'h>(&self, mut ledger: Ledger, held: impl Iterator<Item = &'h Held>, count_end: bool, bonus: f64) -> Ledger {
        let last = self.n - 1;
        for h in held {
            let (disposed, proceeds) = match h.end {
                End::Kept => (None, 0.0),
                End::Disposed { month, proceeds_usd } => (Some(month), proceeds_usd),
                End::Closing { value_usd } if count_end => (Some(last), value_usd),
                End::Closing { .. } => (Some(last), 0.0),
            };
            let asset = Asset {
                cost_usd: h.cost_usd,
                class: h.class,
                in_service: self.month_at(h.bought),
                disposed: disposed.map(|m| self.month_at(m as i64)),
            };
            // Equipment bought before the window is taken to have been deducted in full already
            // (100% bonus for property acquired after 19 Jan 2025); the choice of bonus is only
            // for what is placed in service from now on.
            let bonus = if h.bought < 0 { 1.0 } else { bonus };
            ledger.add_asset(&asset, h.share, bonus, proceeds);
        }
        ledger
    }

    /// What valuing `p` on any basis shares (worked out on first use).
    fn base<'p>(&self, p: &'p Pretax) -> &'p TaxBase {
        p.base.get_or_init(|| {
            let calendar = &self.market.calendar;
            let mut ebitda = Ledger::new(calendar);
            for (month, ym) in p.months.iter().zip(calendar) {
                ebitda.add_ebitda(*ym, month.ebitda_usd());
            }
            // An advance payment moves to the next tax year, if the window has one.
            if let Some((m, usd)) = p.advance {
                let next = YearMonth { year: calendar[m].year + 1, month: 1 };
                if calendar[self.n - 1] >= next {
                    ebitda.add_ebitda(calendar[m], -usd);
                    ebitda.add_ebitda(next, usd);
                }
            }
            let mining_ebitda = p.mining_part.as_ref().map(|part| {
                let mut mining = Ledger::new(calendar);
                for (month, ym) in part.iter().zip(calendar) {
                    mining.add_ebitda(*ym, month.ebitda_usd());
                }
                mining
            });
            let r = &self.rates;
            let before_tax_npv = (0..self.n).map(|m| r.discounted(m, p.months[m].net_cash_usd(), p.mining()[m].net_cash_usd(), 0.0)).sum();
            TaxBase { ebitda, mining_ebitda, mining_tax: Default::default(), before_tax_npv, bonus: Default::default(), sized: Default::default() }
        })
    }

    /// The path valued on `basis`, with end values counted when `count_end` says so; after tax,
    /// with the bonus the company elects ([`Model::election`]).
    pub(crate) fn value(&self, p: &Pretax, basis: Basis, count_end: bool) -> Valued {
        let n = self.n;
        let mut months = p.months.clone();
        let mut mining_net: Vec<f64> = p.mining().iter().map(Month::net_cash_usd).collect();
        let (mut end_site_usd, mut end_after_usd) = (0.0, 0.0);
        if count_end {
            months[n - 1].terminal_usd += p.end_value_usd;
            mining_net[n - 1] += p.mining_end_value_usd;
            end_site_usd = p.site_end_value_usd;
            end_after_usd = p.end_value_usd - p.mining_end_value_usd - p.site_end_value_usd;
        }
        if basis == Basis::PreTax {
            return Valued { months, mining_net, end_site_usd, end_after_usd, loan: None, cover: vec![None; n], years: Vec::new(), bonus: 0.0 };
        }
        let plan = self.elect(p, basis, count_end, true);
        let mining_tax = self.mining_tax(p, count_end, plan.bonus);
        let TaxPlan { tax, ledger, loan, cover, bonus, .. } = plan;
        if let Some(schedule) = &loan {
            for m in 0..n {
                let month = &mut months[m];
                month.borrowed_usd = schedule.drawn_usd[m] - schedule.fees_usd[m];
                month.interest_usd = schedule.interest_paid_usd(m);
                month.principal_usd = schedule.principal_usd[m];
                month.reserve_usd = schedule.reserve_usd[m];
            }
        }
        for m in 0..n {
            months[m].tax_usd = tax[m];
            mining_net[m] -= mining_tax.as_ref().map_or(tax[m], |t| t[m]);
        }
        Valued { months, mining_net, end_site_usd, end_after_usd, loan, cover, years: ledger.years, bonus }
    }

    /// The path's NPV on `basis`: what [`Model::value`] gives, discounted, without writing out
    /// its months.
    pub(crate) fn npv(&self, p: &Pretax, basis: Basis, count_end: bool) -> f64 {
        let n = self.n;
        let r = &self.rates;
        let mut before_tax = self.base(p).before_tax_npv;
        if count_end {
            let after = p.end_value_usd - p.mining_end_value_usd - p.site_end_value_usd;
            before_tax += after * r.tail_end + p.site_end_value_usd * r.site_end + p.mining_end_value_usd * r.mining[n - 1];
        }
        if basis == Basis::PreTax {
            return before_tax;
        }
        let plan = self.elect(p, basis, count_end, false);
        let tax = self.tax_pv(p, &plan.tax, count_end, plan.bonus);
        // The loan's flows at the market rate for its credit (adjusted present value).
        let debt: f64 = plan.loan.as_ref().map_or(0.0, |l| (0..n).map(|m| l.owners_usd(m) * r.debt[m]).sum());
        before_tax - tax + debt
    }

    /// The path's tax plan after the election. Tax reads each month's EBITDA (end values are
    /// taxed as sales of what is held), so the months need not carry the end value; `cover`
    /// asks for the loan's coverage too.
    fn elect(&self, p: &Pretax, basis: Basis, count_end: bool, cover: bool) -> TaxPlan {
        let base = self.base(p);
        let bonus = *base.bonus[count_end as usize].get_or_init(|| self.election(p, count_end));
        self.tax_plan(p, basis, count_end, bonus, cover)
    }

    /// The bonus (0–1) the company takes on the path's property. It takes the law's bonus, or
    /// elects out of it (§168(k)(7)), whichever costs less tax in present value on the path's
    /// cash before debt: with losses usable against only 80% of a year's income, deducting
    /// everything at once can cost more tax than it defers. One choice for every basis.
    fn election(&self, p: &Pretax, count_end: bool) -> f64 {
        let bonus = self.tax_rules().bonus;
        if bonus == 0.0 || self.tax_rules().rate == 0.0 {
            return bonus;
        }
        let tax_pv = |bonus: f64| -> (f64, bool) {
            let ledger = self.ledger(p, count_end, bonus);
            let years = crate::value::tax::taxes(&Rules { bonus, ..self.tax_rules() }, &ledger.years);
            let mut tax = vec![0.0; self.n];
            for (close, y) in ledger.closes().iter().zip(&years) {
                tax[*close] += y.tax_usd;
            }
            (self.tax_pv(p, &tax, count_end, bonus), years.iter().any(|y| y.losses_carried_usd > 0.0))
        };
        let (with, carries) = tax_pv(bonus);
        // Where bonus leaves no loss to carry, every deduction is used the year it comes, and
        // none could be worth more later: nothing to weigh, on a path discounted at one rate. A
        // converting path's tax is split between two rates by its mining part taxed alone, which
        // may carry losses of its own: there the two are always weighed.
        if (carries || p.mining_part.is_some()) && tax_pv(0.0).0 < with { 0.0 } else { bonus }
    }

}
