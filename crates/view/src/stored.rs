//! What the page keeps in the browser between visits and reloads, read back through the same
//! decoder as a link ([`query::read`]) so that nothing changes without a word: the scenario kept
//! for the next visit (local storage), the one kept for a reload that outran the address (session
//! storage, taken back only on a real reload of the same address), a backup of a kept scenario
//! the page could not read as written (never overwritten), and the one quiet notice when storage
//! is full. The browser's storage is behind [`Store`], so all of it is tested natively.

use crate::language::{tr, tr_with};
use crate::query::{self, Notice};

/// A key–value store: the browser's `localStorage` or `sessionStorage`, or a map in tests.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    /// `Err` when the store refuses the write (full, or forbidden).
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&mut self, key: &str);
}

/// A write the store refused: it is full (`QuotaExceededError`), or writing is forbidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// The scenario of the last visit, as its query (local storage).
pub const LAST: &str = "wattsworth:last-scenario";
/// Kept scenarios the page could not read as written, one a line, oldest first (local storage).
pub const BACKUP: &str = "wattsworth:last-scenario:unread";
/// The scenario a reload should take back, tagged with the address it supersedes (session
/// storage).
pub const PENDING: &str = "wattsworth:pending";

/// The scenario kept from the last visit, as a query to read with [`query::read`], and what the
/// page could not take from it as written. A kept text with anything to report is first copied
/// to [`BACKUP`] (added to what is there, never replacing it), and the notices say where it is,
/// or that it could not be kept. `None` when nothing was kept.
pub fn recall(store: &mut impl Store) -> Option<(String, Vec<Notice>)> {
    let text = store.get(LAST)?;
    // Not a query at all (a form no version of this page writes, or an older one's): nothing in
    // it can be read, and it is kept whole.
    let readable = text.is_empty() || text.contains('=');
    let (_, found) = query::read(&text);
    if readable && found.is_empty() {
        return Some((text, Vec::new()));
    }
    let mut notices: Vec<Notice> = if readable {
        found.into_iter().map(|n| Notice { key: n.key, message: tr_with("notice-stored", &[("notice", n.message.into())]) }).collect()
    } else {
        vec![Notice {
            key: "stored".into(),
            message: tr_with("notice-stored-unreadable", &[("shown", crate::format::echo(&text).into())]),
        }]
    };
    let kept = Notice {
        key: "stored".into(),
        message: match keep_backup(store, &text) {
            Ok(()) => tr_with("notice-stored-saved", &[("backup", BACKUP.into())]),
            Err(Refused) => tr("notice-stored-unsaved"),
        },
    };
    // Where the kept text is now comes before the details, which may run past what the banner
    // shows.
    notices.insert(usize::from(!readable), kept);
    Some((if readable { text } else { String::new() }, notices))
}

/// Adds `text` to [`BACKUP`] unless it is there already.
fn keep_backup(store: &mut impl Store, text: &str) -> Result<(), Refused> {
    let kept = store.get(BACKUP).unwrap_or_default();
    if kept.lines().any(|line| line == text) {
        return Ok(());
    }
    let all = if kept.is_empty() { text.to_string() } else { format!("{kept}\n{text}") };
    store.set(BACKUP, &all)
}

/// Keeps `query` for the next visit; the notice to show (once) if the store refused it.
pub fn remember(store: &mut impl Store, query: &str) -> Option<Notice> {
    store.set(LAST, query).err().map(|Refused| Notice {
        key: "storage".into(),
        message: tr("notice-storage-full"),
    })
}

/// Keeps `query` for a reload of the address whose query is `search` (the address is written
/// once the reader settles, and a reload may come first). Nothing when the address already
/// holds it: an earlier write keeps the tag of the address a reload started before it would load.
pub fn keep_pending(store: &mut impl Store, search: &str, query: &str) {
    if search.trim_start_matches('?') != query {
        let _ = store.set(PENDING, &format!("{search}\n{query}"));
    }
}

/// The query kept by [`keep_pending`], taken (and removed) only when this page is a `reload` of
/// the very address it superseded: never on a navigation, even to the same address a moment
/// after an edit, which must show its link's own scenario.
pub fn take_pending(store: &mut impl Store, search: &str, reload: bool) -> Option<String> {
    let kept = store.get(PENDING)?;
    store.remove(PENDING);
    let (from, query) = kept.split_once('\n')?;
    (reload && from == search).then(|| query.to_string())
}

/// A [`Store`] in memory, refusing writes past `quota` bytes of keys and values: for tests.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    pub items: Vec<(String, String)>,
    pub quota: Option<usize>,
}

impl Store for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        let others: usize = self.items.iter().filter(|(k, _)| k != key).map(|(k, v)| k.len() + v.len()).sum();
        if self.quota.is_some_and(|q| others + key.len() + value.len() > q) {
            return Err(Refused);
        }
        self.remove(key);
        self.items.push((key.into(), value.into()));
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.items.retain(|(k, _)| k != key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::Scenario;

    fn with_last(text: &str) -> Memory {
        Memory { items: vec![(LAST.into(), text.into())], quota: None }
    }

    #[test]
    fn a_good_kept_scenario_is_taken_without_a_word() {
        let mut store = with_last("mw=200&hp=40&currency=EUR");
        assert_eq!(recall(&mut store), Some(("mw=200&hp=40&currency=EUR".into(), vec![])));
        assert_eq!(store.get(BACKUP), None);
        assert_eq!(recall(&mut Memory::default()), None);
    }

    /// What the probe found: a bad kept scenario clamped and dropped without a word, then
    /// overwritten. Now every change is named, and the text is kept.
    #[test]
    fn a_bad_kept_scenario_is_named_and_backed_up() {
        let mut store = with_last("mw=abc&hp=-5&start=2099-99");
        let (text, notices) = recall(&mut store).unwrap();
        let (s, _) = query::read(&text);
        assert_eq!(s.bitcoin.hashprice_usd_per_ph_day, 1.0);
        let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
        assert_eq!(keys, ["stored", "mw", "hp", "start"]);
        assert!(notices.iter().all(|n| n.message.starts_with("Your last scenario, kept in this browser")), "{notices:?}");
        assert_eq!(store.get(BACKUP).as_deref(), Some("mw=abc&hp=-5&start=2099-99"));
        // The page then remembers what it shows; the backup stays, and a second bad one is added.
        assert_eq!(remember(&mut store, "hp=1"), None);
        store.set(LAST, "yrs=1,5").unwrap();
        recall(&mut store).unwrap();
        assert_eq!(store.get(BACKUP).as_deref(), Some("mw=abc&hp=-5&start=2099-99\nyrs=1,5"));
        recall(&mut store).unwrap();
        assert_eq!(store.get(BACKUP).as_deref(), Some("mw=abc&hp=-5&start=2099-99\nyrs=1,5"), "no duplicate");
    }

    #[test]
    fn an_old_form_is_kept_whole_and_the_defaults_said() {
        let old = r#"{"site":{"grid_mw":200},"mode":"Lease"}"#;
        let mut store = with_last(old);
        let (text, notices) = recall(&mut store).unwrap();
        assert_eq!(query::read(&text).0, Scenario::default());
        assert_eq!(notices.len(), 2);
        assert!(notices[0].message.contains("not in a form this version can read") && notices[0].message.contains("starting from the defaults"), "{notices:?}");
        assert_eq!(store.get(BACKUP).as_deref(), Some(old));
    }

    #[test]
    fn full_storage_is_said_and_nothing_kept_is_lost() {
        let mut store = Memory { items: vec![(LAST.into(), "mw=1,5".into())], quota: Some(40) };
        let notice = remember(&mut store, &"hp=40&".repeat(10)).unwrap();
        assert_eq!(notice.key, "storage");
        assert_eq!(store.get(LAST).as_deref(), Some("mw=1,5"));
        // The backup cannot be written either: the reader is told, and the kept text stays.
        store.quota = Some(store.items[0].0.len() + 6);
        let (_, notices) = recall(&mut store).unwrap();
        assert!(notices[0].message.contains("could not be saved as it was: this browser's storage is full"), "{notices:?}");
        assert_eq!(store.get(LAST).as_deref(), Some("mw=1,5"));
    }

    #[test]
    fn the_reload_rescue_is_for_reloads_of_the_same_address_only() {
        let mut session = Memory::default();
        keep_pending(&mut session, "?mw=120", "mw=120&hp=40");
        assert_eq!(take_pending(&mut session.clone(), "?mw=120", true).as_deref(), Some("mw=120&hp=40"));
        // A navigation to the same address moments after the edit: the link's own scenario.
        assert_eq!(take_pending(&mut session.clone(), "?mw=120", false), None);
        assert_eq!(take_pending(&mut session.clone(), "?mw=130", true), None);
        // Taken once, then gone.
        assert!(take_pending(&mut session, "?mw=120", true).is_some());
        assert_eq!(take_pending(&mut session, "?mw=120", true), None);
        // Already in the address: nothing to keep.
        keep_pending(&mut session, "?mw=120", "mw=120");
        assert_eq!(session.get(PENDING), None);
    }
}
