//! Files for data desks: the monthly series of both paths as CSV (and of a pinned scenario's),
//! in the reader's currency, with the inputs, their sources and the link in a header block; and the HTML snippet that embeds the calculator.

use economics::params::{DATES, PARAMS, TOGGLES};
use economics::{Path, Report, Scenario};

/// Quotes a CSV field when it needs it (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

const SERIES: [&str; 10] = [
    "revenue_usd", "power_usd", "other_opex_usd", "capex_usd", "terminal_usd", "ebitda_usd", "net_cash_usd",
    "cumulative_usd", "discounted_cumulative_usd", "energy_mwh",
];

fn row_of(path: &Path, m: usize) -> [f64; 10] {
    let month = &path.months[m];
    [
        month.revenue_usd, month.power_usd, month.other_opex_usd, month.capex_usd, month.terminal_usd, month.ebitda_usd(),
        month.net_cash_usd(), path.cumulative_usd[m], path.discounted_cumulative_usd[m], month.energy_mwh,
    ]
}

/// The CSV: `#` lines with the version, link, currency, inputs and sources, then one row per
/// month. Money is in the reader's currency (its code ends each column name, and a `#` line gives
/// the rate); numbers use a point for decimals so any tool reads them. With a pinned scenario,
/// its inputs and both of its paths follow as `pinned_` columns.
pub fn csv(s: &Scenario, r: &Report, version: &str, link: &str, pinned: Option<(&Scenario, &Report)>) -> String {
    use crate::format::{locale, number, to_local};
    let l = locale();
    let code = l.currency.code.to_ascii_lowercase();
    let mut out = String::new();
    out.push_str(&format!("# Wattsworth {version}: one site, keep mining vs convert to AI, monthly, in {}\n", l.currency.code));
    out.push_str(&format!("# Scenario link: {link}\n"));
    if l.currency.code == "USD" {
        out.push_str("# Money: US dollars, as the model computes it. Numbers below use a point for decimals.\n");
    } else {
        out.push_str(&format!(
            "# Money: {} at {} per US dollar ({}); the model computes in US dollars. Numbers below use a point for decimals.\n",
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
        out.push_str(&format!("# {who}AI mode: {mode}; start {}\n", s.site.start));
        out.push_str(&format!(
            "# {who}Mining NPV {:.0}; AI NPV {:.0} ({}); end-of-window values {}; formulas: docs/methodology.md\n",
            to_local(r.mining.npv_usd), to_local(r.ai.npv_usd), l.currency.code,
            if s.finance.terminal_value { "counted" } else { "not counted" }
        ));
        for w in &r.warnings {
            out.push_str(&format!("# {who}Warning ({}): {}\n", w.code, w.message));
        }
    }
    let header = if pinned.is_some() { "# input,key,value,unit,source,pinned value\n" } else { "# input,key,value,unit,source\n" };
    out.push_str(header);
    let both = |get: &dyn Fn(&Scenario) -> String| match pinned {
        Some((p, _)) => format!(",{}", get(p)),
        None => String::new(),
    };
    for p in PARAMS {
        // Inputs stay as the model takes them (US dollars), so the link and this file agree.
        out.push_str(&format!("# {},{},{},{},{}{}\n", field(p.label), p.key, (p.get)(s), field(p.unit), field(&p.cite.line()), both(&|x| (p.get)(x).to_string())));
    }
    for t in TOGGLES {
        out.push_str(&format!("# {},{},{},switch,{}{}\n", field(t.label), t.key, u8::from((t.get)(s)), field(&t.cite.line()), both(&|x| u8::from((t.get)(x)).to_string())));
    }
    for date in DATES {
        let label = economics::params::Param::by_key(date.param).map_or(date.param, |p| p.label);
        out.push_str(&format!("# {} as of,{},{},month,date of the market figure{}\n", field(label), date.key, (date.get)(s), both(&|x| (date.get)(x).to_string())));
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

    #[test]
    fn csv_has_inputs_and_one_row_a_month() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let text = csv(&s, &r, "0.1.0", "https://example.org/?mw=100", None);
        let header = text.lines().find(|l| l.starts_with("month,")).unwrap();
        assert_eq!(header.split(',').count(), 2 + 2 * SERIES.len());
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.starts_with("month,")).collect();
        assert_eq!(rows.len(), r.mining.months.len());
        assert!(text.contains("# Hashprice,hp,28.68,$/PH/s/day,\"hashprice ~$28.68 (S4, 26 Jun 2026)\""), "{text}");
        assert!(text.contains("# Hashprice as of,hpd,2026-06,month,"), "{text}");
        assert!(text.contains("# Count end-of-window values,tv,0,switch,"), "{text}");
        // The last discounted cumulative of each path is its NPV.
        let last: Vec<f64> = rows.last().unwrap().split(',').skip(2).map(|v| v.parse().unwrap()).collect();
        assert!((last[8] - r.mining.npv_usd).abs() < 0.01);
        assert!((last[SERIES.len() + 8] - r.ai.npv_usd).abs() < 0.01);
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
        p.site.horizon_years = 15.0;
        let pr = economics::compute(&p).unwrap();
        let text = csv(&s, &r, "0.1.0", "x", Some((&p, &pr)));
        set_locale(Locale::default());
        assert!(text.contains("# Money: EUR at 0,5 per US dollar (the reader's rate)"), "{text}");
        let header: Vec<&str> = text.lines().find(|l| l.starts_with("month,")).unwrap().split(',').collect();
        assert_eq!(header.len(), 2 + 4 * SERIES.len());
        assert!(header.contains(&"mining_net_cash_eur") && header.contains(&"pinned_ai_cumulative_eur"));
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.starts_with("month,")).collect();
        assert_eq!(rows.len(), pr.mining.months.len());
        let first: Vec<&str> = rows[0].split(',').collect();
        let npv = |row: &[&str], at: usize| row[2 + at].parse::<f64>().unwrap();
        let last: Vec<&str> = rows[r.mining.months.len() - 1].split(',').collect();
        assert!((npv(&last, 8) - 0.5 * r.mining.npv_usd).abs() < 0.01);
        assert_eq!(first.len(), header.len());
        // Past the live window, its cells are empty and the pinned ones go on.
        let beyond: Vec<&str> = rows.last().unwrap().split(',').collect();
        assert!(beyond[2].is_empty() && !beyond[2 + 2 * SERIES.len()].is_empty());
        assert!(text.contains("# Contract length,yrs,12,years,") && text.contains(",15\n"), "{text}");
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
}
