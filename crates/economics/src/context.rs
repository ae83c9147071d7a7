//! The per-scenario context the stages hang their `impl Model` blocks on (the fleet, the
//! converted site, end values, tax and debt, the report's figures): the scenario, its market month
//! by month, its discount factors, the window and cut-over, the mining fleet's power and cost,
//! and who pays for the converted capacity each month. It imports only the inputs, the market,
//! the tenancy and the rates, never a stage that works on it.

use crate::inputs::scenario::{whole, AiMode, Scenario};
use crate::paths::market::Market;
use crate::paths::tenancy::Tenancy;
use crate::value::rates::Rates;

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
    /// Who pays for the converted capacity each month (the whole contract before cut-over).
    pub(crate) tenancy: Tenancy,
    /// The lease escalator's factor in each year of a lease, from its first: `(1 + esc)^k`.
    pub(crate) escalator: Vec<f64>,
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
        let cutover = s.cutover_month();
        let tenancy = Tenancy::new(s, n, cutover);
        // A lease's contract rent over the market rent a space let again pays: its escalator.
        let esc = 1.0 + s.lease.escalator_pct_per_yr / 100.0;
        let escalator: Vec<f64> = (0..=n / 12).map(|k| esc.powi(k as i32)).collect();
        let escalation = |m: usize| match s.mode {
            AiMode::Lease => escalator[m.saturating_sub(cutover) / 12],
            AiMode::GpuCloud => 1.0,
        };
        let rates = Rates::new(s, n, s.conversion_start()..cutover, &tenancy, escalation);
        Model {
            s,
            market: Market::new(s),
            rates,
            n,
            cutover,
            mining_it_w,
            // $/TH ÷ J/TH = $/W.
            fleet_usd: mining_it_w * s.mining.asic_usd_per_th / s.mining.fleet_j_per_th,
            asic_life: whole(s.mining.asic_life_years * 12.0, 1, 120),
            it_mw: s.it_mw(),
            tenancy,
            escalator,
            switch_sensitive: std::cell::Cell::new(false),
            generation_cash: Default::default(),
        }
    }
}
