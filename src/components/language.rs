//! The language picker: the languages the page speaks, each named in itself, in the page's
//! header. Picking one loads its text (`browser::language`) and keeps it in the page's links.

use leptos::prelude::*;

use crate::state::{tr, use_state};

/// The language the page speaks, each named in itself; picking one loads its text (see
/// `browser::language`) and keeps it in the page's links.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    use view::language::Language;
    let state = use_state();
    // A language whose text could not be had (offline, before it was ever loaded).
    let failed = RwSignal::new(None::<Language>);
    let pick = move |tag: String| {
        let Some(language) = Language::from_tag(&tag) else { return };
        leptos::task::spawn_local(async move {
            let text = crate::browser::language::catalogue(language).await;
            if language != Language::En && text.is_none() {
                failed.set(Some(language));
                return;
            }
            failed.set(None);
            state.set_language(language, text.as_deref());
            state.flush();
        });
    };
    view! {
        <div class="language">
            <label for="language" class="sr-only">{tr("page-language")}</label>
            <select id="language" data-testid="language" on:change=move |ev| pick(event_target_value(&ev))>
                {Language::ALL.iter().map(|&l| view! {
                    <option value=l.tag() lang=l.tag() selected=move || state.language.get() == l>{l.name()}</option>
                }).collect_view()}
            </select>
            <p class="error" role="status" data-testid="error-language" class:hidden=move || failed.with(Option::is_none)>
                {move || failed.get().map(|l| { state.locale.track(); view::language::tr_with("language-unreachable", &[("shown", l.name().into())]) })}
            </p>
        </div>
    }
}
