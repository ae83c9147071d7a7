//! End values: what the site, a leased hall, a mining fleet and GPUs are worth at the window's
//! end or when sold. The site's own value (the same on both paths), the lease's exit value
//! (the last year's NOI capitalised, less the refit and the re-letting), straight-line value,
//! and a fleet's lower of that and its value in use. The paths count them in their last month
//! only when the scenario says so.

use crate::context::Model;
use crate::month::Month;

impl Model<'_> {
    /// What the site itself is worth at the window's end, $ (either path).
    pub(crate) fn site_value_usd(&self) -> f64 {
        self.s.site.site_value_musd_per_mw * 1e6 * self.s.site.grid_mw
    }

    /// What a buyer pays for the leased hall at the window's end, $: the last twelve months' NOI
    /// capitalised at the exit cap rate, less the refit it needs, less the rent lost re-letting
    /// it when the tenant does not renew (weighted by the chance it does not).
    pub(crate) fn lease_exit_usd(&self, months: &[Month], conversion_usd: f64) -> f64 {
        let l = &self.s.lease;
        let n = months.len();
        let noi: f64 = months[n - 12..].iter().map(Month::ebitda_usd).sum::<f64>().max(0.0);
        let capitalised = noi / (l.exit_cap_rate_pct / 100.0);
        capitalised - conversion_usd * l.refit_pct / 100.0 - (1.0 - l.renewal_pct / 100.0) * noi * l.downtime_months / 12.0
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

    /// Present value of the straight-line value at `end` of equipment bought in month `bought`,
    /// for a GPU refresh decision (counted when end values are).
    pub(crate) fn residual_pv(&self, usd: f64, bought: usize, end: usize, life: usize, d: &[f64]) -> f64 {
        self.straight_line(usd, bought as i64, end as i64, life as i64) * d[end.min(self.n - 1)]
    }
}
