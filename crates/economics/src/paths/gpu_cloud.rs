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
    /// [`Model::gpu_plans`] chooses. Adds the tranches (and a refit) to `held` and the first
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
        let [without_end, with_end] = self.gpu_plans(life, tranches, fleet_usd, refit_usd);
        if without_end != with_end {
            self.switch_sensitive.set(true);
        }
        let (bought, leased_from) = if s.finance.terminal_value { with_end } else { without_end };
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
    /// from, if it is: valued with the contract years only, then with end values. When a
    /// generation wears out the owners take the best of three, each valued close to how the
    /// headline values it (methodology section 5 says where it differs): buy the next, worth what it earns over its life or the rest of the window,
    /// its value at the window's end, and the best choice when it too wears out; lease the hall
    /// to a tenant once the last tranche is retired and the re-letting downtime has passed (at
    /// the lease inputs' rent, after a refit), with the chance that tenant renews after the
    /// window; or leave it idle. Worked backwards from the last generation the window holds, so
    /// a generation is never bought for a few months' use when the next choice makes that a
    /// loss.
    pub(crate) fn gpu_plans(&self, life: usize, tranches: usize, fleet_usd: f64, refit_usd: f64) -> [(Vec<bool>, Option<usize>); 2] {
        let n = self.n;
        let d = &self.rates.ai;
        let downtime = whole(self.s.lease.downtime_months, 0, 36);
        // Generation g is bought from month cutover + g × life; those after the first, in order.
        let starts: Vec<usize> = (1..).map(|g| self.cutover + g * life).take_while(|&at| at < n).collect();
        // With end values, a tenant who may renew after the window, against a hall re-let after
        // it with none; the building is sold with the business then, so that worth is a gain,
        // taxed.
        let conversion_usd = self.it_mw * self.s.ai.conversion_capex_musd_per_mw_it * 1e6;
        let tenant_usd = self.lease_after_contract_usd(conversion_usd, true) - self.lease_after_contract_usd(conversion_usd, false);
        let tenant_end = [0.0, tenant_usd * (self.rates.tail_end - self.marginal_tax_rate() * d[n - 1])];
        // Backwards: each generation's best choice and its value in the month it starts.
        let mut choices = [vec![Choice::Idle; starts.len()], vec![Choice::Idle; starts.len()]];
        let mut next_value = [0.0; 2];
        for (k, &at) in starts.iter().enumerate().rev() {
            let refresh = self.gpu_refresh_values(at, life, fleet_usd);
            let from = at + tranches - 1 + downtime;
            let lease = (from < n).then(|| self.hall_lease_value(at, from, refit_usd));
            for end in 0..2 {
                let later = starts.get(k + 1).map_or(0.0, |&next| next_value[end] * d[next] / d[at]);
                let refresh = refresh[end] + later;
                let lease = lease.map_or(f64::NEG_INFINITY, |v| v + tenant_end[end] / d[at]);
                (choices[end][k], next_value[end]) = if lease > refresh.max(0.0) {
                    (Choice::Lease(from), lease)
                } else if refresh >= 0.0 {
                    (Choice::Refresh, refresh)
                } else {
                    (Choice::Idle, 0.0)
                };
            }
        }
        // Forwards from the first generation, until one is not bought.
        choices.map(|choices| {
            let mut bought = vec![true];
            for choice in choices {
                bought.push(choice == Choice::Refresh);
                match choice {
                    Choice::Refresh => {}
                    Choice::Lease(from) => return (bought, Some(from)),
                    Choice::Idle => return (bought, None),
                }
            }
            (bought, None)
        })
    }

    /// What buying a full GPU fleet in month `at` is worth then, net of its cost, with the
    /// contract years only and with end values: its cash over its life or the rest of the
    /// window at the AI discount rate, after tax at the marginal rate (none on the pre-tax
    /// basis; retired at the end of its life in the window, else sold at the window's end: with
    /// end values for its straight-line value, discounted as the headline discounts it; with the
    /// contract years only for nothing, what is left of its cost deducted then).
    pub(crate) fn gpu_refresh_values(&self, at: usize, life: usize, fleet_usd: f64) -> [f64; 2] {
        let d = &self.rates.ai;
        let stop = self.n.min(at + life);
        let cash: f64 = (at..stop).map(|m| {
            let month = self.ai_month(m, 1.0);
            month.ebitda_usd() * d[m] + self.prepaid_shift(m, month.revenue_usd)
        }).sum();
        let t = self.marginal_tax_rate();
        let retired = (at + life < self.n).then_some((at + life, 0.0));
        let given_up = self.equipment_tax_pv(fleet_usd, at, retired.or(Some((self.n - 1, 0.0))), d);
        let without_end = (cash * (1.0 - t) + given_up) / d[at] - fleet_usd;
        let residual_usd = self.straight_line(fleet_usd, at as i64, self.n as i64, life as i64);
        let tax = self.equipment_tax_pv(fleet_usd, at, retired.or(Some((self.n - 1, residual_usd))), d);
        let with_end = (cash * (1.0 - t) + tax + self.residual_pv(fleet_usd, at, life)) / d[at] - fleet_usd;
        [without_end, with_end]
    }

    /// What leasing the hall from month `from` to the window's end is worth in month `at`: the
    /// lease's NOI after tax at the marginal rate, less a refit bought when the lease starts
    /// (5-year equipment, given up at the window's end, what is left of its cost deducted then),
    /// at the AI discount rate.
    pub(crate) fn hall_lease_value(&self, at: usize, from: usize, refit_usd: f64) -> f64 {
        let d = &self.rates.ai;
        let t = self.marginal_tax_rate();
        let cash: f64 = (from..self.n).map(|m| {
            let month = self.lease_month(m, from, 1.0);
            month.ebitda_usd() * d[m] + self.prepaid_shift(m, month.revenue_usd)
        }).sum();
        let refit = refit_usd * d[from] - self.equipment_tax_pv(refit_usd, from, Some((self.n - 1, 0.0)), d);
        (cash * (1.0 - t) - refit) / d[at]
    }

    /// What a prepayment moves of `revenue_usd` earned in month `m`, valued at the AI rate before
    /// tax: the customer pays its share of what the contract books when the conversion starts and
    /// that much less month by month ([`Model::ai_path`]), so a generation bought, or a hall let,
    /// inside the contract adds to the advance too.
    fn prepaid_shift(&self, m: usize, revenue_usd: f64) -> f64 {
        let prepaid = self.s.ai.prepaid_pct / 100.0;
        let occupied = self.tenancy.occupied(m);
        if prepaid == 0.0 || occupied <= 0.0 {
            return 0.0;
        }
        let d = &self.rates.ai;
        let start = self.s.conversion_start().min(self.n - 1);
        prepaid * revenue_usd * (d[start] / occupied - d[m])
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
