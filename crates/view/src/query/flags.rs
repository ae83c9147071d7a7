//! The display flags of the embed view, in the spirit of Datawrapper's (which charts, which
//! controls, which theme, read-only), with the pinned scenario, currency, locale and break-even
//! map that ride beside the scenario and never change it; and the notices for flags not taken
//! as written.

use economics::analysis::MapAxes;

use super::grammar::{locale_tag, parts, rate, repeats_and_unread, Notice, Seen, Unread, MAX_PAIRS, PER_USD};
use super::keys::{map_axes, FLAG_KEYS};
use super::scenario::decode;
use crate::format::{echo, exact, Currency};
use crate::Chart;

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
    /// `static=1`: the sentence and the picture only (read-only, the verdict's chart, no
    /// downloads). Implies an embed.
    pub still: bool,
    /// `plain=1`: no title and no footer; the host page writes its own. Implies an embed.
    pub plain: bool,
    /// `transparent=1`: the host page's background shows through. Implies an embed.
    pub transparent: bool,
    /// Pym.js child id, echoed in its height messages.
    pub pym_id: Option<String>,
    /// The pinned scenario's query (`ref=`), to be read with [`decode`].
    pub pinned: Option<String>,
    /// The currency asked for (`currency=`), and a rate per US dollar (`fx=`) if one was given.
    pub currency: Option<&'static Currency>,
    pub per_usd: Option<f64>,
    /// A BCP 47 locale tag (`locale=`), letters, digits and hyphens only.
    pub locale: Option<String>,
    /// The language asked for (`lang=`), as written (at most 64 characters), whether or not the
    /// page speaks it (`crate::language::Language::from_tag` says).
    pub lang: Option<String>,
    /// The break-even map's inputs (`map=cap` or `map=hp`).
    pub map_axes: MapAxes,
}

/// Parameter keys of inputs an embed with `controls=key` shows.
pub const KEY_CONTROLS: [&str; 5] = ["mw", "pwr", "hp", "rent", "gph"];

/// What each model version changed, newest last: said when a link made under an older one is
/// opened (CHANGELOG.md has the whole of it).
const MODEL_CHANGES: [(u32, &str); 4] = [
    (2, "books each deal's value as signed, runs the miners it owns while they cover their costs and buys new ones when that pays"),
    (3, "counts income tax and the loan, and says when to convert"),
    (4, "counts what each path is worth after the contract and discounts each cash flow at the rate the market charges for its risk, where version 3 used one 10% rate"),
    (5, "values a GPU cloud's hall after the contract as a lease's building, let again at the market rent, where version 4 gave it nothing"),
];

/// The notice for a link made under model version `written` (`mv=`), if it is not this page's:
/// what changed since, so figures quoted with the link are not taken for this page's.
fn model_version_note(written: &str) -> Option<String> {
    let now = economics::MODEL_VERSION;
    let Ok(then) = written.parse::<u32>() else {
        return Some(format!("Model version: “{}” is not a version number; this page runs model version {now}", echo(written)));
    };
    if then == now {
        return None;
    }
    if then > now {
        return Some(format!(
            "Model version: this link was made under model version {then}, newer than this copy's {now}: its figures may differ from those quoted with it; the hosted calculator has the newer model"
        ));
    }
    let changes: Vec<&str> = MODEL_CHANGES.iter().filter(|(v, _)| *v > then && *v <= now).map(|(_, c)| *c).collect();
    Some(format!(
        "Model version: this link was made under model version {then}; this page runs version {now}, which {}. Its figures may differ from those quoted with the link",
        changes.join("; ")
    ))
}

impl View {
    /// Reads the display flags from a query string; unknown values fall back to the defaults
    /// (the full page, or in an embed: the cash chart and the key controls).
    pub fn from_query(query: &str) -> View {
        let mut view = View {
            embed: false,
            charts: Chart::PAGE.to_vec(),
            controls: Controls::All,
            theme: Theme::Auto,
            locked: false,
            still: false,
            plain: false,
            transparent: false,
            pym_id: None,
            pinned: None,
            currency: None,
            per_usd: None,
            locale: None,
            lang: None,
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
                        Chart::PAGE.into_iter().filter(|c| value.split(',').any(|n| n.trim() == c.name())).collect();
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
                "static" => view.still = value == "1" || value == "true",
                "plain" => view.plain = value == "1" || value == "true",
                "transparent" => view.transparent = value == "1" || value == "true",
                "ref" => view.pinned = Some(value),
                "currency" => view.currency = Currency::by_code(&value),
                "fx" => view.per_usd = rate(&part.written()),
                "locale" => view.locale = locale_tag(&value),
                "lang" => view.lang = Some(value.chars().take(64).collect()),
                "map" => view.map_axes = map_axes(&value).unwrap_or_default(),
                "childId" => view.pym_id = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect()),
                _ => {}
            }
        }
        // Each of these says how an embed looks, so asks for one.
        view.embed |= view.still || view.plain || view.transparent;
        // A static embed is the sentence and its picture: read-only.
        view.locked |= view.still;
        if view.embed {
            view.charts = charts.unwrap_or_else(|| vec![Chart::Value]);
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
                "charts" => {
                    let names = Chart::PAGE.map(|c| c.name());
                    let unknown: Vec<&str> = value.split(',').map(str::trim).filter(|n| !names.contains(n)).collect();
                    if !unknown.is_empty() {
                        let some_known = value.split(',').any(|n| names.contains(&n.trim()));
                        let then = if some_known { "left out" } else { "showing the default charts" };
                        note("charts", format!("Charts: “{}” is not one of {}; {then}", echo(&unknown.join(",")), names.join(", ")));
                    }
                }
                "controls" if !matches!(value.as_str(), "none" | "key" | "all") => {
                    note("controls", format!("Controls: “{shown}” is not none, key or all; showing the default"))
                }
                "theme" if !matches!(value.as_str(), "light" | "dark" | "auto") => {
                    note("theme", format!("Theme: “{shown}” is not light, dark or auto; following the reader's setting"))
                }
                "embed" | "locked" | "static" | "plain" | "transparent" if !matches!(value.as_str(), "1" | "true" | "0" | "false") => {
                    let what = match key.as_str() {
                        "embed" => "Embed",
                        "locked" => "Read-only",
                        "static" => "Static",
                        "plain" => "Plain",
                        _ => "Transparent",
                    };
                    note(&key, format!("{what}: “{shown}” is not 0 or 1; taken as 0"))
                }
                "locale" if locale_tag(&value).is_none() => note("locale", format!("Locale: “{shown}” is not a language tag such as de-DE; using the browser's")),
                "mv" => {
                    if let Some(message) = model_version_note(&value) {
                        note("mv", message);
                    }
                }
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
                            "currency" | "fx" | "locale" | "lang" => format!("the pinned scenario is shown in the page's currency and locale; {k}= goes beside ref=, not inside it"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{link, Extras};
    use economics::{AiMode, Scenario};

    #[test]
    fn key_controls_are_inputs() {
        for key in KEY_CONTROLS {
            assert!(economics::params::Param::by_key(key).is_some(), "{key}");
        }
    }

    #[test]
    fn full_page_by_default() {
        let v = View::from_query("?mw=200");
        assert!(!v.embed && v.charts == Chart::PAGE && v.controls == Controls::All && v.theme == Theme::Auto);
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
        assert_eq!(d.charts, [Chart::Value]);
        assert_eq!(d.controls, Controls::Key);
        assert!(d.shows_control("hp") && !d.shows_control("jth"));
        let locked = View::from_query("embed=1&controls=all&locked=1");
        assert_eq!(locked.controls, Controls::None);
    }

    /// A link says which model made it (`mv=`, written by `export::link_to`); an older or newer
    /// one is said, with what changed since; this model's own says nothing.
    #[test]
    fn model_version_of_a_link() {
        let said = |q: &str| View::notices(q).into_iter().map(|n| (n.key, n.message)).collect::<Vec<_>>();
        assert!(said(&format!("mw=200&mv={}", economics::MODEL_VERSION)).is_empty());
        let old = said("mw=200&mv=3");
        assert_eq!(old.len(), 1);
        assert_eq!(old[0].0, "mv");
        assert!(old[0].1.starts_with("Model version: this link was made under model version 3; this page runs version 5, which counts what each path is worth after the contract"), "{old:?}");
        let four = said("mw=200&mv=4");
        assert!(four[0].1.contains("version 5, which values a GPU cloud's hall after the contract") && !four[0].1.contains("counts income tax"), "{four:?}");
        let older = said("mv=1");
        assert!(older[0].1.contains("books each deal's value as signed") && older[0].1.contains("counts income tax"), "{older:?}");
        assert!(said("mv=9")[0].1.contains("newer than this copy's 5"));
        assert!(said("mv=x")[0].1.starts_with("Model version: “x” is not a version number"));
        // It changes nothing in the scenario.
        assert_eq!(decode("mw=200&mv=3").0, decode("mw=200").0);
    }

    /// `static=1`, `plain=1` and `transparent=1` each ask for an embed; a static one is
    /// read-only and shows the verdict's chart unless charts are named.
    #[test]
    fn static_plain_and_transparent() {
        let s = View::from_query("static=1");
        assert!(s.embed && s.still && s.locked && !s.plain && !s.transparent);
        assert_eq!((s.charts.as_slice(), s.controls), ([Chart::Value].as_slice(), Controls::None));
        assert_eq!(View::from_query("static=1&charts=cash").charts, [Chart::Cash]);
        let p = View::from_query("plain=1&transparent=true");
        assert!(p.embed && p.plain && p.transparent && !p.still && !p.locked);
        assert_eq!(p.controls, Controls::Key);
        let off = View::from_query("static=0&plain=false&transparent=0");
        assert!(!off.embed && !off.still && !off.plain && !off.transparent);
        let said = View::notices("static=yes&plain=2&transparent=on");
        for (key, what) in [("static", "Static"), ("plain", "Plain"), ("transparent", "Transparent")] {
            assert!(said.iter().any(|n| n.key == key && n.message.starts_with(&format!("{what}: "))), "{key}: {said:?}");
        }
        assert!(View::notices("embed=1&static=1&plain=1&transparent=1").is_empty());
    }

    /// Display flags the page cannot use fall back to the default and say so, naming the key;
    /// the flags as the embed builder writes them say nothing.
    #[test]
    fn bad_display_flags_are_named() {
        let said = |q: &str| View::notices(q).into_iter().map(|n| (n.key, n.message)).collect::<Vec<_>>();
        let n = said("embed=yes&charts=zzz&controls=bogus&theme=purple&locked=maybe");
        for key in ["embed", "charts", "controls", "theme", "locked"] {
            assert!(n.iter().any(|(k, _)| k == key), "{key}: {n:?}");
        }
        assert!(n.iter().any(|(_, m)| m == "Charts: “zzz” is not one of value, cash, annual, kwh, tornado, map, fan, cover, when; showing the default charts"), "{n:?}");
        assert!(said("charts=cash,zzz").iter().any(|(_, m)| m.ends_with("; left out")));
        assert_eq!(View::from_query("embed=1&charts=cash,zzz").charts, vec![Chart::Cash]);
        assert!(said("embed=1&charts=value,cash&controls=key&theme=dark&locked=0").is_empty());
        assert!(said("embed=true&theme=auto&controls=none&locked=true").is_empty());
    }

    #[test]
    fn pinned_currency_and_locale_ride_beside_the_scenario() {
        let mut s = Scenario::default();
        s.site.grid_mw = 150.0;
        let mut pinned = Scenario::default();
        pinned.bitcoin.hashprice_usd_per_ph_day = 57.36;
        pinned.mode = AiMode::GpuCloud;
        let eur = Currency::by_code("eur").unwrap();
        let extras = Extras { pinned: Some(pinned.clone()), currency: Some((eur, 0.9)), locale: Some("de-DE".into()), lang: None, map_axes: MapAxes::HashpriceByRate };
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
