//! Wattsworth's front end: the calculator page (Leptos, client-side) over the `economics` crate.
//! `main.rs` only mounts [`App`]; the pure parts (formatting, URL state, charts) are modules of
//! their own so native tests can reach them.

mod app;
pub mod charts;
pub mod embed;
pub mod export;
pub mod format;
pub mod headline;
pub mod url_state;

pub use app::App;
