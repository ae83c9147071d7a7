//! Money: US dollars converted to the reader's currency and back (here and only here), written
//! with the currency's sign where the locale puts it, with a short scale word, or as a value with
//! its unit; and an input's range in the reader's currency.

use super::locale::{isolate, right_to_left, with};
use super::numbers::{decimals_for, number, trimmed};

/// US dollars in the reader's currency.
pub fn to_local(usd: f64) -> f64 {
    with(|l| usd * l.per_usd)
}

/// An amount in the reader's currency, in US dollars.
pub fn from_local(amount: f64) -> f64 {
    with(|l| if l.per_usd > 0.0 { amount / l.per_usd } else { amount })
}

/// The US dollars for `local`, an amount the reader typed or chose in their currency, written
/// with the fewest significant digits that still show as `local` at `decimals` places: a link
/// carries `pwr=0.05814` for a typed `0,05 €` at 0.86 per dollar, not `pwr=0.05813953488372093`,
/// and reads back as `0,05 €`. In US dollars this is `local` itself whenever it has no more than
/// `decimals` places (callers pass at least as many places as were typed).
///
/// ```
/// use view::format::{from_local_rounded, set_locale, Currency, Locale};
/// set_locale(Locale { currency: Currency::by_code("EUR").unwrap(), per_usd: 0.86, ..Locale::default() });
/// assert_eq!(from_local_rounded(0.05, 5), 0.05814);
/// set_locale(Locale::default());
/// assert_eq!(from_local_rounded(28.6812345, 7), 28.6812345);
/// ```
pub fn from_local_rounded(local: f64, decimals: usize) -> f64 {
    let usd = from_local(local);
    if !usd.is_finite() || usd == 0.0 {
        return usd;
    }
    let want = format!("{:.*}", decimals, local);
    (1..=17)
        .filter_map(|digits| format!("{:.*e}", digits - 1, usd).parse::<f64>().ok())
        .find(|u| format!("{:.*}", decimals, to_local(*u)) == want)
        .unwrap_or(usd)
}

/// `p` as the reader sees it: a money input's range, default and step in the reader's currency
/// (the step a power of ten near the converted one), so its slider lands on round amounts of
/// that currency. Other inputs are `p` itself. Its `get`/`set` still read and write US dollars.
pub fn local_param(p: &economics::params::Param) -> economics::params::Param {
    if !is_money(p.unit) {
        return *p;
    }
    let k = to_local(1.0);
    let step = p.step * k;
    let step = if step > 0.0 && step.is_finite() { 10f64.powf(step.log10().round()) } else { p.step };
    economics::params::Param { min: p.min * k, max: p.max * k, default: p.default * k, step, ..*p }
}

/// A unit with the reader's currency in place of the dollar sign: `€/kWh`, `€M per MW`.
pub fn unit(unit: &str) -> String {
    if unit.contains('$') {
        with(|l| unit.replace('$', &isolate(l.symbol.clone())))
    } else {
        unit.to_string()
    }
}

/// Whether values in `unit` are money (and so shown in the reader's currency).
pub fn is_money(unit: &str) -> bool {
    unit.contains('$')
}

/// A value with its unit as a reader says it, money in the reader's currency: `$28.68/PH/s/day`,
/// `$9M per MW of IT`, `$25,000 per GPU`, `12 years`; in `de-DE` and euros `24,66 €/PH/s/day`.
pub fn quantity(value: f64, decimals: usize, unit: &str) -> String {
    let money = |rest: &str| format!("{}{rest}", price(value, decimals));
    match unit {
        u if u.starts_with("$/") => money(&u[1..]),
        u if u.starts_with("$M") => money(&format!("M{}", &u[2..])),
        u if u.starts_with('$') => money(&u[1..]),
        "" => trimmed(value, decimals),
        // `%`, `% of hours`, `%/yr`, and their translations (`%/Jahr`).
        u if u.starts_with('%') => format!("{}{unit}", trimmed(value, decimals)),
        // One year, one GPU: the unit in the singular. Japanese and Chinese write no space.
        u => match (trimmed(value, decimals), u.strip_suffix('s')) {
            (one, Some(singular)) if one == "1" => format!("1 {singular}"),
            (n, _) if u.starts_with(|c: char| c as u32 >= 0x3000) => format!("{n}{u}"),
            (n, _) => format!("{n} {u}"),
        },
    }
}

/// `body` (already written in the locale's digits) with the currency sign where the locale puts it.
/// With right-to-left letters in either (ar-EG's `مليون`), the whole is isolated and so is the sign,
/// so `US$` stays `US$` rather than turning into `$US`.
pub(super) fn with_symbol(sign: &str, body: &str) -> String {
    with(|l| {
        let gap = if l.symbol_gap { "\u{a0}" } else { "" };
        let rtl = body.chars().chain(l.symbol.chars()).any(right_to_left);
        let symbol = if rtl { format!("\u{2068}{}\u{2069}", l.symbol) } else { l.symbol.clone() };
        isolate(if l.symbol_after {
            format!("{sign}{body}{gap}{symbol}")
        } else {
            format!("{sign}{symbol}{gap}{body}")
        })
    })
}

/// An amount already in the reader's currency, with its sign: `$0.0685`, `0,059 €`.
pub fn amount(local: f64, decimals: usize) -> String {
    if !local.is_finite() {
        return "–".into();
    }
    // A small amount that would round to zero gets the places it needs, without trailing zeros.
    let places = decimals_for(local, decimals);
    let body = if places > decimals { trimmed(local.abs(), places) } else { number(local.abs(), places) };
    let sign = if local < 0.0 && body.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    with_symbol(sign, &body)
}

/// A price in the reader's currency with `decimals` decimals, converted from US dollars:
/// `$0.045`, `0,039 €`.
pub fn price(usd: f64, decimals: usize) -> String {
    amount(to_local(usd), decimals)
}

/// A local amount with the locale's short scale word: `$1.23B`, `1,23 Mrd. €`. Decimals follow
/// the scale (two for billions and up, one for millions, none below), trailing zeros trimmed
/// when `trim` is set (tick labels).
pub(super) fn compact(local: f64, trim: bool) -> String {
    if !local.is_finite() {
        return "–".into();
    }
    let a = local.abs();
    let (scale, word, gap) = with(|l| {
        l.compact.iter().rev().find(|(scale, _, _)| a >= *scale).map_or((1.0, String::new(), false), |(s, w, g)| (*s, w.clone(), *g))
    });
    // Thousands of a scale word (3,473億) need no decimals.
    let decimals = if a / scale >= 1000.0 { 0 } else if scale >= 1e9 { 2 } else if scale >= 1e6 { 1 } else { 0 };
    let digits = if trim { trimmed(a / scale, decimals) } else { number(a / scale, decimals) };
    let sign = if local < 0.0 && digits.chars().any(|c| c.is_ascii_digit() && c != '0') { "−" } else { "" };
    let body = if word.is_empty() { digits } else if gap { format!("{digits}\u{a0}{word}") } else { format!("{digits}{word}") };
    with_symbol(sign, &body)
}

/// A US dollar amount in the reader's currency with a scale word: `$1.23B`, `$45.6M`,
/// `−$120K`, `$12`; in `de-DE` and euros `1,06 Mrd. €`.
pub fn money(usd: f64) -> String {
    compact(to_local(usd), false)
}

/// [`money`] for an amount already in the reader's currency (a chart's converted data), with
/// trailing zeros trimmed as a chart label reads: `$1B`, `613.8 Mio. €`.
pub fn local_money(local: f64) -> String {
    compact(local, true)
}
