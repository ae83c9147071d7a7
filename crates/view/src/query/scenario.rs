//! The scenario's half of the query: each field under its short key, defaults left out and
//! numbers in their shortest plain form, so any link reproduces the exact scenario; and back,
//! never failing, with a notice for every value not taken as written. The page's own link adds
//! what rides beside the scenario ([`Extras`]).

use economics::analysis::MapAxes;
use economics::params::{Dated, Param, Toggle, DATES, PARAMS, TOGGLES};
use economics::{AiMode, Scenario, YearMonth};

use super::grammar::{parts, percent_encode, repeats_and_unread, Notice, Seen, Unread, MAX_PAIRS};
use super::keys::{dated_label, map_name, mode_name, scenario_key, FLAG_KEYS};
use crate::format::{echo, exact, link_number, Currency};
use crate::language::{label, toggle_label, tr_with, unit, Arg};

/// The query string (without `?`) for `s`: only the fields that differ from the defaults.
pub fn encode(s: &Scenario) -> String {
    let d = Scenario::default();
    let mut parts = Vec::new();
    if s.mode != d.mode {
        parts.push(format!("mode={}", mode_name(s.mode)));
    }
    if s.site.start != d.site.start {
        parts.push(format!("start={}", s.site.start));
    }
    for t in TOGGLES {
        if (t.get)(s) != (t.get)(&d) {
            parts.push(format!("{}={}", t.key, u8::from((t.get)(s))));
        }
    }
    for date in DATES {
        if (date.get)(s) != (date.get)(&d) {
            parts.push(format!("{}={}", date.key, (date.get)(s)));
        }
    }
    for p in PARAMS {
        let v = (p.get)(s);
        if v != (p.get)(&d) {
            parts.push(format!("{}={}", p.key, exact(v)));
        }
    }
    parts.join("&")
}

/// What rides beside the scenario in the page's own URL: a pinned scenario to compare against,
/// and the currency (with the reader's rate) and locale when the reader or the link chose them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extras {
    pub pinned: Option<Scenario>,
    pub currency: Option<(&'static Currency, f64)>,
    pub locale: Option<String>,
    /// The language the reader chose or the link asked for (`lang=`), as its tag.
    pub lang: Option<&'static str>,
    /// The break-even map's inputs: `map=hp` when it plots hashprice across.
    pub map_axes: MapAxes,
}

/// The page's query: the scenario's own keys, then `ref=` (the pinned scenario's query,
/// percent-encoded), `currency=`, `fx=`, `locale=` and `map=` when set.
pub fn link(s: &Scenario, extras: &Extras) -> String {
    let mut parts = vec![encode(s)];
    if let Some(pinned) = &extras.pinned {
        parts.push(format!("ref={}", percent_encode(&encode(pinned))));
    }
    if let Some((currency, per_usd)) = extras.currency {
        parts.push(format!("currency={}", currency.code));
        if per_usd != currency.per_usd {
            parts.push(format!("fx={}", exact(per_usd)));
        }
    }
    if let Some(locale) = &extras.locale {
        parts.push(format!("locale={}", percent_encode(locale)));
    }
    if let Some(lang) = extras.lang {
        parts.push(format!("lang={lang}"));
    }
    if extras.map_axes != MapAxes::default() {
        parts.push(format!("map={}", map_name(extras.map_axes)));
    }
    parts.retain(|p| !p.is_empty());
    parts.join("&")
}

/// Reads a query string (with or without `?`) into a valid scenario and the notices for what was
/// ignored or clamped, each naming its key: a value that is not a number as links write them
/// ([`link_number`]: `1,5`, `1+5`, `$5` are refused, and quoted as written), out of range or not
/// whole months, an unknown key, a key given twice, a key after the first [`MAX_PAIRS`] parts.
/// The display flags ([`FLAG_KEYS`]) are [`View`](super::View)'s, and have
/// [`View::notices`](super::View::notices).
pub fn decode(query: &str) -> (Scenario, Vec<Notice>) {
    let mut s = Scenario::default();
    let mut notices = Vec::new();
    let mut note = |key: &str, message: String| notices.push(Notice { key: key.into(), message });
    let mut seen = Seen::default();
    let mut unread = Unread::default();
    let built = crate::format::build_month();
    for (i, part) in parts(query).enumerate() {
        let key = part.key();
        if FLAG_KEYS.contains(&key.as_str()) {
            continue;
        }
        if i >= MAX_PAIRS {
            let known = scenario_key(&key);
            unread.add(key, known);
            continue;
        }
        if scenario_key(&key) {
            seen.add(&key);
        }
        let value = part.value();
        let shown = echo(&value);
        match key.as_str() {
            "mode" => match value.as_str() {
                "lease" => s.mode = AiMode::Lease,
                "gpu" => s.mode = AiMode::GpuCloud,
                _ => note(&key, tr_with("notice-mode", &[("shown", shown.into()), ("kept", mode_name(s.mode).into())])),
            },
            "start" => match YearMonth::parse(&value) {
                Some(ym) if ym.is_valid() => s.site.start = ym,
                _ => note(&key, tr_with("notice-start", &[("shown", shown.into()), ("min", YearMonth::MIN.to_string().into()), ("max", YearMonth::MAX.to_string().into()), ("kept", s.site.start.to_string().into())])),
            },
            k if Toggle::by_key(k).is_some() => {
                let t = Toggle::by_key(k).unwrap_or(&TOGGLES[0]);
                match value.as_str() {
                    "1" | "true" => (t.set)(&mut s, true),
                    "0" | "false" => (t.set)(&mut s, false),
                    _ => note(k, tr_with("notice-toggle", &[("label", toggle_label(t).into()), ("shown", shown.into()), ("kept", u8::from((t.get)(&s)).to_string().into())])),
                }
            }
            k if Dated::by_key(k).is_some() => {
                let d = Dated::by_key(k).unwrap_or(&DATES[0]);
                let (name, kept) = (dated_label(d), (d.get)(&s).to_string());
                match YearMonth::parse(&value) {
                    // Market data cannot be dated after the page was built.
                    Some(ym) if ym.is_valid() && built.is_some_and(|b| ym > b) => note(
                        k,
                        tr_with("notice-dated-future", &[("label", name.into()), ("shown", shown.into()), ("built", built.map(|b| b.to_string()).unwrap_or_default().into()), ("kept", kept.into())]),
                    ),
                    Some(ym) if ym.is_valid() => (d.set)(&mut s, ym),
                    _ => note(k, tr_with("notice-dated", &[("label", name.into()), ("shown", shown.into()), ("min", YearMonth::MIN.to_string().into()), ("max", YearMonth::MAX.to_string().into()), ("kept", kept.into())])),
                }
            }
            k => match Param::by_key(k) {
                Some(p) => {
                    let written = part.written();
                    let shown = echo(&written);
                    match link_number(&written) {
                        None => note(k, tr_with("notice-number", &[("label", label(p).into()), ("shown", shown.into()), ("kept", exact((p.get)(&s)).into())])),
                        Some(v) => {
                            let clamped = v.clamp(p.min, p.max);
                            let used = p.nearest_accepted(clamped).unwrap_or(p.default);
                            // A number too small for a double reads as 0: said, not silent.
                            let vanished = v == 0.0 && written.bytes().take_while(|b| !matches!(b, b'e' | b'E')).any(|b| matches!(b, b'1'..=b'9'));
                            let said = |id: &str, more: &[(&str, Arg)]| {
                                let mut args = vec![("label", label(p).into()), ("shown", shown.clone().into()), ("used", exact(used).into()), ("unit", unit(p).into())];
                                args.extend(more.iter().cloned());
                                tr_with(id, &args)
                            };
                            if vanished {
                                note(k, said("notice-tiny", &[]));
                            } else if clamped != v {
                                note(k, said("notice-outside", &[("min", exact(p.min).into()), ("max", exact(p.max).into())]));
                            } else if used != v {
                                note(k, said("notice-whole-months", &[]));
                            }
                            (p.set)(&mut s, used);
                        }
                    }
                }
                None => note(k, tr_with("notice-unknown", &[("key", echo(k).into())])),
            },
        }
    }
    repeats_and_unread(&seen, &unread, Some(&s), &mut notices);
    // A valuation starts no earlier than its newest market data.
    let latest = Dated::latest(&s);
    if s.site.start < latest {
        notices.push(Notice {
            key: "start".into(),
            message: tr_with("notice-start-early", &[("start", s.site.start.to_string().into()), ("latest", latest.to_string().into())]),
        });
        s.site.start = latest;
    }
    (s, notices)
}
