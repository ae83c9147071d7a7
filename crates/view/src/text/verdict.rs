//! The verdict, one plain sentence a reader can quote: what converting adds or loses in today's
//! money against what keeping the miners is worth; and its basis, the line under it that says
//! what the figure counts (tax, borrowing, the rate for each risk, what counts after the
//! contract, the contract's dates), which other sentences repeat in their own words.

use economics::{AiMode, Basis, Report, Scenario};

use super::words::{covenant, month_at, pct, pct_1};
use crate::format::{money, month, number};

/// Tax and borrowing, in a few words: "after tax, 62.7% borrowed", "after tax, 72.5% borrowed at
/// 7.19%" (the share asked, at its coupon), "after tax, no loan passes a 1.325× cover test",
/// "after tax, no debt", "before tax, no debt", with "no tax at 0%" at a 0% rate.
///
/// ```
/// let mut s = economics::Scenario::default();
/// s.debt.covenant_dscr = 1.0;
/// let short = |s: &economics::Scenario| view::text::basis_short(s, &economics::compute(s).unwrap());
/// assert_eq!(short(&s), "after tax, 72.5% borrowed at 7.19%");
/// s.debt.covenant_dscr = 1.325;
/// assert!(short(&s).ends_with("% borrowed"), "{}", short(&s));
/// s.debt.loan_to_cost_pct = 0.0;
/// assert_eq!(short(&s), "after tax, no debt");
/// s.tax.pre_tax_unlevered = true;
/// assert_eq!(short(&s), "before tax, no debt");
/// ```
pub fn basis_short(s: &Scenario, r: &Report) -> String {
    let tax = if s.tax.rate_pct > 0.0 { "after tax" } else { "no tax at 0%" };
    match (r.basis, &r.debt) {
        (Basis::PreTax, _) => "before tax, no debt".into(),
        (Basis::AfterTax, _) | (Basis::Financed, None) => format!("{tax}, no debt"),
        (Basis::Financed, Some(d)) if d.borrowed_usd == 0.0 => format!("{tax}, no loan passes a {} cover test", covenant(s)),
        (Basis::Financed, Some(d)) if d.sized_to_cover => format!("{tax}, {} borrowed", pct_1(d.loan_to_cost_pct)),
        (Basis::Financed, Some(d)) => format!("{tax}, {} borrowed at {}", pct_1(d.loan_to_cost_pct), pct(s.debt.coupon_pct)),
    }
}

/// The rates the figure is discounted at, in a few words: "rent at 7.5%, mining at 15%" (the
/// rent's rate the backstopped one, the tenant's own, or both), or "every cash flow at 10%".
pub fn rates_words(s: &Scenario, r: &Report) -> String {
    let q = r.rates;
    if q.one_rate {
        return format!("every cash flow at {}", pct(q.own_credit_pct));
    }
    let what = match s.mode {
        AiMode::Lease => "rent",
        AiMode::GpuCloud => "GPU revenue",
    };
    let rent = match s.ai.backstopped_pct {
        b if b <= 0.0 => pct(q.own_credit_pct),
        b if b >= 100.0 => pct(q.backstopped_pct),
        _ if pct(q.backstopped_pct) == pct(q.own_credit_pct) => pct(q.own_credit_pct),
        _ => format!("{}–{}", pct(q.backstopped_pct.min(q.own_credit_pct)), pct(q.backstopped_pct.max(q.own_credit_pct))),
    };
    if s.mining.greenfield {
        format!("{what} at {rent}")
    } else {
        format!("{what} at {rent}, mining at {}", pct(q.mining_pct))
    }
}

/// What counts after the contract, in a few words.
pub fn after_words(s: &Scenario) -> String {
    match (s.finance.terminal_value, s.mode) {
        (false, _) => "the contract years only".into(),
        (true, AiMode::Lease) => {
            let years = crate::format::trimmed(s.lease.years_after_contract, 2);
            format!("{years} years after the contract counted")
        }
        (true, AiMode::GpuCloud) => "GPU and site values after the contract counted".into(),
    }
}

/// The verdict's basis, the line under it: tax and borrowing, the rates, what counts after the
/// contract and the contract's dates. "After tax, 62.7% borrowed; rent at 7.5%, mining at 15%;
/// 10 years after the contract counted; contract May 2028 to Apr 2043."
pub fn basis(s: &Scenario, r: &Report) -> String {
    let short = basis_short(s, r);
    let mut chars = short.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    let dates = format!("contract {} to {}", month_at(r, r.cutover_month), month_at(r, r.calendar.len().saturating_sub(1)));
    let start = match economics::presets::Preset::matching(s) {
        Some(p) if !p.caveat.is_empty() => format!("; hypothetical start {}; {}", month(s.site.start), p.caveat),
        Some(_) => format!("; hypothetical start {}", month(s.site.start)),
        None => String::new(),
    };
    format!("{first}{}; {}; {}; {dates}{start}.", chars.as_str(), rates_words(s, r), after_words(s))
}

/// What the site does if it is not converted, as the verdict names it.
fn otherwise(s: &Scenario) -> &'static str {
    if s.mining.greenfield {
        "leaving it dark"
    } else {
        "keeping its miners"
    }
}

/// The verdict: what converting adds or loses in today's money, and what keeping the miners is
/// worth. "Leasing this 100 MW site to an AI tenant instead of mining adds $210.9M in today's
/// money; mining on is worth $37.4M." On a deal's terms it names whose and from when:
/// "On Hut 8's River Bend terms, leasing this 331 MW site from Jan 2027 adds $903.3M in today's
/// money over leaving it dark." Its basis is the line under it ([`basis`]). At most 32 words, in
/// any locale (a test holds it).
pub fn verdict(s: &Scenario, r: &Report) -> String {
    super::words::stopped_once(verdict_words(s, r))
}

/// [`verdict`] before its full stops are tidied.
fn verdict_words(s: &Scenario, r: &Report) -> String {
    let site = format!("this {} MW site", number(s.site.grid_mw, 0));
    let gain = r.advantage_npv_usd;
    let (verb, value) = (if gain >= 0.0 { "adds" } else { "loses" }, money(gain.abs()));
    let share = s.ai.share_converted_pct;
    if share <= 0.0 {
        return format!("Converting none of {site} changes nothing: keeping its miners is worth {} in today's money.", money(r.mining.npv_usd));
    }
    if let Some(p) = economics::presets::Preset::matching(s) {
        let doing = match s.mode {
            AiMode::Lease => "leasing",
            AiMode::GpuCloud => "a GPU cloud on",
        };
        let against = if gain >= 0.0 { "over" } else { "against" };
        return format!("On {} terms, {doing} {site} from {} {verb} {value} in today's money {against} {}.", p.whose, month(s.site.start), otherwise(s));
    }
    let part = share < 100.0;
    let doing = match (s.mode, part) {
        (AiMode::Lease, false) => format!("Leasing {site} to an AI tenant"),
        (AiMode::Lease, true) => format!("Leasing {} of {site} for AI", pct(share)),
        (AiMode::GpuCloud, false) => format!("Running a GPU cloud on {site}"),
        (AiMode::GpuCloud, true) => format!("A GPU cloud on {} of {site}", pct(share)),
    };
    if s.mining.greenfield {
        return format!("{doing} {verb} {value} in today's money over leaving it dark.");
    }
    let instead = if part { ", mining the rest," } else { " instead of mining" };
    let kept = if part { "mining it all" } else { "mining on" };
    format!("{doing}{instead} {verb} {value} in today's money; {kept} is worth {}.", money(r.mining.npv_usd))
}

/// The terms of finance the first screen uses, each with the plain gloss the page gives it on
/// first use: what "in today's money" means, the rates, borrowing, what counts after the
/// contract.
pub fn terms(s: &Scenario) -> Vec<(&'static str, String)> {
    let mut out = vec![
        ("In today's money", "what cash to come is worth now: each year's cash counts for less the further off it is (its value today, or net present value).".to_string()),
        (
            "Rates",
            "how much less: a yearly rate for each risk. Rent an investment-grade company stands behind is the surest; a tenant's own credit less sure; bitcoin mining's cash, which moves with the bitcoin price, least sure (section 1 of the methodology).".to_string(),
        ),
    ];
    if s.debt.loan_to_cost_pct > 0.0 && !s.tax.pre_tax_unlevered {
        out.push(("Borrowed", "the share of the conversion's cost paid with a loan, no more than the lenders' test of cash over repayments allows.".to_string()));
    }
    if s.finance.terminal_value {
        let gloss = match s.mode {
            AiMode::Lease => "the building can be let again when the contract ends: the years after it are counted, less a refit.",
            AiMode::GpuCloud => "when the contract ends, what the GPUs still in use and the site are worth is counted.",
        };
        out.push(("After the contract", gloss.to_string()));
    }
    out
}
