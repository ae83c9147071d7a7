//! The tables of inputs: for each number, switch and date, its short key (used in URLs), label,
//! unit, range, step and the source of its default; and the validation that reads them.
//! Validation, the page's controls, the URL codec and the CSV all read these tables, so a range
//! or a source is written once.

use serde::{Deserialize, Serialize};

use crate::calendar::YearMonth;
use crate::data;
use crate::scenario::Scenario;

/// Where a default comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cite {
    /// Source keys from market-data.md (e.g. `"S4"`), empty for an assumption.
    pub sources: &'static str,
    /// Date of the data point.
    pub as_of: &'static str,
    /// What the figure is, or why it was assumed.
    pub note: &'static str,
    /// The lowest and highest values the sources give, and how the default is set within them.
    pub range: Option<Sourced>,
}

/// The span of a sourced input and where its default sits in it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sourced {
    pub low: f64,
    pub high: f64,
    pub centre: Centre,
}

/// How a sourced default is set (methodology, section 11): the centre of what the sources say,
/// not the end that flatters either path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Centre {
    /// Half-way between the sources' low and high, where they give only a range.
    Midpoint,
    /// The median of the sources' own figures (each deal, each company), where they give several.
    Median(&'static [f64]),
    /// One figure the sources give as the value (the latest dated quote, an industry average, a
    /// specification, the law), with what it is.
    Value(&'static str),
    /// The median of the real deals' starting rents, each solved from its value (the presets).
    DealsMedian,
    /// Worked out from other sourced figures, as the note says.
    Derived,
}

impl Centre {
    /// Where the rule puts the default, for the rules that need no model run.
    pub fn value(&self, low: f64, high: f64) -> Option<f64> {
        match self {
            Centre::Midpoint => Some((low + high) / 2.0),
            Centre::Median(values) => {
                let mut v = values.to_vec();
                v.sort_by(f64::total_cmp);
                let k = v.len();
                (k > 0).then(|| if k % 2 == 1 { v[k / 2] } else { (v[k / 2 - 1] + v[k / 2]) / 2.0 })
            }
            Centre::Value(_) | Centre::DealsMedian | Centre::Derived => None,
        }
    }
}

impl Cite {
    /// Whether the default is our assumption rather than a sourced figure.
    pub fn is_assumption(&self) -> bool {
        self.sources.is_empty()
    }

    /// One line for readers: the note, then sources and date, or "Assumption".
    pub fn line(&self) -> String {
        if self.is_assumption() {
            format!("Assumption: {}", self.note)
        } else {
            format!("{} ({}, {})", self.note, self.sources, self.as_of)
        }
    }
}

/// A sourced default with the sources' span and the rule that sets it.
const fn ranged(sources: &'static str, as_of: &'static str, note: &'static str, low: f64, high: f64, centre: Centre) -> Cite {
    Cite { sources, as_of, note, range: Some(Sourced { low, high, centre }) }
}

/// The cite of a market figure from the data file (`data.rs`): its sources, date and note, and
/// its span where the file gives one.
const fn market(d: &'static crate::data::Datum, centre: Centre) -> Cite {
    let range = match d.span {
        Some((low, high)) => Some(Sourced { low, high, centre }),
        None => None,
    };
    Cite { sources: d.sources, as_of: d.as_of, note: d.note, range }
}

const fn assumed(note: &'static str) -> Cite {
    Cite { sources: "", as_of: "", note, range: None }
}

/// The control group a parameter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Site,
    Mining,
    Network,
    Ai,
    Lease,
    Gpu,
    Finance,
    Tax,
    Debt,
}

/// One numeric input.
#[derive(Clone, Copy)]
pub struct Param {
    /// Short key for URLs, stable across versions.
    pub key: &'static str,
    /// Label without the unit.
    pub label: &'static str,
    /// Unit as shown to readers.
    pub unit: &'static str,
    pub group: Group,
    /// Today's default: the one place it is written.
    pub default: f64,
    pub min: f64,
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// For inputs the model counts in whole months: months per unit (12 for years, 1 for
    /// months); 0 for continuous inputs. Validation refuses a value that is not whole months.
    pub months_per_unit: f64,
    pub cite: Cite,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

impl std::fmt::Debug for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Param({})", self.key)
    }
}

impl Param {
    /// The value clamped into range, or `None` if it is not a number at all.
    pub fn clamp(&self, value: f64) -> Option<f64> {
        value.is_finite().then(|| value.clamp(self.min, self.max))
    }

    /// Whether `value` is in range and, for month-counted inputs, a whole number of months.
    pub fn accepts(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max && self.is_whole(value)
    }

    fn is_whole(&self, value: f64) -> bool {
        let months = value * self.months_per_unit;
        self.months_per_unit == 0.0 || (months - months.round()).abs() < 1e-9
    }

    /// The nearest value the model accepts: clamped into range, and for month-counted inputs
    /// rounded to whole months. Callers that change what was typed say so to the reader.
    pub fn nearest_accepted(&self, value: f64) -> Option<f64> {
        let v = self.clamp(value)?;
        if self.is_whole(v) {
            return Some(v);
        }
        Some(((v * self.months_per_unit).round() / self.months_per_unit).clamp(self.min, self.max))
    }

    /// Number of decimals the step implies (for display).
    pub fn decimals(&self) -> usize {
        let mut step = self.step;
        let mut d = 0;
        while d < 6 && (step - step.round()).abs() > 1e-9 {
            step *= 10.0;
            d += 1;
        }
        d
    }

    /// The parameter with this key.
    pub fn by_key(key: &str) -> Option<&'static Param> {
        PARAMS.iter().find(|p| p.key == key)
    }

    /// Whether the input affects the result of `s` at all: lease inputs only in lease mode, GPU
    /// inputs only for a GPU cloud, the fixed hashrate growth only with the network response off
    /// and the response's own inputs only with it on. The page hides the others.
    pub fn applies(&self, s: &Scenario) -> bool {
        use crate::scenario::AiMode;
        match (self.group, self.key) {
            // A GPU cloud's hall may be leased once its GPUs wear out: the lease's rent, margin,
            // escalator, downtime and refit apply then too.
            (Group::Lease, "rent" | "esc" | "noi" | "down" | "refit") => true,
            (Group::Lease, _) => s.mode == AiMode::Lease,
            (Group::Gpu, _) => s.mode == AiMode::GpuCloud,
            (Group::Tax, _) => !s.tax.pre_tax_unlevered && (self.key == "tax" || s.tax.rate_pct > 0.0),
            (Group::Debt, "ltc") => !s.tax.pre_tax_unlevered,
            (Group::Debt, _) => s.basis() == crate::scenario::Basis::Financed,
            (_, "hrg") => !s.network.responds,
            (_, "mj" | "mpw" | "hl") => s.network.responds,
            _ => true,
        }
    }
}

macro_rules! param {
    ($key:literal, $label:literal, $unit:literal, $group:ident, $default:expr, $min:expr, $max:expr,
     $step:expr, $months:expr, $cite:expr, $($field:ident).+) => {
        Param {
            key: $key,
            label: $label,
            unit: $unit,
            group: Group::$group,
            default: $default,
            min: $min,
            max: $max,
            step: $step,
            months_per_unit: $months,
            cite: $cite,
            get: |s| s.$($field).+,
            set: |s, v| s.$($field).+ = v,
        }
    };
}

const CONTINUOUS: f64 = 0.0;
const YEARS: f64 = 12.0;
const MONTHS: f64 = 1.0;

/// Every numeric input, in the order the page shows them.
pub static PARAMS: &[Param] = &[
    param!("mw", "Grid power", "MW", Site, 100.0, 1.0, 2000.0, 1.0, CONTINUOUS,
        assumed("a 100 MW site, market-data.md's suggested default"), site.grid_mw),
    param!("yrs", "Contract length", "years", Site, 15.0, 1.0, 20.0, 0.25, YEARS,
        ranged("S36, S39, S40, S42, S43, S44, D1, D2", "2024–26", "the deals' terms, 10–15 years; median of nine, 15",
            10.0, 15.0, Centre::Median(&[12.0, 10.0, 10.0, 15.0, 15.0, 15.0, 15.0, 15.0, 10.0])), site.horizon_years),
    param!("pwr", "Power price", "$/kWh", Site, data::POWER_PRICE.value, 0.0, 0.3, 0.001, CONTINUOUS,
        market(&data::POWER_PRICE, Centre::Value("the public miners' average")), site.power_usd_per_kwh),
    param!("pesc", "Power price escalation", "%/yr", Site, 2.0, -5.0, 10.0, 0.5, CONTINUOUS,
        assumed("about inflation"), site.power_escalation_pct_per_yr),
    param!("site", "Site value at the end", "$M per MW", Site, 0.65, 0.0, 5.0, 0.05, CONTINUOUS,
        ranged("S33, S52", "2024–26", "what a powered mining site costs to build: $0.30–0.35M/MW (Sabre56) to $0.7–1.0M/MW (CoinShares)",
            0.3, 1.0, Centre::Midpoint),
        site.site_value_musd_per_mw),
    param!("hp", "Hashprice", "$/PH/s/day", Mining, data::HASHPRICE.value, 1.0, 500.0, 0.01, CONTINUOUS,
        market(&data::HASHPRICE, Centre::Value("the latest figure in the market data")), bitcoin.hashprice_usd_per_ph_day),
    param!("btcg", "BTC price growth", "%/yr", Mining, 0.0, -50.0, 50.0, 1.0, CONTINUOUS,
        assumed("flat at the June 2026 price"), bitcoin.btc_price_growth_pct_per_yr),
    param!("fee", "Transaction fees", "BTC/block", Mining, data::FEES.value, 0.0, 2.0, 0.001, CONTINUOUS,
        market(&data::FEES, Centre::Value("the latest figure in the market data")), bitcoin.fees_btc_per_block),
    param!("jth", "Fleet efficiency", "J/TH", Mining, 16.15, 10.0, 50.0, 0.1, CONTINUOUS,
        ranged("S14, S12", "2024–25", "CleanSpark's fleet 16.15 J/TH; S21 XP 13.5 to S21 17.5 J/TH", 13.5, 17.5,
            Centre::Value("a public miner's whole fleet")), mining.fleet_j_per_th),
    param!("aage", "Fleet age at start", "years", Mining, 2.0, 0.0, 10.0, 0.25, YEARS,
        assumed("a fleet bought in 2024–25, S21 generation"), mining.fleet_age_years),
    param!("ovh", "Mining overhead (PUE)", "×", Mining, 1.05, 1.0, 1.5, 0.01, CONTINUOUS,
        assumed("air-cooled mining site"), mining.overhead_ratio),
    param!("up", "Machine uptime", "%", Mining, 92.0, 10.0, 100.0, 1.0, CONTINUOUS,
        assumed("availability; MARA's 82% and Cipher's 63% in Jun 2025 include curtailment (S17)"),
        mining.uptime_pct),
    param!("curt", "Hours curtailed", "% of hours", Mining, 0.0, 0.0, 50.0, 0.5, CONTINUOUS,
        assumed("none: the default power price is already net of credits (S15, S16)"),
        mining.curtailed_pct),
    param!("ccr", "Curtailment credit", "$/MWh not drawn", Mining, 50.0, 0.0, 500.0, 1.0, CONTINUOUS,
        assumed("no source found"), mining.curtailment_credit_usd_per_mwh),
    param!("pool", "Pool fee", "%", Mining, 2.5, 0.0, 10.0, 0.1, CONTINUOUS,
        ranged("S18", "early 2026", "FPPS pools: Luxor 0.7%, AntPool 2.5%, F2Pool 4%", 0.7, 4.0, Centre::Median(&[0.7, 2.5, 4.0])), mining.pool_fee_pct),
    param!("opx", "Non-power opex", "$/MWh", Mining, 5.0, 0.0, 100.0, 0.5, CONTINUOUS,
        assumed("no source found"), mining.non_power_opex_usd_per_mwh),
    param!("asic", "ASIC price", "$/TH", Mining, 20.0, 0.0, 100.0, 0.5, CONTINUOUS,
        ranged("S13, S3", "Jun–Nov 2025", "top tier $10–30/TH; S21 XP $25.70/TH", 10.0, 30.0, Centre::Midpoint), mining.asic_usd_per_th),
    param!("alife", "ASIC life", "years", Mining, 5.0, 1.0, 10.0, 0.25, YEARS,
        assumed("in line with 4–6 year hardware lives (S35)"), mining.asic_life_years),
    param!("hrg", "Fixed hashrate growth", "%/yr", Network, 10.0, -50.0, 200.0, 1.0, CONTINUOUS,
        assumed("used only with the network response off; observed +62% (2024), +40% (2024–25), \
                 0 to −20% (2025–26) (S11, S5)"),
        network.fixed_growth_pct_per_yr),
    param!("mj", "Marginal fleet efficiency", "J/TH", Network, 31.5, 10.0, 50.0, 0.5, CONTINUOUS,
        ranged("S2", "Jan 2026", "the 25–38 J/TH tier, the least efficient still earning", 25.0, 38.0, Centre::Midpoint),
        network.marginal_j_per_th),
    param!("mpw", "Marginal miner's power price", "$/kWh", Network, 0.0525, 0.01, 0.15, 0.001, CONTINUOUS,
        ranged("S16, S13", "2025", "public-miner average 4.5 ¢, analysts' 6 ¢", 0.045, 0.06, Centre::Midpoint), network.marginal_power_usd_per_kwh),
    param!("effg", "ASIC efficiency gain", "%/yr", Network, 10.0, 0.0, 20.0, 0.5, CONTINUOUS,
        assumed("new generations ~10% more efficient a year; S21 17.5 → S21 XP 13.5 J/TH (S12)"),
        network.efficiency_gain_pct_per_yr),
    param!("hl", "Network adjustment half-life", "months", Network, 12.0, 3.0, 24.0, 1.0, CONTINUOUS,
        assumed("half the gap between hashprice and marginal cost closes in a year"),
        network.half_life_months),
    param!("pue", "AI PUE", "×", Ai, 1.35, 1.05, 2.0, 0.01, CONTINUOUS,
        ranged("S36, S42, S39", "2024–25", "deals' grid → IT ratios 0.69–0.80, i.e. PUE 1.25–1.45", 1.25, 1.45, Centre::Midpoint), ai.pue),
    param!("cap", "Conversion capex", "$M per MW of IT", Ai, 10.0, 0.0, 30.0, 0.1, CONTINUOUS,
        ranged("S39, S42, S34, S33, S32", "2024–26", "TeraWulf $8–10M, Cipher $9–11M, VanEck $7.5M, CoinShares $8–15M, new builds $10.7M per MW of IT",
            7.5, 15.0, Centre::Median(&[9.0, 10.0, 7.5, 11.5, 10.7])), ai.conversion_capex_musd_per_mw_it),
    param!("cvin", "Start converting in", "months", Ai, 0.0, 0.0, 120.0, 1.0, MONTHS,
        assumed("now; the site mines as the mining path does until then (the “When to convert” chart weighs every start)"),
        ai.convert_in_months),
    param!("conv", "Months to convert", "months", Ai, 16.0, 0.0, 48.0, 1.0, MONTHS,
        ranged("S39, S40", "2025–26", "TeraWulf: first 40 MW in ~10 months, all 200 MW in ~16; Hut 8's greenfield River Bend ~18",
            10.0, 18.0, Centre::Median(&[10.0, 16.0, 18.0])), ai.months_to_convert),
    param!("ramp", "Ramp to full capacity", "months", Ai, 6.0, 0.0, 36.0, 1.0, MONTHS,
        assumed("halls handed over in stages"), ai.ramp_months),
    param!("load", "Average IT load", "% of IT capacity", Ai, 80.0, 10.0, 100.0, 1.0, CONTINUOUS,
        assumed("sets power drawn, not revenue"), ai.load_pct),
    param!("share", "Share of site converted", "%", Ai, 100.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("the whole site; the real miners often convert part and mine on the rest"),
        ai.share_converted_pct),
    param!("firm", "Firm-power premium", "$/kWh", Ai, 0.01, 0.0, 0.1, 0.001, CONTINUOUS,
        assumed("AI needs uninterruptible supply, priced above a miner's; no source found"),
        ai.firm_power_premium_usd_per_kwh),
    param!("exit", "Customer early exit", "%/yr", Ai, 1.0, 0.0, 30.0, 0.5, CONTINUOUS,
        assumed("yearly chance the contract ends early, with no re-letting, for revenue no investment-grade party stands behind"), ai.early_exit_pct_per_yr),
    param!("back", "Backstopped by investment grade", "% of revenue", Ai, 0.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("none: a tenant of its own credit; the deals with Google, AWS or Microsoft behind them set it"), ai.backstopped_pct),
    param!("prep", "Paid in advance", "% of contract revenue", Ai, 0.0, 0.0, 50.0, 1.0, CONTINUOUS,
        assumed("none; IREN–Microsoft prepays 20% (S41)"), ai.prepaid_pct),
    param!("wrnt", "Warrants given for the deal", "$M", Ai, 0.0, 0.0, 2000.0, 1.0, CONTINUOUS,
        assumed("none; Google took warrants from TeraWulf and Cipher for its backstops (W1, W2)"), ai.warrants_musd),
    param!("rent", "Starting lease rate", "$/kW-month of IT", Lease, 126.1, 20.0, 400.0, 0.01, CONTINUOUS,
        ranged("S36, S39, S40, S42, D1, D2", "2024–26", "the starting rents that book the seven lease deals' values (their averages $102–159), $89.38–143.47",
            89.38, 143.47, Centre::DealsMedian), lease.usd_per_kw_month),
    param!("esc", "Lease escalator", "%/yr", Lease, 2.0, 0.0, 10.0, 0.1, CONTINUOUS,
        assumed("escalators exist, typical rate unconfirmed"), lease.escalator_pct_per_yr),
    param!("noi", "Lease NOI margin", "%", Lease, 85.0, 0.0, 100.0, 1.0, CONTINUOUS,
        ranged("S39, S42, S44", "2025", "TeraWulf ~85%, Cipher 80–90%, Galaxy ~90%", 80.0, 90.0, Centre::Median(&[85.0, 85.0, 90.0])), lease.noi_margin_pct),
    param!("capr", "Exit cap rate", "%", Lease, 7.5, 3.0, 20.0, 0.1, CONTINUOUS,
        assumed("no source found; values the site at the end of the lease"), lease.exit_cap_rate_pct),
    param!("renew", "Renewal at the end", "%", Lease, 50.0, 0.0, 100.0, 5.0, CONTINUOUS,
        assumed("the deals carry renewal options (TeraWulf 2 × 5 years, Hut 8 3 × 5, S39, S40); no source says how often they are taken"),
        lease.renewal_pct),
    param!("down", "Re-letting downtime", "months", Lease, 12.0, 0.0, 36.0, 1.0, MONTHS,
        assumed("a year without rent to find and fit out a new tenant"), lease.downtime_months),
    param!("refit", "Refit at the end", "% of conversion capex", Lease, 25.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("cooling and power plant near the end of its life after the contract"), lease.refit_pct),
    param!("comm", "Leasing commission", "% of contract rent", Lease, 0.81, 0.0, 5.0, 0.05, CONTINUOUS,
        ranged("W1", "Aug 2025", "TeraWulf pays CBRE $30M on its $3.7B Fluidstack lease, ~$20M more if it leases more", 0.81, 1.35,
            Centre::Value("the commission paid on the lease itself")), lease.commission_pct),
    param!("gph", "GPU rental price", "$/GPU-hour", Gpu, data::GPU_PRICE.value, 0.1, 10.0, 0.01, CONTINUOUS,
        market(&data::GPU_PRICE, Centre::Value("the latest one-year contract price")), gpu.usd_per_gpu_hour),
    param!("util", "GPU utilisation", "%", Gpu, 85.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("share of GPU-hours sold"), gpu.utilisation_pct),
    param!("gpmw", "GPUs per MW of IT", "GPUs", Gpu, 780.0, 50.0, 1500.0, 10.0, CONTINUOUS,
        ranged("S27, S28", "spec", "~780 H100 at 10.2 kW per 8; 545–600 GB200", 545.0, 780.0, Centre::Value("the H100 the rental price is for")), gpu.gpus_per_mw_it),
    param!("gcap", "GPU capex", "$ per GPU", Gpu, 29e6 / 780.0, 0.0, 200_000.0, 500.0, CONTINUOUS,
        ranged("S41, S27, S20", "2025–26", "all in: $29M per MW of IT (IREN's order) over 780 GPUs a MW; a DGX H100 alone is ~$25k a GPU",
            25_000.0, 50_877.0, Centre::Derived), gpu.capex_usd_per_gpu),
    param!("glife", "GPU life", "years", Gpu, 5.0, 1.0, 10.0, 0.25, YEARS,
        ranged("S35", "2025", "depreciation lives: Nebius 4, Amazon 5, CoreWeave 6 years", 4.0, 6.0, Centre::Median(&[4.0, 5.0, 6.0])), gpu.life_years),
    param!("gdec", "GPU price decline", "%/yr", Gpu, 10.0, -10.0, 50.0, 1.0, CONTINUOUS,
        assumed("like-for-like series disagree: 1-yr contracts rose $1.70 → $2.35 (Oct 2025 → Mar \
                 2026, S21); on-demand fell $2.99 → ~$2.25 (Oct 2024 → May 2026, S20, S22)"),
        gpu.price_decline_pct_per_yr),
    param!("gopx", "GPU cloud other opex", "% of revenue", Gpu, 15.0, 0.0, 90.0, 1.0, CONTINUOUS,
        assumed("no source found"), gpu.other_opex_pct_of_revenue),
    param!("dr", "Discount rate", "%/yr", Finance, 10.0, 0.0, 30.0, 0.5, CONTINUOUS,
        assumed("for contracted AI cash"), finance.discount_rate_pct),
    param!("mprem", "Mining risk premium", "pp/yr", Finance, 5.0, 0.0, 20.0, 0.5, CONTINUOUS,
        assumed("merchant BTC revenue is riskier than a contract"), finance.mining_risk_premium_pct),
    param!("tax", "Income tax rate", "%", Tax, 23.0, 0.0, 50.0, 0.5, CONTINUOUS,
        assumed("21% federal (T1) plus about 2% of state tax after its federal deduction: Texas charges a \
                 0.75% margin tax, North Dakota 1.41–4.31% (T1); a US C-corporation"),
        tax.rate_pct),
    param!("bonus", "Bonus depreciation", "% of 5- and 15-year cost", Tax, 100.0, 0.0, 100.0, 5.0, CONTINUOUS,
        ranged("T1", "4 Jul 2025", "100% for property acquired after 19 Jan 2025, made permanent by the 2025 act", 100.0, 100.0,
            Centre::Value("the law")),
        tax.bonus_pct),
    param!("cseg", "Cost segregation", "% of conversion capex", Tax, 52.5, 0.0, 100.0, 1.0, CONTINUOUS,
        ranged("T1", "2025", "typically 45–60% of a data centre's cost in the 5- and 15-year classes; split evenly here", 45.0, 60.0, Centre::Midpoint),
        tax.cost_segregation_pct),
    param!("ltc", "Debt share of AI cost", "% of cost", Debt, 72.5, 0.0, 90.0, 1.0, CONTINUOUS,
        ranged("F4, F5", "2025–26", "data-centre construction debt 60–85% of cost; Hut 8 up to 85%", 60.0, 85.0, Centre::Midpoint),
        debt.loan_to_cost_pct),
    param!("cpn", "Interest rate", "%/yr", Debt, 7.1875, 0.0, 20.0, 0.05, CONTINUOUS,
        ranged("F1–F6", "2025–26", "the conversions' notes 5.96–9.25%", 5.96, 9.25,
            Centre::Median(&[7.75, 7.25, 7.125, 6.192, 5.96, 9.25])), debt.coupon_pct),
    param!("dfee", "Fees and issue discount", "% of amount", Debt, 2.0, 0.0, 10.0, 0.1, CONTINUOUS,
        assumed("Applied Digital's notes were issued at 97.0 (F6); the others at par, with underwriting fees"),
        debt.fees_pct),
    param!("dten", "Repayment period", "years", Debt, 12.0, 1.0, 25.0, 0.25, YEARS,
        assumed("over the contract, from full capacity (cut to the contract, and for GPUs to their life); Hut 8's River Bend loan amortises over 16.5 years on a 15-year lease (F4)"),
        debt.tenor_years),
    param!("dsra", "Debt-service reserve", "months", Debt, 6.0, 0.0, 12.0, 1.0, MONTHS,
        assumed("six months of debt service held until the loan is repaid"), debt.reserve_months),
    param!("dscr", "DSCR covenant", "×", Debt, 1.325, 1.0, 2.0, 0.05, CONTINUOUS,
        ranged("F5", "2025–26", "IREN's minimum 1.05×; data-centre covenants 1.05–1.6×", 1.05, 1.6, Centre::Midpoint), debt.covenant_dscr),
    param!("coe", "Cost of equity", "%/yr", Debt, 15.0, 0.0, 40.0, 0.5, CONTINUOUS,
        assumed("what owners ask of levered equity in a contracted project"), debt.cost_of_equity_pct),
    param!("vol", "BTC volatility", "%/yr", Finance, 50.0, 0.0, 200.0, 1.0, CONTINUOUS,
        assumed("no source found"), risk.btc_volatility_pct),
    param!("hrsd", "Hashrate growth uncertainty", "pp/yr", Finance, 15.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("no source found"), risk.hashrate_growth_sd_pct),
    param!("rho", "Price–hashrate correlation", "", Finance, 0.25, -1.0, 1.0, 0.05, CONTINUOUS,
        assumed("hashrate tends to rise with the price within months"), risk.price_hashrate_correlation),
];

/// One on/off input.
#[derive(Clone, Copy)]
pub struct Toggle {
    /// Short key for URLs (`1` or `0`).
    pub key: &'static str,
    pub label: &'static str,
    pub group: Group,
    /// Today's default.
    pub default: bool,
    pub cite: Cite,
    pub get: fn(&Scenario) -> bool,
    pub set: fn(&mut Scenario, bool),
}

impl std::fmt::Debug for Toggle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Toggle({})", self.key)
    }
}

macro_rules! toggle {
    ($key:literal, $label:literal, $group:ident, $default:expr, $cite:expr, $($field:ident).+) => {
        Toggle {
            key: $key,
            label: $label,
            group: Group::$group,
            default: $default,
            cite: $cite,
            get: |s| s.$($field).+,
            set: |s, v| s.$($field).+ = v,
        }
    };
}

/// Every switch, in page order.
pub static TOGGLES: &[Toggle] = &[
    toggle!("net", "Network hashrate responds to miners' margins", Network, true,
        assumed("on: hashrate grows when mining pays and shrinks when it does not; off: fixed growth"),
        network.responds),
    toggle!("mine", "Keep mining until cut-over", Ai, true,
        assumed("the miners run until the converted halls are handed over"), ai.mine_until_cutover),
    toggle!("nnn", "Tenant pays power (triple-net)", Lease, true,
        assumed("usual in wholesale colocation; confirmed only for Hut 8 (S40)"), lease.power_pass_through),
    toggle!("tv", "Count end-of-window values", Finance, false,
        assumed("off, so neither path is credited with what it is worth after the window; on: the site's value on both paths, the lease's exit value net of refit, downtime and renewal, GPUs at straight-line value, ASICs at the lower of that and their value in use"),
        finance.terminal_value),
    toggle!("pretax", "Show pre-tax, unlevered figures", Tax, false,
        assumed("off: figures are after tax, and financed when the AI path borrows"), tax.pre_tax_unlevered),
    toggle!("idc", "Add interest during construction to the loan", Debt, true,
        assumed("interest-only during the build, funded by the notes (F3, F6)"), debt.capitalise_interest),
    toggle!("sculpt", "Repayment follows cash (constant DSCR)", Debt, false,
        assumed("off: level monthly payments"), debt.sculpted),
];

impl Toggle {
    /// The switch with this key.
    pub fn by_key(key: &str) -> Option<&'static Toggle> {
        TOGGLES.iter().find(|t| t.key == key)
    }
}

/// The date a market input was observed.
#[derive(Clone, Copy)]
pub struct Dated {
    /// Short key for URLs (`YYYY-MM`).
    pub key: &'static str,
    /// Key of the [`Param`] it dates.
    pub param: &'static str,
    /// The month today's default was observed.
    pub default: YearMonth,
    pub get: fn(&Scenario) -> YearMonth,
    pub set: fn(&mut Scenario, YearMonth),
}

impl std::fmt::Debug for Dated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Dated({})", self.key)
    }
}

/// The market inputs the model carries from their date to the start month.
pub static DATES: &[Dated] = &[
    Dated { key: "pwrd", param: "pwr", default: data::POWER_PRICE.month, get: |s| s.site.power_as_of, set: |s, v| s.site.power_as_of = v },
    Dated { key: "hpd", param: "hp", default: data::HASHPRICE.month, get: |s| s.bitcoin.hashprice_as_of, set: |s, v| s.bitcoin.hashprice_as_of = v },
    Dated { key: "gphd", param: "gph", default: data::GPU_PRICE.month, get: |s| s.gpu.price_as_of, set: |s, v| s.gpu.price_as_of = v },
];

impl Dated {
    /// The latest as-of date in `s`: the earliest start month a valuation may have.
    pub fn latest(s: &Scenario) -> YearMonth {
        DATES.iter().map(|d| (d.get)(s)).max().unwrap_or(YearMonth::MIN)
    }

    /// The date of parameter `param`, if it is a dated market input.
    pub fn of_param(param: &str) -> Option<&'static Dated> {
        DATES.iter().find(|d| d.param == param)
    }

    /// The date with this URL key.
    pub fn by_key(key: &str) -> Option<&'static Dated> {
        DATES.iter().find(|d| d.key == key)
    }
}

/// The first month of the valuation by default (assumption: the next full year, January 2027),
/// or the month after the latest market figure once a refresh dates one later: a valuation
/// never starts before its market data.
pub const START_DEFAULT: YearMonth = {
    let planned = YearMonth { year: 2027, month: 1 };
    let d = data::as_of_month();
    let after = if d.month == 12 { YearMonth { year: d.year + 1, month: 1 } } else { YearMonth { year: d.year, month: d.month + 1 } };
    if after.year > planned.year || (after.year == planned.year && after.month > planned.month) { after } else { planned }
};

impl Default for Scenario {
    /// Today's market: every value from its row in the input tables, the one place a default is
    /// written; lease mode.
    fn default() -> Self {
        let mut s = Scenario::blank();
        for p in PARAMS {
            (p.set)(&mut s, p.default);
        }
        for t in TOGGLES {
            (t.set)(&mut s, t.default);
        }
        for d in DATES {
            (d.set)(&mut s, d.default);
        }
        s.site.start = START_DEFAULT;
        s
    }
}

/// Each part's default is its part of the default scenario: what serde fills a missing field
/// with in the JavaScript API.
macro_rules! part_default {
    ($($part:ident: $field:ident),+) => {$(
        impl Default for crate::scenario::$part {
            fn default() -> Self {
                Scenario::default().$field
            }
        }
    )+};
}

part_default!(Site: site, Bitcoin: bitcoin, Network: network, Mining: mining, AiCommon: ai, Lease: lease,
    GpuCloud: gpu, Finance: finance, Tax: tax, Debt: debt, Risk: risk);

/// One thing wrong with a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The input's short key (see [`PARAMS`], [`DATES`]), or `start`.
    pub field: String,
    /// What was given, as text (a number may be NaN or infinite).
    pub value: String,
    /// What is allowed, as text.
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
    /// Checks every field against its range (month-counted fields for whole months, market data
    /// dated no later than the start month), and lists all the problems.
    ///
    /// # Example
    /// ```
    /// let mut s = economics::Scenario::default();
    /// s.site.grid_mw = f64::NAN;
    /// s.lease.usd_per_kw_month = -5.0;
    /// s.ai.months_to_convert = 2.5;
    /// let err = s.validate().unwrap_err();
    /// assert_eq!(err.problems.len(), 3);
    /// ```
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut problems = Vec::new();
        for p in PARAMS {
            let v = (p.get)(self);
            if !p.accepts(v) {
                let whole = match p.months_per_unit {
                    m if m == YEARS => ", in whole months",
                    m if m == MONTHS => ", whole months",
                    _ => "",
                };
                problems.push(Problem {
                    field: p.key.to_string(),
                    value: v.to_string(),
                    allowed: format!("{} to {} {}{whole}", p.min, p.max, p.unit),
                });
            }
        }
        let months = [("start", self.site.start)].into_iter().chain(DATES.iter().map(|d| (d.key, (d.get)(self))));
        for (field, ym) in months {
            if !ym.is_valid() {
                problems.push(Problem {
                    field: field.to_string(),
                    value: ym.to_string(),
                    allowed: format!("{} to {}", YearMonth::MIN, YearMonth::MAX),
                });
            }
        }
        for d in DATES {
            let as_of = (d.get)(self);
            if as_of.is_valid() && self.site.start.is_valid() && as_of > self.site.start {
                problems.push(Problem {
                    field: d.key.to_string(),
                    value: as_of.to_string(),
                    allowed: format!("a month no later than the start month {}", self.site.start),
                });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { problems })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_defaults_valid() {
        let s = Scenario::default();
        let keys: Vec<&str> = PARAMS
            .iter()
            .map(|p| p.key)
            .chain(TOGGLES.iter().map(|t| t.key))
            .chain(DATES.iter().map(|d| d.key))
            .chain(["start", "mode"])
            .collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "duplicate key {k}");
        }
        for p in PARAMS {
            assert!(p.accepts((p.get)(&s)), "{} default {} not accepted", p.key, (p.get)(&s));
            assert!(p.min < p.max && p.step > 0.0);
        }
        for d in DATES {
            assert!(Param::by_key(d.param).is_some(), "{} dates an unknown param", d.key);
        }
        assert!(s.validate().is_ok());
    }

    #[test]
    fn set_then_get_round_trips() {
        let mut s = Scenario::default();
        for p in PARAMS {
            (p.set)(&mut s, p.max);
            assert_eq!((p.get)(&s), p.max, "{}", p.key);
        }
        for t in TOGGLES {
            let was = (t.get)(&s);
            (t.set)(&mut s, !was);
            assert_eq!((t.get)(&s), !was, "{}", t.key);
        }
    }

    #[test]
    fn whole_months_are_required_not_rounded() {
        let yrs = Param::by_key("yrs").unwrap();
        assert!(yrs.accepts(12.5) && yrs.accepts(12.0 + 1.0 / 12.0));
        assert!(!yrs.accepts(12.3));
        // 12.3 years is 147.6 months: the nearest whole month is 148 = 12.333 years.
        assert_eq!(yrs.nearest_accepted(12.3), Some(148.0 / 12.0));
        let conv = Param::by_key("conv").unwrap();
        assert!(!conv.accepts(2.5));
        assert_eq!(conv.nearest_accepted(2.4), Some(2.0));
        assert_eq!(conv.nearest_accepted(f64::NAN), None);
        let hp = Param::by_key("hp").unwrap();
        assert!(hp.accepts(28.6812));
    }

    /// An input the page hides must not move the answer; one it shows must be able to.
    #[test]
    fn hidden_inputs_do_not_matter() {
        for responds in [true, false] {
            for mode in [crate::AiMode::Lease, crate::AiMode::GpuCloud] {
                let mut s = Scenario { mode, ..Scenario::default() };
                s.network.responds = responds;
                let base = crate::compute(&s).unwrap().advantage_npv_usd;
                for p in PARAMS.iter().filter(|p| !p.applies(&s)) {
                    let mut moved = s.clone();
                    (p.set)(&mut moved, p.max);
                    assert_eq!(crate::compute(&moved).unwrap().advantage_npv_usd, base, "{} moved the answer", p.key);
                }
            }
        }
    }

    #[test]
    fn decimals_follow_step() {
        assert_eq!(Param::by_key("mw").unwrap().decimals(), 0);
        assert_eq!(Param::by_key("pwr").unwrap().decimals(), 3);
        assert_eq!(Param::by_key("hp").unwrap().decimals(), 2);
    }
}
