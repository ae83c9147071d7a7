//! The verdict is one quotable sentence of at most 32 words, in every locale the page writes
//! numbers for, over a grid of scenarios (each input at its limits and default, in both AI
//! businesses, end values on and off) and every preset. A figure is one word however it is
//! written: "98,1 Mio. €" is joined by no-break spaces, as Intl writes it, and a line never
//! breaks inside it; words are what ordinary spaces separate.

use economics::params::PARAMS;
use economics::presets::PRESETS;
use economics::{compute, AiMode, Scenario};
use view::format::{set_locale, Currency, Locale};
use view::text::verdict;

fn locales() -> Vec<Locale> {
    // As Intl writes them (the same as tests/charts_svg.rs).
    let german = Locale {
        tag: "de-DE".into(), decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.86,
        symbol: "€".into(), symbol_after: true, symbol_gap: true,
        compact: vec![(1e6, "Mio.".into(), true), (1e9, "Mrd.".into(), true), (1e12, "Bio.".into(), true)],
        months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."].map(|m| format!("{m} {{y}}")),
        ..Locale::default()
    };
    let japanese = Locale {
        tag: "ja-JP".into(), currency: Currency::by_code("JPY").unwrap(), per_usd: 155.0, symbol: "￥".into(),
        compact: vec![(1e4, "万".into(), false), (1e8, "億".into(), false), (1e12, "兆".into(), false)],
        months: std::array::from_fn(|m| format!("{{y}}年{}月", m + 1)),
        ..Locale::default()
    };
    vec![Locale::default(), german, japanese]
}

fn scenarios() -> Vec<Scenario> {
    // Every preset, with end values off and on (the longest deal names and the longest basis).
    let mut out: Vec<Scenario> = PRESETS
        .iter()
        .flat_map(|p| {
            let mut with_ends = p.scenario();
            with_ends.finance.terminal_value = true;
            [p.scenario(), with_ends]
        })
        .collect();
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

#[test]
fn the_verdict_is_at_most_32_words_in_every_locale() {
    let runs: Vec<_> = scenarios().into_iter().filter_map(|s| compute(&s).ok().map(|r| (s, r))).collect();
    assert!(runs.len() > 500, "{} scenarios", runs.len());
    let mut longest = (0, String::new());
    for locale in locales() {
        let tag = locale.tag.clone();
        set_locale(locale);
        for (s, r) in &runs {
            let v = verdict(s, r);
            let words = v.split(' ').filter(|w| !w.is_empty()).count();
            assert!(words <= 32, "{tag}: {words} words: {v}");
            if words > longest.0 {
                longest = (words, v);
            }
        }
    }
    // The grid reaches long verdicts, so the limit is tested where it could fail.
    assert!(longest.0 >= 26, "the longest has {} words: {}", longest.0, longest.1);
}
