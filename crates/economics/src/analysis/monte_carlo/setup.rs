//! What a Monte Carlo run takes from the model once, before its paths are drawn: a fleet's cash
//! split into the part that moves with the hashprice and the rest, the purchase rule (the
//! hashprice factor from which a dark site buys), and what the paths' taxes need (the rules, the
//! tax years, the AI path's taxable income that does not move with the hashprice).

use crate::context::Model;
use crate::value::tax::{Carry, Rules, YearIncome};

/// One fleet's months for the simulation: mined cash scales with `X`, the rest does not.
pub(super) struct Fleet {
    mined: Vec<f64>,
    /// Credit less power and other opex while owned; `None` when no fleet is owned.
    fixed: Vec<Option<f64>>,
}

impl Fleet {
    pub(super) fn new(model: &Model, owned: &[Option<f64>]) -> Fleet {
        let (mut mined, mut fixed) = (Vec::new(), Vec::new());
        for (m, j) in owned.iter().enumerate() {
            let parts = j.map(|j| model.fleet_parts(m, j));
            mined.push(parts.as_ref().map_or(0.0, |p| p.mined_usd));
            fixed.push(parts.map(|p| p.credit_usd - p.power_usd - p.other_opex_usd));
        }
        Fleet { mined, fixed }
    }

    /// Running cash in month `m` at factor `x`: the fleet idles if it would not cover its costs.
    pub(super) fn cash(&self, m: usize, x: f64) -> f64 {
        match self.fixed.get(m).copied().flatten() {
            Some(fixed) => (self.mined[m] * x + fixed).max(0.0),
            None => 0.0,
        }
    }
}

/// The mining path's purchase rule for the simulation: for each month a dark site could buy
/// (when today's fleet wears out, then every year, or when a later generation wears out), the
/// smallest hashprice factor `X` at which the best plan buys now ([`Model::buys_now`]), with the
/// path's deviation expected to fade as the network closes the gap: `1 + (X − 1)(1 − κ)^t`.
/// `INFINITY` where it never buys. At `X = 1` it agrees with the model's own plan: in the
/// months the model's own path asks, exactly its decisions (after tax the model may cut back a
/// purchase the marginal view would make, [`Model::fleet_plan`]).
pub(super) fn thresholds(model: &Model, persistence: f64) -> Vec<f64> {
    let n = model.n;
    let (worn_out, life) = model.fleet_schedule();
    let plan = model.fleet_plan(n);
    let mut asked = vec![None; n];
    let mut m = worn_out;
    while m < n {
        let buys = plan.contains(&m);
        asked[m] = Some(buys);
        m += if buys { life } else { 12 };
    }
    let fade: Vec<f64> = std::iter::successors(Some(1.0), |f| Some(f * persistence)).take(n + 1).collect();
    let mut threshold = vec![f64::INFINITY; n];
    let mut reachable = vec![false; n];
    let mut stack = vec![worn_out];
    while let Some(m) = stack.pop() {
        if m >= n || reachable[m] {
            continue;
        }
        reachable[m] = true;
        stack.extend([m + 12, m + life]);
        let buys = |x: f64| model.buys_now(m, &|k| 1.0 + (x - 1.0) * fade[k - m]);
        let on_path = asked[m].unwrap_or_else(|| buys(1.0));
        let (mut lo, mut hi) = (0.0, 64.0);
        let at = if buys(lo) {
            lo
        } else if !buys(hi) {
            f64::INFINITY
        } else {
            for _ in 0..24 {
                let mid = 0.5 * (lo + hi);
                if buys(mid) { hi = mid } else { lo = mid }
            }
            hi
        };
        // Exactly the model's decision on its own path, whatever the bisection's last digit.
        threshold[m] = if on_path { at.min(1.0) } else { at.max(1.0 + 1e-12) };
    }
    threshold
}

/// What the paths' taxes need from the model: the rules each path is taxed by, the calendar's
/// tax years, and the AI path's taxable income that does not depend on the hashprice.
pub(super) struct PathTax {
    pub(super) mining: Rules,
    ai: Rules,
    /// Whether there is any tax at all (false on the pre-tax basis or at a 0% rate).
    pub(super) taxed: bool,
    /// Tax year of each month, and whether the month closes its year.
    pub(super) year_of: Vec<usize>,
    pub(super) closes: Vec<bool>,
    /// The closing month of each year.
    close_month: Vec<usize>,
    pub(super) years: usize,
    /// The AI path's income by year less the parts that move with the hashprice.
    ai_fixed: Vec<YearIncome>,
    /// The deductions of the converting path's own miners (before cut-over) by year, which the
    /// mining part taxed alone adds to those of the share not converted.
    pre_deducted: Vec<f64>,
    /// The AI path's NPV less its hashprice-dependent parts, after tax: the model's AI NPV plus
    /// its tax as the paths count it, less the model path's mining cash before tax.
    pub(super) ai_npv_fixed: f64,
    ai_discount: Vec<f64>,
}

impl PathTax {
    /// Present value of the AI path's tax on a path whose mining parts by year are given.
    pub(super) fn ai_tax_pv(&self, share: f64, mining_e: &[f64], mining_d: &[f64], pre_e: &[f64], mining_rate: &[f64]) -> f64 {
        if !self.taxed {
            return 0.0;
        }
        let rest = 1.0 - share;
        let (mut carry, mut alone) = (Carry::default(), Carry::default());
        let mut pv = 0.0;
        for y in 0..self.years {
            let fixed = self.ai_fixed[y];
            let mining = share * pre_e[y] + rest * mining_e[y];
            let income = YearIncome {
                ebitda_usd: fixed.ebitda_usd + mining,
                depreciation_usd: fixed.depreciation_usd + rest * mining_d[y],
                gain_usd: 0.0,
                interest_usd: fixed.interest_usd,
            };
            let tax = carry.year(&self.ai, &income).tax_usd;
            // The mining part taxed alone, at the mining rate; what the AI business adds to the
            // path's tax, at the AI rate (as the model splits it).
            let mining_alone = YearIncome { ebitda_usd: mining, depreciation_usd: self.pre_deducted[y] + rest * mining_d[y], ..YearIncome::default() };
            let mining_tax = alone.year(&self.ai, &mining_alone).tax_usd;
            let c = self.close_month[y];
            pv += mining_tax * mining_rate[c] + (tax - mining_tax) * self.ai_discount[c];
        }
        pv
    }
}

/// The model's taxes, in the form the paths use them.
pub(super) fn path_tax(model: &Model, base: &crate::report::Report, share: f64, pre: &Fleet, pre_months: usize, pre_base: f64, start: usize) -> PathTax {
    let (paths, mining_v, ai_v) = model.valued();
    let calendar = &model.market.calendar;
    let n = model.n;
    let first_year = calendar[0].year;
    let year_of: Vec<usize> = calendar.iter().map(|ym| (ym.year - first_year) as usize).collect();
    let years = year_of[n - 1] + 1;
    let closes: Vec<bool> = (0..n).map(|m| m + 1 == n || year_of[m + 1] != year_of[m]).collect();
    let close_month: Vec<usize> = (0..years).map(|y| (0..n).rev().find(|&m| year_of[m] == y).unwrap_or(n - 1)).collect();
    let rate = model.s.tax.rate_pct / 100.0;
    let taxed = !mining_v.years.is_empty() && rate > 0.0;
    let rest = 1.0 - share;
    let mut pre_e = vec![0.0; years];
    for m in 0..pre_months {
        pre_e[year_of[m]] += if m < start { base.mining.months[m].ebitda_usd() } else { pre.cash(m, 1.0) };
    }
    let empty = vec![YearIncome::default(); years];
    let (mining_years, ai_years) = if taxed { (&mining_v.years, &ai_v.years) } else { (&empty, &empty) };
    let ai_fixed: Vec<YearIncome> = (0..years)
        .map(|y| {
            let (a, mi) = (ai_years[y], mining_years[y]);
            YearIncome {
                ebitda_usd: a.ebitda_usd - share * pre_e[y] - rest * mi.ebitda_usd,
                depreciation_usd: (a.depreciation_usd - a.gain_usd) - rest * (mi.depreciation_usd - mi.gain_usd),
                gain_usd: 0.0,
                interest_usd: a.interest_usd,
            }
        })
        .collect();
    // What the converting path's mining part deducts, less the share not converted's part of the
    // mining path's deductions: its own miners' (the rest's move with each path's purchases).
    let part = if taxed { model.mining_part_years(&paths.ai, model.s.finance.terminal_value, ai_v.bonus) } else { empty.clone() };
    let pre_deducted: Vec<f64> = (0..years)
        .map(|y| (part[y].depreciation_usd - part[y].gain_usd) - rest * (mining_years[y].depreciation_usd - mining_years[y].gain_usd))
        .collect();
    let mut tax = PathTax {
        mining: Rules { rate, bonus: mining_v.bonus, group: model.s.tax.group_uses_losses },
        ai: Rules { rate, bonus: ai_v.bonus, group: model.s.tax.group_uses_losses },
        taxed,
        year_of,
        closes,
        close_month,
        years,
        ai_fixed,
        pre_deducted,
        ai_npv_fixed: 0.0,
        ai_discount: model.rates.ai.clone(),
    };
    let mining_d: Vec<f64> = mining_years.iter().map(|y| y.depreciation_usd - y.gain_usd).collect();
    let mining_e: Vec<f64> = mining_years.iter().map(|y| y.ebitda_usd).collect();
    let model_ai_tax = tax.ai_tax_pv(share, &mining_e, &mining_d, &pre_e, &model.rates.mining);
    let mining_before_tax: f64 = mining_v.months.iter().enumerate().map(|(m, month)| month.project_cash_usd() * model.rates.mining[m]).sum();
    tax.ai_npv_fixed = base.ai.npv_usd + model_ai_tax - share * pre_base - rest * mining_before_tax;
    tax
}
