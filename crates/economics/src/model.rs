//! The monthly model: both paths for one scenario, and the summary figures quoted on the page.
//! The mining fleet lives in `fleet.rs`, the converted site in `conversion.rs`; every formula is
//! written out in `docs/methodology.md`.

use serde::{Deserialize, Serialize};

use crate::calendar::YearMonth;
use crate::finance::{irr, periodic_rate, IrrError};
use crate::market::Market;
use crate::params::ScenarioError;
use crate::scenario::{whole, Scenario};

pub(crate) const HOURS_PER_DAY: f64 = 24.0;
pub(crate) const KW_PER_MW: f64 = 1000.0;
pub(crate) const HOURS_PER_YEAR: f64 = 8760.0;
/// The multiple in the "up to 25× more revenue per kWh" claim (market-data.md §5, S47).
pub const CLAIMED_MULTIPLE: f64 = 25.0;

/// One month of one path, all in US dollars.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Month {
    /// Sales, and for mining the curtailment credits.
    pub revenue_usd: f64,
    pub power_usd: f64,
    pub other_opex_usd: f64,
    /// Capital spent, net of equipment sold (ASICs sold at cut-over make it negative).
    pub capex_usd: f64,
    /// Value credited at the end of the window: the lease's exit value, ASIC and GPU residual
    /// values. Zero unless the scenario counts end-of-window values.
    pub terminal_usd: f64,
    /// Grid energy drawn, MWh.
    pub energy_mwh: f64,
}

impl Month {
    /// Revenue less power and other operating cost.
    pub fn ebitda_usd(&self) -> f64 {
        self.revenue_usd - self.power_usd - self.other_opex_usd
    }

    /// EBITDA less capex, plus any end-of-window value.
    pub fn net_cash_usd(&self) -> f64 {
        self.ebitda_usd() - self.capex_usd + self.terminal_usd
    }

    pub(crate) fn scaled(&self, k: f64) -> Month {
        Month {
            revenue_usd: self.revenue_usd * k,
            power_usd: self.power_usd * k,
            other_opex_usd: self.other_opex_usd * k,
            capex_usd: self.capex_usd * k,
            terminal_usd: self.terminal_usd * k,
            energy_mwh: self.energy_mwh * k,
        }
    }

    pub(crate) fn plus(&self, o: &Month) -> Month {
        Month {
            revenue_usd: self.revenue_usd + o.revenue_usd,
            power_usd: self.power_usd + o.power_usd,
            other_opex_usd: self.other_opex_usd + o.other_opex_usd,
            capex_usd: self.capex_usd + o.capex_usd,
            terminal_usd: self.terminal_usd + o.terminal_usd,
            energy_mwh: self.energy_mwh + o.energy_mwh,
        }
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
    /// Net present value, $: mining cash at the mining rate, AI cash at the AI rate.
    pub npv_usd: f64,
    /// Present value of the end-of-window values, $, whether or not the NPV counts them.
    pub terminal_pv_usd: f64,
    /// Average EBITDA per MW of grid power per year, $.
    pub ebitda_usd_per_mw_year: f64,
    /// Total revenue over total grid energy drawn, $/kWh (0 if nothing was drawn).
    pub revenue_usd_per_kwh: f64,
}

impl Path {
    /// `mining_net[m]` is the part of month `m`'s net cash that is mining cash (discounted at
    /// the mining rate); the rest is discounted at the AI rate.
    fn new(months: Vec<Month>, mining_net: &[f64], rates: &Rates, terminal_pv_usd: f64, grid_mw: f64) -> Path {
        let mut cumulative_usd = Vec::with_capacity(months.len());
        let mut discounted_cumulative_usd = Vec::with_capacity(months.len());
        let (mut cum, mut disc_cum) = (0.0, 0.0);
        let (mut ebitda, mut revenue, mut energy) = (0.0, 0.0, 0.0);
        for (m, month) in months.iter().enumerate() {
            let cash = month.net_cash_usd();
            cum += cash;
            disc_cum += (cash - mining_net[m]) * rates.ai[m] + mining_net[m] * rates.mining[m];
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

/// Gross revenue (before any capex) per kWh of grid capacity in the start month: the figures
/// behind "AI earns N× more per kWh". Capacity, not energy drawn, so a half-empty AI hall does
/// not look richer per kWh; mining counts the hours it mines (uptime, curtailment) as the GPU
/// cloud counts the GPU-hours it sells.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PerKwh {
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

/// Everything the page shows for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
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
    /// AI NPV minus mining NPV, $: positive means converting is worth more.
    pub advantage_npv_usd: f64,
    /// The same with end-of-window values counted the other way from the scenario's switch.
    pub advantage_other_npv_usd: f64,
    /// Annual IRR of converting instead of mining (the difference of the two paths' cash flows).
    pub conversion_irr: Result<f64, IrrError>,
    /// First month from which converting has paid back against mining, on discounted cash: the
    /// running total of discounted AI − mining cash stays at or above zero from then on.
    pub payback_month: Option<usize>,
    /// Month of first AI revenue.
    pub cutover_month: usize,
    pub per_kwh: PerKwh,
    pub warnings: Vec<Warning>,
}

impl Report {
    /// The conversion IRR when it can be quoted beside the NPV: the difference of the flows is
    /// a conventional investment (costs first, then returns: one sign change, − to +), it pays
    /// back, and the IRR sits on the same side of the AI discount rate as the NPV advantage.
    /// Otherwise `None`, and the page says "does not pay back" or gives no rate.
    pub fn quotable_irr(&self, discount_rate_pct: f64) -> Option<f64> {
        let rate = *self.conversion_irr.as_ref().ok()?;
        let diff: Vec<f64> = self.ai.months.iter().zip(&self.mining.months)
            .map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
        let conventional = crate::finance::is_conventional_investment(&diff);
        let agrees = (rate > discount_rate_pct / 100.0) == (self.advantage_npv_usd > 0.0);
        (conventional && self.payback_month.is_some() && agrees && rate.is_finite()).then_some(rate)
    }
}

/// Values both paths of a valid scenario.
///
/// # Example
/// ```
/// let report = economics::compute(&economics::Scenario::default()).unwrap();
/// // 15 months to convert + a 12-year contract.
/// assert_eq!(report.mining.months.len(), 159);
/// assert!(report.mining.npv_usd > 0.0);
/// ```
pub fn compute(s: &Scenario) -> Result<Report, ScenarioError> {
    s.validate()?;
    let (mut report, sensitive) = run(s);
    // With the switch flipped, the end values come in or out; and where a purchase decision
    // would go the other way too (residual value counts in them only when end values do), the
    // other figure needs a run of its own.
    let gap = report.ai.terminal_pv_usd - report.mining.terminal_pv_usd;
    report.advantage_other_npv_usd = if sensitive {
        let mut flipped = s.clone();
        flipped.finance.terminal_value = !s.finance.terminal_value;
        compute_valid(&flipped).advantage_npv_usd
    } else if s.finance.terminal_value {
        report.advantage_npv_usd - gap
    } else {
        report.advantage_npv_usd + gap
    };
    let difference: Vec<f64> =
        report.ai.months.iter().zip(&report.mining.months).map(|(a, b)| a.net_cash_usd() - b.net_cash_usd()).collect();
    report.conversion_irr = irr(&difference).map(|r| (1.0 + r).powi(12) - 1.0);
    Ok(report)
}

/// Monthly discount factors for the two kinds of cash.
pub(crate) struct Rates {
    pub ai: Vec<f64>,
    pub mining: Vec<f64>,
}

impl Rates {
    fn new(s: &Scenario, n: usize) -> Rates {
        let factors = |annual_pct: f64| {
            let f = 1.0 / (1.0 + periodic_rate(annual_pct / 100.0, 12.0));
            std::iter::successors(Some(1.0), move |d| Some(d * f)).take(n).collect()
        };
        Rates {
            ai: factors(s.finance.discount_rate_pct),
            mining: factors(s.finance.discount_rate_pct + s.finance.mining_risk_premium_pct),
        }
    }
}

/// The model without validation, for analyses that vary fields of a checked scenario. Its
/// `advantage_other_npv_usd` is a copy of the advantage and it has no IRR; [`compute`] fills both.
pub(crate) fn compute_valid(s: &Scenario) -> Report {
    run(s).0
}

/// The model, and whether any purchase decision depended on the end-values switch.
fn run(s: &Scenario) -> (Report, bool) {
    let model = Model::new(s);
    let n = model.n;
    let share = s.converted_share();
    let tv = s.finance.terminal_value;

    // Keep mining.
    let fleet = model.run_fleet(n);
    let mut mining_months = fleet.months;
    let mining_residual = fleet.residual_usd;
    if tv {
        mining_months[n - 1].terminal_usd += mining_residual;
    }
    let mining_net: Vec<f64> = mining_months.iter().map(Month::net_cash_usd).collect();

    // Convert: the converted share's pure AI path, plus the rest of the site mining on.
    let pure = model.ai_path();
    let mut ai_months = Vec::with_capacity(n);
    let mut ai_mining_net = Vec::with_capacity(n);
    for m in 0..n {
        let mut month = pure.months[m].scaled(share).plus(&mining_months[m].scaled(1.0 - share));
        if tv && m == n - 1 {
            month.terminal_usd += pure.terminal_usd * share;
        }
        ai_months.push(month);
        ai_mining_net.push(pure.mining_net[m] * share + mining_net[m] * (1.0 - share));
    }
    let rates = &model.rates;
    let last = n - 1;
    let mining_tv_pv = mining_residual * rates.mining[last];
    let ai_tv_pv = pure.terminal_usd * share * rates.ai[last] + mining_tv_pv * (1.0 - share);

    let mining = Path::new(mining_months, &mining_net, rates, mining_tv_pv, s.site.grid_mw);
    let ai = Path::new(ai_months, &ai_mining_net, rates, ai_tv_pv, s.site.grid_mw);
    // Discounted payback: from when AI's discounted running total stays at or above mining's. It
    // is read off the same two running totals whose last difference is the advantage, so it
    // exists exactly when the advantage is not negative, to the last bit.
    let gap = |m: usize| ai.discounted_cumulative_usd[m] - mining.discounted_cumulative_usd[m];
    let payback_month = if gap(n - 1) >= 0.0 { Some((0..n).rev().take_while(|&m| gap(m) >= 0.0).last().unwrap_or(n - 1)) } else { None };
    let advantage_npv_usd = ai.npv_usd - mining.npv_usd;
    let per_kwh = model.per_kwh();
    let mut report = Report {
        calendar: model.market.calendar.clone(),
        hashprice_usd_per_ph_day: model.market.hashprice.clone(),
        network_eh_s: model.market.network_eh_s.clone(),
        mining_on: fleet.on.clone(),
        advantage_npv_usd,
        // Filled in by `compute`; the analyses read only the advantage.
        advantage_other_npv_usd: advantage_npv_usd,
        // Filled in by `compute`: the analyses, which run the model many times, need no IRR.
        conversion_irr: Err(IrrError::NoSignChange),
        payback_month,
        cutover_month: model.cutover,
        per_kwh,
        warnings: Vec::new(),
        mining,
        ai,
    };
    report.warnings = warnings(s, &model, &report, &fleet.owned);
    (report, model.switch_sensitive.get())
}

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
                let monthly = (1.0 - s.ai.early_exit_pct_per_yr / 100.0).powf(1.0 / 12.0);
                let cutover = s.cutover_month();
                let mut live = 1.0;
                (0..n).map(|m| if m < cutover { 1.0 } else { let v = live; live *= monthly; v }).collect()
            },
            switch_sensitive: std::cell::Cell::new(false),
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
    if s.ramp_months() > model.n - model.cutover {
        warn("ramp-outlasts-contract", "The contract ends before the site reaches full capacity.".into());
    }
    out
}
