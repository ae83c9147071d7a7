//! What "Embed this" offers: the reader's choices (which charts, which controls, the theme,
//! read-only, static, plain, transparent) as the link's display flags; the snippets an article
//! can paste: the loader's (a div and embed.js, which fits the frame's height to the content), a
//! plain iframe of a fixed height (which shows the verdict and the first chart first), and, for
//! a page where no script may run, the sentence with its chart as a picture and its citation;
//! the dated citation itself; and the note when no article could load this copy.

use crate::query::{Controls, Theme};
use crate::Chart;

/// What the reader chose for an embed. The defaults are an embed's own (the cash chart, the key
/// controls, the reader's theme, editable), and are left out of the link.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    /// The charts, in page order.
    pub charts: Vec<Chart>,
    pub controls: Controls,
    pub theme: Theme,
    /// Read-only: no controls at all.
    pub locked: bool,
    /// Static: the sentence and the picture only (`static=1`, read-only).
    pub still: bool,
    /// No title or footer: the host writes its own (`plain=1`).
    pub plain: bool,
    /// The host page's background shows through (`transparent=1`).
    pub transparent: bool,
    /// The embed's language (`lang=`), or none to follow each reader's browser.
    pub lang: Option<crate::language::Language>,
}

impl Default for Choices {
    fn default() -> Choices {
        Choices { charts: vec![Chart::Value], controls: Controls::Key, theme: Theme::Auto, locked: false, still: false, plain: false, transparent: false, lang: None }
    }
}

impl Choices {
    /// The display flags, defaults left out (the default chart is `value`):
    /// `charts=cash,kwh&controls=none&theme=dark&locked=1`, `static=1&plain=1&transparent=1`.
    pub fn flags(&self) -> String {
        let mut out = Vec::new();
        let charts: Vec<&str> = Chart::PAGE.iter().filter(|c| self.charts.contains(c)).map(|c| c.name()).collect();
        if !charts.is_empty() && charts != ["value"] {
            out.push(format!("charts={}", charts.join(",")));
        }
        match (self.locked, self.controls) {
            // Static is read-only already.
            _ if self.still => out.push("static=1".into()),
            (true, _) => out.push("locked=1".into()),
            (false, Controls::Key) => {}
            (false, Controls::None) => out.push("controls=none".into()),
            (false, Controls::All) => out.push("controls=all".into()),
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => out.push("theme=light".into()),
            Theme::Dark => out.push("theme=dark".into()),
        }
        out.extend(self.plain.then(|| "plain=1".to_string()));
        out.extend(self.transparent.then(|| "transparent=1".to_string()));
        out.extend(self.lang.map(|l| format!("lang={}", l.tag())));
        out.join("&")
    }

    /// The scenario's query with these flags after it, and the model version that made it
    /// (`mv=6`: an embed opened under a later model says so). The page's own `lang=` gives way
    /// to the embed's choice.
    pub fn query(&self, scenario: &str) -> String {
        let mv = format!("mv={}", economics::MODEL_VERSION);
        let scenario = scenario.split('&').filter(|p| !p.starts_with("lang=")).collect::<Vec<_>>().join("&");
        [scenario.as_str(), &self.flags(), &mv].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&")
    }
}

/// The height a plain iframe is given: enough for the verdict and the first chart at a phone's
/// width (the rest scrolls inside it).
pub const FRAME_HEIGHT: u32 = 600;

/// What "Embed this" shows on the page at `address`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embed {
    /// The loader's snippet, which sizes the frame to its content.
    pub script: Option<String>,
    /// A plain iframe of [`FRAME_HEIGHT`].
    pub iframe: Option<String>,
    /// The address a preview frame on this page loads (none from a file on disk).
    pub preview: Option<String>,
    /// Why there is no snippet, or where the snippets point when not here.
    pub note: Option<String>,
}

/// What "Embed this" offers on the page at `address` for the embed's `query` (scenario and
/// flags). From a file on disk no article can load the calculator: the snippets use the hosted
/// calculator at `site` when one is configured and say so, else there is only the note; and
/// there is no preview, which would load another site.
pub fn embed_code(address: &str, site: Option<&str>, query: &str, title: &str) -> Embed {
    if !address.starts_with("file:") {
        let dir = &address[..address.rfind('/').map_or(address.len(), |i| i + 1)];
        return Embed {
            script: Some(embed_snippet(dir, query, title)),
            iframe: Some(iframe_snippet(dir, query, title)),
            preview: Some(frame_src(address, query)),
            note: None,
        };
    }
    match super::hosted_site(site) {
        Some(site) => Embed {
            script: Some(embed_snippet(&site, query, title)),
            iframe: Some(iframe_snippet(&site, query, title)),
            preview: None,
            note: Some(format!("This copy is a file on your computer, which an article cannot load: the code below embeds the calculator on its web site, {site}")),
        },
        None => Embed {
            note: Some("Embedding needs the calculator on a web site: this copy is a file on your computer, which an article cannot load. Put the site on a web server (see Hosting in the README) and copy the embed code there.".into()),
            ..Embed::default()
        },
    }
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// The address an embed's frame loads: the calculator at `page` with `query` and `embed=1`.
pub fn frame_src(page: &str, query: &str) -> String {
    let query = [query, "embed=1"].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&");
    format!("{page}?{query}")
}

/// The snippet a journalist pastes: the loader's div, the script, and a link for readers
/// without JavaScript. `base` is the calculator's URL ending in `/`.
pub fn embed_snippet(base: &str, query: &str, title: &str) -> String {
    let link = if query.is_empty() { base.to_string() } else { format!("{base}?{query}") };
    format!(
        "<div data-wattsworth=\"{}\" data-title=\"{}\"></div>\n<script async src=\"{}embed.js\"></script>\n<noscript><a href=\"{}\">{}</a></noscript>\n",
        attribute(query), attribute(title), attribute(base), attribute(&link), attribute(title)
    )
}

/// A plain iframe for hosts that take no scripts: [`FRAME_HEIGHT`] tall, the full width, lazy,
/// titled. Its content scrolls inside it past the verdict and the first chart.
pub fn iframe_snippet(base: &str, query: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" style=\"display:block;width:100%;max-width:100%;border:0\" loading=\"lazy\"></iframe>\n",
        attribute(&frame_src(base, query)), attribute(title)
    )
}

/// The dated citation "Cite this" gives: the page's version, the model's, the market data's date
/// and the build's, the link that shows the same figures, and the day it was read (`accessed`,
/// `YYYY-MM-DD`, the reader's clock).
///
/// ```
/// let c = view::export::citation("0.1.0", "2026-12-06", "2026-12-07", "https://x.org/w/?mw=200");
/// assert!(c.starts_with("Wattsworth 0.1.0, model version 6, market data as of "));
/// assert!(c.ends_with(", built 2026-12-06. What is a megawatt worth: mining bitcoin, or hosting AI? https://x.org/w/?mw=200 (accessed 2026-12-07)."));
/// ```
pub fn citation(version: &str, built: &str, accessed: &str, link: &str) -> String {
    crate::language::tr_with(
        "cite",
        &[
            ("version", version.into()),
            ("model", economics::MODEL_VERSION.to_string().into()),
            ("data", economics::data::as_of().as_of.into()),
            ("built", built.into()),
            ("title", crate::language::tr("page-tagline").into()),
            ("link", link.into()),
            ("accessed", accessed.into()),
        ],
    )
}

/// The snippet for a page where no script may run (print, AMP, archives, a frame without
/// scripts): the verdict as text, the chart as a picture inside the snippet (`svg`, with `alt`
/// saying what it shows), the verdict's basis and the citation, and the link to the calculator
/// with the same scenario. Nothing in it loads from anywhere.
pub fn picture_snippet(verdict: &str, basis: &str, svg: &str, alt: &str, link: &str, cite: &str) -> String {
    format!(
        "<figure style=\"margin:1em 0;max-width:640px\">\n<p style=\"font-weight:bold;margin:0 0 .5em\">{}</p>\n<img src=\"data:image/svg+xml,{}\" alt=\"{}\" width=\"640\" height=\"360\" style=\"width:100%;height:auto\">\n<figcaption style=\"font-size:.85em\">{} <a href=\"{}\">{}</a>. {}</figcaption>\n</figure>\n",
        html(verdict), data_uri(svg), attribute(alt), html(basis), attribute(link), html(&crate::language::tr("picture-open")), html(cite)
    )
}

fn html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An SVG written into a `data:` URI: every byte but letters, digits and a few safe marks
/// percent-encoded, so the URI holds inside a double-quoted attribute.
fn data_uri(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len() * 3 / 2);
    for b in svg.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:/=;,()!*'".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_snippet_stands_alone() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>A & \"B\" 100%</text></svg>";
        let s = picture_snippet("Converting adds $1M <today>.", "After tax.", svg, "A \"chart\"", "https://x.org/w/?mw=2&yrs=5", "Wattsworth 0.1.0.");
        assert!(s.contains("<p style=\"font-weight:bold;margin:0 0 .5em\">Converting adds $1M &lt;today&gt;.</p>"), "{s}");
        assert!(s.contains("alt=\"A &quot;chart&quot;\""));
        assert!(s.contains("href=\"https://x.org/w/?mw=2&amp;yrs=5\""));
        // The picture's URI has no character that would end the attribute or start a tag.
        let uri = s.split("src=\"").nth(1).unwrap().split('"').next().unwrap();
        assert!(uri.starts_with("data:image/svg+xml,%3Csvg") && !uri.contains(['<', '>', ' ', '&', '#']), "{uri}");
        // Decoded, it is the SVG as given.
        let mut back = Vec::new();
        let bytes = uri["data:image/svg+xml,".len()..].as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                back.push(u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap(), 16).unwrap());
                i += 3;
            } else {
                back.push(bytes[i]);
                i += 1;
            }
        }
        assert_eq!(String::from_utf8(back).unwrap(), svg);
    }

    #[test]
    fn choices_are_flags_with_the_defaults_left_out() {
        assert_eq!(Choices::default().flags(), "");
        let c = Choices { charts: vec![Chart::Kwh, Chart::Cash], controls: Controls::None, theme: Theme::Dark, ..Choices::default() };
        assert_eq!(c.flags(), "charts=cash,kwh&controls=none&theme=dark");
        assert_eq!(c.query("mw=200"), "mw=200&charts=cash,kwh&controls=none&theme=dark&mv=6");
        assert_eq!(Choices::default().query("mw=200"), "mw=200&mv=6");
        assert_eq!(Choices { locked: true, controls: Controls::All, ..Choices::default() }.flags(), "locked=1");
        assert_eq!(Choices { charts: vec![], ..Choices::default() }.query(""), "mv=6");
        // What the flags say, the embed reads back.
        let v = crate::query::View::from_query(&format!("embed=1&{}", c.flags()));
        assert_eq!((v.charts, v.controls, v.theme), (vec![Chart::Cash, Chart::Kwh], Controls::None, Theme::Dark));
        let kit = Choices { still: true, locked: true, plain: true, transparent: true, ..Choices::default() };
        assert_eq!(kit.flags(), "static=1&plain=1&transparent=1");
        let v = crate::query::View::from_query(&kit.query("mw=200"));
        assert!(v.embed && v.still && v.plain && v.transparent && v.controls == Controls::None);
    }

    #[test]
    fn fields_and_attributes_are_escaped() {
        let snippet = embed_snippet("https://x.org/w/", "mw=200&hp=40", "A \"title\"");
        assert!(snippet.contains("data-wattsworth=\"mw=200&amp;hp=40\""));
        assert!(snippet.contains("data-title=\"A &quot;title&quot;\""));
        assert!(snippet.contains("<script async src=\"https://x.org/w/embed.js\"></script>"));
        assert!(snippet.contains("<noscript><a href=\"https://x.org/w/?mw=200&amp;hp=40\">"));
        let frame = iframe_snippet("https://x.org/w/", "mw=200&charts=kwh", "T<");
        assert!(frame.starts_with("<iframe src=\"https://x.org/w/?mw=200&amp;charts=kwh&amp;embed=1\" title=\"T&lt;\""), "{frame}");
        assert!(frame.contains("height=\"600\"") && frame.contains("loading=\"lazy\""));
        assert_eq!(frame_src("https://x.org/w/", ""), "https://x.org/w/?embed=1");
    }

    /// What the probe found: from the offline file, links pointed at its folder (a directory
    /// listing) and the embed code at an embed.js that is not there.
    #[test]
    fn from_the_offline_file_the_embed_points_to_the_hosted_site_or_says_why_not() {
        // Hosted: the snippets load from the page's folder, the preview from the page itself.
        let e = embed_code("https://x.org/w/calc.html", None, "mw=2", "T");
        assert!(e.script.unwrap().contains("src=\"https://x.org/w/embed.js\"") && e.note.is_none());
        assert!(e.iframe.unwrap().contains("src=\"https://x.org/w/?mw=2&amp;embed=1\""));
        assert_eq!(e.preview.as_deref(), Some("https://x.org/w/calc.html?mw=2&embed=1"));
        // From disk: no snippet that cannot work, no preview, and a note that says why.
        let here = "file:///home/reader/offline/wattsworth-0.1.0.html";
        let e = embed_code(here, None, "mw=321", "T");
        assert!(e.script.is_none() && e.iframe.is_none() && e.preview.is_none());
        assert!(e.note.unwrap().starts_with("Embedding needs the calculator on a web site"));
        // From disk with the hosted site configured: the snippets point there, and say so.
        let e = embed_code(here, Some("https://example.org/wattsworth"), "mw=321", "T");
        let script = e.script.unwrap();
        assert!(script.contains("src=\"https://example.org/wattsworth/embed.js\"") && script.contains("href=\"https://example.org/wattsworth/?mw=321\""), "{script}");
        assert!(e.iframe.unwrap().contains("https://example.org/wattsworth/?mw=321&amp;embed=1") && e.preview.is_none());
        assert!(e.note.unwrap().contains("https://example.org/wattsworth/"));
    }
}
