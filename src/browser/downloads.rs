//! What the reader takes away: files handed to the browser as downloads (a blob's object URL,
//! or any URL, through an anchor) and text put on the clipboard.

use leptos::prelude::*;

/// Hands `text` to the browser as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(text, Some(mime)));
    download_url(name, &url);
    // Dropping the URL revokes it; the download has its own copy of the bytes by then.
}

/// Hands `url` to the browser as a download named `name`.
pub fn download_url(name: &str, url: &str) {
    use wasm_bindgen::JsCast;
    if let Some(a) = document().create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(url);
        a.set_download(name);
        a.click();
    }
}

/// Puts `text` on the clipboard; whether the browser took it (it may refuse, e.g. in a frame
/// without the permission).
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
