//! The input tables: every number, switch and dated market input the calculator takes, each
//! written once with its default and where the default comes from; and the lookups by key.

use super::row::{Centre, Cite, Dated, Group, Param, Sourced, Toggle};
use crate::inputs::calendar::YearMonth;
use crate::inputs::data;
use crate::inputs::scenario::Scenario;

/// A sourced default with the sources' span and the rule that sets it.
const fn ranged(sources: &'static str, as_of: &'static str, note: &'static str, low: f64, high: f64, centre: Centre) -> Cite {
    Cite { sources, as_of, note, range: Some(Sourced { low, high, centre }) }
}

/// The cite of a market figure from the data file (`inputs/data.rs`): its sources, date and note,
/// and its span where the file gives one.
const fn market(d: &'static crate::inputs::data::Datum, centre: Centre) -> Cite {
    let range = match d.span {
        Some((low, high)) => Some(Sourced { low, high, centre }),
        None => None,
    };
    Cite { sources: d.sources, as_of: d.as_of, note: d.note, range }
}

const fn assumed(note: &'static str) -> Cite {
    Cite { sources: "", as_of: "", note, range: None }
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
pub(super) const YEARS: f64 = 12.0;
pub(super) const MONTHS: f64 = 1.0;

/// Hut 8's River Bend: $6.9B of NOI on $7.0B of rent over the base term (R15), %.
pub const NOI_RIVER_BEND_PCT: f64 = 6.9 / 7.0 * 100.0;

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
        assumed("yearly chance a customer ends the contract early, for revenue no investment-grade party stands behind"), ai.early_exit_pct_per_yr),
    param!("back", "Backstopped by investment grade", "% of revenue", Ai, 0.0, 0.0, 100.0, 1.0, CONTINUOUS,
        assumed("none: a tenant of its own credit; the deals with Google, AWS or Microsoft behind them set it"), ai.backstopped_pct),
    param!("prep", "Paid in advance", "% of contract revenue", Ai, 0.0, 0.0, 50.0, 1.0, CONTINUOUS,
        assumed("none; IREN–Microsoft prepays 20% (S41)"), ai.prepaid_pct),
    param!("wrnt", "Warrants given for the deal", "$M", Ai, 0.0, 0.0, 2000.0, 1.0, CONTINUOUS,
        assumed("none; Google took warrants from TeraWulf and Cipher for its backstops (W1, W2)"), ai.warrants_musd),
    param!("rent", "Starting lease rate", "$/kW-month of IT", Lease, 135.72, 20.0, 400.0, 0.01, CONTINUOUS,
        ranged("S36, S39, S40, S42, D1, D2", "2024–26", "the starting rents that book the seven lease deals' values (their averages $102–159) at a 2% escalator, $89.36–143.47",
            89.36, 143.47, Centre::DealsMedian), lease.usd_per_kw_month),
    param!("esc", "Lease escalator", "%/yr", Lease, 2.0, 0.0, 10.0, 0.1, CONTINUOUS,
        assumed("escalators exist, typical rate unconfirmed"), lease.escalator_pct_per_yr),
    param!("noi", "NOI margin, modified gross", "%", Lease, 85.0, 0.0, 100.0, 1.0, CONTINUOUS,
        ranged("S39, S42, S44", "2025", "the landlord pays the building's running costs: TeraWulf ~85%, Cipher 80–90%, Galaxy ~90%", 80.0, 90.0, Centre::Median(&[85.0, 85.0, 90.0])), lease.noi_margin_pct),
    param!("noin", "NOI margin, triple-net", "%", Lease, NOI_RIVER_BEND_PCT, 0.0, 100.0, 0.1, CONTINUOUS,
        ranged("R15, R16", "2025–26", "the tenant pays the running costs: Hut 8 reports NOI of $6.9B on River Bend's $7.0B and $9.8B on Beacon Point's $9.8B",
            NOI_RIVER_BEND_PCT, 100.0, Centre::Value("River Bend's NOI over its rent")), lease.noi_margin_triple_net_pct),
    param!("renew", "Renewal at the end", "%", Lease, 50.0, 0.0, 100.0, 5.0, CONTINUOUS,
        assumed("the deals carry renewal options (TeraWulf 2 × 5 years, Hut 8 3 × 5, S39, S40); no source says how often they are taken"),
        lease.renewal_pct),
    param!("tail", "Years counted after the contract", "years", Lease, 10.0, 0.0, 20.0, 0.25, YEARS,
        ranged("S36, S39, R15, D2", "2024–26", "the deals' renewal options: Core Scientific and TeraWulf 2 × 5 years, Hut 8 and Riot 3 × 5", 10.0, 15.0,
            Centre::Low("the shorter options, conservatively: the shell is 39-year property, but its plant needs a refit")),
        lease.years_after_contract),
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
    param!("rig", "Rate for backstopped rent", "%/yr", Finance, 6.192, 0.0, 30.0, 0.05, CONTINUOUS,
        ranged("R1, R7, R8", "2025–26", "Hut 8's River Bend notes, 6.192%: what lenders charge on a Google-backstopped triple-net lease; stabilised hyperscale triple-net cap rates 5.0–6.5%; KBW values TeraWulf's leases at 6%",
            5.0, 6.5, Centre::Value("the River Bend notes' coupon")), finance.backstopped_rate_pct),
    param!("rown", "Rate for rent on the tenant's credit", "%/yr", Finance, 7.5, 0.0, 30.0, 0.05, CONTINUOUS,
        ranged("R2, R3, R4, R5", "2025–26", "the conversions' notes on tenants of their own credit: Cipher 7.125% (BB−), TeraWulf 7.25% and 7.75%, Applied Digital about 10%; CoreWeave pays 225 bp more on loans behind non-investment-grade customers",
            7.125, 10.0, Centre::Median(&[7.125, 7.25, 7.75, 10.0])), finance.own_credit_rate_pct),
    param!("rcon", "Rate while converting", "%/yr", Finance, 7.75, 0.0, 30.0, 0.05, CONTINUOUS,
        ranged("R7, R2", "2025–26", "powered-shell development yield on cost 7.0–8.5%, against 5.0–6.5% once let and built; Fitch rates Cipher's notes BB− for completion risk",
            7.0, 8.5, Centre::Midpoint), finance.construction_rate_pct),
    param!("rtail", "Rate after the contract", "%/yr", Finance, 8.75, 0.0, 30.0, 0.05, CONTINUOUS,
        ranged("R7, R4, R9", "2005–26", "no tenant signed: wholesale colocation cap rates up to 7.5%, a non-investment-grade tenant's ~10%; power plants' merchant years after a contract are valued at a higher rate than the contract",
            7.5, 10.0, Centre::Midpoint), finance.after_contract_rate_pct),
    param!("rmine", "Rate for mining cash", "%/yr", Finance, 15.0, 0.0, 50.0, 0.5, CONTINUOUS,
        assumed("no published rate for merchant mining exists (R10: miners trade at 5–12× EBITDA, leased data centres above 20×); version 3's 10% plus 5 points for merchant bitcoin revenue"),
        finance.mining_rate_pct),
    param!("dr", "One rate for everything", "%/yr", Finance, 10.0, 0.0, 30.0, 0.5, CONTINUOUS,
        assumed("used only when every cash flow is discounted at one rate: version 3's rate for AI cash"), finance.discount_rate_pct),
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
    param!("dsri", "Reserve earns", "%/yr", Debt, 4.0, 0.0, 10.0, 0.25, CONTINUOUS,
        assumed("about a Treasury bill's yield: the reserve is held in cash"), debt.reserve_rate_pct),
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

impl Param {
    /// The parameter with this key.
    pub fn by_key(key: &str) -> Option<&'static Param> {
        PARAMS.iter().find(|p| p.key == key)
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
    toggle!("relet", "Re-let space a customer leaves early", Ai, true,
        assumed("on: let again after the re-letting downtime, at the market rent, to a customer of its own credit"), ai.relet_after_exit),
    toggle!("green", "No miners on the site (greenfield)", Mining, false,
        assumed("off: a mining site; on, as Hut 8's two campuses, the site would otherwise stay dark"), mining.greenfield),
    toggle!("nnn", "Triple-net lease", Lease, false,
        assumed("off: modified gross, the landlord pays the building's running costs, as in the deals that report 80–90% NOI margins (TeraWulf, Cipher, Riot); Hut 8's two leases are triple-net (R15, R16); the tenant pays power either way"),
        lease.triple_net),
    toggle!("tv", "Count the years after the contract", Finance, true,
        assumed("on: the lease renewed or re-let at the market rent for the years after it, less a refit and the downtime; the site's value on both paths; equipment still in use at its value. Off: the contract years only, with what is left of the building's cost deducted"),
        finance.terminal_value),
    toggle!("onerate", "One rate for everything", Finance, false,
        assumed("off: each risk at its own rate; on, every cash flow at one rate"), finance.one_rate),
    toggle!("pretax", "Show pre-tax, unlevered figures", Tax, false,
        assumed("off: figures are after tax, and financed when the AI path borrows"), tax.pre_tax_unlevered),
    toggle!("group", "Other income uses the losses at once", Tax, false,
        assumed("off: each path is taxed as a company alone, its losses carried forward; on, the owner's other income absorbs them the year they arise"),
        tax.group_uses_losses),
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
