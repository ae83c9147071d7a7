//! What readers type: a number read in their locale (separators where the locale puts them, a
//! currency sign or code, `%`), the decimal places typed, and typed text echoed in a message.

use super::locale::{with, CURRENCIES};

/// What a reader typed, for a message: control characters dropped and cut to 40 characters.
pub fn echo(text: &str) -> String {
    const MAX: usize = 40;
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(MAX).collect();
    if text.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// The signs in typed text that are not the box's unit, in the order typed: a currency sign or
/// code other than the currency shown (any, on an input that is not money), and `%` on an input
/// that is not a percentage. The number is still read; the page says what it set aside.
///
/// ```
/// use view::format::foreign_marks;
/// assert_eq!(foreign_marks("$5", true, false), Vec::<String>::new()); // dollars shown
/// assert_eq!(foreign_marks("€5", true, false), vec!["€"]);
/// assert_eq!(foreign_marks("5%", false, false), vec!["%"]);
/// assert_eq!(foreign_marks("$5", false, false), vec!["$"]);
/// assert_eq!(foreign_marks("5%", false, true), Vec::<String>::new());
/// ```
pub fn foreign_marks(text: &str, money: bool, percent: bool) -> Vec<String> {
    let (symbol, code) = with(|l| (l.symbol.clone(), l.currency.code));
    let mut out: Vec<String> = Vec::new();
    for c in text.chars() {
        let foreign = match c {
            '¥' | '￥' => !money || !(symbol.contains('¥') || symbol.contains('￥')),
            '$' | '€' | '£' => !money || !symbol.contains(c),
            '%' => !percent,
            _ => false,
        };
        if foreign && !out.iter().any(|m| m.starts_with(c)) {
            out.push(c.to_string());
        }
    }
    let upper = text.to_ascii_uppercase();
    for c in CURRENCIES {
        if upper.contains(c.code) && (!money || c.code != code) {
            out.push(c.code.to_string());
        }
    }
    out
}

/// What the message beside a number box says once a typed number is read (`v`, in the model's
/// units, dollars for money) and `used` is what the model takes: a sign that is not the box's
/// unit, a value outside the input's range, or one rounded to whole months; empty if nothing
/// needs saying. `local` writes a value as the box does; `unit` is the box's unit as shown.
///
/// ```
/// use economics::params::Param;
/// use view::format::typed_note;
/// let (mw, conv) = (Param::by_key("mw").unwrap(), Param::by_key("conv").unwrap());
/// let local = |x: f64| view::format::trimmed(x, 2);
/// assert_eq!(typed_note("150%", mw, 150.0, 150.0, "MW", local), "Read “150%” as 150 MW: “%” is not this box's unit.");
/// assert_eq!(typed_note("99999", mw, 99999.0, 2000.0, "MW", local), "Allowed 1–2,000 MW; using 2,000.");
/// assert_eq!(typed_note(".5", conv, 0.5, 1.0, "months", local), "The model counts whole months: using 1 month.");
/// assert_eq!(typed_note("150", mw, 150.0, 150.0, "MW", local), "");
/// ```
pub fn typed_note(typed: &str, p: &economics::params::Param, v: f64, used: f64, unit: &str, local: impl Fn(f64) -> String) -> String {
    use crate::language::{count, space, tr_with};
    let marks = foreign_marks(typed, super::is_money(p.unit), p.unit.starts_with('%'));
    let aside = if marks.is_empty() {
        String::new()
    } else {
        let args = [("typed", echo(typed).into()), ("value", local(used).into()), ("unit", unit.to_string().into()), ("marks", marks.join(" ").into())];
        tr_with("typed-read-as", &args)
    };
    let why = if v.clamp(p.min, p.max) != v {
        tr_with("typed-allowed", &[("low", local(p.min).into()), ("high", local(p.max).into()), ("unit", unit.to_string().into()), ("value", local(used).into())])
    } else if used != v {
        let n = used * p.months_per_unit;
        let counted = tr_with("span-months", &[("months", count(n, super::number(n, 0)))]);
        // In months already, the count is the value: said once.
        if p.months_per_unit == 1.0 {
            tr_with("typed-whole-months", &[("months", counted.into())])
        } else {
            tr_with("typed-whole-months-unit", &[("value", local(used).into()), ("unit", unit.to_string().into()), ("months", counted.into())])
        }
    } else {
        String::new()
    };
    [aside, why].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(space())
}

/// Why typed text could not be read in the reader's locale.
#[derive(Clone, Debug, PartialEq)]
pub enum Unread {
    /// Not a number at all.
    NotANumber,
    /// Separators that do not fit the locale, such as `12,5` where `,` groups thousands: the
    /// message names the locale's decimal separator.
    Separators,
}

/// Reads what a reader typed or pasted into a number box, in their locale: the locale's decimal
/// separator, group separators where they belong, spaces, a currency sign or code, `%`.
/// `12,5` in `en-US` is refused (a comma there groups thousands, and `12,5` has no group of
/// three), so a decimal comma is never silently read as 125.
///
/// ```
/// use view::format::{parse_typed, set_locale, Locale};
/// assert_eq!(parse_typed("$1,200.5"), Ok(1200.5));
/// assert!(parse_typed("12,5").is_err());
/// ```
pub fn parse_typed(text: &str) -> Result<f64, Unread> {
    let (decimal, group, grouping, symbol) = with(|l| (l.decimal, l.group, l.grouping, l.symbol.clone()));
    let mut t = text.trim().replace(symbol.as_str(), "");
    for c in CURRENCIES {
        t = t.replace(c.code, "");
    }
    let kept: String = t
        .chars()
        .filter(|c| !matches!(c, '$' | '€' | '£' | '¥' | '%' | '_' | ' ' | '\u{a0}' | '\u{202f}') || *c == group)
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let kept = kept.trim();
    if kept.is_empty() || kept.chars().count() > 40 {
        return Err(Unread::NotANumber);
    }
    // Group separators: only in the integer part, and only where the locale puts them.
    let (int, frac) = kept.split_once(decimal).map_or((kept, None), |(i, f)| (i, Some(f)));
    let digits = int.trim_start_matches(['-', '+']);
    let spaced = matches!(group, ' ' | '\u{a0}' | '\u{202f}');
    if !spaced && digits.contains(group) {
        let parts: Vec<&str> = digits.split(group).collect();
        let last = parts.len() - 1;
        let fits = parts.iter().enumerate().all(|(i, p)| match i {
            0 => !p.is_empty() && p.len() <= if last == 1 { grouping.1.max(grouping.0) } else { grouping.1 },
            i if i == last => p.len() == grouping.0,
            _ => p.len() == grouping.1,
        });
        if !fits {
            return Err(Unread::Separators);
        }
    }
    if frac.is_some_and(|f| f.contains(group) || f.contains(decimal)) {
        return Err(Unread::Separators);
    }
    let plain: String = int.chars().filter(|c| *c != group).collect();
    let plain = match frac {
        Some(f) => format!("{plain}.{f}"),
        None => plain,
    };
    // `-0` is zero (a link would otherwise carry `-0`).
    plain.parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| v + 0.0).ok_or(Unread::NotANumber)
}

/// How many decimal places `text`, typed in the reader's locale, has: the digits after its
/// decimal separator (`0,0512` in de-DE has 4).
pub fn typed_places(text: &str) -> usize {
    let decimal = with(|l| l.decimal);
    text.rsplit_once(decimal).map_or(0, |(_, f)| f.chars().take_while(char::is_ascii_digit).count())
}
