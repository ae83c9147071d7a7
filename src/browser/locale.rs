//! The reader's locale, read from the browser's `Intl`: separators, grouping, the currency sign,
//! the short scale words and the months, and the notices for a locale not used as asked.

use leptos::prelude::*;
use view::language::tr_with;
use view::query::Notice;

/// The reader's way of writing numbers and money, as the browser's `Intl.NumberFormat` writes
/// them for `tag` (else the browser's language) and `currency`: separators, grouping, where the
/// currency sign goes, the short scale words and the months (Gregorian, as the model counts
/// them, in the locale's own words); and the notices for a `tag` not used as asked: one the
/// browser refuses, or one `Intl` resolves to another (`xx`, `und` → `en-US`), keyed `locale`,
/// and a locale whose own calendar is not Gregorian (th-TH, fa-IR), keyed `calendar`. Every
/// call into `Intl` goes through `Reflect`, so a tag the browser refuses falls back to en-US
/// instead of throwing.
pub fn reader_locale(tag: Option<&str>, currency: &'static view::format::Currency, per_usd: f64) -> (view::format::Locale, Vec<Notice>) {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let symbol = if currency.code == "USD" { "$".to_string() } else { currency.code.to_string() };
    let mut locale = view::format::Locale { currency, per_usd, symbol, ..Default::default() };
    let mut notices = Vec::new();
    // A US-English browser with dollars asked for nothing else: `Locale::default()` is what Intl
    // gives for en-US (a browser test compares the page with `?locale=en-US`, which asks Intl),
    // and building the formatters costs tens of milliseconds before the page can be used.
    if tag.is_none() && currency.code == "USD" && window().navigator().language().as_deref() == Some("en-US") {
        return (locale, notices);
    }
    let intl = |name: &str| {
        Reflect::get(&js_sys::global(), &"Intl".into())
            .and_then(|intl| Reflect::get(&intl, &name.into()))
            .ok()
            .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
    };
    let Some(constructor) = intl("NumberFormat") else {
        if let Some(t) = tag {
            notices.push(Notice { key: "locale".into(), message: tr_with("notice-locale-no-numbers", &[("tag", t.into())]) });
        }
        return (locale, notices);
    };
    let make_for = |wanted: &str, options: &[(&str, &str)]| -> Option<Intl::NumberFormat> {
        let o = Object::new();
        for (k, v) in options {
            let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
        }
        let args = Array::of2(&JsValue::from(wanted), &o);
        Reflect::construct(&constructor, &args).ok().map(JsCast::unchecked_into)
    };
    // The tag asked for if the browser takes it, else the browser's language, else en-US.
    let wanted = [tag.map(str::to_string), window().navigator().language(), Some("en-US".to_string())]
        .into_iter()
        .flatten()
        .find(|t| make_for(t, &[]).is_some())
        .unwrap_or_else(|| "en-US".into());
    // What Intl makes of a tag: its own locale, or the nearest it has (`xx` gives the browser's
    // default), without Unicode extensions.
    let resolved = |f: &Intl::NumberFormat| {
        let l = Reflect::get(&f.resolved_options(), &"locale".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        l.split("-u-").next().unwrap_or_default().to_string()
    };
    if let Some(t) = tag {
        let canonical = Reflect::get(&js_sys::global(), &"Intl".into())
            .and_then(|i| Reflect::get(&i, &"getCanonicalLocales".into()))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from(t)).ok())
            .map(|list| Array::from(&list).get(0))
            .and_then(|first| first.as_string())
            // Compared as `resolved` gives it, without Unicode extensions (`ja-JP-u-ca-japanese`
            // is the browser's ja-JP, asked for with a calendar).
            .map(|c| c.split("-u-").next().unwrap_or_default().to_string());
        match make_for(t, &[]) {
            None => notices.push(Notice { key: "locale".into(), message: tr_with("notice-locale-unknown", &[("tag", t.into()), ("used", wanted.as_str().into())]) }),
            Some(f) if !canonical.is_some_and(|c| c.eq_ignore_ascii_case(&resolved(&f))) => notices.push(Notice {
                key: "locale".into(),
                message: tr_with("notice-locale-nearest", &[("tag", t.into()), ("used", resolved(&f).into())]),
            }),
            Some(_) => {}
        }
    }
    let make = |options: &[(&str, &str)]| make_for(&wanted, options);
    let parts = |f: &Intl::NumberFormat, x: f64| -> Vec<(String, String)> {
        f.format_to_parts(x)
            .iter()
            .map(|p| {
                let get = |k: &str| Reflect::get(&p, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
                (get("type"), get("value"))
            })
            .collect()
    };
    // Latin digits in every locale: the page writes its digits itself, with the locale's
    // separators, and reads the same digits back. Separators come from a plain number with a
    // fraction (a currency without minor units, the yen, would show no decimal separator).
    if let Some(plain) = make(&[("numberingSystem", "latn"), ("minimumFractionDigits", "1")]) {
        for (t, v) in parts(&plain, 1234567.5) {
            match t.as_str() {
                "group" => locale.group = v.chars().next().unwrap_or(','),
                "decimal" => locale.decimal = v.chars().next().unwrap_or('.'),
                _ => {}
            }
        }
    }
    let Some(money) = make(&[("style", "currency"), ("currency", currency.code), ("numberingSystem", "latn")]) else { return (locale, notices) };
    let resolved = money.resolved_options();
    if let Some(t) = Reflect::get(&resolved, &"locale".into()).ok().and_then(|v| v.as_string()) {
        locale.tag = t;
    }
    let p = parts(&money, 1234567.5);
    let integers: Vec<usize> = p.iter().filter(|(t, _)| t == "integer").map(|(_, v)| v.chars().count()).collect();
    if let [.., second, last] = integers[..] {
        locale.grouping = (last, second);
    }
    if let Some((_, v)) = p.iter().find(|(t, _)| t == "currency") {
        locale.symbol = v.clone();
    }
    let at = |kind: &str| p.iter().position(|(t, _)| t == kind);
    if let (Some(c), Some(i)) = (at("currency"), at("integer")) {
        locale.symbol_after = c > i;
        let between = if c > i { p.get(c - 1) } else { p.get(c + 1) };
        locale.symbol_gap = between.is_some_and(|(t, v)| t == "literal" && v.chars().all(char::is_whitespace));
    }
    if let Some(compact) = make(&[("notation", "compact"), ("compactDisplay", "short"), ("numberingSystem", "latn")]) {
        let mut words = Vec::new();
        for k in 3..=12 {
            let scale = 10f64.powi(k);
            let p = parts(&compact, scale);
            let one = p.iter().any(|(t, v)| t == "integer" && v == "1");
            if let (true, Some(i)) = (one, p.iter().position(|(t, _)| t == "compact")) {
                let gap = i > 0 && p[i - 1].0 == "literal";
                words.push((scale, p[i].1.clone(), gap));
            }
        }
        if !words.is_empty() {
            locale.compact = words;
        }
    }
    // Months: each month of 2000 written by Intl.DateTimeFormat, the year made a placeholder;
    // in the Gregorian calendar, which the model counts in, whatever the locale's own (th-TH's
    // is Buddhist, fa-IR's Persian: their years and months do not fall on Gregorian ones).
    if let Some(dates) = intl("DateTimeFormat") {
        let own = Reflect::construct(&dates, &Array::of1(&JsValue::from(wanted.as_str())))
            .ok()
            .and_then(|f| Reflect::get(&f.unchecked_into::<Intl::DateTimeFormat>().resolved_options(), &"calendar".into()).ok())
            .and_then(|c| c.as_string());
        if let (Some(t), Some(calendar)) = (tag, own.filter(|c| c != "gregory")) {
            notices.push(Notice {
                key: "calendar".into(),
                message: tr_with("notice-calendar", &[("tag", t.into()), ("calendar", calendar.into())]),
            });
        }
        let o = Object::new();
        for (k, v) in [("month", "short"), ("year", "numeric"), ("timeZone", "UTC"), ("numberingSystem", "latn"), ("calendar", "gregory")] {
            let _ = Reflect::set(&o, &k.into(), &v.into());
        }
        let args = Array::of2(&JsValue::from(wanted.as_str()), &o);
        if let Ok(f) = Reflect::construct(&dates, &args).map(JsCast::unchecked_into::<Intl::DateTimeFormat>) {
            let format = f.format();
            let months: Vec<String> = (0..12)
                .filter_map(|m| {
                    let date = js_sys::Date::new(&JsValue::from(js_sys::Date::utc(2000.0, m as f64) + 14.0 * 86_400_000.0));
                    format.call1(&f, &date).ok()?.as_string()
                })
                .filter(|t| t.contains("2000"))
                .map(|t| t.replace("2000", "{y}"))
                .collect();
            if let Ok(months) = <[String; 12]>::try_from(months) {
                locale.months = months;
            }
        }
    }
    (locale, notices)
}
