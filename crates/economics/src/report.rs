//! What the model returns for one scenario: the [`Report`], each path's monthly series and
//! summary ([`Path`]), the headline NPVs on every basis ([`Npvs`], [`ByBasis`]), the AI path's
//! loan and what it asks of the cash ([`Debt`]) and the named caveats ([`Warning`]). Revenue per
//! kWh is worked out in `report/per_kwh.rs`, the caveats' rules are in `report/warnings.rs`.

pub(crate) mod market_view;
pub(crate) mod per_kwh;
pub(crate) mod warnings;

use serde::{Deserialize, Serialize};

use crate::context::Model;
use crate::inputs::calendar::YearMonth;
use crate::inputs::scenario::Basis;
use crate::month::Month;
use crate::units::KW_PER_MW;
use crate::value::rates::Rates;
use crate::value::finance::{periodic_rate, IrrError};
use crate::value::financing::Schedule;
use crate::value::valuation::Valued;
use crate::value::rates::RatesUsed;
use market_view::MarketView;
use per_kwh::PerKwh;

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
    pub(crate) fn new(v: Valued, rates: &Rates, terminal_pv_usd: f64, grid_mw: f64) -> Path {
        let months = v.months;
        let mut cumulative_usd = Vec::with_capacity(months.len());
        let mut discounted_cumulative_usd = Vec::with_capacity(months.len());
        let (mut cum, mut disc_cum) = (0.0, 0.0);
        let (mut ebitda, mut revenue, mut energy) = (0.0, 0.0, 0.0);
        for (m, month) in months.iter().enumerate() {
            let cash = month.net_cash_usd();
            cum += cash;
            disc_cum += if m + 1 == months.len() {
                rates.discounted_last(cash, v.mining_net[m], month.debt_cash_usd(), v.end_site_usd, v.end_after_usd)
            } else {
                rates.discounted(m, cash, v.mining_net[m], month.debt_cash_usd())
            };
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

/// A combination of inputs whose result should not be quoted without a caveat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable name, e.g. `hashprice-beyond-history`.
    pub code: String,
    /// One sentence for readers, in English (the page words it in the reader's language).
    pub message: String,
    /// The figure the sentence names that the report does not hold elsewhere: the fleet's
    /// largest share of the network, %, for `fleet-share-of-network`.
    #[serde(default)]
    pub figure: Option<f64>,
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
    /// The equity IRR of converting, a year, where it can be quoted
    /// ([`Report::quotable_equity_irr`] at the scenario's cost of equity).
    pub equity_irr: Option<f64>,
    /// What the loan's own flows (draws net of fees, interest, principal, the reserve) are worth
    /// to the owners at the market rate for its credit, before the tax its interest saves, $: a
    /// coupon below that rate makes it positive, fees and a reserve that earns less negative.
    pub loan_value_usd: f64,
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
    /// The first month the network is held at twice the site's fleet (the inputs would shrink
    /// it further), if any.
    pub network_held_from: Option<usize>,
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
    /// The annual rates each kind of cash was discounted at.
    pub rates: RatesUsed,
    /// Each path at the market's trading multiples: a lens apart from the valuation.
    pub market: MarketView,
    /// The AI path's loan, on the financed basis when anything is borrowed.
    pub debt: Option<Debt>,
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The rate a conversion's IRR is set against with no debt: the rate for the contract's
    /// credit (the backstopped and own-credit rates weighted by the share backstopped), %.
    pub fn hurdle_pct(&self) -> f64 {
        self.rates.loan_market_pct
    }

    /// The conversion IRR when it can be quoted beside the NPV: the difference of the flows is
    /// an investment with one rate of return ([`crate::finance::has_one_rate`]), it pays back,
    /// and the IRR sits on the same side of the hurdle ([`Report::hurdle_pct`]) as the NPV
    /// advantage. Otherwise `None`, and the page says "does not pay back" or gives no rate.
    pub fn quotable_irr(&self, discount_rate_pct: f64) -> Option<f64> {
        let rate = *self.conversion_irr.as_ref().ok()?;
        let diff: Vec<f64> = self.ai.months.iter().zip(&self.mining.months)
            .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
        let conventional = crate::value::finance::has_one_rate(&diff);
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
        (pays && crate::value::finance::has_one_rate(&diff) && agrees && rate.is_finite()).then_some(rate)
    }
}

impl Model<'_> {
    /// The loan's summary: coverage over repayment and the owners' stake in converting.
    pub(crate) fn debt_summary(&self, loan: &Schedule, dscr: Vec<Option<f64>>, ai: &Path, mining: &Path) -> Debt {
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
            equity_npv_at_cost_usd: crate::value::finance::npv(monthly, &difference),
            // Filled in by `compute`, with the IRR.
            equity_irr: None,
            loan_value_usd: (0..self.n).map(|m| loan.owners_usd(m) * self.rates.debt[m]).sum(),
        }
    }
}
