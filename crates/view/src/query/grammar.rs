//! How a query is read: split into `key=value` parts and percent-decoded, at most
//! [`MAX_PAIRS`] of them; the strict forms of an exchange rate and a locale tag; and the notices
//! for what was not taken as written (a key given twice, parts past the limit), known keys first.

use economics::Scenario;

use super::keys::{current, scenario_key, FLAG_KEYS};
use crate::format::{echo, link_number};
use crate::language::{count, tr_with};

/// Something in a query that was not taken as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub key: String,
    pub message: String,
}

/// The most `key=value` parts of a query that are read, a guard against links of millions of
/// parts. Keys after them are not read, and each is named in a notice.
pub const MAX_PAIRS: usize = 200;

/// Unread unknown keys named one by one before the rest are only counted (known keys are always
/// named: there are few of them).
const NAMED_UNREAD: usize = 100;

/// One `key=value` part of a query, as written.
#[derive(Clone, Copy)]
pub(super) struct Part<'a> {
    key: &'a str,
    value: &'a str,
}

impl Part<'_> {
    pub(super) fn key(&self) -> String {
        percent_decode(self.key, true)
    }

    /// The value as a form decodes it (`+` is a space).
    pub(super) fn value(&self) -> String {
        percent_decode(self.value, true)
    }

    /// The value as the reader wrote it: escapes decoded, `+` kept, so `1+5` is quoted as `1+5`
    /// and `1e+5` is still a number.
    pub(super) fn written(&self) -> String {
        percent_decode(self.value, false)
    }
}

/// Every non-empty part of a query, with or without its `?`.
pub(super) fn parts(query: &str) -> impl Iterator<Item = Part<'_>> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        Part { key, value }
    })
}

/// The query's `key=value` pairs, percent-decoded, the first [`MAX_PAIRS`] of them.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    parts(query).take(MAX_PAIRS).map(|p| (p.key(), p.value()))
}

/// Keys of the parts after the first [`MAX_PAIRS`]: named in order, each once (unknown ones up
/// to [`NAMED_UNREAD`]), the rest counted.
#[derive(Default)]
pub(super) struct Unread {
    keys: Vec<String>,
    more: usize,
}

impl Unread {
    pub(super) fn add(&mut self, key: String, known: bool) {
        if self.keys.contains(&key) {
        } else if known || self.keys.len() < NAMED_UNREAD {
            self.keys.push(key);
        } else {
            self.more += 1;
        }
    }
}

/// Keys read, in order of first appearance, with how often each came.
#[derive(Default)]
pub(super) struct Seen(pub(super) Vec<(String, usize)>);

impl Seen {
    pub(super) fn add(&mut self, key: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some((_, n)) => *n += 1,
            None => self.0.push((key.to_string(), 1)),
        }
    }

    fn repeated(&self) -> impl Iterator<Item = (&str, usize)> {
        self.0.iter().filter(|(_, n)| *n > 1).map(|(k, n)| (k.as_str(), *n))
    }
}

/// The notices for keys given more than once and for parts not read: one naming each key.
pub(super) fn repeats_and_unread(seen: &Seen, unread: &Unread, s: Option<&Scenario>, notices: &mut Vec<Notice>) {
    let label = |key: &str| s.and_then(|s| current(key, s));
    for (key, n) in seen.repeated() {
        let message = match label(key) {
            Some((name, used)) => tr_with("notice-repeated-known", &[("name", name.into()), ("key", key.into()), ("count", count(n as f64, n.to_string())), ("used", used.into())]),
            None => tr_with("notice-repeated", &[("key", key.into()), ("count", count(n as f64, n.to_string()))]),
        };
        notices.push(Notice { key: key.to_string(), message });
    }
    // Known keys first: they are what the link asked for.
    let (known, unknown): (Vec<&String>, Vec<&String>) = unread.keys.iter().partition(|k| scenario_key(k) || FLAG_KEYS.contains(&k.as_str()));
    for key in known.into_iter().chain(unknown) {
        let message = match label(key) {
            Some((name, kept)) => tr_with("notice-unread-known", &[("name", name.into()), ("key", key.as_str().into()), ("limit", MAX_PAIRS.to_string().into()), ("kept", kept.into())]),
            None => tr_with("notice-unread", &[("key", echo(key).into()), ("limit", MAX_PAIRS.to_string().into())]),
        };
        notices.push(Notice { key: key.clone(), message });
    }
    if unread.more > 0 {
        notices.push(Notice {
            key: String::new(),
            message: tr_with("notice-unread-more", &[("count", count(unread.more as f64, unread.more.to_string())), ("limit", MAX_PAIRS.to_string().into())]),
        });
    }
}

/// Puts notices about keys the page knows (and about the page's own doings: `locale`,
/// `calendar`, `stored`, `storage`) before those about unknown keys, keeping each group's order.
pub fn order(notices: &mut [Notice]) {
    let known = |key: &str| {
        scenario_key(key) || FLAG_KEYS.contains(&key) || key.starts_with("ref.") || matches!(key, "calendar" | "stored" | "storage")
    };
    notices.sort_by_key(|n| !known(&n.key));
}

/// Escapes everything but unreserved characters, so a query can ride inside another.
pub(super) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes, and `+` as a space when `plus_is_space`; malformed escapes are kept
/// as written.
fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                // Exactly two hex digits: from_str_radix alone would also take a sign ("%+5").
                let pair = &bytes[i + 1..i + 3];
                let hex = pair.iter().all(u8::is_ascii_hexdigit).then(|| std::str::from_utf8(pair).ok()).flatten();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The exchange rates a link or the rate box may set, units per US dollar: from a currency worth
/// 10,000 dollars to one worth a ten-millionth (the Iranian rial is near 10⁶ to the dollar).
pub const PER_USD: std::ops::RangeInclusive<f64> = 1e-4..=1e7;

/// A rate as a link writes it: a number in the links' one grammar ([`link_number`]: a point
/// for decimals), in [`PER_USD`]. Commas are refused rather than dropped, so `fx=0,9` is never
/// read as 9.
pub(super) fn rate(text: &str) -> Option<f64> {
    link_number(text).filter(|v| PER_USD.contains(v))
}

/// A locale tag's shape (BCP 47: subtags of 1–8 letters or digits joined by single hyphens, the
/// first of letters); whether the browser knows it is the browser's to say.
pub(super) fn locale_tag(text: &str) -> Option<String> {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or_default();
    let ok = text.len() <= 35
        && (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    ok.then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding_is_forgiving() {
        assert_eq!(percent_decode("a%20b+c", true), "a b c");
        assert_eq!(percent_decode("100%", true), "100%");
        assert_eq!(percent_decode("%zz%4", true), "%zz%4");
        // A sign is not a hex digit: the % stays, and + is a space as in any form.
        assert_eq!(percent_decode("%+5x", true), "% 5x");
        assert_eq!(percent_decode("%-1", true), "%-1");
        // As written, for numbers and for quoting: + stays +.
        assert_eq!(percent_decode("1+5%2C", false), "1+5,");
    }
}
