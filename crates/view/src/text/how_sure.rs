//! The "How sure" sentence: the inputs within whose span the answer turns the other way, each
//! with its span and where it breaks even, saying which spans are the sources' and which are
//! our assumptions'; or that none does.

use economics::analysis::{Flip, TornadoBar};

use super::words::{in_sentence, span_and_unit};
use crate::format::quantity;
use crate::language::{self, count, tr_with};

/// A flip named in a sentence: "the conversion capex ($7.5M–$15.0M per MW of IT; breaks even at
/// $9.3M)", its label and unit in the reader's language.
fn named(f: &Flip) -> String {
    let param = economics::params::Param::by_key(&f.key);
    let d = param.map_or(2, |p| p.decimals());
    let (low, high) = match param.and_then(|p| p.cite.range) {
        Some(r) if f.sourced => (r.low, r.high),
        _ => (f.low, f.high),
    };
    // Figures are written with the model's unit (which `quantity` reads), then its words put in
    // the reader's language.
    // The unit in the reader's language keeps the model's signs (`$M …`, `$/…`, `%…`), which
    // `quantity` reads.
    let in_words = param.map_or_else(|| f.unit.clone(), language::unit);
    let (range, unit) = span_and_unit(low, high, d, &in_words);
    let level = |x: f64| {
        // A decimal more where the break-even would round to an end of the range.
        let at_end = [low, high].iter().any(|&end| quantity(end, d, &in_words) == quantity(x, d, &in_words));
        let level = quantity(x, d + usize::from(at_end), &in_words);
        let level = level.strip_suffix(&unit).unwrap_or(&level).to_string();
        // Years to a tenth (a hundredth is four days), with their unit.
        let level = if f.unit == "years" {
            let tenth = |v: f64| crate::format::trimmed(v, 1);
            let close = [low, high].iter().any(|&end| tenth(end) == tenth(x));
            tr_with("sure-years", &[("years", count(x, crate::format::trimmed(x, 1 + usize::from(close))))])
        } else {
            level
        };
        if x < low || x > high { tr_with("sure-outside", &[("level", level.into())]) } else { level }
    };
    // An answer that changes sign more than once says so, with each value up to three.
    let even = match f.break_evens.as_slice() {
        [x] => tr_with("sure-even-1", &[("a", level(*x).into())]),
        [a, b] => tr_with("sure-even-2", &[("a", level(*a).into()), ("b", level(*b).into())]),
        [a, b, c] => tr_with("sure-even-3", &[("a", level(*a).into()), ("b", level(*b).into()), ("c", level(*c).into())]),
        many => tr_with("sure-even-many", &[("count", count(many.len() as f64, many.len().to_string())), ("first", level(many[0]).into()), ("last", level(many[many.len() - 1]).into())]),
    };
    let label = param.map_or_else(|| f.label.clone(), language::label);
    tr_with("sure-named", &[("label", in_sentence(&label).into()), ("range", range.into()), ("even", even.into())])
}

/// Names in a list: "a", "a and b", "a, b and c".
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => tr_with("list-2", &[("a", a.clone().into()), ("b", b.clone().into())]),
        // At most three are named.
        [a, b, c, ..] => tr_with("list-3", &[("a", a.clone().into()), ("b", b.clone().into()), ("c", c.clone().into())]),
    }
}

/// "How sure:" and the inputs within whose span the answer turns the other way, each with its
/// span and break-even (at most three named, the rest counted), grouped by whether the span is
/// the sources' or our assumption's; or that the answer holds across every span, moved one at a
/// time.
pub fn how_sure(flips: &[Flip], bars: &[TornadoBar]) -> String {
    if flips.is_empty() {
        let sourced = bars.iter().filter(|b| b.sourced).count();
        let assumed = bars.len() - sourced;
        let n = |v: usize| count(v as f64, v.to_string());
        return tr_with("sure-holds", &[("sourced", n(sourced)), ("assumed", n(assumed))]);
    }
    // Sourced inputs whose every break-even lies beyond the sources' span (the value set is out
    // there too) turn it between the two, not within what the sources say.
    let within = |f: &Flip| {
        let range = economics::params::Param::by_key(&f.key).and_then(|p| p.cite.range);
        range.is_none_or(|r| f.break_evens.iter().any(|&x| (r.low..=r.high).contains(&x)))
    };
    let groups: [(Vec<&Flip>, &str); 3] = [
        (flips.iter().filter(|f| f.sourced && within(f)).collect(), "sure-group-sourced"),
        (flips.iter().filter(|f| f.sourced && !within(f)).collect(), "sure-group-between"),
        (flips.iter().filter(|f| !f.sourced).collect(), "sure-group-assumed"),
    ];
    let mut parts = Vec::new();
    let mut named_count = 0;
    for (group, id) in &groups {
        let take = group.len().min(3 - named_count);
        if take > 0 {
            let names: Vec<String> = group[..take].iter().map(|f| named(f)).collect();
            parts.push(tr_with(id, &[("names", listed(&names).into())]));
            named_count += take;
        }
    }
    let more = flips.len() - named_count;
    let groups = match parts.as_slice() {
        [a] => a.clone(),
        [a, b] => tr_with("sure-groups-2", &[("a", a.clone().into()), ("b", b.clone().into())]),
        [a, b, c, ..] => tr_with("sure-groups-3", &[("a", a.clone().into()), ("b", b.clone().into()), ("c", c.clone().into())]),
        [] => String::new(),
    };
    if more == 0 {
        tr_with("sure-turns", &[("groups", groups.into())])
    } else {
        tr_with("sure-turns-more", &[("groups", groups.into()), ("count", count(more as f64, more.to_string()))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flip(key: &str, label: &str, unit: &str, be: &[f64], low: f64, high: f64, sourced: bool) -> Flip {
        Flip { key: key.into(), label: label.into(), unit: unit.into(), break_evens: be.to_vec(), low, high, sourced }
    }

    /// The flips are named with their range and break-even, the unit once, the sources' spans
    /// apart from our assumptions'; no flip is said in as many words.
    #[test]
    fn how_sure_names_each_flip_with_its_range_and_break_even() {
        let flips = [
            flip("cap", "Conversion capex", "$M per MW of IT", &[9.3], 7.5, 15.0, true),
            flip("noi", "NOI margin, modified gross", "%", &[89.5], 80.0, 90.0, true),
            flip("rmine", "Rate for mining cash", "%/yr", &[12.0], 10.0, 20.0, false),
        ];
        assert_eq!(
            how_sure(&flips, &[]),
            "How sure: the answer turns the other way within what the sources say for the conversion capex ($7.5M–$15.0M per MW of IT; breaks even at $9.3M) and the NOI margin, modified gross (80%–90%; breaks even at 89.5%), and within the range we assume for the rate for mining cash (10%–20%/yr; breaks even at 12%)."
        );
        // An answer that changes sign three times, or five, within the span.
        let yrs = |be: &[f64]| how_sure(&[flip("yrs", "Contract length", "years", be, 5.0, 15.0, true)], &[]);
        assert_eq!(yrs(&[10.61, 12.2, 13.79]), "How sure: the answer turns the other way within what the sources say for the contract length (10–15 years; breaks even at 10.6 years, 12.2 years and 13.8 years).");
        assert!(yrs(&[11.0, 12.0, 12.6, 13.2, 13.8]).contains("(10–15 years; breaks even at 5 values, from 11 years to 13.8 years)"), "{}", yrs(&[11.0, 12.0, 12.6, 13.2, 13.8]));
        // The span printed is the sources' own; a break-even beyond it, toward the value set, is
        // said to be outside them, and an input whose every break-even is out there is apart.
        let beyond = yrs(&[7.37]);
        assert_eq!(beyond, "How sure: the answer turns the other way between what the sources say and the value set for the contract length (10–15 years; breaks even at 7.4 years, outside them).");
        let bar = |sourced| TornadoBar { key: "hp".into(), label: "Hashprice".into(), unit: "".into(), low_value: 0.0, high_value: 1.0, low_advantage_usd: 1.0, high_advantage_usd: 2.0, sourced };
        let holds = how_sure(&[], &[bar(true), bar(false), bar(false)]);
        assert!(holds.contains("each of its 1 sourced inputs") && holds.contains("each of its 2 assumptions"), "{holds}");
        // Four flips: three named, one counted.
        let four: Vec<Flip> = (0..4).map(|i| flip("cap", "Conversion capex", "$M per MW of IT", &[9.0 + i as f64 * 0.1], 7.5, 15.0, true)).collect();
        assert!(how_sure(&four, &[]).ends_with(", and for 1 more input."), "{}", how_sure(&four, &[]));
    }
}
