//! The display flags' tests: the key controls, the page and embed defaults, a link's model
//! version, static and plain views, bad flags named, and a pin's currency and locale.

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
    assert!(old[0].1.starts_with("Model version: this link was made under model version 3; this page runs version 6, which counts what each path is worth after the contract"), "{old:?}");
    let four = said("mw=200&mv=4");
    assert!(four[0].1.contains("version 6, which values a GPU cloud's hall after the contract") && four[0].1.contains("looking ahead to the generation after") && !four[0].1.contains("counts income tax"), "{four:?}");
    let five = said("mw=200&mv=5");
    assert!(five[0].1.contains("version 6, which decides a GPU cloud's next generation looking ahead to the generation after") && !five[0].1.contains("hall after the contract"), "{five:?}");
    let older = said("mv=1");
    assert!(older[0].1.contains("books each deal's value as signed") && older[0].1.contains("counts income tax"), "{older:?}");
    assert!(said("mv=9")[0].1.contains("newer than this copy's 6"));
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
