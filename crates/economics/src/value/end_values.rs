//! End values: what the site, a leased hall, a mining fleet and GPUs are worth at the window's
//! end or when sold. The site's own value (the same on both paths), the leased building's worth
//! over the years after the contract (renewed or let again at the market rent, less a refit and
//! the downtime), straight-line value, and a fleet's lower of that and its value in use. The
//! paths count them in their last month when the scenario counts the years after the contract.

use crate::context::Model;

impl Model<'_> {
    /// What the site itself is worth at the window's end, $ (either path).
    pub(crate) fn site_value_usd(&self) -> f64 {
        self.s.site.site_value_musd_per_mw * 1e6 * self.s.site.grid_mw
    }

    /// What the leased building is worth at the window's end, $, over the site's own value:
    /// the rent of the years after the contract (`tail` years) at the market rent (the rent
    /// input, escalating from the contract's end), renewed by the tenant with the renewal chance
    /// when one sits in the hall (`tenant`; a GPU cloud's hall emptied of its GPUs has none) or
    /// let again after the downtime, at the lease type's margin, discounted at the
    /// after-contract rate; less the refit the hall needs, and less what holding the site for
    /// those years costs (its value now, against its value at their end). Never below nothing:
    /// an owner to whom letting it again is worth less keeps the site alone.
    pub(crate) fn lease_after_contract_usd(&self, conversion_usd: f64, tenant: bool) -> f64 {
        let l = &self.s.lease;
        let months = crate::inputs::scenario::whole(l.years_after_contract * 12.0, 0, 240);
        let down = crate::inputs::scenario::whole(l.downtime_months, 0, 36);
        let renew = if tenant { l.renewal_pct / 100.0 } else { 0.0 };
        let esc = 1.0 + l.escalator_pct_per_yr / 100.0;
        let noi_per_month = self.it_mw * 1000.0 * l.usd_per_kw_month * self.lease_margin();
        let v = self.rates.after_contract_monthly;
        let (mut rent, mut d) = (0.0, 1.0);
        for k in 0..months {
            d *= v;
            let let_share = if k >= down { 1.0 } else { renew };
            rent += noi_per_month * esc.powi((k / 12) as i32) * let_share * d;
        }
        let site = self.site_value_usd();
        (rent - conversion_usd * l.refit_pct / 100.0 - site * (1.0 - d)).max(0.0)
    }

    /// Straight-line value at month `at` of equipment costing `usd` bought in month `bought`.
    pub(crate) fn straight_line(&self, usd: f64, bought: i64, at: i64, life: i64) -> f64 {
        usd * ((bought + life - at).clamp(0, life) as f64 / life as f64)
    }

    /// What a fleet of `j_per_th` bought in month `bought` is worth in month `end`: no more than
    /// its straight-line value, nor more than the cash it would still earn over its remaining
    /// life (value in use, at the mining rate), so a fleet about to idle fetches little. Beyond
    /// the modelled market (the window's end) the last month's cash is held flat.
    pub(crate) fn fleet_value_at(&self, j_per_th: f64, bought: i64, end: usize) -> f64 {
        let life = self.asic_life as i64;
        let book = self.straight_line(self.fleet_usd, bought, end as i64, life);
        if book == 0.0 {
            return 0.0;
        }
        let d = &self.rates.mining;
        let in_use = if end < self.n {
            let stop = self.n.min((bought + life).max(0) as usize);
            let inside: f64 = (end..stop).map(|m| self.fleet_month(m, j_per_th).ebitda_usd().max(0.0) * d[m]).sum();
            // Life left beyond the window earns the last month's cash, held flat.
            let beyond = (bought + life - self.n as i64).max(0) as usize;
            (inside + self.flat_cash_pv(j_per_th, beyond) * d[self.n - 1]) / d[end]
        } else {
            self.flat_cash_pv(j_per_th, (bought + life - end as i64).max(0) as usize)
        };
        book.min(in_use)
    }

    /// Value, in the window's last month, of `months` more of that month's cash for a fleet of
    /// `j_per_th`, held flat and discounted at the mining rate: a buyer's view of a fleet's life
    /// beyond the modelled market.
    pub(crate) fn flat_cash_pv(&self, j_per_th: f64, months: usize) -> f64 {
        if months == 0 {
            return 0.0;
        }
        let last = self.n - 1;
        let cash = self.fleet_month(last, j_per_th).ebitda_usd().max(0.0);
        let f = if last > 0 { self.rates.mining[last] / self.rates.mining[last - 1] } else { 1.0 };
        // Σ_{k=1..months} f^k, f < 1 for a positive rate (= months at a 0% rate).
        let annuity = if (1.0 - f).abs() < 1e-12 { months as f64 } else { f * (1.0 - f.powi(months as i32)) / (1.0 - f) };
        cash * annuity
    }

    /// Present value of the straight-line value at the window's end of equipment bought in month
    /// `bought`, for a GPU refresh decision (counted when end values are): discounted as the
    /// headline discounts what the AI business holds then, on the after-contract curve
    /// ([`crate::value::rates::Rates::tail_end`]), not the AI rate its contracted cash earns.
    pub(crate) fn residual_pv(&self, usd: f64, bought: usize, life: usize) -> f64 {
        self.straight_line(usd, bought as i64, self.n as i64, life as i64) * self.rates.tail_end
    }
}
