//! Work too long for one frame, spread over frames: the break-evens, the tornado and its flips,
//! the break-even map, the "when to convert" sweep and the Monte Carlo fan. Each job runs a step
//! (a run or a few of the model) at a time within a budget per frame, so an input never waits
//! for them. One job of each kind runs at a time; asked for again while it runs, it runs once
//! more when it ends, for what is shown then: a drag gets a fresh result every few frames, and
//! the last result is always for the last input. When the reader starts changing something,
//! the jobs running or waiting are dropped: their scenario is gone.

use std::cell::{Cell, RefCell};

use economics::analysis::Stepped;
use leptos::prelude::*;

use crate::browser;

/// The kinds of job, most wanted first: a frame's budget goes to the first that has work.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    BreakEvens,
    Sensitivity,
    Timing,
    Map,
    Fan,
}
const KINDS: usize = 5;

/// Time per frame, ms, while the reader is changing something (the frame's input and redraw
/// come first) and once they stop.
const BUSY_MS: f64 = 4.0;
const CALM_MS: f64 = 12.0;

/// One step of a job; true once it is done (and has handed over its result).
pub type Step = Box<dyn FnMut() -> bool>;
/// Makes a job for what is shown when it starts (`None`: nothing to run).
type Make = Box<dyn Fn() -> Option<Step>>;

#[derive(Default)]
struct Queue {
    running: [Option<Step>; KINDS],
    asked: [Option<Make>; KINDS],
    scheduled: bool,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::default();
    static CALM: Cell<bool> = const { Cell::new(true) };
    static BUILT: Cell<bool> = const { Cell::new(false) };
    static WORKING: Cell<bool> = const { Cell::new(false) };
}

/// Asks for a job of `kind`: `make` builds it at the next frame, or when the one running ends.
pub fn ask(kind: Kind, make: impl Fn() -> Option<Step> + 'static) {
    QUEUE.with_borrow_mut(|q| q.asked[kind as usize] = Some(Box::new(make)));
    schedule();
}

/// The page below its first screen has been built ([`crate::later`]): until then the page
/// counts as working.
pub fn set_built() {
    BUILT.set(true);
    schedule();
}

/// Whether the reader has stopped changing things: the budget per frame follows it. A change
/// beginning drops the jobs running and asked for: they are for a scenario no longer shown, and
/// what is still wanted is asked for again (a chart in view at once, the rest once the reader
/// settles), so a drag's frames do not go to them.
pub fn set_calm(calm: bool) {
    if !calm && CALM.get() {
        QUEUE.with_borrow_mut(|q| {
            q.running = Default::default();
            q.asked = Default::default();
        });
    }
    CALM.set(calm);
    schedule();
}

/// The steps of `job`, handing its result to `done` when it ends.
pub fn stepped<J: Stepped + 'static>(job: J, done: impl FnOnce(J::Output) + 'static) -> Step {
    let (mut job, mut done) = (Some(job), Some(done));
    Box::new(move || {
        if job.as_mut().is_some_and(|j| !j.advance(1)) {
            return false;
        }
        if let (Some(j), Some(d)) = (job.take(), done.take()) {
            d(j.finish());
        }
        true
    })
}

fn schedule() {
    let (work, go) = QUEUE.with_borrow_mut(|q| {
        let work = q.running.iter().any(Option::is_some) || q.asked.iter().any(Option::is_some);
        let go = work && !q.scheduled;
        q.scheduled |= go;
        (work, go)
    });
    if go {
        request_animation_frame(frame);
    }
    show_working(work || !CALM.get() || !BUILT.get());
}

/// `data-working` on the root element while the reader is changing things (the analyses are
/// asked for once they stop) or any job is asked for or running: the browser tests and
/// benchmark wait for it to go.
fn show_working(work: bool) {
    if WORKING.get() == work {
        return;
    }
    WORKING.set(work);
    if let Some(root) = document().document_element() {
        let _ = if work { root.set_attribute("data-working", "") } else { root.remove_attribute("data-working") };
    }
}

/// The next job with work, taken out of the queue while it runs (its step may ask for more).
fn next() -> Option<(usize, Step)> {
    for i in 0..KINDS {
        let (running, asked) = QUEUE.with_borrow_mut(|q| match q.running[i].take() {
            Some(step) => (Some(step), None),
            None => (None, q.asked[i].take()),
        });
        if let Some(step) = running {
            return Some((i, step));
        }
        if let Some(step) = asked.and_then(|make| make()) {
            return Some((i, step));
        }
    }
    None
}

fn frame() {
    QUEUE.with_borrow_mut(|q| q.scheduled = false);
    let end = browser::now() + if CALM.get() { CALM_MS } else { BUSY_MS };
    while let Some((i, mut step)) = next() {
        if !step() {
            QUEUE.with_borrow_mut(|q| q.running[i] = Some(step));
        }
        if browser::now() >= end {
            break;
        }
    }
    schedule();
}
