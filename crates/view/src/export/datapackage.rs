//! The notes beside the data: a Frictionless Data package descriptor (`datapackage.json`) that
//! names the CSV and describes every column with its type, unit and meaning, and carries what
//! the table itself leaves out: the verdict, the basis, the money's currency and rate, the
//! market data's dates, every caution, the headline figures, every input with its value and
//! source, and the scenario's link. Tools that read Frictionless Data check the table against
//! it; a reader can open it in any text editor.

use crate::language::{tr, tr_with};
use economics::params::{Param, DATES, PARAMS, TOGGLES};
use economics::{Report, Scenario};

use super::caption::{basis_line, Stamp};
use super::json::Json;
use super::table::columns;
use crate::text;

/// The schema's fields, one per column of the CSV, in order.
fn fields(pinned: bool) -> Json {
    Json::Arr(
        columns(pinned)
            .into_iter()
            .map(|c| {
                Json::obj([
                    ("name", Json::Str(c.name)),
                    ("type", Json::str(c.kind.name())),
                    ("description", Json::Str(c.description)),
                    ("unit", Json::Str(c.unit)),
                ])
            })
            .collect(),
    )
}

/// The headline figures of one scenario, in US dollars as the model computes them.
fn figures(r: &Report) -> Json {
    let num = Json::Num;
    let b = &r.by_basis;
    let mut out = vec![
        ("mining_npv_usd", num(r.mining.npv_usd)),
        ("ai_npv_usd", num(r.ai.npv_usd)),
        ("advantage_npv_usd", num(r.advantage_npv_usd)),
        ("advantage_npv_before_tax_no_debt_usd", num(b.pre_tax.advantage_npv_usd)),
        ("advantage_npv_after_tax_no_debt_usd", num(b.after_tax.advantage_npv_usd)),
        ("advantage_npv_after_tax_and_debt_usd", num(b.financed.advantage_npv_usd)),
        ("advantage_npv_end_values_the_other_way_usd", num(r.advantage_other_npv_usd)),
    ];
    if let Some(d) = &r.debt {
        out.push((
            "debt",
            Json::obj([
                ("borrowed_gross_usd", num(d.borrowed_usd)),
                ("loan_to_cost_pct", num(d.loan_to_cost_pct)),
                ("sized_to_cover", Json::Bool(d.sized_to_cover)),
                ("lowest_dscr", num(d.min_dscr)),
                ("lowest_dscr_month", num(d.min_dscr_month as f64 + 1.0)),
                ("average_dscr", num(d.average_dscr)),
                ("equity_npv_at_cost_of_equity_usd", num(d.equity_npv_at_cost_usd)),
            ]),
        ));
    }
    Json::obj(out)
}

/// One scenario's words: its verdict, basis and cautions.
fn said(s: &Scenario, r: &Report) -> Vec<(&'static str, Json)> {
    vec![
        ("verdict", Json::Str(text::verdict(s, r))),
        ("basis", Json::Str(text::basis(s, r))),
        ("end_values_counted", Json::Bool(s.finance.terminal_value)),
        ("start", Json::Str(s.site.start.to_string())),
        (
            "cautions",
            Json::Arr(r.warnings.iter().map(|w| Json::obj([("code", Json::str(w.code.clone())), ("message", Json::Str(text::warning(s, r, w)))])).collect()),
        ),
        ("figures", figures(r)),
    ]
}

/// Every input: its key (as in the link), label, value as the model takes it (US dollars), unit
/// and source; with a pinned scenario, its value too.
fn inputs(s: &Scenario, pinned: Option<&Scenario>) -> Json {
    let row = |key: &str, label: String, unit: &str, source: String, value: Json, pinned_value: Option<Json>| {
        let mut pairs = vec![("key", Json::str(key)), ("label", Json::Str(label)), ("value", value), ("unit", Json::str(unit)), ("source", Json::Str(source))];
        pairs.extend(pinned_value.map(|v| ("pinned_value", v)));
        Json::obj(pairs)
    };
    let mut rows: Vec<Json> = PARAMS
        .iter()
        .map(|p| row(p.key, crate::language::label(p), p.unit, p.cite.line(), Json::Num((p.get)(s)), pinned.map(|x| Json::Num((p.get)(x)))))
        .collect();
    rows.extend(TOGGLES.iter().map(|t| row(t.key, crate::language::toggle_label(t), "switch", t.cite.line(), Json::Bool((t.get)(s)), pinned.map(|x| Json::Bool((t.get)(x))))));
    rows.extend(DATES.iter().map(|d| {
        let label = Param::by_key(d.param).map_or_else(|| d.param.to_string(), crate::language::label);
        let date = |x: &Scenario| Json::Str((d.get)(x).to_string());
        row(d.key, tr_with("dp-as-of", &[("label", label.into())]), "month", tr("dp-date-of-figure"), date(s), pinned.map(date))
    }));
    rows.push(row("start", tr("dp-start"), "month", tr("dp-first-month"), Json::Str(s.site.start.to_string()), pinned.map(|x| Json::Str(x.site.start.to_string()))));
    Json::Arr(rows)
}

/// The descriptor of the data package: the CSV `{stem}.csv` ([`super::csv`]) and the notes.
pub fn datapackage(s: &Scenario, r: &Report, pinned: Option<(&Scenario, &Report)>, stamp: Stamp, stem: &str) -> String {
    let l = crate::format::locale();
    let code = l.currency.code;
    let rate = if code == "USD" {
        tr("dp-money-usd")
    } else {
        let whose = if l.per_usd == l.currency.per_usd { crate::format::RATES_NOTE.to_string() } else { tr("dp-readers-rate") };
        tr_with("dp-money", &[("code", code.into()), ("rate", l.per_usd.to_string().into()), ("whose", whose.into())])
    };
    let market = text::market_as_of(stamp.built);
    let mut description = vec![text::verdict(s, r)];
    description.extend(super::caption::cautions(s, r));
    description.push(basis_line(s, r));
    description.push(rate.clone());
    description.push(market.clone());
    description.push(tr("dp-rows"));
    if pinned.is_some() {
        description.push(tr("dp-pinned"));
    }
    description.push(tr_with("dp-scenario", &[("link", stamp.link.into())]));
    let methodology = format!("{}#methodology", super::page_address(stamp.link));
    let mut sources = vec![Json::obj([("title", Json::Str(tr("dp-methodology"))), ("path", Json::Str(methodology))])];
    sources.extend(economics::data::ALL.iter().map(|d| Json::obj([("title", Json::Str(format!("Market data, {} as of {}: {}", d.key, d.as_of, d.sources)))])));
    let mut notes = vec![("scenario", Json::str(stamp.link)), ("currency", Json::str(code)), ("per_usd", Json::Num(l.per_usd)), ("money", Json::Str(rate)), ("market_data", Json::Str(market))];
    notes.extend(said(s, r));
    notes.push(("inputs", inputs(s, pinned.map(|(p, _)| p))));
    if let Some((p, pr)) = pinned {
        notes.push(("pinned", Json::obj(said(p, pr))));
    }
    let resource = Json::obj([
        ("name", Json::str(stem)),
        ("path", Json::Str(format!("{stem}.csv"))),
        ("profile", Json::str("tabular-data-resource")),
        ("title", Json::Str(tr("dp-table-title"))),
        ("format", Json::str("csv")),
        ("mediatype", Json::str("text/csv")),
        ("encoding", Json::str("utf-8")),
        ("schema", Json::obj([("fields", fields(pinned.is_some())), ("missingValues", Json::Arr(vec![Json::str("")]))])),
    ]);
    Json::obj([
        ("profile", Json::str("tabular-data-package")),
        ("name", Json::str(stem)),
        ("title", Json::Str(tr_with("dp-title", &[("version", stamp.version.into())]))),
        ("description", Json::Str(description.join("\n\n"))),
        ("version", Json::str(stamp.version)),
        ("homepage", Json::str(stamp.link)),
        ("sources", Json::Arr(sources)),
        ("resources", Json::Arr(vec![resource])),
        ("wattsworth", Json::obj(notes)),
    ])
    .pretty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp() -> Stamp<'static> {
        Stamp { link: "https://example.org/w/?mw=200", version: "0.1.0", built: "2026-07-01" }
    }

    /// The descriptor lists exactly the CSV's columns, in order, each with a type, a unit and a
    /// description; it names the CSV and carries the notes the table leaves out.
    #[test]
    fn the_datapackage_describes_exactly_the_csvs_columns() {
        // A shrinking network, held at twice the fleet: a caution to carry.
        let mut s = Scenario::default();
        s.network.responds = false;
        s.network.fixed_growth_pct_per_yr = -50.0;
        let r = economics::compute(&s).unwrap();
        let p = Scenario { mode: economics::AiMode::GpuCloud, ..Scenario::default() };
        let pr = economics::compute(&p).unwrap();
        for pinned in [None, Some((&p, &pr))] {
            let csv = super::super::csv(&r, pinned.map(|(_, r)| r));
            let header: Vec<String> = csv.lines().next().unwrap().split(',').map(String::from).collect();
            let json: serde_json::Value = serde_json::from_str(&datapackage(&s, &r, pinned, stamp(), "wattsworth-mw200")).unwrap();
            let resource = &json["resources"][0];
            assert_eq!(resource["path"], "wattsworth-mw200.csv");
            let fields = resource["schema"]["fields"].as_array().unwrap();
            let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
            assert_eq!(names, header);
            for f in fields {
                assert!(["integer", "yearmonth", "number"].contains(&f["type"].as_str().unwrap()), "{f}");
                assert!(!f["unit"].as_str().unwrap().is_empty() && f["description"].as_str().unwrap().ends_with('.'), "{f}");
            }
            let notes = &json["wattsworth"];
            assert_eq!(notes["scenario"], "https://example.org/w/?mw=200");
            assert_eq!(notes["verdict"], text::verdict(&s, &r));
            assert!(notes["cautions"][0]["message"].as_str().unwrap().len() > 20);
            assert_eq!(notes["inputs"].as_array().unwrap().len(), PARAMS.len() + TOGGLES.len() + DATES.len() + 1);
            let gross = notes["figures"]["debt"]["borrowed_gross_usd"].as_f64().unwrap();
            assert!((gross - r.debt.as_ref().unwrap().borrowed_usd).abs() < 1.0);
            assert!(json["description"].as_str().unwrap().contains("Market data as of"));
            assert_eq!(notes["pinned"].is_object(), pinned.is_some());
            if pinned.is_some() {
                assert!(notes["inputs"][0]["pinned_value"].is_number());
            }
        }
    }
}
