//! The reader's locale and currency: the currencies offered and their default rates, how the
//! reader writes numbers, money and months ([`Locale`]), the one locale every writer here reads,
//! and bidi isolation for right-to-left text.

use std::cell::RefCell;

/// A currency money can be shown in: its rate per US dollar is a rough figure of the date given,
/// marked as an assumption, because the page cannot fetch the day's rate (it calls no server);
/// readers type their own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Currency {
    /// ISO 4217 code: `EUR`.
    pub code: &'static str,
    /// What the unit is called in a sentence read aloud: `euros`.
    pub spoken: &'static str,
    /// Units per US dollar by default.
    pub per_usd: f64,
}

/// The currencies offered, US dollars first.
pub const CURRENCIES: [Currency; 7] = [
    Currency { code: "USD", spoken: "dollars", per_usd: 1.0 },
    Currency { code: "EUR", spoken: "euros", per_usd: 0.86 },
    Currency { code: "GBP", spoken: "pounds", per_usd: 0.76 },
    Currency { code: "JPY", spoken: "yen", per_usd: 155.0 },
    Currency { code: "CNY", spoken: "yuan", per_usd: 7.1 },
    Currency { code: "CAD", spoken: "Canadian dollars", per_usd: 1.40 },
    Currency { code: "AUD", spoken: "Australian dollars", per_usd: 1.54 },
];

/// The date of the default rates, and what they are.
pub const RATES_AS_OF: &str = "Nov 2026";

pub const RATES_NOTE: &str = "Assumption: a round exchange rate near the market in Nov 2026, not a quoted rate; type the day's rate for your own figures";

impl Currency {
    /// The currency with this ISO code (any case).
    pub fn by_code(code: &str) -> Option<&'static Currency> {
        CURRENCIES.iter().find(|c| c.code.eq_ignore_ascii_case(code.trim()))
    }
}

/// How the reader writes numbers and money. The browser fills it from `Intl.NumberFormat` (see
/// `src/browser/locale.rs`); [`Locale::default`] is what `Intl` reports for `en-US` and US dollars.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale {
    /// BCP 47 tag: `de-DE`.
    pub tag: String,
    pub decimal: char,
    pub group: char,
    /// Digits in the last group and in each group before it: (3, 3), or (3, 2) in `en-IN`.
    pub grouping: (usize, usize),
    pub currency: &'static Currency,
    /// Units of the currency per US dollar, as the reader set it.
    pub per_usd: f64,
    /// The currency's sign as the locale writes it: `$`, `€`, `US$`.
    pub symbol: String,
    /// Whether the sign follows the number (`12,50 €`), and whether a space separates them.
    pub symbol_after: bool,
    pub symbol_gap: bool,
    /// Short scale words from `Intl`'s compact notation, smallest first: (scale, word, space
    /// before the word): `(1e6, "M", false)`, `(1e6, "Mio.", true)`, `(1e4, "万", false)`.
    pub compact: Vec<(f64, String, bool)>,
    /// How the locale writes each month of a year, `{y}` standing for the year: `Jan {y}`,
    /// `Jan. {y}`, `{y}年1月` (`Intl.DateTimeFormat`, short month and numeric year).
    pub months: [String; 12],
}

impl Default for Locale {
    fn default() -> Locale {
        Locale {
            tag: "en-US".into(),
            decimal: '.',
            group: ',',
            grouping: (3, 3),
            currency: &CURRENCIES[0],
            per_usd: 1.0,
            symbol: "$".into(),
            symbol_after: false,
            symbol_gap: false,
            compact: vec![(1e3, "K".into(), false), (1e6, "M".into(), false), (1e9, "B".into(), false), (1e12, "T".into(), false)],
            months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(|m| format!("{m} {{y}}")),
        }
    }
}

thread_local! {
    static CURRENT: RefCell<Locale> = RefCell::new(Locale::default());
}

/// Sets the locale every function here writes in (the page sets it once it knows the reader's,
/// and again when the reader picks a currency).
pub fn set_locale(locale: Locale) {
    CURRENT.with(|c| *c.borrow_mut() = locale);
}

/// The locale in use.
pub fn locale() -> Locale {
    CURRENT.with(|c| c.borrow().clone())
}

pub(super) fn with<R>(f: impl FnOnce(&Locale) -> R) -> R {
    CURRENT.with(|c| f(&c.borrow()))
}

/// Whether `c` is a right-to-left letter or mark (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms, the ALM and RLM marks).
pub(super) fn right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x200F | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// `text` inside a first-strong bidi isolate (U+2068 … U+2069) when it holds right-to-left
/// letters, so that `مارس 2026` inside an English sentence keeps its own order and leaves the
/// sentence's (`(price as of مارس 2026, 85% utilisation`, never `85 ,2026 مارس%`). Text without
/// such letters is returned as it is.
///
/// ```
/// use view::format::isolate;
/// assert_eq!(isolate("Jan 2027".into()), "Jan 2027");
/// assert_eq!(isolate("مارس 2026".into()), "\u{2068}مارس 2026\u{2069}");
/// ```
pub fn isolate(text: String) -> String {
    if text.chars().any(right_to_left) {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text
    }
}
