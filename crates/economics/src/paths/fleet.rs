//! The mining fleet: what a fleet earns in a month, running only when it covers its cash costs;
//! when a dark site buys a new generation (backward induction over buy now or wait a year); and
//! the mining path before tax from its fleet's run. What a fleet is worth when sold or at the
//! window's end is in `value/end_values.rs`.

use crate::context::Model;
use crate::inputs::scenario::whole;
use crate::month::Month;
use crate::units::{HOURS_PER_DAY, KW_PER_MW};
use crate::value::tax::Class;
use crate::value::valuation::{End, Held, Pretax};

/// A mining fleet run over months `[0, end)`.
pub(crate) struct FleetRun {
    pub months: Vec<Month>,
    pub on: Vec<bool>,
    /// J/TH of the fleet owned each month, if any (running or idle).
    pub owned: Vec<Option<f64>>,
    /// Straight-line value at `end` of the fleet still alive then, $.
    pub residual_usd: f64,
    /// Every fleet owned in `[0, end)`: the month bought (negative for today's fleet) and the
    /// month it wore out, if it did before `end`. The last one is the fleet alive at `end`, if any.
    pub fleets: Vec<(i64, Option<usize>)>,
}

/// A running fleet's month in pieces, $ (energy in MWh).
pub(crate) struct FleetParts {
    pub mined_usd: f64,
    pub credit_usd: f64,
    pub power_usd: f64,
    pub other_opex_usd: f64,
    pub energy_mwh: f64,
}

impl Model<'_> {
    /// J/TH of a fleet bought in month `m`: today's fleet was the newest generation when it was
    /// bought, and each later generation is better by the ASIC efficiency gain.
    pub(crate) fn generation_j_per_th(&self, m: i64) -> f64 {
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
        let gain = crate::paths::market::monthly_growth(-self.s.network.efficiency_gain_pct_per_yr);
        self.s.mining.fleet_j_per_th * gain.powf((m + age) as f64)
    }

    /// Month `m` with a fleet of `j_per_th` running (before the rule that idles it).
    pub fn fleet_month(&self, m: usize, j_per_th: f64) -> Month {
        let p = self.fleet_parts(m, j_per_th);
        Month {
            revenue_usd: p.mined_usd + p.credit_usd,
            power_usd: p.power_usd,
            other_opex_usd: p.other_opex_usd,
            energy_mwh: p.energy_mwh,
            ..Month::default()
        }
    }

    /// The pieces of a running fleet's month: what is mined scales with hashprice, the rest not.
    pub fn fleet_parts(&self, m: usize, j_per_th: f64) -> FleetParts {
        let s = self.s;
        let days = self.market.days[m];
        let available = s.mining.uptime_pct / 100.0;
        let curtailed = s.mining.curtailed_pct / 100.0;
        let mining_hours = HOURS_PER_DAY * days * available * (1.0 - curtailed);
        let energy_mwh = s.site.grid_mw * mining_hours;
        let hashrate_ph = self.mining_it_w / j_per_th / 1000.0;
        FleetParts {
            mined_usd: hashrate_ph * self.market.hashprice[m] * mining_hours / HOURS_PER_DAY
                * (1.0 - s.mining.pool_fee_pct / 100.0),
            credit_usd: s.site.grid_mw * HOURS_PER_DAY * days * available * curtailed
                * s.mining.curtailment_credit_usd_per_mwh,
            power_usd: energy_mwh * KW_PER_MW * self.market.power[m],
            other_opex_usd: energy_mwh * s.mining.non_power_opex_usd_per_mwh,
            energy_mwh,
        }
    }

    /// The months in `[0, end)` in which a new generation is bought ([`Model::purchases`]). After
    /// tax, over the whole window, the plan is also cut back from its last purchase while that
    /// leaves the owners more after tax: purchases are weighed at the marginal rate, as if every
    /// deduction could be used when it comes, and a site with too little income to use them may
    /// be better off without the last ones. Notes when the end-values switch changes the plan.
    pub(crate) fn fleet_plan(&self, end: usize) -> Vec<usize> {
        if self.s.mining.greenfield {
            return Vec::new();
        }
        let life = self.asic_life as i64;
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
        let worn_out = (life - age).max(0) as usize;
        let tv = self.s.finance.terminal_value;
        let plan = |count_end: bool| {
            let mut plan = self.purchases(worn_out, end, count_end);
            if end >= self.n && self.marginal_tax_rate() > 0.0 && !plan.is_empty() {
                let worth = |plan: &[usize]| self.npv(&self.mining_pretax(self.run_plan(plan, end)), crate::inputs::scenario::Basis::AfterTax, count_end);
                let mut best = (worth(&plan), plan.len());
                for k in (0..plan.len()).rev() {
                    let w = worth(&plan[..k]);
                    if w > best.0 {
                        best = (w, k);
                    }
                }
                plan.truncate(best.1);
            }
            plan
        };
        let chosen = plan(tv);
        if end >= self.n && chosen != plan(!tv) {
            self.switch_sensitive.set(true);
        }
        chosen
    }

    /// The owned fleet over `[0, end)`, buying a new generation in the months of `plan`. It runs
    /// in any month whose revenue covers its cash costs (owned machines are sunk); when it wears
    /// out the site is dark until the next purchase. A site with no miners (greenfield) owns none
    /// and buys none.
    pub(crate) fn run_plan(&self, plan: &[usize], end: usize) -> FleetRun {
        let life = self.asic_life as i64;
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
        let greenfield = self.s.mining.greenfield;
        let plan = if greenfield { &[][..] } else { plan };
        // (J/TH, month bought); today's fleet was bought `age` months before the start.
        let mut fleet = (!greenfield).then_some((self.s.mining.fleet_j_per_th, -age));
        let mut buys = plan.iter().peekable();
        let mut months = Vec::with_capacity(end);
        let mut on = Vec::with_capacity(end);
        let mut owned = Vec::with_capacity(end);
        let mut fleets = if greenfield { Vec::new() } else { vec![(-age, None)] };
        for m in 0..end {
            if let Some((_, bought)) = fleet {
                if m as i64 - bought >= life {
                    fleet = None;
                    if let Some(last) = fleets.last_mut() {
                        last.1 = Some(m);
                    }
                }
            }
            let mut month = Month::default();
            if buys.peek() == Some(&&m) {
                buys.next();
                fleet = Some((self.generation_j_per_th(m as i64), m as i64));
                fleets.push((m as i64, None));
                month.capex_usd = self.fleet_usd;
            }
            let mut running = false;
            if let Some((j, _)) = fleet {
                let run = self.fleet_month(m, j);
                if run.ebitda_usd() >= 0.0 {
                    running = true;
                    month = Month { capex_usd: month.capex_usd, ..run };
                }
            }
            months.push(month);
            on.push(running);
            owned.push(fleet.map(|(j, _)| j));
        }
        let residual_usd = fleet.map_or(0.0, |(j, bought)| self.fleet_value_at(j, bought, end));
        FleetRun { months, on, owned, residual_usd, fleets }
    }

    /// The mining path before tax from its fleet's run over the whole window.
    pub(crate) fn mining_pretax(&self, fleet: FleetRun) -> Pretax {
        let alive = fleet.fleets.len().saturating_sub(1);
        let held: Vec<Held> = fleet
            .fleets
            .iter()
            .enumerate()
            .map(|(i, &(bought, worn_out))| {
                let end = match worn_out {
                    Some(month) => End::Disposed { month, proceeds_usd: 0.0 },
                    None if i == alive => End::Closing { value_usd: fleet.residual_usd },
                    None => End::Kept,
                };
                Held { cost_usd: self.fleet_usd, class: Class::FiveYear, bought, end, share: 1.0, mining: true }
            })
            .collect();
        // The miners' value and the site's own, which is its tax basis. The site is the same
        // asset on either path: its value is discounted alike on both (the miners' at the mining
        // rate), so that neither path gains from the rate alone.
        let end_value_usd = fleet.residual_usd + self.site_value_usd();
        Pretax {
            mining_part: None,
            months: fleet.months,
            held,
            financed_usd: vec![0.0; self.n],
            end_value_usd,
            mining_end_value_usd: fleet.residual_usd,
            site_end_value_usd: self.site_value_usd(),
            hall_leased_from: None,
            advance: None,
            base: Default::default(),
        }
    }

    /// The months in `[dark, end)` at which to buy a new generation, the site being dark from
    /// `dark`: by backward induction over the decision months (the site may buy when it goes
    /// dark, or wait a year and ask again), the plan with the highest value at the mining rate,
    /// so buying never happens when waiting for a better generation is worth more, and a
    /// generation is bought only if it repays. A generation's value is its cash in the months it
    /// would run, less its cost, plus its value at `end` (sold, if `end` is cut-over; at the
    /// window's end only when `count_end` says so).
    pub(crate) fn purchases(&self, dark: usize, end: usize, count_end: bool) -> Vec<usize> {
        let mut memo = vec![None; end + 1];
        self.best_from(dark, end, count_end, None, &mut memo);
        let mut plan = Vec::new();
        let mut m = dark;
        while m < end {
            match memo[m] {
                Some((_, true)) => {
                    plan.push(m);
                    m += self.asic_life;
                }
                _ => m += 12,
            }
        }
        plan
    }

    /// Whether a site dark in month `m` buys now under the best plan, with mined revenue in each
    /// later month `k` scaled by `outlook(k)` (1 on the model's own path; the Monte Carlo asks
    /// with a path's own outlook).
    pub fn buys_now(&self, m: usize, outlook: &dyn Fn(usize) -> f64) -> bool {
        let mut memo = vec![None; self.n + 1];
        self.best_from(m, self.n, self.s.finance.terminal_value, Some(outlook), &mut memo);
        matches!(memo.get(m), Some(Some((_, true))))
    }

    /// Value (at month 0) of the best plan from a dark site in month `m`, and whether it buys now;
    /// `outlook` as for [`Model::generation_value`].
    pub(crate) fn best_from(&self, m: usize, end: usize, count_end: bool, outlook: Option<&dyn Fn(usize) -> f64>, memo: &mut Vec<Option<(f64, bool)>>) -> f64 {
        if m >= end {
            return 0.0;
        }
        if let Some((v, _)) = memo[m] {
            return v;
        }
        let wait = self.best_from(m + 12, end, count_end, outlook, memo);
        let buy = self.generation_value(m, end, count_end, outlook)
            + self.best_from(m + self.asic_life, end, count_end, outlook, memo);
        let best = if buy > wait { (buy, true) } else { (wait, false) };
        memo[m] = Some(best);
        best.0
    }

    /// Value at month 0 of buying a new generation in month `m`, on its own (see
    /// [`Model::purchases`]), with mined revenue scaled by `outlook` (`None`: the model's own
    /// path): after tax at the marginal rate on every basis but the pre-tax one (the cash it
    /// earns less tax, the tax its depreciation and sale save or cost).
    pub(crate) fn generation_value(&self, m: usize, end: usize, count_end: bool, outlook: Option<&dyn Fn(usize) -> f64>) -> f64 {
        let d = &self.rates.mining;
        let j_per_th = self.generation_j_per_th(m as i64);
        let stop = end.min(m + self.asic_life);
        let earn = || -> f64 {
            (m..stop)
                .map(|k| {
                    let p = self.fleet_parts(k, j_per_th);
                    let scale = outlook.map_or(1.0, |o| o(k));
                    (p.mined_usd * scale + p.credit_usd - p.power_usd - p.other_opex_usd).max(0.0) * d[k]
                })
                .sum()
        };
        // On the model's own path a generation earns the same whichever end values count: the
        // plan for each setting shares it.
        let cash = match (outlook, end == self.n) {
            (None, true) => *self.generation_cash.borrow_mut().entry(m).or_insert_with(earn),
            _ => earn(),
        };
        let sold = end < self.n || count_end;
        let value_at_end = if sold { self.fleet_value_at(j_per_th, m as i64, end) } else { 0.0 };
        let residual = value_at_end * d[end.min(self.n - 1)];
        let sale = if m + self.asic_life < end {
            Some((m + self.asic_life, 0.0))
        } else if sold {
            Some((end.min(self.n - 1), value_at_end))
        } else {
            None
        };
        let t = self.marginal_tax_rate();
        let tax = self.equipment_tax_pv(self.fleet_usd, m, sale, d);
        cash * (1.0 - t) + tax + residual - self.fleet_usd * d[m]
    }

    /// The month today's fleet wears out (0 if it already has), and months an ASIC lasts.
    pub fn fleet_schedule(&self) -> (usize, usize) {
        let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120);
        (self.asic_life.saturating_sub(age), self.asic_life)
    }

    /// J/TH of a fleet bought in month `m` (see [`Model::generation_j_per_th`]), and what it costs.
    pub fn generation(&self, m: usize) -> (f64, f64) {
        (self.generation_j_per_th(m as i64), self.fleet_usd)
    }
}
