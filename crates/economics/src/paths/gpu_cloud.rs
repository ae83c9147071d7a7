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
    /// ramp month), each tranche replaced when it wears out, a generation at a time, as
    /// [`Model::gpu_plan`] chooses. Adds the tranches (and a refit) to `held` and the first
    /// generation to the cost a loan may fund; returns the straight-line value of the GPUs alive
    /// at the end of the window, and the month the lease starts, if it does.
    pub(crate) fn gpu_business(&self, months: &mut [Month], held: &mut Vec<Held>, financed_usd: &mut [f64]) -> (f64, Option<usize>) {
        let s = self.s;
        let n = self.n;
        let life = whole(s.gpu.life_years * 12.0, 1, 120);
        let tranches = self.s.ramp_months().max(1);
        let fleet_usd = self.it_mw * s.gpu.gpus_per_mw_it * s.gpu.capex_usd_per_gpu;
        let tranche_usd = fleet_usd / tranches as f64;
        let refit_usd = self.it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6 * s.lease.refit_pct / 100.0;
        let tv = s.finance.terminal_value;
        let (bought, leased_from) = self.gpu_plan(life, tranches, fleet_usd, refit_usd, tv);
        let (other, other_lease) = self.gpu_plan(life, tranches, fleet_usd, refit_usd, !tv);
        if other != bought || other_lease != leased_from {
            self.switch_sensitive.set(true);
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

    /// Which generations of GPUs are bought (the first always), and the month the hall is leased
    /// from, if it is. When a generation wears out the owners take the best of three, each
    /// valued as the headline values it (with end values when `count_end`): buy the next, worth
    /// what it earns over its life or the rest of the window, its value at the window's end, and
    /// the best choice when it too wears out; lease the hall to a tenant once the last tranche
    /// is retired and the re-letting downtime has passed (at the lease inputs' rent, after a
    /// refit), with the chance that tenant renews after the window; or leave it idle. Worked
    /// backwards from the last generation the window holds, so a generation is never bought
    /// for a few months' use when the next choice makes that a loss.
    pub(crate) fn gpu_plan(&self, life: usize, tranches: usize, fleet_usd: f64, refit_usd: f64, count_end: bool) -> (Vec<bool>, Option<usize>) {
        let n = self.n;
        let d = &self.rates.ai;
        let downtime = whole(self.s.lease.downtime_months, 0, 36);
        // Generation g is bought from month cutover + g × life; those after the first, in order.
        let starts: Vec<usize> = (1..).map(|g| self.cutover + g * life).take_while(|&at| at < n).collect();
        // A tenant who may renew after the window, against a hall re-let after it with none.
        let tenant_end = if count_end {
            let conversion_usd = self.it_mw * self.s.ai.conversion_capex_musd_per_mw_it * 1e6;
            (self.lease_after_contract_usd(conversion_usd, true) - self.lease_after_contract_usd(conversion_usd, false)) * self.rates.tail_end
        } else {
            0.0
        };
        // Backwards: each generation's best choice and its value in the month it starts.
        let mut choices = vec![Choice::Idle; starts.len()];
        let mut next_value = 0.0;
        for (k, &at) in starts.iter().enumerate().rev() {
            let later = starts.get(k + 1).map_or(0.0, |&next| next_value * d[next] / d[at]);
            let refresh = self.gpu_refresh_value(at, life, fleet_usd, count_end) + later;
            let from = at + tranches - 1 + downtime;
            let lease = if from < n { self.hall_lease_value(at, from, refit_usd) + tenant_end / d[at] } else { f64::NEG_INFINITY };
            (choices[k], next_value) = if lease > refresh.max(0.0) {
                (Choice::Lease(from), lease)
            } else if refresh >= 0.0 {
                (Choice::Refresh, refresh)
            } else {
                (Choice::Idle, 0.0)
            };
        }
        // Forwards from the first generation, until one is not bought.
        let mut bought = vec![true];
        for choice in choices {
            match choice {
                Choice::Refresh => bought.push(true),
                Choice::Lease(from) => {
                    bought.push(false);
                    return (bought, Some(from));
                }
                Choice::Idle => {
                    bought.push(false);
                    return (bought, None);
                }
            }
        }
        (bought, None)
    }

    /// What buying a full GPU fleet in month `at` is worth then, net of its cost: its cash over
    /// its life or the rest of the window, with its straight-line value at the end when
    /// `count_end`, at the AI discount rate, after tax at the marginal rate (none on the pre-tax
    /// basis; retired at the end of its life in the window, else sold at the window's end when
    /// end values count).
    pub(crate) fn gpu_refresh_value(&self, at: usize, life: usize, fleet_usd: f64, count_end: bool) -> f64 {
        let d = &self.rates.ai;
        let stop = self.n.min(at + life);
        let cash: f64 = (at..stop).map(|m| self.ai_month(m, 1.0).ebitda_usd() * d[m]).sum::<f64>()
            + self.prepaid_shift(at..stop, |m| self.ai_month(m, 1.0).revenue_usd);
        let t = self.marginal_tax_rate();
        let retired = (at + life < self.n).then_some((at + life, 0.0));
        if count_end {
            let residual_usd = self.straight_line(fleet_usd, at as i64, self.n as i64, life as i64);
            let residual = self.residual_pv(fleet_usd, at, life);
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
        let cash: f64 = (from..self.n).map(|m| self.lease_month(m, from, 1.0).ebitda_usd() * d[m]).sum::<f64>()
            + self.prepaid_shift(from..self.n, |m| self.lease_month(m, from, 1.0).revenue_usd);
        let refit = refit_usd * d[from] - self.equipment_tax_pv(refit_usd, from, None, d);
        (cash * (1.0 - t) - refit) / d[at]
    }

    /// What a prepayment moves of the revenue `revenue(m)` earned over `months`, valued at the AI
    /// rate before tax: the customer pays its share of what the contract books when the
    /// conversion starts and that much less month by month ([`Model::conversion`]), so a
    /// generation bought, or a hall let, inside the contract adds to the advance too.
    fn prepaid_shift(&self, months: std::ops::Range<usize>, revenue: impl Fn(usize) -> f64) -> f64 {
        let prepaid = self.s.ai.prepaid_pct / 100.0;
        if prepaid == 0.0 {
            return 0.0;
        }
        let (d, t) = (&self.rates.ai, &self.tenancy);
        let start = self.s.conversion_start().min(self.n - 1);
        months.filter(|&m| t.occupied(m) > 0.0).map(|m| prepaid * revenue(m) * (d[start] / t.occupied(m) - d[m])).sum()
    }
}

/// What the owners do when a generation of GPUs wears out.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Choice {
    Refresh,
    /// The hall leased from this month.
    Lease(usize),
    Idle,
}
