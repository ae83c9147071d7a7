//! The compact summary (who is ahead, what the latest change did), the input sections' counts
//! and the printed fact sheet's key inputs with their sources.

use economics::{AiMode, Report, Scenario};

use crate::format::{money, month, quantity};
use super::words::{shows, signed};

/// The page's compact summary of the answer: who is ahead, and by how much, as the verdict counts it.
pub fn advantage(r: &Report) -> String {
    // Written out rather than capitalising `ahead`: char::to_uppercase brings Unicode's case
    // tables into the page's wasm.
    let a = r.advantage_npv_usd;
    let (id, value) = if a >= 0.0 { ("ahead-converting", a) } else { ("ahead-mining", -a) };
    crate::language::tr_with(id, &[("value", money(value).into())])
}

/// What the reader's latest change did, for the compact summary: the inputs changed (by label),
/// and how far the advantage and mining's NPV moved since the first of them started moving. When
/// both paths move alike, the advantage stays put, and the sentence says so. Before any change,
/// an invitation.
pub fn moved(labels: &[&str], advantage_delta_usd: f64, mining_delta_usd: f64) -> String {
    use crate::language::{any_label, count, tr, tr_with};
    let what = match labels {
        [] => return tr("moved-none"),
        [one] => any_label(one),
        [first, rest @ ..] => tr_with("moved-many", &[("first", any_label(first).into()), ("count", count(rest.len() as f64, rest.len().to_string()))]),
    };
    if shows(advantage_delta_usd) {
        let side = if advantage_delta_usd > 0.0 { "converting" } else { "mining" };
        tr_with("moved-favour", &[("what", what.into()), ("value", money(advantage_delta_usd.abs()).into()), ("side", side.into())])
    } else if shows(mining_delta_usd) {
        tr_with("moved-both", &[("what", what.into()), ("change", signed(mining_delta_usd).into())])
    } else {
        tr_with("moved-nothing", &[("what", what.into())])
    }
}

/// How many inputs a section of "More inputs" shows and how many differ from the defaults.
pub fn inputs_changed(shown: usize, changed: usize) -> String {
    use crate::language::{count, tr_with};
    let shown = ("shown", count(shown as f64, shown.to_string()));
    match changed {
        0 => tr_with("inputs-defaults", &[shown]),
        n => tr_with("inputs-changed", &[shown, ("changed", count(n as f64, n.to_string()))]),
    }
}

/// The key inputs of the printed fact sheet: label, value as a reader says it, and where the
/// value comes from: its source and date, or that the reader set it (with the default's source).
pub fn key_inputs(s: &Scenario) -> Vec<[String; 3]> {
    use economics::params::Param;
    let d = Scenario::default();
    let rate = if s.mode == AiMode::Lease { "rent" } else { "gph" };
    use crate::language::{label, tr, tr_with, unit};
    let mut rows = vec![[tr("ki-start"), month(s.site.start), tr(if s.site.start == d.site.start { "ki-default" } else { "ki-reader" })]];
    // The rates the figure was discounted at, and the years counted after the contract.
    let f = &s.finance;
    let rates: &[&str] = if f.one_rate {
        &["dr"]
    } else if s.ai.backstopped_pct >= 100.0 {
        &["rig", "rmine"]
    } else if s.ai.backstopped_pct > 0.0 {
        &["rig", "rown", "rmine"]
    } else {
        &["rown", "rmine"]
    };
    let tail: &[&str] = if f.terminal_value && s.mode == AiMode::Lease { &["tail"] } else { &[] };
    let keys = ["mw", "pwr", "hp", rate, "cap", "yrs"].into_iter().chain(rates.iter().copied()).chain(tail.iter().copied());
    for key in keys {
        let Some(p) = Param::by_key(key) else { continue };
        let (v, default) = ((p.get)(s), (p.get)(&d));
        let d_places = p.decimals();
        let in_words = unit(p);
        let source = if v == default {
            p.cite.line()
        } else {
            tr_with("ki-reader-default", &[("default", quantity(default, d_places, &in_words).into()), ("source", p.cite.line().into())])
        };
        rows.push([label(p), quantity(v, d_places, &in_words), source]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::ahead;

    #[test]
    fn key_inputs_name_their_source_or_the_reader() {
        let mut s = Scenario::default();
        let rows = key_inputs(&s);
        // The start, six key inputs, the two rates and the years after the contract.
        assert_eq!(rows.len(), 10);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert_eq!(hp[1], "$28.68/PH/s/day");
        assert!(hp[2].contains("26 Jun 2026"), "{hp:?}");
        s.bitcoin.hashprice_usd_per_ph_day = 40.0;
        s.mode = AiMode::GpuCloud;
        let rows = key_inputs(&s);
        let hp = rows.iter().find(|r| r[0] == "Hashprice").unwrap();
        assert!(hp[2].starts_with("Set by the reader (default $28.68/PH/s/day:"), "{hp:?}");
        assert!(rows.iter().any(|r| r[0] == "GPU rental price"));
    }

    #[test]
    fn the_summary_says_who_is_ahead_and_what_a_change_did() {
        let r = economics::compute(&Scenario::default()).unwrap();
        let a = advantage(&r);
        let who = if r.advantage_npv_usd >= 0.0 { "Converting" } else { "Mining" };
        assert!(a.starts_with(&format!("{who} ahead by ")) && a.ends_with(&money(r.advantage_npv_usd.abs())), "{a}");
        assert_eq!(a[1..], ahead(r.advantage_npv_usd)[1..], "the verdict's own words");
        assert_eq!(advantage(&Report { advantage_npv_usd: -5e6, ..r.clone() })[1..], ahead(-5e6)[1..]);
        assert_eq!(moved(&["Hashprice"], -12.34e6, 20e6), "Hashprice: $12.3M more in mining's favour");
        assert_eq!(moved(&["Grid power"], 2.0e9, 0.0), "Grid power: $2.00B more in converting's favour");
        assert_eq!(moved(&["Pool fee"], 0.0, -617e3), "Pool fee: both paths −$617K, the gap unchanged");
        assert_eq!(moved(&["BTC volatility"], 0.0, 0.0), "BTC volatility: no change to either path's value");
        assert_eq!(moved(&["Fees"], 0.2, 0.3), "Fees: no change to either path's value", "nothing that shows as $0");
        assert_eq!(moved(&["Grid power", "Contract length", "Hashprice"], 1e6, 0.0), "Grid power and 2 more: $1.0M more in converting's favour");
        assert!(moved(&[], 0.0, 0.0).starts_with("Move any input"));
        assert_eq!(inputs_changed(3, 0), "3 inputs, all defaults");
        assert_eq!(inputs_changed(1, 1), "1 input, 1 changed");
    }
}
