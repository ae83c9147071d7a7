//! The monthly model: both paths for one scenario, and the summary figures quoted on the page.
//! Every formula here is written out in `docs/methodology.md`.

use serde::{Deserialize, Serialize};

use crate::calendar::YearMonth;
use crate::finance::{irr, payback_period, periodic_rate, IrrError};
use crate::market::Market;
use crate::params::ScenarioError;
use crate::scenario::{whole, AiMode, Scenario};

const HOURS_PER_DAY: f64 = 24.0;
const KW_PER_MW: f64 = 1000.0;
const HOURS_PER_YEAR: f64 = 8760.0;
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

    fn scaled(&self, k: f64) -> Month {
        Month {
            revenue_usd: self.revenue_usd * k,
            power_usd: self.power_usd * k,
            other_opex_usd: self.other_opex_usd * k,
            capex_usd: self.capex_usd * k,
            terminal_usd: self.terminal_usd * k,
            energy_mwh: self.energy_mwh * k,
        }
    }

    fn plus(&self, o: &Month) -> Month {
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
    // Discounted payback: from when the discounted running difference stays at or above zero,
    // so it exists exactly when the NPV advantage is not negative.
    let discounted_difference: Vec<f64> = (0..n)
        .map(|m| {
            let step = |p: &Path| p.discounted_cumulative_usd[m] - if m > 0 { p.discounted_cumulative_usd[m - 1] } else { 0.0 };
            step(&ai) - step(&mining)
        })
        .collect();
    let payback_month = payback_period(&discounted_difference);
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

/// A mining fleet run over months `[0, end)`.
pub(crate) struct FleetRun {
    pub months: Vec<Month>,
    pub on: Vec<bool>,
    /// J/TH of the fleet owned each month, if any (running or idle).
    pub owned: Vec<Option<f64>>,
    /// Straight-line value at `end` of the fleet still alive then, $.
    pub residual_usd: f64,
}

/// A running fleet's month in pieces, $ (energy in MWh).
pub(crate) struct FleetParts {
    pub mined_usd: f64,
    pub credit_usd: f64,
    pub power_usd: f64,
    pub other_opex_usd: f64,
    pub energy_mwh: f64,
}

/// The converted site alone, as if all of it were converted.
struct AiPath {
    months: Vec<Month>,
    /// The mining part of each month's net cash (before cut-over, and the ASIC sale).
    mining_net: Vec<f64>,
    /// End-of-window value of the AI business (lease exit value or GPU residual), $.
    terminal_usd: f64,
}

/// Per-scenario quantities over the market.
pub(crate) struct Model<'a> {
    s: &'a Scenario,
    pub market: Market,
    pub rates: Rates,
    pub n: usize,
    pub cutover: usize,
    /// ASIC (IT) power of the mining fleet, W.
    mining_it_w: f64,
    /// What a full fleet costs, $: the same $ per W for every generation.
    fleet_usd: f64,
    asic_life: usize,
    it_mw: f64,
    /// Share of AI customers still under contract each month (1 before cut-over).
    survival: Vec<f64>,
    /// Set when a purchase decision would go the other way with the end-values switch flipped,
    /// so the other headline figure needs a run of its own.
    switch_sensitive: std::cell::Cell<bool>,
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

    /// J/TH of a fleet bought in month `m`: today's fleet was the newest generation when it was
    /// bought, and each later generation is better by the ASIC efficiency gain.
    fn generation_j_per_th(&self, m: i64) -> f64 {
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
        let gain = crate::market::monthly_growth(-self.s.network.efficiency_gain_pct_per_yr);
        self.s.mining.fleet_j_per_th * gain.powf((m + age) as f64)
    }

    /// Month `m` with a fleet of `j_per_th` running (before the rule that idles it).
    pub fn fleet_month(&self, m: usize, j_per_th: f64) -> Month {
        let p = self.fleet_parts(m, j_per_th);
        Month {
            revenue_usd: p.mined_usd + p.credit_usd,
            power_usd: p.power_usd,
            other_opex_usd: p.other_opex_usd,
            capex_usd: 0.0,
            terminal_usd: 0.0,
            energy_mwh: p.energy_mwh,
        }
    }

    /// The pieces of a running fleet's month: what is mined scales with hashprice, the rest not.
    pub fn fleet_parts(&self, m: usize, j_per_th: f64) -> FleetParts {
        let s = self.s;
        let days = self.market.days[m];
        let available = s.mining.uptime_pct / 100.0;
        let curtailed = s.mining.curtailed_pct / 100.0;
        let mining_hours = HOURS_PER_DAY * days * available * (1.0 - curtailed);
        let energy_mwh = s.site.grid_mw * mining_hours;
        let hashrate_ph = self.mining_it_w / j_per_th / 1000.0;
        FleetParts {
            mined_usd: hashrate_ph * self.market.hashprice[m] * mining_hours / HOURS_PER_DAY
                * (1.0 - s.mining.pool_fee_pct / 100.0),
            credit_usd: s.site.grid_mw * HOURS_PER_DAY * days * available * curtailed
                * s.mining.curtailment_credit_usd_per_mwh,
            power_usd: energy_mwh * KW_PER_MW * self.market.power[m],
            other_opex_usd: energy_mwh * s.mining.non_power_opex_usd_per_mwh,
            energy_mwh,
        }
    }

    /// The owned fleet over `[0, end)`. It runs in any month whose revenue covers its cash costs
    /// (owned machines are sunk). When it wears out the site is dark until a new generation is
    /// bought; when (if ever) is chosen to maximise value ([`Model::purchases`]).
    pub fn run_fleet(&self, end: usize) -> FleetRun {
        let life = self.asic_life as i64;
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
        let worn_out = (life - age).max(0) as usize;
        let plan = self.purchases(worn_out, end, self.s.finance.terminal_value);
        if end >= self.n && plan != self.purchases(worn_out, end, !self.s.finance.terminal_value) {
            self.switch_sensitive.set(true);
        }
        // (J/TH, month bought); today's fleet was bought `age` months before the start.
        let mut fleet = Some((self.s.mining.fleet_j_per_th, -age));
        let mut buys = plan.iter().peekable();
        let mut months = Vec::with_capacity(end);
        let mut on = Vec::with_capacity(end);
        let mut owned = Vec::with_capacity(end);
        for m in 0..end {
            if let Some((_, bought)) = fleet {
                if m as i64 - bought >= life {
                    fleet = None;
                }
            }
            let mut month = Month::default();
            if buys.peek() == Some(&&m) {
                buys.next();
                fleet = Some((self.generation_j_per_th(m as i64), m as i64));
                month.capex_usd = self.fleet_usd;
            }
            let mut running = false;
            if let Some((j, _)) = fleet {
                let run = self.fleet_month(m, j);
                if run.ebitda_usd() >= 0.0 {
                    running = true;
                    month = Month { capex_usd: month.capex_usd, ..run };
                }
            }
            months.push(month);
            on.push(running);
            owned.push(fleet.map(|(j, _)| j));
        }
        let residual_usd = fleet.map_or(0.0, |(j, bought)| self.fleet_value_at(j, bought, end));
        FleetRun { months, on, owned, residual_usd }
    }

    /// The months in `[dark, end)` at which to buy a new generation, the site being dark from
    /// `dark`: by backward induction over the decision months (the site may buy when it goes
    /// dark, or wait a year and ask again), the plan with the highest value at the mining rate,
    /// so buying never happens when waiting for a better generation is worth more, and a
    /// generation is bought only if it repays. A generation's value is its cash in the months it
    /// would run, less its cost, plus its value at `end` (sold, if `end` is cut-over; at the
    /// window's end only when `count_end` says so).
    fn purchases(&self, dark: usize, end: usize, count_end: bool) -> Vec<usize> {
        let mut memo = vec![None; end + 1];
        self.best_from(dark, end, count_end, &|_| 1.0, &mut memo);
        let mut plan = Vec::new();
        let mut m = dark;
        while m < end {
            match memo[m] {
                Some((_, true)) => {
                    plan.push(m);
                    m += self.asic_life;
                }
                _ => m += 12,
            }
        }
        plan
    }

    /// Whether a site dark in month `m` buys now under the best plan, with mined revenue in each
    /// later month `k` scaled by `outlook(k)` (1 on the model's own path; the Monte Carlo asks
    /// with a path's own outlook).
    pub fn buys_now(&self, m: usize, outlook: &dyn Fn(usize) -> f64) -> bool {
        let mut memo = vec![None; self.n + 1];
        self.best_from(m, self.n, self.s.finance.terminal_value, outlook, &mut memo);
        matches!(memo.get(m), Some(Some((_, true))))
    }

    /// Value (at month 0) of the best plan from a dark site in month `m`, and whether it buys now.
    fn best_from(&self, m: usize, end: usize, count_end: bool, outlook: &dyn Fn(usize) -> f64, memo: &mut Vec<Option<(f64, bool)>>) -> f64 {
        if m >= end {
            return 0.0;
        }
        if let Some((v, _)) = memo[m] {
            return v;
        }
        let wait = self.best_from(m + 12, end, count_end, outlook, memo);
        let buy = self.generation_value(m, end, count_end, outlook)
            + self.best_from(m + self.asic_life, end, count_end, outlook, memo);
        let best = if buy > wait { (buy, true) } else { (wait, false) };
        memo[m] = Some(best);
        best.0
    }

    /// Value at month 0 of buying a new generation in month `m`, on its own (see
    /// [`Model::purchases`]), with mined revenue scaled by `outlook`.
    fn generation_value(&self, m: usize, end: usize, count_end: bool, outlook: &dyn Fn(usize) -> f64) -> f64 {
        let d = &self.rates.mining;
        let j_per_th = self.generation_j_per_th(m as i64);
        let stop = end.min(m + self.asic_life);
        let cash: f64 = (m..stop)
            .map(|k| {
                let p = self.fleet_parts(k, j_per_th);
                (p.mined_usd * outlook(k) + p.credit_usd - p.power_usd - p.other_opex_usd).max(0.0) * d[k]
            })
            .sum();
        let residual = if end < self.n || count_end {
            self.fleet_value_at(j_per_th, m as i64, end) * d[end.min(self.n - 1)]
        } else {
            0.0
        };
        cash + residual - self.fleet_usd * d[m]
    }

    /// The month today's fleet wears out (0 if it already has), and months an ASIC lasts.
    pub fn fleet_schedule(&self) -> (usize, usize) {
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120);
        (self.asic_life.saturating_sub(age), self.asic_life)
    }

    /// J/TH of a fleet bought in month `m` (see [`Model::generation_j_per_th`]), and what it costs.
    pub fn generation(&self, m: usize) -> (f64, f64) {
        (self.generation_j_per_th(m as i64), self.fleet_usd)
    }

    /// Straight-line value at month `at` of equipment costing `usd` bought in month `bought`.
    fn straight_line(&self, usd: f64, bought: i64, at: i64, life: i64) -> f64 {
        usd * ((bought + life - at).clamp(0, life) as f64 / life as f64)
    }

    /// What a fleet of `j_per_th` bought in month `bought` is worth in month `end`: no more than
    /// its straight-line value, nor more than the cash it would still earn over its remaining
    /// life (value in use, at the mining rate), so a fleet about to idle fetches little. Beyond
    /// the modelled market (the window's end) the last month's cash is held flat.
    fn fleet_value_at(&self, j_per_th: f64, bought: i64, end: usize) -> f64 {
        let life = self.asic_life as i64;
        let book = self.straight_line(self.fleet_usd, bought, end as i64, life);
        if book == 0.0 {
            return 0.0;
        }
        let d = &self.rates.mining;
        let in_use = if end < self.n {
            let stop = self.n.min((bought + life).max(0) as usize);
            let inside: f64 = (end..stop).map(|m| self.fleet_month(m, j_per_th).ebitda_usd().max(0.0) * d[m]).sum();
            // Life left beyond the window earns the last month's cash, held flat.
            let beyond = (bought + life - self.n as i64).max(0) as usize;
            (inside + self.flat_cash_pv(j_per_th, beyond) * d[self.n - 1]) / d[end]
        } else {
            self.flat_cash_pv(j_per_th, (bought + life - end as i64).max(0) as usize)
        };
        book.min(in_use)
    }

    /// Value, in the window's last month, of `months` more of that month's cash for a fleet of
    /// `j_per_th`, held flat and discounted at the mining rate: a buyer's view of a fleet's life
    /// beyond the modelled market.
    fn flat_cash_pv(&self, j_per_th: f64, months: usize) -> f64 {
        if months == 0 {
            return 0.0;
        }
        let last = self.n - 1;
        let cash = self.fleet_month(last, j_per_th).ebitda_usd().max(0.0);
        let f = if last > 0 { self.rates.mining[last] / self.rates.mining[last - 1] } else { 1.0 };
        // Σ_{k=1..months} f^k, f < 1 for a positive rate (= months at a 0% rate).
        let annuity = if (1.0 - f).abs() < 1e-12 { months as f64 } else { f * (1.0 - f.powi(months as i32)) / (1.0 - f) };
        cash * annuity
    }

    /// Present value of the straight-line value at `end` of equipment bought in month `bought`,
    /// for a GPU refresh decision (counted per the switch by [`Model::repays`]).
    fn residual_pv(&self, usd: f64, bought: usize, end: usize, life: usize, d: &[f64]) -> f64 {
        self.straight_line(usd, bought as i64, end as i64, life as i64) * d[end.min(self.n - 1)]
    }

    /// A purchase decision: buy if `cash_pv` (discounted to the purchase month by `d_at`) plus the
    /// residual counted per the switch repays `cost`. Notes when the switch would change the answer.
    fn repays(&self, cash_pv: f64, residual_pv: f64, at_window_end: bool, d_at: f64, cost: f64) -> bool {
        let with = (cash_pv + residual_pv) / d_at >= cost;
        if !at_window_end {
            return with;
        }
        let without = cash_pv / d_at >= cost;
        if with != without {
            self.switch_sensitive.set(true);
        }
        if self.s.finance.terminal_value { with } else { without }
    }

    /// Share of AI customers still under contract in month `m` (≥ cut-over).
    fn survival(&self, m: usize) -> f64 {
        self.survival[m]
    }

    /// The AI business in month `m` with `capacity` (0–1) of the converted site in service.
    fn ai_month(&self, m: usize, capacity: f64) -> Month {
        let s = self.s;
        let days = self.market.days[m];
        let hours = HOURS_PER_DAY * days;
        let live = capacity * self.survival(m);
        let drawn_mwh = s.site.grid_mw * (s.ai.load_pct / 100.0) * hours * live;
        let power_usd =
            drawn_mwh * KW_PER_MW * (self.market.power[m] + s.ai.firm_power_premium_usd_per_kwh);
        let mut month = Month { energy_mwh: drawn_mwh, ..Month::default() };
        match s.mode {
            AiMode::Lease => {
                let contract_year = ((m - self.cutover) / 12) as i32;
                let escalator = (1.0 + s.lease.escalator_pct_per_yr / 100.0).powi(contract_year);
                // Rent is quoted per month; scale by days so a month's rent matches its energy.
                let rent = self.it_mw * KW_PER_MW * s.lease.usd_per_kw_month * escalator * live
                    * (days * 12.0 / 365.0);
                month.revenue_usd = rent;
                month.other_opex_usd = rent * (1.0 - s.lease.noi_margin_pct / 100.0);
                month.power_usd = if s.lease.power_pass_through { 0.0 } else { power_usd };
            }
            AiMode::GpuCloud => {
                let g = &s.gpu;
                let revenue = self.it_mw * g.gpus_per_mw_it * hours * (g.utilisation_pct / 100.0)
                    * self.market.gpu_price[m] * live;
                month.revenue_usd = revenue;
                month.power_usd = power_usd;
                month.other_opex_usd = revenue * g.other_opex_pct_of_revenue / 100.0;
            }
        }
        month
    }

    /// Ramp share in month `m` for a lease: linear over the ramp months from cut-over.
    fn lease_capacity(&self, m: usize) -> f64 {
        match self.s.ramp_months() {
            0 => 1.0,
            r => ((m - self.cutover + 1) as f64 / r as f64).min(1.0),
        }
    }

    /// The whole site converted: mining (or the ASIC sale) until cut-over, conversion capex,
    /// then the AI business to the end of the window.
    fn ai_path(&self) -> AiPath {
        let s = self.s;
        let n = self.n;
        let mut months = vec![Month::default(); n];
        let mut mining_net = vec![0.0; n];
        // Before cut-over: the miners run on and are sold at cut-over, or are sold at once, for
        // the lower of book value and value in use (`fleet_value_at`).
        let (sold_at, proceeds) = if s.ai.mine_until_cutover {
            let run = self.run_fleet(self.cutover);
            for (m, month) in run.months.into_iter().enumerate() {
                months[m] = month;
            }
            (self.cutover.min(n - 1), run.residual_usd)
        } else {
            let age = whole(s.mining.fleet_age_years * 12.0, 0, 120) as i64;
            (0, self.fleet_value_at(s.mining.fleet_j_per_th, -age, 0))
        };
        months[sold_at].capex_usd -= proceeds;
        for m in 0..n {
            mining_net[m] = months[m].net_cash_usd();
        }
        // Conversion capex, spread evenly over the conversion months (all in month 0 if none).
        let conversion_usd = self.it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
        let spread = self.cutover.max(1);
        for month in months.iter_mut().take(spread) {
            month.capex_usd += conversion_usd / spread as f64;
        }
        let terminal_usd = match s.mode {
            AiMode::Lease => {
                for m in self.cutover..n {
                    let business = self.ai_month(m, self.lease_capacity(m));
                    months[m] = months[m].plus(&business);
                }
                // Exit value: the last twelve months' NOI capitalised at the exit cap rate.
                let noi: f64 = months[n - 12..].iter().map(Month::ebitda_usd).sum();
                noi.max(0.0) / (s.lease.exit_cap_rate_pct / 100.0)
            }
            AiMode::GpuCloud => self.gpu_business(&mut months),
        };
        AiPath { months, mining_net, terminal_usd }
    }

    /// The GPU cloud from cut-over: the fleet is bought in tranches as capacity ramps (one per
    /// ramp month), each tranche replaced when it wears out, a generation at a time. A new
    /// generation is bought only if it repays its cost over the rest of the window, residual
    /// value included; once one is not, the cloud winds down as its GPUs wear out. Returns the
    /// straight-line value of the GPUs alive at the end of the window.
    fn gpu_business(&self, months: &mut [Month]) -> f64 {
        let s = self.s;
        let n = self.n;
        let life = whole(s.gpu.life_years * 12.0, 1, 120);
        let tranches = self.s.ramp_months().max(1);
        let fleet_usd = self.it_mw * s.gpu.gpus_per_mw_it * s.gpu.capex_usd_per_gpu;
        let tranche_usd = fleet_usd / tranches as f64;
        // Generation g is bought from month cutover + g × life.
        let mut bought = vec![true];
        while self.cutover + bought.len() * life < n && bought[bought.len() - 1] {
            let at = self.cutover + bought.len() * life;
            bought.push(self.gpus_pay_back(at, life, fleet_usd));
        }
        let mut residual = 0.0;
        for m in self.cutover..n {
            let (mut alive, mut buying) = (0usize, 0usize);
            for k in 0..tranches.min(m - self.cutover + 1) {
                let age = m - self.cutover - k;
                if bought.get(age / life).copied().unwrap_or(false) {
                    alive += 1;
                    if age % life == 0 {
                        buying += 1;
                    }
                    if m == n - 1 {
                        let purchased = (m - age % life) as i64;
                        residual += self.straight_line(tranche_usd, purchased, n as i64, life as i64);
                    }
                }
            }
            let mut business = self.ai_month(m, alive as f64 / tranches as f64);
            business.capex_usd = tranche_usd * buying as f64;
            months[m] = months[m].plus(&business);
        }
        residual
    }

    /// Whether a full GPU fleet bought in month `at` repays `fleet_usd` over its life or the rest
    /// of the window, with its straight-line value at the end, at the AI discount rate.
    fn gpus_pay_back(&self, at: usize, life: usize, fleet_usd: f64) -> bool {
        let d = &self.rates.ai;
        let stop = self.n.min(at + life);
        let cash: f64 = (at..stop).map(|m| self.ai_month(m, 1.0).ebitda_usd() * d[m]).sum();
        self.repays(cash, self.residual_pv(fleet_usd, at, self.n, life, d), true, d[at], fleet_usd)
    }

    /// Revenue per kWh of grid capacity at full operation in the start month.
    fn per_kwh(&self) -> PerKwh {
        let s = self.s;
        let grid_kwh_per_hour = s.site.grid_mw * KW_PER_MW;
        let hashrate_ph = self.mining_it_w / s.mining.fleet_j_per_th / 1000.0;
        // The hours the fleet mines, as the GPU figure counts the hours it sells.
        let mining_share = s.mining.uptime_pct / 100.0 * (1.0 - s.mining.curtailed_pct / 100.0);
        let mining_grid_usd = hashrate_ph * self.market.hashprice[0] / HOURS_PER_DAY
            * (1.0 - s.mining.pool_fee_pct / 100.0)
            * mining_share
            / grid_kwh_per_hour;
        let lease_it_usd = s.lease.usd_per_kw_month * 12.0 / HOURS_PER_YEAR;
        let utilisation = s.gpu.utilisation_pct / 100.0;
        let gpu_it_usd = s.gpu.gpus_per_mw_it * self.market.gpu_price[0] * utilisation / KW_PER_MW;
        // The price that makes the GPU multiple equal the claim, carried back to its own date.
        let carried = self.market.gpu_price[0] / s.gpu.usd_per_gpu_hour;
        let gpu_usd_per_hour_for_claim = (utilisation > 0.0).then(|| {
            CLAIMED_MULTIPLE * mining_grid_usd * s.ai.pue * KW_PER_MW / (s.gpu.gpus_per_mw_it * utilisation) / carried
        });
        PerKwh {
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
