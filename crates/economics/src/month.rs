//! One month of one path, the record every stage writes its cash into: revenue and costs, capex,
//! end values, energy drawn, tax and the loan's flows, all in US dollars; and the sums read off
//! it (EBITDA, project cash, the loan's flow, the owners' cash). It imports nothing of the model.

use serde::{Deserialize, Serialize};

/// One month of one path, all in US dollars.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Month {
    /// Sales, and for mining the curtailment credits.
    pub revenue_usd: f64,
    pub power_usd: f64,
    pub other_opex_usd: f64,
    /// Capital spent, net of equipment sold (ASICs sold at cut-over make it negative).
    pub capex_usd: f64,
    /// Value credited at the end of the window: the lease's exit value, ASIC and GPU residual
    /// values. Zero unless the scenario counts end-of-window values.
    pub terminal_usd: f64,
    /// Grid energy drawn, MWh.
    pub energy_mwh: f64,
    /// Income tax paid (zero on the pre-tax basis).
    pub tax_usd: f64,
    /// Borrowed, net of fees and issue discount (financed basis only, as are the next three).
    pub borrowed_usd: f64,
    /// Interest paid (interest added to the loan is not paid).
    pub interest_usd: f64,
    /// Principal repaid.
    pub principal_usd: f64,
    /// Debt-service reserve: funded (negative) or returned (positive).
    pub reserve_usd: f64,
}

impl Month {
    /// Revenue less power and other operating cost.
    pub fn ebitda_usd(&self) -> f64 {
        self.revenue_usd - self.power_usd - self.other_opex_usd
    }

    /// EBITDA less capex, plus any end-of-window value: the cash before tax and debt.
    pub fn project_cash_usd(&self) -> f64 {
        self.ebitda_usd() - self.capex_usd + self.terminal_usd
    }

    /// The loan's net flow to the owners: borrowed less interest and principal, plus the reserve.
    pub fn debt_cash_usd(&self) -> f64 {
        self.borrowed_usd - self.interest_usd - self.principal_usd + self.reserve_usd
    }

    /// The owners' cash on the report's basis: project cash less tax, plus the loan's flow (on
    /// the pre-tax basis, the project cash itself).
    pub fn net_cash_usd(&self) -> f64 {
        self.project_cash_usd() - self.tax_usd + self.debt_cash_usd()
    }

    pub(crate) fn scaled(&self, k: f64) -> Month {
        Month {
            revenue_usd: self.revenue_usd * k,
            power_usd: self.power_usd * k,
            other_opex_usd: self.other_opex_usd * k,
            capex_usd: self.capex_usd * k,
            terminal_usd: self.terminal_usd * k,
            energy_mwh: self.energy_mwh * k,
            tax_usd: self.tax_usd * k,
            borrowed_usd: self.borrowed_usd * k,
            interest_usd: self.interest_usd * k,
            principal_usd: self.principal_usd * k,
            reserve_usd: self.reserve_usd * k,
        }
    }

    pub(crate) fn plus(&self, o: &Month) -> Month {
        Month {
            revenue_usd: self.revenue_usd + o.revenue_usd,
            power_usd: self.power_usd + o.power_usd,
            other_opex_usd: self.other_opex_usd + o.other_opex_usd,
            capex_usd: self.capex_usd + o.capex_usd,
            terminal_usd: self.terminal_usd + o.terminal_usd,
            energy_mwh: self.energy_mwh + o.energy_mwh,
            tax_usd: self.tax_usd + o.tax_usd,
            borrowed_usd: self.borrowed_usd + o.borrowed_usd,
            interest_usd: self.interest_usd + o.interest_usd,
            principal_usd: self.principal_usd + o.principal_usd,
            reserve_usd: self.reserve_usd + o.reserve_usd,
        }
    }
}
