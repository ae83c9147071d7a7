//! The verdict, one plain sentence a reader can quote: what converting adds or loses in today's
//! money against what keeping the miners is worth; and its basis, the line under it that says
//! what the figure counts (tax, borrowing, the rate for each risk, what counts after the
//! contract, the contract's dates), which other sentences repeat in their own words.

use economics::{AiMode, Basis, Report, Scenario};

use super::words::{covenant, month_at, pct, pct_1};
use crate::format::{money, month, number};
use crate::language::{count, tr, tr_or, tr_with, Arg};

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
    let tax = || ("tax", Arg::from(tr(if s.tax.rate_pct > 0.0 { "tax-after" } else { "tax-none" })));
    match (r.basis, &r.debt) {
        (Basis::PreTax, _) => tr("basis-pre-tax"),
        (Basis::AfterTax, _) | (Basis::Financed, None) => tr_with("basis-no-debt", &[tax()]),
        (Basis::Financed, Some(d)) if d.borrowed_usd == 0.0 => tr_with("basis-no-loan", &[tax(), ("cover", covenant(s).into())]),
        (Basis::Financed, Some(d)) if d.sized_to_cover => tr_with("basis-borrowed", &[tax(), ("share", pct_1(d.loan_to_cost_pct).into())]),
        (Basis::Financed, Some(d)) => tr_with("basis-borrowed-at", &[tax(), ("share", pct_1(d.loan_to_cost_pct).into()), ("coupon", pct(s.debt.coupon_pct).into())]),
    }
}

/// The rates the figure is discounted at, in a few words: "rent at 7.5%, mining at 15%" (the
/// rent's rate the backstopped one, the tenant's own, or both), or "every cash flow at 10%".
pub fn rates_words(s: &Scenario, r: &Report) -> String {
    let q = r.rates;
    if q.one_rate {
        return tr_with("rates-one", &[("rate", pct(q.own_credit_pct).into())]);
    }
    let what = match s.mode {
        AiMode::Lease => "rent",
        AiMode::GpuCloud => "gpu",
    };
    let rent = match s.ai.backstopped_pct {
        b if b <= 0.0 => pct(q.own_credit_pct),
        b if b >= 100.0 => pct(q.backstopped_pct),
        _ if pct(q.backstopped_pct) == pct(q.own_credit_pct) => pct(q.own_credit_pct),
        _ => format!("{}–{}", pct(q.backstopped_pct.min(q.own_credit_pct)), pct(q.backstopped_pct.max(q.own_credit_pct))),
    };
    if s.mining.greenfield {
        tr_with("rates-ai", &[("what", what.into()), ("rent", rent.into())])
    } else {
        tr_with("rates-ai-mining", &[("what", what.into()), ("rent", rent.into()), ("mining", pct(q.mining_pct).into())])
    }
}

/// What counts after the contract, in a few words.
pub fn after_words(s: &Scenario) -> String {
    // A GPU cloud's hall is let again after the contract as a lease's building is.
    if !s.finance.terminal_value {
        return tr("after-none");
    }
    let years = s.lease.years_after_contract;
    tr_with("after-years", &[("years", count(years, crate::format::trimmed(years, 2)))])
}

/// The verdict's basis, the line under it: tax and borrowing, the rates, what counts after the
/// contract and the contract's dates. "After tax, 62.7% borrowed; rent at 7.5%, mining at 15%;
/// 10 years after the contract counted; contract May 2028 to Apr 2043."
pub fn basis(s: &Scenario, r: &Report) -> String {
    let mut args = vec![
        ("short", Arg::from(basis_short(s, r))),
        ("rates", rates_words(s, r).into()),
        ("after", after_words(s).into()),
        ("from", month_at(r, r.cutover_month).into()),
        ("to", month_at(r, r.calendar.len().saturating_sub(1)).into()),
    ];
    let id = match economics::presets::Preset::matching(s) {
        Some(p) if !p.caveat.is_empty() => {
            args.push(("start", month(s.site.start).into()));
            args.push(("caveat", tr_or(&format!("caveat-{}", p.id), p.caveat).into()));
            "basis-start-caveat"
        }
        Some(_) => {
            args.push(("start", month(s.site.start).into()));
            "basis-start"
        }
        None => "basis",
    };
    capitalised(tr_with(id, &args))
}

/// `text` with its first letter a capital.
fn capitalised(text: String) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
    format!("{first}{}", chars.as_str())
}

/// The verdict: what converting adds or loses in today's money, and what keeping the miners is
/// worth. "Leasing this 100 MW site to an AI tenant instead of mining adds $210.9M in today's
/// money; mining on is worth $37.4M." On a deal's terms it names whose and from when:
/// "On Hut 8's River Bend terms, leasing this 331 MW site from Jan 2027 adds $903.3M in today's
/// money over leaving it dark." Its basis is the line under it ([`basis`]). At most 32 words, in
/// any locale (a test holds it), and 90 characters in Japanese and Chinese.
pub fn verdict(s: &Scenario, r: &Report) -> String {
    super::words::stopped_once(verdict_words(s, r))
}

/// [`verdict`] before its full stops are tidied.
fn verdict_words(s: &Scenario, r: &Report) -> String {
    let mw = ("mw", Arg::from(number(s.site.grid_mw, 0)));
    let gain = r.advantage_npv_usd;
    let sign = ("sign", Arg::from(if gain >= 0.0 { "gain" } else { "loss" }));
    let value = ("value", Arg::from(money(gain.abs())));
    let mining = ("mining", Arg::from(money(r.mining.npv_usd)));
    let share = s.ai.share_converted_pct;
    if share <= 0.0 {
        return tr_with("verdict-none", &[mw, mining]);
    }
    let site = ("site", Arg::from(if s.mining.greenfield { "dark" } else { "mining" }));
    let mode = match s.mode {
        AiMode::Lease => "lease",
        AiMode::GpuCloud => "cloud",
    };
    if let Some(p) = economics::presets::Preset::matching(s) {
        let terms = tr_or(&format!("terms-{}", p.id), &format!("On {} terms", p.whose));
        return tr_with("verdict-deal", &[("terms", terms.into()), ("mode", mode.into()), mw, ("start", month(s.site.start).into()), sign, value, site]);
    }
    let part = if share < 100.0 { "-part" } else { "" };
    let dark = if s.mining.greenfield { "-dark" } else { "" };
    tr_with(&format!("verdict-{mode}{part}{dark}"), &[mw, ("share", pct(share).into()), sign, value, mining])
}

/// The terms of finance the first screen uses, each with the plain gloss the page gives it on
/// first use: what "in today's money" means, the rates, borrowing, what counts after the
/// contract.
pub fn terms(s: &Scenario) -> Vec<(String, String)> {
    let term = |id: &str, gloss: &str| (tr(id), tr(gloss));
    let mut out = vec![term("term-today", "term-today-gloss"), term("term-rates", "term-rates-gloss")];
    if s.debt.loan_to_cost_pct > 0.0 && !s.tax.pre_tax_unlevered {
        out.push(term("term-borrowed", "term-borrowed-gloss"));
    }
    if s.finance.terminal_value {
        let gloss = match s.mode {
            AiMode::Lease => "term-after-lease-gloss",
            AiMode::GpuCloud => "term-after-cloud-gloss",
        };
        out.push(term("term-after", gloss));
    }
    out
}
