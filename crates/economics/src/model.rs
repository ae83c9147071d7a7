//! The monthly model: runs the stages for one scenario in order and assembles the [`Report`].
//! First the per-scenario context (`context.rs`: the market, the discount factors, the
//! customers' survival), then both paths before tax and debt (`paths/`), each valued on the
//! report's basis (`value/valuation.rs` over `value/tax.rs` and `value/financing.rs`), then the
//! report's own figures and caveats (`report.rs`, `report/`); every formula is written out in
//! `docs/methodology.md`. The report's types and the constants the page quotes are re-exported
//! here, where they were first defined.

use crate::context::Model;
use crate::inputs::params::ScenarioError;
use crate::inputs::scenario::{Basis, Scenario};
use crate::paths::both::Paths;
use crate::report::warnings::warnings;
use crate::value::finance::{irr, IrrError};
use crate::value::valuation::Valued;

pub use crate::paths::tenancy::INVESTMENT_GRADE_EXIT_PCT;
pub use crate::value::rates::RatesUsed;
pub use crate::month::Month;
pub use crate::report::market_view::{MarketView, DATA_CENTRE_EBITDA_MULTIPLE, GPU_CLOUD_USD_PER_MW_IT, MINER_EBITDA_MULTIPLE};
pub use crate::report::per_kwh::{PerKwh, CLAIMED_MULTIPLE};
pub use crate::report::warnings::{CODES as WARNING_CODES, HASHPRICE_RECORD_USD, VALUE_LIMIT_USD};
pub use crate::report::{ByBasis, Debt, Npvs, Path, Report, Warning};

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
    let equity_irr = report.quotable_equity_irr(s.debt.cost_of_equity_pct);
    if let Some(d) = report.debt.as_mut() {
        d.equity_irr = equity_irr;
    }
    Ok(report)
}

/// The model without validation, for analyses that vary fields of a checked scenario: the
/// report's own basis only. Its `advantage_other_npv_usd` is a copy of the advantage, its
/// `by_basis` holds the report's basis only and it has no IRR; [`compute`] fills them.
pub(crate) fn compute_valid(s: &Scenario) -> Report {
    run(s, false).0
}

impl Model<'_> {
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
    let cost_usd = paths.ai.financed_usd.iter().sum::<f64>() + s.ai.warrants_musd * 1e6 * s.converted_share();
    let market = model.market_view(&mining.months, &ai.months, paths.ai.mining(), cost_usd);
    let mut report = Report {
        basis,
        calendar: model.market.calendar.clone(),
        hashprice_usd_per_ph_day: model.market.hashprice.clone(),
        network_eh_s: model.market.network_eh_s.clone(),
        network_held_from: model.market.network_floor_from,
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
        rates: model.rates.used,
        market,
        debt,
        warnings: Vec::new(),
        mining,
        ai,
    };
    report.warnings = warnings(s, &model, &report, &paths.owned);
    (report, model.switch_sensitive.get())
}
