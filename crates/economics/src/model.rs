//! The monthly model: both paths for one scenario, and the summary figures quoted on the page.
//! It orchestrates: the market (`market.rs`), the mining fleet (`fleet.rs`), the converted site
//! (`conversion.rs`), and each path's tax and debt on the report's basis (`valuation.rs` over
//! `tax.rs` and `financing.rs`); every formula is written out in `docs/methodology.md`.

use serde::{Deserialize, Serialize};

use crate::calendar::YearMonth;
use crate::context::Model;
use crate::finance::{irr, periodic_rate, IrrError};
use crate::financing::Schedule;
use crate::params::ScenarioError;
use crate::scenario::{Basis, Scenario};
use crate::tax::Class;
use crate::units::KW_PER_MW;
use crate::value::discount::Rates;
use crate::value::valuation::{End, Held, Pretax, Valued};

pub use crate::context::INVESTMENT_GRADE_EXIT_PCT;
pub use crate::month::Month;

/// The multiple in the "up to 25× more revenue per kWh" claim (market-data.md §5, S47).
pub const CLAIMED_MULTIPLE: f64 = 25.0;

/// One path's monthly series and summary, on the report's basis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Path {
    pub months: Vec<Month>,
    /// Running total of the owners' cash, $.
    pub cumulative_usd: Vec<f64>,
    /// Running total of discounted cash, $.
    pub discounted_cumulative_usd: Vec<f64>,
    /// Net present value, $: mining cash at the mining rate, the loan's flows at its coupon, AI
    /// cash at the AI rate.
    pub npv_usd: f64,
    /// Present value of the end-of-window values before tax, $, whether or not the NPV counts them.
    pub terminal_pv_usd: f64,
    /// Average EBITDA per MW of grid power per year, $.
    pub ebitda_usd_per_mw_year: f64,
    /// Total revenue over total grid energy drawn, $/kWh (0 if nothing was drawn).
    pub revenue_usd_per_kwh: f64,
}

impl Path {
    fn new(v: Valued, rates: &Rates, terminal_pv_usd: f64, grid_mw: f64) -> Path {
        let months = v.months;
        let mut cumulative_usd = Vec::with_capacity(months.len());
        let mut discounted_cumulative_usd = Vec::with_capacity(months.len());
        let (mut cum, mut disc_cum) = (0.0, 0.0);
        let (mut ebitda, mut revenue, mut energy) = (0.0, 0.0, 0.0);
        for (m, month) in months.iter().enumerate() {
            let cash = month.net_cash_usd();
            cum += cash;
            disc_cum += rates.discounted(m, cash, v.mining_net[m], month.debt_cash_usd());
            cumulative_usd.push(cum);
            discounted_cumulative_usd.push(disc_cum);
            ebitda += month.ebitda_usd();
            revenue += month.revenue_usd;
            energy += month.energy_mwh;
        }
        let years = months.len() as f64 / 12.0;
        Path {
            npv_usd: disc_cum,
            terminal_pv_usd,
            ebitda_usd_per_mw_year: ebitda / grid_mw / years,
            revenue_usd_per_kwh: if energy > 0.0 { revenue / (energy * KW_PER_MW) } else { 0.0 },
            months,
            cumulative_usd,
            discounted_cumulative_usd,
        }
    }

    /// Net cash of each month, $.
    pub fn net_cash_usd(&self) -> Vec<f64> {
        self.months.iter().map(Month::net_cash_usd).collect()
    }

    /// The months summed by whole year of the window (year 1 = months 0–11); a last partial year
    /// is left out so every point is a full year.
    pub fn annual(&self) -> Vec<Month> {
        self.months
            .chunks_exact(12)
            .map(|year| year.iter().fold(Month::default(), |a, m| a.plus(m)))
            .collect()
    }
}

/// Gross revenue (before any capex) per kWh of grid capacity over the first full year of AI
/// operation, each business at full capacity that year (mining with today's fleet at that year's
/// hashprice): the figures behind "AI earns N× more per kWh". Capacity, not energy drawn, so a
/// half-empty AI hall does not look richer per kWh; mining counts the hours it mines (uptime,
/// curtailment) as the GPU cloud counts the GPU-hours it sells.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PerKwh {
    /// First month of the year measured (full capacity after cut-over and the ramp).
    pub from_month: usize,
    /// Mining revenue per kWh of grid capacity, $.
    pub mining_grid_usd: f64,
    /// Mining revenue per kWh of ASIC (IT) capacity, $.
    pub mining_it_usd: f64,
    /// Lease rent per kWh of grid capacity, $.
    pub lease_grid_usd: f64,
    /// Lease rent per kWh of IT capacity, $.
    pub lease_it_usd: f64,
    /// GPU-cloud revenue per kWh of grid capacity, $.
    pub gpu_grid_usd: f64,
    /// GPU-cloud revenue per kWh of IT capacity, $.
    pub gpu_it_usd: f64,
    /// The GPU rental price, as quoted at its own date, at which a GPU cloud earns
    /// [`CLAIMED_MULTIPLE`]× mining's revenue per kWh here (`None` at 0% utilisation).
    pub gpu_usd_per_hour_for_claim: Option<f64>,
}

impl PerKwh {
    /// Lease revenue per grid kWh over mining's (0 when mining earns nothing).
    pub fn lease_multiple(&self) -> f64 {
        ratio(self.lease_grid_usd, self.mining_grid_usd)
    }

    /// GPU-cloud revenue per grid kWh over mining's (0 when mining earns nothing).
    pub fn gpu_multiple(&self) -> f64 {
        ratio(self.gpu_grid_usd, self.mining_grid_usd)
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

/// A combination of inputs whose result should not be quoted without a caveat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable name, e.g. `hashprice-beyond-history`.
    pub code: String,
    /// One sentence for readers.
    pub message: String,
}

/// Both paths' NPVs and their difference on one basis.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Npvs {
    pub mining_npv_usd: f64,
    pub ai_npv_usd: f64,
    /// AI NPV minus mining NPV, $.
    pub advantage_npv_usd: f64,
}

/// The headline figures on every basis, whichever one the report is on, for the report's own
/// plan: purchases are decided on the report's basis (before tax on the pre-tax basis, after it
/// otherwise), and each basis counts that plan's cash its own way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ByBasis {
    pub pre_tax: Npvs,
    pub after_tax: Npvs,
    /// After tax with the AI path's debt (equal to `after_tax` when nothing is borrowed).
    pub financed: Npvs,
}

/// The AI path's loan, what it asks of the cash, and the owners' return on converting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debt {
    /// Share of the cost borrowed, %: the share asked, or less where the covenant's cover
    /// supports less.
    pub loan_to_cost_pct: f64,
    /// Whether the loan was sized down to the covenant.
    pub sized_to_cover: bool,
    /// Borrowed in all, before fees, $.
    pub borrowed_usd: f64,
    /// Interest added to the loan during construction, $.
    pub capitalised_interest_usd: f64,
    /// Highest balance, $.
    pub peak_balance_usd: f64,
    /// Debt-service coverage each month of repayment (`None` where none is due).
    pub dscr: Vec<Option<f64>>,
    /// Lowest and average monthly DSCR over repayment.
    pub min_dscr: f64,
    pub average_dscr: f64,
    /// Month of the lowest DSCR.
    pub min_dscr_month: usize,
    /// First month of repayment and the month after the last.
    pub repay_from: usize,
    pub repay_until: usize,
    /// The owners' cash put into converting beyond what mining would have paid them, at most,
    /// $ (the lowest running total of the difference in equity cash, as a positive number).
    pub equity_in_usd: f64,
    /// NPV of converting's equity cash (AI equity cash less mining's) at the cost of equity, $.
    pub equity_npv_at_cost_usd: f64,
}

/// Everything the page shows for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// What the paths' cash and the headline figures count.
    pub basis: Basis,
    /// Calendar month of each index.
    pub calendar: Vec<YearMonth>,
    /// Hashprice the network pays each month, $/PH/s/day.
    pub hashprice_usd_per_ph_day: Vec<f64>,
    /// Network hashrate each month, EH/s.
    pub network_eh_s: Vec<f64>,
    /// Whether the mining path's fleet runs that month (it idles when revenue does not cover
    /// power and other cash costs, or when there is no fleet).
    pub mining_on: Vec<bool>,
    /// Keep mining for the whole window.
    pub mining: Path,
    /// Convert the scenario's share of the site to its AI mode; the rest keeps mining.
    pub ai: Path,
    /// AI NPV minus mining NPV on the report's basis, $: positive means converting is worth more.
    pub advantage_npv_usd: f64,
    /// The same with end-of-window values counted the other way from the scenario's switch.
    pub advantage_other_npv_usd: f64,
    /// The headline figures on every basis.
    pub by_basis: ByBasis,
    /// Annual IRR of converting instead of mining (the difference of the two paths' cash flows on
    /// the report's basis: on the financed basis, the equity IRR of converting).
    pub conversion_irr: Result<f64, IrrError>,
    /// First month from which converting has paid back against mining, on discounted cash: the
    /// running total of discounted AI − mining cash stays at or above zero from then on.
    pub payback_month: Option<usize>,
    /// Month of first AI revenue.
    pub cutover_month: usize,
    /// On a GPU cloud, the month its hall is leased to a tenant once the GPUs wear out (the
    /// owners find that worth more than new GPUs or an idle hall), if it is.
    pub hall_leased_from: Option<usize>,
    pub per_kwh: PerKwh,
    /// The AI path's loan, on the financed basis when anything is borrowed.
    pub debt: Option<Debt>,
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The conversion IRR when it can be quoted beside the NPV: the difference of the flows is
    /// an investment with one rate of return ([`crate::finance::has_one_rate`]), it pays back,
    /// and the IRR sits on the same side of the AI discount rate as the NPV advantage.
    /// Otherwise `None`, and the page says "does not pay back" or gives no rate.
    pub fn quotable_irr(&self, discount_rate_pct: f64) -> Option<f64> {
        let rate = *self.conversion_irr.as_ref().ok()?;
        let diff: Vec<f64> = self.ai.months.iter().zip(&self.mining.months)
            .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
        let conventional = crate::finance::has_one_rate(&diff);
        let agrees = (rate > discount_rate_pct / 100.0) == (self.advantage_npv_usd > 0.0);
        (conventional && self.payback_month.is_some() && agrees && rate.is_finite()).then_some(rate)
    }
}

impl Report {
    /// The equity IRR of converting (on the financed basis, [`Report::conversion_irr`]) when it
    /// can be quoted beside the headline: converting pays back, the difference in the owners'
    /// cash has one rate of return, and the IRR sits on the same side of the cost of
    /// equity as both the equity NPV at that rate and the headline advantage.
    pub fn quotable_equity_irr(&self, cost_of_equity_pct: f64) -> Option<f64> {
        let d = self.debt.as_ref()?;
        let rate = *self.conversion_irr.as_ref().ok()?;
        let diff: Vec<f64> = self.ai.months.iter().zip(&self.mining.months).map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
        let above = rate > cost_of_equity_pct / 100.0;
        let agrees = above == (d.equity_npv_at_cost_usd > 0.0) && above == (self.advantage_npv_usd > 0.0);
        let pays = self.payback_month.is_some();
        (pays && crate::finance::has_one_rate(&diff) && agrees && rate.is_finite()).then_some(rate)
    }
}

/// Values both paths of a valid scenario.
///
/// # Example
/// ```
/// let report = economics::compute(&economics::Scenario::default()).unwrap();
/// // 16 months to convert + a 15-year contract.
/// assert_eq!(report.mining.months.len(), 196);
/// assert!(report.mining.npv_usd > 0.0);
/// ```
pub fn compute(s: &Scenario) -> Result<Report, ScenarioError> {
    s.validate()?;
    let (mut report, sensitive) = run(s, true);
    // With the switch flipped, the end values come in or out; and where a purchase decision
    // would go the other way too (residual value counts in them only when end values do), the
    // other figure needs a run of its own.
    if sensitive {
        let mut flipped = s.clone();
        flipped.finance.terminal_value = !s.finance.terminal_value;
        report.advantage_other_npv_usd = compute_valid(&flipped).advantage_npv_usd;
    }
    let difference: Vec<f64> =
        report.ai.months.iter().zip(&report.mining.months).map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
    report.conversion_irr = irr(&difference).map(|r| (1.0 + r).powi(12) - 1.0);
    Ok(report)
}

/// The model without validation, for analyses that vary fields of a checked scenario: the
/// report's own basis only. Its `advantage_other_npv_usd` is a copy of the advantage, its
/// `by_basis` holds the report's basis only and it has no IRR; [`compute`] fills them.
pub(crate) fn compute_valid(s: &Scenario) -> Report {
    run(s, false).0
}

/// Both paths before tax and debt.
pub(crate) struct Paths {
    pub mining: Pretax,
    pub ai: Pretax,
    /// Present value of each path's end values before tax, counted or not.
    pub mining_end_pv_usd: f64,
    pub ai_end_pv_usd: f64,
    pub mining_on: Vec<bool>,
    pub owned: Vec<Option<f64>>,
}

impl Model<'_> {
    /// Both paths before tax: mining the whole window, and converting the scenario's share with
    /// the rest mining on.
    pub(crate) fn paths(&self) -> Paths {
        let n = self.n;
        let share = self.s.converted_share();
        let plan = self.fleet_plan(n);
        let fleet = self.run_plan(&plan, n);
        let mining_on = fleet.on.clone();
        let owned = fleet.owned.clone();
        let mining = self.mining_pretax(fleet);
        // Convert: the converted share's pure AI path, plus the rest of the site mining on.
        let pure = self.ai_path(&plan);
        let rest = 1.0 - share;
        let blend = |a: &[Month], b: &[Month]| -> Vec<Month> {
            a.iter().zip(b).map(|(a, b)| a.scaled(share).plus(&b.scaled(rest))).collect()
        };
        let ai = Pretax {
            months: blend(&pure.months, &mining.months),
            mining_part: Some(blend(pure.mining(), mining.mining())),
            held: pure.held.iter().map(|h| h.scaled(share)).chain(mining.held.iter().map(|h| h.scaled(rest))).collect(),
            financed_usd: pure.financed_usd.iter().map(|c| c * share).collect(),
            end_value_usd: pure.end_value_usd * share + mining.end_value_usd * rest,
            mining_end_value_usd: mining.mining_end_value_usd * rest,
            hall_leased_from: pure.hall_leased_from,
            advance: pure.advance.map(|(m, usd)| (m, usd * share)),
            base: Default::default(),
        };
        let last = n - 1;
        let (r_ai, r_mining) = (self.rates.ai[last], self.rates.mining[last]);
        // The miners at the mining rate; the site, the same asset on both paths, at the AI rate.
        let mining_end_pv_usd = mining.mining_end_value_usd * r_mining + (mining.end_value_usd - mining.mining_end_value_usd) * r_ai;
        let ai_end_pv_usd = pure.end_value_usd * share * r_ai + mining_end_pv_usd * rest;
        Paths { mining, ai, mining_end_pv_usd, ai_end_pv_usd, mining_on, owned }
    }

    /// The mining path before tax from its fleet's run over the whole window.
    pub(crate) fn mining_pretax(&self, fleet: crate::paths::fleet::FleetRun) -> Pretax {
        let alive = fleet.fleets.len() - 1;
        let held: Vec<Held> = fleet
            .fleets
            .iter()
            .enumerate()
            .map(|(i, &(bought, worn_out))| {
                let end = match worn_out {
                    Some(month) => End::Disposed { month, proceeds_usd: 0.0 },
                    None if i == alive => End::Closing { value_usd: fleet.residual_usd },
                    None => End::Kept,
                };
                Held { cost_usd: self.fleet_usd, class: Class::FiveYear, bought, end, share: 1.0 }
            })
            .collect();
        // The miners' value and the site's own, which is its tax basis. The site is the same
        // asset on either path: its value is discounted at the AI rate on both (the miners' at
        // the mining rate), so that neither path gains from the rate alone.
        let end_value_usd = fleet.residual_usd + self.site_value_usd();
        Pretax {
            mining_part: None,
            months: fleet.months,
            held,
            financed_usd: vec![0.0; self.n],
            end_value_usd,
            mining_end_value_usd: fleet.residual_usd,
            hall_leased_from: None,
            advance: None,
            base: Default::default(),
        }
    }

    /// Both paths before tax, and each valued on the scenario's basis (mining never borrows).
    pub(crate) fn valued(&self) -> (Paths, Valued, Valued) {
        let basis = self.s.basis();
        let tv = self.s.finance.terminal_value;
        let paths = self.paths();
        let mining_basis = if basis == Basis::Financed { Basis::AfterTax } else { basis };
        let mining = self.value(&paths.mining, mining_basis, tv);
        let ai = self.value(&paths.ai, basis, tv);
        (paths, mining, ai)
    }

    /// Each path's NPV on `basis`; `mining_npv_usd` when the mining path's is known already.
    fn npvs(&self, p: &Paths, basis: Basis, count_end: bool, mining_npv_usd: Option<f64>) -> Npvs {
        // Mining borrows nothing: its financed figures are its after-tax ones.
        let mining_basis = if basis == Basis::Financed { Basis::AfterTax } else { basis };
        let mining_npv_usd = mining_npv_usd.unwrap_or_else(|| self.npv(&p.mining, mining_basis, count_end));
        let ai_npv_usd = self.npv(&p.ai, basis, count_end);
        Npvs { mining_npv_usd, ai_npv_usd, advantage_npv_usd: ai_npv_usd - mining_npv_usd }
    }
}

/// The model on the scenario's basis (with every basis's figures and the other end-values
/// figure when `all`), and whether any purchase decision depended on the end-values switch.
fn run(s: &Scenario, all: bool) -> (Report, bool) {
    let model = Model::new(s);
    let n = model.n;
    let basis = s.basis();
    let tv = s.finance.terminal_value;
    let (paths, mining_v, ai_v) = model.valued();
    let loan = ai_v.loan.clone();
    let cover = ai_v.cover.clone();
    let rates = &model.rates;
    let mining = Path::new(mining_v, rates, paths.mining_end_pv_usd, s.site.grid_mw);
    let ai = Path::new(ai_v, rates, paths.ai_end_pv_usd, s.site.grid_mw);
    // Discounted payback: from when AI's discounted running total stays at or above mining's. It
    // is read off the same two running totals whose last difference is the advantage, so it
    // exists exactly when the advantage is not negative, to the last bit.
    let gap = |m: usize| ai.discounted_cumulative_usd[m] - mining.discounted_cumulative_usd[m];
    let payback_month = if gap(n - 1) >= 0.0 { Some((0..n).rev().take_while(|&m| gap(m) >= 0.0).last().unwrap_or(n - 1)) } else { None };
    let advantage_npv_usd = ai.npv_usd - mining.npv_usd;
    let here = Npvs { mining_npv_usd: mining.npv_usd, ai_npv_usd: ai.npv_usd, advantage_npv_usd };
    let (by_basis, advantage_other_npv_usd) = if all {
        // After tax, mining's figures are the same financed or not; with nothing borrowed, the
        // financed figures are the after-tax ones.
        let after_tax = basis != Basis::PreTax;
        let on = |b: Basis| match b {
            _ if b == basis => here,
            Basis::AfterTax if after_tax => model.npvs(&paths, b, tv, Some(here.mining_npv_usd)),
            Basis::Financed if basis == Basis::AfterTax => here,
            _ => model.npvs(&paths, b, tv, None),
        };
        let pre_tax = on(Basis::PreTax);
        let after = on(Basis::AfterTax);
        let financed = if basis == Basis::PreTax && s.debt.loan_to_cost_pct == 0.0 { after } else { on(Basis::Financed) };
        let by_basis = ByBasis { pre_tax, after_tax: after, financed };
        (by_basis, model.npvs(&paths, basis, !tv, None).advantage_npv_usd)
    } else {
        (ByBasis { pre_tax: here, after_tax: here, financed: here }, advantage_npv_usd)
    };
    // A loan the covenant cut to nothing is still reported: the reader is told why none is drawn.
    let asked = s.debt.loan_to_cost_pct / 100.0;
    let debt = loan.filter(|l| !l.is_empty() || l.loan_to_cost < asked).map(|loan| model.debt_summary(&loan, cover, &ai, &mining));
    let per_kwh = model.per_kwh();
    let mut report = Report {
        basis,
        calendar: model.market.calendar.clone(),
        hashprice_usd_per_ph_day: model.market.hashprice.clone(),
        network_eh_s: model.market.network_eh_s.clone(),
        mining_on: paths.mining_on.clone(),
        advantage_npv_usd,
        advantage_other_npv_usd,
        by_basis,
        // Filled in by `compute`: the analyses, which run the model many times, need no IRR.
        conversion_irr: Err(IrrError::NoSignChange),
        payback_month,
        cutover_month: model.cutover,
        hall_leased_from: paths.ai.hall_leased_from,
        per_kwh,
        debt,
        warnings: Vec::new(),
        mining,
        ai,
    };
    report.warnings = warnings(s, &model, &report, &paths.owned);
    (report, model.switch_sensitive.get())
}

impl Model<'_> {
    /// The loan's summary: coverage over repayment and the owners' stake in converting.
    fn debt_summary(&self, loan: &Schedule, dscr: Vec<Option<f64>>, ai: &Path, mining: &Path) -> Debt {
        let covered: Vec<(usize, f64)> = dscr.iter().enumerate().filter_map(|(m, c)| c.map(|c| (m, c))).collect();
        let (min_dscr_month, min_dscr) = covered.iter().copied().fold((loan.repay_from, f64::INFINITY), |a, b| if b.1 < a.1 { b } else { a });
        let average_dscr = if covered.is_empty() { 0.0 } else { covered.iter().map(|c| c.1).sum::<f64>() / covered.len() as f64 };
        let difference: Vec<f64> = ai.months.iter().zip(&mining.months).map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
        let mut running = 0.0f64;
        let mut lowest = 0.0f64;
        for d in &difference {
            running += d;
            lowest = lowest.min(running);
        }
        let monthly = periodic_rate(self.s.debt.cost_of_equity_pct / 100.0, 12.0);
        Debt {
            loan_to_cost_pct: loan.loan_to_cost * 100.0,
            sized_to_cover: loan.loan_to_cost < self.s.debt.loan_to_cost_pct / 100.0,
            borrowed_usd: loan.drawn_usd.iter().sum(),
            capitalised_interest_usd: loan.capitalised_usd.iter().sum(),
            peak_balance_usd: loan.balance_usd.iter().copied().fold(0.0, f64::max),
            min_dscr: if min_dscr.is_finite() { min_dscr } else { 0.0 },
            min_dscr_month,
            average_dscr,
            repay_from: loan.repay_from,
            repay_until: loan.repay_until,
            dscr,
            equity_in_usd: -lowest,
            equity_npv_at_cost_usd: crate::finance::npv(monthly, &difference),
        }
    }
}

/// Highest hashprice on record, $/PH/s/day: the 2021 high (market-data.md §1, S8).
pub const HASHPRICE_RECORD_USD: f64 = 412.57;
/// A value no single site could be worth, $: the warning threshold for NPVs.
pub const VALUE_LIMIT_USD: f64 = 1e12;

/// The named caveats for a computed scenario.
fn warnings(s: &Scenario, model: &Model, r: &Report, owned: &[Option<f64>]) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut warn = |code: &str, message: String| out.push(Warning { code: code.into(), message });
    let (lo, hi) = r.hashprice_usd_per_ph_day.iter().fold((f64::MAX, 0.0f64), |(a, b), &h| (a.min(h), b.max(h)));
    if hi > 2.0 * HASHPRICE_RECORD_USD || lo < 1.0 {
        warn(
            "hashprice-beyond-history",
            format!(
                "Hashprice runs from ${lo:.2} to ${hi:.0} per PH/s per day, outside anything seen (record ${HASHPRICE_RECORD_USD}, 2021){}.",
                if s.network.responds { "" } else { ": with the network response off, hashrate ignores margins" }
            ),
        );
    }
    if r.mining.npv_usd.abs() > VALUE_LIMIT_USD || r.ai.npv_usd.abs() > VALUE_LIMIT_USD {
        warn("value-beyond-reason", "A path is worth more than $1 trillion: the inputs describe no real site.".into());
    }
    // The fleet's share of the network in any month it is owned (replacements are more efficient).
    let share = owned
        .iter()
        .zip(&r.network_eh_s)
        .filter_map(|(j, eh)| j.map(|j| model.mining_it_w / j / 1000.0 / (eh * 1000.0) * 100.0))
        .fold(0.0f64, f64::max);
    if share > 10.0 {
        warn(
            "fleet-share-of-network",
            format!("The fleet would be up to {share:.0}% of the whole network; the model treats the miner as too small to move hashprice."),
        );
    }
    let credits: f64 = r.mining.months.iter().map(|m| m.revenue_usd).sum::<f64>();
    let mined: f64 = owned
        .iter()
        .enumerate()
        .filter(|(m, j)| j.is_some() && r.mining_on[*m])
        .map(|(m, j)| model.fleet_parts(m, j.unwrap_or(1.0)).mined_usd)
        .sum();
    if credits - mined > mined {
        warn(
            "credits-exceed-mining",
            "Curtailment credits earn more than mining itself: this describes a power trader, not a miner.".into(),
        );
    }
    if s.ai.share_converted_pct == 0.0 {
        warn("nothing-converted", "No share of the site is converted: both paths are the same.".into());
    }
    if r.debt.as_ref().is_some_and(|d| d.borrowed_usd == 0.0) {
        warn(
            "no-debt-meets-cover",
            format!(
                "No loan meets a {}× cover covenant: in some month the AI path's cash does not cover any debt service at that ratio, so the figures borrow nothing.",
                s.debt.covenant_dscr
            ),
        );
    }
    if let Some(d) = r.debt.as_ref().filter(|d| d.sized_to_cover && d.borrowed_usd > 0.0) {
        warn(
            "debt-sized-to-cover",
            format!(
                "At a {}× cover covenant the AI path's cash supports borrowing {:.1}% of its cost, not the {}% asked: the figures borrow {:.1}%.",
                s.debt.covenant_dscr, d.loan_to_cost_pct, s.debt.loan_to_cost_pct, d.loan_to_cost_pct
            ),
        );
    }
    if s.ramp_months() > model.n - model.cutover {
        warn("ramp-outlasts-contract", "The contract ends before the site reaches full capacity.".into());
    }
    out
}

