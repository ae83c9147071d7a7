//! Each chart described for readers who cannot see it: the kind of picture, its measure and
//! unit, and the range of its data.

use economics::{Report, Scenario};

use crate::format::{cover, money, month, months, number};
use super::cash::cash_words;
use super::words::{business, covenant, month_at};

/// What a chart shows, for readers who cannot see it: the kind of picture, its measure and
/// unit, and the range of its data. The page follows it with the chart's takeaway.
pub fn describe(chart: crate::Chart, s: &Scenario, r: &Report) -> String {
    use crate::Chart;
    let range = |xs: &[f64]| {
        let (lo, hi) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        if lo.is_finite() { format!("from {} to {}", money(lo), money(hi)) } else { "with no data".into() }
    };
    let n = r.mining.months.len();
    let ai = business(s.mode);
    match chart {
        Chart::Value => crate::language::tr_with(
            "value-describe",
            &[("span", months(n).into()), ("start", month(s.site.start).into()), ("mining", money(r.mining.npv_usd).into()), ("converting", money(r.ai.npv_usd).into())],
        ),
        Chart::Cash => format!(
            "Line chart of cumulative {}, not discounted, month by month for {} from {}: mining {}, {ai} {}.",
            cash_words(r.basis), months(n), month(s.site.start), range(&r.mining.cumulative_usd), range(&r.ai.cumulative_usd)
        ),
        Chart::Annual => {
            let per_mw = |p: &economics::Path| p.annual().iter().map(|y| y.ebitda_usd() / s.site.grid_mw).collect::<Vec<_>>();
            format!(
                "Chart of EBITDA per MW of grid power for each year of the window: mining {}, {ai} {}.",
                range(&per_mw(&r.mining)), range(&per_mw(&r.ai))
            )
        }
        Chart::Cover => match &r.debt {
            Some(d) => format!(
                "Line chart of the AI path's cash available for debt service over its debt service, month by month from {} to {}: lowest {}, average {}, against a dashed covenant of {}.",
                month_at(r, d.repay_from),
                month_at(r, d.repay_until.saturating_sub(1)),
                cover(d.min_dscr), cover(d.average_dscr), covenant(s)
            ),
            None => "No chart of debt-service cover: nothing is borrowed in this scenario.".into(),
        },
        Chart::Kwh => {
            let k = r.per_kwh;
            format!(
                "Horizontal bars of gross revenue per kWh of grid capacity: mining {}, AI lease {}, GPU cloud {}, with a mark at 25 times mining.",
                crate::format::price(k.mining_grid_usd, 3), crate::format::price(k.lease_grid_usd, 3), crate::format::price(k.gpu_grid_usd, 3)
            )
        }
        Chart::Tornado => "Horizontal bars, largest first: how far the AI advantage moves when one input goes from its low to its high value, the others held.".into(),
        Chart::Map => "Heat map of the AI advantage over two inputs (conversion capex or hashprice across, the AI rate up), one colour where converting wins and another where mining wins, with a line at break-even and a mark at today's values.".into(),
        Chart::Fan => format!(
            "Bands of mining's cumulative cash across {} simulated paths of bitcoin price and hashrate (5th to 95th and 25th to 75th percentiles, with the median as a line), against the AI path's line.",
            number(crate::charts::FAN_PATHS as f64, 0)
        ),
        Chart::When => "Line chart of the AI advantage for each month the conversion could start, from now to ten years out (each start valued over its own window: mining until then, the conversion, the whole contract), with a dot at the best start.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_is_described_with_its_figures() {
        let s = Scenario::default();
        let r = economics::compute(&s).unwrap();
        for chart in crate::Chart::ALL {
            let d = describe(chart, &s, &r);
            assert!(d.len() > 60 && d.ends_with('.') && !d.contains("NaN") && !d.contains("inf"), "{chart:?}: {d}");
        }
        let cash = describe(crate::Chart::Cash, &s, &r);
        let low = r.ai.cumulative_usd.iter().copied().fold(f64::INFINITY, f64::min);
        assert!(cash.contains(&money(low)), "{cash}");
        assert!(describe(crate::Chart::Kwh, &s, &r).contains(&crate::format::price(r.per_kwh.gpu_grid_usd, 3)));
    }
}
