//! Files for data desks: the monthly series of both paths as CSV (and of a pinned scenario's),
//! in the reader's currency, with the inputs, their sources and the link in a header block; the
//! addresses links and embed code point at (the page's own, its file name kept when it is the
//! offline file); and the HTML snippet that embeds the calculator.

use economics::params::{DATES, PARAMS, TOGGLES};
use economics::{Path, Report, Scenario};

/// Quotes a CSV field when it needs it (RFC 4180: a comma, a double quote or a line break).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// One CSV record of `fields`, each quoted as it needs, and its line break.
fn record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    let quoted: Vec<String> = fields.iter().map(|f| field(f.as_ref())).collect();
    out.push_str(&quoted.join(","));
    out.push('\n');
}

/// A line of the `#` block that is a sentence: one field beginning with `# `, quoted when it
/// holds a comma (`"# Money: EUR at 0,86 per US dollar (…)"`), so a CSV reader keeps it whole.
fn comment(out: &mut String, text: &str) {
    record(out, &[format!("# {text}")]);
}

/// Each path's monthly columns: the project's cash before tax and debt, then tax and the loan's
/// flows, and the owners' (equity) cash on the report's basis, whose running totals follow.
const SERIES: [&str; 16] = [
    "revenue_usd", "power_usd", "other_opex_usd", "capex_usd", "terminal_usd", "ebitda_usd", "project_cash_usd",
    "tax_usd", "borrowed_usd", "interest_usd", "principal_usd", "reserve_usd", "equity_cash_usd",
    "cumulative_usd", "discounted_cumulative_usd", "energy_mwh",
];

fn row_of(path: &Path, m: usize) -> [f64; 16] {
    let month = &path.months[m];
    [
        month.revenue_usd, month.power_usd, month.other_opex_usd, month.capex_usd, month.terminal_usd, month.ebitda_usd(),
        month.project_cash_usd(), month.tax_usd, month.borrowed_usd, month.interest_usd, month.principal_usd,
        month.reserve_usd, month.net_cash_usd(), path.cumulative_usd[m], path.discounted_cumulative_usd[m], month.energy_mwh,
    ]
}

/// The CSV (RFC 4180: every field quoted when it needs it, the `#` lines included): `#` lines
/// with the version, link, currency, inputs and sources, then one row per month. Money is in the reader's currency (its code ends each column name, and a `#` line gives
/// the rate); numbers use a point for decimals so any tool reads them. With a pinned scenario,
/// its inputs and both of its paths follow as `pinned_` columns.
pub fn csv(s: &Scenario, r: &Report, version: &str, link: &str, pinned: Option<(&Scenario, &Report)>) -> String {
    use crate::format::{locale, number, to_local};
    let l = locale();
    let code = l.currency.code.to_ascii_lowercase();
    let mut out = String::new();
    comment(&mut out, &format!("Wattsworth {version}: one site, keep mining vs convert to AI, monthly, in {}", l.currency.code));
    comment(&mut out, &format!("Scenario link: {link}"));
    comment(&mut out, &crate::text::market_as_of(crate::BUILD_DATE));
    if l.currency.code == "USD" {
        comment(&mut out, "Money: US dollars, as the model computes it. Numbers below use a point for decimals.");
    } else {
        comment(&mut out, &format!(
            "Money: {} at {} per US dollar ({}); the model computes in US dollars. Numbers below use a point for decimals.",
            l.currency.code,
            number(l.per_usd, 4).trim_end_matches('0').trim_end_matches(l.decimal),
            if l.per_usd == l.currency.per_usd { crate::format::RATES_NOTE } else { "the reader's rate" }
        ));
    }
    for (who, s, r) in [("", s, r)].into_iter().chain(pinned.map(|(s, r)| ("Pinned scenario: ", s, r))) {
        let mode = match s.mode {
            economics::AiMode::Lease => "lease",
            economics::AiMode::GpuCloud => "GPU cloud",
        };
        comment(&mut out, &format!("{who}AI mode: {mode}; start {}", s.site.start));
        comment(&mut out, &format!(
            "{who}Basis: {}; equity_cash is the owners' cash on it. Mining NPV {:.0}; AI NPV {:.0} ({}); end-of-window values {}; formulas: docs/methodology.md",
            crate::text::basis(s, r), to_local(r.mining.npv_usd), to_local(r.ai.npv_usd), l.currency.code,
            if s.finance.terminal_value { "counted" } else { "not counted" }
        ));
        let b = &r.by_basis;
        comment(&mut out, &format!(
            "{who}AI NPV − mining NPV ({}): before tax, no debt {:.0}; after tax, no debt {:.0}; after tax and debt {:.0}",
            l.currency.code, to_local(b.pre_tax.advantage_npv_usd), to_local(b.after_tax.advantage_npv_usd), to_local(b.financed.advantage_npv_usd)
        ));
        if let Some(d) = &r.debt {
            comment(&mut out, &format!(
                "{who}Debt: {:.0} borrowed ({}); DSCR lowest {:.2} in month {}, average {:.2}; equity NPV of converting at the cost of equity {:.0}",
                to_local(d.borrowed_usd), l.currency.code, d.min_dscr, d.min_dscr_month, d.average_dscr, to_local(d.equity_npv_at_cost_usd)
            ));
        }
        for w in &r.warnings {
            comment(&mut out, &format!("{who}Warning ({}): {}", w.code, w.message));
        }
    }
    let mut header = vec!["# input", "key", "value", "unit", "source"];
    if pinned.is_some() {
        header.push("pinned value");
    }
    record(&mut out, &header);
    // An input's row: `# label`, key, value, unit, source, and the pinned scenario's value.
    let row = |out: &mut String, cells: [String; 5], get: &dyn Fn(&Scenario) -> String| {
        let mut cells = cells.to_vec();
        cells.extend(pinned.map(|(p, _)| get(p)));
        record(out, &cells);
    };
    for p in PARAMS {
        // Inputs stay as the model takes them (US dollars), so the link and this file agree.
        let cells = [format!("# {}", p.label), p.key.into(), (p.get)(s).to_string(), p.unit.into(), p.cite.line()];
        row(&mut out, cells, &|x| (p.get)(x).to_string());
    }
    for t in TOGGLES {
        let cells = [format!("# {}", t.label), t.key.into(), u8::from((t.get)(s)).to_string(), "switch".into(), t.cite.line()];
        row(&mut out, cells, &|x| u8::from((t.get)(x)).to_string());
    }
    for date in DATES {
        let label = economics::params::Param::by_key(date.param).map_or(date.param, |p| p.label);
        let cells = [format!("# {label} as of"), date.key.into(), (date.get)(s).to_string(), "month".into(), "date of the market figure".into()];
        row(&mut out, cells, &|x| (date.get)(x).to_string());
    }
    out.push_str("month,date");
    let prefixes: &[&str] = if pinned.is_some() { &["", "pinned_"] } else { &[""] };
    for prefix in prefixes {
        for path in ["mining", "ai"] {
            for name in SERIES {
                let name = name.strip_suffix("_usd").map_or_else(|| name.to_string(), |stem| format!("{stem}_{code}"));
                out.push_str(&format!(",{prefix}{path}_{name}"));
            }
        }
    }
    out.push('\n');
    let months = r.mining.months.len().max(pinned.map_or(0, |(_, p)| p.mining.months.len()));
    let cells = |out: &mut String, r: &Report, m: usize| {
        for path in [&r.mining, &r.ai] {
            if m < path.months.len() {
                for (i, value) in row_of(path, m).into_iter().enumerate() {
                    let value = if SERIES[i].ends_with("_usd") { to_local(value) } else { value };
                    out.push_str(&format!(",{value:.2}"));
                }
            } else {
                out.push_str(&",".repeat(SERIES.len()));
            }
        }
    };
    for m in 0..months {
        let date = r.calendar.get(m).or_else(|| pinned.and_then(|(_, p)| p.calendar.get(m)));
        out.push_str(&format!("{m},{}", date.map(|d| d.to_string()).unwrap_or_default()));
        cells(&mut out, r, m);
        if let Some((_, p)) = pinned {
            cells(&mut out, p, m);
        }
        out.push('\n');
    }
    out
}

/// The one-line summary of the key assumptions, for embeds and image captions.
pub fn assumptions(s: &Scenario) -> String {
    use crate::format::{number, price};
    let rate = match s.mode {
        economics::AiMode::Lease => format!("lease {}/kW-month of IT", price(s.lease.usd_per_kw_month, 0)),
        economics::AiMode::GpuCloud => format!("GPU cloud {}/GPU-hour", price(s.gpu.usd_per_gpu_hour, 2)),
    };
    format!(
        "Assumptions: {} MW from {}, power {}/kWh, hashprice {}/PH/s/day (as of {}), {rate}, {}-year contract, {}% discount rate.",
        number(s.site.grid_mw, 0), crate::format::month(s.site.start), price(s.site.power_usd_per_kwh, 3),
        price(s.bitcoin.hashprice_usd_per_ph_day, 2), crate::format::month(s.bitcoin.hashprice_as_of), crate::format::trimmed(s.site.horizon_years, 2),
        number(s.finance.discount_rate_pct, 1)
    )
}

/// The caption drawn under an exported chart: assumptions, then version, build date and sources.
pub fn caption(s: &Scenario, version: &str, built: &str) -> [String; 2] {
    [
        assumptions(s),
        format!(
            "Wattsworth {version} ({built}). Sources: dated figures and deals cited in its methodology; unsourced values are marked assumptions."
        ),
    ]
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

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

/// The link to `query` on the page at `address` (from [`page_address`]).
pub fn link_to(address: &str, query: &str) -> String {
    if query.is_empty() {
        address.to_string()
    } else {
        format!("{address}?{query}")
    }
}

/// A configured address of the hosted calculator (an `http(s)` URL), ending in `/`.
pub fn hosted_site(configured: Option<&str>) -> Option<String> {
    let site = configured?.trim();
    let ok = (site.starts_with("https://") || site.starts_with("http://")) && site.len() > 8 && !site.contains(['"', '<', '>', ' ', '?', '#']);
    ok.then(|| if site.ends_with('/') { site.to_string() } else { format!("{site}/") })
}

/// What "Embed this" offers on the page at `address`: the snippet (if an article could load it)
/// and a note. From a file on disk no article can load the calculator: the snippet uses the
/// hosted calculator at `site` when one is configured and says so, else there is only the note.
pub fn embed_code(address: &str, site: Option<&str>, query: &str, title: &str) -> (Option<String>, Option<String>) {
    if !address.starts_with("file:") {
        let dir = &address[..address.rfind('/').map_or(address.len(), |i| i + 1)];
        return (Some(embed_snippet(dir, query, title)), None);
    }
    match hosted_site(site) {
        Some(site) => (
            Some(embed_snippet(&site, query, title)),
            Some(format!("This copy is a file on your computer, which an article cannot load: the code below embeds the calculator on its web site, {site}")),
        ),
        None => (
            None,
            Some("Embedding needs the calculator on a web site: this copy is a file on your computer, which an article cannot load. Put the site on a web server (see Hosting in the README) and copy the embed code there.".into()),
        ),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The file's records as a real CSV reader (RFC 4180) reads them.
    fn records(text: &str) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        reader.records().map(|r| r.expect("a valid CSV record").iter().map(str::to_string).collect()).collect()
    }

    /// The `#` block's records, and the table (its header first).
    fn split(text: &str) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
        let all = records(text);
        let at = all.iter().position(|r| r[0] == "month").expect("a header row");
        assert!(all[..at].iter().all(|r| r[0].starts_with("# ")), "every record before the table is a # line");
        (all[..at].to_vec(), all[at..].to_vec())
    }

    /// The `#` record whose first field starts with `start`.
    fn line<'a>(block: &'a [Vec<String>], start: &str) -> &'a Vec<String> {
        block.iter().find(|r| r[0].starts_with(start)).unwrap_or_else(|| panic!("no line {start}: {block:?}"))
    }

    #[test]
    fn csv_has_inputs_and_one_row_a_month() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let text = csv(&s, &r, "0.1.0", "https://example.org/?mw=100", None);
        let (block, table) = split(&text);
        assert_eq!(table[0].len(), 2 + 2 * SERIES.len());
        let rows = &table[1..];
        assert_eq!(rows.len(), r.mining.months.len());
        let cite = "hashprice ~$28.68; $28.68–39.53 in the first half of 2026 (S4, S2, 26 Jun 2026)";
        assert!(text.contains(&format!("# Hashprice,hp,28.68,$/PH/s/day,\"{cite}\"")), "{text}");
        assert_eq!(line(&block, "# Hashprice"), &["# Hashprice", "hp", "28.68", "$/PH/s/day", cite]);
        assert!(text.contains("# Hashprice as of,hpd,2026-06,month,"), "{text}");
        assert!(text.contains("# Count the years after the contract,tv,1,switch,"), "{text}");
        // Sentences are one field each, commas and all.
        assert_eq!(line(&block, "# Wattsworth"), &["# Wattsworth 0.1.0: one site, keep mining vs convert to AI, monthly, in USD"]);
        assert_eq!(line(&block, "# Money"), &["# Money: US dollars, as the model computes it. Numbers below use a point for decimals."]);
        assert_eq!(line(&block, "# Scenario link"), &["# Scenario link: https://example.org/?mw=100"]);
        // The last discounted cumulative of each path is its NPV.
        let last: Vec<f64> = rows.last().unwrap().iter().skip(2).map(|v| v.parse().unwrap()).collect();
        let at = SERIES.iter().position(|c| *c == "discounted_cumulative_usd").unwrap();
        assert!((last[at] - r.mining.npv_usd).abs() < 0.01);
        assert!((last[SERIES.len() + at] - r.ai.npv_usd).abs() < 0.01);
        // Each month's equity cash is the project's cash less tax, plus the loan's flow to the owners.
        let col = |name: &str| SERIES.iter().position(|c| *c == name).unwrap();
        let mut borrowed = 0.0;
        for row in rows {
            let v: Vec<f64> = row.iter().skip(2 + SERIES.len()).map(|v| v.parse().unwrap()).collect();
            let equity = v[col("project_cash_usd")] - v[col("tax_usd")] + v[col("borrowed_usd")] - v[col("interest_usd")] - v[col("principal_usd")] + v[col("reserve_usd")];
            assert!((equity - v[col("equity_cash_usd")]).abs() < 0.05, "{equity} vs {}", v[col("equity_cash_usd")]);
            borrowed += v[col("borrowed_usd")];
        }
        assert!(borrowed > 0.0, "the default AI path borrows");
        let basis = &line(&block, "# Basis")[0];
        assert!(basis.starts_with("# Basis: After tax, ") && basis.contains("% borrowed; rent at 7.5%"), "{text}");
        assert!(line(&block, "# Debt")[0].contains("DSCR lowest"), "{text}");
        assert!(line(&block, "# Market data as of")[0].contains(economics::data::HASHPRICE.as_of), "{text}");
    }

    /// In euros the money columns are converted and named so; the inputs stay as the model
    /// takes them; a pinned scenario adds its own columns and rows run to the longer window.
    #[test]
    fn csv_in_another_currency_with_a_pinned_scenario() {
        use crate::format::{set_locale, Currency, Locale};
        set_locale(Locale { decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.5, symbol: "€".into(), ..Locale::default() });
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let mut p = Scenario::default();
        p.site.horizon_years = 18.0;
        let pr = economics::compute(&p).unwrap();
        let text = csv(&s, &r, "0.1.0", "x", Some((&p, &pr)));
        set_locale(Locale::default());
        let (block, table) = split(&text);
        assert!(line(&block, "# Money")[0].starts_with("# Money: EUR at 0,5 per US dollar (the reader's rate)"), "{text}");
        assert_eq!(line(&block, "# Money").len(), 1);
        let header = &table[0];
        assert_eq!(header.len(), 2 + 4 * SERIES.len());
        assert!(header.iter().any(|h| h == "mining_equity_cash_eur") && header.iter().any(|h| h == "pinned_ai_cumulative_eur"));
        let rows = &table[1..];
        assert_eq!(rows.len(), pr.mining.months.len());
        let npv = |row: &[String], at: usize| row[2 + at].parse::<f64>().unwrap();
        let last = &rows[r.mining.months.len() - 1];
        let at = SERIES.iter().position(|c| *c == "discounted_cumulative_usd").unwrap();
        assert!((npv(last, at) - 0.5 * r.mining.npv_usd).abs() < 0.01);
        assert_eq!(rows[0].len(), header.len());
        // Past the live window, its cells are empty and the pinned ones go on.
        let beyond = rows.last().unwrap();
        assert!(beyond[2].is_empty() && !beyond[2 + 2 * SERIES.len()].is_empty());
        assert!(text.contains("# Contract length,yrs,15,years,") && text.contains(",18\n"), "{text}");
        assert_eq!(line(&block, "# input"), &["# input", "key", "value", "unit", "source", "pinned value"]);
        assert_eq!(line(&block, "# Contract length").last().map(String::as_str), Some("18"));
    }

    /// What the probe found: `# Money: EUR at 0,9 per US dollar` (de-DE) and `JPY at 10,000,000`
    /// split into cells. A real CSV reader now reads every `#` line whole, in locales that write
    /// commas in numbers (de-DE's decimal, ja-JP's and en-IN's groups), with and without a pin,
    /// at the default rate (whose note has a comma) and at the largest.
    #[test]
    fn csv_parses_whole_in_every_locale() {
        use crate::format::{set_locale, Currency, Locale};
        let de = Locale { tag: "de-DE".into(), decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.9, symbol: "€".into(), symbol_after: true, symbol_gap: true, ..Locale::default() };
        let ja = Locale { tag: "ja-JP".into(), currency: Currency::by_code("JPY").unwrap(), per_usd: 1e7, symbol: "￥".into(), ..Locale::default() };
        let ja_default = Locale { per_usd: 155.0, ..ja.clone() };
        let en_in = Locale { tag: "en-IN".into(), grouping: (3, 2), currency: Currency::by_code("GBP").unwrap(), per_usd: 1234.5, symbol: "£".into(), ..Locale::default() };
        let s = Scenario { mode: economics::AiMode::GpuCloud, ..Scenario::default() };
        let r = economics::compute(&s).unwrap();
        let p = Scenario::default();
        let pr = economics::compute(&p).unwrap();
        let link = "file:///home/a,b/wattsworth-0.1.0.html?mw=100&ref=hp%3D40&currency=EUR";
        for (locale, money) in [
            (de, "# Money: EUR at 0,9 per US dollar (the reader's rate);"),
            (ja, "# Money: JPY at 10,000,000 per US dollar (the reader's rate);"),
            (ja_default, "# Money: JPY at 155 per US dollar (Assumption: a round exchange rate near the market in Nov 2026, not a quoted rate;"),
            (en_in, "# Money: GBP at 1,234.5 per US dollar (the reader's rate);"),
        ] {
            let tag = locale.tag.clone();
            set_locale(locale);
            for pinned in [None, Some((&p, &pr))] {
                let text = csv(&s, &r, "0.1.0", link, pinned);
                let (block, table) = split(&text);
                let m = line(&block, "# Money");
                assert!(m.len() == 1 && m[0].starts_with(money), "{tag}: {m:?}");
                assert_eq!(line(&block, "# Scenario link"), &[format!("# Scenario link: {link}")]);
                let sentences = ["# Warning", "# Pinned scenario: ", "# AI mode: ", "# Mining NPV "];
                let said: Vec<&Vec<String>> = block.iter().filter(|r| sentences.iter().any(|w| r[0].starts_with(w))).collect();
                assert!(said.len() >= 2 + 2 * usize::from(pinned.is_some()) && said.iter().all(|r| r.len() == 1), "{tag}: {said:?}");
                let inputs = if pinned.is_some() { 6 } else { 5 };
                assert_eq!(line(&block, "# input").len(), inputs);
                for p in PARAMS {
                    let row = block.iter().find(|r| r[0] == format!("# {}", p.label));
                    assert_eq!(row.map(Vec::len), Some(inputs), "{tag} {}", p.key);
                }
                let width = table[0].len();
                assert!(table.iter().all(|r| r.len() == width), "{tag}: every row as wide as the header");
                assert!(table[1..].iter().all(|r| r[2..].iter().all(|c| c.is_empty() || c.parse::<f64>().is_ok())), "{tag}: numbers with a point");
            }
        }
        set_locale(Locale::default());
    }

    #[test]
    fn fields_and_attributes_are_escaped() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        let snippet = embed_snippet("https://x.org/w/", "mw=200&hp=40", "A \"title\"");
        assert!(snippet.contains("data-wattsworth=\"mw=200&amp;hp=40\""));
        assert!(snippet.contains("data-title=\"A &quot;title&quot;\""));
        assert!(snippet.contains("<script async src=\"https://x.org/w/embed.js\"></script>"));
        assert!(snippet.contains("<noscript><a href=\"https://x.org/w/?mw=200&amp;hp=40\">"));
    }

    /// What the probe found: from the offline file, links pointed at its folder (a directory
    /// listing) and the embed code at an embed.js that is not there.
    #[test]
    fn links_from_the_offline_file_keep_its_name() {
        let file = "file:///home/reader/offline/wattsworth-0.1.0.html?mw=321#methodology";
        let here = page_address(file);
        assert_eq!(link_to(&here, "mw=321"), "file:///home/reader/offline/wattsworth-0.1.0.html?mw=321");
        assert_eq!(link_to(&page_address("http://127.0.0.1:8080/news/w/"), ""), "http://127.0.0.1:8080/news/w/");
        assert_eq!(link_to(&page_address("https://x.org/w/calc.html?a=1"), "mw=2"), "https://x.org/w/calc.html?mw=2");
        // Hosted: the snippet loads embed.js from the page's folder.
        let (snippet, note) = embed_code("https://x.org/w/calc.html", None, "mw=2", "T");
        assert!(snippet.unwrap().contains("src=\"https://x.org/w/embed.js\"") && note.is_none());
        // From disk: no snippet that cannot work, and a note that says why.
        let (snippet, note) = embed_code(&here, None, "mw=321", "T");
        assert!(snippet.is_none());
        assert!(note.unwrap().starts_with("Embedding needs the calculator on a web site"));
        // From disk with the hosted site configured: the snippet points there, and says so.
        let (snippet, note) = embed_code(&here, Some("https://example.org/wattsworth"), "mw=321", "T");
        let snippet = snippet.unwrap();
        assert!(snippet.contains("src=\"https://example.org/wattsworth/embed.js\"") && snippet.contains("href=\"https://example.org/wattsworth/?mw=321\""), "{snippet}");
        assert!(note.unwrap().contains("https://example.org/wattsworth/"));
        for bad in ["", "example.org", "javascript:alert(1)", "https://x.org/\"><script>", "file:///x/"] {
            assert_eq!(hosted_site(Some(bad)), None, "{bad}");
        }
    }
}
