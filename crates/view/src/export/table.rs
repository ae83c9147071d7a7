//! The monthly data as one table: a header row, then one row a month (counted from 1, as the
//! page counts), every row as wide as the header, nothing but names and numbers, so pandas, R,
//! Excel and Google Sheets open it as it is. The columns come from the model's `Month` record,
//! one a field (named for what it holds: `borrowed_net_of_fees`), then the sums read off it and
//! each path's running totals; a new field of the model is one more row of [`SERIES`] (a test
//! fails until it has one). What the table is and where it comes from is the notes file's
//! (`datapackage`).

use crate::language::tr;
use economics::{Path, Report};

/// What a series is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money, in the reader's currency (its code ends the column's name).
    Money,
    /// Grid energy, MWh.
    MegawattHours,
}

/// One series of a path, month by month.
pub struct Series {
    /// The column's name between the path's (`ai_`) and the unit's (`_usd`, `_mwh`).
    pub stem: &'static str,
    pub unit: Unit,
    /// What it holds, for the notes file.
    pub description: &'static str,
    /// The field of `economics::Month` it reads, if it is one (the others are sums of them or
    /// the path's running totals).
    pub field: Option<&'static str>,
    pub get: fn(&Path, usize) -> f64,
}

/// Each path's columns, in order: the `Month` fields, the sums read off them, the running totals.
pub const SERIES: &[Series] = &[
    Series { stem: "revenue", unit: Unit::Money, field: Some("revenue_usd"), get: |p, m| p.months[m].revenue_usd,
        description: "Revenue: sales, and for mining the curtailment credits." },
    Series { stem: "power_cost", unit: Unit::Money, field: Some("power_usd"), get: |p, m| p.months[m].power_usd,
        description: "Cost of the grid power drawn." },
    Series { stem: "other_opex", unit: Unit::Money, field: Some("other_opex_usd"), get: |p, m| p.months[m].other_opex_usd,
        description: "Operating costs other than power." },
    Series { stem: "capex_net_of_sales", unit: Unit::Money, field: Some("capex_usd"), get: |p, m| p.months[m].capex_usd,
        description: "Capital spent, net of equipment sold: negative where more is sold than bought (the ASICs sold at cut-over)." },
    Series { stem: "end_value", unit: Unit::Money, field: Some("terminal_usd"), get: |p, m| p.months[m].terminal_usd,
        description: "Value credited at the end of the window (the lease's exit value, ASIC and GPU residuals); zero unless end values are counted." },
    Series { stem: "grid_energy", unit: Unit::MegawattHours, field: Some("energy_mwh"), get: |p, m| p.months[m].energy_mwh,
        description: "Grid energy drawn." },
    Series { stem: "tax_paid", unit: Unit::Money, field: Some("tax_usd"), get: |p, m| p.months[m].tax_usd,
        description: "Income tax paid; zero on the before-tax basis." },
    Series { stem: "borrowed_net_of_fees", unit: Unit::Money, field: Some("borrowed_usd"), get: |p, m| p.months[m].borrowed_usd,
        description: "Loan proceeds received, net of fees and issue discount (the notes give the gross amount borrowed); financed basis only." },
    Series { stem: "interest_paid", unit: Unit::Money, field: Some("interest_usd"), get: |p, m| p.months[m].interest_usd,
        description: "Interest paid in cash (interest added to the loan is not paid)." },
    Series { stem: "principal_repaid", unit: Unit::Money, field: Some("principal_usd"), get: |p, m| p.months[m].principal_usd,
        description: "Loan principal repaid." },
    Series { stem: "debt_reserve_flow", unit: Unit::Money, field: Some("reserve_usd"), get: |p, m| p.months[m].reserve_usd,
        description: "Debt-service reserve: negative when funded, positive when returned." },
    Series { stem: "ebitda", unit: Unit::Money, field: None, get: |p, m| p.months[m].ebitda_usd(),
        description: "EBITDA: revenue less power cost and other opex." },
    Series { stem: "project_cash", unit: Unit::Money, field: None, get: |p, m| p.months[m].project_cash_usd(),
        description: "Cash before tax and debt: EBITDA less capex, plus any end value." },
    Series { stem: "loan_net_flow", unit: Unit::Money, field: None, get: |p, m| p.months[m].debt_cash_usd(),
        description: "The loan's net flow to the owners: borrowed (net of fees) less interest and principal, plus the reserve's flow." },
    Series { stem: "owners_cash", unit: Unit::Money, field: None, get: |p, m| p.months[m].net_cash_usd(),
        description: "The owners' cash on the scenario's basis: project cash less tax, plus the loan's net flow." },
    Series { stem: "cumulative_owners_cash", unit: Unit::Money, field: None, get: |p, m| p.cumulative_usd[m],
        description: "The owners' cash summed from the first month, not discounted." },
    Series { stem: "discounted_cumulative_owners_cash", unit: Unit::Money, field: None, get: |p, m| p.discounted_cumulative_usd[m],
        description: "The owners' cash discounted to the start and summed: its last value is the path's NPV." },
];

/// The type of a column, as Frictionless Data names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Integer,
    /// `YYYY-MM`.
    YearMonth,
    Number,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Integer => "integer",
            Kind::YearMonth => "yearmonth",
            Kind::Number => "number",
        }
    }
}

/// One column of the table as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub name: String,
    pub kind: Kind,
    /// Its unit: a currency's code, `MWh`, or what the number counts.
    pub unit: String,
    pub description: String,
}

/// The paths, by the prefix of their columns and their name in words.
const PATHS: [(&str, &str); 2] = [("mining", "dp-path-mining"), ("ai", "dp-path-ai")];

/// The table's columns, in order: month and date, then mining's series and the AI path's; with a
/// pinned scenario, its date and both of its paths again, `pinned_` before each name.
pub fn columns(pinned: bool) -> Vec<Column> {
    let code = crate::format::locale().currency.code;
    let column = |name: String, kind, unit: &str, description: String| Column { name, kind, unit: unit.into(), description };
    let mut out = vec![
        column("month".into(), Kind::Integer, "month", tr("dp-month")),
        column("date".into(), Kind::YearMonth, "calendar month", tr("dp-date")),
    ];
    let pinned_words = format!("{} ", tr("dp-pinned-prefix"));
    let scenarios: Vec<(&str, &str)> = if pinned { vec![("", ""), ("pinned_", pinned_words.as_str())] } else { vec![("", "")] };
    for (prefix, said) in scenarios {
        if !prefix.is_empty() {
            out.push(column(format!("{prefix}date"), Kind::YearMonth, "calendar month", tr("dp-pinned-date")));
        }
        for (path, words) in PATHS {
            for s in SERIES {
                let (suffix, unit) = match s.unit {
                    Unit::Money => (code.to_ascii_lowercase(), code),
                    Unit::MegawattHours => ("mwh".into(), "MWh"),
                };
                let what = crate::language::tr_or(&format!("dp-{}", s.stem.replace('_', "-")), s.description);
                let description = format!("{said}{}: {what}", tr(words));
                out.push(column(format!("{prefix}{path}_{}_{suffix}", s.stem), Kind::Number, unit, description));
            }
        }
    }
    out
}

/// A cell: two decimals with a point (any tool reads it), empty where there is no figure.
fn cell(out: &mut String, value: Option<f64>) {
    out.push(',');
    if let Some(v) = value.filter(|v| v.is_finite()) {
        let text = format!("{v:.2}");
        out.push_str(if text == "-0.00" { "0.00" } else { &text });
    }
}

/// The CSV (RFC 4180, though no field needs quoting): the header of [`columns`], then one row a
/// month to the end of the longer window; past a window's end its cells are empty. Money is in
/// the reader's currency, at the rate the notes give.
pub fn csv(r: &Report, pinned: Option<&Report>) -> String {
    let header: Vec<String> = columns(pinned.is_some()).into_iter().map(|c| c.name).collect();
    let mut out = header.join(",");
    out.push('\n');
    let months = r.mining.months.len().max(pinned.map_or(0, |p| p.mining.months.len()));
    let paths = |out: &mut String, r: &Report, m: usize| {
        for path in [&r.mining, &r.ai] {
            let here = m < path.months.len() && m < path.cumulative_usd.len() && m < path.discounted_cumulative_usd.len();
            for s in SERIES {
                let value = here.then(|| (s.get)(path, m));
                cell(out, value.map(|v| if s.unit == Unit::Money { crate::format::to_local(v) } else { v }));
            }
        }
    };
    let date = |r: &Report, m: usize| r.calendar.get(m).map(|d| d.to_string()).unwrap_or_default();
    for m in 0..months {
        out.push_str(&format!("{},{}", m + 1, date(r, m)));
        paths(&mut out, r, m);
        if let Some(p) = pinned {
            out.push(',');
            out.push_str(&date(p, m));
            paths(&mut out, p, m);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use economics::Scenario;

    /// The file's records as a real CSV reader (RFC 4180) reads them, header first.
    pub(crate) fn records(text: &str) -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        reader.records().map(|r| r.expect("a valid CSV record").iter().map(str::to_string).collect()).collect()
    }

    /// The fields of `economics::Month`, read from its `Debug` form (no serde at hand here).
    fn month_fields() -> Vec<String> {
        let debug = format!("{:?}", economics::Month::default());
        let body = debug.split_once('{').unwrap().1.trim_end_matches('}');
        body.split(',').filter_map(|p| p.split_once(':')).map(|(k, _)| k.trim().to_string()).collect()
    }

    /// A new field of the model's month is a column of its own, with a name and a description.
    #[test]
    fn every_field_of_the_models_month_is_a_column() {
        let mut fields = month_fields();
        let mut taken: Vec<String> = SERIES.iter().filter_map(|s| s.field.map(String::from)).collect();
        fields.sort();
        taken.sort();
        assert_eq!(fields, taken, "every Month field, once");
        let mut stems: Vec<&str> = SERIES.iter().map(|s| s.stem).collect();
        stems.dedup();
        assert_eq!(stems.len(), SERIES.len(), "names differ");
        assert!(SERIES.iter().all(|s| s.description.ends_with('.') && s.stem.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
    }

    /// One table: one header, every row as wide, a month counted from 1, numbers with a point;
    /// its totals are the report's.
    #[test]
    fn the_csv_is_one_rectangular_table() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let text = csv(&r, None);
        let rows = records(&text);
        let header = &rows[0];
        assert_eq!(header, &columns(false).into_iter().map(|c| c.name).collect::<Vec<_>>());
        assert_eq!(header.len(), 2 + 2 * SERIES.len());
        assert!(rows.iter().all(|r| r.len() == header.len()), "rectangular");
        assert_eq!(rows.len() - 1, r.mining.months.len());
        assert_eq!((rows[1][0].as_str(), rows[1][1].as_str()), ("1", s.site.start.to_string().as_str()));
        assert_eq!(rows.last().unwrap()[0], r.mining.months.len().to_string());
        assert!(rows[1..].iter().all(|r| r[2..].iter().all(|c| c.parse::<f64>().is_ok() && !c.contains(','))));
        let col = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name}"));
        let last = rows.last().unwrap();
        let at = |name: &str| last[col(name)].parse::<f64>().unwrap();
        assert!((at("mining_discounted_cumulative_owners_cash_usd") - r.mining.npv_usd).abs() < 0.01);
        assert!((at("ai_discounted_cumulative_owners_cash_usd") - r.ai.npv_usd).abs() < 0.01);
        // Each month's owners' cash is the project's cash less tax, plus the loan's net flow.
        let mut borrowed = 0.0;
        for row in &rows[1..] {
            let v = |name: &str| row[col(name)].parse::<f64>().unwrap();
            let owners = v("ai_project_cash_usd") - v("ai_tax_paid_usd") + v("ai_borrowed_net_of_fees_usd") - v("ai_interest_paid_usd")
                - v("ai_principal_repaid_usd") + v("ai_debt_reserve_flow_usd");
            assert!((owners - v("ai_owners_cash_usd")).abs() < 0.05, "{owners} vs {}", v("ai_owners_cash_usd"));
            borrowed += v("ai_borrowed_net_of_fees_usd");
        }
        // What the column sums to is what its name says: net of fees, below the gross amount.
        let d = r.debt.as_ref().unwrap();
        assert!(borrowed > 0.0 && borrowed < d.borrowed_usd, "{borrowed} net of fees against {} gross", d.borrowed_usd);
    }

    /// In euros the money columns are converted and named so; a pinned scenario adds its date
    /// and its paths, and rows run to the longer window with the shorter one's cells empty.
    #[test]
    fn another_currency_and_a_pinned_scenario() {
        use crate::format::{set_locale, Currency, Locale};
        set_locale(Locale { decimal: ',', group: '.', currency: Currency::by_code("EUR").unwrap(), per_usd: 0.5, symbol: "€".into(), ..Locale::default() });
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        let mut p = Scenario::default();
        p.site.horizon_years = 18.0;
        p.site.start = economics::YearMonth::parse("2028-03").unwrap();
        let pr = economics::compute(&p).unwrap();
        let text = csv(&r, Some(&pr));
        let names: Vec<String> = columns(true).into_iter().map(|c| c.name).collect();
        set_locale(Locale::default());
        let rows = records(&text);
        assert_eq!(rows[0], names);
        assert!(names.contains(&"mining_owners_cash_eur".to_string()) && names.contains(&"pinned_ai_cumulative_owners_cash_eur".to_string()));
        assert!(names.contains(&"ai_grid_energy_mwh".to_string()) && names.contains(&"pinned_date".to_string()));
        assert!(rows.iter().all(|row| row.len() == names.len()));
        assert_eq!(rows.len() - 1, pr.mining.months.len().max(r.mining.months.len()));
        let col = |name: &str| names.iter().position(|h| h == name).unwrap();
        let last_live = &rows[r.mining.months.len()];
        let npv: f64 = last_live[col("mining_discounted_cumulative_owners_cash_eur")].parse().unwrap();
        assert!((npv - 0.5 * r.mining.npv_usd).abs() < 0.01);
        assert_eq!(rows[1][col("pinned_date")], "2028-03");
        let beyond = rows.last().unwrap();
        assert!(beyond[col("mining_revenue_eur")].is_empty() && beyond[col("date")].is_empty());
        assert!(!beyond[col("pinned_mining_revenue_eur")].is_empty());
    }
}
