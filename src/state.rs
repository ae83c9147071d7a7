//! The page's state: one scenario signal, everything the page shows derived from it as memos,
//! and whether the reader is in the middle of a change. Built once by the app and shared through
//! context; components read it with [`use_state`].

use economics::analysis::{self, BreakEvens, Frontier, TornadoBar};
use economics::monte_carlo::{MonteCarlo, Run};
use economics::params::Param;
use economics::{Report, Scenario};
use leptos::prelude::*;
use view::format::Locale;
use view::query::{self, Extras};
use view::charts;

use crate::browser;

/// Monte Carlo paths once the reader lets go, and while they drag (so every chart keeps up with
/// the pointer; the fan is refined a moment after the last input).
const REST_PATHS: usize = charts::FAN_PATHS;
const DRAG_PATHS: usize = 250;
/// How long after the last input the page counts as settled.
const SETTLE_MS: u64 = 250;
/// Monte Carlo work per animation frame, in paths × months: about 2 ms of wasm, so a run never
/// holds up an input (a drag's 250 paths finish in one frame, the full fan in eight).
const FAN_SLICE: usize = 50_000;

/// The scenario and what is derived from it. Memos compute only when something reads them, so
/// an analysis no chart on the page shows is never run.
#[derive(Clone, Copy)]
pub struct State {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Option<Report>>,
    pub breakevens: Memo<Option<BreakEvens>>,
    pub tornado: Memo<Option<Vec<TornadoBar>>>,
    pub frontier: Memo<Option<Frontier>>,
    /// The latest finished Monte Carlo run, for the scenario shown or, while a new run is
    /// under way, the one before it. Filled by [`State::run_fan`].
    pub fan: RwSignal<Option<MonteCarlo>>,
    /// A scenario the reader pinned to compare against, and its report.
    pub pinned: RwSignal<Option<Scenario>>,
    pub pinned_report: Memo<Option<Report>>,
    /// How numbers and money are written; anything that writes them reads this signal, so a
    /// change of currency rewrites the page. Set with [`State::set_locale`].
    pub locale: RwSignal<Locale>,
    /// The locale tag the link asked for (`locale=`), kept in links the page writes.
    asked_locale: StoredValue<Option<String>>,
    /// False while the reader is changing something; true once inputs stop for [`SETTLE_MS`].
    pub settled: RwSignal<bool>,
    /// Why the scenario is not being remembered for the next visit (storage full), said once.
    pub storage_full: RwSignal<Option<String>>,
    changes: StoredValue<u64>,
    /// Slider values not yet applied: they wait for the next animation frame (see [`State::slide`]).
    pending: StoredValue<Vec<(&'static Param, f64)>>,
    /// Which Monte Carlo run is current: a newer one makes slices of the older stop.
    fan_job: StoredValue<u64>,
    /// Whether the scenario lives in the URL (the full page; an embed shows its link's scenario).
    keeps_url: bool,
}

impl State {
    pub fn new(initial: Scenario, pinned: Option<Scenario>, locale: Locale, asked_locale: Option<String>, keeps_url: bool) -> State {
        let scenario = RwSignal::new(initial);
        let settled = RwSignal::new(true);
        let pinned = RwSignal::new(pinned);
        view::format::set_locale(locale.clone());
        State {
            scenario,
            report: Memo::new(move |_| scenario.with(|s| economics::compute(s).ok())),
            breakevens: Memo::new(move |_| scenario.with(|s| analysis::break_evens(s).ok())),
            tornado: Memo::new(move |_| scenario.with(|s| analysis::tornado(s).ok())),
            frontier: Memo::new(move |_| {
                scenario.with(|s| analysis::frontier(s, Default::default(), charts::FRONTIER_CELLS, charts::FRONTIER_CELLS).ok())
            }),
            fan: RwSignal::new(None),
            pinned,
            pinned_report: Memo::new(move |_| pinned.with(|p| p.as_ref().and_then(|s| economics::compute(s).ok()))),
            locale: RwSignal::new(locale),
            asked_locale: StoredValue::new(asked_locale),
            settled,
            storage_full: RwSignal::new(None),
            changes: StoredValue::new(0),
            pending: StoredValue::new(Vec::new()),
            fan_job: StoredValue::new(0),
            keeps_url,
        }
    }

    /// The page's query for what is shown: the scenario, the pinned one, the currency and the
    /// locale the link asked for. Tracks all of them.
    pub fn query(&self) -> String {
        let extras = Extras {
            pinned: self.pinned.get(),
            currency: self.locale.with(|l| (l.currency.code != "USD" || l.per_usd != 1.0).then_some((l.currency, l.per_usd))),
            locale: self.asked_locale.get_value(),
        };
        self.scenario.with(|s| query::link(s, &extras))
    }

    /// [`State::query`] without tracking.
    pub fn query_untracked(&self) -> String {
        untrack(|| self.query())
    }

    /// Writes numbers and money in `locale` from now on.
    pub fn set_locale(&self, locale: Locale) {
        view::format::set_locale(locale.clone());
        self.locale.set(locale);
    }

    /// Puts `query` in the address and in storage for the next visit; if storage is full, says
    /// so once ([`State::storage_full`]).
    pub fn remember(&self, query: &str) {
        if let Some(full) = browser::remember(query) {
            if self.storage_full.with_untracked(Option::is_none) {
                self.storage_full.set(Some(full.message));
            }
        }
    }

    /// Writes the scenario shown into the current history entry now, before an action that adds
    /// an entry (a preset, the methodology link), so Back returns to exactly what was shown.
    pub fn flush(&self) {
        self.apply_pending();
        if self.keeps_url {
            self.remember(&self.query_untracked());
        }
    }

    /// Replaces the scenario as an explicit action: the scenario shown so far keeps its history
    /// entry and the new one gets its own.
    pub fn replace_with(&self, scenario: Scenario) {
        self.flush();
        self.change(|s| *s = scenario);
        if self.keeps_url {
            browser::push(&self.query_untracked());
        }
    }

    /// Changes the scenario on the reader's behalf: marks the time for the redraw measurement
    /// and keeps the page unsettled until inputs stop for [`SETTLE_MS`].
    pub fn change(&self, edit: impl FnOnce(&mut Scenario)) {
        browser::mark("ww-input");
        self.commit(edit);
    }

    /// Sets an input from its slider. A pointer can send several input events between two
    /// frames and only the last value can be seen, so they are applied together just before the
    /// next frame: one computation and one redraw per frame.
    pub fn slide(&self, p: &'static Param, value: f64) {
        let first = self.pending.with_value(Vec::is_empty);
        self.pending.update_value(|v| {
            v.retain(|(q, _)| q.key != p.key);
            v.push((p, value));
        });
        if first {
            browser::mark("ww-input");
            let this = *self;
            request_animation_frame(move || this.apply_pending());
        }
    }

    /// Applies slider values still waiting for a frame: before anything reads the scenario to
    /// keep it (the URL, a preset, the page going away), so nothing the reader did is lost.
    pub fn apply_pending(&self) {
        let edits = self.pending.try_update_value(std::mem::take).unwrap_or_default();
        if !edits.is_empty() {
            self.commit(|s| edits.iter().for_each(|(p, v)| (p.set)(s, *v)));
        }
    }

    fn commit(&self, edit: impl FnOnce(&mut Scenario)) {
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

impl State {
    /// Starts a Monte Carlo run for the scenario shown (fewer paths while the reader drags), in
    /// slices of [`FAN_SLICE`] between frames; [`State::fan`] is set when it finishes. A newer
    /// run stops an older one. Reads the scenario and `settled`, so an effect calling it runs
    /// again when either changes.
    pub fn run_fan(&self) {
        let paths = if self.settled.get() { REST_PATHS } else { DRAG_PATHS };
        let job = self.fan_job.get_value() + 1;
        self.fan_job.set_value(job);
        match self.scenario.with(|s| Run::new(s, paths, charts::FAN_SEED).ok()) {
            Some(run) => fan_slice(*self, job, run, (FAN_SLICE / paths).max(1)),
            None => self.fan.set(None),
        }
    }
}

fn fan_slice(state: State, job: u64, mut run: Run, months: usize) {
    request_animation_frame(move || {
        if state.fan_job.get_value() != job {
            return;
        }
        if run.advance(months) {
            state.fan.set(Some(run.finish()));
        } else {
            fan_slice(state, job, run, months);
        }
    });
}

/// Shares the state with every component below.
pub fn provide_state(state: State) {
    provide_context(state);
}

/// The page's state (provided by the app before any component runs).
pub fn use_state() -> State {
    expect_context::<State>()
}
