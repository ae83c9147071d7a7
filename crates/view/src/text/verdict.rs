//! The verdict, one sentence a reader can quote, and its basis: what the figures count (tax,
//! debt and its cost), which other sentences repeat in their own words.

use economics::{AiMode, Basis, Report, Scenario};

use crate::format::{money, month, number};
use super::words::{covenant, month_at, pct, pct_1};

/// What the figures count, in words: "after tax, 72.5% debt at 7.19%", or "after tax, 55.7% debt
/// at 1.325× cover" where the covenant let the AI path borrow less than asked (the coupon is
/// then in the details), "after tax, no debt meets 1.325× cover" where it let it borrow nothing;
/// "after tax, no debt",
/// "before tax, no debt" (the pre-tax, unlevered view), or "0% tax, …" where the rate is 0.
///
/// ```
/// let mut s = economics::Scenario::default();
/// s.debt.covenant_dscr = 1.0;
/// let basis = |s: &economics::Scenario| view::text::basis(s, &economics::compute(s).unwrap());
/// assert_eq!(basis(&s), "after tax, 72.5% debt at 7.19%");
/// s.debt.covenant_dscr = 1.325;
/// assert!(basis(&s).ends_with("% debt at 1.325× cover"), "{}", basis(&s));
/// s.debt.loan_to_cost_pct = 0.0;
/// assert_eq!(basis(&s), "after tax, no debt");
/// s.tax.pre_tax_unlevered = true;
/// assert_eq!(basis(&s), "before tax, no debt");
/// ```
pub fn basis(s: &Scenario, r: &Report) -> String {
    let tax = if s.tax.rate_pct > 0.0 { "after tax" } else { "0% tax" };
    let covenant = covenant(s);
    match (r.basis, &r.debt) {
        (Basis::PreTax, _) => "before tax, no debt".into(),
        (Basis::AfterTax, _) => format!("{tax}, no debt"),
        (Basis::Financed, Some(d)) if d.borrowed_usd == 0.0 => format!("{tax}, no debt meets {covenant} cover"),
        (Basis::Financed, Some(d)) if d.sized_to_cover => {
            format!("{tax}, {} debt at {covenant} cover", pct_1(d.loan_to_cost_pct))
        }
        (Basis::Financed, Some(d)) => format!("{tax}, {} debt at {}", pct(d.loan_to_cost_pct), pct(s.debt.coupon_pct)),
        (Basis::Financed, None) => format!("{tax}, no debt"),
    }
}

/// The verdict: one sentence a reader can quote, with its basis and the contract's dates, e.g.
/// "Leasing this 100 MW site to an AI tenant is worth $12.8M more than mining it (after tax,
/// 72.5% debt at 7.19%; 15-year contract from May 2028)." It counts end values only when the
/// reader switches them on, and then says so ("with end values"); the other figure is a
/// sentence of its own ([`end_values`](super::end_values)). On a deal's terms it names whose,
/// the site and when: "Hut 8's River Bend terms on this 331 MW site, from Jan 2027: mining beats
/// leasing by $24.5M (…)". At most 32 words, in any locale (a test holds it).
pub fn verdict(s: &Scenario, r: &Report) -> String {
    let years = crate::format::trimmed(s.site.horizon_years, 2);
    let from = month_at(r, r.cutover_month);
    let site = format!("this {} MW site", number(s.site.grid_mw, 0));
    let ends = if s.finance.terminal_value { ", with end values" } else { "" };
    let note = format!("({}{ends}; {years}-year contract from {from})", basis(s, r));
    let value = money(r.advantage_npv_usd.abs());
    let ahead = r.advantage_npv_usd >= 0.0;
    // A deal's preset: its terms on this site, from the start month.
    if let Some(p) = economics::presets::Preset::matching(s) {
        // Short, to stay one quotable sentence with the deal's name, the site and both dates.
        let business = match s.mode {
            AiMode::Lease => "leasing",
            AiMode::GpuCloud => "GPU cloud",
        };
        let (first, second) = if ahead { (business, "mining") } else { ("mining", business) };
        return format!("{} terms on {site}, from {}: {first} beats {second} by {value} {note}.", p.whose, month(s.site.start));
    }
    let part = if s.ai.share_converted_pct < 100.0 { format!("{} of ", pct(s.ai.share_converted_pct)) } else { String::new() };
    // Part of the site converted takes two words more ("50% of"): the business is then named
    // in fewer ("for AI", "a GPU cloud on"), so the sentence stays within 32 words.
    let (converting, to) = match (s.mode, part.is_empty()) {
        (AiMode::Lease, true) => ("Leasing", " to an AI tenant"),
        (AiMode::Lease, false) => ("Leasing", " for AI"),
        (AiMode::GpuCloud, true) => ("Running a GPU cloud on", ""),
        (AiMode::GpuCloud, false) => ("A GPU cloud on", ""),
    };
    if ahead {
        format!("{converting} {part}{site}{to} is worth {value} more than mining it {note}.")
    } else {
        let other = match (s.mode, part.is_empty()) {
            (AiMode::Lease, true) => "leasing it to an AI tenant".to_string(),
            (AiMode::GpuCloud, true) => "running a GPU cloud on it".to_string(),
            (AiMode::Lease, false) => format!("leasing {part}it for AI"),
            (AiMode::GpuCloud, false) => format!("a GPU cloud on {part}it"),
        };
        format!("Mining {site} is worth {value} more than {other} {note}.")
    }
}
