//! The charts of the two paths' cash: their value today built up month by month, cumulative cash
//! not discounted, each year's EBITDA and what is kept of it, and the loan's cover; each chart's
//! takeaway and data table, and what a path's cash counts on each basis.

use economics::{Basis, Report, Scenario};

use crate::format::{cover, money, months};
use super::words::{cash_difference, covenant, month_at, pct, pct_1};
use crate::language::{space, tr, tr_with, Arg};

/// What a path's cash counts on a basis, as the charts and their sentences say it.
pub fn cash_words(b: Basis) -> String {
    tr(match b {
        Basis::PreTax => "cash-pre-tax",
        Basis::AfterTax => "cash-after-tax",
        Basis::Financed => "cash-financed",
    })
}

/// The value chart's takeaway: what the gap between its lines' ends is (the verdict's figure), and
/// what the last month's step is.
pub fn takeaway_value(s: &Scenario, r: &Report) -> String {
    let gap = r.advantage_npv_usd;
    let id = if s.finance.terminal_value { "value-takeaway-after" } else { "value-takeaway" };
    crate::language::tr_with(id, &[("sign", (if gap >= 0.0 { "gain" } else { "loss" }).into()), ("value", money(gap.abs()).into())])
}

/// The value chart's data table: one row a year, each path's value today so far.
pub fn table_value(s: &Scenario, r: &Report) -> Vec<Vec<String>> {
    let so_far = |path: String| tr_with("col-value-so-far", &[("path", path.into())]);
    let mut rows = vec![vec![tr("col-year"), so_far(super::words::staying(s)), so_far(tr("key-converting"))]];
    let n = r.mining.discounted_cumulative_usd.len();
    for (y, i) in (11..n).step_by(12).chain((n % 12 != 0).then_some(n - 1)).enumerate() {
        rows.push(vec![(y + 1).to_string(), money(r.mining.discounted_cumulative_usd[i]), money(r.ai.discounted_cumulative_usd[i])]);
    }
    rows
}

/// The cumulative-cash chart's takeaway: what its two lines show (the owners' cash on the
/// report's basis, not discounted), and whether that survives discounting.
pub fn cumulative_cash(r: &Report) -> String {
    super::words::stopped_once(cash_words_of(r))
}

/// [`cumulative_cash`] before its full stops are tidied.
fn cash_words_of(r: &Report) -> String {
    if r.ai.cumulative_usd == r.mining.cumulative_usd {
        return tr("cash-same");
    }
    let last = |p: &economics::Path| p.cumulative_usd.last().copied().unwrap_or(0.0);
    let end = last(&r.ai) - last(&r.mining);
    let difference = cash_difference(r);
    let discounted = tr(if r.advantage_npv_usd >= 0.0 { "cash-discounted-ahead" } else { "cash-discounted-behind" });
    let cash = cash_words(r.basis);
    if end >= 0.0 {
        let n = difference.len();
        let when = match economics::finance::payback_period(&difference) {
            Some(0) | None => String::new(),
            // Ahead only once the values after the contract come in, in the last month.
            Some(m) if m + 1 == n && ends_counted(r) => {
                let before: f64 = difference[..n - 1].iter().sum();
                tr_with("cash-when-end-values", &[("behind", money(-before).into())])
            }
            Some(m) if m + 1 == n => tr_with("cash-when-last", &[("span", months(n).into())]),
            Some(m) => tr_with("cash-when-after", &[("span", months(m + 1).into())]),
        };
        let ends = tr_with("cash-ai-ends", &[("cash", cash.into()), ("value", money(end).into()), ("when", when.into())]);
        [ends, discounted].join(space())
    } else {
        let ends = tr_with("cash-mining-ends", &[("cash", cash.into()), ("value", money(-end).into())]);
        [ends, discounted].join(space())
    }
}

/// Whether either path's value counts what it is worth after the contract (a lump in its last month).
pub(super) fn ends_counted(r: &Report) -> bool {
    r.ai.terminal_pv_usd != 0.0 || r.mining.terminal_pv_usd != 0.0
}

/// The cumulative-cash chart's data table: one row a year.
pub fn table_cumulative(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec![tr("col-year"), tr("col-mining-cumulative"), tr("col-ai-cumulative")]];
    for (y, i) in (11..r.mining.cumulative_usd.len()).step_by(12).enumerate() {
        rows.push(vec![(y + 1).to_string(), money(r.mining.cumulative_usd[i]), money(r.ai.cumulative_usd[i])]);
    }
    rows
}

/// The annual chart's takeaway: EBITDA per MW in year 5 (or the last) for each path, and what
/// each keeps of it after tax and interest.
pub fn takeaway_annual(r: &Report, grid_mw: f64) -> String {
    let (m, a) = (r.mining.annual(), r.ai.annual());
    let y = a.len().min(m.len()).saturating_sub(1).min(4);
    let per_mw = |p: &[economics::Month], f: fn(&economics::Month) -> f64| money(p.get(y).map_or(0.0, f) / grid_mw);
    let ebitda = tr_with("annual-ebitda", &[("year", (y + 1).to_string().into()), ("ai", per_mw(&a, economics::Month::ebitda_usd).into()), ("mining", per_mw(&m, economics::Month::ebitda_usd).into())]);
    if r.basis == Basis::PreTax {
        return ebitda;
    }
    let kept = tr_with(
        if r.debt.is_some() { "annual-kept-financed" } else { "annual-kept" },
        &[("ai", per_mw(&a, crate::charts::kept_usd).into()), ("mining", per_mw(&m, crate::charts::kept_usd).into())],
    );
    [ebitda, kept].join(space())
}

/// The annual chart's data table.
pub fn table_annual(r: &Report, grid_mw: f64) -> Vec<Vec<String>> {
    let mut rows = vec![vec![
        tr("col-year"), tr("col-mining-revenue-mw"), tr("col-mining-ebitda-mw"), tr("col-mining-tax-mw"), tr("col-ai-revenue-mw"),
        tr("col-ai-ebitda-mw"), tr("col-ai-tax-mw"), tr("col-ai-debt-mw"),
    ]];
    for (i, (m, a)) in r.mining.annual().iter().zip(r.ai.annual()).enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            money(m.revenue_usd / grid_mw),
            money(m.ebitda_usd() / grid_mw),
            money(m.tax_usd / grid_mw),
            money(a.revenue_usd / grid_mw),
            money(a.ebitda_usd() / grid_mw),
            money(a.tax_usd / grid_mw),
            money((a.interest_usd + a.principal_usd) / grid_mw),
        ]);
    }
    rows
}

/// The cover chart's takeaway: whether the AI path can carry its debt, against the covenant.
pub fn takeaway_cover(s: &Scenario, r: &Report) -> String {
    let Some(d) = &r.debt else { return tr("cover-none") };
    let when = ("month", Arg::from(month_at(r, d.min_dscr_month)));
    let covenant = ("cover", Arg::from(covenant(s)));
    if d.borrowed_usd == 0.0 {
        tr_with("cover-no-loan", &[covenant])
    } else if d.sized_to_cover {
        tr_with("cover-sized", &[covenant, ("share", pct_1(d.loan_to_cost_pct).into()), ("asked", pct(s.debt.loan_to_cost_pct).into()), when])
    } else {
        tr_with("cover-above", &[("lowest", cover(d.min_dscr).into()), when, covenant])
    }
}

/// The cover chart's data table: one row a year of repayment.
pub fn table_cover(r: &Report) -> Vec<Vec<String>> {
    let mut rows = vec![vec![tr("col-year"), tr("col-debt-service"), tr("col-lowest-cover"), tr("col-average-cover")]];
    let Some(d) = &r.debt else { return rows };
    for (y, months) in d.dscr.chunks(12).enumerate() {
        let covers: Vec<f64> = months.iter().flatten().copied().collect();
        if covers.is_empty() {
            continue;
        }
        let service: f64 = r.ai.months[y * 12..(y * 12 + 12).min(r.ai.months.len())].iter().map(|m| m.interest_usd + m.principal_usd).sum();
        let low = covers.iter().copied().fold(f64::INFINITY, f64::min);
        let average = covers.iter().sum::<f64>() / covers.len() as f64;
        rows.push(vec![(y + 1).to_string(), money(service), cover(low), cover(average)]);
    }
    rows
}
