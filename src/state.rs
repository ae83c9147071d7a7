//! The page's state: one scenario signal, everything the page shows derived from it as memos,
//! and whether the reader is in the middle of a change. Built once by the app and shared through
//! context; components read it with [`use_state`].

use economics::analysis::{self, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::{self, MonteCarlo};
use economics::{Report, Scenario};
use leptos::prelude::*;
use view::charts;

use crate::browser;

/// Monte Carlo paths once the reader lets go, and while they drag (so every chart keeps up with
/// the pointer; the fan is refined a moment after the last input).
const REST_PATHS: usize = charts::FAN_PATHS;
const DRAG_PATHS: usize = 250;
/// How long after the last input the page counts as settled.
const SETTLE_MS: u64 = 250;

/// The scenario and what is derived from it. Memos compute only when something reads them, so
/// an analysis no chart on the page shows is never run.
#[derive(Clone, Copy)]
pub struct State {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Option<Report>>,
    pub breakevens: Memo<Option<BreakEvens>>,
    pub tornado: Memo<Option<Vec<TornadoBar>>>,
    pub frontier: Memo<Option<Frontier>>,
    pub fan: Memo<Option<MonteCarlo>>,
    /// False while the reader is changing something; true once inputs stop for [`SETTLE_MS`].
    pub settled: RwSignal<bool>,
    changes: StoredValue<u64>,
    /// Whether the scenario lives in the URL (the full page; an embed shows its link's scenario).
    keeps_url: bool,
}

impl State {
    pub fn new(initial: Scenario, keeps_url: bool) -> State {
        let scenario = RwSignal::new(initial);
        let settled = RwSignal::new(true);
        let fan = Memo::new(move |_| {
            let paths = if settled.get() { REST_PATHS } else { DRAG_PATHS };
            scenario.with(|s| monte_carlo::simulate(s, paths, charts::FAN_SEED).ok())
        });
        State {
            scenario,
            report: Memo::new(move |_| scenario.with(|s| economics::compute(s).ok())),
            breakevens: Memo::new(move |_| scenario.with(|s| analysis::break_evens(s).ok())),
            tornado: Memo::new(move |_| scenario.with(|s| analysis::tornado(s).ok())),
            frontier: Memo::new(move |_| {
                scenario.with(|s| analysis::frontier(s, charts::FRONTIER_CELLS, charts::FRONTIER_CELLS).ok())
            }),
            fan,
            settled,
            changes: StoredValue::new(0),
            keeps_url,
        }
    }

    /// Writes the scenario shown into the current history entry now, before an action that adds
    /// an entry (a preset, the methodology link), so Back returns to exactly what was shown.
    pub fn flush(&self) {
        if self.keeps_url {
            browser::remember(&self.scenario.with_untracked(view::query::encode));
        }
    }

    /// Replaces the scenario as an explicit action: the scenario shown so far keeps its history
    /// entry and the new one gets its own.
    pub fn replace_with(&self, scenario: Scenario) {
        self.flush();
        self.change(|s| *s = scenario);
        if self.keeps_url {
            browser::push(&self.scenario.with_untracked(view::query::encode));
        }
    }

    /// Changes the scenario on the reader's behalf: marks the time for the redraw measurement
    /// and keeps the page unsettled until inputs stop for [`SETTLE_MS`].
    pub fn change(&self, edit: impl FnOnce(&mut Scenario)) {
        browser::mark("ww-input");
        let this = self.changes.get_value() + 1;
        self.changes.set_value(this);
        if self.settled.get_untracked() {
            self.settled.set(false);
        }
        let (changes, settled) = (self.changes, self.settled);
        set_timeout(
            move || {
                if changes.get_value() == this {
                    settled.set(true);
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
        self.scenario.update(edit);
    }
}

/// Shares the state with every component below.
pub fn provide_state(state: State) {
    provide_context(state);
}

/// The page's state (provided by the app before any component runs).
pub fn use_state() -> State {
    expect_context::<State>()
}
