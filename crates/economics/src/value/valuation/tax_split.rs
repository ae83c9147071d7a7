//! Which part of a path's tax is discounted at which rate. One taxpayer owns the whole site, but
//! its cash carries different risks: on the converting path the tax of the mining part (the
//! miners until cut-over and the share not converted) is what that part would pay taxed alone,
//! discounted at the mining rate; the rest of the path's tax, what the AI business adds to it (or
//! saves, where its losses shelter the miners' income), at the AI rate. The mining path's tax is
//! all at the mining rate. Taxed "with and without" this way, dearer power never makes a path
//! worth more, nor a dearer lease less.

use super::{Held, Pretax};
use crate::context::Model;
use crate::value::tax::{taxes, Rules, YearIncome};

impl Model<'_> {
    /// The mining part's tax month by month, taxed alone with `bonus` on what it places in
    /// service (and its miners sold or given up at the window's end as the path's are), on the
    /// converting path; `None` on the mining path, all of whose tax is the mining part's.
    pub(crate) fn mining_tax(&self, p: &Pretax, count_end: bool, bonus: f64) -> Option<std::rc::Rc<Vec<f64>>> {
        let base = self.base(p);
        let ebitda = base.mining_ebitda.as_ref()?;
        let key = (count_end, bonus);
        if let Some((_, tax)) = base.mining_tax.borrow().iter().find(|(k, _)| *k == key) {
            return Some(tax.clone());
        }
        let ledger = self.ledger_of(ebitda.clone(), p.held.iter().filter(|h: &&Held| h.mining), count_end, bonus);
        let mut tax = vec![0.0; self.n];
        for (close, y) in ledger.closes().iter().zip(taxes(&Rules { bonus, ..self.tax_rules() }, &ledger.years)) {
            tax[*close] += y.tax_usd;
        }
        let tax = std::rc::Rc::new(tax);
        base.mining_tax.borrow_mut().push((key, tax.clone()));
        Some(tax)
    }

    /// Present value of a path's tax paid month by month (`tax`): the mining part's at the
    /// mining rate, the rest at the AI rate.
    pub(crate) fn tax_pv(&self, p: &Pretax, tax: &[f64], count_end: bool, bonus: f64) -> f64 {
        let r = &self.rates;
        match self.mining_tax(p, count_end, bonus) {
            None => tax.iter().zip(&r.mining).map(|(t, d)| t * d).sum(),
            Some(mining) => (0..self.n).filter(|&m| tax[m] != 0.0 || mining[m] != 0.0).map(|m| mining[m] * r.mining[m] + (tax[m] - mining[m]) * r.ai[m]).sum(),
        }
    }

    /// The converting path's mining part taxed alone, its income by tax year (with the bonus the
    /// path elected and, for its miners at the window's end, the path's end-values choice): what
    /// the Monte Carlo holds fixed of it while the hashprice moves its cash.
    pub(crate) fn mining_part_years(&self, p: &Pretax, count_end: bool, bonus: f64) -> Vec<YearIncome> {
        let ebitda = self.base(p).mining_ebitda.clone().unwrap_or_else(|| self.base(p).ebitda.clone());
        self.ledger_of(ebitda, p.held.iter().filter(|h: &&Held| h.mining), count_end, bonus).years
    }
}
