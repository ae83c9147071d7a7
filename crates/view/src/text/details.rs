//! The sentences under the verdict: the answer counting the other way after the contract,
//! revenue per kWh and when the "up to 25×" claim holds, the details (payback, IRR or why none is
//! quoted, the loan, what it is worth and its cover, the other bases, the hashprice break-even,
//! how often the miners run, the dates), and the warnings that carry figures.

use economics::analysis::{BreakEven, BreakEvens};
use economics::{AiMode, Basis, Report, Scenario};

use crate::format::{cover, money, month, months, multiple, number};
use super::verdict::{basis_short, rates_words};
use super::words::{ahead, cash_difference, covenant, month_at, pct, pct_1, signed_money};

/// The answer counting the other way after the contract: with the years after it, or the
/// contract years only, whichever the figures do not count.
pub fn end_values(s: &Scenario, r: &Report) -> String {
    let other = ahead(r.advantage_other_npv_usd);
    if s.finance.terminal_value {
        format!("Counting the contract years only, with nothing after them: {other}.")
    } else {
        let what = match s.mode {
            AiMode::Lease => format!("{} years after the contract (renewed or let again at the market rent)", crate::format::trimmed(s.lease.years_after_contract, 2)),
            AiMode::GpuCloud => "what the GPUs and the site are worth after the contract".to_string(),
        };
        format!("Counting {what}: {other}.")
    }
}

/// The other ways to count the answer, each said to be one: the years after the contract the
/// other way, before tax and without debt, and cash not discounted. The verdict's is the one
/// counted at the market's rates, after tax and financed.
pub fn other_views(s: &Scenario, r: &Report) -> Vec<String> {
    // Nothing converted: every way of counting gives the same nothing.
    if s.ai.share_converted_pct <= 0.0 {
        return Vec::new();
    }
    let bb = &r.by_basis;
    let bases = match r.basis {
        Basis::PreTax => format!("After tax: {} with no debt, {} financed.", signed_money(bb.after_tax.advantage_npv_usd), signed_money(bb.financed.advantage_npv_usd)),
        Basis::AfterTax => format!("Before tax: {}.", signed_money(bb.pre_tax.advantage_npv_usd)),
        Basis::Financed => format!("Before tax and debt: {}; after tax, with no debt: {}.", signed_money(bb.pre_tax.advantage_npv_usd), signed_money(bb.after_tax.advantage_npv_usd)),
    };
    [end_values(s, r), bases, super::cash::cumulative_cash(r)].map(super::words::stopped_once).to_vec()
}

/// The revenue-per-kWh sentence, and exactly when the "up to 25×" claim would hold.
pub fn per_kwh(s: &Scenario, r: &Report) -> String {
    let k = r.per_kwh;
    let claim = match k.gpu_usd_per_hour_for_claim {
        Some(price) => format!(
            "a GPU cloud reaches it at {}/GPU-hour or more (price as of {}, {}% utilisation, {} GPUs per MW of IT)",
            crate::format::price(price, 2),
            month(s.gpu.price_as_of),
            number(s.gpu.utilisation_pct, 0),
            number(s.gpu.gpus_per_mw_it, 0)
        ),
        None => "a GPU cloud selling no GPU-hours never reaches it".to_string(),
    };
    let m = match s.mode {
        AiMode::Lease => k.lease_multiple(),
        AiMode::GpuCloud => k.gpu_multiple(),
    };
    let holds = if m >= economics::model::CLAIMED_MULTIPLE {
        "the “up to 25×” claim holds here"
    } else {
        "not 25×"
    };
    let from = month_at(r, k.from_month);
    format!(
        "Per kWh of grid capacity, in the first full year of AI operation (from {from}), AI takes in {} mining's gross revenue, before any capex — {holds}; {claim}.",
        multiple(m)
    )
}

/// Why no IRR is quoted beside a converting advantage, read from the shape of the difference in
/// cash between the paths; `hurdle` names the rate the IRR would be set against.
fn irr_withheld(r: &Report, hurdle: &str) -> String {
    let difference = cash_difference(r);
    let signs: Vec<f64> = difference.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
    let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
    let why = match (changes, signs.first()) {
        (0, _) => "converting never costs more than mining in any month, so there is no outlay to earn a rate on".to_string(),
        (1, Some(first)) if *first > 0.0 => "converting gains first and costs later, so a rate of return does not describe it".to_string(),
        (1, _) => match r.conversion_irr {
            Ok(rate) => format!(
                "converting returns {}% a year on its cash, which does not square with its value at {hurdle}",
                number(rate * 100.0, 1)
            ),
            Err(_) => "no rate between −99.99% and +10,000% a month balances the difference in cash".to_string(),
        },
        _ => "the difference in cash between the paths changes sign more than once, so no single rate describes it".to_string(),
    };
    format!(" No IRR is quoted: {why}.")
}

/// An IRR a year, bounded where a rate stops meaning anything to a reader: "12.4% a year", or
/// "above 100% a year" (a conversion that costs almost nothing returns any rate at all).
fn irr_words(rate: f64) -> String {
    if rate > 1.0 {
        "above 100% a year".into()
    } else {
        format!("{}% a year", number(rate * 100.0, 1))
    }
}

/// What the network does with a higher hashprice, which the hashprice break-even depends on.
fn network_words(s: &Scenario) -> String {
    if s.network.responds {
        "with the network's hashrate responding to margins, which pulls a high hashprice back".into()
    } else {
        format!("with the network's hashrate growing {}% a year whatever margins do", number(s.network.fixed_growth_pct_per_yr, 0))
    }
}

/// Payback, IRR (of the owners' equity when there is debt), the loan and its cover, the figures
/// on the other bases, the hashprice break-even and how often the miners run. Every figure says
/// what it counts.
pub fn details(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    super::words::stopped_once(details_words(s, r, b))
}

/// [`details`] before its full stops are tidied.
fn details_words(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    if s.ai.share_converted_pct <= 0.0 {
        return "Nothing is converted, so there is no payback, return or loan to state.".into();
    }
    let on = basis_short(s, r);
    let mut rates = rates_words(s, r);
    if r.debt.is_some() {
        // At one rate for everything, the loan is valued at it too: not a market rate.
        let loan = pct(r.rates.loan_market_pct);
        rates.push_str(&if s.finance.one_rate { format!(", the loan at the same {loan}") } else { format!(", the loan at the {loan} market rate for its credit") });
    }
    let payback = match r.payback_month {
        Some(m) if m + 1 == r.ai.months.len() && super::cash::ends_counted(r) => format!(
            "On discounted cash ({on}; {rates}), converting pays back only with the values after the contract, counted in its last month ({}).",
            months(m + 1)
        ),
        Some(m) => format!("On discounted cash ({on}; {rates}), converting pays back after {}.", months(m + 1)),
        None => format!("Converting does not pay back on discounted cash ({on}; {rates})."),
    };
    let irr = match &r.debt {
        Some(d) => match r.quotable_equity_irr(s.debt.cost_of_equity_pct) {
            Some(v) => format!(
                " Equity IRR of converting: {} on at most {} put in by the owners, against a {} cost of equity (at which the owners' cash is worth {} today).",
                irr_words(v), money(d.equity_in_usd), pct(s.debt.cost_of_equity_pct), signed_money(d.equity_npv_at_cost_usd)
            ),
            None if r.advantage_npv_usd >= 0.0 => irr_withheld(r, &format!("the {} cost of equity", pct(s.debt.cost_of_equity_pct))),
            None => String::new(),
        },
        None => match r.quotable_irr(r.hurdle_pct()) {
            Some(v) => format!(" IRR of converting ({}): {}.", if r.basis == Basis::PreTax { "before tax" } else { "after tax" }, irr_words(v)),
            None if r.advantage_npv_usd >= 0.0 => irr_withheld(r, &format!("the {} rate for the contract's credit", pct(r.hurdle_pct()))),
            None => String::new(),
        },
    };
    let debt = r.debt.as_ref().map_or_else(String::new, |d| {
        if d.borrowed_usd == 0.0 {
            return format!(" Debt: none; no loan meets the {} cover covenant.", covenant(s));
        }
        let when = |m: usize| month_at(r, m);
        let share = if d.sized_to_cover {
            format!("{} of the cost: the most the {} covenant allows, of {} asked", pct_1(d.loan_to_cost_pct), covenant(s), pct(s.debt.loan_to_cost_pct))
        } else {
            format!("{} of the cost", pct_1(d.loan_to_cost_pct))
        };
        // A cover sized to the covenant is written to three decimals against it: rounded to two
        // ("1.33×" against 1.325×), it would suggest headroom that is not there.
        let lowest = if d.sized_to_cover {
            format!("{}× against the {} covenant", crate::format::trimmed(d.min_dscr, 3), covenant(s))
        } else {
            cover(d.min_dscr)
        };
        let coupon = r.rates.loan_market_pct;
        let value = if (s.debt.coupon_pct - coupon).abs() < 1e-9 {
            format!("its {} coupon is the market rate for its credit", pct(s.debt.coupon_pct))
        } else {
            let side = if s.debt.coupon_pct < coupon { "below" } else { "above" };
            let with = if s.debt.reserve_months > 0.0 { "with fees and the reserve" } else { "with fees" };
            let rate = if s.finance.one_rate { "rate for everything" } else { "market rate for its credit" };
            format!("its {} coupon, {side} the {} {rate}, {with}, is worth {} to the owners before the tax its interest saves", pct(s.debt.coupon_pct), pct(coupon), signed_money(d.loan_value_usd))
        };
        format!(
            " Debt: {} borrowed ({share}), repaid from {} to {}; debt-service cover lowest {lowest} ({}), average {}; {value}.",
            money(d.borrowed_usd), when(d.repay_from), when(d.repay_until.saturating_sub(1)),
            when(d.min_dscr_month), cover(d.average_dscr)
        )
    });
    let bb = &r.by_basis;
    let others = match r.basis {
        Basis::PreTax => format!(" After tax: {} with no debt, {} financed.", signed_money(bb.after_tax.advantage_npv_usd), signed_money(bb.financed.advantage_npv_usd)),
        Basis::AfterTax => format!(" Before tax: {}.", signed_money(bb.pre_tax.advantage_npv_usd)),
        Basis::Financed => format!(" Before tax and debt: {}; after tax, no debt: {}.", signed_money(bb.pre_tax.advantage_npv_usd), signed_money(bb.after_tax.advantage_npv_usd)),
    };
    // A site with no miners has no hashprice at which mining matches.
    let be = b.filter(|_| !s.mining.greenfield).map(|b| match b.hashprice_usd_per_ph_day {
        BreakEven::At(hp) => format!(
            " Mining would need a hashprice of {}/PH/s/day (as of {}, {}) to match{}.",
            crate::format::price(hp, 2),
            month(s.bitcoin.hashprice_as_of),
            network_words(s),
            // Above anything seen, which the reader should know before quoting it.
            if hp > economics::model::HASHPRICE_RECORD_USD {
                format!(", above the record of {} (2021)", crate::format::price(economics::model::HASHPRICE_RECORD_USD, 2))
            } else {
                String::new()
            }
        ),
        BreakEven::AiAheadAcrossRange => format!(" No hashprice up to {}/PH/s/day lets mining match ({}).", crate::format::price(500.0, 0), network_words(s)),
        BreakEven::MiningAheadAcrossRange => format!(
            " Converting loses at any hashprice from {} to {}/PH/s/day: its loss is in the AI business, whatever mining earns.",
            crate::format::price(1.0, 0), crate::format::price(500.0, 0)
        ),
    });
    let on = r.mining_on.iter().filter(|&&on| on).count();
    let running = match on {
        _ if s.mining.greenfield => " The site has no miners: left unconverted, it stays dark.".to_string(),
        0 if s.finance.terminal_value => " The miners never cover their power and running costs here, so they stay off: mining is worth only what the site and its machines fetch at the end.".to_string(),
        0 => format!(" The miners never cover their power and running costs here, so they stay off and mining is worth {}.", money(0.0)),
        n if n < r.mining_on.len() => format!(
            " The owned miners run {n} of {} months: a month runs when its revenue covers power and other running costs.",
            r.mining_on.len()
        ),
        _ => String::new(),
    };
    let (first, last) = (r.calendar.first(), r.calendar.last());
    let dates = match (first, last, r.calendar.get(r.cutover_month)) {
        (Some(a), Some(z), Some(c)) => format!(
            " Valued from {} to {}: the contract runs from {} to {}.",
            month(*a), month(*z), month(*c), month(*z)
        ),
        _ => String::new(),
    };
    format!("{payback}{irr}{debt}{others}{}{running}{dates}", be.unwrap_or_default())
}

/// A warning as the page shows it: those with figures in them are written here, in the reader's
/// locale; the others as the model words them.
pub fn warning(s: &Scenario, r: &Report, w: &economics::Warning) -> String {
    match (w.code.as_str(), &r.debt) {
        ("no-debt-meets-cover", _) => format!(
            "No loan meets a {} cover covenant: in some month the AI path's cash does not cover any debt service at that ratio, so the figures borrow nothing.",
            covenant(s)
        ),
        ("network-held", _) => {
            let from = r.network_held_from.map(|m| month_at(r, m)).unwrap_or_default();
            format!("The inputs would shrink the network below twice this site's fleet from {from}: it is held there, since the model cannot price a miner that moves hashprice.")
        }
        _ => w.message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::params::Param;

    #[test]
    fn the_25x_sentence_names_the_price_at_which_it_holds() {
        let s = Scenario { mode: AiMode::GpuCloud, ..Scenario::default() };
        let r = economics::compute(&s).unwrap();
        let text = per_kwh(&s, &r);
        assert!(text.contains("not 25×"), "{text}");
        let price = r.per_kwh.gpu_usd_per_hour_for_claim.unwrap();
        assert!(text.contains(&format!("${}/GPU-hour", number(price, 2))), "{text}");
        // At that price the claim holds, and the sentence says so.
        let mut at = s.clone();
        (Param::by_key("gph").unwrap().set)(&mut at, price * 1.001);
        let r = economics::compute(&at).unwrap();
        assert!(per_kwh(&at, &r).contains("the “up to 25×” claim holds here"));
    }
}
