//! The URL query, both halves: the scenario (short keys, defaults left out, numbers in their
//! shortest plain form, so any link reproduces the exact scenario; decoding never fails, and
//! nothing changes without a word: numbers are read by one strict grammar, and a value that is
//! unreadable or out of range, a key given twice, a key past the first [`MAX_PAIRS`] parts or a
//! flag inside `ref=` becomes a notice naming its key, with the nearest valid value kept) and the
//! display flags of the embed view, in the spirit of Datawrapper's (which charts, which
//! controls, which theme, read-only), which ride beside the scenario and never change it.

use economics::analysis::MapAxes;
use economics::params::{Dated, Param, Toggle, DATES, PARAMS, TOGGLES};
use economics::{AiMode, Scenario, YearMonth};

use crate::format::{echo, exact, link_number, Currency};
use crate::Chart;

/// Something in a query that was not taken as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub key: String,
    pub message: String,
}

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
    /// The break-even map's inputs: `map=hp` when it plots hashprice across.
    pub map_axes: MapAxes,
}

/// The break-even map's inputs as a link names them (`map=`): the input across.
fn map_name(axes: MapAxes) -> &'static str {
    match axes {
        MapAxes::CapexByRate => "cap",
        MapAxes::HashpriceByRate => "hp",
    }
}

fn map_axes(name: &str) -> Option<MapAxes> {
    [MapAxes::CapexByRate, MapAxes::HashpriceByRate].into_iter().find(|a| map_name(*a) == name)
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
    if extras.map_axes != MapAxes::default() {
        parts.push(format!("map={}", map_name(extras.map_axes)));
    }
    parts.retain(|p| !p.is_empty());
    parts.join("&")
}

/// Escapes everything but unreserved characters, so a query can ride inside another.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn mode_name(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "lease",
        AiMode::GpuCloud => "gpu",
    }
}

/// The most `key=value` parts of a query that are read, a guard against links of millions of
/// parts. Keys after them are not read, and each is named in a notice.
pub const MAX_PAIRS: usize = 200;
/// Unread unknown keys named one by one before the rest are only counted (known keys are always
/// named: there are few of them).
const NAMED_UNREAD: usize = 100;

/// One `key=value` part of a query, as written.
#[derive(Clone, Copy)]
struct Part<'a> {
    key: &'a str,
    value: &'a str,
}

impl Part<'_> {
    fn key(&self) -> String {
        percent_decode(self.key, true)
    }

    /// The value as a form decodes it (`+` is a space).
    fn value(&self) -> String {
        percent_decode(self.value, true)
    }

    /// The value as the reader wrote it: escapes decoded, `+` kept, so `1+5` is quoted as `1+5`
    /// and `1e+5` is still a number.
    fn written(&self) -> String {
        percent_decode(self.value, false)
    }
}

/// Every non-empty part of a query, with or without its `?`.
fn parts(query: &str) -> impl Iterator<Item = Part<'_>> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        Part { key, value }
    })
}

/// The query's `key=value` pairs, percent-decoded, the first [`MAX_PAIRS`] of them.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    parts(query).take(MAX_PAIRS).map(|p| (p.key(), p.value()))
}

/// Keys of the parts after the first [`MAX_PAIRS`]: named in order, each once (unknown ones up
/// to [`NAMED_UNREAD`]), the rest counted.
#[derive(Default)]
struct Unread {
    keys: Vec<String>,
    more: usize,
}

impl Unread {
    fn add(&mut self, key: String, known: bool) {
        if self.keys.contains(&key) {
        } else if known || self.keys.len() < NAMED_UNREAD {
            self.keys.push(key);
        } else {
            self.more += 1;
        }
    }
}

/// Keys read, in order of first appearance, with how often each came.
#[derive(Default)]
struct Seen(Vec<(String, usize)>);

impl Seen {
    fn add(&mut self, key: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, n)) => *n += 1,
            None => self.0.push((key.to_string(), 1)),
        }
    }

    fn repeated(&self) -> impl Iterator<Item = (&str, usize)> {
        self.0.iter().filter(|(_, n)| *n > 1).map(|(k, n)| (k.as_str(), *n))
    }
}

/// Whether `key` is one of the scenario's own keys.
fn scenario_key(key: &str) -> bool {
    matches!(key, "mode" | "start") || Param::by_key(key).is_some() || Toggle::by_key(key).is_some() || Dated::by_key(key).is_some()
}

/// What scenario key `key` is called, and its value in `s` as a link writes it.
fn current(key: &str, s: &Scenario) -> Option<(String, String)> {
    match key {
        "mode" => Some(("AI mode".into(), mode_name(s.mode).into())),
        "start" => Some(("Start month".into(), s.site.start.to_string())),
        k => Param::by_key(k)
            .map(|p| (p.label.to_string(), exact((p.get)(s))))
            .or_else(|| Toggle::by_key(k).map(|t| (t.label.to_string(), u8::from((t.get)(s)).to_string())))
            .or_else(|| {
                Dated::by_key(k).map(|d| {
                    let label = Param::by_key(d.param).map_or(d.param, |p| p.label);
                    (format!("{label} as of"), (d.get)(s).to_string())
                })
            }),
    }
}

/// The notices for keys given more than once and for parts not read: one naming each key.
fn repeats_and_unread(seen: &Seen, unread: &Unread, s: Option<&Scenario>, notices: &mut Vec<Notice>) {
    let label = |key: &str| s.and_then(|s| current(key, s));
    for (key, n) in seen.repeated() {
        let message = match label(key) {
            Some((name, used)) => format!("{name}: {key}= is given {n} times in this link; each is read in turn, and {used} is used"),
            None => format!("{key}= is given {n} times in this link; only one is used, the last that can be"),
        };
        notices.push(Notice { key: key.to_string(), message });
    }
    // Known keys first: they are what the link asked for.
    let (known, unknown): (Vec<&String>, Vec<&String>) = unread.keys.iter().partition(|k| scenario_key(k) || FLAG_KEYS.contains(&k.as_str()));
    for key in known.into_iter().chain(unknown) {
        let message = match label(key) {
            Some((name, kept)) => format!("{name}: {key}= comes after the first {MAX_PAIRS} parts of this link and was not read; kept {kept}"),
            None => format!("“{}” comes after the first {MAX_PAIRS} parts of this link and was not read", echo(key)),
        };
        notices.push(Notice { key: key.clone(), message });
    }
    if unread.more > 0 {
        notices.push(Notice {
            key: String::new(),
            message: format!("and {} more parts after the first {MAX_PAIRS} of this link were not read", unread.more),
        });
    }
}

/// Reads a query string (with or without `?`) into a valid scenario and the notices for what was
/// ignored or clamped, each naming its key: a value that is not a number as links write them
/// ([`link_number`]: `1,5`, `1+5`, `$5` are refused, and quoted as written), out of range or not
/// whole months, an unknown key, a key given twice, a key after the first [`MAX_PAIRS`] parts.
/// The display flags ([`FLAG_KEYS`]) are [`View`]'s, and have [`View::notices`].
pub fn decode(query: &str) -> (Scenario, Vec<Notice>) {
    let mut s = Scenario::default();
    let mut notices = Vec::new();
    let mut note = |key: &str, message: String| notices.push(Notice { key: key.into(), message });
    let mut seen = Seen::default();
    let mut unread = Unread::default();
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
                _ => note(&key, format!("“{shown}” is not lease or gpu; kept {}", mode_name(s.mode))),
            },
            "start" => match YearMonth::parse(&value) {
                Some(ym) if ym.is_valid() => s.site.start = ym,
                _ => note(
                    &key,
                    format!("“{shown}” is not a month from {} to {}; kept {}", YearMonth::MIN, YearMonth::MAX, s.site.start),
                ),
            },
            k if Toggle::by_key(k).is_some() => {
                let t = Toggle::by_key(k).unwrap_or(&TOGGLES[0]);
                match value.as_str() {
                    "1" | "true" => (t.set)(&mut s, true),
                    "0" | "false" => (t.set)(&mut s, false),
                    _ => note(k, format!("{}: “{shown}” is not 0 or 1; kept {}", t.label, u8::from((t.get)(&s)))),
                }
            }
            k if Dated::by_key(k).is_some() => {
                let d = Dated::by_key(k).unwrap_or(&DATES[0]);
                match YearMonth::parse(&value) {
                    Some(ym) if ym.is_valid() => (d.set)(&mut s, ym),
                    _ => note(k, format!("“{shown}” is not a month from {} to {}; kept {}", YearMonth::MIN, YearMonth::MAX, (d.get)(&s))),
                }
            }
            k => match Param::by_key(k) {
                Some(p) => {
                    let written = part.written();
                    let shown = echo(&written);
                    match link_number(&written) {
                        None => note(
                            k,
                            format!(
                                "{}: “{shown}” is not a number as links write them (digits and a point for decimals, such as 1.5 or 2000); kept {}",
                                p.label,
                                exact((p.get)(&s))
                            ),
                        ),
                        Some(v) => {
                            let clamped = v.clamp(p.min, p.max);
                            let used = p.nearest_accepted(clamped).unwrap_or(p.default);
                            if clamped != v {
                                note(k, format!("{}: {shown} is outside {}–{} {}; used {}", p.label, exact(p.min), exact(p.max), p.unit, exact(used)));
                            } else if used != v {
                                note(k, format!("{}: {shown} {} is not a whole number of months; used {}", p.label, p.unit, exact(used)));
                            }
                            (p.set)(&mut s, used);
                        }
                    }
                }
                None => note(k, format!("unknown parameter “{}” ignored", echo(k))),
            },
        }
    }
    repeats_and_unread(&seen, &unread, Some(&s), &mut notices);
    // A valuation starts no earlier than its newest market data.
    let latest = Dated::latest(&s);
    if s.site.start < latest {
        notices.push(Notice {
            key: "start".into(),
            message: format!("start {} is before the newest market data ({latest}); used {latest}", s.site.start),
        });
        s.site.start = latest;
    }
    (s, notices)
}

/// Everything a query asks for that the page could not take as written: the scenario's
/// [`decode`] notices, then the display flags' ([`View::notices`]). Links, the scenario kept for
/// the next visit and the one kept for a reload are all read through this.
///
/// Notices about keys the page knows come first, in the order of the link, then those about
/// unknown keys: a link with hundreds of junk keys still shows first what changed.
pub fn read(query: &str) -> (Scenario, Vec<Notice>) {
    let (s, mut notices) = decode(query);
    notices.extend(View::notices(query));
    order(&mut notices);
    (s, notices)
}

/// Puts notices about keys the page knows (and about the page's own doings: `locale`,
/// `calendar`, `stored`, `storage`) before those about unknown keys, keeping each group's order.
pub fn order(notices: &mut [Notice]) {
    let known = |key: &str| {
        scenario_key(key) || FLAG_KEYS.contains(&key) || key.starts_with("ref.") || matches!(key, "calendar" | "stored" | "storage")
    };
    notices.sort_by_key(|n| !known(&n.key));
}

/// Decodes `%XX` escapes, and `+` as a space when `plus_is_space`; malformed escapes are kept
/// as written.
fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                // Exactly two hex digits: from_str_radix alone would also take a sign ("%+5").
                let pair = &bytes[i + 1..i + 3];
                let hex = pair.iter().all(u8::is_ascii_hexdigit).then(|| std::str::from_utf8(pair).ok()).flatten();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---- Display flags ----



/// Which controls an embed shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controls {
    None,
    /// Grid power, power price, hashprice and the AI rate.
    Key,
    All,
}

/// The page's colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

/// How the page shows itself.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub embed: bool,
    /// The charts to show, in page order.
    pub charts: Vec<Chart>,
    pub controls: Controls,
    pub theme: Theme,
    /// Read-only: no controls, and the scenario is the link's.
    pub locked: bool,
    /// Pym.js child id, echoed in its height messages.
    pub pym_id: Option<String>,
    /// The pinned scenario's query (`ref=`), to be read with [`decode`].
    pub pinned: Option<String>,
    /// The currency asked for (`currency=`), and a rate per US dollar (`fx=`) if one was given.
    pub currency: Option<&'static Currency>,
    pub per_usd: Option<f64>,
    /// A BCP 47 locale tag (`locale=`), letters, digits and hyphens only.
    pub locale: Option<String>,
    /// The break-even map's inputs (`map=cap` or `map=hp`).
    pub map_axes: MapAxes,
}

/// The exchange rates a link or the rate box may set, units per US dollar: from a currency worth
/// 10,000 dollars to one worth a ten-millionth (the Iranian rial is near 10⁶ to the dollar).
pub const PER_USD: std::ops::RangeInclusive<f64> = 1e-4..=1e7;

/// A rate as a link writes it: a number in the links' one grammar ([`link_number`]: a point
/// for decimals), in [`PER_USD`]. Commas are refused rather than dropped, so `fx=0,9` is never
/// read as 9.
fn rate(text: &str) -> Option<f64> {
    link_number(text).filter(|v| PER_USD.contains(v))
}

/// A locale tag's shape (BCP 47: subtags of 1–8 letters or digits joined by single hyphens, the
/// first of letters); whether the browser knows it is the browser's to say.
fn locale_tag(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let ok = text.len() <= 35
        && (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then(|| text.to_string())
}

/// Parameter keys of inputs an embed with `controls=key` shows.
pub const KEY_CONTROLS: [&str; 5] = ["mw", "pwr", "hp", "rent", "gph"];

impl View {
    /// Reads the display flags from a query string; unknown values fall back to the defaults
    /// (the full page, or in an embed: the cash chart and the key controls).
    pub fn from_query(query: &str) -> View {
        let mut view = View {
            embed: false,
            charts: Chart::ALL.to_vec(),
            controls: Controls::All,
            theme: Theme::Auto,
            locked: false,
            pym_id: None,
            pinned: None,
            currency: None,
            per_usd: None,
            locale: None,
            map_axes: MapAxes::default(),
        };
        let mut charts = None;
        let mut controls = None;
        for part in parts(query).take(MAX_PAIRS) {
            let (key, value) = (part.key(), part.value());
            match key.as_str() {
                "embed" => view.embed = value == "1" || value == "true",
                "charts" => {
                    let chosen: Vec<Chart> =
                        Chart::ALL.into_iter().filter(|c| value.split(',').any(|n| n.trim() == c.name())).collect();
                    if !chosen.is_empty() {
                        charts = Some(chosen);
                    }
                }
                "controls" => {
                    controls = match value.as_str() {
                        "none" => Some(Controls::None),
                        "key" => Some(Controls::Key),
                        "all" => Some(Controls::All),
                        _ => None,
                    }
                }
                "theme" => {
                    view.theme = match value.as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "locked" => view.locked = value == "1" || value == "true",
                "ref" => view.pinned = Some(value),
                "currency" => view.currency = Currency::by_code(&value),
                "fx" => view.per_usd = rate(&part.written()),
                "locale" => view.locale = locale_tag(&value),
                "map" => view.map_axes = map_axes(&value).unwrap_or_default(),
                "childId" => view.pym_id = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect()),
                _ => {}
            }
        }
        if view.embed {
            view.charts = charts.unwrap_or_else(|| vec![Chart::Cash]);
            view.controls = controls.unwrap_or(Controls::Key);
        } else if let Some(c) = charts {
            view.charts = c;
        }
        if view.locked {
            view.controls = Controls::None;
        }
        // A rate means something only beside another currency.
        if view.currency.is_none_or(|c| c.code == "USD") {
            view.per_usd = None;
        }
        view
    }

    /// What this query's display flags asked for and did not get (the scenario's own keys have
    /// [`decode`]'s notices), including the pinned scenario's, so a link never changes silently:
    /// a flag given twice or after the first [`MAX_PAIRS`] parts, and a flag written inside
    /// `ref=` (a pinned scenario has no pin, currency or locale of its own) each name their key.
    pub fn notices(query: &str) -> Vec<Notice> {
        let mut out = Vec::new();
        let mut note = |key: &str, message: String| out.push(Notice { key: key.into(), message });
        let mut currency = None;
        let mut rate_given = false;
        let mut seen = Seen::default();
        let mut unread = Unread::default();
        for (i, part) in parts(query).enumerate() {
            let key = part.key();
            if !FLAG_KEYS.contains(&key.as_str()) {
                continue;
            }
            if i >= MAX_PAIRS {
                unread.add(key, true);
                continue;
            }
            seen.add(&key);
            let value = part.value();
            let shown = echo(&value);
            match key.as_str() {
                "currency" => match Currency::by_code(&value) {
                    Some(c) => currency = Some(c),
                    None => note("currency", format!("Currency: “{shown}” is not one of {}; showing US dollars", crate::format::CURRENCIES.map(|c| c.code).join(", "))),
                },
                "fx" => {
                    let written = part.written();
                    if rate(&written).is_some() {
                        rate_given = true;
                    } else {
                        note("fx", format!(
                            "Exchange rate: “{}” is not a rate from {} to {} per US dollar written with a point for decimals; using the default rate",
                            echo(&written), exact(*PER_USD.start()), exact(*PER_USD.end())
                        ));
                    }
                }
                "map" if map_axes(&value).is_none() => note("map", format!("Break-even map: “{shown}” is not cap or hp; showing conversion capex across")),
                "locale" if locale_tag(&value).is_none() => note("locale", format!("Locale: “{shown}” is not a language tag such as de-DE; using the browser's")),
                "ref" => {
                    for n in decode(&value).1 {
                        note(&format!("ref.{}", n.key), format!("Pinned scenario: {}", n.message));
                    }
                    let mut inner = Seen::default();
                    for k in parts(&value).map(|p| p.key()).filter(|k| FLAG_KEYS.contains(&k.as_str())) {
                        inner.add(&k);
                    }
                    for (k, _) in inner.0 {
                        let why = match k.as_str() {
                            "ref" => "a pinned scenario has no pin of its own".to_string(),
                            "currency" | "fx" | "locale" => format!("the pinned scenario is shown in the page's currency and locale; {k}= goes beside ref=, not inside it"),
                            _ => "display settings go beside ref=, not inside it".to_string(),
                        };
                        note(&format!("ref.{k}"), format!("Pinned scenario: {k}= inside ref= is not read: {why}"));
                    }
                }
                _ => {}
            }
        }
        if rate_given && currency.is_none_or(|c: &Currency| c.code == "USD") {
            out.push(Notice { key: "fx".into(), message: "Exchange rate: a rate applies only with another currency (currency=EUR…); ignored".into() });
        }
        repeats_and_unread(&seen, &unread, None, &mut out);
        out
    }

    /// Whether the control for parameter `key` is shown.
    pub fn shows_control(&self, key: &str) -> bool {
        match self.controls {
            Controls::All => true,
            Controls::None => false,
            Controls::Key => KEY_CONTROLS.contains(&key),
        }
    }
}

/// The keys this module reads, which the scenario decoder skips without a notice.
pub const FLAG_KEYS: [&str; 11] = ["embed", "charts", "controls", "theme", "locked", "childId", "ref", "currency", "fx", "locale", "map"];

#[cfg(test)]
mod flag_tests {
    use super::*;

    #[test]
    fn key_controls_are_inputs() {
        for key in KEY_CONTROLS {
            assert!(economics::params::Param::by_key(key).is_some(), "{key}");
        }
    }

    #[test]
    fn full_page_by_default() {
        let v = View::from_query("?mw=200");
        assert!(!v.embed && v.charts == Chart::ALL && v.controls == Controls::All && v.theme == Theme::Auto);
    }

    #[test]
    fn embed_flags() {
        let v = View::from_query("embed=1&charts=kwh,map,zzz&controls=none&theme=dark&childId=a<b>1");
        assert!(v.embed);
        assert_eq!(v.charts, [Chart::Kwh, Chart::Map]);
        assert_eq!(v.controls, Controls::None);
        assert_eq!(v.theme, Theme::Dark);
        assert_eq!(v.pym_id.as_deref(), Some("ab1"));
        let d = View::from_query("embed=1&charts=nonsense&controls=bogus");
        assert_eq!(d.charts, [Chart::Cash]);
        assert_eq!(d.controls, Controls::Key);
        assert!(d.shows_control("hp") && !d.shows_control("jth"));
        let locked = View::from_query("embed=1&controls=all&locked=1");
        assert_eq!(locked.controls, Controls::None);
    }

    #[test]
    fn pinned_currency_and_locale_ride_beside_the_scenario() {
        let mut s = Scenario::default();
        s.site.grid_mw = 150.0;
        let mut pinned = Scenario::default();
        pinned.bitcoin.hashprice_usd_per_ph_day = 57.36;
        pinned.mode = AiMode::GpuCloud;
        let eur = Currency::by_code("eur").unwrap();
        let extras = Extras { pinned: Some(pinned.clone()), currency: Some((eur, 0.9)), locale: Some("de-DE".into()), map_axes: MapAxes::HashpriceByRate };
        let q = link(&s, &extras);
        assert_eq!(q, "mw=150&ref=mode%3Dgpu%26hp%3D57.36&currency=EUR&fx=0.9&locale=de-DE&map=hp");
        let (back, notices) = decode(&q);
        assert_eq!((back, notices), (s, vec![]));
        let v = View::from_query(&q);
        assert_eq!(v.pinned.as_deref().map(|p| decode(p).0), Some(pinned));
        assert_eq!((v.currency, v.per_usd, v.locale.as_deref(), v.map_axes), (Some(eur), Some(0.9), Some("de-DE"), MapAxes::HashpriceByRate));
        // The map's default is not written; an unknown map falls back to it, and says so.
        assert!(!link(&Scenario::default(), &Extras::default()).contains("map="));
        assert_eq!(View::from_query("map=zzz").map_axes, MapAxes::CapexByRate);
        assert!(View::notices("map=zzz").iter().any(|n| n.key == "map" && n.message.contains("not cap or hp")));
        assert!(View::notices("map=cap&map=hp").iter().any(|n| n.key == "map"), "a flag given twice is named");
        // Pinned defaults are still a pin; junk is refused, never a panic.
        let v = View::from_query("ref=&currency=XYZ&fx=-3&locale=de%22%3E");
        assert_eq!((v.pinned.as_deref(), v.currency, v.per_usd, v.locale), (Some(""), None, None, None));
        for fx in ["0", "5e-324", "1e-5", "2e7", "inf", "NaN", "0,9", "%2C5", "1,000", "abc"] {
            assert_eq!(View::from_query(&format!("currency=EUR&fx={fx}")).per_usd, None, "{fx}");
            assert!(View::notices(&format!("currency=EUR&fx={fx}")).iter().any(|n| n.key == "fx"), "{fx}");
        }
        // A rate beside US dollars (or no currency) means nothing: ignored, and said so.
        for q in ["fx=2", "currency=USD&fx=2", "currency=%00EUR&fx=0.5"] {
            assert_eq!(View::from_query(q).per_usd, None, "{q}");
            assert!(View::notices(q).iter().any(|n| n.key == "fx"), "{q}");
        }
        for bad in ["de--DE", "d", "de-", "-DE", "<script>", "de-DEUTSCHLAND"] {
            assert_eq!(View::from_query(&format!("locale={bad}")).locale, None, "{bad}");
        }
        assert_eq!(View::from_query("locale=zh-Hant-TW").locale.as_deref(), Some("zh-Hant-TW"));
        let n = View::notices("currency=XYZ&ref=mw%3Dabc");
        assert!(n.iter().any(|n| n.key == "currency") && n.iter().any(|n| n.message.starts_with("Pinned scenario: Grid power")), "{n:?}");
        assert!(View::notices("currency=EUR&fx=0.9&locale=de-DE&ref=hp%3D40").is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn default_encodes_to_nothing() {
        assert_eq!(encode(&Scenario::default()), "");
        assert_eq!(decode(""), (Scenario::default(), vec![]));
    }

    #[test]
    fn bad_values_become_notices() {
        let (s, notices) = decode("?mw=99999&hp=abc&mode=x&zz=1&pwr=%240.06&rent=1%2C200&start=2027-13&conv=2.5&yrs=12.3&net=2");
        assert_eq!(s.site.grid_mw, 2000.0);
        assert_eq!(s.bitcoin.hashprice_usd_per_ph_day, 28.68);
        // A currency sign or a comma is refused by name, never read as another number.
        assert_eq!(s.site.power_usd_per_kwh, 0.045);
        assert_eq!(s.lease.usd_per_kw_month, Scenario::default().lease.usd_per_kw_month);
        // Whole months: 2.5 months to convert → 3 (rounded half away from zero), 12.3 years → 148 months.
        assert_eq!(s.ai.months_to_convert, 3.0);
        assert_eq!(s.site.horizon_years, 148.0 / 12.0);
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["mw", "hp", "mode", "zz", "pwr", "rent", "start", "conv", "yrs", "net"]);
        assert!(s.validate().is_ok());
    }

    /// What the probe found: `1,5`, `1+5`, `1_5` and a currency sign each read as another number
    /// without a word. Now each is refused by name, its value kept, its text quoted as written.
    #[test]
    fn one_strict_grammar_for_every_numeric_key() {
        for (written, quoted) in [("1,5", "1,5"), ("1%2C5", "1,5"), ("1+5", "1+5"), ("1_5", "1_5"), ("%245", "$5"), ("%E2%82%AC5", "€5"), ("5%25", "5%"), ("%201.5", " 1.5")] {
            for p in PARAMS {
                let (s, notices) = decode(&format!("{}={written}", p.key));
                assert_eq!((p.get)(&s), (p.get)(&Scenario::default()), "{}={written}", p.key);
                assert_eq!(notices.len(), 1, "{}={written}: {notices:?}", p.key);
                assert_eq!(notices[0].key, p.key);
                assert!(notices[0].message.starts_with(&format!("{}: “{quoted}” is not a number as links write them", p.label)), "{notices:?}");
            }
        }
        let (s, notices) = decode("pwr=0,05&conv=1,5&yrs=1,5");
        assert_eq!(s, Scenario::default());
        assert!(notices[0].message.contains("“0,05”") && notices[0].message.ends_with("kept 0.045"), "{notices:?}");
        // The grammar's own forms, an explicit exponent sign included, are read exactly.
        let (s, notices) = decode("mw=2E%2B3&hp=.5e2&pwr=0.05&btcg=-3");
        assert_eq!((s.site.grid_mw, s.bitcoin.hashprice_usd_per_ph_day, s.site.power_usd_per_kwh, s.bitcoin.btc_price_growth_pct_per_yr), (2000.0, 50.0, 0.05, -3.0));
        assert!(notices.is_empty(), "{notices:?}");
        // Too large for a number at all: clamped, and said so with the text as written.
        let (s, notices) = decode("mw=1e999");
        assert_eq!(s.site.grid_mw, 2000.0);
        assert_eq!(notices[0].message, "Grid power: 1e999 is outside 1–2000 MW; used 2000");
        // fx= reads the same grammar.
        assert_eq!(View::from_query("currency=EUR&fx=1e%2B0").per_usd, Some(1.0));
        assert_eq!(View::from_query("currency=EUR&fx=1+0").per_usd, None);
    }

    #[test]
    fn repeated_keys_and_parts_past_the_limit_are_named() {
        let (s, notices) = decode("mw=100&hp=40&mw=300&mw=abc");
        assert_eq!(s.site.grid_mw, 300.0);
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["mw", "mw"]);
        assert_eq!(notices[1].message, "Grid power: mw= is given 3 times in this link; each is read in turn, and 300 is used");
        // mw after 250 junk keys: not read, and named.
        let junk: Vec<String> = (0..250).map(|i| format!("j{i}=1")).collect();
        let (s, notices) = decode(&format!("{}&mw=321&hp=40", junk.join("&")));
        assert_eq!(s.site.grid_mw, 100.0);
        for key in ["mw", "hp", "j200", "j249"] {
            assert!(notices.iter().any(|n| n.key == key && n.message.contains("after the first 200 parts")), "{key}: {notices:?}");
        }
        let mw = notices.iter().find(|n| n.key == "mw").unwrap();
        assert_eq!(mw.message, "Grid power: mw= comes after the first 200 parts of this link and was not read; kept 100");
        // Shown first, ahead of the 250 junk keys' notices (the banner shows twenty).
        let (_, all) = read(&format!("{}&mw=321&hp=40&currency=EUR", junk.join("&")));
        let first: Vec<&str> = all.iter().take(3).map(|n| n.key.as_str()).collect();
        assert_eq!(first, ["mw", "hp", "currency"]);
        // Thousands of junk keys: a hundred named, the rest counted, known keys always named.
        let junk: Vec<String> = (0..5000).map(|i| format!("j{i}=1")).collect();
        let (_, notices) = decode(&format!("{}&mw=321", junk.join("&")));
        assert!(notices.iter().any(|n| n.key == "mw"));
        assert!(notices.len() < 400, "{}", notices.len());
        assert!(notices.iter().any(|n| n.message.starts_with("and 4700 more parts")), "{:?}", notices.last());
        // Flags too: given twice, or after the limit.
        let n = View::notices(&format!("currency=EUR&currency=GBP&{}&locale=de-DE", (0..250).map(|i| format!("j{i}")).collect::<Vec<_>>().join("&")));
        let keys: Vec<&str> = n.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["currency", "locale"], "{n:?}");
        assert!(n[1].message.contains("after the first 200 parts"), "{n:?}");
    }

    #[test]
    fn flags_inside_a_pin_are_named() {
        // A pin inside a pin, and a currency or locale inside one: not read, and said so.
        let q = "mw=150&ref=hp%3D40%26ref%3Dmw%253D300%26currency%3DEUR%26locale%3Dde-DE";
        let v = View::from_query(q);
        let pinned = decode(v.pinned.as_deref().unwrap()).0;
        assert_eq!(pinned.bitcoin.hashprice_usd_per_ph_day, 40.0);
        assert_eq!(pinned.site.grid_mw, 100.0);
        assert_eq!(v.currency, None);
        let keys: Vec<String> = View::notices(q).into_iter().map(|n| n.key).collect();
        assert_eq!(keys, ["ref.ref", "ref.currency", "ref.locale"]);
        let (_, all) = read(q);
        assert_eq!(all.len(), 3);
        assert!(all[0].message.starts_with("Pinned scenario: ref= inside ref= is not read"), "{all:?}");
    }

    fn any_valid_scenario() -> impl Strategy<Value = Scenario> {
        // Each input anywhere in its range, including the exact ends, plus the discrete fields.
        let value = prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64];
        (prop::collection::vec(value, PARAMS.len()), any::<u32>(), 0u32..(12 * 17), prop::collection::vec(any::<u32>(), DATES.len()))
            .prop_map(|(fractions, switches, start, dates)| {
                let mut s = Scenario::default();
                for (p, f) in PARAMS.iter().zip(fractions) {
                    (p.set)(&mut s, p.nearest_accepted(p.min + f * (p.max - p.min)).unwrap());
                }
                for (i, t) in TOGGLES.iter().enumerate() {
                    (t.set)(&mut s, switches & (1 << i) != 0);
                }
                s.mode = if switches & (1 << 10) != 0 { AiMode::GpuCloud } else { AiMode::Lease };
                s.site.start = YearMonth::MIN.plus_months(start);
                let upto = start + 1;
                for (d, m) in DATES.iter().zip(dates) {
                    (d.set)(&mut s, YearMonth::MIN.plus_months(m % upto));
                }
                s
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The fuzz target: any query string decodes to a valid scenario, never a panic.
        #[test]
        fn any_query_decodes_to_a_valid_scenario(query in ".{0,200}") {
            let (s, notices) = decode(&query);
            prop_assert!(s.validate().is_ok());
            prop_assert!(notices.len() <= 200);
        }

        /// Queries built from our own keys with hostile values, which random strings rarely hit.
        #[test]
        fn hostile_values_for_real_keys(
            keys in prop::collection::vec(prop::sample::select(
                PARAMS.iter().map(|p| p.key).chain(TOGGLES.iter().map(|t| t.key)).chain(DATES.iter().map(|d| d.key))
                    .chain(["mode", "start"]).collect::<Vec<_>>()), 1..8),
            values in prop::collection::vec(prop_oneof![
                Just("NaN".to_string()), Just("-inf".to_string()), Just("1e308".to_string()),
                Just("%".to_string()), Just("%FF%FE".to_string()), Just("".to_string()),
                "[-+$,.0-9%e]{0,12}", any::<f64>().prop_map(|v| v.to_string()),
            ], 8),
        ) {
            let query: Vec<String> = keys.iter().zip(&values).map(|(k, v)| format!("{k}={v}")).collect();
            let (s, _) = decode(&query.join("&"));
            prop_assert!(s.validate().is_ok());
            prop_assert!(economics::compute(&s).is_ok());
        }

        #[test]
        fn encode_then_decode_is_the_identity(s in any_valid_scenario()) {
            let (back, notices) = decode(&encode(&s));
            prop_assert_eq!(notices, vec![]);
            prop_assert_eq!(back, s);
        }
    }

    #[test]
    fn start_is_never_before_the_market_data() {
        let (s, notices) = decode("start=2025-01");
        assert_eq!(s.site.start, YearMonth { year: 2026, month: 6 });
        assert_eq!(notices[0].key, "start");
        let (s, notices) = decode("start=2025-01&hpd=2024-06&gphd=2024-06&pwrd=2024-06");
        assert_eq!(s.site.start, YearMonth { year: 2025, month: 1 });
        assert!(notices.is_empty(), "{notices:?}");
        assert!(s.validate().is_ok());
    }

    #[test]
    fn percent_decoding_is_forgiving() {
        assert_eq!(percent_decode("a%20b+c", true), "a b c");
        assert_eq!(percent_decode("100%", true), "100%");
        assert_eq!(percent_decode("%zz%4", true), "%zz%4");
        // A sign is not a hex digit: the % stays, and + is a space as in any form.
        assert_eq!(percent_decode("%+5x", true), "% 5x");
        assert_eq!(percent_decode("%-1", true), "%-1");
        // As written, for numbers and for quoting: + stays +.
        assert_eq!(percent_decode("1+5%2C", false), "1+5,");
    }
}
