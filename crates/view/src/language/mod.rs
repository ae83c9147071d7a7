//! The languages the page speaks, and the one every sentence is written in now. English is the
//! source and is compiled in (`messages/en.ftl`, the first screen's, and `messages/en-page.ftl`,
//! the rest, left out with the `page` feature off, as the first screen's own module builds it);
//! another language's catalogue is a file of its own that the page fetches when that language is chosen ([`Language::file`]), and
//! [`use_catalogue`] makes it the one [`tr`] writes from. A message missing from it is written
//! in English and remembered ([`missing`]), so the page can say so; no reader ever sees a
//! message's id.

mod fluent;

use std::cell::RefCell;

pub use fluent::{plural, Arg, Catalogue, ParseError};

/// English on the first screen: the verdict, its basis and chart, the key inputs' words.
pub const ENGLISH_FIRST: &str = include_str!("../../messages/en.ftl");

/// English below the first screen (empty without the `page` feature).
#[cfg(feature = "page")]
pub const ENGLISH_PAGE: &str = include_str!("../../messages/en-page.ftl");
#[cfg(not(feature = "page"))]
pub const ENGLISH_PAGE: &str = "";

/// The whole English catalogue's text.
pub fn english() -> String {
    format!("{ENGLISH_FIRST}\n{ENGLISH_PAGE}")
}

/// A language the page speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ja,
    ZhCn,
}

impl Language {
    pub const ALL: [Language; 7] = [Language::En, Language::De, Language::Fr, Language::Es, Language::PtBr, Language::Ja, Language::ZhCn];

    /// Its BCP 47 tag, as `lang=` and `<html lang>` write it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::PtBr => "pt-BR",
            Language::Ja => "ja",
            Language::ZhCn => "zh-CN",
        }
    }

    /// Its name in itself, as the language picker lists it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "Deutsch",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::PtBr => "Português (Brasil)",
            Language::Ja => "日本語",
            Language::ZhCn => "简体中文",
        }
    }

    /// The locale its numbers, money and months are written in unless `locale=` says otherwise.
    pub fn locale(self) -> &'static str {
        match self {
            Language::En => "en-US",
            Language::De => "de-DE",
            Language::Fr => "fr-FR",
            Language::Es => "es-ES",
            Language::PtBr => "pt-BR",
            Language::Ja => "ja-JP",
            Language::ZhCn => "zh-CN",
        }
    }

    /// Its catalogue's file, beside the page: `messages/de.ftl`. English has none: it is
    /// compiled in.
    pub fn file(self) -> Option<String> {
        (self != Language::En).then(|| format!("messages/{}.ftl", self.tag()))
    }

    /// The language a BCP 47 tag asks for, if the page speaks it: `de`, `de-AT` and `DE` are
    /// German; `pt`, `pt-BR` Brazilian Portuguese; `zh`, `zh-CN`, `zh-Hans` and `zh-SG`
    /// Simplified Chinese, but `zh-TW` and `zh-Hant` are not (their script differs); `en-GB` is
    /// English.
    ///
    /// ```
    /// use view::language::Language;
    /// assert_eq!(Language::from_tag("de-AT"), Some(Language::De));
    /// assert_eq!(Language::from_tag("zh-Hans-CN"), Some(Language::ZhCn));
    /// assert_eq!(Language::from_tag("zh-TW"), None);
    /// assert_eq!(Language::from_tag("tlh"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Language> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut subtags = tag.split('-');
        let language = match subtags.next()? {
            "en" => Language::En,
            "de" => Language::De,
            "fr" => Language::Fr,
            "es" => Language::Es,
            "pt" => Language::PtBr,
            "ja" => Language::Ja,
            "zh" => Language::ZhCn,
            _ => return None,
        };
        if language == Language::ZhCn && subtags.any(|s| matches!(s, "hant" | "tw" | "hk" | "mo")) {
            return None;
        }
        Some(language)
    }
}

/// The catalogue in use, its language, and the ids it lacked that were written in English.
struct Current {
    language: Language,
    catalogue: Option<Catalogue>,
    missing: Vec<String>,
}

thread_local! {
    static ENGLISH_CATALOGUE: Catalogue = Catalogue::parse(&english()).0;
    static CURRENT: RefCell<Current> = const { RefCell::new(Current { language: Language::En, catalogue: None, missing: Vec::new() }) };
}

/// Writes in `language` from now on, from its catalogue's text (`None` for English). What the
/// catalogue could not read is returned, and its messages are written in English.
pub fn use_catalogue(language: Language, source: Option<&str>) -> Vec<ParseError> {
    let (catalogue, errors) = match source {
        Some(s) if language != Language::En => {
            let (c, e) = Catalogue::parse(s);
            (Some(c), e)
        }
        _ => (None, Vec::new()),
    };
    CURRENT.with(|c| *c.borrow_mut() = Current { language, catalogue, missing: Vec::new() });
    errors
}

/// The language sentences are written in now.
pub fn current() -> Language {
    CURRENT.with(|c| c.borrow().language)
}

/// The ids written in English since the catalogue was chosen because it lacked them.
pub fn missing() -> Vec<String> {
    CURRENT.with(|c| c.borrow().missing.clone())
}

/// Message `id` in the language in use, filled with `args`; in English if the catalogue lacks
/// it. An id English lacks too is written as nothing (a test holds that every id the code asks
/// for is in English).
pub fn tr_with(id: &str, args: &[(&str, Arg)]) -> String {
    local(id, args).unwrap_or_else(|| ENGLISH_CATALOGUE.with(|en| en.format(id, args, "en")).unwrap_or_default())
}

/// Message `id`, which takes no arguments, in the language in use; `english` where neither its
/// catalogue nor English's has it (a label whose English lives with the model, such as an
/// input's).
pub fn tr_or(id: &str, english: &str) -> String {
    local(id, &[]).or_else(|| ENGLISH_CATALOGUE.with(|en| en.format(id, &[], "en"))).unwrap_or_else(|| english.to_string())
}

/// Message `id` from the chosen language's catalogue; `None` in English, or where that
/// catalogue lacks it (then remembered as missing).
fn local(id: &str, args: &[(&str, Arg)]) -> Option<String> {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        let language = c.language.tag();
        let found = c.catalogue.as_ref().map(|cat| cat.format(id, args, language))?;
        if found.is_none() && !c.missing.iter().any(|m| m == id) {
            c.missing.push(id.to_string());
        }
        found
    })
}

/// Message `id`, which takes no arguments, in the language in use.
pub fn tr(id: &str) -> String {
    tr_with(id, &[])
}

/// What goes between two sentences, or before an aside: a space, but nothing in Japanese and
/// Chinese.
pub fn space() -> &'static str {
    match current() {
        Language::Ja | Language::ZhCn => "",
        _ => " ",
    }
}

/// What joins the items of a list (", ", and "、" in Japanese and Chinese), and the parts of a
/// list of clauses ("; ", "；", and French's narrow no-break space before it).
pub fn comma() -> &'static str {
    match current() {
        Language::Ja | Language::ZhCn => "、",
        _ => ", ",
    }
}

/// See [`comma`].
pub fn semicolon() -> &'static str {
    match current() {
        Language::Ja | Language::ZhCn => "；",
        Language::Fr => "\u{202f}; ",
        _ => "; ",
    }
}

/// An input's label in the language in use: "Grid power", "Netzanschlussleistung".
pub fn label(p: &economics::params::Param) -> String {
    tr_or(&format!("param-{}", p.key), p.label)
}

/// A switch's label in the language in use.
pub fn toggle_label(t: &economics::params::Toggle) -> String {
    tr_or(&format!("toggle-{}", t.key), t.label)
}

/// A label of an input or a switch, as the model writes it in English, in the language in use.
pub fn any_label(english: &str) -> String {
    use economics::params::{Toggle, PARAMS, TOGGLES};
    match (PARAMS.iter().find(|p| p.label == english), TOGGLES.iter().find(|t: &&Toggle| t.label == english)) {
        (Some(p), _) => label(p),
        (None, Some(t)) => toggle_label(t),
        _ => english.to_string(),
    }
}

/// A preset's name in the language in use: "Today's market (lease)", "Marché actuel (location)".
pub fn preset_name(p: &economics::presets::Preset) -> String {
    tr_or(&format!("preset-{}", p.id), p.name)
}

/// An input's unit in the language in use, before the currency is put in: "years", "Jahre",
/// "$M per MW of IT".
pub fn unit(p: &economics::params::Param) -> String {
    if p.unit.is_empty() {
        return String::new();
    }
    tr_or(&format!("unit-{}", p.key), p.unit)
}

/// A number for a message: its value picks a plural form, `text` is how it is written.
pub fn count(value: f64, text: String) -> Arg {
    Arg::Number(value, text)
}

#[cfg(test)]
mod tests;
