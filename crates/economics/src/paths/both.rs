//! Both paths before tax and debt: mining the whole window, and converting the scenario's share
//! of the site with the rest mining on (the converted share's months blended with the mining
//! path's), with the present value of each path's end values.

use crate::context::Model;
use crate::month::Month;
use crate::value::valuation::Pretax;

/// Both paths before tax and debt.
pub(crate) struct Paths {
    pub mining: Pretax,
    pub ai: Pretax,
    /// Present value of each path's end values before tax, counted or not.
    pub mining_end_pv_usd: f64,
    pub ai_end_pv_usd: f64,
    pub mining_on: Vec<bool>,
    pub owned: Vec<Option<f64>>,
}

impl Model<'_> {
    /// Both paths before tax: mining the whole window, and converting the scenario's share with
    /// the rest mining on.
    pub(crate) fn paths(&self) -> Paths {
        let n = self.n;
        let share = self.s.converted_share();
        let plan = self.fleet_plan(n);
        let fleet = self.run_plan(&plan, n);
        let mining_on = fleet.on.clone();
        let owned = fleet.owned.clone();
        let mining = self.mining_pretax(fleet);
        // Convert: the converted share's pure AI path, plus the rest of the site mining on.
        let pure = self.ai_path(&plan);
        let rest = 1.0 - share;
        let blend = |a: &[Month], b: &[Month]| -> Vec<Month> {
            a.iter().zip(b).map(|(a, b)| a.scaled(share).plus(&b.scaled(rest))).collect()
        };
        let ai = Pretax {
            months: blend(&pure.months, &mining.months),
            mining_part: Some(blend(pure.mining(), mining.mining())),
            held: pure.held.iter().map(|h| h.scaled(share)).chain(mining.held.iter().map(|h| h.scaled(rest))).collect(),
            financed_usd: pure.financed_usd.iter().map(|c| c * share).collect(),
            end_value_usd: pure.end_value_usd * share + mining.end_value_usd * rest,
            mining_end_value_usd: mining.mining_end_value_usd * rest,
            site_end_value_usd: pure.site_end_value_usd * share + mining.site_end_value_usd * rest,
            hall_leased_from: pure.hall_leased_from,
            advance: pure.advance.map(|(m, usd)| (m, usd * share)),
            base: Default::default(),
        };
        let r = &self.rates;
        // The miners at the mining rate; the site, the same asset on both paths, alike on both;
        // what the AI business is worth after the contract at the after-contract rate.
        let pv = |p: &Pretax| {
            let after = p.end_value_usd - p.mining_end_value_usd - p.site_end_value_usd;
            p.mining_end_value_usd * r.mining[n - 1] + p.site_end_value_usd * r.site_end + after * r.tail_end
        };
        let mining_end_pv_usd = pv(&mining);
        let ai_end_pv_usd = pv(&pure) * share + mining_end_pv_usd * rest;
        Paths { mining, ai, mining_end_pv_usd, ai_end_pv_usd, mining_on, owned }
    }
}
