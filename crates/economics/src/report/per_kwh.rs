//! Revenue per kWh of capacity, each business at full capacity over the first full year of AI
//! operation: the figures behind "AI earns N× more per kWh", and the GPU price at which the
//! claimed multiple would hold here.

use serde::{Deserialize, Serialize};

use crate::context::Model;
use crate::units::{HOURS_PER_DAY, HOURS_PER_YEAR, KW_PER_MW};

/// The multiple in the "up to 25× more revenue per kWh" claim (market-data.md §5, S47).
pub const CLAIMED_MULTIPLE: f64 = 25.0;

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

impl Model<'_> {
    /// Revenue per kWh of grid capacity at full operation in the start month.
    pub(crate) fn per_kwh(&self) -> PerKwh {
        let s = self.s;
        let n = self.n;
        // The first full year of AI operation: from full capacity, twelve months (fewer if the
        // window ends first).
        let from = (self.cutover + s.ramp_months()).min(n - 1);
        let year = from..(from + 12).min(n);
        let months = year.len() as f64;
        let mean = |f: &dyn Fn(usize) -> f64| year.clone().map(f).sum::<f64>() / months;
        let grid_kwh_per_hour = s.site.grid_mw * KW_PER_MW;
        let hashrate_ph = self.mining_it_w / s.mining.fleet_j_per_th / 1000.0;
        // The hours the fleet mines, as the GPU figure counts the hours it sells.
        let mining_share = s.mining.uptime_pct / 100.0 * (1.0 - s.mining.curtailed_pct / 100.0);
        let mining_grid_usd = hashrate_ph * mean(&|m| self.market.hashprice[m]) / HOURS_PER_DAY
            * (1.0 - s.mining.pool_fee_pct / 100.0)
            * mining_share
            / grid_kwh_per_hour;
        let escalated = mean(&|m| (1.0 + s.lease.escalator_pct_per_yr / 100.0).powi(((m - self.cutover) / 12) as i32));
        let lease_it_usd = s.lease.usd_per_kw_month * escalated * 12.0 / HOURS_PER_YEAR;
        let utilisation = s.gpu.utilisation_pct / 100.0;
        let gpu_price = mean(&|m| self.market.gpu_price[m]);
        let gpu_it_usd = s.gpu.gpus_per_mw_it * gpu_price * utilisation / KW_PER_MW;
        // The price that makes the GPU multiple equal the claim, carried back to its own date.
        let carried = gpu_price / s.gpu.usd_per_gpu_hour;
        let gpu_usd_per_hour_for_claim = (utilisation > 0.0).then(|| {
            CLAIMED_MULTIPLE * mining_grid_usd * s.ai.pue * KW_PER_MW / (s.gpu.gpus_per_mw_it * utilisation) / carried
        });
        PerKwh {
            from_month: from,
            mining_grid_usd,
            mining_it_usd: mining_grid_usd * s.mining.overhead_ratio,
            lease_grid_usd: lease_it_usd / s.ai.pue,
            lease_it_usd,
            gpu_grid_usd: gpu_it_usd / s.ai.pue,
            gpu_it_usd,
            gpu_usd_per_hour_for_claim,
        }
    }
}
