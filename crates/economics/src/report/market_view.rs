//! What the market pays, a lens apart from the valuation: each path's stabilised EBITDA at its
//! sector's trading multiples (miners against leased data centres, `shared/reference/
//! market-data.md` §7), and for a GPU cloud the equity an analyst puts on a MW of it. It is not
//! a present value and never enters the verdict: it says why a signed lease can move a miner's
//! share price more than the lease's present value does.

use serde::{Deserialize, Serialize};

use crate::context::Model;
use crate::inputs::scenario::AiMode;
use crate::month::Month;

/// Bitcoin miners' EV/EBITDA, low and high (R10, Oct–Dec 2025).
pub const MINER_EBITDA_MULTIPLE: (f64, f64) = (5.0, 12.0);
/// Listed data-centre operators' forward EV/EBITDA, low and high (R10, R11, Oct 2025–2026).
pub const DATA_CENTRE_EBITDA_MULTIPLE: (f64, f64) = (20.0, 25.0);
/// Equity per MW of critical IT JPMorgan puts on a GPU cloud, $, low (its colocation low) and
/// high (R13, 24 Nov 2025).
pub const GPU_CLOUD_USD_PER_MW_IT: (f64, f64) = (8e6, 19e6);

/// Each path at the market's multiples, $.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct MarketView {
    /// Mining's EBITDA over the window's first twelve months, the fleet as it runs.
    pub mining_ebitda_usd: f64,
    /// The AI business's EBITDA over its first full year at full capacity (the converted share).
    pub ai_ebitda_usd: f64,
    /// Mining at the miners' multiples, low and high.
    pub mining_low_usd: f64,
    pub mining_high_usd: f64,
    /// The converted site at the market's price for its business (a lease at data-centre
    /// multiples, a GPU cloud at an analyst's equity per MW), with any share not converted at the
    /// miners', low and high.
    pub converted_low_usd: f64,
    pub converted_high_usd: f64,
    /// What converting costs: the conversion, the commission, warrants and a GPU cloud's first
    /// GPUs, undiscounted.
    pub conversion_cost_usd: f64,
}

impl Model<'_> {
    /// The lens for the converting path's months `ai` and their mining part `ai_mining`, the
    /// mining path's months `mining`, and the converting path's cost `cost_usd`.
    pub(crate) fn market_view(&self, mining: &[Month], ai: &[Month], ai_mining: &[Month], cost_usd: f64) -> MarketView {
        let year = |months: &[Month], from: usize, f: &dyn Fn(usize) -> f64| {
            let to = (from + 12).min(months.len());
            let sum: f64 = (from..to).map(f).sum();
            if to > from { sum * 12.0 / (to - from) as f64 } else { 0.0 }
        };
        let mining_ebitda_usd = year(mining, 0, &|m| mining[m].ebitda_usd());
        let full = (self.cutover + self.s.ramp_months()).min(ai.len() - 1);
        let ai_ebitda_usd = year(ai, full, &|m| ai[m].ebitda_usd() - ai_mining[m].ebitda_usd());
        let share = self.s.converted_share();
        let (ml, mh) = MINER_EBITDA_MULTIPLE;
        let rest_low = (1.0 - share) * mining_ebitda_usd.max(0.0) * ml;
        let rest_high = (1.0 - share) * mining_ebitda_usd.max(0.0) * mh;
        let (low, high) = match self.s.mode {
            AiMode::Lease => {
                let (l, h) = DATA_CENTRE_EBITDA_MULTIPLE;
                (ai_ebitda_usd.max(0.0) * l, ai_ebitda_usd.max(0.0) * h)
            }
            AiMode::GpuCloud => {
                let (l, h) = GPU_CLOUD_USD_PER_MW_IT;
                (self.it_mw * share * l, self.it_mw * share * h)
            }
        };
        MarketView {
            mining_ebitda_usd,
            ai_ebitda_usd,
            mining_low_usd: mining_ebitda_usd.max(0.0) * ml,
            mining_high_usd: mining_ebitda_usd.max(0.0) * mh,
            converted_low_usd: low + rest_low,
            converted_high_usd: high + rest_high,
            conversion_cost_usd: cost_usd,
        }
    }
}
