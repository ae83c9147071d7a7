//! The calculator's input: one site and the choice it faces, with defaults from
//! `shared/reference/market-data.md`. Ranges, labels and sources live in [`crate::params`].

use serde::{Deserialize, Serialize};

use crate::calendar::YearMonth;

/// Everything the model needs to value one site both ways.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub site: Site,
    pub bitcoin: Bitcoin,
    pub mining: Mining,
    pub ai: AiCommon,
    /// Which AI business the conversion leads to.
    pub mode: AiMode,
    pub lease: Lease,
    pub gpu: GpuCloud,
    pub risk: Risk,
}

/// The site and the horizon both paths are valued over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Site {
    /// Power the site can draw from the grid, MW.
    pub grid_mw: f64,
    /// First month of the valuation.
    pub start: YearMonth,
    /// Contract length from first AI revenue, years (rounded to whole years); the valuation
    /// covers the conversion months plus this.
    pub horizon_years: f64,
    /// Annual discount rate, %.
    pub discount_rate_pct: f64,
}

/// The bitcoin network as the miner sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bitcoin {
    /// Hashprice at the start month, $ per PH/s per day.
    pub hashprice_usd_per_ph_day: f64,
    /// BTC price growth, %/yr (compounded monthly).
    pub btc_price_growth_pct_per_yr: f64,
    /// Network hashrate growth, %/yr (compounded monthly).
    pub hashrate_growth_pct_per_yr: f64,
    /// Transaction fees per block, BTC.
    pub fees_btc_per_block: f64,
}

/// The mining fleet and its costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mining {
    /// Fleet efficiency, J/TH.
    pub fleet_j_per_th: f64,
    /// Grid power over ASIC power (cooling, losses), a PUE-like ratio.
    pub overhead_ratio: f64,
    /// Share of hours the fleet runs (curtailment, downtime), %.
    pub uptime_pct: f64,
    /// Pool fee, % of mining revenue.
    pub pool_fee_pct: f64,
    /// Power price at the start month, $/kWh (also paid by the AI operator when it pays power).
    pub power_usd_per_kwh: f64,
    /// Power price escalation, %/yr (compounded monthly).
    pub power_escalation_pct_per_yr: f64,
    /// Operating cost other than power, $ per MWh drawn.
    pub non_power_opex_usd_per_mwh: f64,
    /// Price of replacement ASICs, $ per TH/s.
    pub asic_usd_per_th: f64,
    /// ASIC life, years: the fleet is replaced at `1 / life` of its value each year.
    pub asic_life_years: f64,
}

/// What both AI businesses share: the conversion of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AiCommon {
    /// Grid power over IT power (PUE) after conversion.
    pub pue: f64,
    /// Conversion capex, $M per MW of IT capacity.
    pub conversion_capex_musd_per_mw_it: f64,
    /// Months from the decision to the first AI revenue.
    pub months_to_convert: f64,
    /// Months from first revenue to full capacity (linear ramp).
    pub ramp_months: f64,
    /// Average IT load as a share of IT capacity, % (sets power drawn).
    pub load_pct: f64,
    /// Whether the miners keep running until cut-over.
    pub mine_until_cutover: bool,
}

/// The AI business a converted site runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum AiMode {
    /// Lease powered shell capacity to a tenant by the kW of IT (Core Scientific, TeraWulf…).
    #[default]
    Lease,
    /// Own GPUs and rent them by the hour (IREN–Microsoft).
    GpuCloud,
}

/// The colocation lease.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lease {
    /// Rent, $ per kW of IT per month.
    pub usd_per_kw_month: f64,
    /// Annual rent escalator, %/yr (steps once a year).
    pub escalator_pct_per_yr: f64,
    /// Net operating income margin on rent, %.
    pub noi_margin_pct: f64,
    /// Whether the tenant pays the power bill (triple-net); if not, the landlord does.
    pub power_pass_through: bool,
}

/// The GPU cloud.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GpuCloud {
    /// Rental price, $ per GPU-hour.
    pub usd_per_gpu_hour: f64,
    /// Share of GPU-hours sold, %.
    pub utilisation_pct: f64,
    /// GPUs per MW of IT.
    pub gpus_per_mw_it: f64,
    /// Capex per GPU including its share of servers and network, $.
    pub capex_usd_per_gpu: f64,
    /// GPU life before refresh, years.
    pub life_years: f64,
    /// Decline of GPU rental prices, %/yr (compounded monthly).
    pub price_decline_pct_per_yr: f64,
    /// Operating cost other than power, % of revenue.
    pub other_opex_pct_of_revenue: f64,
}

/// Uncertainty for the Monte Carlo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Risk {
    /// Annual volatility of the BTC price, %.
    pub btc_volatility_pct: f64,
    /// Standard deviation of annual network hashrate growth, percentage points.
    pub hashrate_growth_sd_pct: f64,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            grid_mw: 100.0,
            start: YearMonth { year: 2027, month: 1 },
            horizon_years: 12.0,
            discount_rate_pct: 10.0,
        }
    }
}

impl Default for Bitcoin {
    fn default() -> Self {
        Bitcoin {
            hashprice_usd_per_ph_day: 28.68,
            btc_price_growth_pct_per_yr: 0.0,
            hashrate_growth_pct_per_yr: 20.0,
            fees_btc_per_block: 0.02,
        }
    }
}

impl Default for Mining {
    fn default() -> Self {
        Mining {
            fleet_j_per_th: 16.0,
            overhead_ratio: 1.05,
            uptime_pct: 92.0,
            pool_fee_pct: 2.0,
            power_usd_per_kwh: 0.045,
            power_escalation_pct_per_yr: 2.0,
            non_power_opex_usd_per_mwh: 5.0,
            asic_usd_per_th: 15.0,
            asic_life_years: 5.0,
        }
    }
}

impl Default for AiCommon {
    fn default() -> Self {
        AiCommon {
            pue: 1.25,
            conversion_capex_musd_per_mw_it: 9.0,
            months_to_convert: 15.0,
            ramp_months: 6.0,
            load_pct: 80.0,
            mine_until_cutover: true,
        }
    }
}

impl Default for Lease {
    fn default() -> Self {
        Lease {
            usd_per_kw_month: 150.0,
            escalator_pct_per_yr: 2.0,
            noi_margin_pct: 85.0,
            power_pass_through: true,
        }
    }
}

impl Default for GpuCloud {
    fn default() -> Self {
        GpuCloud {
            usd_per_gpu_hour: 2.35,
            utilisation_pct: 85.0,
            gpus_per_mw_it: 780.0,
            capex_usd_per_gpu: 37_000.0,
            life_years: 5.0,
            price_decline_pct_per_yr: 15.0,
            other_opex_pct_of_revenue: 15.0,
        }
    }
}

impl Default for Risk {
    fn default() -> Self {
        Risk { btc_volatility_pct: 50.0, hashrate_growth_sd_pct: 15.0 }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            site: Site::default(),
            bitcoin: Bitcoin::default(),
            mining: Mining::default(),
            ai: AiCommon::default(),
            mode: AiMode::default(),
            lease: Lease::default(),
            gpu: GpuCloud::default(),
            risk: Risk::default(),
        }
    }
}

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The parameter's short key (see [`crate::params::PARAMS`]), or `start`.
    pub field: String,
    /// What was given, as text (a number may be NaN or infinite).
    pub value: String,
    /// The allowed range, as text.
    pub allowed: String,
}

/// Every problem with a scenario, found in one pass.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioError {
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid scenario:")?;
        for p in &self.problems {
            write!(f, " {} = {} (allowed {});", p.field, p.value, p.allowed)?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

impl Scenario {
    /// Checks every field against its range and lists all the problems.
    ///
    /// # Example
    /// ```
    /// let mut s = economics::Scenario::default();
    /// s.site.grid_mw = f64::NAN;
    /// s.lease.usd_per_kw_month = -5.0;
    /// let err = s.validate().unwrap_err();
    /// assert_eq!(err.problems.len(), 2);
    /// ```
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut problems = Vec::new();
        for p in crate::params::PARAMS {
            let v = (p.get)(self);
            if !(v.is_finite() && v >= p.min && v <= p.max) {
                problems.push(Problem {
                    field: p.key.to_string(),
                    value: v.to_string(),
                    allowed: format!("{} to {} {}", p.min, p.max, p.unit),
                });
            }
        }
        if !self.site.start.is_valid() {
            problems.push(Problem {
                field: "start".to_string(),
                value: self.site.start.to_string(),
                allowed: format!("{} to {}", YearMonth::MIN, YearMonth::MAX),
            });
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { problems })
        }
    }

    /// Months valued: the conversion period plus the contract's whole years, so the AI path
    /// earns for the full contract and mining is valued over the same window.
    pub fn months(&self) -> usize {
        let contract_years = self.site.horizon_years.round().clamp(1.0, 20.0) as usize;
        self.cutover_month() + contract_years * 12
    }

    /// Month of the first AI revenue.
    pub fn cutover_month(&self) -> usize {
        self.ai.months_to_convert.round().clamp(0.0, 48.0) as usize
    }

    /// IT capacity after conversion, MW.
    pub fn it_mw(&self) -> f64 {
        self.site.grid_mw / self.ai.pue
    }
}
