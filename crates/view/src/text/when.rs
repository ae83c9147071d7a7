//! When to convert: the chart's takeaway and table, and the headline's "When:" sentence, all
//! quoting the sweep of start months.

use economics::analysis::Timing;
use economics::Scenario;

use crate::format::{money, month};
use super::words::signed_money;
use crate::language::{tr, tr_with};

/// The least gain from waiting that the headline mentions (with 1% of the figures).
const MATERIAL_USD: f64 = 1e6;

/// The month `m` months after the scenario's start.
fn start_plus(s: &Scenario, m: usize) -> String {
    month(s.site.start.plus_months(m as u32))
}

/// The "when to convert" chart's takeaway: the best start against the start as set.
pub fn takeaway_when(s: &Scenario, t: &Timing) -> String {
    if s.ai.share_converted_pct <= 0.0 {
        return tr("when-none");
    }
    let Some((best, best_usd)) = t.best() else { return String::new() };
    let set = s.ai.convert_in_months.round().max(0.0) as usize;
    let at_set = t.starts.iter().position(|&m| m == set).map(|i| t.advantage_usd[i]);
    let set_words = if set == 0 { tr("when-now") } else { tr_with("when-in", &[("month", start_plus(s, set).into())]) };
    let last = t.starts.last().copied().unwrap_or(0);
    if best_usd < 0.0 {
        let loses = tr_with("when-loses", &[("last", start_plus(s, last).into()), ("loss", money(-best_usd).into()), ("best", start_plus(s, best).into())]);
        return if best == 0 { [loses, tr("when-later-loses-more")].join(crate::language::space()) } else { loses };
    }
    match at_set {
        Some(a) if best == set => tr_with("when-best-set", &[("set", set_words.into()), ("value", signed_money(a).into())]),
        Some(a) => tr_with("when-best-other", &[("best", start_plus(s, best).into()), ("value", signed_money(best_usd).into()), ("set", set_words.into()), ("at-set", signed_money(a).into())]),
        None => tr_with("when-best", &[("best", start_plus(s, best).into()), ("value", signed_money(best_usd).into())]),
    }
}

/// Whether waiting to convert pays, for the headline: the best start when it is not the start as
/// set and beats it by at least $1M and 1% of the larger figure (less is within the model's
/// noise, not advice to wait); nothing otherwise.
pub fn waiting(s: &Scenario, t: &Timing) -> String {
    let set = s.ai.convert_in_months.round().max(0.0) as usize;
    let at_set = t.starts.iter().position(|&m| m == set).map(|i| t.advantage_usd[i]);
    let last = t.starts.last().copied().unwrap_or(0);
    match (t.best(), at_set) {
        // Only a start at which converting wins: where it loses at every start, mining on is the
        // answer, and the verdict says so.
        (Some((best, best_usd)), Some(now_usd))
            if best != set && best_usd >= 0.0 && best_usd - now_usd >= MATERIAL_USD.max(0.01 * best_usd.abs().max(now_usd.abs())) =>
        {
            let args = [
                ("best", start_plus(s, best).into()),
                ("set", (if set == 0 { String::new() } else { start_plus(s, set) }).into()),
                ("more", money(best_usd - now_usd).into()),
                ("against", signed_money(best_usd).into()),
                ("edge", (if best == last { tr("when-latest") } else { String::new() }).into()),
            ];
            tr_with(if set == 0 { "when-wait" } else { "when-wait-from" }, &args)
        }
        _ => String::new(),
    }
}

/// The "when to convert" chart's data table: every sixth start, and the best.
pub fn table_when(s: &Scenario, t: &Timing) -> Vec<Vec<String>> {
    let best = t.best().map(|b| b.0);
    let mut rows = vec![vec![tr("col-starts"), tr("col-months-from-now"), tr("col-gap")]];
    for (&m, &a) in t.starts.iter().zip(&t.advantage_usd) {
        if m % 6 == 0 || Some(m) == best {
            let when = if Some(m) == best { tr_with("when-best-mark", &[("month", start_plus(s, m).into())]) } else { start_plus(s, m) };
            rows.push(vec![when, m.to_string(), money(a)]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The "when" sentences quote the sweep: the best start's month and advantage, and what
    /// waiting gains over the start as set; nothing about waiting when the start as set is best.
    #[test]
    fn when_sentences_quote_the_sweep() {
        let s = Scenario::default();
        let t = Timing { starts: vec![0, 1, 2, 3], advantage_usd: vec![-2e6, 1e6, 5e6, 4e6] };
        let take = takeaway_when(&s, &t);
        assert!(take.contains(&month(s.site.start.plus_months(2))) && take.contains("+$5.0M") && take.contains("−$2.0M"), "{take}");
        let wait = waiting(&s, &t);
        assert!(wait.contains("instead of now") && wait.contains("$7.0M more"), "{wait}");
        let mut later = s.clone();
        later.ai.convert_in_months = 2.0;
        assert!(waiting(&later, &t).is_empty());
        assert!(takeaway_when(&later, &t).contains("as set, is the best start"));
        let worse = Timing { starts: vec![0, 1], advantage_usd: vec![-2e6, -1e6] };
        assert!(takeaway_when(&s, &worse).starts_with("Converting loses at every start from now to"), "{}", takeaway_when(&s, &worse));
        assert!(waiting(&s, &worse).is_empty(), "converting loses at every start: nothing about waiting");
        assert!(takeaway_when(&s, &worse).contains("the smallest loss, $1.0M, is starting in"), "{}", takeaway_when(&s, &worse));
        let sooner = Timing { starts: vec![0, 1], advantage_usd: vec![-1e6, -2e6] };
        assert!(takeaway_when(&s, &sooner).ends_with("A later start loses more."), "{}", takeaway_when(&s, &sooner));
        // Waiting for less than 1% of the figure is noise, not advice.
        let flat = Timing { starts: vec![0, 1], advantage_usd: vec![108.2e6, 108.9e6] };
        assert!(waiting(&s, &flat).is_empty(), "{}", waiting(&s, &flat));
        let rows = table_when(&s, &t);
        assert_eq!(rows.len(), 3, "start 0 and the best: {rows:?}");
        assert!(rows[2][0].ends_with("(best)"));
    }
}
