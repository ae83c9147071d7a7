//! Version 4's valuation against the public API: what a backstop is worth, the building given up
//! when nothing after the contract counts, re-letting, greenfield sites and a group that uses
//! losses at once, by hand and over the valid input space.

mod common;

use common::{arb_scenario, close};
use economics::{compute, AiMode, Scenario};
use proptest::prelude::*;

/// A greenfield lease with nothing but the building: no miners, no debt, no commission, all of
/// the conversion the 39-year shell, a triple-net margin of 100%, no early exit, 10 years of
/// contract from a conversion of 12 months.
fn shell() -> Scenario {
    let mut s = Scenario::default();
    s.mining.greenfield = true;
    s.debt.loan_to_cost_pct = 0.0;
    s.lease.commission_pct = 0.0;
    s.tax.cost_segregation_pct = 0.0;
    s.lease.triple_net = true;
    s.lease.noi_margin_triple_net_pct = 100.0;
    s.ai.early_exit_pct_per_yr = 0.0;
    s.ai.ramp_months = 0.0;
    s.ai.months_to_convert = 12.0;
    s.site.horizon_years = 10.0;
    s.site.site_value_musd_per_mw = 0.0;
    s.ai.conversion_capex_musd_per_mw_it = 1.0;
    s
}

/// The contract years only: what is left of the building's cost is deducted in the window's
/// last tax year, by hand. The shell ($1M × 74.07 MW of IT) is placed in service at cut-over,
/// January 2028: 39-year straight line, mid-month, so 11.5/12 of a 39th in 2028, a 39th in each
/// of 2029–2036, and in 2037, the window's last year (to December), everything left.
#[test]
fn the_building_given_up_is_deducted_by_hand() {
    let mut s = shell();
    s.finance.terminal_value = false;
    let r = compute(&s).unwrap();
    assert_eq!((r.calendar[r.cutover_month].year, r.calendar[r.cutover_month].month), (2028, 1));
    let last = r.calendar.len() - 1;
    assert_eq!((r.calendar[last].year, r.calendar[last].month), (2037, 12));
    let cost = 100.0 / 1.35 * 1e6;
    let before_last = cost / 39.0 * (11.5 / 12.0) + cost / 39.0 * 8.0;
    let left = cost - before_last;
    // 2037's rent, all of it EBITDA, less what is left of the building: taxed at 23%.
    let ebitda: f64 = r.ai.months[last - 11..=last].iter().map(|m| m.ebitda_usd()).sum();
    assert!(ebitda > left, "no loss to carry: {ebitda} against {left}");
    assert!(close(r.ai.months[last].tax_usd, 0.23 * (ebitda - left), 1e-9), "{} vs {}", r.ai.months[last].tax_usd, 0.23 * (ebitda - left));
    // A year earlier only the year's 39th.
    let year = last - 12;
    let ebitda_2036: f64 = r.ai.months[year - 11..=year].iter().map(|m| m.ebitda_usd()).sum();
    assert!(close(r.ai.months[year].tax_usd, 0.23 * (ebitda_2036 - cost / 39.0), 1e-9));
    // Counting the years after the contract, the building is sold instead for what they are
    // worth: the gain over what is left of its cost is taxed.
    s.finance.terminal_value = true;
    let sold = compute(&s).unwrap();
    let worth = sold.ai.months[last].terminal_usd;
    assert!(worth > 0.0);
    assert!(close(sold.ai.months[last].tax_usd, 0.23 * (ebitda - left + worth), 1e-9), "{} vs {}", sold.ai.months[last].tax_usd, 0.23 * (ebitda - left + worth));
}

/// A site with no miners: the mining path stays dark (worth only the site's own value, counted
/// after the contract), and converting mines nothing before cut-over.
#[test]
fn a_greenfield_site_stays_dark() {
    let mut s = Scenario::default();
    s.mining.greenfield = true;
    s.finance.terminal_value = false;
    let r = compute(&s).unwrap();
    assert!(r.mining.months.iter().all(|m| *m == economics::Month::default()), "the dark site earns and spends nothing");
    assert_eq!(r.mining.npv_usd, 0.0);
    assert!(r.ai.months[..r.cutover_month].iter().all(|m| m.revenue_usd == 0.0 && m.energy_mwh == 0.0));
    assert!(r.mining_on.iter().all(|on| !on));
}

/// A group that uses each path's losses at once pays the rate on each year's income, negative
/// in a year of loss; the same path taxed alone carries the loss and pays no less in total.
#[test]
fn a_group_uses_losses_the_year_they_arise() {
    let mut s = Scenario::default();
    s.debt.loan_to_cost_pct = 0.0;
    s.tax.group_uses_losses = true;
    let group = compute(&s).unwrap();
    let saved = group.ai.months.iter().filter(|m| m.tax_usd < 0.0).count();
    assert!(saved > 0, "the conversion's bonus year is a loss the group uses");
    s.tax.group_uses_losses = false;
    let alone = compute(&s).unwrap();
    assert!(alone.ai.months.iter().all(|m| m.tax_usd >= 0.0));
    let total = |r: &economics::Report| r.ai.months.iter().map(|m| m.tax_usd).sum::<f64>();
    assert!(total(&alone) >= total(&group) - 1.0);
    assert!(group.ai.npv_usd > alone.ai.npv_usd, "using losses at once is worth something");
}

/// Space a tenant leaves early is let again: with re-letting the AI path earns more, and with no
/// downtime the site stays full.
#[test]
fn space_left_early_is_let_again() {
    let mut s = Scenario::default();
    s.ai.early_exit_pct_per_yr = 10.0;
    s.lease.downtime_months = 0.0;
    s.ai.relet_after_exit = false;
    let empty = compute(&s).unwrap();
    s.ai.relet_after_exit = true;
    let full = compute(&s).unwrap();
    assert!(full.ai.npv_usd > empty.ai.npv_usd);
    // Full capacity, after the ramp, draws the same power every month: the site stays full.
    let from = full.cutover_month + s.ramp_months();
    let per_hour: Vec<f64> = full.ai.months[from..].iter().zip(&full.calendar[from..]).map(|(m, ym)| m.energy_mwh / ym.days() as f64).collect();
    assert!(per_hour.iter().all(|e| close(*e, per_hour[0], 1e-9)), "{:?}", &per_hour[..3]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// With no exit risk, a larger share of a lease backstopped by an investment-grade company
    /// never lowers the AI path's value, when the backstopped rate is no higher than the tenant's
    /// own: the backstop changes only the rate its rent is discounted at, from the first rent
    /// (before debt: a loan at a fixed coupon is worth less against a lower market rate, which
    /// the lender would price in). A lease's cash from its rent is never negative (nothing paid
    /// in advance); a GPU cloud's can be (it pays its power), and a backstop makes a loss surer.
    /// The contract years only: the tax on the building's sale at the window's end is paid with
    /// that year's tax, discounted at the AI business's rate (methodology §13), so a lower one
    /// weighs it more while the price it is sold for is discounted at the after-contract rate.
    #[test]
    fn a_backstop_never_lowers_the_value(s in arb_scenario(), more in 0.0..100.0f64) {
        let mut s = s;
        s.mode = AiMode::Lease;
        s.finance.terminal_value = false;
        s.ai.prepaid_pct = 0.0;
        s.ai.early_exit_pct_per_yr = 0.0;
        s.debt.loan_to_cost_pct = 0.0;
        let f = &mut s.finance;
        if f.backstopped_rate_pct > f.own_credit_rate_pct {
            std::mem::swap(&mut f.backstopped_rate_pct, &mut f.own_credit_rate_pct);
        }
        let mut backed = s.clone();
        backed.ai.backstopped_pct = (s.ai.backstopped_pct + more).min(100.0);
        let (a, b) = (compute(&s).unwrap(), compute(&backed).unwrap());
        let tol = 1e-9 * a.ai.npv_usd.abs().max(b.ai.npv_usd.abs()).max(1.0);
        for (x, y) in [(a.by_basis.pre_tax, b.by_basis.pre_tax), (a.by_basis.after_tax, b.by_basis.after_tax)] {
            prop_assert!(y.ai_npv_usd >= x.ai_npv_usd - tol, "{} < {} ({:?})", y.ai_npv_usd, x.ai_npv_usd, s.mode);
        }
    }

    /// Every bounded state stays bounded: whatever the inputs, a fleet of the newest generation at
    /// the start is at most half the network, and no verdict quotes a value past a trillion dollars without a warning.
    #[test]
    fn the_fleet_is_at_most_half_the_network(s in arb_scenario()) {
        let r = compute(&s).unwrap();
        let best = s.mining.fleet_j_per_th * (1.0 - s.network.efficiency_gain_pct_per_yr / 100.0f64).powf(s.mining.fleet_age_years);
        let fleet_eh = if s.mining.greenfield { 0.0 } else { s.site.grid_mw * 1e6 / s.mining.overhead_ratio / best / 1e6 };
        prop_assert!(r.network_eh_s.iter().all(|eh| *eh >= 2.0 * fleet_eh * (1.0 - 1e-9)));
        let big = r.mining.npv_usd.abs().max(r.ai.npv_usd.abs()) > 1e12;
        prop_assert!(!big || r.warnings.iter().any(|w| w.code == "value-beyond-reason"));
        let _ = AiMode::Lease;
    }
}
