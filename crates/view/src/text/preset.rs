//! A deal preset's note in the reader's language: the deal in a sentence, and its sources, date
//! and what it sets, each input with why (from the deal's filings, or assumed).

use economics::params::{Param, Toggle};
use economics::presets::{Origin, Preset};

use crate::language::{label, semicolon, toggle_label, tr, tr_or, tr_with};

/// The preset's note: its summary (the deal in a sentence) and what it sets ("D3, S41, 7 May
/// 2026. Set by the preset: Grid power: assumed (…); …").
pub fn preset_note(p: &Preset) -> (String, String) {
    let fields: Vec<String> = p
        .fields
        .iter()
        .map(|(key, _, origin)| {
            let name = Param::by_key(key).map(label).or_else(|| Toggle::by_key(key).map(toggle_label)).unwrap_or_else(|| key.to_string());
            let (id, english) = match origin {
                Origin::Deal(why) => ("preset-from-deal", why),
                Origin::Assumed(why) => ("preset-assumed", why),
            };
            let why = tr_or(&format!("preset-why-{}-{key}", p.id), english);
            tr_with(id, &[("label", name.into()), ("why", why.into())])
        })
        .collect();
    let fields = if fields.is_empty() { tr("preset-none") } else { fields.join(semicolon()) };
    let summary = tr_or(&format!("preset-note-{}", p.id), p.note);
    (summary, tr_with("preset-set", &[("sources", p.sources.into()), ("date", p.as_of.into()), ("fields", fields.into())]))
}
