//! The page's state: one scenario signal, the report derived from it as a memo and the longer
//! analyses run in the background (`background.rs`) when something asks for them, and whether
//! the reader is in the middle of a change. Built once by the app and shared through context;
//! components read it with [`use_state`].

use economics::analysis::{self, BreakEvens, Frontier, MapAxes, Sensitivity, Stepped, Timing};
use economics::monte_carlo::{MonteCarlo, Run};
use economics::params::{Param, ScenarioError};
use economics::{Report, Scenario};
use leptos::prelude::*;
use view::format::Locale;
use view::language::Language;
use view::query::{self, Extras};
use view::charts;

use crate::background;
pub use crate::background::Kind;
use crate::browser;

/// Monte Carlo paths once the reader lets go, and while they drag (so the fan keeps up with the
/// pointer; it is refined a moment after the last input).
const REST_PATHS: usize = charts::FAN_PATHS;
const DRAG_PATHS: usize = 250;
/// How long after the last input the page counts as settled.
const SETTLE_MS: u64 = 250;

/// An analysis's result and the scenario it is for: while a newer one runs, the page may show
/// the last one (a chart), or nothing (a sentence, which must agree with the figures beside it).
#[derive(Clone, PartialEq)]
pub struct Done<T> {
    pub of: Scenario,
    pub value: T,
}

/// The latest result of a background analysis, if any.
pub type Latest<T> = RwSignal<Option<Done<T>>>;

/// The scenario and what is derived from it. The report is a memo; the analyses run only when a
/// chart or a sentence on the page asks for them ([`State::ask`]).
#[derive(Clone, Copy)]
pub struct State {
    pub scenario: RwSignal<Scenario>,
    pub report: Memo<Option<Report>>,
    pub breakevens: Latest<BreakEvens>,
    pub sensitivity: Latest<Sensitivity>,
    pub frontier: Latest<Frontier>,
    pub timing: Latest<Timing>,
    pub fan: Latest<MonteCarlo>,
    /// Which two inputs the break-even map plots.
    pub map_axes: RwSignal<MapAxes>,
    /// A scenario the reader pinned to compare against, and its report.
    pub pinned: RwSignal<Option<Scenario>>,
    pub pinned_report: Memo<Option<Report>>,
    /// How numbers and money are written; anything that writes them reads this signal, so a
    /// change of currency rewrites the page. Set with [`State::set_locale`].
    pub locale: RwSignal<Locale>,
    /// The locale tag the link asked for (`locale=`), kept in links the page writes.
    asked_locale: StoredValue<Option<String>>,
    /// The language the sentences are written in (`view::language`). It is kept in the links
    /// the page writes (`lang=`) once a link asked for it or the reader picked it; a language
    /// that only follows the browser's is left out, so a shared link follows its reader's.
    pub language: RwSignal<Language>,
    language_in_links: StoredValue<bool>,
    /// False while the reader is changing something; true once inputs stop for [`SETTLE_MS`].
    pub settled: RwSignal<bool>,
    /// True from a slider's first move until the reader settles: parts of the page out of view
    /// wait for the end of a drag (see [`held`]); a typed value or a preset shows everywhere at once.
    pub dragging: RwSignal<bool>,
    /// Why the scenario is not being remembered for the next visit (storage full), said once.
    pub storage_full: RwSignal<Option<String>>,
    /// When the scenario last changed (the page's clock, ms), and whether a timer is waiting to
    /// settle the page: one timer a drag, re-armed for what is left, not one a tick.
    changed_at: StoredValue<f64>,
    settling: StoredValue<bool>,
    /// Slider values not yet applied: they wait for the next animation frame (see [`State::slide`]).
    pending: StoredValue<Vec<(&'static Param, f64)>>,
    /// Whether the scenario lives in the URL (the full page; an embed shows its link's scenario).
    keeps_url: bool,
    /// The small values read from the scenario by many parts of the page (see [`State::watch`]).
    watchers: StoredValue<Vec<Watcher>>,
}

/// Recomputes one watched value from the scenario and sets its signal if it changed; false once
/// the signal is gone.
type Watcher = Box<dyn Fn(&Scenario) -> bool + Send + Sync>;

impl State {
    pub fn new(initial: Scenario, pinned: Option<Scenario>, map_axes: MapAxes, locale: Locale, asked_locale: Option<String>, keeps_url: bool, language_in_links: bool) -> State {
        let scenario = RwSignal::new(initial);
        let settled = RwSignal::new(true);
        let pinned = RwSignal::new(pinned);
        view::format::set_locale(locale.clone());
        let watchers = StoredValue::new(Vec::<Watcher>::new());
        // One subscriber of the scenario for every watched value (see `watch`).
        Effect::new(move |_| {
            scenario.with(|s| watchers.update_value(|w| w.retain(|keep| keep(s))));
        });
        State {
            scenario,
            report: Memo::new(move |_| scenario.with(|s| economics::compute(s).ok())),
            breakevens: RwSignal::new(None),
            sensitivity: RwSignal::new(None),
            frontier: RwSignal::new(None),
            timing: RwSignal::new(None),
            fan: RwSignal::new(None),
            map_axes: RwSignal::new(map_axes),
            pinned,
            pinned_report: Memo::new(move |_| pinned.with(|p| p.as_ref().and_then(|s| economics::compute(s).ok()))),
            locale: RwSignal::new(locale),
            asked_locale: StoredValue::new(asked_locale),
            language: RwSignal::new(view::language::current()),
            language_in_links: StoredValue::new(language_in_links),
            settled,
            dragging: RwSignal::new(false),
            storage_full: RwSignal::new(None),
            changed_at: StoredValue::new(0.0),
            settling: StoredValue::new(false),
            pending: StoredValue::new(Vec::new()),
            keeps_url,
            watchers,
        }
    }

    /// A value read from the scenario (an input's value, whether it applies, a switch), as a
    /// signal of its own that changes only when the value does. The page has a hundred of these;
    /// as memos of the scenario, every one reran, and left and rejoined the scenario's list of
    /// subscribers, on each tick of a drag. Watched here, one effect recomputes them all and only
    /// the parts whose value changed rerun.
    pub fn watch<T: PartialEq + Clone + Send + Sync + 'static>(&self, f: impl Fn(&Scenario) -> T + Send + Sync + 'static) -> Signal<T> {
        let signal = RwSignal::new(self.scenario.with_untracked(&f));
        self.watchers.update_value(|w| {
            w.push(Box::new(move |s: &Scenario| {
                let value = f(s);
                match signal.try_with_untracked(|old| *old != value) {
                    Some(true) => signal.try_set(value).is_none(),
                    Some(false) => true,
                    None => false,
                }
            }))
        });
        signal.into()
    }

    /// The page's query for what is shown: the scenario, the pinned one, the currency and the
    /// locale the link asked for. Tracks all of them.
    pub fn query(&self) -> String {
        let extras = Extras {
            pinned: self.pinned.get(),
            currency: self.locale.with(|l| (l.currency.code != "USD" || l.per_usd != 1.0).then_some((l.currency, l.per_usd))),
            locale: self.asked_locale.get_value(),
            lang: self.language_in_links.get_value().then(|| self.language.get().tag()),
            map_axes: self.map_axes.get(),
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

    /// Writes every sentence in `language` from now on, from its catalogue's `text` (`None` for
    /// English), and keeps it in the links the page writes. Numbers follow the language (as the
    /// browser writes them, if it speaks it) unless the link asked for a locale.
    pub fn set_language(&self, language: Language, text: Option<&str>) {
        view::language::use_catalogue(language, text);
        browser::language::mark_document(language);
        self.language_in_links.set_value(true);
        self.language.set(language);
        let locale = match self.asked_locale.get_value() {
            Some(_) => self.locale.get_untracked(),
            None => {
                let (currency, per_usd) = self.locale.with_untracked(|l| (l.currency, l.per_usd));
                let tag = browser::language::locale_of(language);
                browser::reader_locale(Some(&tag), currency, per_usd).0
            }
        };
        // Every sentence reads the locale: setting it, even to itself, rewrites them.
        self.set_locale(locale);
    }

    /// The language the page's links carry (`lang=`), if a link asked for it or the reader
    /// picked it.
    pub fn language_in_links(&self) -> Option<Language> {
        self.language_in_links.get_value().then(|| self.language.get_untracked())
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
        browser::mark_input();
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
            if !self.dragging.get_untracked() {
                self.dragging.set(true);
            }
            browser::mark_input();
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
        self.changed_at.set_value(browser::now());
        if self.settled.get_untracked() {
            self.settled.set(false);
            background::set_calm(false);
        }
        if !self.settling.get_value() {
            self.settling.set_value(true);
            self.settle_after(SETTLE_MS as f64);
        }
        self.scenario.update(edit);
    }

    /// Settles the page once inputs have stopped for [`SETTLE_MS`]: checked after `wait_ms`,
    /// and again after what is left if something changed meanwhile.
    fn settle_after(&self, wait_ms: f64) {
        let this = *self;
        set_timeout(
            move || {
                let left = SETTLE_MS as f64 - (browser::now() - this.changed_at.get_value());
                if left > 1.0 {
                    return this.settle_after(left);
                }
                this.settling.set_value(false);
                if this.dragging.get_untracked() {
                    this.dragging.set(false);
                }
                this.settled.set(true);
                background::set_calm(true);
            },
            std::time::Duration::from_millis(wait_ms.ceil() as u64),
        );
    }
}

impl State {
    /// Asks for the analysis of `kind` for the scenario shown, in the background; its signal is set when it
    /// is done. Reads the scenario (and for the map its axes, for the fan whether the reader
    /// has settled), so an effect calling it asks again when they change.
    pub fn ask(&self, kind: Kind) {
        self.scenario.track();
        match kind {
            Kind::BreakEvens => self.run(Kind::BreakEvens, self.breakevens, analysis::BreakEvensRun::new),
            Kind::Sensitivity => self.run(Kind::Sensitivity, self.sensitivity, analysis::SensitivityRun::new),
            Kind::Timing => self.run(Kind::Timing, self.timing, analysis::TimingRun::new),
            Kind::Map => {
                let axes = self.map_axes.get();
                let n = charts::FRONTIER_CELLS;
                self.run(Kind::Map, self.frontier, move |s| analysis::FrontierRun::new(s, axes, n, n));
            }
            Kind::Fan => {
                // Fewer paths while the reader drags, so the fan keeps up; all once they stop.
                let paths = if self.settled.get() { REST_PATHS } else { DRAG_PATHS };
                self.run(Kind::Fan, self.fan, move |s| Run::new(s, paths, charts::FAN_SEED));
            }
        }
    }

    fn run<J: Stepped + 'static>(&self, kind: Kind, out: Latest<J::Output>, make: impl Fn(&Scenario) -> Result<J, ScenarioError> + 'static)
    where
        J::Output: Send + Sync + 'static,
    {
        let scenario = self.scenario;
        background::ask(kind, move || {
            let s = scenario.get_untracked();
            match make(&s) {
                Ok(job) => Some(background::stepped(job, move |value| out.set(Some(Done { of: s, value })))),
                Err(_) => {
                    out.set(None);
                    None
                }
            }
        });
    }

    /// `latest`'s value if it is for the scenario shown (a sentence shows nothing rather than a
    /// figure for another scenario). Tracks both.
    pub fn fresh<T: Clone + Send + Sync + 'static>(&self, latest: Latest<T>) -> Option<T> {
        latest.with(|d| d.as_ref().filter(|d| self.scenario.with(|s| *s == d.of)).map(|d| d.value.clone()))
    }

    /// Whether `latest` is for the scenario shown ([`State::fresh`] without copying the result).
    pub fn is_fresh<T: Send + Sync + 'static>(&self, latest: Latest<T>) -> bool {
        latest.with(|d| d.as_ref().is_some_and(|d| self.scenario.with(|s| *s == d.of)))
    }
}

/// Shares the state with every component below.
/// Text recomputed while `live`, else kept as it was: a part of the page out of view need not
/// follow every tick of a drag (screen readers reach it without scrolling, so it catches up
/// once the drag ends, or when it comes into view).
pub fn held<T: Clone + PartialEq + Send + Sync + 'static>(
    live: impl Fn() -> bool + Send + Sync + 'static,
    compute: impl Fn() -> T + Send + Sync + 'static,
) -> Memo<T> {
    Memo::new(move |last: Option<&T>| match last {
        Some(last) if !live() => last.clone(),
        _ => compute(),
    })
}

pub fn provide_state(state: State) {
    provide_context(state);
}

/// The page's state (provided by the app before any component runs).
pub fn use_state() -> State {
    expect_context::<State>()
}

/// Message `id` in the reader's language, as a closure for a view: rewritten when the language
/// (or the locale, which a change of language sets) changes.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let locale = use_state().locale;
    move || {
        locale.track();
        view::language::tr(id)
    }
}
