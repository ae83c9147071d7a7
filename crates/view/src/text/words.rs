//! The few words and figures every family of sentences writes the same way: a percentage, a
//! signed amount and whether it shows as more than nothing, who is ahead, the cover covenant,
//! what converting leads to, a month of the report's calendar, a range with its unit written
//! once, a label inside a sentence; and the month-by-month difference in cash two families read.
//! The families share these rather than each spelling them out.

use economics::{AiMode, Report, Scenario};

use crate::format::{money, month, quantity};

/// What converting leads to, as the verdict names it.
pub(super) fn business(mode: AiMode) -> String {
    crate::language::tr(match mode {
        AiMode::Lease => "business-lease",
        AiMode::GpuCloud => "business-cloud",
    })
}

/// The unconverted path's name in a chart's key or a table: "Mining on", or "Left dark" for a
/// site with no miners.
pub fn staying(s: &Scenario) -> String {
    crate::language::tr(if s.mining.greenfield { "key-left-dark" } else { "key-mining-on" })
}

/// "converting ahead by $X" or "mining ahead by $X".
pub(super) fn ahead(advantage_usd: f64) -> String {
    let (id, value) = if advantage_usd >= 0.0 { ("ahead-converting-lower", advantage_usd) } else { ("ahead-mining-lower", -advantage_usd) };
    crate::language::tr_with(id, &[("value", money(value).into())])
}

/// A percentage as a reader writes it: `70%`, `7.2%`, `7.25%`.
pub(super) fn pct(value: f64) -> String {
    format!("{}%", crate::format::trimmed(value, 2))
}

/// A share sized by the model, to a tenth: `61.3%`.
pub(super) fn pct_1(value: f64) -> String {
    format!("{}%", crate::format::trimmed(value, 1))
}

/// A money change with its sign: `+$99.4M`, `−$72.0M`; no sign on what rounds to nothing.
pub(super) fn signed(usd: f64) -> String {
    let text = money(usd);
    if !shows(usd) {
        money(0.0)
    } else if usd > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

/// Whether a money amount shows as more than nothing once written: `$0` and `−$0` do not.
pub(super) fn shows(usd: f64) -> bool {
    money(usd).chars().any(|c| c.is_ascii_digit() && c != '0')
}

/// The month at index `m` of the report's calendar as the reader's locale writes it: `May 2028`;
/// empty past the calendar's end.
pub(super) fn month_at(r: &Report, m: usize) -> String {
    r.calendar.get(m).map(|ym| month(*ym)).unwrap_or_default()
}

/// The difference in net cash between the paths, month by month (AI − mining), whose shape says
/// whether converting pays back and whether an IRR describes it.
pub(super) fn cash_difference(r: &Report) -> Vec<f64> {
    r.ai.net_cash_usd().iter().zip(r.mining.net_cash_usd()).map(|(a, b)| a - b).collect()
}

/// A figure with its sign: `+$99.4M`, `−$72.0M`.
pub(super) fn signed_money(usd: f64) -> String {
    if usd >= 0.0 { format!("+{}", money(usd)) } else { money(usd) }
}

/// The cover covenant as the reader set it: `1.325×`.
pub(super) fn covenant(s: &Scenario) -> String {
    format!("{}×", crate::format::trimmed(s.debt.covenant_dscr, 3))
}

/// A label inside a sentence: its first letter lowercased unless it starts an acronym
/// ("conversion capex", but "NOI margin", "GPU rental price").
pub(super) fn in_sentence(label: &str) -> String {
    // German writes its nouns with a capital anywhere.
    if crate::language::current() == crate::language::Language::De {
        return label.to_string();
    }
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_ascii_uppercase() => format!("{}{}", a.to_ascii_lowercase(), &label[1..]),
        _ => label.to_string(),
    }
}

/// A range with its unit written once (`$7.5M–$15.0M per MW of IT`, `$89.38–$143.47/kW-month of
/// IT`, `80%–90%`), and the unit as written after the high end (` per MW of IT`; empty where each
/// end carries its own, as `80%`).
pub(super) fn span_and_unit(low: f64, high: f64, decimals: usize, unit: &str) -> (String, String) {
    let (a, b) = (quantity(low, decimals, unit), quantity(high, decimals, unit));
    // The longest common ending that starts at a space, a slash or a bracket is the unit.
    let common = a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count();
    let tail: String = a.chars().skip(a.chars().count() - common).collect();
    match tail.find([' ', '/', '(', '（']) {
        Some(i) => (format!("{}–{b}", &a[..a.len() - (tail.len() - i)]), tail[i..].to_string()),
        None => (format!("{a}–{b}"), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_write_their_unit_once() {
        assert_eq!(span_and_unit(7.5, 15.0, 1, "$M per MW of IT").0, "$7.5M–$15.0M per MW of IT");
        assert_eq!(span_and_unit(89.38, 143.47, 2, "$/kW-month of IT").0, "$89.38–$143.47/kW-month of IT");
        assert_eq!(span_and_unit(80.0, 90.0, 0, "%").0, "80%–90%");
        assert_eq!(span_and_unit(12.0, 15.0, 0, "years").0, "12–15 years");
        assert_eq!(in_sentence("Lease NOI margin"), "lease NOI margin");
        assert_eq!(in_sentence("NOI margin"), "NOI margin");
        assert_eq!(in_sentence("GPU rental price"), "GPU rental price");
    }
}

/// One full stop where a sentence ends on a figure whose abbreviation has its own: de-CH writes
/// "$ 37.4 Mio.", and "… is worth $ 37.4 Mio.." is not German either.
pub(super) fn stopped_once(sentence: String) -> String {
    if sentence.contains("..") { sentence.replace("..", ".") } else { sentence }
}
