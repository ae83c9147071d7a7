//! What holds across the families: the verdict's length in every locale, and every sentence and
//! table agreeing with the figures it quotes, over a grid of scenarios.

use crate::format::{money, multiple, number};
use super::*;
use super::words::ahead;
use economics::analysis::BreakEven;
use economics::params::PARAMS;
use economics::{AiMode, Scenario};

/// A grid of scenarios: every input at its low end, default and high end, one at a time,
/// in both modes, with end values on and off.
fn grid() -> Vec<Scenario> {
    let mut out = Vec::new();
    for mode in [AiMode::Lease, AiMode::GpuCloud] {
        for tv in [false, true] {
            let base = Scenario { mode, ..Scenario::default() };
            for p in PARAMS {
                for v in [p.min, (p.get)(&base), p.max] {
                    let mut s = base.clone();
                    (p.set)(&mut s, p.nearest_accepted(v).unwrap());
                    s.finance.terminal_value = tv;
                    out.push(s);
                }
            }
        }
    }
    out
}

/// The verdict is one quotable sentence of at most 32 words over the grid and every preset
/// (end values off and on: the longest deal names and basis), in English, German and
/// Japanese. A figure is one word however it is written: "98,1 Mio. €" is joined by no-break
/// spaces, as Intl writes it, and a line never breaks inside it.
#[test]
fn the_verdict_is_at_most_32_words_in_every_locale() {
    use crate::format::tests::{german, japanese};
    use crate::format::{set_locale, Locale};
    let presets = economics::presets::PRESETS.iter().flat_map(|p| {
        let mut with_ends = p.scenario();
        with_ends.finance.terminal_value = true;
        [p.scenario(), with_ends]
    });
    // The longest the verdict can be: part of the site converted, end values on, the loan
    // cut by its covenant, either path ahead, in either business.
    let mut longest_cases = Vec::new();
    for (mode, rates) in [(AiMode::Lease, [90.0, 170.0]), (AiMode::GpuCloud, [1.5, 4.5])] {
        for rate in rates {
            let mut s = Scenario { mode, ..Scenario::default() };
            s.ai.share_converted_pct = 50.0;
            s.finance.terminal_value = true;
            match mode {
                AiMode::Lease => s.lease.usd_per_kw_month = rate,
                AiMode::GpuCloud => s.gpu.usd_per_gpu_hour = rate,
            }
            longest_cases.push(s);
        }
    }
    let runs: Vec<_> =
        grid().into_iter().chain(presets).chain(longest_cases).filter_map(|s| economics::compute(&s).ok().map(|r| (s, r))).collect();
    // Both paths ahead somewhere among the long cases.
    let long = &runs[runs.len() - 4..];
    assert!(long.iter().any(|(_, r)| r.advantage_npv_usd > 0.0) && long.iter().any(|(_, r)| r.advantage_npv_usd < 0.0));
    let mut longest = (0, String::new());
    for locale in [Locale::default(), german(), japanese()] {
        let tag = locale.tag.clone();
        set_locale(locale);
        for (s, r) in &runs {
            let v = verdict(s, r);
            let words = v.split(' ').filter(|w| !w.is_empty()).count();
            assert!(words <= 32, "{tag}: {words} words: {v}");
            // The basis under it is a line of the same length at most.
            let b = basis(s, r);
            let basis_words = b.split(' ').filter(|w| !w.is_empty()).count();
            assert!(basis_words <= 32, "{tag}: {basis_words} words: {b}");
            if words > longest.0 {
                longest = (words, v);
            }
        }
    }
    set_locale(Locale::default());
    // The grid reaches long verdicts, so the limit is tested near where it could fail.
    assert!(longest.0 >= 22, "the longest has {} words: {}", longest.0, longest.1);
}

#[test]
fn sentences_agree_with_the_report() {
    for s in grid() {
        let Ok(r) = economics::compute(&s) else { continue };
        let v = verdict(&s, &r);
        if s.ai.share_converted_pct > 0.0 {
            assert!(v.contains(&money(r.advantage_npv_usd.abs())), "{v}");
            assert_eq!(v.contains(" loses "), r.advantage_npv_usd < 0.0, "{v}");
            assert_eq!(v.contains(" adds "), r.advantage_npv_usd >= 0.0, "{v}");
            assert!(v.contains("in today's money"), "{v}");
            assert_eq!(v.contains(&money(r.mining.npv_usd)), !s.mining.greenfield, "{v}");
        } else {
            assert!(v.contains("changes nothing") && v.contains(&money(r.mining.npv_usd)), "{v}");
        }
        let b = basis(&s, &r);
        assert!(b.contains(&basis_short(&s, &r)[1..]) && b.contains("; contract ") && b.ends_with('.'), "{b}");
        assert_eq!(b.contains("the contract years only"), !s.finance.terminal_value, "{b}");
        assert!(v.split_whitespace().count() <= 32, "{} words: {v}", v.split_whitespace().count());
        assert!(end_values(&s, &r).contains(&ahead(r.advantage_other_npv_usd)));
        let d = details(&s, &r, None);
        if s.ai.share_converted_pct <= 0.0 {
            // Nothing converted: no payback, return, loan or cash lead to state, and no other view.
            assert!(d.starts_with("Nothing is converted") && cumulative_cash(&r).contains("nothing is converted"), "{d}");
            assert!(other_views(&s, &r).is_empty());
            continue;
        }
        assert_eq!(d.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{d} vs {}", r.advantage_npv_usd);
        assert_eq!(d.contains("IRR"), r.advantage_npv_usd >= 0.0, "an advantage without an IRR or a reason: {d}");
        let diff: Vec<f64> = r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect();
        let signs: Vec<f64> = diff.iter().filter(|x| **x != 0.0).map(|x| x.signum()).collect();
        let changes = signs.windows(2).filter(|w| w[0] != w[1]).count();
        let withheld = r.advantage_npv_usd >= 0.0 && !d.contains("IRR of converting");
        assert_eq!(d.contains("changes sign more than once"), withheld && changes > 1, "{d}");
        if d.contains("Equity IRR of converting") {
            let irr = r.quotable_equity_irr(s.debt.cost_of_equity_pct).unwrap();
            assert_eq!(irr > s.debt.cost_of_equity_pct / 100.0, r.advantage_npv_usd > 0.0);
        } else if d.contains("IRR of converting") {
            let irr = r.quotable_irr(r.hurdle_pct()).unwrap();
            assert_eq!(irr > r.hurdle_pct() / 100.0, r.advantage_npv_usd > 0.0);
        }
        assert_eq!(d.contains("Debt: "), r.debt.is_some(), "{d}");
        assert!(d.contains(&basis_short(&s, &r)), "{d}");
        assert_eq!(d.contains("they stay off"), r.mining_on.iter().all(|on| !on), "{d}");
        assert!(!d.contains("mining is worth $0") || !s.finance.terminal_value, "{d}");
        if d.contains("mining is worth $0") {
            assert!(r.mining.npv_usd <= 0.0);
        }
        let c = cumulative_cash(&r);
        let end = r.ai.cumulative_usd.last().unwrap() - r.mining.cumulative_usd.last().unwrap();
        assert!(c.contains(&money(end.abs())) && !c.contains('−'), "{c}");
        assert_eq!(c.contains("the AI path ends"), end >= 0.0, "{c}");
        assert_eq!(c.contains("does not pay back"), r.advantage_npv_usd < 0.0, "{c}");
        let k = per_kwh(&s, &r);
        let m = if s.mode == AiMode::Lease { r.per_kwh.lease_multiple() } else { r.per_kwh.gpu_multiple() };
        assert!(k.contains(&multiple(m)), "{k}");
        assert_eq!(k.contains("not 25×"), m < 25.0, "{k}");
        for text in [&v, &d, &k] {
            assert!(!text.contains("NaN") && !text.contains("inf") && !text.contains('–'), "{text}");
        }
    }
}

/// Each chart's takeaway states what its analysis says, and every table has its rows.
#[test]
fn takeaways_agree_with_their_analyses() {
    for s in [Scenario::default(), Scenario { mode: AiMode::GpuCloud, ..Scenario::default() }] {
        let r = economics::compute(&s).unwrap();
        let bars = economics::analysis::tornado(&s).unwrap();
        let t = takeaway_tornado(&bars);
        assert!(t.starts_with(bars[0].label.as_str()) && t.contains(&money(bars[0].low_advantage_usd)), "{t}");
        let dead = bars.iter().filter(|b| crate::charts::no_effect(b)).count();
        assert_eq!(t.contains(&format!("{dead} inputs with no effect are left out")), dead > 1, "{t}");
        let b = economics::analysis::break_evens(&s).unwrap();
        let f = takeaway_frontier(&s, &b, "cap");
        match b.ai_rate {
            BreakEven::At(rate) => assert!(f.contains(&number(rate, 2)), "{f}"),
            _ => assert!(f.contains("at any rate in range"), "{f}"),
        }
        let mc = economics::monte_carlo::simulate(&s, 400, 1).unwrap();
        let fan = takeaway_fan(&mc);
        assert!(fan.starts_with(&format!("In {}% of 400", number(mc.probability_ai_ahead * 100.0, 0))), "{fan}");
        let a = takeaway_annual(&r, s.site.grid_mw);
        let year5 = &r.ai.annual()[4];
        assert!(a.contains(&money(year5.ebitda_usd() / s.site.grid_mw)), "{a}");
        assert!(takeaway_per_kwh(&r).contains(&multiple(r.per_kwh.lease_multiple())));
        let years = r.mining.months.len() / 12;
        assert_eq!(table_cumulative(&r).len(), 1 + years);
        assert_eq!(table_annual(&r, s.site.grid_mw).len(), 1 + years);
        assert_eq!(table_per_kwh(&r).len(), 4);
        assert_eq!(table_tornado(&bars).len(), 1 + bars.len());
        assert_eq!(table_fan(&mc).len(), 1 + years);
        for text in [t, f, fan, a] {
            assert!(!text.contains("NaN") && !text.contains('–'), "{text}");
        }
    }
}

/// Where the money comes first and its scale word ends in a full stop (de-CH: "$ 37.4 Mio."),
/// a sentence ending on it has one full stop, not two.
#[test]
fn a_sentence_ending_on_an_abbreviation_has_one_full_stop() {
    use crate::format::tests::german;
    use crate::format::{set_locale, Locale};
    set_locale(Locale { tag: "de-CH".into(), symbol: "$".into(), symbol_after: false, ..german() });
    let s = Scenario::default();
    let r = economics::compute(&s).unwrap();
    let b = economics::analysis::break_evens(&s).unwrap();
    let mut said = vec![verdict(&s, &r), details(&s, &r, Some(&b)), why_convert(&s, &r), cumulative_cash(&r)];
    said.extend(other_views(&s, &r));
    set_locale(Locale::default());
    assert!(said[0].ends_with("Mio."), "{}", said[0]);
    for text in said {
        assert!(!text.contains(".."), "{text}");
    }
}

/// A break-even hashprice above the record says so; one below it does not.
#[test]
fn a_break_even_above_the_record_says_so() {
    let record = economics::model::HASHPRICE_RECORD_USD;
    let mut seen = [false, false];
    let riot = economics::presets::Preset::by_id("riot-amd").unwrap().scenario();
    // Cheap power and a lower rent: mining matches at about $160.
    let (cheap, _) = crate::query::decode("pwr=0.02&rent=110");
    for s in [riot, cheap] {
        let r = economics::compute(&s).unwrap();
        let b = economics::analysis::break_evens(&s).unwrap();
        if let BreakEven::At(hp) = b.hashprice_usd_per_ph_day {
            let d = details(&s, &r, Some(&b));
            assert_eq!(d.contains("above the record of $412.57 (2021)"), hp > record, "{hp}: {d}");
            seen[usize::from(hp > record)] = true;
        }
    }
    assert_eq!(seen, [true, true], "a break-even on each side of the record");
}
