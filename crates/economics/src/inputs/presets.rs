//! Presets: the real deals of market-data.md §4 and §6 applied to today's market on this site, and
//! "today's market" itself. A preset sets only what its deal states (and the few assumptions it
//! needs, each marked), solves the one rate that makes the contract book exactly the deal's value
//! over its term, and says for every field it sets whether the deal gives it or it is assumed;
//! every other field keeps today's default with its own source. A preset is the deal's terms on
//! this site from the start month, not the deal itself.

use std::sync::OnceLock;

use crate::inputs::params::{Param, Toggle};
use crate::inputs::scenario::{AiMode, Scenario};
use crate::model::compute_valid;

mod deals;
pub use deals::PRESETS;

/// A contract as announced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Deal {
    /// IT capacity, MW.
    pub mw_it: f64,
    /// Grid power, MW, where the announcement gives it.
    pub mw_grid: Option<f64>,
    pub years: f64,
    /// Total contract value, $.
    pub value_usd: f64,
    /// Debt raised for the deal, $, where disclosed: the loan's share of cost is then solved so
    /// that it borrows this much.
    pub debt_usd: Option<f64>,
}

impl Deal {
    /// Average rent, $ per kW of IT per month: value / years / 12 / kW of IT.
    ///
    /// # Example
    /// ```
    /// use economics::presets::Deal;
    /// // Core Scientific–CoreWeave: $3.5B / 12 yr / 12 / 200,000 kW = $121.53.
    /// let d = Deal { mw_it: 200.0, mw_grid: None, years: 12.0, value_usd: 3.5e9, debt_usd: None };
    /// assert!((d.usd_per_kw_month() - 121.53).abs() < 0.01);
    /// ```
    pub fn usd_per_kw_month(&self) -> f64 {
        self.value_usd / self.years / 12.0 / (self.mw_it * 1000.0)
    }
}

/// Where a preset's value for one input comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Origin {
    /// Stated in the deal, or solved from what the deal states.
    Deal(&'static str),
    /// Not in the deal: our assumption for this preset.
    Assumed(&'static str),
}

/// A named starting point for the calculator.
#[derive(Debug, Clone, Copy)]
pub struct Preset {
    /// Short id used in URLs.
    pub id: &'static str,
    pub name: &'static str,
    /// Who the terms are, as the verdict names them: "TeraWulf's".
    pub whose: &'static str,
    /// When the deal was announced, or the data's date.
    pub as_of: &'static str,
    /// Source keys in market-data.md.
    pub sources: &'static str,
    /// What the deal says, in one sentence.
    pub note: &'static str,
    /// An assumption that moves the answer and the verdict's basis names ("300 MW taken as
    /// IT"), or empty.
    pub caveat: &'static str,
    /// The deal behind it, if any.
    pub deal: Option<Deal>,
    pub mode: AiMode,
    /// Every input the preset sets (parameter or switch key), the value it sets where it is not
    /// worked out from the deal (`None`: grid power, PUE, term and the solved rate), and where
    /// the value comes from.
    pub fields: &'static [(&'static str, Option<f64>, Origin)],
}

/// The EBITDA margin IREN guides for its GPU cloud (S41).
const GUIDED_GPU_MARGIN_PCT: f64 = 85.0;

impl Preset {
    /// The preset by id.
    pub fn by_id(id: &str) -> Option<&'static Preset> {
        PRESETS.iter().find(|p| p.id == id)
    }

    /// The preset whose scenario `s` is, exactly, if any (for naming the terms in the verdict).
    /// A preset's scenario is solved (model runs) only once its terms set without solving (the
    /// business, the site's size and the term) match `s`, and then once for the page's life.
    /// The size and term are read once too: the verdict asks on every tick of a drag.
    pub fn matching(s: &Scenario) -> Option<&'static Preset> {
        static SIZES: OnceLock<Vec<(f64, f64)>> = OnceLock::new();
        static SCENARIOS: OnceLock<Vec<OnceLock<Scenario>>> = OnceLock::new();
        let sizes = SIZES.get_or_init(|| PRESETS.iter().map(|p| p.terms()).map(|t| (t.site.grid_mw, t.site.horizon_years)).collect());
        let solved = SCENARIOS.get_or_init(|| PRESETS.iter().map(|_| OnceLock::new()).collect());
        PRESETS.iter().zip(sizes).zip(solved).find(|((p, &(mw, years)), solved)| {
            p.deal.is_some() && p.mode == s.mode && mw == s.site.grid_mw && years == s.site.horizon_years && {
                let solved = solved.get_or_init(|| p.scenario());
                // A link written before solved rates were kept to [`kept`]'s precision still names its deal.
                solved == s || *solved == SOLVED.iter().fold(s.clone(), |mut s, key| {
                    if let Some(p) = Param::by_key(key) {
                        let v = kept(p, (p.get)(&s));
                        (p.set)(&mut s, v);
                    }
                    s
                })
            }
        }).map(|((p, _), _)| p)
    }

    /// Today's defaults with the deal's terms applied.
    /// A solved rate is kept to two decimals finer than its input's step, as a typed value is: a
    /// link reads `rent=110.3836`, not the division's seventeen digits.
    pub fn scenario(&self) -> Scenario {
        let mut s = self.terms();
        let Some(deal) = self.deal else { return s };
        let set = |s: &mut Scenario, key: &str, v: f64| {
            if let Some(p) = Param::by_key(key) {
                (p.set)(s, kept(p, p.nearest_accepted(v).unwrap_or(p.min)));
            }
        };
        match self.mode {
            AiMode::Lease => {
                s.lease.usd_per_kw_month = 1.0;
                let per_dollar = booked_revenue_usd(&s);
                set(&mut s, "rent", deal.value_usd / per_dollar);
            }
            AiMode::GpuCloud => {
                s.gpu.usd_per_gpu_hour = 1.0;
                let per_dollar = booked_revenue_usd(&s);
                set(&mut s, "gph", deal.value_usd / per_dollar);
                if self.origin("gopx").is_some() {
                    let other = other_opex_for_margin(&s, GUIDED_GPU_MARGIN_PCT);
                    set(&mut s, "gopx", other);
                }
            }
        }
        if let Some(debt) = deal.debt_usd {
            // The first GPUs and the conversion are what a loan funds.
            let it = s.it_mw();
            let cost = it * s.ai.conversion_capex_musd_per_mw_it * 1e6
                + if s.mode == AiMode::GpuCloud { it * s.gpu.gpus_per_mw_it * s.gpu.capex_usd_per_gpu } else { 0.0 };
            set(&mut s, "ltc", debt / cost * 100.0);
        }
        s
    }

    /// The starting rent that books the deal's value at the default escalator rather than the
    /// deal's own (its own sets a rent for another escalator): the default rent is the median of
    /// these over the lease deals. `None` for a GPU cloud or a preset with no deal.
    pub fn rent_at_default_escalator(&self) -> Option<f64> {
        let deal = self.deal.filter(|_| self.mode == AiMode::Lease)?;
        let mut s = self.terms();
        s.lease.escalator_pct_per_yr = Scenario::default().lease.escalator_pct_per_yr;
        s.lease.usd_per_kw_month = 1.0;
        Some(deal.value_usd / booked_revenue_usd(&s))
    }

    /// The deal's terms that need no solving (every stated field, the site's size, the term),
    /// on today's defaults: [`Preset::scenario`] before its rate is solved.
    fn terms(&self) -> Scenario {
        let mut s = Scenario { mode: self.mode, ..Scenario::default() };
        let Some(deal) = self.deal else { return s };
        let set = |s: &mut Scenario, key: &str, v: f64| {
            if let Some(p) = Param::by_key(key) {
                (p.set)(s, p.nearest_accepted(v).unwrap_or(p.min));
            }
        };
        for (key, value, _) in self.fields {
            match (value, Toggle::by_key(key)) {
                (Some(v), _) => set(&mut s, key, *v),
                (None, Some(t)) => (t.set)(&mut s, true),
                (None, None) => {}
            }
        }
        // Grid power from the deal where it says, else the deal's IT × the default PUE: either
        // way the IT capacity is the deal's. Rounded to the watt, so the grid power reads
        // 475.2 MW, not the product's last binary digit.
        if let Some(grid) = deal.mw_grid {
            set(&mut s, "pue", grid / deal.mw_it);
        }
        let grid_mw = deal.mw_it * s.ai.pue;
        set(&mut s, "mw", (grid_mw * 1e6).round() / 1e6);
        set(&mut s, "yrs", deal.years);
        s
    }

    /// Where the preset's value for input `key` comes from, if the preset sets it.
    pub fn origin(&self, key: &str) -> Option<Origin> {
        self.fields.iter().find(|(k, _, _)| *k == key).map(|(_, _, o)| *o)
    }
}

/// The inputs a preset solves for (`Preset::scenario`).
const SOLVED: [&str; 4] = ["rent", "gph", "gopx", "ltc"];

/// `v` kept to two decimals finer than `p`'s step, as a typed value is.
fn kept(p: &Param, v: f64) -> f64 {
    let scale = 10f64.powi(p.decimals() as i32 + 2);
    ((v * scale).round() / scale).clamp(p.min, p.max)
}

/// Revenue the contract books over its term: the converted site's AI revenue from cut-over to
/// the end of the window with no early exit and nothing paid in advance, the whole site
/// converted.
pub fn booked_revenue_usd(s: &Scenario) -> f64 {
    let mut firm = s.clone();
    firm.ai.early_exit_pct_per_yr = 0.0;
    firm.ai.backstopped_pct = 0.0;
    firm.ai.prepaid_pct = 0.0;
    firm.ai.share_converted_pct = 100.0;
    firm.ai.mine_until_cutover = false;
    let r = compute_valid(&firm);
    r.ai.months[r.cutover_month..].iter().map(|m| m.revenue_usd).sum()
}

/// The GPU cloud's other opex, % of contract revenue, that leaves EBITDA at `margin_pct` of it
/// at full capacity in the first full month (power is the rest of the cost).
fn other_opex_for_margin(s: &Scenario, margin_pct: f64) -> f64 {
    // On the contract's revenue before any of it is paid in advance: other opex is charged on
    // that, and a month's revenue net of the prepayment would overstate power's share.
    let mut s = s.clone();
    s.ai.prepaid_pct = 0.0;
    let r = compute_valid(&s);
    let full = r.cutover_month + s.ramp_months();
    let month = r.ai.months.get(full).or_else(|| r.ai.months.last());
    let power_share = month.map_or(0.0, |m| if m.revenue_usd > 0.0 { m.power_usd / m.revenue_usd * 100.0 } else { 0.0 });
    (100.0 - margin_pct - power_share).max(0.0)
}
