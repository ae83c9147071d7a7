//! Presets: the real deals of market-data.md §4 applied to today's market, and "today's market"
//! itself. A preset sets only what its deal states, solves the one rate that makes the contract
//! book exactly the deal's value over its term, and says for every field it sets whether the
//! deal gives it or it is assumed; every other field keeps today's default with its own source.

use crate::model::compute_valid;
use crate::params::Param;
use crate::scenario::{AiMode, Scenario};

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
}

impl Deal {
    /// Average rent, $ per kW of IT per month: value / years / 12 / kW of IT.
    ///
    /// # Example
    /// ```
    /// use economics::presets::Deal;
    /// // Core Scientific–CoreWeave: $3.5B / 12 yr / 12 / 200,000 kW = $121.53.
    /// let d = Deal { mw_it: 200.0, mw_grid: None, years: 12.0, value_usd: 3.5e9 };
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
    /// When the deal was announced, or the data's date.
    pub as_of: &'static str,
    /// Source keys in market-data.md.
    pub sources: &'static str,
    /// What the deal says, in one sentence.
    pub note: &'static str,
    /// The deal behind it, if any.
    pub deal: Option<Deal>,
    pub mode: AiMode,
    /// Every input the preset sets (parameter or switch key), and where its value comes from.
    pub fields: &'static [(&'static str, Origin)],
}

const SOLVED_RENT: Origin = Origin::Deal(
    "solved so that rent booked over the term equals the deal's value, with the default \
     escalator and ramp",
);
const GRID_FROM_PUE: Origin = Origin::Assumed("grid power is IT × the default PUE");
const BACKSTOPPED: Origin = Origin::Assumed(
    "0.2%/yr: an investment-grade backstop or customer makes early exit rare (no source for the rate)",
);

/// Today's market and the real deals.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "today",
        name: "Today's market (lease)",
        as_of: "Jun 2026 data",
        sources: "market-data.md suggested defaults",
        note: "The suggested defaults: 100 MW, $150/kW-month for 12 years.",
        deal: None,
        mode: AiMode::Lease,
        fields: &[],
    },
    Preset {
        id: "csc",
        name: "Core Scientific – CoreWeave (2024)",
        as_of: "3 Jun 2024",
        sources: "S36, S37",
        note: "200 MW of IT, 12 years, $3.5B: an average of about $122/kW-month.",
        deal: Some(Deal { mw_it: 200.0, mw_grid: None, years: 12.0, value_usd: 3.5e9 }),
        mode: AiMode::Lease,
        fields: &[("mw", GRID_FROM_PUE), ("yrs", Origin::Deal("12-year term")), ("rent", SOLVED_RENT)],
    },
    Preset {
        id: "wulf",
        name: "TeraWulf – Fluidstack (2025)",
        as_of: "14 Aug 2025",
        sources: "S39",
        note: "200 MW of IT on ~250 MW of grid, 10 years, $3.7B: an average of about $154/kW-month; \
               Google backstops the tenant.",
        deal: Some(Deal { mw_it: 200.0, mw_grid: Some(250.0), years: 10.0, value_usd: 3.7e9 }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", Origin::Deal("~250 MW of grid")),
            ("pue", Origin::Deal("250 MW of grid for 200 MW of IT")),
            ("yrs", Origin::Deal("10-year term")),
            ("rent", SOLVED_RENT),
            ("exit", BACKSTOPPED),
        ],
    },
    Preset {
        id: "cifr-fs",
        name: "Cipher – Fluidstack (2025)",
        as_of: "25 Sep 2025",
        sources: "S42",
        note: "168 MW of IT on 244 MW of grid, 10 years, $3.0B: an average of about $149/kW-month; \
               Google backstops the tenant.",
        deal: Some(Deal { mw_it: 168.0, mw_grid: Some(244.0), years: 10.0, value_usd: 3.0e9 }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", Origin::Deal("244 MW of grid")),
            ("pue", Origin::Deal("244 MW of grid for 168 MW of IT")),
            ("yrs", Origin::Deal("10-year term")),
            ("rent", SOLVED_RENT),
            ("exit", BACKSTOPPED),
        ],
    },
    Preset {
        id: "hut8",
        name: "Hut 8 – Fluidstack (2025)",
        as_of: "17 Dec 2025",
        sources: "S40",
        note: "245 MW of IT, 15 years triple-net, $7.0B: an average of about $159/kW-month.",
        deal: Some(Deal { mw_it: 245.0, mw_grid: None, years: 15.0, value_usd: 7.0e9 }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", GRID_FROM_PUE),
            ("yrs", Origin::Deal("15-year term")),
            ("rent", SOLVED_RENT),
            ("nnn", Origin::Deal("triple-net: the tenant pays power")),
            ("exit", BACKSTOPPED),
        ],
    },
    Preset {
        id: "cifr",
        name: "Cipher – AWS (2025)",
        as_of: "3 Nov 2025",
        sources: "S42",
        note: "300 MW, 15 years, $5.5B: an average of about $102/kW-month if the 300 MW is IT \
               (unconfirmed).",
        deal: Some(Deal { mw_it: 300.0, mw_grid: None, years: 15.0, value_usd: 5.5e9 }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", Origin::Assumed("300 MW taken as IT (unconfirmed); grid is IT × the default PUE")),
            ("yrs", Origin::Deal("15-year term")),
            ("rent", SOLVED_RENT),
            ("exit", BACKSTOPPED),
        ],
    },
    Preset {
        id: "iren",
        name: "IREN – Microsoft GPU cloud (2025)",
        as_of: "3 Nov 2025",
        sources: "S41, S28",
        note: "200 MW of IT, 5 years, $9.7B (~$1.94B/yr) for GPU capacity IREN owns; the 20% \
               prepayment is not modelled.",
        deal: Some(Deal { mw_it: 200.0, mw_grid: None, years: 5.0, value_usd: 9.7e9 }),
        mode: AiMode::GpuCloud,
        fields: &[
            ("mw", GRID_FROM_PUE),
            ("yrs", Origin::Deal("5-year term")),
            ("gph", Origin::Deal("solved so that revenue over the term equals $9.7B, fully contracted, with the default ramp")),
            ("util", Origin::Deal("fully contracted: every GPU-hour is paid for")),
            ("gdec", Origin::Deal("a fixed contract price")),
            ("gpmw", Origin::Assumed("~570 GPUs per MW, GB200-class (S28)")),
            ("gcap", Origin::Deal("IREN's $5.8B GPU order for 200 MW: ~$29M per MW of IT (S41), ÷ 570")),
            ("glife", Origin::Assumed("GPUs written off over the 5-year term")),
            ("exit", BACKSTOPPED),
        ],
    },
];

/// Yearly early-exit probability assumed for a contract backstopped by, or signed with, an
/// investment-grade company (Google, AWS, Microsoft), %.
const BACKSTOPPED_EXIT_PCT: f64 = 0.2;

/// GPUs per MW of IT assumed for GB200-class systems (market-data.md §3: ~545–600).
const GB200_GPUS_PER_MW: f64 = 570.0;

impl Preset {
    /// The preset by id.
    pub fn by_id(id: &str) -> Option<&'static Preset> {
        PRESETS.iter().find(|p| p.id == id)
    }

    /// Today's defaults with the deal's terms applied.
    pub fn scenario(&self) -> Scenario {
        let mut s = Scenario { mode: self.mode, ..Scenario::default() };
        let Some(deal) = self.deal else { return s };
        let set = |s: &mut Scenario, key: &str, v: f64| {
            if let Some(p) = Param::by_key(key) {
                (p.set)(s, p.nearest_accepted(v).unwrap_or(p.min));
            }
        };
        // Grid power from the deal where it says, else the deal's IT × the default PUE: either
        // way the IT capacity is exactly the deal's.
        if let Some(grid) = deal.mw_grid {
            set(&mut s, "pue", grid / deal.mw_it);
        }
        let grid_mw = deal.mw_it * s.ai.pue;
        set(&mut s, "mw", grid_mw);
        set(&mut s, "yrs", deal.years);
        if self.origin("nnn").is_some() {
            s.lease.power_pass_through = true;
        }
        if self.origin("exit").is_some() {
            set(&mut s, "exit", BACKSTOPPED_EXIT_PCT);
        }
        match self.mode {
            AiMode::Lease => {
                s.lease.usd_per_kw_month = 1.0;
                let per_dollar = booked_revenue_usd(&s);
                set(&mut s, "rent", deal.value_usd / per_dollar);
            }
            AiMode::GpuCloud => {
                set(&mut s, "gpmw", GB200_GPUS_PER_MW);
                set(&mut s, "util", 100.0);
                set(&mut s, "gdec", 0.0);
                set(&mut s, "glife", deal.years);
                set(&mut s, "gcap", 29e6 / GB200_GPUS_PER_MW);
                s.gpu.usd_per_gpu_hour = 1.0;
                let per_dollar = booked_revenue_usd(&s);
                set(&mut s, "gph", deal.value_usd / per_dollar);
            }
        }
        s
    }

    /// Where the preset's value for input `key` comes from, if the preset sets it.
    pub fn origin(&self, key: &str) -> Option<Origin> {
        self.fields.iter().find(|(k, _)| *k == key).map(|(_, o)| *o)
    }
}

/// Revenue the contract books over its term: the converted site's AI revenue from cut-over to
/// the end of the window with no early exit, the whole site converted.
pub fn booked_revenue_usd(s: &Scenario) -> f64 {
    let mut firm = s.clone();
    firm.ai.early_exit_pct_per_yr = 0.0;
    firm.ai.share_converted_pct = 100.0;
    firm.ai.mine_until_cutover = false;
    let r = compute_valid(&firm);
    r.ai.months[r.cutover_month..].iter().map(|m| m.revenue_usd).sum()
}
