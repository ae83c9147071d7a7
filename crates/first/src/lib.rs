//! The first screen before the app: the verdict, its basis, the verdict's chart and the key
//! sliders, working, from a wasm module a fraction of the app's size that the page loads first
//! (scripts/steps/first-screen.mjs). Moving a slider runs the model and rewrites the sentence and
//! the chart, and puts the scenario in the address and the browser's storage as the app does, so
//! the app, which loads next and replaces all of this, starts from what the reader set.
//!
//! It takes the screen only when it would show exactly what the app would: a US-English browser,
//! a link with no display flags (embed, currency, locale…) and nothing the app would give notice
//! of, and no reload waiting on a scenario the address has not caught up with. Otherwise it
//! leaves the build-time picture as it is and the app starts as before.

use economics::params::Param;
use economics::{Report, Scenario};
use plotters::prelude::*;
use std::cell::RefCell;
use view::charts::{self, Scale, Theme};
use view::format::{self, decimals_for};
use view::{query, slider, stored, text};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, Window};

thread_local! {
    static SCENARIO: RefCell<Scenario> = RefCell::new(Scenario::default());
}

/// Takes the first screen if it can, and says whether it did. Never throws: anything it cannot
/// do leaves the build-time picture for the app to replace.
#[wasm_bindgen]
pub fn run() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Some(s) = starting_scenario(&window) else { return false };
    let Some(document) = window.document() else { return false };
    let Some(root) = document.get_element_by_id("ww-first-picture") else { return false };
    SCENARIO.with(|c| *c.borrow_mut() = s);
    if build(&document, &root).is_none() {
        return false;
    }
    redraw(&document, false);
    if let Some(p) = window.performance() {
        let _ = p.mark("ww-first-screen");
    }
    true
}

/// The scenario the app would start from, if this module can show it exactly; else `None`.
fn starting_scenario(window: &Window) -> Option<Scenario> {
    if window.navigator().language().as_deref() != Some("en-US") {
        return None;
    }
    let session = window.session_storage().ok().flatten();
    if session.and_then(|s| s.get_item(stored::PENDING).ok().flatten()).is_some() {
        return None;
    }
    // Read as the app reads it (src/app.rs, `initial_scenario`): `??mw=5` is a key `?mw`, which
    // the app gives notice of.
    let search = window.location().search().ok()?;
    let asked = if search.trim_start_matches('?').is_empty() {
        let local = window.local_storage().ok().flatten();
        let kept = local.and_then(|l| l.get_item(stored::LAST).ok().flatten()).unwrap_or_default();
        // Text no version of the page writes (no `key=value` at all): the app says so.
        if !kept.is_empty() && !kept.contains('=') {
            return None;
        }
        kept
    } else {
        search.to_string()
    };
    // Any display flag but the model version a shared link carries (a different one is a notice).
    if query::pairs(&asked).any(|(k, _)| k != "mv" && query::FLAG_KEYS.contains(&k.as_str())) {
        return None;
    }
    let (s, notices) = query::read(&asked);
    (notices.is_empty() && economics::compute(&s).is_ok()).then_some(s)
}

/// The key inputs that apply to `s` (the lease rate or the GPU price, by mode).
fn keys(s: &Scenario) -> impl Iterator<Item = &'static Param> + '_ {
    view::inputs::key_params().filter(move |p| p.applies(s))
}

fn el(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let e = document.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Some(e)
}

/// The screen: the title, the answer, its chart and the key sliders, in the page's own classes,
/// so the app that replaces it draws the same thing in the same place.
fn build(document: &Document, root: &Element) -> Option<()> {
    let s = SCENARIO.with(|c| c.borrow().clone());
    root.set_inner_html("");
    root.set_class_name("first-picture first-screen");
    root.set_attribute("data-testid", "first-screen").ok()?;
    root.set_attribute("role", "main").ok()?;
    let h1 = el(document, "h1", "")?;
    h1.set_text_content(Some("Wattsworth"));
    let lede = el(document, "p", "lede")?;
    lede.set_text_content(Some("What is a megawatt worth: mining bitcoin, or hosting AI?"));
    // Where the app puts its deals: held, so the answer does not move when they arrive.
    let presets = el(document, "div", "presets")?;
    presets.set_inner_html("<label for=\"first-preset\">Start from a real deal</label><select id=\"first-preset\" disabled><option>Loading the deals…</option></select>");
    let head = el(document, "section", "headline")?;
    head.set_attribute("aria-live", "polite").ok()?;
    for class in ["verdict first-verdict", "basis first-basis"] {
        let p = el(document, "p", class)?;
        head.append_child(&p).ok()?;
    }
    let terms = el(document, "details", "terms first-terms")?;
    let summary = el(document, "summary", "")?;
    summary.set_text_content(Some("What these words mean"));
    terms.append_child(&summary).ok()?;
    let dl = el(document, "dl", "")?;
    terms.append_child(&dl).ok()?;
    head.append_child(&terms).ok()?;
    let chart = el(document, "figure", "chart first-chart")?;
    chart.set_attribute("data-chart", "value").ok()?;
    let title_row = el(document, "div", "chart-head")?;
    let title = el(document, "h2", "")?;
    title.set_text_content(Some(&view::Chart::Value.title()));
    title_row.append_child(&title).ok()?;
    let (takeaway, picture) = (el(document, "p", "takeaway first-takeaway")?, el(document, "div", "first-svg")?);
    for child in [&title_row, &takeaway, &picture] {
        chart.append_child(child).ok()?;
    }
    let inputs = el(document, "section", "first-inputs")?;
    inputs.set_attribute("aria-label", "Key inputs").ok()?;
    let heading = el(document, "h2", "inputs-title")?;
    heading.set_text_content(Some("Key inputs"));
    inputs.append_child(&heading).ok()?;
    // Beside the sliders, what the answer is now, as the app's compact summary says it: on a
    // phone the verdict is off the screen while a slider here moves.
    let now = el(document, "p", "first-now")?;
    now.set_attribute("aria-live", "polite").ok()?;
    inputs.append_child(&now).ok()?;
    for p in keys(&s) {
        let c = control(document, p)?;
        inputs.append_child(&c).ok()?;
    }
    let loading = el(document, "p", "first-loading")?;
    loading.set_attribute("role", "status").ok()?;
    loading.set_text_content(Some("Loading the other inputs, the deals, the charts and the exports…"));
    inputs.append_child(&loading).ok()?;
    for child in [&h1, &lede, &presets, &head, &chart, &inputs] {
        root.append_child(child).ok()?;
    }
    Some(())
}

/// One key input: its label and unit, and a slider on the page's track (`view::slider`), whose
/// value is shown beside it.
fn control(document: &Document, p: &'static Param) -> Option<Element> {
    let div = el(document, "div", "control")?;
    div.set_attribute("data-key", p.key).ok()?;
    let id = format!("first-{}", p.key);
    let label = el(document, "label", "")?;
    label.set_attribute("for", &id).ok()?;
    let unit = if p.unit.is_empty() { String::new() } else { format!(" ({})", format::unit(p.unit)) };
    label.set_text_content(Some(&format!("{}{unit}", p.label)));
    let row = el(document, "div", "inputs")?;
    let range: HtmlInputElement = el(document, "input", "")?.dyn_into().ok()?;
    range.set_type("range");
    range.set_id(&id);
    range.set_min("0");
    range.set_max(&slider::TRACK.to_string());
    range.set_step("1");
    range.set_attribute("data-testid", &format!("first-range-{}", p.key)).ok()?;
    let shown = el(document, "output", "num first-value")?;
    shown.set_attribute("for", &id).ok()?;
    row.append_child(&range).ok()?;
    row.append_child(&shown).ok()?;
    div.append_child(&label).ok()?;
    div.append_child(&row).ok()?;
    let on_input = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let Some(position) = format::link_number(&input.value()).filter(|x| x.is_finite()) else { return };
        slide(p, position);
    });
    range.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref()).ok()?;
    on_input.forget();
    // Keys move by the app's round steps (`view::slider::nudge`), not by one of the track's
    // thousand positions, which would round back to the same value.
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        let now = SCENARIO.with(|c| (p.get)(&c.borrow()));
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => slider::nudge(p, now, 1, false),
            "ArrowLeft" | "ArrowDown" => slider::nudge(p, now, -1, false),
            "PageUp" => slider::nudge(p, now, 1, true),
            "PageDown" => slider::nudge(p, now, -1, true),
            "Home" => slider::limit(p, false),
            "End" => slider::limit(p, true),
            _ => return,
        };
        ev.prevent_default();
        set(p, next);
        remember(&SCENARIO.with(|c| query::encode(&c.borrow())));
    });
    range.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref()).ok()?;
    on_key.forget();
    // Written once the reader lets go: browsers throttle `history.replaceState`.
    let on_change = Closure::<dyn Fn()>::new(|| remember(&SCENARIO.with(|c| query::encode(&c.borrow()))));
    range.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref()).ok()?;
    on_change.forget();
    Some(div)
}

/// The value a slider position stands for, as the app takes it: rounded at the precision shown,
/// clamped to the input's range.
fn slide(p: &'static Param, position: f64) {
    set(p, slider::value_at(p, position));
}

/// Sets an input as the app does: money rounded at the precision shown, clamped to the range;
/// then redraws.
fn set(p: &'static Param, v: f64) {
    let v = if format::is_money(p.unit) { format::from_local_rounded(v, decimals_for(v, p.decimals() + 2)) } else { v };
    SCENARIO.with(|c| (p.set)(&mut c.borrow_mut(), p.clamp(v).unwrap_or(p.default)));
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    redraw(&document, true);
}

/// Runs the model and rewrites the sentences, the chart and the sliders' values; after a move,
/// also the scenario the app starts from (`data-query` on the screen, which the app reads as it
/// takes over).
fn redraw(document: &Document, moved: bool) {
    let s = SCENARIO.with(|c| c.borrow().clone());
    let Ok(r) = economics::compute(&s) else { return };
    let set = |class: &str, t: &str| {
        if let Ok(Some(e)) = document.query_selector(&format!("#ww-first-picture .{class}")) {
            e.set_text_content(Some(t));
        }
    };
    set("first-verdict", &text::verdict(&s, &r));
    set("first-basis", &text::basis(&s, &r));
    set("first-takeaway", &view::text::takeaway_value(&s, &r));
    set("first-now", &text::advantage(&r));
    if let Ok(Some(dl)) = document.query_selector("#ww-first-picture .first-terms dl") {
        let html: String = text::terms(&s).into_iter().map(|(term, gloss)| format!("<dt>{}</dt><dd>{}</dd>", escape(&term), escape(&gloss))).collect();
        dl.set_inner_html(&html);
    }
    if let Ok(Some(e)) = document.query_selector("#ww-first-picture .first-svg") {
        e.set_inner_html(&svg(&s, &r, e.client_width()));
    }
    for p in keys(&s) {
        let value = (p.get)(&s);
        if let Ok(Some(row)) = document.query_selector(&format!("#ww-first-picture [data-key={}]", p.key)) {
            if let Ok(Some(range)) = row.query_selector("input") {
                if let Ok(range) = range.dyn_into::<HtmlInputElement>() {
                    range.set_value(&slider::position(p, value).round().to_string());
                    let _ = range.set_attribute("aria-valuetext", &slider::spoken(p, value, "dollars"));
                }
            }
            if let Ok(Some(out)) = row.query_selector("output") {
                // As the app's box writes it: two decimals finer than the step, zeros trimmed.
                out.set_text_content(Some(&format::trimmed(value, decimals_for(value, p.decimals() + 2))));
            }
        }
    }
    if moved {
        if let Ok(Some(root)) = document.query_selector("#ww-first-picture") {
            let _ = root.set_attribute("data-query", &query::encode(&s));
        }
    }
}

/// The verdict's chart as SVG, as wide as its column and as tall as the app draws it there.
fn svg(s: &Scenario, r: &Report, width: i32) -> String {
    let w = u32::try_from(width).unwrap_or(0).clamp(280, 1400);
    let h = if w < 600 { 260 } else { 300 };
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches());
    let theme = if dark { &Theme::DARK } else { &Theme::LIGHT };
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        if charts::value_today(&area, s, r, theme, Scale(1.0)).is_err() || area.present().is_err() {
            return String::new();
        }
    }
    let label = format!("Chart: {}", text::verdict(s, r));
    out.replacen(&format!("<svg width=\"{w}\" height=\"{h}\""), &format!("<svg role=\"img\" aria-label=\"{}\"", escape(&label)), 1)
}

fn escape(t: &str) -> String {
    t.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The scenario in the address (replacing the entry) and in the browser's storage, as the app
/// keeps it, so a reader who leaves or reloads before the app arrives finds it.
fn remember(q: &str) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = if q.is_empty() { format!("{path}{hash}") } else { format!("{path}?{q}{hash}") };
    if let Ok(h) = window.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    if let Some(l) = window.local_storage().ok().flatten() {
        let _ = l.set_item(stored::LAST, q);
    }
}
