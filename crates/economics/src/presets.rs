//! Presets: the real deals of market-data.md §4 applied to today's market, and "today's market"
//! itself. A preset sets only what its deal states; every other field keeps today's default (with
//! that default's own source or assumption), and [`Preset::given`] says which is which.

use crate::params::Param;
use crate::scenario::{AiMode, Scenario};

/// A contract as announced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Deal {
    /// IT capacity, MW.
    pub mw_it: f64,
    pub years: f64,
    /// Total contract value, $.
    pub value_usd: f64,
}

impl Deal {
    /// Implied rent, $ per kW of IT per month: value / years / 12 / kW of IT.
    ///
    /// # Example
    /// ```
    /// use economics::presets::Deal;
    /// // Core Scientific–CoreWeave: $3.5B / 12 yr / 12 / 200,000 kW = $121.53.
    /// let d = Deal { mw_it: 200.0, years: 12.0, value_usd: 3.5e9 };
    /// assert!((d.usd_per_kw_month() - 121.53).abs() < 0.01);
    /// ```
    pub fn usd_per_kw_month(&self) -> f64 {
        self.value_usd / self.years / 12.0 / (self.mw_it * 1000.0)
    }
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
    /// What the deal says, and what had to be assumed.
    pub note: &'static str,
    /// The deal behind it, if any.
    pub deal: Option<Deal>,
    pub mode: AiMode,
    /// Parameter keys the deal itself sets; every other field is today's default.
    pub given: &'static [&'static str],
}

/// Today's market and the real deals, newest data first after "today".
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "today",
        name: "Today's market (lease)",
        as_of: "Jun 2026 data",
        sources: "market-data.md suggested defaults",
        note: "The suggested defaults: 100 MW, $150/kW-month for 12 years.",
        deal: None,
        mode: AiMode::Lease,
        given: &[],
    },
    Preset {
        id: "csc",
        name: "Core Scientific – CoreWeave (2024)",
        as_of: "3 Jun 2024",
        sources: "S36, S37",
        note: "200 MW of IT, 12 years, $3.5B: about $122/kW-month. Grid power from the default PUE.",
        deal: Some(Deal { mw_it: 200.0, years: 12.0, value_usd: 3.5e9 }),
        mode: AiMode::Lease,
        given: &["mw", "yrs", "rent"],
    },
    Preset {
        id: "wulf",
        name: "TeraWulf – Fluidstack (2025)",
        as_of: "14 Aug 2025",
        sources: "S39",
        note: "200 MW of IT on ~250 MW of grid (the default PUE 1.25 gives the same), 10 years, \
               $3.7B: about $154/kW-month.",
        deal: Some(Deal { mw_it: 200.0, years: 10.0, value_usd: 3.7e9 }),
        mode: AiMode::Lease,
        given: &["mw", "yrs", "rent"],
    },
    Preset {
        id: "hut8",
        name: "Hut 8 – Fluidstack (2025)",
        as_of: "17 Dec 2025",
        sources: "S40",
        note: "245 MW of IT, 15 years triple-net, $7.0B: about $159/kW-month. Grid power from the default PUE.",
        deal: Some(Deal { mw_it: 245.0, years: 15.0, value_usd: 7.0e9 }),
        mode: AiMode::Lease,
        given: &["mw", "yrs", "rent"],
    },
    Preset {
        id: "cifr",
        name: "Cipher – AWS (2025)",
        as_of: "3 Nov 2025",
        sources: "S42",
        note: "300 MW (IT basis unconfirmed), 15 years, $5.5B: about $102/kW-month.",
        deal: Some(Deal { mw_it: 300.0, years: 15.0, value_usd: 5.5e9 }),
        mode: AiMode::Lease,
        given: &["mw", "yrs", "rent"],
    },
    Preset {
        id: "iren",
        name: "IREN – Microsoft GPU cloud (2025)",
        as_of: "3 Nov 2025",
        sources: "S41, S28",
        note: "200 MW of IT, 5 years, $9.7B (~$1.94B/yr) for GPU capacity IREN owns. Assumed: ~570 \
               GPUs per MW (GB200-class), fully contracted, GPU capex $29M per MW; the 20% \
               prepayment is not modelled.",
        deal: Some(Deal { mw_it: 200.0, years: 5.0, value_usd: 9.7e9 }),
        mode: AiMode::GpuCloud,
        given: &["mw", "yrs", "gph", "util", "gpmw", "gcap", "gdec", "glife"],
    },
];

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
            let p = Param::by_key(key).expect("preset keys are in PARAMS");
            (p.set)(s, p.clamp(v).unwrap_or(p.min));
        };
        let grid_mw = (deal.mw_it * s.ai.pue).round();
        set(&mut s, "mw", grid_mw);
        set(&mut s, "yrs", deal.years);
        match self.mode {
            AiMode::Lease => set(&mut s, "rent", deal.usd_per_kw_month()),
            AiMode::GpuCloud => {
                const GPUS_PER_MW: f64 = 570.0;
                let gpus = deal.mw_it * GPUS_PER_MW;
                set(&mut s, "gpmw", GPUS_PER_MW);
                set(&mut s, "util", 100.0);
                set(&mut s, "gdec", 0.0);
                set(&mut s, "glife", deal.years);
                set(&mut s, "gcap", 29e6 / GPUS_PER_MW);
                set(&mut s, "gph", deal.value_usd / deal.years / (gpus * 8760.0));
            }
        }
        s
    }

    /// Whether the deal itself gives parameter `key` (otherwise it is today's default).
    pub fn gives(&self, key: &str) -> bool {
        self.given.contains(&key)
    }
}
