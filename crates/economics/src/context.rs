//! The per-scenario context the stages hang their `impl Model` blocks on (the fleet, the
//! converted site, end values, tax and debt, the report's figures): the scenario, its market month
//! by month, its discount factors, the window and cut-over, the mining fleet's power and cost,
//! and the share of AI customers still under contract. It imports only the inputs, the market
//! and the discount factors, never a stage that works on it.

use crate::inputs::scenario::{whole, Scenario};
use crate::paths::market::Market;
use crate::value::discount::Rates;

/// Per-scenario quantities over the market.
pub(crate) struct Model<'a> {
    pub(crate) s: &'a Scenario,
    pub market: Market,
    pub rates: Rates,
    pub n: usize,
    pub cutover: usize,
    /// ASIC (IT) power of the mining fleet, W.
    pub(crate) mining_it_w: f64,
    /// What a full fleet costs, $: the same $ per W for every generation.
    pub(crate) fleet_usd: f64,
    pub(crate) asic_life: usize,
    pub(crate) it_mw: f64,
    /// Share of AI customers still under contract each month (1 before cut-over).
    pub(crate) survival: Vec<f64>,
    /// Set when a purchase decision would go the other way with the end-values switch flipped,
    /// so the other headline figure needs a run of its own.
    pub(crate) switch_sensitive: std::cell::Cell<bool>,
    /// What a generation bought in a month earns to the window's end on the model's own path,
    /// discounted: shared by the purchase plans with end values counted and not.
    pub(crate) generation_cash: std::cell::RefCell<std::collections::BTreeMap<usize, f64>>,
}

impl<'a> Model<'a> {
    pub fn new(s: &'a Scenario) -> Model<'a> {
        let n = s.months();
        let mining_it_w = s.site.grid_mw * 1e6 / s.mining.overhead_ratio;
        Model {
            s,
            market: Market::new(s),
            rates: Rates::new(s, n),
            n,
            cutover: s.cutover_month(),
            mining_it_w,
            // $/TH ÷ J/TH = $/W.
            fleet_usd: mining_it_w * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th,
            asic_life: whole(s.mining.asic_life_years * 12.0, 1, 120),
            it_mw: s.it_mw(),
            survival: {
                // The backstopped share exits at the investment-grade rate, the rest at the
                // scenario's.
                let monthly = |pct: f64| (1.0 - pct / 100.0).powf(1.0 / 12.0);
                let (own, ig) = (monthly(s.ai.early_exit_pct_per_yr), monthly(INVESTMENT_GRADE_EXIT_PCT));
                let backed = s.ai.backstopped_pct / 100.0;
                let cutover = s.cutover_month();
                let (mut live, mut live_ig) = (1.0, 1.0);
                (0..n)
                    .map(|m| {
                        if m < cutover {
                            return 1.0;
                        }
                        let v = (1.0 - backed) * live + backed * live_ig;
                        live *= own;
                        live_ig *= ig;
                        v
                    })
                    .collect()
            },
            switch_sensitive: std::cell::Cell::new(false),
            generation_cash: Default::default(),
        }
    }
}

/// Yearly early-exit probability of revenue an investment-grade company pays or backstops
/// (Google, AWS, Microsoft), %: assumption, no source for the rate.
pub const INVESTMENT_GRADE_EXIT_PCT: f64 = 0.2;
