//! The converted site: mining (or the miners' sale) until cut-over, conversion capex, then the
//! AI business (a lease, or a GPU cloud: its purchases and refreshes in `paths/gpu_cloud.rs`),
//! paid for by whoever holds the capacity (`paths/tenancy.rs`), and the converted site's end
//! value (worked out in `value/end_values.rs`).
//! Revenue per kWh of capacity is in `report/per_kwh.rs`.

use crate::context::Model;
use crate::inputs::scenario::{whole, AiMode};
use crate::month::Month;
use crate::paths::fleet::FleetRun;
use crate::units::{HOURS_PER_DAY, KW_PER_MW};
use crate::value::tax::Class;
use crate::value::valuation::{End, Held, Pretax};

impl Model<'_> {
    /// The AI business in month `m` with `capacity` (0–1) of the converted site in service.
    pub(crate) fn ai_month(&self, m: usize, capacity: f64) -> Month {
        match self.s.mode {
            AiMode::Lease => self.lease_month(m, self.cutover, capacity),
            AiMode::GpuCloud => {
                let (s, g) = (self.s, &self.s.gpu);
                let live = capacity * self.tenancy.occupied(m);
                let hours = HOURS_PER_DAY * self.market.days[m];
                let revenue = self.it_mw * g.gpus_per_mw_it * hours * (g.utilisation_pct / 100.0)
                    * self.market.gpu_price[m] * live;
                let drawn_mwh = s.site.grid_mw * (s.ai.load_pct / 100.0) * hours * live;
                Month {
                    revenue_usd: revenue,
                    power_usd: drawn_mwh * KW_PER_MW * (self.market.power[m] + s.ai.firm_power_premium_usd_per_kwh),
                    other_opex_usd: revenue * g.other_opex_pct_of_revenue / 100.0,
                    energy_mwh: drawn_mwh,
                    ..Month::default()
                }
            }
        }
    }

    /// The hall leased in month `m` under a lease that began in month `from`, with `capacity`
    /// (0–1) in service: the contract's rent, escalating each year of the lease, for the share
    /// still under it, and the market rent (the rent input, not escalated) for space let again
    /// after an early exit. The tenant pays its power under either kind of lease; the landlord
    /// keeps the lease type's NOI margin of the rent.
    pub(crate) fn lease_month(&self, m: usize, from: usize, capacity: f64) -> Month {
        let s = self.s;
        let t = &self.tenancy;
        let contract = self.lease_booked_usd(m, from, capacity);
        let rent = contract * t.contracted(m) + self.lease_booked_usd(m, m, capacity) * t.relet[m];
        let drawn_mwh = s.site.grid_mw * (s.ai.load_pct / 100.0) * HOURS_PER_DAY * self.market.days[m] * capacity * t.occupied(m);
        Month { revenue_usd: rent, other_opex_usd: rent * (1.0 - self.lease_margin()), energy_mwh: drawn_mwh, ..Month::default() }
    }

    /// The rent of month `m` under a lease that began in month `from`, with `capacity` (0–1) in
    /// service and every customer paying: what the contract books.
    pub(crate) fn lease_booked_usd(&self, m: usize, from: usize, capacity: f64) -> f64 {
        let s = self.s;
        let escalator = self.escalator[m.saturating_sub(from) / 12];
        // Rent is quoted per month; scale by days so a month's rent matches its energy.
        self.it_mw * KW_PER_MW * s.lease.usd_per_kw_month * escalator * capacity * (self.market.days[m] * 12.0 / 365.0)
    }

    /// The share of rent the landlord keeps: the triple-net margin, or the modified-gross one.
    pub(crate) fn lease_margin(&self) -> f64 {
        let l = &self.s.lease;
        if l.triple_net { l.noi_margin_triple_net_pct / 100.0 } else { l.noi_margin_pct / 100.0 }
    }

    /// Ramp share in month `m` for a lease: linear over the ramp months from cut-over.
    pub(crate) fn lease_capacity(&self, m: usize) -> f64 {
        match self.s.ramp_months() {
            0 => 1.0,
            r => ((m - self.cutover + 1) as f64 / r as f64).min(1.0),
        }
    }

    /// The fleet of the converted site until it stops mining: until the conversion starts it is
    /// run exactly as on the mining path (`mining_plan`, that path's purchases); then it mines
    /// on with what it owns until cut-over (buying a generation only if it repays by the sale
    /// there), or is sold at once when the miners do not run until cut-over.
    pub(crate) fn converting_fleet(&self, mining_plan: &[usize]) -> FleetRun {
        let start = self.s.conversion_start();
        let mut plan: Vec<usize> = mining_plan.iter().copied().filter(|&m| m < start).collect();
        let end = if self.s.ai.mine_until_cutover { self.cutover } else { start };
        if self.s.ai.mine_until_cutover && !self.s.mining.greenfield {
            // Dark from when the fleet it owns at the start of the conversion wears out.
            let age = whole(self.s.mining.fleet_age_years * 12.0, 0, 120) as i64;
            let bought = plan.last().map_or(-age, |&m| m as i64);
            let dark = (bought + self.asic_life as i64).max(start as i64) as usize;
            plan.extend(self.purchases(dark, end, self.s.finance.terminal_value));
        }
        self.run_plan(&plan, end)
    }

    /// The whole site converted, before tax: mining (or the ASIC sale) until cut-over,
    /// conversion capex, then the AI business to the end of the window; with what it holds for
    /// tax, the cost a loan may fund and its end value (the building let again after the
    /// contract, and a GPU cloud's GPUs still in use).
    pub(crate) fn ai_path(&self, mining_plan: &[usize]) -> Pretax {
        let s = self.s;
        let n = self.n;
        let mut months = vec![Month::default(); n];
        let mut held = Vec::new();
        // Before cut-over: the miners run on and are sold at cut-over, or are sold when the
        // conversion starts, for the lower of book value and value in use (`fleet_value_at`).
        let run = self.converting_fleet(mining_plan);
        let sold_at = run.months.len().min(n - 1);
        for (m, month) in run.months.into_iter().enumerate() {
            months[m] = month;
        }
        months[sold_at].capex_usd -= run.residual_usd;
        let alive = run.fleets.len().saturating_sub(1);
        for (i, (bought, worn_out)) in run.fleets.into_iter().enumerate() {
            let end = match worn_out {
                Some(month) => End::Disposed { month, proceeds_usd: 0.0 },
                None if i == alive => End::Disposed { month: sold_at, proceeds_usd: run.residual_usd },
                None => End::Kept,
            };
            held.push(Held { cost_usd: self.fleet_usd, class: Class::FiveYear, bought, end, share: 1.0, mining: true });
        }
        let mining = months.clone();
        // Conversion capex, spread evenly over the conversion months (all in its first month if
        // none), in service from cut-over.
        let conversion_usd = self.it_mw * s.ai.conversion_capex_musd_per_mw_it * 1e6;
        let start = s.conversion_start();
        let spread = (self.cutover - start).max(1);
        let mut financed_usd = vec![0.0; n];
        for (month, financed) in months.iter_mut().zip(financed_usd.iter_mut()).skip(start).take(spread) {
            month.capex_usd += conversion_usd / spread as f64;
            *financed += conversion_usd / spread as f64;
        }
        let in_service = self.cutover.min(n - 1) as i64;
        let site_usd = self.site_value_usd();
        let mut hall_leased_from = None;
        let mut booked = 0.0;
        let (end_value_usd, building_usd) = match s.mode {
            AiMode::Lease => {
                for m in self.cutover..n {
                    let capacity = self.lease_capacity(m);
                    booked += self.lease_booked_usd(m, self.cutover, capacity);
                    months[m] = months[m].plus(&self.ai_month(m, capacity));
                }
                // The broker's commission on the rent the contract books, paid at signing and
                // amortised for tax over the lease.
                let commission = booked * s.lease.commission_pct / 100.0;
                months[start].capex_usd += commission;
                financed_usd[start] += commission;
                held.push(Held { cost_usd: commission, class: Class::Amortised((n - self.cutover) as u32), bought: in_service, end: End::Kept, share: 1.0, mining: false });
                let building = self.lease_after_contract_usd(conversion_usd, true);
                (site_usd + building, building)
            }
            AiMode::GpuCloud => {
                let (residual, leased) = self.gpu_business(&mut months, &mut held, &mut financed_usd);
                hall_leased_from = leased;
                // Every customer pays the same price: what they pay over the share paying is
                // what the contract books.
                let t = &self.tenancy;
                booked = (self.cutover..n).filter(|&m| t.occupied(m) > 0.0).map(|m| months[m].revenue_usd / t.occupied(m)).sum();
                // After the window the hall is let as a lease's building is: renewed by the
                // tenant leasing it already, if one does; else, its last GPUs sold (the residual)
                // or the hall idle, let again after the downtime, with no tenant to renew.
                let building = self.lease_after_contract_usd(conversion_usd, leased.is_some());
                (residual + site_usd + building, building)
            }
        };
        // What the customer pays in advance, at signing, and no longer month by month; and the
        // warrants given for the deal, a cost to the owners (not cash, so not borrowed against),
        // amortised for tax over the contract like a commission.
        let term = (n - self.cutover) as u32;
        let prepaid = s.ai.prepaid_pct / 100.0;
        let mut advance = None;
        if prepaid > 0.0 {
            for month in &mut months[self.cutover..] {
                month.revenue_usd -= month.revenue_usd * prepaid;
            }
            months[start].revenue_usd += booked * prepaid;
            advance = Some((start, booked * prepaid));
        }
        let warrants = s.ai.warrants_musd * 1e6;
        if warrants > 0.0 {
            months[start].capex_usd += warrants;
            held.push(Held { cost_usd: warrants, class: Class::Amortised(term), bought: in_service, end: End::Kept, share: 1.0, mining: false });
        }
        // The building and its fitted plant, sold with the business at the window's end for what
        // the years after the contract are worth (carried on the building; a C-corporation's
        // gain is taxed at one rate whatever the class; the site's value is its own basis, so
        // selling it is no gain), or, when nothing is sold, given up for nothing: what is left of
        // their cost is then deducted.
        for (k, (class, part)) in self.conversion_classes().into_iter().enumerate() {
            let end = End::Closing { value_usd: if k == 2 { building_usd } else { 0.0 } };
            held.push(Held { cost_usd: conversion_usd * part, class, bought: in_service, end, share: 1.0, mining: false });
        }
        Pretax {
            months,
            mining_part: Some(mining),
            held,
            financed_usd,
            end_value_usd,
            mining_end_value_usd: 0.0,
            site_end_value_usd: site_usd,
            hall_leased_from,
            advance,
            base: Default::default(),
        }
    }
}
