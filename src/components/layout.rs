//! The narrow screen's layout: the widest window laid out as one column, and the compact summary
//! that keeps the answer in view among the controls there. The headline and the controls both
//! read these; neither reads the other.

use economics::Scenario;
use leptos::prelude::*;
use view::{inputs, text};

use crate::browser;
use crate::state::{held, use_state};

/// The widest window, CSS px, laid out as one column (style/main.css has the same figure): there
/// the charts come before the controls and the sections of "More inputs" start closed.
pub const NARROW_MAX: f64 = 760.0;

/// Width and height of the summary's sparkline, in its own units (drawn stretched to its box).
const SPARK: (f64, f64) = (240.0, 80.0);
const SPARK_BOX: &str = "0 0 240 80";

/// What the summary says changed, and from which figures (the advantage and mining's NPV) it
/// counts.
struct Moves {
    shown: Scenario,
    figures: (f64, f64),
    moving: Vec<&'static str>,
    from: (f64, f64),
}

/// The compact answer that stays on screen while a reader on a narrow screen is among the
/// controls (sticky, see style/main.css): the advantage, a sparkline of the cumulative cash,
/// and what the latest change did, so a move of any slider changes something in view. Hidden
/// while the verdict itself is on screen, and on wide screens, where the charts sit beside the
/// controls. A visual echo of the headline, which screen readers already hear change.
#[component]
pub fn Summary(
    /// Whether the verdict is wholly on screen.
    headline_in_view: Signal<bool>,
) -> impl IntoView {
    let state = use_state();
    let (report, scenario, locale) = (state.report, state.scenario, state.locale);
    // Worked out only while it shows (a narrow screen, the verdict scrolled away): on a wide
    // screen it is never seen, and it catches up as it appears.
    let narrow = RwSignal::new(browser::window_width() <= NARROW_MAX);
    let _ = window_event_listener(leptos::ev::resize, move |_| {
        let now = browser::window_width() <= NARROW_MAX;
        if now != narrow.get_untracked() {
            narrow.set(now);
        }
    });
    let shown = move || narrow.get() && !headline_in_view.get();
    let advantage = held(shown, move || { locale.track(); report.with(|r| r.as_ref().map(text::advantage)).unwrap_or_default() });
    let spark = held(shown, move || report.with(|r| r.as_ref().map(|r| inputs::sparkline(r, SPARK.0, SPARK.1, 60))));
    // Its lines stay in the document and only their points change: a new tree each tick of a
    // drag cost its style, layout and paint.
    let points = move |line: fn(&inputs::Sparkline) -> &String| move || spark.with(|s| s.as_ref().map(|s| line(s).clone()).unwrap_or_default());
    let zero = move || spark.with(|s| s.as_ref().and_then(|s| s.zero)).map(|y| y.round() as i64);
    let note = RwSignal::new(text::moved(&[], 0.0, 0.0));
    let moves = StoredValue::new(None::<Moves>);
    // A change of input sets what is moving and the advantage it started from; further changes
    // of the same inputs keep counting from there. A change of currency rewrites the note.
    Effect::new(move |_| {
        locale.track();
        if !shown() {
            return;
        }
        let Some(figures) = report.with(|r| r.as_ref().map(|r| (r.advantage_npv_usd, r.mining.npv_usd))) else { return };
        scenario.with(|s| {
            moves.update_value(|m| match m {
                None => *m = Some(Moves { shown: s.clone(), figures, moving: Vec::new(), from: figures }),
                Some(m) => {
                    let changed = inputs::differences(&m.shown, s);
                    if !changed.is_empty() {
                        if changed != m.moving {
                            m.from = m.figures;
                            m.moving = changed;
                        }
                        m.shown = s.clone();
                        m.figures = figures;
                    }
                    note.set(text::moved(&m.moving, m.figures.0 - m.from.0, m.figures.1 - m.from.1));
                }
            })
        });
    });
    view! {
        <div class="summary" aria-hidden="true" data-testid="summary" class:concealed=move || headline_in_view.get()>
            <p class="summary-text">
                <span class="summary-advantage" data-testid="summary-advantage">{move || advantage.get()}</span>
                <span class="summary-note" data-testid="summary-note">{move || note.get()}</span>
            </p>
            // A dashed zero line (where zero is within the lines' range), then mining, then AI.
            <svg class="spark" data-testid="spark" viewBox=SPARK_BOX preserveAspectRatio="none" focusable="false">
                <line class="spark-zero" x1="0" x2="100%" y1=move || zero().unwrap_or(0) y2=move || zero().unwrap_or(0)
                    visibility=move || if zero().is_some() { "visible" } else { "hidden" } />
                <polyline class="spark-mining" points=points(|s| &s.mining) />
                <polyline class="spark-ai" points=points(|s| &s.ai) />
            </svg>
        </div>
    }
}
