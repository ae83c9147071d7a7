//! Every bridge from the page to the browser: location and history, local storage, performance
//! marks, the service worker, height messages to a host page, the colour scheme, downloads, the
//! clipboard, what is in view and fetching the methodology. Components call these; nothing else
//! touches `web_sys` directly except the chart canvases. Events and object URLs go through `gloo`;
//! observers, history and storage through `web_sys` (gloo has no observers, and `gloo-storage`
//! would bring serde_json).

use leptos::prelude::*;
use view::query::{Notice, Theme, View};
use view::stored::{self, Refused, Store};

/// The page's version and build date, shown in the footer and in captions.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub use view::BUILD_DATE;
/// The hosted calculator's address, if the build was given one (`WATTSWORTH_SITE=https://…`):
/// the offline file's embed code points there.
pub const HOSTED_SITE: Option<&str> = option_env!("WATTSWORTH_SITE");

/// Removes the build-time picture shown while the WebAssembly loaded (scripts/steps/first-picture.mjs).
pub fn remove_first_picture() {
    if let Some(picture) = document().get_element_by_id("ww-first-picture") {
        picture.remove();
    }
}

/// Sets a performance mark (the browser benchmark reads them).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// The text at `url`, fetched from the page's own origin; `None` if it cannot be had.
pub async fn fetch_text(url: &str) -> Option<String> {
    let request = window().fetch_with_str(url);
    let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request).await.ok()?.into();
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The single-file build's name, written by scripts/post-build.mjs.
pub fn offline_file_name() -> String {
    format!("wattsworth-{VERSION}.html")
}

/// Whether the page was opened from a file (the single-file build).
pub fn from_disk() -> bool {
    window().location().protocol().is_ok_and(|p| p == "file:")
}

/// Opens the methodology section.
pub fn open_methodology() {
    if let Some(details) = document().get_element_by_id("methodology") {
        let _ = details.set_attribute("open", "");
    }
}

/// Tells the host page our height on every layout change, in our own message format and in the
/// Pym.js and AMP `embed-size` formats, so hosts that use those need no code of ours.
pub fn report_height(pym_id: Option<String>) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Ok(Some(parent)) = window().parent() else { return };
    let send = move || {
        let Some(root) = document().document_element() else { return };
        let height = root.get_bounding_client_rect().height().ceil();
        let own = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&own, &"type".into(), &"wattsworth:height".into());
        let _ = js_sys::Reflect::set(&own, &"height".into(), &height.into());
        let _ = parent.post_message(&own, "*");
        let amp = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
        let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
        let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
        let _ = parent.post_message(&amp, "*");
        if let Some(id) = &pym_id {
            let pym = JsValue::from(format!("pymxPYMx{id}xPYMxheightxPYMx{height}"));
            let _ = parent.post_message(&pym, "*");
        }
    };
    let callback = Closure::<dyn FnMut()>::new(send);
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Lets the hosted site work offline after a first visit. Not on file:// (not allowed) and
/// quietly not in sandboxed frames, where registration is refused.
pub fn register_service_worker() {
    if !window().location().protocol().is_ok_and(|p| p.starts_with("http")) {
        return;
    }
    let promise = window().navigator().service_worker().register("sw.js");
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The window's inner width, CSS px.
pub fn window_width() -> f64 {
    window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1024.0)
}

/// The browser's local or session storage as a [`Store`]; a write it refuses (full) is `Err`.
struct Web(web_sys::Storage);

impl Store for Web {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }
}

fn local() -> Option<Web> {
    // Sandboxed frames throw on access; treat that like no storage at all.
    window().local_storage().ok().flatten().map(Web)
}

fn session() -> Option<Web> {
    window().session_storage().ok().flatten().map(Web)
}

/// The scenario query remembered from the reader's last visit, and what could not be read from
/// it as written (see [`stored::recall`]).
pub fn recall() -> Option<(String, Vec<Notice>)> {
    stored::recall(&mut local()?)
}

/// The page's URL with `query` in place of its own, keeping the path and any `#fragment`.
fn url_with(query: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") }
}

/// Puts the scenario in the current history entry's URL (replacing, never adding) and in local
/// storage, so a shared link, Back and a later visit all find it. The notice if storage is full.
pub fn remember(query: &str) -> Option<Notice> {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_with(query)));
    }
    stored::remember(&mut local()?, query)
}

/// Adds a history entry for `query`: for explicit actions (a preset), so Back undoes them.
pub fn push(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url_with(query)));
    }
}

/// Keeps `query` for this tab in case the page is reloaded before the URL caught up with it (the
/// URL is written once the reader settles), tagged with the address it supersedes.
pub fn keep_pending(query: &str) {
    let search = window().location().search().unwrap_or_default();
    if let Some(mut s) = session() {
        stored::keep_pending(&mut s, &search, query);
    }
}

/// The query kept by [`keep_pending`] if this page is a reload of the address it superseded:
/// Navigation Timing's `type` must be `reload`, so a navigation to the same address (a link
/// followed a moment after an edit) shows its own scenario.
pub fn take_pending(search: &str) -> Option<String> {
    stored::take_pending(&mut session()?, search, reloaded())
}

/// Whether this document was loaded by a reload (Navigation Timing Level 2).
fn reloaded() -> bool {
    let Some(performance) = window().performance() else { return false };
    let entry = performance.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() == Some("reload")
}

/// The address links to this page start from (its file's name kept when it is the offline file).
pub fn page_address() -> String {
    view::export::page_address(&window().location().href().unwrap_or_default())
}

/// The link to `query` on this page.
pub fn link_to(query: &str) -> String {
    view::export::link_to(&page_address(), query)
}

/// Marks the first time something happens (e.g. the first chart drawn after opening).
pub fn mark_once(name: &str) {
    if let Some(p) = window().performance() {
        if p.get_entries_by_name(name).length() == 0 {
            let _ = p.mark(name);
        }
    }
}

/// Measures from the last input mark to now, for the browser benchmark.
pub fn mark_redrawn() {
    if let Some(p) = window().performance() {
        if p.get_entries_by_name_with_entry_type("ww-input", "mark").length() > 0 {
            let _ = p.measure_with_start_mark("ww-redraw", "ww-input");
            p.clear_marks_with_mark_name("ww-input");
        }
    }
}

/// A forced theme is an attribute on <html> that the stylesheet and the charts both read.
pub fn apply_theme(page: &View) {
    let theme = match page.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    if let Some(root) = document().document_element() {
        if let Some(t) = theme {
            let _ = root.set_attribute("data-theme", t);
        }
        if page.embed {
            let _ = root.class_list().add_1("embed");
        }
    }
}

/// Whether charts are drawn dark: a forced theme, else the reader's setting.
pub fn prefers_dark() -> bool {
    match document().document_element().and_then(|e| e.get_attribute("data-theme")).as_deref() {
        Some("dark") => return true,
        Some("light") => return false,
        _ => {}
    }
    // The query list is made once (each chart asks at every redraw); `matches` follows the system.
    thread_local! {
        static DARK: Option<web_sys::MediaQueryList> = window().match_media("(prefers-color-scheme: dark)").ok().flatten();
    }
    DARK.with(|m| m.as_ref().is_some_and(web_sys::MediaQueryList::matches))
}

/// Hands `text` to the browser as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    download_url(name, &url);
    // Dropping the URL revokes it; the download has its own copy of the bytes by then.
}

/// Hands `url` to the browser as a download named `name`.
pub fn download_url(name: &str, url: &str) {
    use wasm_bindgen::JsCast;
    if let Some(a) = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}



/// Calls `report(i, visible)` whenever the `i`th of `elements` comes into or goes out of view
/// (and once for each at the start). The observer lives as long as the page.
pub fn watch_visibility(elements: &[web_sys::HtmlCanvasElement], report: impl Fn(usize, bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let targets: Vec<web_sys::Element> = elements.iter().map(|e| e.clone().unchecked_into()).collect();
    let watched = targets.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            if let Some(i) = watched.iter().position(|t| *t == entry.target()) {
                report(i, entry.is_intersecting());
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    // A little ahead of the viewport, so a chart is drawn just before it scrolls in.
    options.set_root_margin("200px 0px");
    if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        for t in &targets {
            observer.observe(t);
        }
    }
    callback.forget();
}

/// Calls `report(seen)` whenever `element` comes fully into view (`seen`) or stops being fully
/// in view, and once at the start. The observer lives as long as the page.
pub fn watch_fully_in_view(element: &web_sys::Element, report: impl Fn(bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // The last entry is the newest state.
        if let Some(entry) = entries.iter().last() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            report(entry.is_intersecting() && entry.intersection_ratio() >= 0.99);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_threshold(&wasm_bindgen::JsValue::from(0.99));
    if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        observer.observe(element);
    }
    callback.forget();
}

/// Puts `text` on the clipboard; whether the browser took it (it may refuse, e.g. in a frame
/// without the permission).
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Calls `f` when the page may be going away: hidden (another tab, the app switcher: mobile
/// browsers may never fire more) or hidden for good (`pagehide`: a reload, a navigation, closing).
pub fn on_hide(f: impl Fn() + 'static) {
    use gloo_events::EventListener;
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    // The listeners live as long as the page.
    EventListener::new(&window(), "pagehide", move |_| g()).forget();
    EventListener::new(&document(), "visibilitychange", move |_| {
        if document().hidden() {
            f()
        }
    })
    .forget();
}

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
            notices.push(Notice { key: "locale".into(), message: format!("Locale: this browser cannot format numbers for “{t}”; using en-US") });
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
            .and_then(|first| first.as_string());
        match make_for(t, &[]) {
            None => notices.push(Notice { key: "locale".into(), message: format!("Locale: this browser does not know “{t}”; using {wanted}") }),
            Some(f) if !canonical.is_some_and(|c| c.eq_ignore_ascii_case(&resolved(&f))) => notices.push(Notice {
                key: "locale".into(),
                message: format!("Locale: this browser has no locale “{t}”; numbers and months are written as in {}", resolved(&f)),
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
                message: format!("Months: {t} counts in the {calendar} calendar; months here are Gregorian, as the model counts them, written the {t} way"),
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

/// Calls `f` just before the page is printed. The listener lives as long as the page.
pub fn before_print(f: impl Fn() + 'static) {
    gloo_events::EventListener::new(&window(), "beforeprint", move |_| f()).forget();
}
