//! Files and text taken off the page, each standing alone: the monthly data as one table
//! (`table`) with its notes in a Frictionless Data descriptor beside it (`datapackage`); a
//! chart's sheet with its takeaway, the verdict, the basis, the key inputs, the data's date, the
//! link and any caution (`caption`), and the files' names; the embed's choices and snippets
//! (`embed`); and the addresses links and embed code point at (the page's own, its file name
//! kept when it is the offline file).

mod caption;
mod datapackage;
mod embed;
mod json;
mod table;

pub use caption::{assumptions, assumptions_beyond, basis_line, cautions, copied, file_stem, notes, sheet, sourced_line, svg, takeaway, titled, with_title, Stamp};
pub use datapackage::datapackage;
pub use embed::{citation, embed_code, embed_snippet, frame_src, iframe_snippet, picture_snippet, Choices, Embed, FRAME_HEIGHT};
pub use table::{columns, csv, Column, Kind, Series, Unit, SERIES};

/// The address links to this page start from: `href` without its query and fragment, keeping
/// the file's name (a link made in `…/wattsworth-0.1.0.html` opened from disk must open that
/// file, not its folder), except `index.html`, which a web server finds by itself.
///
/// ```
/// use view::export::page_address;
/// assert_eq!(page_address("https://x.org/w/?mw=2#methodology"), "https://x.org/w/");
/// assert_eq!(page_address("https://x.org/w/index.html?mw=2"), "https://x.org/w/");
/// assert_eq!(page_address("file:///home/a/wattsworth-0.1.0.html?mw=321"), "file:///home/a/wattsworth-0.1.0.html");
/// ```
pub fn page_address(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let page = &href[..end];
    page.strip_suffix("index.html").filter(|dir| dir.ends_with('/')).unwrap_or(page).to_string()
}

/// The link to `query` on the page at `address` (from [`page_address`]), with the model version
/// that made it (`mv=6`): opened under another model, the page says so and what changed.
pub fn link_to(address: &str, query: &str) -> String {
    let mv = format!("mv={}", economics::MODEL_VERSION);
    let query = [query, &mv].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&");
    format!("{address}?{query}")
}

/// A configured address of the hosted calculator (an `http(s)` URL), ending in `/`.
pub fn hosted_site(configured: Option<&str>) -> Option<String> {
    let site = configured?.trim();
    let ok = (site.starts_with("https://") || site.starts_with("http://")) && site.len() > 8 && !site.contains(['"', '<', '>', ' ', '?', '#']);
    ok.then(|| if site.ends_with('/') { site.to_string() } else { format!("{site}/") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_from_the_offline_file_keep_its_name() {
        let file = "file:///home/reader/offline/wattsworth-0.1.0.html?mw=321#methodology";
        let here = page_address(file);
        assert_eq!(link_to(&here, "mw=321"), "file:///home/reader/offline/wattsworth-0.1.0.html?mw=321&mv=6");
        assert_eq!(link_to(&page_address("http://127.0.0.1:8080/news/w/"), ""), "http://127.0.0.1:8080/news/w/?mv=6");
        assert_eq!(link_to(&page_address("https://x.org/w/calc.html?a=1"), "mw=2"), "https://x.org/w/calc.html?mw=2&mv=6");
        for bad in ["", "example.org", "javascript:alert(1)", "https://x.org/\"><script>", "file:///x/"] {
            assert_eq!(hosted_site(Some(bad)), None, "{bad}");
        }
    }
}
