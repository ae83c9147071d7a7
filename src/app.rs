//! The page: reads the URL, builds the state and lays out presets and currency, the headline,
//! the first chart, the controls, the other charts, sharing, methodology and footer, in the order
//! a narrow screen shows them (style/main.css puts the controls beside the charts on a wide one);
//! in an embed, its compact answer, then only what its flags ask for. Keeps the URL and local storage in step with the
//! scenario.

use economics::Scenario;
use leptos::prelude::*;
use view::query::{self, Controls as ShownControls, Notice, View};

use crate::browser::{self, from_disk, offline_file_name, open_methodology, BUILD_DATE, VERSION};
use crate::components::charts::Charts;
use crate::components::controls::{AllControls, KeyControls, Setup};
use crate::components::headline::{Answer, AnswerMore, NoticeBanner};
use crate::components::language::LanguagePicker;
use crate::components::methodology::Methodology;
use crate::components::print::FactSheet;
use crate::components::embed::{EmbedAnswer, EmbedFooter};
use crate::components::share::ShareBar;
use crate::state::{provide_state, State};
use view::language::{tr_with, Language};

#[component]
pub fn App() -> impl IntoView {
    // The wasm is running: the browser benchmark reads this mark (tests/bench/floor.mjs).
    browser::mark("ww-start");
    let first = browser::remove_first_picture();
    let search = window().location().search().unwrap_or_default();
    let page = View::from_query(&search);
    browser::apply_theme(&page);
    let (initial, initial_notices, from) = match first.query {
        // The reader moved a slider on the first screen, which takes only links with no flags.
        Some(q) => { let (s, notices) = query::read(&q); (s, notices, q) }
        None => initial_scenario(&search, page.embed),
    };
    // The pinned scenario, currency and locale ride in the same query as the scenario.
    let kept = View::from_query(&from);
    let pinned = kept.pinned.as_deref().map(|q| query::decode(q).0);
    let currency = kept.currency.unwrap_or(&view::format::CURRENCIES[0]);
    // The language `start` chose (its catalogue read, or English if it could not be), and the
    // locale: the link's, else the language's (as the browser writes it, if it speaks it).
    let (wanted, unknown) = browser::language::choose(page.lang.as_deref());
    let language = view::language::current();
    browser::language::mark_document(language);
    let language_locale = (language != Language::En && kept.locale.is_none())
        .then(|| browser::language::locale_of(language));
    let (locale, locale_notices) = browser::reader_locale(kept.locale.as_deref().or(language_locale.as_deref()), currency, kept.per_usd.unwrap_or(currency.per_usd));
    // A locale the browser does not have as asked is said, and left out of the links written.
    let taken = !locale_notices.iter().any(|n| n.key == "locale");
    let mut initial_notices = initial_notices;
    initial_notices.extend(locale_notices);
    initial_notices.extend(language_notices(unknown.as_deref(), wanted, language));
    query::order(&mut initial_notices);
    let state = State::new(initial, pinned, kept.map_axes, locale, kept.locale.clone().filter(|_| taken), !page.embed, page.lang.is_some() && unknown.is_none());
    provide_state(state);
    // What the first screen does not show is built once it is painted. Once the page is whole,
    // the service worker registers (its precache downloads the methodology and the app again for
    // offline use): not while the first screen loads (#26).
    let embed = page.embed;
    let focused = first.focused;
    let notices = RwSignal::new(initial_notices);
    crate::later::start(move || {
        // A message its catalogue lacked was written in English: said once the page is whole.
        let missing = view::language::missing();
        if !missing.is_empty() {
            let shown = view::language::current().name();
            notices.update(|n| n.push(Notice { key: "lang".into(), message: tr_with("language-missing", &[("shown", shown.into())]) }));
        }
        crate::background::set_built();
        // The slider the reader was on before the app took over keeps the keyboard.
        if let Some(key) = &focused {
            browser::focus_by_id(&format!("in-{key}"));
        }
        if !embed {
            browser::register_service_worker();
        }
    });
    let scenario = state.scenario;

    // The URL and storage are written once the reader settles: browsers throttle
    // history.replaceState, and a write per slider tick cost more than drawing a chart.
    Effect::new(move |_| {
        if state.settled.get() && !embed {
            state.remember(&state.query());
        }
    });
    // A reader who leaves, switches away or reloads mid-drag still finds their last value.
    if !embed {
        browser::on_hide(move || {
            state.apply_pending();
            let latest = state.query_untracked();
            browser::keep_pending(&latest);
            state.remember(&latest);
        });
    }
    // Back and Forward: each entry's URL holds the scenario shown then.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        if !embed {
            let search = window().location().search().unwrap_or_default();
            let (s, _) = query::decode(&search);
            state.apply_pending();
            scenario.set(s);
            state.pinned.set(View::from_query(&search).pinned.as_deref().map(|q| query::decode(q).0));
        }
    });
    if embed {
        browser::report_height(page.pym_id.clone());
    }
    // The first chart leads; the others follow the controls.
    let (lead, rest) = page.charts.split_at(page.charts.len().min(1));
    let (lead, rest) = (lead.to_vec(), rest.to_vec());
    let all = page.controls == ShownControls::All;
    // Whether the verdict is on screen: the compact summary among the controls stands in for it
    // when it is not. An embed's frame is as tall as its content, so it has no use for one.
    let headline_in_view = RwSignal::new(true);
    let summary = (!page.embed).then_some(Signal::from(headline_in_view));

    view! {
        <a class="skip" href="#controls">{crate::state::tr("skip")}</a>
        // A plain embed (`plain=1`) has no title or footer: its host page writes its own.
        {(!page.plain).then(|| view! {
            <header class="top">
                <div class="top-row">
                    <h1>{move || if page.embed { crate::state::tr("embed-title")() } else { "Wattsworth".to_string() }}</h1>
                    {(!page.embed).then(|| view! { <LanguagePicker /> })}
                </div>
                <p class="lede">{crate::state::tr("page-tagline")}</p>
            </header>
        })}
        <NoticeBanner notices=notices />
        {all.then(|| view! { <Setup /> })}
        <p class="share-status quiet-note" role="status" data-testid="storage-notice">{move || state.storage_full.get()}</p>
        // An embed answers in a few lines (the verdict and its cautions), then shows its chart.
        {if page.embed { view! { <EmbedAnswer /> }.into_any() } else { view! { <Answer in_view=headline_in_view /> }.into_any() }}
        <main class="layout">
            <Charts shown=lead label="Main chart" class="lead" />
            {(!page.embed).then(|| view! { <div class="after-lead"><AnswerMore /><ShareBar /></div> })}
            {all.then(|| view! { <AllControls headline_in_view=summary /> })}
            {(page.controls == ShownControls::Key).then(|| view! { <KeyControls /> })}
            {(!rest.is_empty()).then(|| view! { <Charts shown=rest label="More charts" class="rest" /> })}
        </main>
        {(!page.embed).then(|| view! { <FactSheet /> })}
        {(!page.embed).then(|| view! { <Methodology /> })}
        {(page.embed && !page.plain).then(|| {
            // The inputs shown as controls, the start month among them when all are.
            let mut shown: Vec<&'static str> = economics::params::PARAMS.iter().map(|p| p.key).filter(|k| page.shows_control(k)).collect();
            shown.extend(all.then_some("start"));
            view! { <EmbedFooter shown=shown /> }
        })}
        <footer class="foot" class:hidden=page.embed>
            <p data-testid="language-partial" class:hidden=move || state.language.get() == Language::En>{crate::state::tr("language-partial")}</p>
            <p>
                {crate::state::tr("foot-sources")} " "
                <a href="#methodology" on:click=move |_| { state.flush(); open_methodology() }>{crate::state::tr("foot-methodology")}</a>
                ". " {crate::state::tr("foot-private")}
            </p>
            <p data-testid="version">{move || { state.locale.track(); tr_with("foot-version", &[("version", VERSION.into()), ("built", BUILD_DATE.into())]) }}
                <span class:hidden=from_disk()>
                    " " <a href=offline_file_name() download=offline_file_name() data-testid="offline-download">
                        {crate::state::tr("foot-offline")}</a>
                    " " {crate::state::tr("foot-offline-note")}
                </span>
            </p>
        </footer>
    }
}

/// The scenario of a reload that outran the URL, else the URL's if it has one, else the last one
/// remembered, else the defaults; what could not be taken from it as written; and the query it
/// came from. All three are read by the same decoder. An embed shows exactly its link's scenario.
fn initial_scenario(search: &str, embed: bool) -> (Scenario, Vec<Notice>, String) {
    // A reload before the URL caught up with the last edit.
    if let Some(pending) = (!embed).then(|| browser::take_pending(search)).flatten() {
        let (s, notices) = query::read(&pending);
        return (s, notices, pending);
    }
    if !embed && search.trim_start_matches('?').is_empty() {
        if let Some((saved, notices)) = browser::recall() {
            let (s, _) = query::read(&saved);
            return (s, notices, saved);
        }
    }
    let (s, notices) = query::read(search);
    (s, notices, search.to_string())
}

/// What the reader is told about the language: a `lang=` the page does not speak (naming it,
/// cut to 40 characters, and the language shown), or a catalogue that could not be read.
fn language_notices(unknown: Option<&str>, wanted: Language, shown: Language) -> Vec<Notice> {
    let mut out = Vec::new();
    if let Some(asked) = unknown {
        let mut asked: String = asked.chars().filter(|c| !c.is_control()).take(40).collect();
        if unknown.is_some_and(|a| a.chars().count() > 40) {
            asked.push('…');
        }
        out.push(Notice { key: "lang".into(), message: tr_with("language-unknown", &[("asked", asked.into()), ("shown", shown.name().into())]) });
    }
    if wanted != shown {
        out.push(Notice { key: "lang".into(), message: tr_with("language-unreachable", &[("shown", wanted.name().into())]) });
    }
    out
}
