//! The display flags of the embed view, in the spirit of Datawrapper's (which charts, which
//! controls, which theme, read-only), with the pinned scenario, currency, locale and break-even
//! map that ride beside the scenario and never change it; and the notices for flags not taken
//! as written.

use economics::analysis::MapAxes;

use super::grammar::{locale_tag, parts, rate, repeats_and_unread, Notice, Seen, Unread, MAX_PAIRS, PER_USD};
use super::keys::{map_axes, FLAG_KEYS};
use super::scenario::decode;
use crate::format::{echo, exact, Currency};
use crate::language::{semicolon, tr, tr_with};
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

/// The model versions whose changes have their words (`model-change-N`): said when a link
/// made under an older one is opened (CHANGELOG.md has the whole of it).
const MODEL_CHANGES: std::ops::RangeInclusive<u32> = 2..=economics::MODEL_VERSION;

/// The notice for a link made under model version `written` (`mv=`), if it is not this page's:
/// what changed since, so figures quoted with the link are not taken for this page's.
fn model_version_note(written: &str) -> Option<String> {
    let now = economics::MODEL_VERSION;
    let Ok(then) = written.parse::<u32>() else {
        return Some(tr_with("notice-model-unreadable", &[("shown", echo(written).into()), ("now", now.to_string().into())]));
    };
    if then == now {
        return None;
    }
    let versions = [("then", then.to_string().into()), ("now", now.to_string().into())];
    if then > now {
        return Some(tr_with("notice-model-newer", &versions));
    }
    let changes: Vec<String> = MODEL_CHANGES.filter(|v| *v > then).map(|v| tr(&format!("model-change-{v}"))).collect();
    let [written, running] = versions;
    Some(tr_with("notice-model-older", &[written, running, ("changes", changes.join(semicolon()).into())]))
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
                    None => note("currency", tr_with("notice-currency", &[("shown", shown.into()), ("codes", crate::format::CURRENCIES.map(|c| c.code).join(", ").into())])),
                },
                "fx" => {
                    let written = part.written();
                    if rate(&written).is_some() {
                        rate_given = true;
                    } else {
                        note("fx", tr_with("notice-fx", &[("shown", echo(&written).into()), ("min", exact(*PER_USD.start()).into()), ("max", exact(*PER_USD.end()).into())]));
                    }
                }
                "map" if map_axes(&value).is_none() => note("map", tr_with("notice-map", &[("shown", shown.into())])),
                "charts" => {
                    let names = Chart::PAGE.map(|c| c.name());
                    let unknown: Vec<&str> = value.split(',').map(str::trim).filter(|n| !names.contains(n)).collect();
                    if !unknown.is_empty() {
                        let some_known = value.split(',').any(|n| names.contains(&n.trim()));
                        let id = if some_known { "notice-charts-left-out" } else { "notice-charts-default" };
                        note("charts", tr_with(id, &[("shown", echo(&unknown.join(",")).into()), ("names", names.join(", ").into())]));
                    }
                }
                "controls" if !matches!(value.as_str(), "none" | "key" | "all") => {
                    note("controls", tr_with("notice-controls", &[("shown", shown.into())]))
                }
                "theme" if !matches!(value.as_str(), "light" | "dark" | "auto") => {
                    note("theme", tr_with("notice-theme", &[("shown", shown.into())]))
                }
                "embed" | "locked" | "static" | "plain" | "transparent" if !matches!(value.as_str(), "1" | "true" | "0" | "false") => {
                    note(&key, tr_with("notice-flag", &[("flag", tr(&format!("flag-{key}")).into()), ("shown", shown.into())]))
                }
                "locale" if locale_tag(&value).is_none() => note("locale", tr_with("notice-locale", &[("shown", shown.into())])),
                "mv" => {
                    if let Some(message) = model_version_note(&value) {
                        note("mv", message);
                    }
                }
                "ref" => {
                    for n in decode(&value).1 {
                        note(&format!("ref.{}", n.key), tr_with("notice-pinned", &[("notice", n.message.into())]));
                    }
                    let mut inner = Seen::default();
                    for k in parts(&value).map(|p| p.key()).filter(|k| FLAG_KEYS.contains(&k.as_str())) {
                        inner.add(&k);
                    }
                    for (k, _) in inner.0 {
                        let why = match k.as_str() {
                            "ref" => tr("pinned-why-ref"),
                            "currency" | "fx" | "locale" | "lang" => tr_with("pinned-why-locale", &[("key", k.as_str().into())]),
                            _ => tr("pinned-why-display"),
                        };
                        note(&format!("ref.{k}"), tr_with("notice-pinned-flag", &[("key", k.as_str().into()), ("why", why.into())]));
                    }
                }
                _ => {}
            }
        }
        if rate_given && currency.is_none_or(|c: &Currency| c.code == "USD") {
            out.push(Notice { key: "fx".into(), message: tr("notice-fx-alone") });
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
mod tests;
