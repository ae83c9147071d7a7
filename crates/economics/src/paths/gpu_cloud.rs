//! The GPU cloud a converted site may run: its GPUs bought in tranches as capacity ramps and
//! replaced a generation at a time, and when a generation wears out the owners' choice between
//! new GPUs (only if they repay), leasing the hall to a tenant, or an idle hall.

use crate::context::Model;
use crate::inputs::scenario::whole;
use crate::month::Month;
use crate::value::tax::Class;
use crate::value::valuation::{End, Held};

impl Model<'_> {
    /// The GPU cloud from cut-over: the fleet is bought in tranches as capacity ramps (one per
    /// ramp month), each tranche replaced when it wears out, a generation at a time. When a
    /// generation wears out the owners take the best of three: buy the next (if it repays its
    /// cost over the rest of the window, residual value included), lease the hall to a tenant
    /// once the last tranche is retired and the re-letting downtime has passed (at the lease
    /// inputs' rent, after a refit), or leave it idle. Adds the tranches (and a refit) to `held`
    /// and the first generation to the cost a loan may fund; returns the straight-line value of
    /// the GPUs alive at the end of the window, and the month the lease starts, if it does.
    pub(crate) fn gpu_business(&self, months: &mut [Month], held: &mut Vec<Held>, financed_usd: &mut [f64]) -> (f64, Option<usize>) {
        let s = self.s;
        let n = self.n;
        let life = whole(s.gpu.life_years * 12.0, 1, 120);
        let tranches = self.s.ramp_months().max(1);
        let fleet_usd = self.it_mw * s.gpu.gpus_per_mw_it * s.gpu.capex_usd_per_gpu;
        let tranche_usd = fleet_usd / tranches as f64;
        let refit_usd = self.it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6 * s.lease.refit_pct / 100.0;
        let downtime = whole(s.lease.downtime_months, 0, 36);
        // Generation g is bought from month cutover + g × life.
        let mut bought = vec![true];
        let mut leased_from = None;
        while self.cutover + bought.len() * life < n && bought[bought.len() - 1] {
            let at = self.cutover + bought.len() * life;
            let from = at + tranches - 1 + downtime;
            let choose = |count_end: bool| {
                let refresh = self.gpu_refresh_value(at, life, fleet_usd, count_end);
                let lease = if from < n { self.hall_lease_value(at, from, refit_usd) } else { f64::NEG_INFINITY };
                if lease > refresh.max(0.0) { Some(false) } else { (refresh >= 0.0).then_some(true) }
            };
            let tv = s.finance.terminal_value;
            let choice = choose(tv);
            if choice != choose(!tv) {
                self.switch_sensitive.set(true);
            }
            match choice {
                Some(true) => bought.push(true),
                Some(false) => {
                    leased_from = Some(from);
                    bought.push(false);
                }
                None => bought.push(false),
            }
        }
        let mut residual = 0.0;
        for m in self.cutover..n {
            if let Some(from) = leased_from.filter(|&from| m >= from) {
                let mut business = self.lease_month(m, from, 1.0);
                if m == from {
                    business.capex_usd = refit_usd;
                    held.push(Held { cost_usd: refit_usd, class: Class::FiveYear, bought: m as i64, end: End::Closing { value_usd: 0.0 }, share: 1.0, mining: false });
                }
                months[m] = months[m].plus(&business);
                continue;
            }
            let (mut alive, mut buying) = (0usize, 0usize);
            for k in 0..tranches.min(m - self.cutover + 1) {
                let age = m - self.cutover - k;
                if bought.get(age / life).copied().unwrap_or(false) {
                    alive += 1;
                    if age.is_multiple_of(life) {
                        buying += 1;
                        let value_usd = self.straight_line(tranche_usd, m as i64, n as i64, life as i64);
                        let end = if m + life < n {
                            End::Disposed { month: m + life, proceeds_usd: 0.0 }
                        } else {
                            End::Closing { value_usd }
                        };
                        held.push(Held { cost_usd: tranche_usd, class: Class::FiveYear, bought: m as i64, end, share: 1.0, mining: false });
                        if age < life {
                            financed_usd[m] += tranche_usd;
                        }
                    }
                    if m == n - 1 {
                        let purchased = (m - age % life) as i64;
                        residual += self.straight_line(tranche_usd, purchased, n as i64, life as i64);
                    }
                }
            }
            let mut business = self.ai_month(m, alive as f64 / tranches as f64);
            business.capex_usd = tranche_usd * buying as f64;
            months[m] = months[m].plus(&business);
        }
        (residual, leased_from)
    }

    /// What buying a full GPU fleet in month `at` is worth then, net of its cost: its cash over
    /// its life or the rest of the window, with its straight-line value at the end when
    /// `count_end`, at the AI discount rate, after tax at the marginal rate (none on the pre-tax
    /// basis; retired at the end of its life in the window, else sold at the window's end when
    /// end values count).
    pub(crate) fn gpu_refresh_value(&self, at: usize, life: usize, fleet_usd: f64, count_end: bool) -> f64 {
        let d = &self.rates.ai;
        let stop = self.n.min(at + life);
        let cash: f64 = (at..stop).map(|m| self.ai_month(m, 1.0).ebitda_usd() * d[m]).sum();
        let t = self.marginal_tax_rate();
        let retired = (at + life < self.n).then_some((at + life, 0.0));
        if count_end {
            let residual_usd = self.straight_line(fleet_usd, at as i64, self.n as i64, life as i64);
            let residual = self.residual_pv(fleet_usd, at, self.n, life, d);
            let tax = self.equipment_tax_pv(fleet_usd, at, retired.or(Some((self.n - 1, residual_usd))), d);
            (cash * (1.0 - t) + tax + residual) / d[at] - fleet_usd
        } else {
            let tax = self.equipment_tax_pv(fleet_usd, at, retired, d);
            (cash * (1.0 - t) + tax) / d[at] - fleet_usd
        }
    }

    /// What leasing the hall from month `from` to the window's end is worth in month `at`: the
    /// lease's NOI after tax at the marginal rate, less a refit bought when the lease starts
    /// (5-year equipment), at the AI discount rate.
    pub(crate) fn hall_lease_value(&self, at: usize, from: usize, refit_usd: f64) -> f64 {
        let d = &self.rates.ai;
        let t = self.marginal_tax_rate();
        let cash: f64 = (from..self.n).map(|m| self.lease_month(m, from, 1.0).ebitda_usd() * d[m]).sum();
        let refit = refit_usd * d[from] - self.equipment_tax_pv(refit_usd, from, None, d);
        (cash * (1.0 - t) - refit) / d[at]
    }
}
