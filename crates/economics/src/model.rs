//! The monthly model: both paths for one scenario, and the summary figures quoted on the page.
//! Every formula here is written out in `docs/methodology.md`.

use serde::{Deserialize, Serialize};

use crate::bitcoin::average_subsidy_in_month;
use crate::calendar::YearMonth;
use crate::finance::{irr, payback_period, periodic_rate, IrrError};
use crate::scenario::{AiMode, Scenario, ScenarioError};

const HOURS_PER_DAY: f64 = 24.0;
const KW_PER_MW: f64 = 1000.0;
const HOURS_PER_YEAR: f64 = 8760.0;

/// One month of one path, all in US dollars.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Month {
    pub revenue_usd: f64,
    pub power_usd: f64,
    pub other_opex_usd: f64,
    pub capex_usd: f64,
    /// Grid energy drawn, MWh.
    pub energy_mwh: f64,
}

impl Month {
    /// Revenue less power and other operating cost.
    pub fn ebitda_usd(&self) -> f64 {
        self.revenue_usd - self.power_usd - self.other_opex_usd
    }

    /// EBITDA less capex.
    pub fn net_cash_usd(&self) -> f64 {
        self.ebitda_usd() - self.capex_usd
    }
}

/// One path's monthly series and summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Path {
    pub months: Vec<Month>,
    /// Running total of net cash, $.
    pub cumulative_usd: Vec<f64>,
    /// Running total of discounted net cash, $.
    pub discounted_cumulative_usd: Vec<f64>,
    /// Net present value at the scenario's discount rate, $.
    pub npv_usd: f64,
    /// Average EBITDA per MW of grid power per year, $.
    pub ebitda_usd_per_mw_year: f64,
    /// Total revenue over total grid energy drawn, $/kWh (0 if nothing was drawn).
    pub revenue_usd_per_kwh: f64,
}

impl Path {
    fn new(months: Vec<Month>, monthly_rate: f64, grid_mw: f64) -> Path {
        let mut cumulative_usd = Vec::with_capacity(months.len());
        let mut discounted_cumulative_usd = Vec::with_capacity(months.len());
        let (mut cum, mut disc_cum, mut discount) = (0.0, 0.0, 1.0);
        let (mut ebitda, mut revenue, mut energy) = (0.0, 0.0, 0.0);
        let factor = 1.0 / (1.0 + monthly_rate);
        for m in &months {
            let cash = m.net_cash_usd();
            cum += cash;
            disc_cum += cash * discount;
            discount *= factor;
            cumulative_usd.push(cum);
            discounted_cumulative_usd.push(disc_cum);
            ebitda += m.ebitda_usd();
            revenue += m.revenue_usd;
            energy += m.energy_mwh;
        }
        let years = months.len() as f64 / 12.0;
        Path {
            npv_usd: disc_cum,
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
            .map(|year| {
                year.iter().fold(Month::default(), |a, m| Month {
                    revenue_usd: a.revenue_usd + m.revenue_usd,
                    power_usd: a.power_usd + m.power_usd,
                    other_opex_usd: a.other_opex_usd + m.other_opex_usd,
                    capex_usd: a.capex_usd + m.capex_usd,
                    energy_mwh: a.energy_mwh + m.energy_mwh,
                })
            })
            .collect()
    }
}

/// Revenue per kWh at full operation, the figures behind "AI earns N× more per kWh".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PerKwh {
    /// Mining revenue per kWh of grid energy in the first month, $.
    pub mining_grid_usd: f64,
    /// Mining revenue per kWh of ASIC (IT) energy, $.
    pub mining_it_usd: f64,
    /// Lease rent per kWh of grid energy drawn in the first year of operation, $.
    pub lease_grid_usd: f64,
    /// Lease rent per kWh of IT energy, $.
    pub lease_it_usd: f64,
    /// GPU-cloud revenue per kWh of grid energy in the first month of operation, $.
    pub gpu_grid_usd: f64,
    /// GPU-cloud revenue per kWh of IT energy, $.
    pub gpu_it_usd: f64,
}

impl PerKwh {
    /// Lease revenue per grid kWh over mining's.
    pub fn lease_multiple(&self) -> f64 {
        self.lease_grid_usd / self.mining_grid_usd
    }

    /// GPU-cloud revenue per grid kWh over mining's.
    pub fn gpu_multiple(&self) -> f64 {
        self.gpu_grid_usd / self.mining_grid_usd
    }
}

/// Everything the page shows for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Calendar month of each index.
    pub calendar: Vec<YearMonth>,
    /// Hashprice the miner earns each month, $/PH/s/day.
    pub hashprice_usd_per_ph_day: Vec<f64>,
    /// Whether the miners run that month (they stop when a month would lose money).
    pub mining_on: Vec<bool>,
    /// Keep mining for the whole horizon.
    pub mining: Path,
    /// Convert to the scenario's AI mode.
    pub ai: Path,
    /// AI NPV minus mining NPV, $: positive means converting is worth more.
    pub advantage_npv_usd: f64,
    /// Annual IRR of converting instead of mining (the difference of the two paths' cash flows).
    pub conversion_irr: Result<f64, IrrError>,
    /// First month from which converting has paid back, measured against mining.
    pub payback_month: Option<usize>,
    /// Month of first AI revenue.
    pub cutover_month: usize,
    pub per_kwh: PerKwh,
}

/// Values both paths of a valid scenario.
///
/// # Example
/// ```
/// let report = economics::compute(&economics::Scenario::default()).unwrap();
/// // 15 months to convert + a 12-year contract.
/// assert_eq!(report.mining.months.len(), 159);
/// assert!(report.per_kwh.lease_multiple() > 1.0);
/// ```
pub fn compute(s: &Scenario) -> Result<Report, ScenarioError> {
    s.validate()?;
    Ok(compute_valid(s))
}

/// The model without validation, for analyses that vary one field of a checked scenario.
pub(crate) fn compute_valid(s: &Scenario) -> Report {
    let timeline = Timeline::new(s);
    let inputs = Inputs::new(s, &timeline);
    let mining_months: Vec<Month> = (0..inputs.months).map(|m| inputs.mining_month(m)).collect();
    let ai_months: Vec<Month> = (0..inputs.months)
        .map(|m| inputs.ai_month(m, &mining_months[m]))
        .collect();
    let difference: Vec<f64> = ai_months
        .iter()
        .zip(&mining_months)
        .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd())
        .collect();
    let conversion_irr = irr(&difference).map(|r| (1.0 + r).powi(12) - 1.0);
    let payback_month = payback_period(&difference);
    let mining_on = mining_months.iter().map(|m| m.energy_mwh > 0.0).collect();
    let mining = Path::new(mining_months, inputs.monthly_rate, s.site.grid_mw);
    let ai = Path::new(ai_months, inputs.monthly_rate, s.site.grid_mw);
    Report {
        calendar: timeline.calendar.clone(),
        hashprice_usd_per_ph_day: (0..inputs.months).map(|m| inputs.hashprice(m)).collect(),
        mining_on,
        advantage_npv_usd: ai.npv_usd - mining.npv_usd,
        conversion_irr,
        payback_month,
        cutover_month: inputs.cutover,
        per_kwh: inputs.per_kwh(),
        mining,
        ai,
    }
}

/// The NPV of each path only, without building the report: the analyses' hot path. `timeline`
/// must be `Timeline::new` of a scenario that [`Timeline::fits`] `s`.
pub(crate) fn npvs(s: &Scenario, timeline: &Timeline) -> (f64, f64) {
    let inputs = Inputs::new(s, timeline);
    let factor = 1.0 / (1.0 + inputs.monthly_rate);
    let (mut discount, mut mining, mut ai) = (1.0, 0.0, 0.0);
    for m in 0..inputs.months {
        let mine = inputs.mining_month(m);
        mining += mine.net_cash_usd() * discount;
        ai += inputs.ai_month(m, &mine).net_cash_usd() * discount;
        discount *= factor;
    }
    (mining, ai)
}

/// The calendar and market trends month by month: everything that does not depend on the
/// hashprice level, the site or the AI business, so the analyses can build it once and vary those.
pub(crate) struct Timeline {
    pub calendar: Vec<YearMonth>,
    pub days: Vec<f64>,
    /// Hashprice per $1/PH/s/day of today's hashprice: market trend × subsidy-and-fees ratio.
    pub hashprice_factor: Vec<f64>,
    /// Power price, $/kWh.
    pub power_price: Vec<f64>,
}

impl Timeline {
    pub fn new(s: &Scenario) -> Timeline {
        let months = s.months();
        let b = &s.bitcoin;
        let first_subsidy = average_subsidy_in_month(s.site.start);
        let price_growth = monthly_growth(b.btc_price_growth_pct_per_yr);
        let hashrate_growth = monthly_growth(b.hashrate_growth_pct_per_yr);
        let power_growth = monthly_growth(s.mining.power_escalation_pct_per_yr);
        let mut t = Timeline {
            calendar: Vec::with_capacity(months),
            days: Vec::with_capacity(months),
            hashprice_factor: Vec::with_capacity(months),
            power_price: Vec::with_capacity(months),
        };
        let (mut trend, mut power) = (1.0, s.mining.power_usd_per_kwh);
        for m in 0..months {
            let ym = s.site.start.plus_months(m as u32);
            let reward_ratio = (average_subsidy_in_month(ym) + b.fees_btc_per_block)
                / (first_subsidy + b.fees_btc_per_block);
            t.calendar.push(ym);
            t.days.push(ym.days() as f64);
            t.hashprice_factor.push(trend * reward_ratio);
            t.power_price.push(power);
            trend *= price_growth / hashrate_growth;
            power *= power_growth;
        }
        t
    }

    /// Whether `s` would build this same timeline (only hashprice, site and AI fields differ).
    pub fn fits(&self, s: &Scenario) -> bool {
        self.calendar.len() == s.months() && self.calendar.first() == Some(&s.site.start)
    }
}

/// Per-scenario quantities over a [`Timeline`].
pub(crate) struct Inputs<'a> {
    s: &'a Scenario,
    t: &'a Timeline,
    pub months: usize,
    pub monthly_rate: f64,
    pub cutover: usize,
    hashprice0: f64,
    hashrate_ph: f64,
    fleet_capex_per_month: f64,
    it_mw: f64,
}

impl<'a> Inputs<'a> {
    pub fn new(s: &'a Scenario, t: &'a Timeline) -> Inputs<'a> {
        let mining_it_mw = s.site.grid_mw / s.mining.overhead_ratio;
        // W / (J/TH) = TH/s; / 1000 = PH/s.
        let hashrate_th = mining_it_mw * 1e6 / s.mining.fleet_j_per_th;
        let fleet_capex_per_month =
            hashrate_th * s.mining.asic_usd_per_th / (s.mining.asic_life_years * 12.0);
        Inputs {
            s,
            t,
            months: t.calendar.len(),
            monthly_rate: periodic_rate(s.site.discount_rate_pct / 100.0, 12.0),
            cutover: s.cutover_month(),
            hashprice0: s.bitcoin.hashprice_usd_per_ph_day,
            hashrate_ph: hashrate_th / 1000.0,
            fleet_capex_per_month,
            it_mw: s.it_mw(),
        }
    }

    /// Hashprice in month `m`, $/PH/s/day.
    pub fn hashprice(&self, m: usize) -> f64 {
        self.hashprice0 * self.t.hashprice_factor[m]
    }

    /// Month `m` of the mining path. The fleet idles (no revenue, cost or replacement) in a
    /// month whose revenue would not cover power, other opex and fleet replacement.
    pub fn mining_month(&self, m: usize) -> Month {
        let running = self.mining_running(m);
        if running.net_cash_usd() > 0.0 {
            running
        } else {
            Month::default()
        }
    }

    /// Month `m` of the mining path with the fleet running whatever the margin.
    pub fn mining_running(&self, m: usize) -> Month {
        let s = self.s;
        let uptime = s.mining.uptime_pct / 100.0;
        let energy_mwh = s.site.grid_mw * HOURS_PER_DAY * self.t.days[m] * uptime;
        Month {
            revenue_usd: self.hashrate_ph * self.hashprice(m) * self.t.days[m] * uptime
                * (1.0 - s.mining.pool_fee_pct / 100.0),
            power_usd: energy_mwh * KW_PER_MW * self.t.power_price[m],
            other_opex_usd: energy_mwh * s.mining.non_power_opex_usd_per_mwh,
            capex_usd: self.fleet_capex_per_month,
            energy_mwh,
        }
    }

    /// Share of full AI capacity in month `m` (0 before cut-over, linear ramp after).
    fn ramp(&self, m: usize) -> f64 {
        if m < self.cutover {
            return 0.0;
        }
        let ramp_months = self.s.ai.ramp_months.round();
        if ramp_months < 1.0 {
            1.0
        } else {
            ((m - self.cutover + 1) as f64 / ramp_months).min(1.0)
        }
    }

    /// Month `m` of the AI path; `mining` is the same month of the mining path, earned until
    /// cut-over when the miners keep running.
    pub fn ai_month(&self, m: usize, mining: &Month) -> Month {
        let s = self.s;
        let mut month = if m < self.cutover && s.ai.mine_until_cutover { *mining } else { Month::default() };
        // Conversion capex spread evenly over the conversion months (all in month 0 if none).
        let conversion_usd = self.it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
        if self.cutover == 0 {
            if m == 0 {
                month.capex_usd += conversion_usd;
            }
        } else if m < self.cutover {
            month.capex_usd += conversion_usd / self.cutover as f64;
        }
        let ramp = self.ramp(m);
        if ramp == 0.0 {
            return month;
        }
        let years_running = (m - self.cutover) as f64 / 12.0;
        let hours = HOURS_PER_DAY * self.t.days[m];
        let drawn_mwh = s.site.grid_mw * (s.ai.load_pct / 100.0) * hours * ramp;
        let power_usd = drawn_mwh * KW_PER_MW * self.t.power_price[m];
        month.energy_mwh = drawn_mwh;
        match s.mode {
            AiMode::Lease => {
                let escalator = (1.0 + s.lease.escalator_pct_per_yr / 100.0).powi(years_running as i32);
                // Rent is quoted per month; scale by days so a month's rent matches its energy.
                let rent = self.it_mw * KW_PER_MW * s.lease.usd_per_kw_month * escalator * ramp
                    * (self.t.days[m] * 12.0 / 365.0);
                month.revenue_usd = rent;
                month.other_opex_usd = rent * (1.0 - s.lease.noi_margin_pct / 100.0);
                month.power_usd = if s.lease.power_pass_through { 0.0 } else { power_usd };
            }
            AiMode::GpuCloud => {
                let g = &s.gpu;
                let gpus = self.it_mw * g.gpus_per_mw_it;
                let price = g.usd_per_gpu_hour
                    * (1.0 - g.price_decline_pct_per_yr / 100.0).powf(years_running);
                let revenue = gpus * hours * (g.utilisation_pct / 100.0) * price * ramp;
                month.revenue_usd = revenue;
                month.power_usd = power_usd;
                month.other_opex_usd = revenue * g.other_opex_pct_of_revenue / 100.0;
                month.capex_usd += gpus * g.capex_usd_per_gpu * self.gpu_purchase_share(m);
            }
        }
        month
    }

    /// Share of the GPU fleet bought in month `m`: bought as capacity ramps, then replaced at the
    /// end of each life if at least a year of the horizon remains.
    fn gpu_purchase_share(&self, m: usize) -> f64 {
        let since = m - self.cutover;
        let life_months = (self.s.gpu.life_years * 12.0).round().max(1.0) as usize;
        let phase = since % life_months;
        let remaining = self.months - m;
        if since >= life_months && remaining < 12 {
            return 0.0;
        }
        let ramp_months = self.s.ai.ramp_months.round() as usize;
        if ramp_months == 0 {
            if phase == 0 { 1.0 } else { 0.0 }
        } else if phase < ramp_months {
            1.0 / ramp_months as f64
        } else {
            0.0
        }
    }

    /// Revenue per kWh at full operation for mining and both AI modes.
    pub fn per_kwh(&self) -> PerKwh {
        let s = self.s;
        let grid_kwh_per_day = s.site.grid_mw * KW_PER_MW * HOURS_PER_DAY;
        let mining_grid_usd = self.hashrate_ph * self.hashprice(0) * (1.0 - s.mining.pool_fee_pct / 100.0)
            / grid_kwh_per_day;
        let load = s.ai.load_pct / 100.0;
        // Rent per kW of IT per month over the IT kWh drawn in that month (8760/12 hours).
        let lease_it_usd = s.lease.usd_per_kw_month * 12.0 / (HOURS_PER_YEAR * load);
        let gpu_it_usd = s.gpu.gpus_per_mw_it * s.gpu.usd_per_gpu_hour * (s.gpu.utilisation_pct / 100.0)
            / (KW_PER_MW * load);
        PerKwh {
            mining_grid_usd,
            mining_it_usd: mining_grid_usd * s.mining.overhead_ratio,
            lease_grid_usd: lease_it_usd / s.ai.pue,
            lease_it_usd,
            gpu_grid_usd: gpu_it_usd / s.ai.pue,
            gpu_it_usd,
        }
    }
}

/// The monthly factor equivalent to an annual growth in %.
fn monthly_growth(pct_per_yr: f64) -> f64 {
    (1.0 + pct_per_yr / 100.0).powf(1.0 / 12.0)
}
