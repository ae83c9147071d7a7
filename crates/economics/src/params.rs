//! The table of numeric inputs: for each, its short key (used in URLs), label, unit, range, step
//! and the source of its default. Validation, the page's sliders and the URL codec all read this
//! one table, so a range is written once.

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
}

impl Cite {
    /// Whether the default is our assumption rather than a sourced figure.
    pub fn is_assumption(&self) -> bool {
        self.sources.is_empty()
    }
}

const fn src(sources: &'static str, as_of: &'static str, note: &'static str) -> Cite {
    Cite { sources, as_of, note }
}

const fn assumed(note: &'static str) -> Cite {
    Cite { sources: "", as_of: "", note }
}

/// The control group a parameter belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Site,
    Mining,
    Ai,
    Lease,
    Gpu,
    Finance,
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
    pub min: f64,
    pub max: f64,
    /// Slider step; 1 for whole numbers.
    pub step: f64,
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

    /// Number of decimals the step implies (for display and URLs).
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
}

macro_rules! param {
    ($key:literal, $label:literal, $unit:literal, $group:ident, $min:expr, $max:expr, $step:expr,
     $cite:expr, $($field:ident).+) => {
        Param {
            key: $key,
            label: $label,
            unit: $unit,
            group: Group::$group,
            min: $min,
            max: $max,
            step: $step,
            cite: $cite,
            get: |s| s.$($field).+,
            set: |s, v| s.$($field).+ = v,
        }
    };
}

/// Every numeric input, in the order the page shows them.
pub static PARAMS: &[Param] = &[
    param!("mw", "Grid power", "MW", Site, 1.0, 2000.0, 1.0,
        assumed("assumption: a 100 MW site, market-data.md's suggested default"), site.grid_mw),
    param!("yrs", "Contract length", "years", Site, 1.0, 20.0, 1.0,
        src("S36", "2024", "Core Scientific–CoreWeave term: 12 years"), site.horizon_years),
    param!("pwr", "Power price", "$/kWh", Site, 0.0, 0.5, 0.001,
        src("S16", "2025", "public-miner average ~4.5 ¢/kWh"), mining.power_usd_per_kwh),
    param!("pesc", "Power price escalation", "%/yr", Site, -10.0, 20.0, 0.5,
        assumed("assumption: about inflation"), mining.power_escalation_pct_per_yr),
    param!("hp", "Hashprice today", "$/PH/s/day", Mining, 1.0, 500.0, 0.01,
        src("S4", "26 Jun 2026", "hashprice ~$28.68"), bitcoin.hashprice_usd_per_ph_day),
    param!("btcg", "BTC price growth", "%/yr", Mining, -50.0, 100.0, 1.0,
        assumed("assumption: flat at today's price"), bitcoin.btc_price_growth_pct_per_yr),
    param!("hrg", "Network hashrate growth", "%/yr", Mining, -50.0, 200.0, 1.0,
        src("S11, S5", "Oct 2024 – Jun 2026", "+62%, +40%, then 0 to −20%/yr; 20% suggested"),
        bitcoin.hashrate_growth_pct_per_yr),
    param!("fee", "Transaction fees", "BTC/block", Mining, 0.0, 5.0, 0.001,
        src("S2, S3", "Nov 2025 – Jan 2026", "0.017–0.020 BTC per block"), bitcoin.fees_btc_per_block),
    param!("jth", "Fleet efficiency", "J/TH", Mining, 5.0, 50.0, 0.1,
        src("S14", "Jun 2025", "CleanSpark fleet 16.15 J/TH"), mining.fleet_j_per_th),
    param!("ovh", "Mining overhead (PUE)", "×", Mining, 1.0, 1.5, 0.01,
        assumed("assumption: air-cooled mining site"), mining.overhead_ratio),
    param!("up", "Uptime", "%", Mining, 10.0, 100.0, 1.0,
        assumed("assumption: MARA 82%, Cipher 63% in Jun 2025 (S17); typical unconfirmed"),
        mining.uptime_pct),
    param!("pool", "Pool fee", "%", Mining, 0.0, 10.0, 0.1,
        src("S18", "early 2026", "FPPS pools 0.7–4%"), mining.pool_fee_pct),
    param!("opx", "Non-power opex", "$/MWh", Mining, 0.0, 100.0, 0.5,
        assumed("assumption: no source found"), mining.non_power_opex_usd_per_mwh),
    param!("asic", "ASIC price", "$/TH", Mining, 0.0, 100.0, 0.5,
        src("S13, S3", "Jun–Nov 2025", "top tier $10–30/TH; S21 XP $25.70/TH"), mining.asic_usd_per_th),
    param!("alife", "ASIC life", "years", Mining, 1.0, 10.0, 0.5,
        assumed("assumption"), mining.asic_life_years),
    param!("pue", "AI PUE", "×", Ai, 1.0, 2.0, 0.01,
        src("S29, S30", "2025–26", "1.10–1.25 liquid-cooled; 1.18 Applied Digital"), ai.pue),
    param!("cap", "Conversion capex", "$M per MW of IT", Ai, 0.0, 30.0, 0.1,
        src("S39, S42, S34, S33", "2024–26", "$8–15M per MW of IT"), ai.conversion_capex_musd_per_mw_it),
    param!("conv", "Months to convert", "months", Ai, 0.0, 48.0, 1.0,
        src("S39", "Aug 2025", "TeraWulf: signed Aug 2025, first 40 MW H1 2026"), ai.months_to_convert),
    param!("ramp", "Ramp to full capacity", "months", Ai, 0.0, 36.0, 1.0,
        assumed("assumption"), ai.ramp_months),
    param!("load", "Average IT load", "% of IT capacity", Ai, 10.0, 100.0, 1.0,
        assumed("assumption"), ai.load_pct),
    param!("rent", "Lease rate", "$/kW-month of IT", Lease, 20.0, 400.0, 1.0,
        src("S39, S42, S40", "2025", "recent deals $102–159/kW-month"), lease.usd_per_kw_month),
    param!("esc", "Lease escalator", "%/yr", Lease, 0.0, 10.0, 0.1,
        assumed("assumption: escalators exist, typical rate unconfirmed"), lease.escalator_pct_per_yr),
    param!("noi", "Lease NOI margin", "%", Lease, 0.0, 100.0, 1.0,
        src("S39, S42", "2025", "TeraWulf ~85%, Cipher 80–90%"), lease.noi_margin_pct),
    param!("gph", "GPU rental price", "$/GPU-hour", Gpu, 0.1, 20.0, 0.01,
        src("S21", "Mar 2026", "H100 one-year contracts $2.35"), gpu.usd_per_gpu_hour),
    param!("util", "GPU utilisation", "%", Gpu, 0.0, 100.0, 1.0,
        assumed("assumption"), gpu.utilisation_pct),
    param!("gpmw", "GPUs per MW of IT", "GPUs", Gpu, 50.0, 2000.0, 10.0,
        src("S27", "spec", "~780 H100 at 10.2 kW per 8"), gpu.gpus_per_mw_it),
    param!("gcap", "GPU capex", "$ per GPU", Gpu, 0.0, 200_000.0, 500.0,
        src("S41", "Nov 2025", "IREN ~$29M per MW of IT ÷ 780 GPUs"), gpu.capex_usd_per_gpu),
    param!("glife", "GPU life", "years", Gpu, 1.0, 10.0, 0.5,
        src("S35", "2025", "depreciation lives 4–6 years"), gpu.life_years),
    param!("gdec", "GPU price decline", "%/yr", Gpu, -20.0, 60.0, 1.0,
        src("S20, S21", "Oct 2024 – Mar 2026", "H100 $2.99 → $2.35 is about −15%/yr"),
        gpu.price_decline_pct_per_yr),
    param!("gopx", "GPU cloud other opex", "% of revenue", Gpu, 0.0, 90.0, 1.0,
        assumed("assumption"), gpu.other_opex_pct_of_revenue),
    param!("dr", "Discount rate", "%/yr", Finance, 0.0, 30.0, 0.5,
        assumed("assumption"), site.discount_rate_pct),
    param!("vol", "BTC volatility", "%/yr", Finance, 0.0, 200.0, 1.0,
        assumed("assumption"), risk.btc_volatility_pct),
    param!("hrsd", "Hashrate growth uncertainty", "pp/yr", Finance, 0.0, 100.0, 1.0,
        assumed("assumption"), risk.hashrate_growth_sd_pct),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_defaults_in_range() {
        let s = Scenario::default();
        for (i, p) in PARAMS.iter().enumerate() {
            assert!(PARAMS[i + 1..].iter().all(|q| q.key != p.key), "duplicate key {}", p.key);
            let v = (p.get)(&s);
            assert!(v >= p.min && v <= p.max, "{} default {v} out of range", p.key);
            assert!(p.min < p.max && p.step > 0.0);
        }
    }

    #[test]
    fn set_then_get_round_trips() {
        let mut s = Scenario::default();
        for p in PARAMS {
            (p.set)(&mut s, p.max);
            assert_eq!((p.get)(&s), p.max, "{}", p.key);
        }
    }

    #[test]
    fn decimals_follow_step() {
        assert_eq!(Param::by_key("mw").unwrap().decimals(), 0);
        assert_eq!(Param::by_key("pwr").unwrap().decimals(), 3);
        assert_eq!(Param::by_key("hp").unwrap().decimals(), 2);
    }
}
