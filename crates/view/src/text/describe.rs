//! Each chart described for readers who cannot see it: the kind of picture, its measure and
//! unit, and the range of its data.

use economics::{Report, Scenario};

use crate::format::{cover, money, month, months, number};
use super::cash::cash_words;
use super::words::{business, covenant, month_at};
use crate::language::{tr, tr_with, Arg};

/// What a chart shows, for readers who cannot see it: the kind of picture, its measure and
/// unit, and the range of its data. The page follows it with the chart's takeaway.
pub fn describe(chart: crate::Chart, s: &Scenario, r: &Report) -> String {
    use crate::Chart;
    let range = |xs: &[f64]| {
        let (lo, hi) = xs.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        if lo.is_finite() { tr_with("describe-range", &[("low", money(lo).into()), ("high", money(hi).into())]) } else { tr("describe-no-data") }
    };
    let n = r.mining.months.len();
    let ai = business(s.mode);
    match chart {
        Chart::Value => crate::language::tr_with(
            "value-describe",
            &[("span", months(n).into()), ("start", month(s.site.start).into()), ("mining", money(r.mining.npv_usd).into()), ("converting", money(r.ai.npv_usd).into())],
        ),
        Chart::Cash => tr_with(
            "describe-cash",
            &[("cash", cash_words(r.basis).into()), ("span", months(n).into()), ("start", month(s.site.start).into()), ("mining", range(&r.mining.cumulative_usd).into()), ("ai", ai.into()), ("converting", range(&r.ai.cumulative_usd).into())],
        ),
        Chart::Annual => {
            let per_mw = |p: &economics::Path| p.annual().iter().map(|y| y.ebitda_usd() / s.site.grid_mw).collect::<Vec<_>>();
            tr_with("describe-annual", &[("mining", range(&per_mw(&r.mining)).into()), ("ai", ai.into()), ("converting", range(&per_mw(&r.ai)).into())])
        }
        Chart::Cover => match &r.debt {
            Some(d) => tr_with(
                "describe-cover",
                &[
                    ("from", month_at(r, d.repay_from).into()),
                    ("to", month_at(r, d.repay_until.saturating_sub(1)).into()),
                    ("lowest", cover(d.min_dscr).into()),
                    ("average", cover(d.average_dscr).into()),
                    ("cover", covenant(s).into()),
                ],
            ),
            None => tr("describe-cover-none"),
        },
        Chart::Kwh => {
            let k = r.per_kwh;
            let p = |v: f64| Arg::from(crate::format::price(v, 3));
            tr_with("describe-kwh", &[("mining", p(k.mining_grid_usd)), ("lease", p(k.lease_grid_usd)), ("gpu", p(k.gpu_grid_usd))])
        }
        Chart::Tornado => tr("describe-tornado"),
        Chart::Map => tr("describe-map"),
        Chart::Fan => tr_with("describe-fan", &[("paths", number(crate::charts::FAN_PATHS as f64, 0).into())]),
        Chart::When => tr("describe-when"),
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
