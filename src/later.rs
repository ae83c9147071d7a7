//! Parts of the page built after its first screen is painted: the inputs inside "More inputs".
//! The first screen (headline, first chart, key inputs) is built, mounted and painted first; each
//! part waiting here is then built in a task of its own, into an element already on the page,
//! under the page's reactive owner (so it reads the same state). A part is mounted as a view of
//! its own rather than as a reactive closure that switches from nothing to the part, which would
//! compile the whole part's diffing code for one switch (+22 KB of wasm).

use std::cell::RefCell;
use std::time::Duration;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

type Build = Box<dyn FnOnce()>;

thread_local! {
    static WAITING: RefCell<Vec<Build>> = const { RefCell::new(Vec::new()) };
}

/// Builds `part` into `holder` once the first screen is painted, in the order asked.
pub fn build_into<E, V>(holder: NodeRef<E>, part: impl FnOnce() -> V + 'static)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
    V: IntoView + 'static,
{
    let owner = Owner::current();
    WAITING.with_borrow_mut(|w| {
        w.push(Box::new(move || {
            let Some(element) = holder.get_untracked() else { return };
            let element: web_sys::HtmlElement = element.unchecked_into();
            let mount = move || std::mem::forget(mount_to(element, part));
            match owner {
                Some(owner) => owner.with(mount),
                None => mount(),
            }
        }))
    });
}

/// Starts building the waiting parts after the next frame, one task each, then calls `done`.
pub fn start(done: impl FnOnce() + 'static) {
    request_animation_frame(move || next(Box::new(done)));
}

fn next(done: Build) {
    set_timeout(
        move || match WAITING.with_borrow_mut(|w| (!w.is_empty()).then(|| w.remove(0))) {
            Some(build) => {
                build();
                next(done);
            }
            None => done(),
        },
        Duration::ZERO,
    );
}
