//! Version 3's tax and debt, against the public API: hand-worked figures on the model's own
//! paths, and properties over the whole valid input space.

mod common;

use common::{arb_scenario, close, scenario_at, worked};
use economics::params::{DATES, PARAMS};
use economics::{compute, AiMode, Basis, Scenario};
use proptest::prelude::*;
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// Tax is paid once a year, in December (or the window's last month), and never before the
/// window's first year closes.
#[test]
fn tax_is_paid_in_each_years_closing_month() {
    let r = compute(&worked()).unwrap();
    for (m, month) in r.mining.months.iter().enumerate().chain(r.ai.months.iter().enumerate()) {
        let closes = r.calendar[m].month == 12 || m + 1 == r.calendar.len();
        assert!(closes || month.tax_usd == 0.0, "tax in {}", r.calendar[m]);
    }
    // The mining path's first year: EBITDA of 2027 at 23%, the fleet fully deducted already
    // (bought with 100% bonus two years before).
    let ebitda_2027: f64 = r.mining.months[..12].iter().map(|m| m.ebitda_usd()).sum();
    assert!(close(r.mining.months[11].tax_usd, 0.23 * ebitda_2027, 1e-12), "{} vs {}", r.mining.months[11].tax_usd, ebitda_2027);
}

/// With 100% bonus and all of the conversion cost-segregated, the year of cut-over deducts the
/// whole conversion capex: the AI path pays no tax that year and carries a loss.
#[test]
fn bonus_deducts_the_conversion_in_its_first_year() {
    let mut s = worked();
    s.tax.cost_segregation_pct = 100.0;
    s.debt.loan_to_cost_pct = 0.0;
    let r = compute(&s).unwrap();
    let cutover_year = r.calendar[r.cutover_month].year;
    let dec = r.calendar.iter().position(|ym| ym.year == cutover_year && ym.month == 12).unwrap();
    assert_eq!(r.ai.months[dec].tax_usd, 0.0);
    // The next year is taxed on at most 20% of its income: 80% is sheltered by the loss.
    let next: f64 = r.ai.months[dec + 1..dec + 13].iter().map(|m| m.ebitda_usd()).sum();
    assert!(r.ai.months[dec + 12].tax_usd <= 0.23 * 0.2 * next + 1e-6, "{} vs {next}", r.ai.months[dec + 12].tax_usd);
}

/// With no income tax, DSCR is the trailing twelve months' EBITDA over their debt service (a
/// lease spends no capex during repayment; fewer months in repayment's first year), and the
/// loan is repaid in full within the window.
#[test]
fn dscr_is_cash_over_debt_service_on_the_last_twelve_months() {
    let mut s = worked();
    s.tax.rate_pct = 0.0;
    let r = compute(&s).unwrap();
    let d = r.debt.as_ref().expect("70% of the cost is borrowed");
    let mut seen = 0;
    for (m, cover) in d.dscr.iter().enumerate() {
        if let Some(cover) = cover {
            let window = &r.ai.months[d.repay_from.max(m.saturating_sub(11))..=m];
            let service: f64 = window.iter().map(|month| month.interest_usd + month.principal_usd).sum();
            let cash: f64 = window.iter().map(|month| month.ebitda_usd()).sum();
            assert!(close(*cover, cash / service, 1e-12), "month {m}");
            seen += 1;
        }
    }
    // Repayment from full capacity (15 months to convert + 6 of ramp) to the end: 138 months.
    assert_eq!((d.repay_from, d.repay_until, seen), (21, 159, 138));
    let principal: f64 = r.ai.months.iter().map(|m| m.principal_usd).sum();
    assert!(close(principal, d.borrowed_usd + d.capitalised_interest_usd, 1e-9));
    assert!(d.min_dscr <= d.average_dscr);
}

/// The basis is named by the inputs: pre-tax on request, financed when anything is borrowed.
#[test]
fn basis_follows_the_inputs() {
    let mut s = worked();
    assert_eq!(s.basis(), Basis::Financed);
    s.debt.loan_to_cost_pct = 0.0;
    assert_eq!(s.basis(), Basis::AfterTax);
    assert!(compute(&s).unwrap().debt.is_none());
    s.tax.pre_tax_unlevered = true;
    assert_eq!(s.basis(), Basis::PreTax);
    let r = compute(&s).unwrap();
    assert!(r.ai.months.iter().all(|m| m.tax_usd == 0.0 && m.debt_cash_usd() == 0.0));
}

/// Adjusted present value: the loan's flows are discounted at the market rate for its credit,
/// so a loan at that coupon is worth nothing for drawing and repaying, and adds only its tax
/// shield, less its fees and what its reserve costs; a coupon below the market rate is worth
/// something, one above it costs. With no tax, no fees and no reserve the financed figures equal
/// the unlevered ones at any market rate when the coupon is that rate; fees take value away; with
/// tax, deducting the interest adds value. (A GPU cloud that earns enough to carry its whole loan
/// at any of these coupons: none is sized down.)
#[test]
fn a_loan_is_worth_its_tax_shield_less_its_fees() {
    for mode in [AiMode::Lease, AiMode::GpuCloud] {
        let mut s = Scenario { mode, ..worked() };
        s.gpu.usd_per_gpu_hour = 4.0;
        s.debt.covenant_dscr = 1.0;
        s.tax.rate_pct = 0.0;
        s.debt.fees_pct = 0.0;
        s.debt.reserve_months = 0.0;
        s.ai.backstopped_pct = 0.0;
        for coupon in [4.0, 7.19, 14.0] {
            s.debt.coupon_pct = coupon;
            s.finance.own_credit_rate_pct = coupon;
            let r = compute(&s).unwrap();
            assert!(!r.debt.as_ref().unwrap().sized_to_cover, "{mode:?} {coupon}");
            assert_eq!(r.rates.loan_market_pct, coupon);
            let (f, u) = (r.by_basis.financed, r.by_basis.after_tax);
            assert!(close(f.ai_npv_usd, u.ai_npv_usd, 1e-9), "{mode:?} {coupon}: {} vs {}", f.ai_npv_usd, u.ai_npv_usd);
            // A coupon a point below the market rate is worth something; a point above costs.
            for (delta, gains) in [(-1.0, true), (1.0, false)] {
                s.debt.coupon_pct = coupon + delta;
                let r = compute(&s).unwrap();
                let (f, u) = (r.by_basis.financed.ai_npv_usd, r.by_basis.after_tax.ai_npv_usd);
                assert_eq!(f > u, gains, "{mode:?} {coupon}{delta:+}: {f} vs {u}");
                assert!(close(f - u, r.debt.as_ref().unwrap().loan_value_usd, 1e-9));
            }
            s.debt.coupon_pct = coupon;
        }
        s.debt.fees_pct = 2.0;
        let r = compute(&s).unwrap();
        assert!(r.by_basis.financed.ai_npv_usd < r.by_basis.after_tax.ai_npv_usd, "{mode:?}: fees cost");
        s.debt.fees_pct = 0.0;
        s.tax.rate_pct = 23.0;
        let r = compute(&s).unwrap();
        assert!(r.by_basis.financed.ai_npv_usd > r.by_basis.after_tax.ai_npv_usd, "{mode:?}: the interest deduction is worth something");
    }
}

/// Where bonus depreciation would cost tax (the 80% limit on losses; `tax.rs` works one by
/// hand), the company elects out of it (§168(k)(7)): a site with a costly build and a small rent,
/// whose losses outlast the window, books exactly what it would with no bonus at all.
#[test]
fn the_company_elects_out_of_a_bonus_that_costs_tax() {
    let mut s = worked();
    s.site.horizon_years = 20.0;
    s.ai.months_to_convert = 0.0;
    s.ai.ramp_months = 0.0;
    s.ai.conversion_capex_musd_per_mw_it = 30.0;
    s.site.grid_mw = 1.0;
    s.lease.usd_per_kw_month = 20.0;
    s.lease.noi_margin_pct = 100.0;
    s.finance.discount_rate_pct = 0.0;
    s.tax.rate_pct = 50.0;
    s.tax.cost_segregation_pct = 100.0;
    s.debt.loan_to_cost_pct = 0.0;
    s.tax.bonus_pct = 0.0;
    let spread = compute(&s).unwrap();
    s.tax.bonus_pct = 100.0;
    let elected = compute(&s).unwrap();
    let tax = |r: &economics::Report| r.ai.months.iter().map(|m| m.tax_usd).sum::<f64>();
    assert!(tax(&spread) > 0.0);
    assert_eq!(tax(&elected), tax(&spread));
    assert_eq!(elected.ai.npv_usd, spread.ai.npv_usd);
}

/// With the election, bonus never costs the owners: a path is worth at least as much with any
/// bonus as with none. The mining path always; the converted path whenever the part of the site
/// left mining buys the same fleets either way (its plan is the mining path's, chosen for the
/// mining path's own value, which bonus can change): those others are counted and must be rare.
#[test]
fn bonus_never_costs_with_the_election() {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(168);
    let unit = |rng: &mut Xoshiro256PlusPlus| (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    let mut replanned = 0;
    for i in 0..600 {
        let fractions: Vec<f64> = (0..PARAMS.len()).map(|_| unit(&mut rng)).collect();
        let months: Vec<u32> = (0..=DATES.len()).map(|_| rng.next_u32()).collect();
        let mut s = scenario_at(&fractions, rng.next_u32(), &months);
        s.tax.pre_tax_unlevered = false;
        s.debt.loan_to_cost_pct = 0.0;
        let mut none = s.clone();
        none.tax.bonus_pct = 0.0;
        let (a, b) = (compute(&none).unwrap(), compute(&s).unwrap());
        let tol = 1e-9 * a.mining.npv_usd.abs().max(a.ai.npv_usd.abs()).max(1.0);
        assert!(b.mining.npv_usd >= a.mining.npv_usd - tol, "#{i}: mining {} < {}", b.mining.npv_usd, a.mining.npv_usd);
        let buys = |r: &economics::Report| r.mining.months.iter().map(|m| m.capex_usd.to_bits()).collect::<Vec<_>>();
        if s.ai.share_converted_pct < 100.0 && buys(&a) != buys(&b) {
            replanned += 1;
            continue;
        }
        assert!(b.ai.npv_usd >= a.ai.npv_usd - tol, "#{i}: ai {} < {}", b.ai.npv_usd, a.ai.npv_usd);
    }
    assert!(replanned <= 30, "{replanned} of 600 scenarios bought other fleets with bonus");
}

/// Tax paid is never negative for a path taxed alone; where the owner's other income uses its
/// losses at once, a year's tax is negative only in a year of loss (the tax it saves elsewhere).
fn nonnegative_tax(s: &Scenario, r: &economics::Report) -> bool {
    s.tax.group_uses_losses || r.mining.months.iter().chain(&r.ai.months).all(|m| m.tax_usd >= 0.0 && m.tax_usd.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Tax paid is never negative, and each path is worth no more after tax than before it,
    /// for a path taxed alone (a group's other income can make a path's losses worth tax saved)
    /// and discounted at one rate. With a rate for each risk, the tax the AI business saves where
    /// its losses shelter the miners' income is valued at the AI rate (the with-and-without
    /// split, methodology §13), the miners' tax it replaces at the mining rate, and the two can
    /// differ; `npv_never_rises_with_power_price` and `npv_never_falls_with_lease_rate` hold
    /// with every rate as drawn.
    #[test]
    fn tax_is_never_negative_and_never_adds_value(s in arb_scenario()) {
        let mut s = s;
        s.debt.loan_to_cost_pct = 0.0;
        s.tax.pre_tax_unlevered = false;
        s.tax.group_uses_losses = false;
        s.finance.one_rate = true;
        let r = compute(&s).unwrap();
        prop_assert!(nonnegative_tax(&s, &r));
        let (pre, after) = (r.by_basis.pre_tax, r.by_basis.after_tax);
        let tol = 1e-9 * pre.mining_npv_usd.abs().max(pre.ai_npv_usd.abs()).max(1.0);
        prop_assert!(after.mining_npv_usd <= pre.mining_npv_usd + tol, "mining {} > {}", after.mining_npv_usd, pre.mining_npv_usd);
        prop_assert!(after.ai_npv_usd <= pre.ai_npv_usd + tol, "ai {} > {}", after.ai_npv_usd, pre.ai_npv_usd);
    }

    /// The loan's flows are valued at the market rate for its credit: with no income tax, the
    /// financed AI NPV is the unlevered one plus those flows at that rate; at a coupon no lower
    /// than it, with a reserve earning no more than it, they are only the fees kept back from each
    /// draw and the reserve's cost, never positive.
    #[test]
    fn a_loan_at_the_market_rate_costs_only_its_fees_and_reserve(s in arb_scenario()) {
        let mut s = s;
        s.tax.pre_tax_unlevered = false;
        s.tax.rate_pct = 0.0;
        let r = compute(&s).unwrap();
        let market = r.rates.loan_market_pct;
        let v = 1.0 / (1.0 + market / 1200.0);
        let loan: f64 = r.ai.months.iter().enumerate().map(|(m, x)| x.debt_cash_usd() * v.powi(m as i32)).sum();
        let (f, u) = (r.by_basis.financed.ai_npv_usd, r.by_basis.after_tax.ai_npv_usd);
        let tol = 1e-9 * f.abs().max(u.abs()).max(1.0);
        prop_assert!((f - (u + loan)).abs() <= tol, "{f} vs {u} + {loan}");
        if s.debt.coupon_pct >= market && s.debt.reserve_rate_pct <= market {
            prop_assert!(loan <= tol, "a loan at or above the market rate is worth {loan}");
        }
    }

    /// The loan is repaid by its tenor (cut to the window), and the owners' cash is the project's
    /// after tax, less debt service, plus what is borrowed net of fees, plus the reserve's flow.
    #[test]
    fn loan_is_repaid_and_equity_cash_adds_up(s in arb_scenario()) {
        let mut s = s;
        s.tax.pre_tax_unlevered = false;
        let r = compute(&s).unwrap();
        prop_assert!(nonnegative_tax(&s, &r));
        match &r.debt {
            None => prop_assert!(r.ai.months.iter().all(|m| m.debt_cash_usd() == 0.0)),
            Some(d) => {
                let tenor = (s.debt.tenor_years * 12.0).round() as usize;
                prop_assert!(d.repay_until - d.repay_from <= tenor.max(1));
                prop_assert!(d.repay_until <= r.ai.months.len());
                let repaid: f64 = r.ai.months.iter().map(|m| m.principal_usd).sum();
                let owed = d.borrowed_usd + d.capitalised_interest_usd;
                prop_assert!((repaid - owed).abs() <= 1e-6 * owed.max(1.0), "repaid {repaid} of {owed}");
                prop_assert!(d.dscr.iter().enumerate().all(|(m, c)| c.is_none() || (m >= d.repay_from && m < d.repay_until)));
                prop_assert!(d.min_dscr.is_finite() && d.average_dscr.is_finite());
            }
        }
        for m in &r.ai.months {
            let equity = m.project_cash_usd() - m.tax_usd - (m.interest_usd + m.principal_usd) + m.borrowed_usd + m.reserve_usd;
            prop_assert!((m.net_cash_usd() - equity).abs() <= 1e-9 * equity.abs().max(1.0));
        }
    }
}

/// The loan is the lesser of the share asked and what the covenant supports: sized down, its
/// lowest cover meets the covenant (to within the sizing's last pass) and it borrows less than
/// asked; a stricter covenant never lends more; a covenant the cash meets leaves the loan as asked.
#[test]
fn the_covenant_sizes_the_loan() {
    let mut s = Scenario::default();
    let mut last = f64::INFINITY;
    for covenant in [1.0, 1.2, 1.325, 1.5, 1.8, 2.0] {
        s.debt.covenant_dscr = covenant;
        let r = compute(&s).unwrap();
        let Some(d) = &r.debt else {
            assert_eq!(last, 0.0, "the loan vanishes only once nothing meets the covenant");
            continue;
        };
        assert!(d.loan_to_cost_pct <= last + 1e-9, "{covenant}: {} after {last}", d.loan_to_cost_pct);
        last = d.loan_to_cost_pct;
        if d.sized_to_cover {
            assert!(d.loan_to_cost_pct < 72.5);
            assert!(d.min_dscr >= covenant * (1.0 - 1e-3), "{covenant}: lowest {}", d.min_dscr);
            // Sizing to the covenant is what lenders do: the details say it, no caution does.
            assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        } else {
            assert_eq!(d.loan_to_cost_pct, 72.5);
            assert!(d.min_dscr >= covenant, "{covenant}: lowest {}", d.min_dscr);
        }
    }
    // The NPV light path (the analyses' runs) sizes the loan as the report does.
    s.debt.covenant_dscr = 1.5;
    let r = compute(&s).unwrap();
    assert!(r.debt.as_ref().unwrap().sized_to_cover);
    s.finance.terminal_value = !s.finance.terminal_value;
    let flipped = compute(&s).unwrap();
    assert!(close(r.advantage_other_npv_usd, flipped.advantage_npv_usd, 1e-9));
}

/// The figure with the end-values switch the other way, which the model gets from the paths it
/// has (sizing each loan once for both settings where the bonus taken is the same), equals the
/// figure a run with the switch flipped gives: level or sculpted, at several covenants, at the
/// defaults and on every preset's terms.
#[test]
fn the_other_end_values_figure_is_the_flipped_runs() {
    let scenarios = std::iter::once(Scenario::default()).chain(economics::presets::PRESETS.iter().map(|p| p.scenario()));
    for base in scenarios {
        for sculpted in [false, true] {
            for covenant in [1.2, 1.325, 1.6] {
                let mut s = base.clone();
                s.debt.sculpted = sculpted;
                s.debt.covenant_dscr = covenant;
                let r = compute(&s).unwrap();
                s.finance.terminal_value = !s.finance.terminal_value;
                let flipped = compute(&s).unwrap();
                assert!(
                    close(r.advantage_other_npv_usd, flipped.advantage_npv_usd, 1e-9),
                    "sculpted {sculpted}, covenant {covenant}: {} and {}",
                    r.advantage_other_npv_usd,
                    flipped.advantage_npv_usd
                );
            }
        }
    }
}
