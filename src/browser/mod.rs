//! Every bridge from the page to the browser, one module per bridge: the page and its build
//! ([`page`]), local and session storage ([`storage`]), history and the address ([`address`]),
//! performance marks ([`timing`]), the colour scheme ([`theme`]), downloads and the clipboard
//! ([`downloads`]), observers and page events ([`observers`]), the reader's locale
//! ([`locale`]) and language ([`language`]). Components call them through the names re-exported here
//! (`crate::browser::link_to`); nothing else touches `web_sys` directly except the chart
//! canvases. Events and object URLs go through `gloo`; observers, history and storage through
//! `web_sys` (gloo has no observers, and `gloo-storage` would bring serde_json).

mod address;
mod downloads;
pub mod language;
mod locale;
mod observers;
mod page;
mod storage;
mod theme;
mod timing;

pub use address::{keep_pending, link_to, page_address, push, remember, take_pending};
pub use downloads::{copy_text, download, download_url};
pub use locale::reader_locale;
pub use observers::{before_print, fit_frame, hold_controls_in_place, on_hide, report_height, watch_fully_in_view, watch_in_view, watch_visibility};
pub use page::{fetch_text, focus_by_id, today, from_disk, offline_file_name, open_methodology, register_service_worker, remove_first_picture, window_width, BUILD_DATE, HOSTED_SITE, VERSION};
pub use storage::recall;
pub use theme::{apply_theme, prefers_dark, transparent};
pub use timing::{mark, mark_input, mark_once, mark_redrawn, now};
