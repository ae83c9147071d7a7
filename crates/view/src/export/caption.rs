//! What travels with a chart or a sentence taken off the page, so that it stands alone: the
//! chart's takeaway and the verdict, both as the page writes them; the basis; the key inputs,
//! conversion capex included; the market data's date and the scenario's link; every caution in
//! force; the version and where the sources are. Also the files' names (the chart and the
//! scenario), the SVG's `<title>` and `<desc>`, and the embed footer's line on where the
//! defaults come from.

use economics::analysis::{BreakEvens, MapAxes};
use economics::{AiMode, Report, Scenario};
use plotters::prelude::*;

use crate::charts::{draw_sheet, ChartData, Scale, Sheet};
use crate::format::{month, number, price, trimmed};
use crate::language::{tr, tr_with};
use crate::{text, Chart};

/// Where a file comes from: the scenario's link, and the page's version and build date.
#[derive(Clone, Copy, Debug)]
pub struct Stamp<'a> {
    pub link: &'a str,
    pub version: &'a str,
    /// `YYYY-MM-DD`.
    pub built: &'a str,
}

/// `chart`'s takeaway, the sentence the page writes under its title, from the data at hand
/// (`breakevens` for the map, whose `axes` say which input runs across); empty when the
/// analysis it needs is missing.
pub fn takeaway(chart: Chart, d: &ChartData, breakevens: Option<&BreakEvens>, axes: MapAxes) -> String {
    let (s, r) = (d.s, d.r);
    match chart {
        Chart::Value => Some(text::takeaway_value(s, r)),
        Chart::Cash => Some(text::cumulative_cash(r)),
        Chart::Annual => Some(text::takeaway_annual(r, s.site.grid_mw)),
        Chart::Cover => Some(text::takeaway_cover(s, r)),
        Chart::Kwh => Some(text::takeaway_per_kwh(r)),
        Chart::Tornado => d.t.map(text::takeaway_tornado),
        Chart::Map => {
            let x_key = economics::analysis::frontier_axes(&Scenario::default(), axes).0 .0.key;
            breakevens.map(|b| text::takeaway_frontier(s, b, x_key))
        }
        Chart::Fan => d.mc.map(text::takeaway_fan),
        Chart::When => d.timing.map(|t| text::takeaway_when(s, t)),
    }
    .unwrap_or_default()
}

/// The key inputs, each with the key of the input it shows: grid power, the start, power price
/// and hashprice with their dates, the AI rate (and GPU capex), conversion capex, contract length
/// the rates and what counts after the contract.
fn key_parts(s: &Scenario) -> Vec<(&'static str, String)> {
    // Capital amounts as a reader says them: `$9M`, `$37K`.
    let capital = |usd: f64| crate::format::local_money(crate::format::to_local(usd));
    let mut parts = vec![
        ("mw", format!("{} MW", number(s.site.grid_mw, 0))),
        ("start", tr_with("kp-start", &[("month", month(s.site.start).into())])),
        ("pwr", tr_with("kp-power", &[("price", price(s.site.power_usd_per_kwh, 3).into()), ("date", month(s.site.power_as_of).into())])),
        ("hp", tr_with("kp-hashprice", &[("price", price(s.bitcoin.hashprice_usd_per_ph_day, 2).into()), ("date", month(s.bitcoin.hashprice_as_of).into())])),
    ];
    match s.mode {
        AiMode::Lease => parts.push(("rent", tr_with("kp-lease", &[("price", price(s.lease.usd_per_kw_month, 0).into())]))),
        AiMode::GpuCloud => {
            parts.push(("gph", tr_with("kp-gpu", &[("price", price(s.gpu.usd_per_gpu_hour, 2).into())])));
            parts.push(("gcap", tr_with("kp-gpu-capex", &[("cost", capital(s.gpu.capex_usd_per_gpu).into())])));
        }
    }
    parts.push(("cap", tr_with("kp-capex", &[("cost", capital(s.ai.conversion_capex_musd_per_mw_it * 1e6).into())])));
    let years = s.site.horizon_years;
    parts.push(("yrs", tr_with("kp-contract", &[("years", crate::language::count(years, trimmed(years, 2)))])));
    let f = &s.finance;
    let pct = |v: f64| format!("{}%", trimmed(v, 2));
    if f.one_rate {
        parts.push(("dr", tr_with("rates-one", &[("rate", pct(f.discount_rate_pct).into())])));
    } else {
        let rent = match s.ai.backstopped_pct {
            b if b <= 0.0 => pct(f.own_credit_rate_pct),
            b if b >= 100.0 => pct(f.backstopped_rate_pct),
            _ => format!("{}–{}", pct(f.backstopped_rate_pct.min(f.own_credit_rate_pct)), pct(f.backstopped_rate_pct.max(f.own_credit_rate_pct))),
        };
        parts.push(("rown", tr_with("kp-rates", &[("rent", rent.into()), ("mining", pct(f.mining_rate_pct).into())])));
    }
    parts.push(("tail", text::after_words(s)));
    parts
}

/// The key inputs in one line, conversion capex included: "Key inputs: 100 MW; start Jan 2027;
/// power $0.045/kWh (as of Jul 2025); hashprice $28.68/PH/s/day (as of Jun 2026); lease
/// $136/kW-month of IT; conversion capex $10M per MW of IT; 15-year contract; rent at 7.5%,
/// mining at 15%; 10 years after the contract counted."
pub fn assumptions(s: &Scenario) -> String {
    let parts: Vec<String> = key_parts(s).into_iter().map(|(_, p)| p).collect();
    tr_with("kp-all", &[("parts", parts.join(crate::language::semicolon()).into())])
}

/// The key inputs not among `shown` (the keys of the controls beside them), for an embed's
/// footer: "Other key inputs: start Jan 2027; conversion capex …"; all of them if none is shown,
/// nothing if all are.
pub fn assumptions_beyond(s: &Scenario, shown: &[&str]) -> String {
    if shown.is_empty() {
        return assumptions(s);
    }
    let parts: Vec<String> = key_parts(s).into_iter().filter(|(k, _)| !shown.contains(k)).map(|(_, p)| p).collect();
    if parts.is_empty() {
        return String::new();
    }
    tr_with("kp-others", &[("parts", parts.join(crate::language::semicolon()).into())])
}

/// What the figures count, as a sentence of its own: "Basis: After tax, 70.1% borrowed; rent at
/// 7.5%, mining at 15%; 10 years after the contract counted; contract May 2028 to Apr 2043."
pub fn basis_line(s: &Scenario, r: &Report) -> String {
    tr_with("note-basis", &[("basis", text::basis(s, r).into())])
}

/// Every caution in force, as the page words it: "Caution: …".
pub fn cautions(s: &Scenario, r: &Report) -> Vec<String> {
    r.warnings.iter().map(|w| format!("{} {}", tr("caution"), text::warning(s, r, w))).collect()
}

/// The notes under an exported chart: the verdict, the cautions, the basis, the key inputs, the
/// market data's date with the scenario's link, and the version with where the sources are.
pub fn notes(s: &Scenario, r: &Report, stamp: Stamp) -> Vec<String> {
    let mut notes = vec![tr_with("note-answer", &[("verdict", text::verdict(s, r).into())])];
    notes.extend(cautions(s, r));
    notes.push(basis_line(s, r));
    notes.push(assumptions(s));
    notes.push(tr_with("note-scenario", &[("data", text::market_as_of_brief(stamp.built).into()), ("link", stamp.link.into())]));
    notes.push(tr_with("note-made", &[("version", stamp.version.into()), ("built", stamp.built.into())]));
    notes
}

/// `chart` as a sheet that stands alone: its title, `takeaway` under it, and the [`notes`].
pub fn sheet(chart: Chart, d: &ChartData, takeaway: String, stamp: Stamp) -> Sheet {
    Sheet { title: chart.title(), takeaway, notes: notes(d.s, d.r, stamp) }
}

/// `sheet` drawn as an SVG document, with a `<title>` (the chart's) and a `<desc>` (what it
/// shows, its takeaway and the notes), so it is named and described wherever it is opened.
pub fn svg(chart: Chart, d: &ChartData, sheet: &Sheet) -> Result<String, String> {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, sheet.size()).into_drawing_area();
        draw_sheet(&area, chart, d, sheet, Scale(1.0)).map_err(|e| e.to_string())?;
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(titled(&out, chart, d, sheet))
}

/// `svg`, a sheet drawn by any SVG backend (the page draws through its own), with its
/// `<title>` and its `<desc>`: what the chart shows, its takeaway and the notes.
pub fn titled(svg: &str, chart: Chart, d: &ChartData, sheet: &Sheet) -> String {
    let mut desc = vec![text::describe(chart, d.s, d.r), sheet.takeaway.clone()];
    desc.extend(sheet.notes.iter().cloned());
    with_title(svg, &sheet.title, &desc.join(" "))
}

/// `svg` with `<title>` and `<desc>` as the root element's first children.
pub fn with_title(svg: &str, title: &str, desc: &str) -> String {
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let Some(open) = svg.find("<svg").and_then(|at| svg[at..].find('>').map(|end| at + end + 1)) else { return svg.to_string() };
    format!("{}\n<title>{}</title>\n<desc>{}</desc>{}", &svg[..open], escape(title), escape(desc), &svg[open..])
}

/// What "Copy this sentence" puts on the clipboard: the verdict and its basis, every caution that
/// qualifies it, the key inputs with the market data's date, and the link that reproduces it.
pub fn copied(s: &Scenario, r: &Report, link: &str, built: &str) -> String {
    let mut lines = vec![text::verdict(s, r), text::basis(s, r)];
    lines.extend(cautions(s, r));
    lines.push(format!("{} {}", assumptions(s), text::market_as_of_brief(built)));
    lines.push(link.to_string());
    lines.join("\n")
}

/// Where the defaults come from, the deals' years worked out from the presets' dates (the market
/// data's own date is said beside it): "Defaults from dated, cited figures (deals 2024–26);
/// unsourced values are marked assumptions."
pub fn sourced_line() -> String {
    let years: Vec<i32> = economics::presets::PRESETS
        .iter()
        .filter(|p| p.deal.is_some())
        .filter_map(|p| p.as_of.split_whitespace().last()?.parse().ok())
        .collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a == b => Some(a.to_string()),
        (Some(a), Some(b)) if a / 100 == b / 100 => Some(format!("{a}–{:02}", b % 100)),
        (Some(a), Some(b)) => Some(format!("{a}–{b}")),
        _ => None,
    };
    let deals = span.map(|years| format!("{}{}", crate::language::space(), tr_with("sourced-deals", &[("years", years.into())]))).unwrap_or_default();
    tr_with("sourced", &[("deals", deals.into())])
}

/// Keys of a link that name no input of the scenario (display, pin, locale, language): left out
/// of names.
const NOT_IN_NAMES: [&str; 9] = ["ref", "locale", "lang", "fx", "embed", "charts", "controls", "theme", "locked"];

/// A file's name before its extension: `wattsworth`, the chart's name if any, and the
/// scenario's link parts as `keyvalue` (`wattsworth-cash-mw200-rent140`), only letters, digits,
/// points and hyphens; `defaults` for the defaults. A long link keeps its first parts, then a
/// short fingerprint of the whole, so two scenarios never share a name.
pub fn file_stem(chart: Option<Chart>, query: &str) -> String {
    let safe = |t: &str| t.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')).collect::<String>().to_ascii_lowercase();
    let parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .filter(|(k, _)| !NOT_IN_NAMES.contains(k))
        .map(|(k, v)| safe(&format!("{k}{v}")))
        .filter(|p| !p.is_empty())
        .collect();
    let mut name = String::from("wattsworth");
    if let Some(c) = chart {
        name.push('-');
        name.push_str(c.name());
    }
    if parts.is_empty() {
        return format!("{name}-defaults");
    }
    let mut kept = String::new();
    for (i, part) in parts.iter().enumerate() {
        if kept.len() + part.len() + 1 > 40 {
            let rest = parts[i..].join("&");
            let hash = rest.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193));
            return format!("{name}{kept}-and-{}-more-{:06x}", parts.len() - i, hash & 0xff_ffff);
        }
        kept.push('-');
        kept.push_str(part);
    }
    format!("{name}{kept}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp<'static> {
        Stamp { link: "https://example.org/w/?mw=200", version: "0.1.0", built: "2026-07-01" }
    }

    /// A chart's file carries its takeaway, the verdict, the basis, the key inputs with
    /// conversion capex, the market data's date, the link and every caution.
    #[test]
    fn a_sheet_says_all_it_needs_to_stand_alone() {
        let mut s = Scenario::default();
        s.site.grid_mw = 200.0;
        // A shrinking network, held at twice the fleet: a caution in force.
        s.network.responds = false;
        s.network.fixed_growth_pct_per_yr = -50.0;
        let r = economics::compute(&s).unwrap();
        assert!(!r.warnings.is_empty(), "the scenario carries a caution");
        let d = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: None };
        let take = takeaway(Chart::Cash, &d, None, MapAxes::default());
        assert_eq!(take, text::cumulative_cash(&r));
        let sheet = sheet(Chart::Cash, &d, take.clone(), stamp());
        let all = sheet.notes.join("\n");
        for said in [
            format!("The answer: {}", text::verdict(&s, &r)),
            format!("Basis: {}", text::basis(&s, &r)),
            "conversion capex $10M per MW of IT".to_string(),
            text::market_as_of_brief("2026-07-01"),
            "Scenario: https://example.org/w/?mw=200".into(),
            format!("Caution: {}", text::warning(&s, &r, &r.warnings[0])),
            "Wattsworth 0.1.0 (2026-07-01)".into(),
        ] {
            assert!(all.contains(&said), "{said} in {all}");
        }
        // Each note one sentence, punctuated once.
        assert!(!all.contains(".;") && !all.contains(".."), "{all}");
        let svg = svg(Chart::Cash, &d, &sheet).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains(&format!("<title>{}</title>", Chart::Cash.title())), "{}", &svg[..300]);
        let desc = svg.split("<desc>").nth(1).unwrap().split("</desc>").next().unwrap();
        assert!(desc.contains("Line chart of cumulative cash") && desc.contains("The answer:") && desc.contains("Caution:"), "{desc}");
        assert!(svg.find("<title>").unwrap() < svg.find("<rect").unwrap_or(usize::MAX), "the first children");
        // Every line of the sheet is drawn, none cut off: the sheet is as tall as its notes.
        for line in sheet.note_lines() {
            assert!(svg.contains(&line.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")), "{line}");
        }
    }

    #[test]
    fn takeaways_need_their_analyses() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let mut d = ChartData { s: &s, r: &r, t: None, f: None, mc: None, timing: None, pinned: None };
        assert_eq!(takeaway(Chart::Tornado, &d, None, MapAxes::default()), "");
        let bars = economics::analysis::tornado(&s).unwrap();
        d.t = Some(&bars);
        assert_eq!(takeaway(Chart::Tornado, &d, None, MapAxes::default()), text::takeaway_tornado(&bars));
        let b = economics::analysis::break_evens(&s).unwrap();
        assert!(takeaway(Chart::Map, &d, Some(&b), MapAxes::HashpriceByRate).starts_with("At today's hashprice"));
    }

    #[test]
    fn key_inputs_name_capex_in_either_business() {
        let mut s = Scenario::default();
        let lease = assumptions(&s);
        assert!(lease.starts_with("Key inputs: 100 MW; start Jan 2027; power $") && lease.contains("; lease $") && lease.contains("conversion capex $"), "{lease}");
        let beyond = assumptions_beyond(&s, &crate::query::KEY_CONTROLS);
        assert!(beyond.starts_with("Other key inputs: start Jan 2027; conversion capex $10M per MW of IT;") && !beyond.contains("hashprice"), "{beyond}");
        assert_eq!(assumptions_beyond(&s, &[]), lease);
        s.mode = AiMode::GpuCloud;
        let gpu = assumptions(&s);
        assert!(gpu.contains("GPU cloud $") && gpu.contains("GPU capex $37K per GPU") && gpu.contains("conversion capex $10M per MW of IT"), "{gpu}");
        assert!(gpu.ends_with("15-year contract; rent at 7.5%, mining at 15%; 10 years after the contract counted."), "{gpu}");
    }

    /// The copied sentence carries its caution, the inputs, the data's date and the link.
    #[test]
    fn a_copied_sentence_carries_its_caution() {
        let mut s = Scenario::default();
        s.network.responds = false;
        s.network.fixed_growth_pct_per_yr = -50.0;
        let r = economics::compute(&s).unwrap();
        let text = copied(&s, &r, "https://x.org/?mw=100", "2026-07-01");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], text::verdict(&s, &r));
        assert_eq!(lines[1], text::basis(&s, &r));
        assert!(lines[2].starts_with("Caution: "), "{text}");
        assert!(lines.iter().any(|l| l.starts_with("Key inputs: ") && l.contains("Market data as of")), "{text}");
        assert_eq!(lines.last(), Some(&"https://x.org/?mw=100"));
    }

    #[test]
    fn the_defaults_line_dates_the_deals_from_the_presets() {
        let line = sourced_line();
        assert_eq!(line, "Defaults from dated, cited figures (deals 2024–26); unsourced values are marked assumptions.");
    }

    #[test]
    fn file_names_carry_the_chart_and_the_scenario() {
        assert_eq!(file_stem(Some(Chart::Cash), "mw=200&rent=140"), "wattsworth-cash-mw200-rent140");
        assert_eq!(file_stem(None, ""), "wattsworth-defaults");
        assert_eq!(file_stem(Some(Chart::Map), "ref=mw%3D3&locale=de-DE&map=hp"), "wattsworth-map-maphp");
        assert_eq!(file_stem(None, "mode=gpu&pwr=0.05&hrg=-50&currency=EUR"), "wattsworth-modegpu-pwr0.05-hrg-50-currencyeur");
        assert_eq!(file_stem(None, "x=<script>/../"), "wattsworth-xscript..");
        let long = "mw=475.2&yrs=12&pwr=0.045&hp=40&rent=121.5&cap=9&esc=3&ltc=60";
        let a = file_stem(Some(Chart::Cash), long);
        let b = file_stem(Some(Chart::Cash), &long.replace("ltc=60", "ltc=61"));
        assert!(a.len() <= 80 && a.starts_with("wattsworth-cash-mw475.2-yrs12") && a.contains("-more-"), "{a}");
        assert_ne!(a, b, "a fingerprint tells them apart");
    }
}
