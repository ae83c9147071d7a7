//! The URL query, both halves: the scenario (short keys, defaults left out, numbers in their
//! shortest plain form, so any link reproduces the exact scenario; decoding never fails, and
//! nothing changes without a word: numbers are read by one strict grammar, and a value that is
//! unreadable or out of range, a key given twice, a key past the first [`MAX_PAIRS`] parts or a
//! flag inside `ref=` becomes a notice naming its key, with the nearest valid value kept) and the
//! display flags of the embed view, in the spirit of Datawrapper's (which charts, which
//! controls, which theme, read-only), which ride beside the scenario and never change it.
//!
//! How a query is read (its parts, their grammar, the notices about parts refused) is one
//! module; the keys, the scenario's half and the display flags are others. Everything public is
//! re-exported here, so `view::query::decode` and the rest keep their paths.

use economics::Scenario;

mod flags;
mod grammar;
mod keys;
mod scenario;

pub use flags::{Controls, Theme, View, KEY_CONTROLS};
pub use grammar::{order, pairs, Notice, MAX_PAIRS, PER_USD};
pub use keys::FLAG_KEYS;
pub use scenario::{decode, encode, link, Extras};

/// Everything a query asks for that the page could not take as written: the scenario's
/// [`decode`] notices, then the display flags' ([`View::notices`]). Links, the scenario kept for
/// the next visit and the one kept for a reload are all read through this.
///
/// Notices about keys the page knows come first, in the order of the link, then those about
/// unknown keys: a link with hundreds of junk keys still shows first what changed.
pub fn read(query: &str) -> (Scenario, Vec<Notice>) {
    let (s, mut notices) = decode(query);
    notices.extend(View::notices(query));
    order(&mut notices);
    (s, notices)
}

#[cfg(test)]
mod tests;
