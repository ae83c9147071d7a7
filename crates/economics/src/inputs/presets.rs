//! Presets: the real deals of market-data.md §4 and §6 applied to today's market on this site, and
//! "today's market" itself. A preset sets only what its deal states (and the few assumptions it
//! needs, each marked), solves the one rate that makes the contract book exactly the deal's value
//! over its term, and says for every field it sets whether the deal gives it or it is assumed;
//! every other field keeps today's default with its own source. A preset is the deal's terms on
//! this site from the start month, not the deal itself.

use std::sync::OnceLock;

use crate::inputs::params::{Param, Toggle, NOI_RIVER_BEND_PCT};
use crate::inputs::scenario::{AiMode, Scenario};
use crate::model::compute_valid;

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

const SOLVED_RENT: Origin = Origin::Deal(
    "solved so that rent booked over the term equals the deal's value, with the preset's \
     escalator and the default ramp",
);
const GRID_FROM_PUE: Origin = Origin::Assumed("grid power is IT × the default PUE");
const TERM: Origin = Origin::Deal("the contract's term");

/// Today's market and the real deals.
pub static PRESETS: &[Preset] = &[
    Preset {
        id: "today",
        name: "Today's market (lease)",
        whose: "Today's market",
        as_of: "Jun 2026 data",
        sources: "market-data.md suggested defaults, centred on their sources",
        note: "The defaults: a 100 MW site leased to an AI tenant at the deals' median starting rent.",
        caveat: "",
        deal: None,
        mode: AiMode::Lease,
        fields: &[],
    },
    Preset {
        id: "csc",
        name: "Core Scientific – CoreWeave (2024)",
        whose: "Core Scientific's",
        as_of: "3 Jun 2024",
        sources: "S36, S37",
        note: "200 MW of IT, 12 years, $3.5B: an average of about $122/kW-month; CoreWeave is not investment grade.",
        caveat: "",
        deal: Some(Deal { mw_it: 200.0, mw_grid: None, years: 12.0, value_usd: 3.5e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[("mw", None, GRID_FROM_PUE), ("yrs", None, TERM), ("rent", None, SOLVED_RENT)],
    },
    Preset {
        id: "wulf",
        name: "TeraWulf – Fluidstack (2025)",
        whose: "TeraWulf's",
        as_of: "14 Aug 2025",
        sources: "S39, W1, F1",
        note: "200 MW of IT on ~250 MW of grid, 10 years, $3.7B: an average of about $154/kW-month; \
               Google backstops $1.8B of it for warrants on 41M shares.",
        caveat: "",
        deal: Some(Deal { mw_it: 200.0, mw_grid: Some(250.0), years: 10.0, value_usd: 3.7e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, Origin::Deal("~250 MW of grid")),
            ("pue", None, Origin::Deal("250 MW of grid for 200 MW of IT")),
            ("yrs", None, TERM),
            ("rent", None, SOLVED_RENT),
            ("cap", Some(9.0), Origin::Deal("build cost guided at $8–10M per MW of IT (R18): the midpoint")),
            ("back", Some(48.65), Origin::Deal("Google backstops $1.8B of the $3.7B (market-data §6)")),
            ("wrnt", Some(307.2), Origin::Deal("41,011,803 warrants struck at $0.01 when WULF closed at $7.50 on 14 Aug 2025: $7.49 each (W1)")),
            ("comm", Some(0.81), Origin::Deal("$30M initial commission to CBRE on the $3.7B (W1)")),
            ("cpn", Some(7.75), Origin::Deal("Lake Mariner notes, 7.750% (F1)")),
        ],
    },
    Preset {
        id: "cifr-fs",
        name: "Cipher – Fluidstack (2025)",
        whose: "Cipher's Fluidstack",
        as_of: "25 Sep 2025",
        sources: "S42, W2, F3",
        note: "168 MW of IT on 244 MW of grid, 10 years, $3.0B: an average of about $149/kW-month; \
               Google backstops $1.4B of it for warrants on 24M shares.",
        caveat: "",
        deal: Some(Deal { mw_it: 168.0, mw_grid: Some(244.0), years: 10.0, value_usd: 3.0e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, Origin::Deal("244 MW of grid")),
            ("pue", None, Origin::Deal("244 MW of grid for 168 MW of IT")),
            ("yrs", None, TERM),
            ("rent", None, SOLVED_RENT),
            ("cap", Some(10.0), Origin::Deal("build cost $9–11M per MW of IT (S42): the midpoint")),
            ("noi", Some(82.5), Origin::Deal("NOI guided at 80–85% of rent (R19): the midpoint")),
            ("back", Some(46.67), Origin::Deal("Google backstops $1.4B of the $3.0B (market-data §6)")),
            ("wrnt", Some(295.0), Origin::Deal("24,178,576 warrants when CIFR traded near $12.20 after the announcement (W2)")),
            ("cpn", Some(7.125), Origin::Deal("Barber Lake notes, 7.125% (F3)")),
        ],
    },
    Preset {
        id: "hut8",
        name: "Hut 8 – Fluidstack, River Bend (2025)",
        whose: "Hut 8's River Bend",
        as_of: "17 Dec 2025",
        sources: "S40, F4",
        note: "245 MW of IT, 15 years triple-net, $7.0B: an average of about $159/kW-month; Google backstops the tenant.",
        caveat: "",
        deal: Some(Deal { mw_it: 245.0, mw_grid: None, years: 15.0, value_usd: 7.0e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, GRID_FROM_PUE),
            ("yrs", None, TERM),
            ("green", None, Origin::Deal("a greenfield campus: no miners on the site (R15)")),
            ("conv", Some(18.0), Origin::Deal("announced Dec 2025, first hall Q2 2027 (R15)")),
            ("esc", Some(3.0), Origin::Deal("3%/yr escalator (R15)")),
            ("rent", None, SOLVED_RENT),
            ("nnn", None, Origin::Deal("triple-net (R15)")),
            ("noin", Some(NOI_RIVER_BEND_PCT), Origin::Deal("NOI of $6.9B on the $7.0B base term (R15)")),
            ("cap", Some(12.5), Origin::Deal("the $3.25B notes less the $184M returned to equity, over 245 MW of IT (R1, R15)")),
            ("back", Some(100.0), Origin::Deal("Google backstops the lease payments over the 15-year term (R15)")),
            ("cpn", Some(6.192), Origin::Deal("River Bend notes, 6.192% (F4)")),
            ("ltc", Some(85.0), Origin::Deal("up to 85% of cost in underwriting (F4); the notes, $3.25B, also fund reserves and the $184M returned")),
            ("dten", Some(16.5), Origin::Deal("fully amortising over 16.5 years (F4); cut to the contract here")),
        ],
    },
    Preset {
        id: "hut8-bp",
        name: "Hut 8 – Beacon Point (2026)",
        whose: "Hut 8's Beacon Point",
        as_of: "6 May 2026",
        sources: "D1",
        note: "352 MW of IT, 15 years triple-net, $9.8B with a 3% escalator, to an investment-grade tenant.",
        caveat: "",
        deal: Some(Deal { mw_it: 352.0, mw_grid: None, years: 15.0, value_usd: 9.8e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, GRID_FROM_PUE),
            ("yrs", None, TERM),
            ("green", None, Origin::Deal("a greenfield campus in Nueces County: no miners on the site (R16)")),
            ("conv", Some(15.0), Origin::Deal("announced May 2026, first hall Q3 2027 (R16)")),
            ("esc", Some(3.0), Origin::Deal("3%/yr escalator")),
            ("rent", None, SOLVED_RENT),
            ("nnn", None, Origin::Deal("triple-net, take-or-pay")),
            ("noin", Some(100.0), Origin::Deal("NOI of $9.8B on $9.8B (R16)")),
            ("back", Some(100.0), Origin::Deal("an investment-grade tenant")),
            ("cpn", Some(6.192), Origin::Assumed("no debt disclosed: priced as the one investment-grade-backed data-centre bond, River Bend's 6.192% (R1)")),
        ],
    },
    Preset {
        id: "cifr",
        name: "Cipher – AWS (2025)",
        whose: "Cipher's AWS",
        as_of: "3 Nov 2025",
        sources: "S42",
        note: "300 MW, 15 years, $5.5B: an average of about $102/kW-month if the 300 MW is IT \
               (unconfirmed).",
        caveat: "300 MW taken as IT",
        deal: Some(Deal { mw_it: 300.0, mw_grid: None, years: 15.0, value_usd: 5.5e9, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, Origin::Assumed("300 MW taken as IT (unconfirmed); grid is IT × the default PUE")),
            ("yrs", None, TERM),
            ("conv", Some(9.0), Origin::Deal("announced Nov 2025, rent from Aug 2026 (R20)")),
            ("rent", None, SOLVED_RENT),
            ("back", Some(100.0), Origin::Deal("AWS, investment grade, is the tenant")),
            ("cpn", Some(6.192), Origin::Assumed("no debt disclosed: priced as the one investment-grade-backed data-centre bond, River Bend's 6.192% (R1)")),
        ],
    },
    Preset {
        id: "riot-amd",
        name: "Riot – AMD, Rockdale (2026)",
        whose: "Riot's AMD",
        as_of: "16 Jan 2026",
        sources: "D2",
        note: "25 MW of IT, 10 years, $311M: an average of about $104/kW-month; a retrofit at $3.6M per MW.",
        caveat: "",
        deal: Some(Deal { mw_it: 25.0, mw_grid: None, years: 10.0, value_usd: 311e6, debt_usd: None }),
        mode: AiMode::Lease,
        fields: &[
            ("mw", None, GRID_FROM_PUE),
            ("yrs", None, TERM),
            ("rent", None, SOLVED_RENT),
            ("cap", Some(3.6), Origin::Deal("retrofit capex $3.6M per MW")),
            ("noi", Some(NOI_RIOT_AMD_PCT), Origin::Deal("about $25M a year of NOI on $311M over 10 years (R17)")),
            ("conv", Some(0.0), Origin::Deal("delivered January to May 2026 in existing buildings (R17)")),
            ("ramp", Some(5.0), Origin::Deal("delivered January to May 2026 (R17)")),
            ("back", Some(100.0), Origin::Assumed("AMD taken as an investment-grade tenant")),
            ("cpn", Some(6.192), Origin::Assumed("no debt disclosed: priced as the one investment-grade-backed data-centre bond, River Bend's 6.192% (R1)")),
        ],
    },
    Preset {
        id: "iren",
        name: "IREN – Microsoft GPU cloud (2025)",
        whose: "IREN's Microsoft",
        as_of: "3 Nov 2025",
        sources: "S41, S28, F5, S35",
        note: "200 MW of IT, 5 years, $9.7B (~$1.94B/yr) for GPU capacity IREN owns, 20% paid in advance.",
        caveat: "",
        deal: Some(Deal { mw_it: 200.0, mw_grid: None, years: 5.0, value_usd: 9.7e9, debt_usd: Some(3.65e9) }),
        mode: AiMode::GpuCloud,
        fields: &[
            ("mw", None, GRID_FROM_PUE),
            ("yrs", None, TERM),
            ("gph", None, Origin::Deal("solved so that revenue over the term equals $9.7B, fully contracted, with the default ramp")),
            ("util", Some(100.0), Origin::Deal("fully contracted: every GPU-hour is paid for")),
            ("gdec", Some(0.0), Origin::Deal("a fixed contract price")),
            ("gpmw", Some(GB200_GPUS_PER_MW), Origin::Assumed("~570 GPUs per MW, GB200-class (S28)")),
            ("gcap", Some(GB200_GPU_USD), Origin::Deal("IREN's $5.8B GPU order for 200 MW: ~$29M per MW of IT (S41), ÷ 570")),
            ("glife", Some(5.0), Origin::Assumed("GPU lives in the sources run 4–6 years; the median, 5 (S35)")),
            ("gopx", None, Origin::Deal("so that EBITDA is 85% of revenue, as IREN guides (S41)")),
            ("prep", Some(20.0), Origin::Deal("Microsoft prepays 20% (S41)")),
            ("back", Some(100.0), Origin::Deal("Microsoft, investment grade, is the customer")),
            ("cpn", Some(5.96), Origin::Deal("IREN's 5.96% notes (F5)")),
            ("ltc", None, Origin::Deal("solved so that the loan is the $3.65B disclosed: $2.1B of notes and a $1.55B delayed-draw loan (F5, R21)")),
            ("dsra", Some(0.0), Origin::Assumed("no debt-service reserve disclosed (F5)")),
            ("dscr", Some(1.05), Origin::Deal("minimum DSCR 1.05× (F5)")),
        ],
    },
    Preset {
        id: "iren-nvda",
        name: "IREN – NVIDIA AI cloud (2026)",
        whose: "IREN's NVIDIA",
        as_of: "7 May 2026",
        sources: "D3, S41, S28",
        note: "A 5-year AI cloud contract, $3.4B; NVIDIA receives warrants for 30M shares at $70.",
        caveat: "its size assumed",
        deal: Some(Deal { mw_it: 200.0 * 3.4 / 9.7, mw_grid: None, years: 5.0, value_usd: 3.4e9, debt_usd: None }),
        mode: AiMode::GpuCloud,
        fields: &[
            ("mw", None, Origin::Assumed("no size announced: sized at IREN–Microsoft's revenue per MW of IT, 70 MW of IT")),
            ("yrs", None, TERM),
            ("gph", None, Origin::Deal("solved so that revenue over the term equals $3.4B, fully contracted, with the default ramp")),
            ("util", Some(100.0), Origin::Deal("a contract for the capacity")),
            ("gdec", Some(0.0), Origin::Deal("a fixed contract price")),
            ("gpmw", Some(GB200_GPUS_PER_MW), Origin::Assumed("~570 GPUs per MW, GB200-class (S28)")),
            ("gcap", Some(GB200_GPU_USD), Origin::Assumed("as IREN's Microsoft order: ~$29M per MW of IT (S41), ÷ 570")),
            ("glife", Some(5.0), Origin::Assumed("the sources' median GPU life (S35)")),
            ("gopx", None, Origin::Assumed("so that EBITDA is 85% of revenue, as IREN guides for Microsoft (S41)")),
            ("back", Some(100.0), Origin::Deal("NVIDIA, investment grade, is the customer")),
            ("wrnt", Some(0.0), Origin::Assumed("not booked: the warrants' value depends on IREN's share price in May 2026, which no source gives")),
            ("ltc", Some(0.0), Origin::Assumed("no debt disclosed for this contract")),
        ],
    },
];

/// GPUs per MW of IT assumed for GB200-class systems (market-data.md §3: ~545–600).
const GB200_GPUS_PER_MW: f64 = 570.0;
/// All-in capex per GB200-class GPU: IREN's $29M per MW of IT over 570 GPUs a MW.
const GB200_GPU_USD: f64 = 29e6 / GB200_GPUS_PER_MW;
/// Riot–AMD: about $25M a year of NOI on $311M over 10 years (R17), %.
const NOI_RIOT_AMD_PCT: f64 = 25.0 / 31.1 * 100.0;
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
    pub fn matching(s: &Scenario) -> Option<&'static Preset> {
        static SCENARIOS: OnceLock<Vec<OnceLock<Scenario>>> = OnceLock::new();
        let solved = SCENARIOS.get_or_init(|| PRESETS.iter().map(|_| OnceLock::new()).collect());
        PRESETS.iter().zip(solved).find(|(p, solved)| {
            p.deal.is_some() && p.mode == s.mode && {
                let terms = p.terms();
                terms.site.grid_mw == s.site.grid_mw && terms.site.horizon_years == s.site.horizon_years
            } && solved.get_or_init(|| p.scenario()) == s
        }).map(|(p, _)| p)
    }

    /// Today's defaults with the deal's terms applied.
    pub fn scenario(&self) -> Scenario {
        let mut s = self.terms();
        let Some(deal) = self.deal else { return s };
        let set = |s: &mut Scenario, key: &str, v: f64| {
            if let Some(p) = Param::by_key(key) {
                (p.set)(s, p.nearest_accepted(v).unwrap_or(p.min));
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
