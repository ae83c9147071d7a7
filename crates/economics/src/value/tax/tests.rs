//! Tax by hand: MACRS tables against their method, schedules, real property, disposal, carried
//! losses under the 80% limit, the interest limit and the closing month's payment.

use super::*;

const fn ym(year: i32, month: u32) -> YearMonth {
    YearMonth { year, month }
}

/// The MACRS tables sum to the whole cost, and follow their method: 5-year is 200% declining
/// balance and 15-year 150%, both switching to straight line, with half a year at each end
/// (IRS Pub. 946 rounds 15-year to two decimals of a percent, alternating 5.90 and 5.91 so
/// the column sums to 100).
#[test]
fn macrs_tables_follow_their_method() {
    for (table, life, factor, tolerance) in
        [(&MACRS_5_YEAR[..], 5.0, 2.0, 1e-12), (&MACRS_15_YEAR[..], 15.0, 1.5, 0.6e-4)]
    {
        assert!((table.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{life}-year sums to {}", table.iter().sum::<f64>());
        let mut left = 1.0;
        for (i, rate) in table.iter().enumerate() {
            let half = if i == 0 { 0.5 } else { 1.0 };
            let declining = left * factor / life * half;
            let straight = if i == 0 { half / life } else { left / (life + 0.5 - i as f64) };
            let want = if i + 1 == table.len() { left } else { declining.max(straight) };
            assert!((rate - want).abs() <= tolerance, "{life}-year year {}: table {rate}, method {want}", i + 1);
            left -= want;
        }
    }
}

/// Hand-worked schedules: (class, month placed in service, bonus, cost, expected by year).
#[test]
fn schedules_by_hand() {
    let rows: &[(Class, u32, f64, f64, &[f64])] = &[
        // The 5-year schedule: 20, 32, 19.2, 11.52, 11.52, 5.76%.
        (Class::FiveYear, 7, 0.0, 1000.0, &[200.0, 320.0, 192.0, 115.2, 115.2, 57.6]),
        // 100% bonus: the whole cost in the year of purchase.
        (Class::FiveYear, 12, 1.0, 1000.0, &[1000.0]),
        // 40% bonus: 400 + 20% of 600 = 520, then 32% of 600 = 192, ...
        (Class::FiveYear, 1, 0.4, 1000.0, &[520.0, 192.0, 115.2, 69.12, 69.12, 34.56]),
        // Leasing commission of $1,200 over 24 months from October: 3 months, 12, 9.
        (Class::Amortised(24), 10, 1.0, 1200.0, &[150.0, 600.0, 450.0]),
    ];
    for (class, month, bonus, cost, want) in rows {
        let a = Asset { cost_usd: *cost, class: *class, in_service: ym(2027, *month), disposed: None };
        let got: Vec<f64> = a.deductions(*bonus).iter().map(|(_, d)| *d).collect();
        assert_eq!(got.len(), want.len(), "{class:?}: {got:?}");
        for (g, w) in got.iter().zip(*want) {
            assert!((g - w).abs() < 1e-9, "{class:?} {month} {bonus}: {got:?} vs {want:?}");
        }
        let years: Vec<i32> = a.deductions(*bonus).iter().map(|(y, _)| *y).collect();
        assert_eq!(years, (2027..2027 + want.len() as i32).collect::<Vec<_>>());
    }
}

/// 39-year property placed in service in January takes 11.5/12 of 1/39 (IRS Table A-7a:
/// 2.461%, ours 2.457%: the table's rounding), 1/39 in years 2–39 (2.564%), and the rest in
/// year 40; bonus never applies.
#[test]
fn real_property_is_straight_line_mid_month() {
    let table_a7a_first_year = [2.461, 2.247, 2.033, 1.819, 1.605, 1.391, 1.177, 0.963, 0.749, 0.535, 0.321, 0.107];
    for (m, table) in (1..=12).zip(table_a7a_first_year) {
        let a = Asset { cost_usd: 100.0, class: Class::RealProperty, in_service: ym(2028, m), disposed: None };
        let d = a.deductions(1.0);
        assert_eq!(d.len(), 40);
        assert!((d[0].1 - table).abs() < 0.005, "month {m}: {} vs {table}", d[0].1);
        assert!((d[1].1 - 2.564).abs() < 0.001);
        assert!((d.iter().map(|x| x.1).sum::<f64>() - 100.0).abs() < 1e-9);
    }
}

/// A sale ends the schedule with half a year in the year of sale; the gain over the basis is
/// taxable; an asset bought and sold in the same year takes no deduction at all.
#[test]
fn disposal_half_year_and_basis() {
    let sold = Asset { cost_usd: 1000.0, class: Class::FiveYear, in_service: ym(2027, 5), disposed: Some(ym(2029, 6)) };
    let d: Vec<f64> = sold.deductions(0.0).iter().map(|x| x.1).collect();
    // 200, 320, then half of 192 = 96.
    assert_eq!(d, vec![200.0, 320.0, 96.0]);
    assert!((sold.basis_at_disposal(0.0) - 384.0).abs() < 1e-9);
    assert_eq!(sold.basis_at_disposal(1.0), 0.0);
    let flipped = Asset { disposed: Some(ym(2027, 11)), ..sold };
    assert!(flipped.deductions(1.0).is_empty());
    assert_eq!(flipped.basis_at_disposal(1.0), 1000.0);
}

/// Losses carried into profitable years offset at most 80% of each year's income.
#[test]
fn losses_carried_with_the_80_percent_limit() {
    let rules = Rules { rate: 0.25, bonus: 1.0, group: false };
    let year = |ebitda: f64, dep: f64| YearIncome { ebitda_usd: ebitda, depreciation_usd: dep, ..Default::default() };
    // Year 1: 100 − 600 = −500 carried. Year 2: income 200, 160 used, 40 taxed → 10.
    // Year 3: income 500, 340 left: min(340, 400) = 340 used, 160 taxed → 40. Year 4: 100 → 25.
    let t = taxes(&rules, &[year(100.0, 600.0), year(200.0, 0.0), year(500.0, 0.0), year(100.0, 0.0)]);
    let want = [(0.0, 0.0, 500.0), (160.0, 10.0, 340.0), (340.0, 40.0, 0.0), (0.0, 25.0, 0.0)];
    for (got, (used, tax, carried)) in t.iter().zip(want) {
        assert!((got.losses_used_usd - used).abs() < 1e-9, "{got:?}");
        assert!((got.tax_usd - tax).abs() < 1e-9, "{got:?}");
        assert!((got.losses_carried_usd - carried).abs() < 1e-9, "{got:?}");
    }
}

/// Bonus depreciation can cost tax under the 80% limit. $1,000 of 5-year property against no
/// income in its first year, then $100 a year, six years, 50% tax, no discounting:
/// - 100% bonus: a $1,000 loss; each later year uses $80 of it, so $20 is taxed: 5 × $10 = $50.
/// - MACRS: deductions 200, 320, 192, 115.2, 115.2, 57.6 leave losses of 200, 220, 92, 15.2,
///   15.2 (542.4 carried) and $42.40 of income in year 6, of which 80% ($33.92) is sheltered:
///   $8.48 taxed, $4.24 of tax.
#[test]
fn bonus_can_cost_tax_under_the_80_percent_limit() {
    let total = |bonus: f64| {
        let asset = Asset { cost_usd: 1000.0, class: Class::FiveYear, in_service: ym(2027, 6), disposed: None };
        let deductions = asset.deductions(bonus);
        let years: Vec<YearIncome> = (0..6)
            .map(|i| YearIncome {
                ebitda_usd: if i == 0 { 0.0 } else { 100.0 },
                depreciation_usd: deductions.iter().find(|(y, _)| *y == 2027 + i).map_or(0.0, |d| d.1),
                ..Default::default()
            })
            .collect();
        taxes(&Rules { rate: 0.5, bonus, group: false }, &years).iter().map(|t| t.tax_usd).sum::<f64>()
    };
    assert!((total(1.0) - 50.0).abs() < 1e-9, "{}", total(1.0));
    assert!((total(0.0) - 4.24).abs() < 1e-9, "{}", total(0.0));
}

/// Interest above 30% of EBITDA is carried forward and deducted when there is room.
#[test]
fn interest_limited_to_30_percent_of_ebitda() {
    let rules = Rules { rate: 0.2, bonus: 1.0, group: false };
    let t = taxes(
        &rules,
        &[
            YearIncome { ebitda_usd: 100.0, interest_usd: 50.0, ..Default::default() },
            YearIncome { ebitda_usd: 200.0, interest_usd: 40.0, ..Default::default() },
        ],
    );
    // Year 1: 30 deducted, 20 carried; income 70, tax 14. Year 2: 60 owed, 60 allowed; income 140.
    assert_eq!((t[0].interest_deducted_usd, t[0].interest_carried_usd), (30.0, 20.0));
    assert!((t[0].tax_usd - 14.0).abs() < 1e-12);
    assert_eq!((t[1].interest_deducted_usd, t[1].interest_carried_usd), (60.0, 0.0));
    assert!((t[1].tax_usd - 28.0).abs() < 1e-12);
}

/// The ledger pays each year's tax in its last month in the window and accrues it evenly.
#[test]
fn ledger_pays_in_the_closing_month() {
    let calendar: Vec<YearMonth> = (0..18).map(|m| ym(2027, 7).plus_months(m)).collect();
    let mut ledger = Ledger::new(&calendar);
    for ym in &calendar {
        ledger.add_ebitda(*ym, 10.0);
    }
    let rules = Rules { rate: 0.5, bonus: 1.0, group: false };
    let paid = ledger.monthly(&rules, calendar.len());
    // 2027: Jul–Dec, 60 → 30 in month 5 (Dec). 2028: Jan–Dec, 120 → 60 in month 17.
    assert_eq!(paid[5], 30.0);
    assert_eq!(paid[17], 60.0);
    assert_eq!(paid.iter().sum::<f64>(), 90.0);
    let accrued = ledger.accrued(&rules, &calendar);
    assert!(accrued.iter().all(|a| (a - 5.0).abs() < 1e-12));
}
