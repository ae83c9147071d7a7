//! Wattsworth's front end: the calculator page (Leptos, client-side) over `economics` (the model)
//! and `view` (charts, formatting, the URL codec, exports, sentences). `main.rs` only mounts
//! [`App`]; everything here is the Leptos app and its bridges to the browser.

mod app;
mod background;
mod browser;
mod components;
mod later;
mod state;
mod target;

pub use app::App;
