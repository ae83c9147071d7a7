//! Local and session storage: the browser's stores behind `view::stored`'s [`Store`], and the
//! scenario remembered from the reader's last visit. Sandboxed frames that refuse storage count
//! as having none.

use leptos::prelude::*;
use view::query::Notice;
use view::stored::{self, Refused, Store};

/// The browser's local or session storage as a [`Store`]; a write it refuses (full) is `Err`.
pub(super) struct Web(web_sys::Storage);

impl Store for Web {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }
}

pub(super) fn local() -> Option<Web> {
    // Sandboxed frames throw on access; treat that like no storage at all.
    window().local_storage().ok().flatten().map(Web)
}

pub(super) fn session() -> Option<Web> {
    window().session_storage().ok().flatten().map(Web)
}

/// The scenario query remembered from the reader's last visit, and what could not be read from
/// it as written (see [`stored::recall`]).
pub fn recall() -> Option<(String, Vec<Notice>)> {
    stored::recall(&mut local()?)
}
