//! The calculator's input: one site and the choice it faces. Its blank and default values (from
//! `shared/reference/market-data.md`), ranges, labels, sources and validation live in the input
//! tables of [`crate::params`]; this module only says what a scenario is, and the counts the
//! model reads off it (months, cut-over, basis).

use serde::{Deserialize, Serialize};

use crate::inputs::calendar::YearMonth;

/// Everything the model needs to value one site both ways.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub site: Site,
    pub bitcoin: Bitcoin,
    pub network: Network,
    pub mining: Mining,
    pub ai: AiCommon,
    /// Which AI business the conversion leads to.
    pub mode: AiMode,
    pub lease: Lease,
    pub gpu: GpuCloud,
    pub finance: Finance,
    pub tax: Tax,
    pub debt: Debt,
    pub risk: Risk,
}

/// The site and the window both paths are valued over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Site {
    /// Power the site can draw from the grid, MW.
    pub grid_mw: f64,
    /// First month of the valuation.
    pub start: YearMonth,
    /// Contract length from first AI revenue, years; must be a whole number of months. The
    /// valuation covers the conversion months plus this.
    pub horizon_years: f64,
    /// Power price at `power_as_of`, $/kWh: what mining pays; the AI site pays it plus the
    /// firm-power premium.
    pub power_usd_per_kwh: f64,
    /// Month the power price was observed.
    pub power_as_of: YearMonth,
    /// Power price escalation, %/yr (compounded monthly from `power_as_of`).
    pub power_escalation_pct_per_yr: f64,
    /// What the site itself (land, power rights, substation) is worth at the end of the
    /// window, $M per MW of grid power, on either path.
    pub site_value_musd_per_mw: f64,
}

/// The bitcoin market as the miner sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Bitcoin {
    /// Hashprice at `hashprice_as_of`, $ per PH/s per day.
    pub hashprice_usd_per_ph_day: f64,
    /// Month the hashprice was observed; the model carries it from here to the start month.
    pub hashprice_as_of: YearMonth,
    /// BTC price growth, %/yr (compounded monthly).
    pub btc_price_growth_pct_per_yr: f64,
    /// Transaction fees per block, BTC.
    pub fees_btc_per_block: f64,
}

/// How the network's hashrate moves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Network {
    /// Whether hashrate responds to the miners' margin (on) or grows at a fixed rate (off).
    pub responds: bool,
    /// Fixed hashrate growth when the response is off, %/yr (compounded monthly).
    pub fixed_growth_pct_per_yr: f64,
    /// Efficiency of the network's marginal (least efficient running) fleet, J/TH.
    pub marginal_j_per_th: f64,
    /// Power price the marginal fleet pays, $/kWh (held flat; the site's escalation is its own).
    pub marginal_power_usd_per_kwh: f64,
    /// Yearly efficiency gain of new ASIC generations, %/yr: lowers the marginal fleet's J/TH
    /// and sets the efficiency of any replacement fleet.
    pub efficiency_gain_pct_per_yr: f64,
    /// Months in which half the gap between hashprice and the marginal cash cost closes.
    pub half_life_months: f64,
}

/// The mining fleet and its costs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mining {
    /// Fleet efficiency, J/TH.
    pub fleet_j_per_th: f64,
    /// Grid power over ASIC power (cooling, losses), a PUE-like ratio.
    pub overhead_ratio: f64,
    /// Share of hours the machines are available (maintenance, faults), %.
    pub uptime_pct: f64,
    /// Share of hours the site sells its power back instead of mining (demand response), %.
    pub curtailed_pct: f64,
    /// Credit for power not drawn in curtailed hours, $/MWh.
    pub curtailment_credit_usd_per_mwh: f64,
    /// Pool fee, % of mining revenue.
    pub pool_fee_pct: f64,
    /// Operating cost other than power, $ per MWh drawn.
    pub non_power_opex_usd_per_mwh: f64,
    /// Whether the site has no miners (a greenfield campus): the mining path stays dark and the
    /// converted site mines nothing before cut-over.
    pub greenfield: bool,
    /// Price of ASICs, $ per TH/s, for today's fleet's generation.
    pub asic_usd_per_th: f64,
    /// ASIC life, years (whole months).
    pub asic_life_years: f64,
    /// Age of the owned fleet at the start month, years (whole months).
    pub fleet_age_years: f64,
}

/// What both AI businesses share: the conversion of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AiCommon {
    /// Grid power over IT power (PUE) after conversion.
    pub pue: f64,
    /// Conversion capex, $M per MW of IT capacity.
    pub conversion_capex_musd_per_mw_it: f64,
    /// Months from the start until the conversion starts (whole months): the site mines as the
    /// mining path does until then. 0: convert now.
    pub convert_in_months: f64,
    /// Months from the decision to the first AI revenue (whole months).
    pub months_to_convert: f64,
    /// Months from first revenue to full capacity (linear ramp; whole months).
    pub ramp_months: f64,
    /// Average IT load as a share of IT capacity, % (sets power drawn).
    pub load_pct: f64,
    /// Whether the miners keep running until cut-over.
    pub mine_until_cutover: bool,
    /// Share of the site's power converted to AI, %; the rest keeps mining.
    pub share_converted_pct: f64,
    /// Extra price of firm (uninterruptible) power over the miner's interruptible price, $/kWh.
    pub firm_power_premium_usd_per_kwh: f64,
    /// Yearly probability that the AI customer ends the contract early, %: for the share of
    /// revenue no investment-grade party stands behind.
    pub early_exit_pct_per_yr: f64,
    /// Whether space a customer leaves early is let again after the re-letting downtime, at the
    /// market rent, to a customer of its own credit.
    pub relet_after_exit: bool,
    /// Share of the AI revenue an investment-grade customer pays or backstops, %: it exits at
    /// most at [`crate::model::INVESTMENT_GRADE_EXIT_PCT`] a year, and is discounted at
    /// [`Finance::backstopped_rate_pct`].
    pub backstopped_pct: f64,
    /// Share of the contract's revenue the customer pays when the conversion starts, %; each
    /// month's revenue is lower by as much.
    pub prepaid_pct: f64,
    /// What the owners give up to win the contract besides cash (warrants to a backstop), $M
    /// at their value when the deal was announced, booked when the conversion starts.
    pub warrants_musd: f64,
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
    /// Starting rent, $ per kW of IT per month.
    pub usd_per_kw_month: f64,
    /// Annual rent escalator, %/yr (steps once a contract year).
    pub escalator_pct_per_yr: f64,
    /// Net operating income margin on rent of a modified-gross lease (the landlord pays the
    /// building's operating costs; the tenant pays power), %.
    pub noi_margin_pct: f64,
    /// Whether the lease is triple-net: the tenant pays power and the building's operating costs,
    /// and the landlord keeps [`Lease::noi_margin_triple_net_pct`] of the rent. The tenant pays
    /// power under either kind of lease.
    pub triple_net: bool,
    /// Net operating income margin on rent of a triple-net lease, %.
    pub noi_margin_triple_net_pct: f64,
    /// Chance the tenant renews when the contract ends, %; otherwise the hall is re-let after
    /// `downtime_months`.
    pub renewal_pct: f64,
    /// Years after the contract counted in the lease's end value (whole months).
    pub years_after_contract: f64,
    /// Months of no rent while a hall a tenant leaves is re-let, at the contract's end or, with
    /// [`AiCommon::relet_after_exit`], after an early exit (whole months).
    pub downtime_months: f64,
    /// Refit a hall needs at the end of the window to be let again, % of the conversion capex.
    pub refit_pct: f64,
    /// Leasing commission, % of the rent the contract books, paid when the conversion starts.
    pub commission_pct: f64,
}

/// The GPU cloud.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GpuCloud {
    /// Rental price at `price_as_of`, $ per GPU-hour.
    pub usd_per_gpu_hour: f64,
    /// Month the rental price was observed; the decline runs from here.
    pub price_as_of: YearMonth,
    /// Share of GPU-hours sold, %.
    pub utilisation_pct: f64,
    /// GPUs per MW of IT.
    pub gpus_per_mw_it: f64,
    /// Capex per GPU including its share of servers, $.
    pub capex_usd_per_gpu: f64,
    /// GPU life before refresh, years (whole months).
    pub life_years: f64,
    /// Decline of GPU rental prices, %/yr (compounded monthly from `price_as_of`).
    pub price_decline_pct_per_yr: f64,
    /// Operating cost other than power, % of revenue.
    pub other_opex_pct_of_revenue: f64,
}

/// Discounting, a rate for each risk, and what counts after the contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finance {
    /// Annual rate for contracted AI cash an investment-grade company pays or backstops, %.
    pub backstopped_rate_pct: f64,
    /// Annual rate for contracted AI cash on the customer's own credit (and a tenant who
    /// replaces one that left), %.
    pub own_credit_rate_pct: f64,
    /// Annual rate over the conversion, from its start to the first revenue, for the AI
    /// business's cash (completion risk), %.
    pub construction_rate_pct: f64,
    /// Annual rate for what the site earns after the contract (no tenant signed) and for the
    /// site's own value, %.
    pub after_contract_rate_pct: f64,
    /// Annual rate for mining cash (merchant bitcoin revenue), %.
    pub mining_rate_pct: f64,
    /// Whether every cash flow is discounted at one rate, [`Finance::discount_rate_pct`].
    pub one_rate: bool,
    /// The one annual rate for every cash flow when [`Finance::one_rate`] is on, %.
    pub discount_rate_pct: f64,
    /// Whether each path counts what it is worth after the contract (the lease's years after
    /// it, the site, equipment still in use); off, the contract years only.
    pub terminal_value: bool,
}

/// Income tax, as a US C-corporation owning the site would pay it (both paths alike).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tax {
    /// Combined federal and state income-tax rate, %.
    pub rate_pct: f64,
    /// Share of the cost of 5- and 15-year property deducted in the year placed in service, %.
    pub bonus_pct: f64,
    /// Share of conversion capex that cost segregation moves into the 5- and 15-year classes
    /// (half each); the rest is the 39-year building, %.
    pub cost_segregation_pct: f64,
    /// Whether the page shows the pre-tax, unlevered figures (version 2's) instead.
    pub pre_tax_unlevered: bool,
    /// Whether the owner has other taxable income that absorbs each path's losses the year they
    /// arise (no loss carried, no interest limit); off, each path is taxed as a company alone.
    pub group_uses_losses: bool,
}

/// Debt on the AI path's cost (conversion, and the first GPUs of a GPU cloud).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Debt {
    /// Share of the cost borrowed, %.
    pub loan_to_cost_pct: f64,
    /// Coupon, %/yr.
    pub coupon_pct: f64,
    /// Fees and issue discount, % of each draw.
    pub fees_pct: f64,
    /// Whether interest during construction is added to the loan (else the owners pay it).
    pub capitalise_interest: bool,
    /// Repayment period from first revenue, years (whole months; cut to the contract).
    pub tenor_years: f64,
    /// Whether repayment follows the cash available (constant coverage) rather than level.
    pub sculpted: bool,
    /// Debt-service reserve, months of debt service (whole months).
    pub reserve_months: f64,
    /// What the reserve earns while it is held, %/yr.
    pub reserve_rate_pct: f64,
    /// Minimum debt-service coverage the lenders require, ×.
    pub covenant_dscr: f64,
    /// Return the owners require on the equity they put into converting, %/yr.
    pub cost_of_equity_pct: f64,
}

/// Uncertainty for the Monte Carlo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Risk {
    /// Annual volatility of the BTC price, %.
    pub btc_volatility_pct: f64,
    /// Standard deviation of annual network hashrate growth, percentage points.
    pub hashrate_growth_sd_pct: f64,
    /// Correlation of the monthly BTC price and hashrate shocks, −1 to 1.
    pub price_hashrate_correlation: f64,
}

impl Scenario {
    /// Months valued: the months before the conversion starts, the conversion period and the
    /// contract, so the AI path earns for the full contract and mining is valued over the same
    /// window. Call on a validated scenario (the month counts are whole); out-of-range values are
    /// bounded, never a panic.
    pub fn months(&self) -> usize {
        self.cutover_month() + whole(self.site.horizon_years * 12.0, 12, 240)
    }

    /// Month the conversion starts (its capex begins; the miners are sold then unless they run
    /// until cut-over).
    pub fn conversion_start(&self) -> usize {
        whole(self.ai.convert_in_months, 0, MAX_CONVERT_IN)
    }

    /// Month of the first AI revenue.
    pub fn cutover_month(&self) -> usize {
        self.conversion_start() + whole(self.ai.months_to_convert, 0, 48)
    }

    /// Months of the linear ramp to full AI capacity.
    pub fn ramp_months(&self) -> usize {
        whole(self.ai.ramp_months, 0, 36)
    }

    /// IT capacity of the converted share, MW.
    pub fn it_mw(&self) -> f64 {
        self.site.grid_mw / self.ai.pue
    }

    /// Share of the site converted, 0–1.
    pub fn converted_share(&self) -> f64 {
        self.ai.share_converted_pct / 100.0
    }

    /// What the headline figures count: pre-tax and unlevered when the reader asks for it,
    /// financed when anything is borrowed, else after tax.
    pub fn basis(&self) -> Basis {
        if self.tax.pre_tax_unlevered {
            Basis::PreTax
        } else if self.debt.loan_to_cost_pct > 0.0 {
            Basis::Financed
        } else {
            Basis::AfterTax
        }
    }
}

/// What a set of figures counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// Before income tax, with no debt (version 2's figures).
    PreTax,
    /// After income tax, with no debt.
    AfterTax,
    /// After income tax, with the AI path's debt: the owners' cash.
    Financed,
}

/// Latest start of the conversion, months from the start of the valuation.
pub const MAX_CONVERT_IN: usize = 120;

/// A validated whole count as usize, bounded so that no input can allocate without limit.
pub(crate) fn whole(value: f64, min: usize, max: usize) -> usize {
    if value.is_finite() {
        (value.round().max(0.0) as usize).clamp(min, max)
    } else {
        min
    }
}
