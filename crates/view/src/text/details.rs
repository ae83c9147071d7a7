//! The sentences under the verdict: the answer counting the other way after the contract,
//! revenue per kWh and when the "up to 25×" claim holds, the details (payback, IRR or why none is
//! quoted, the loan, what it is worth and its cover, the other bases, the hashprice break-even,
//! how often the miners run, the dates), and the cautions, in the reader's words.

use economics::analysis::{BreakEven, BreakEvens};
use economics::{AiMode, Basis, Report, Scenario};

use crate::format::{cover, money, month, months, multiple, number};
use super::verdict::{basis_short, rates_words};
use super::words::{ahead, cash_difference, covenant, month_at, pct, pct_1, signed_money};
use crate::language::{count, space, tr, tr_with, Arg};

/// The answer counting the other way after the contract: with the years after it, or the
/// contract years only, whichever the figures do not count.
pub fn end_values(s: &Scenario, r: &Report) -> String {
    let other = ("ahead", Arg::from(ahead(r.advantage_other_npv_usd)));
    if s.finance.terminal_value {
        return tr_with("end-contract-only", &[other]);
    }
    let years = s.lease.years_after_contract;
    let id = if s.mode == AiMode::Lease { "end-lease" } else { "end-cloud" };
    tr_with(id, &[("years", count(years, crate::format::trimmed(years, 2))), other])
}

/// The other bases of the advantage, in a sentence: "Before tax: +$99.4M."
fn other_bases(r: &Report) -> String {
    let bb = &r.by_basis;
    let (pre, after, financed) = (signed_money(bb.pre_tax.advantage_npv_usd), signed_money(bb.after_tax.advantage_npv_usd), signed_money(bb.financed.advantage_npv_usd));
    match r.basis {
        Basis::PreTax => tr_with("bases-pre", &[("after", after.into()), ("financed", financed.into())]),
        Basis::AfterTax => tr_with("bases-after", &[("pre", pre.into())]),
        Basis::Financed => tr_with("bases-financed", &[("pre", pre.into()), ("after", after.into())]),
    }
}

pub fn other_views(s: &Scenario, r: &Report) -> Vec<String> {
    // Nothing converted: every way of counting gives the same nothing.
    if s.ai.share_converted_pct <= 0.0 {
        return Vec::new();
    }
    [end_values(s, r), other_bases(r), super::cash::cumulative_cash(r)].map(super::words::stopped_once).to_vec()
}

pub fn per_kwh(s: &Scenario, r: &Report) -> String {
    let k = r.per_kwh;
    let claim = match k.gpu_usd_per_hour_for_claim {
        Some(price) => tr_with(
            "kwh-claim-at",
            &[
                ("price", crate::format::price(price, 2).into()),
                ("date", month(s.gpu.price_as_of).into()),
                ("utilisation", number(s.gpu.utilisation_pct, 0).into()),
                ("gpus", number(s.gpu.gpus_per_mw_it, 0).into()),
            ],
        ),
        None => tr("kwh-claim-never"),
    };
    let m = match s.mode {
        AiMode::Lease => k.lease_multiple(),
        AiMode::GpuCloud => k.gpu_multiple(),
    };
    let holds = tr(if m >= economics::model::CLAIMED_MULTIPLE { "kwh-holds" } else { "kwh-not" });
    tr_with("kwh", &[("from", month_at(r, k.from_month).into()), ("multiple", multiple(m).into()), ("holds", holds.into()), ("claim", claim.into())])
}

/// Why no IRR is quoted for a conversion that adds value, as a sentence.
fn irr_withheld(r: &Report, hurdle: String) -> String {
    let difference = cash_difference(r);
    let signs: Vec<f64> = difference.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
    let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
    let why = match (changes, signs.first()) {
        (0, _) => tr("irr-no-outlay"),
        (1, Some(first)) if *first > 0.0 => tr("irr-gains-first"),
        (1, _) => match r.conversion_irr {
            Ok(rate) => tr_with("irr-odd", &[("rate", number(rate * 100.0, 1).into()), ("hurdle", hurdle.into())]),
            Err(_) => tr("irr-none-balances"),
        },
        _ => tr("irr-many-signs"),
    };
    tr_with("irr-withheld", &[("why", why.into())])
}

fn irr_words(rate: f64) -> String {
    if rate > 1.0 {
        tr("irr-above-100")
    } else {
        tr_with("irr-a-year", &[("rate", number(rate * 100.0, 1).into())])
    }
}

fn network_words(s: &Scenario) -> String {
    if s.network.responds {
        tr("network-responds")
    } else {
        tr_with("network-fixed", &[("growth", number(s.network.fixed_growth_pct_per_yr, 0).into())])
    }
}

pub fn details(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    super::words::stopped_once(details_words(s, r, b))
}

fn details_words(s: &Scenario, r: &Report, b: Option<&BreakEvens>) -> String {
    if s.ai.share_converted_pct <= 0.0 {
        return tr("details-none");
    }
    let on = basis_short(s, r);
    let mut rates = rates_words(s, r);
    if r.debt.is_some() {
        // At one rate for everything, the loan is valued at it too: not a market rate.
        let loan = ("loan", Arg::from(pct(r.rates.loan_market_pct)));
        rates = tr_with(if s.finance.one_rate { "rates-loan-same" } else { "rates-loan-market" }, &[("rates", rates.into()), loan]);
    }
    let basis = [("on", Arg::from(on)), ("rates", rates.into())];
    let mut said = Vec::new();
    said.push(match r.payback_month {
        Some(m) if m + 1 == r.ai.months.len() && super::cash::ends_counted(r) => {
            tr_with("payback-at-end", &[basis[0].clone(), basis[1].clone(), ("span", months(m + 1).into())])
        }
        Some(m) => tr_with("payback", &[basis[0].clone(), basis[1].clone(), ("span", months(m + 1).into())]),
        None => tr_with("payback-never", &basis),
    });
    said.extend(match &r.debt {
        Some(d) => match r.quotable_equity_irr(s.debt.cost_of_equity_pct) {
            Some(v) => Some(tr_with(
                "irr-equity",
                &[("irr", irr_words(v).into()), ("equity", money(d.equity_in_usd).into()), ("cost", pct(s.debt.cost_of_equity_pct).into()), ("value", signed_money(d.equity_npv_at_cost_usd).into())],
            )),
            None if r.advantage_npv_usd >= 0.0 => Some(irr_withheld(r, tr_with("hurdle-equity", &[("cost", pct(s.debt.cost_of_equity_pct).into())]))),
            None => None,
        },
        None => match r.quotable_irr(r.hurdle_pct()) {
            Some(v) => Some(tr_with(if r.basis == Basis::PreTax { "irr-pre-tax" } else { "irr-after-tax" }, &[("irr", irr_words(v).into())])),
            None if r.advantage_npv_usd >= 0.0 => Some(irr_withheld(r, tr_with("hurdle-contract", &[("rate", pct(r.hurdle_pct()).into())]))),
            None => None,
        },
    });
    if let Some(d) = r.debt.as_ref() {
        said.push(if d.borrowed_usd == 0.0 {
            tr_with("debt-none", &[("cover", covenant(s).into())])
        } else {
            let when = |m: usize| month_at(r, m);
            let share = if d.sized_to_cover {
                tr_with("debt-share-sized", &[("share", pct_1(d.loan_to_cost_pct).into()), ("cover", covenant(s).into()), ("asked", pct(s.debt.loan_to_cost_pct).into())])
            } else {
                tr_with("debt-share", &[("share", pct_1(d.loan_to_cost_pct).into())])
            };
            // A cover sized to the covenant is written to three decimals against it: rounded to
            // two ("1.33×" against 1.325×), it would suggest headroom that is not there.
            let lowest = if d.sized_to_cover {
                tr_with("debt-lowest-sized", &[("lowest", format!("{}×", crate::format::trimmed(d.min_dscr, 3)).into()), ("cover", covenant(s).into())])
            } else {
                cover(d.min_dscr)
            };
            let coupon = r.rates.loan_market_pct;
            let value = if (s.debt.coupon_pct - coupon).abs() < 1e-9 {
                tr_with("debt-coupon-market", &[("coupon", pct(s.debt.coupon_pct).into())])
            } else {
                let side = if s.debt.coupon_pct < coupon { "below" } else { "above" };
                let with = if s.debt.reserve_months > 0.0 { "reserve" } else { "fees" };
                let rate = if s.finance.one_rate { "one" } else { "market" };
                tr_with(
                    "debt-coupon-value",
                    &[("coupon", pct(s.debt.coupon_pct).into()), ("side", side.into()), ("market", pct(coupon).into()), ("rate", rate.into()), ("with", with.into()), ("value", signed_money(d.loan_value_usd).into())],
                )
            };
            tr_with(
                "debt",
                &[
                    ("borrowed", money(d.borrowed_usd).into()),
                    ("share", share.into()),
                    ("from", when(d.repay_from).into()),
                    ("to", when(d.repay_until.saturating_sub(1)).into()),
                    ("lowest", lowest.into()),
                    ("month", when(d.min_dscr_month).into()),
                    ("average", cover(d.average_dscr).into()),
                    ("value", value.into()),
                ],
            )
        });
    }
    said.push(other_bases(r));
    // A site with no miners has no hashprice at which mining matches.
    said.extend(b.filter(|_| !s.mining.greenfield).map(|b| match b.hashprice_usd_per_ph_day {
        BreakEven::At(hp) => {
            let record = economics::model::HASHPRICE_RECORD_USD;
            let args = [
                ("price", Arg::from(crate::format::price(hp, 2))),
                ("date", month(s.bitcoin.hashprice_as_of).into()),
                ("network", network_words(s).into()),
                ("record", crate::format::price(record, 2).into()),
            ];
            // Above anything seen, which the reader should know before quoting it.
            tr_with(if hp > record { "breakeven-hp-record" } else { "breakeven-hp" }, &args)
        }
        BreakEven::AiAheadAcrossRange => tr_with("breakeven-hp-none", &[("top", crate::format::price(500.0, 0).into()), ("network", network_words(s).into())]),
        BreakEven::MiningAheadAcrossRange => tr_with("breakeven-hp-never", &[("low", crate::format::price(1.0, 0).into()), ("top", crate::format::price(500.0, 0).into())]),
    }));
    let on = r.mining_on.iter().filter(|&&on| on).count();
    let months_n = r.mining_on.len();
    said.extend(match on {
        _ if s.mining.greenfield => Some(tr("running-dark")),
        0 if s.finance.terminal_value => Some(tr("running-never-end")),
        0 => Some(tr_with("running-never", &[("zero", money(0.0).into())])),
        n if n < months_n => Some(tr_with("running-some", &[("on", n.to_string().into()), ("months", count(months_n as f64, months_n.to_string()))])),
        _ => None,
    });
    if let (Some(a), Some(z), Some(c)) = (r.calendar.first(), r.calendar.last(), r.calendar.get(r.cutover_month)) {
        said.push(tr_with("valued", &[("first", month(*a).into()), ("last", month(*z).into()), ("cutover", month(*c).into())]));
    }
    said.join(space())
}

/// A caution as the page shows it, in the reader's language and locale (the model's own
/// sentence, in English, only for a code the page does not know).
pub fn warning(s: &Scenario, r: &Report, w: &economics::Warning) -> String {
    let price = crate::format::price;
    match w.code.as_str() {
        "hashprice-beyond-history" => {
            let (lo, hi) = r.hashprice_usd_per_ph_day.iter().fold((f64::MAX, 0.0f64), |(a, b), &h| (a.min(h), b.max(h)));
            let args = [("low", Arg::from(price(lo, 2))), ("high", price(hi, 0).into()), ("record", price(economics::model::HASHPRICE_RECORD_USD, 2).into())];
            tr_with(if s.network.responds { "warn-hashprice-beyond" } else { "warn-hashprice-beyond-still" }, &args)
        }
        "value-beyond-reason" => tr("warn-value-beyond"),
        "network-held" => {
            let from = r.network_held_from.map(|m| month_at(r, m)).unwrap_or_default();
            tr_with("warn-network-held", &[("from", from.into())])
        }
        "fleet-share-of-network" => match w.figure {
            Some(share) => tr_with("warn-fleet-share", &[("share", number(share, 0).into())]),
            None => w.message.clone(),
        },
        "credits-exceed-mining" => tr("warn-credits-exceed"),
        "nothing-converted" => tr("warn-nothing-converted"),
        "no-debt-meets-cover" => tr_with("warn-no-debt", &[("cover", covenant(s).into())]),
        "ramp-outlasts-contract" => tr("warn-ramp-outlasts"),
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
