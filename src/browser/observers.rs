//! Watching the page: its height, reported to a host page (ResizeObserver), and its preview
//! frame's, followed (`fit_frame`); what is in view
//! (IntersectionObserver), and the page being hidden, closed or printed. Each observer or
//! listener lives as long as the page.

use leptos::prelude::*;

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

/// Fits the frame with id `id` to the height its page reports (`wattsworth:height`, clamped as
/// embed.js clamps it): the page's own preview of an embed. Only messages from that frame's
/// window count. The listener lives as long as the page.
pub fn fit_frame(id: &'static str) {
    use wasm_bindgen::JsCast;
    gloo_events::EventListener::new(&window(), "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let Some(frame) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok()) else { return };
        let (Some(source), Some(own)) = (event.source(), frame.content_window()) else { return };
        if !js_sys::Object::is(source.as_ref(), own.as_ref()) {
            return;
        }
        let data = event.data();
        let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        if !data.is_object() || get("type").and_then(|t| t.as_string()).as_deref() != Some("wattsworth:height") {
            return;
        }
        if let Some(height) = get("height").and_then(|h| h.as_f64()).filter(|h| h.is_finite()) {
            let _ = web_sys::HtmlElement::style(&frame).set_property("height", &format!("{}px", height.clamp(120.0, 8000.0).ceil()));
        }
    })
    .forget();
}

/// Calls `report(i, visible)` whenever the `i`th of `elements` comes into or goes out of view
/// (and once for each at the start). The observer lives as long as the page.
pub fn watch_visibility(elements: &[web_sys::Element], report: impl Fn(usize, bool) + 'static) {
    // A little ahead of the viewport, so a chart is drawn just before it scrolls in.
    observe(elements, "200px 0px", report);
}

fn observe(elements: &[web_sys::Element], margin: &str, report: impl Fn(usize, bool) + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let targets: Vec<web_sys::Element> = elements.to_vec();
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
    options.set_root_margin(margin);
    if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        for t in &targets {
            observer.observe(t);
        }
    }
    callback.forget();
}

/// Calls `report(visible)` whenever any of `element` comes into view or goes out of it, and once
/// at the start.
pub fn watch_in_view(element: &web_sys::Element, report: impl Fn(bool) + 'static) {
    observe(std::slice::from_ref(element), "0px", move |_, visible| report(visible));
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

/// Keeps the control a reader is using where it is when `answer`, above the controls, changes
/// height (a caution comes or goes). Scrolled, the browser's scroll anchoring already does; at
/// the top of the page it does not, so a taller answer scrolls the page by as much, and a shorter
/// one keeps its height until the reader leaves the controls. While `dragging()`, a taller
/// answer keeps its height wherever the page is scrolled (the caller lets it go when the drag
/// ends), so a caution that comes and goes as a slider moves shifts the page once, not at each
/// crossing: each shift redrew every block below the answer. The observer lives as long as the
/// page.
pub fn hold_controls_in_place(answer: web_sys::Element, dragging: impl Fn() -> bool + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast};
    let Ok(answer_html) = answer.clone().dyn_into::<web_sys::HtmlElement>() else { return };
    let last = Rc::new(Cell::new(answer.get_bounding_client_rect().height()));
    let seen = last.clone();
    let target = answer.clone();
    let held = answer_html.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height();
        let delta = height - seen.replace(height);
        if delta.abs() < 0.5 {
            return;
        }
        if delta > 0.0 && dragging() {
            let _ = held.style().set_property("min-height", &format!("{height}px"));
        }
        if window().scroll_y().unwrap_or(1.0) > 0.5 {
            return;
        }
        let Some(active) = document().active_element() else { return };
        let in_controls = active.closest("#controls").ok().flatten().is_some();
        if !in_controls || active.get_bounding_client_rect().top() < target.get_bounding_client_rect().bottom() {
            return;
        }
        if delta > 0.0 {
            window().scroll_by_with_x_and_y(0.0, delta);
        } else {
            let _ = held.style().set_property("min-height", &format!("{}px", height - delta));
            seen.set(height - delta);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&answer);
    }
    callback.forget();
    // Leaving the controls lets a held answer take its own height again.
    gloo_events::EventListener::new(&document(), "focusout", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::FocusEvent>() else { return };
        let next_in_controls = event.related_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.closest("#controls").ok().flatten().is_some());
        if !next_in_controls && answer_html.style().get_property_value("min-height").is_ok_and(|v| !v.is_empty()) {
            let _ = answer_html.style().remove_property("min-height");
            last.set(answer.get_bounding_client_rect().height());
        }
    })
    .forget();
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

/// Calls `f` just before the page is printed. The listener lives as long as the page.
pub fn before_print(f: impl Fn() + 'static) {
    gloo_events::EventListener::new(&window(), "beforeprint", move |_| f()).forget();
}
