//! Files for data desks: the monthly series of both paths as CSV, with the inputs, their sources
//! and the scenario's link in a header block; and the HTML snippet that embeds the calculator.

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

/// The CSV: `#` lines with the version, link, inputs and sources, then one row per month.
pub fn csv(s: &Scenario, r: &Report, version: &str, link: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("# Wattsworth {version}: one site, keep mining vs convert to AI, monthly, US dollars\n"));
    out.push_str(&format!("# Scenario link: {link}\n"));
    let mode = match s.mode {
        economics::AiMode::Lease => "lease",
        economics::AiMode::GpuCloud => "GPU cloud",
    };
    out.push_str(&format!("# AI mode: {mode}; start {}\n", s.site.start));
    out.push_str(&format!(
        "# Mining NPV {:.0}; AI NPV {:.0}; end-of-window values {}; formulas: docs/methodology.md\n",
        r.mining.npv_usd, r.ai.npv_usd, if s.finance.terminal_value { "counted" } else { "not counted" }
    ));
    for w in &r.warnings {
        out.push_str(&format!("# Warning ({}): {}\n", w.code, w.message));
    }
    out.push_str("# input,key,value,unit,source\n");
    for p in PARAMS {
        out.push_str(&format!("# {},{},{},{},{}\n", field(p.label), p.key, (p.get)(s), field(p.unit), field(&p.cite.line())));
    }
    for t in TOGGLES {
        out.push_str(&format!("# {},{},{},switch,{}\n", field(t.label), t.key, u8::from((t.get)(s)), field(&t.cite.line())));
    }
    for d in DATES {
        let label = economics::params::Param::by_key(d.param).map_or(d.param, |p| p.label);
        out.push_str(&format!("# {} as of,{},{},month,date of the market figure\n", field(label), d.key, (d.get)(s)));
    }
    out.push_str("month,date");
    for path in ["mining", "ai"] {
        for name in SERIES {
            out.push_str(&format!(",{path}_{name}"));
        }
    }
    out.push('\n');
    for m in 0..r.mining.months.len() {
        out.push_str(&format!("{m},{}", r.calendar[m]));
        for value in row_of(&r.mining, m).into_iter().chain(row_of(&r.ai, m)) {
            out.push_str(&format!(",{value:.2}"));
        }
        out.push('\n');
    }
    out
}

/// The one-line summary of the key assumptions, for embeds and image captions.
pub fn assumptions(s: &Scenario) -> String {
    use crate::format::number;
    let rate = match s.mode {
        economics::AiMode::Lease => format!("lease ${}/kW-month of IT", number(s.lease.usd_per_kw_month, 0)),
        economics::AiMode::GpuCloud => format!("GPU cloud ${}/GPU-hour", number(s.gpu.usd_per_gpu_hour, 2)),
    };
    format!(
        "Assumptions: {} MW from {}, power ${}/kWh, hashprice ${}/PH/s/day (as of {}), {rate}, {}-year contract, {}% discount rate.",
        number(s.site.grid_mw, 0), s.site.start, number(s.site.power_usd_per_kwh, 3),
        number(s.bitcoin.hashprice_usd_per_ph_day, 2), s.bitcoin.hashprice_as_of, crate::format::trimmed(s.site.horizon_years, 2),
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
        let text = csv(&s, &r, "0.1.0", "https://example.org/?mw=100");
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
