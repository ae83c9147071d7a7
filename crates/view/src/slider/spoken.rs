//! What a screen reader says for a slider's value: the number as the page prints it, and its
//! unit in words with the reader's currency.

use economics::params::Param;

use crate::format::trimmed;

/// Units as a screen reader should say them: (as written, one, many). `$` stands for the currency
/// word, `$1` for its singular.
pub(super) const SPOKEN_UNITS: &[(&str, &str, &str)] = &[
    ("MW", "megawatt", "megawatts"),
    ("years", "year", "years"),
    ("months", "month", "months"),
    ("$/kWh", "$1 per kilowatt-hour", "$ per kilowatt-hour"),
    ("$/MWh", "$1 per megawatt-hour", "$ per megawatt-hour"),
    (
        "$/MWh not drawn",
        "$1 per megawatt-hour not drawn",
        "$ per megawatt-hour not drawn",
    ),
    (
        "$/PH/s/day",
        "$1 per petahash per second per day",
        "$ per petahash per second per day",
    ),
    ("$/TH", "$1 per terahash", "$ per terahash"),
    ("$/GPU-hour", "$1 per GPU-hour", "$ per GPU-hour"),
    (
        "$/kW-month of IT",
        "$1 per kilowatt-month of IT",
        "$ per kilowatt-month of IT",
    ),
    ("$ per GPU", "$1 per GPU", "$ per GPU"),
    (
        "$M per MW of IT",
        "million $ per megawatt of IT",
        "million $ per megawatt of IT",
    ),
    ("%", "percent", "percent"),
    ("%/yr", "percent a year", "percent a year"),
    ("% of hours", "percent of hours", "percent of hours"),
    (
        "% of IT capacity",
        "percent of IT capacity",
        "percent of IT capacity",
    ),
    ("% of revenue", "percent of revenue", "percent of revenue"),
    ("% of cost", "percent of cost", "percent of cost"),
    ("% of contract rent", "percent of the contract's rent", "percent of the contract's rent"),
    ("% of contract revenue", "percent of the contract's revenue", "percent of the contract's revenue"),
    ("$M per MW", "million $ per megawatt", "million $ per megawatt"),
    ("$M", "million $", "million $"),
    ("% of amount", "percent of the amount", "percent of the amount"),
    ("% of conversion capex", "percent of conversion capex", "percent of conversion capex"),
    (
        "% of 5- and 15-year cost",
        "percent of 5- and 15-year cost",
        "percent of 5- and 15-year cost",
    ),
    (
        "pp/yr",
        "percentage point a year",
        "percentage points a year",
    ),
    ("BTC/block", "bitcoin per block", "bitcoin per block"),
    ("J/TH", "joule per terahash", "joules per terahash"),
    ("GPUs", "GPU", "GPUs"),
    ("×", "times", "times"),
];

/// What a screen reader says for `value` (the slider's `aria-valuetext`): the number as the page
/// prints it (`p.decimals()` places, trailing zeros dropped), then the unit in words with
/// `currency_word` (plural, such as `"dollars"`) for `$`. A unit not in the table is read as
/// written; a unitless input is just the number.
///
/// ```
/// use economics::params::Param;
/// use view::slider::spoken;
/// let hp = Param::by_key("hp").unwrap();
/// assert_eq!(spoken(hp, 28.68, "dollars"), "28.68 dollars per petahash per second per day");
/// ```
pub fn spoken(p: &Param, value: f64, currency_word: &str) -> String {
    let number = trimmed(value, p.decimals());
    let one = number == "1";
    let words = match SPOKEN_UNITS.iter().find(|(unit, ..)| *unit == p.unit) {
        Some(&(_, singular, plural)) => {
            let single = currency_word.strip_suffix('s').unwrap_or(currency_word);
            let text = if one { singular } else { plural };
            text.replace("$1", single).replace('$', currency_word)
        }
        None => p.unit.to_string(),
    };
    if words.is_empty() {
        number
    } else {
        format!("{number} {words}")
    }
}
