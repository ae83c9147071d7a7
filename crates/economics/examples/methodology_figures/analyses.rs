//! Sections 7 to 9: the analyses, the presets and the warnings.

use economics::analysis::{
    break_evens, frontier_axes, sensitivity, when_to_convert, BreakEven, MapAxes,
};
use economics::presets::{Origin, PRESETS};
use economics::{compute, AiMode, Scenario};

use super::words::*;

pub fn analyses(s: &Scenario) {
    let be = break_evens(s).unwrap();
    let gpu = Scenario { mode: AiMode::GpuCloud, ..s.clone() };
    println!("\n## 7. Analyses");
    let show = |b: BreakEven| match b {
        BreakEven::At(v) => format!("{v:.2}"),
        other => format!("{other:?}"),
    };
    println!(
        "break-evens: hashprice {}, rent {}",
        show(be.hashprice_usd_per_ph_day),
        show(be.ai_rate)
    );
    for hp in [1.0, 500.0] {
        let mut t = s.clone();
        t.bitcoin.hashprice_usd_per_ph_day = hp;
        println!(
            "  advantage at hashprice {hp}: {}",
            m(compute(&t).unwrap().advantage_npv_usd)
        );
    }
    let mut fixed = s.clone();
    fixed.network.responds = false;
    println!(
        "  response off: hashprice break-even {}",
        show(break_evens(&fixed).unwrap().hashprice_usd_per_ph_day)
    );
    println!(
        "  GPU cloud: GPU price break-even {}",
        show(break_evens(&gpu).unwrap().ai_rate)
    );
    for (name, sc) in [("lease", s), ("GPU cloud", &gpu)] {
        let sens = sensitivity(sc).unwrap();
        let sourced = sens.bars.iter().filter(|b| b.sourced).count();
        println!(
            "tornado ({name}): {} bars, {sourced} sourced",
            sens.bars.len()
        );
        for b in &sens.bars {
            println!(
                "  {:6} {:5} {:>10} .. {:>10}: {:>10} .. {:>10}{}",
                b.key,
                if b.sourced { "src" } else { "ass" },
                format!("{:.4}", b.low_value),
                format!("{:.4}", b.high_value),
                m(b.low_advantage_usd),
                m(b.high_advantage_usd),
                if b.flips() { " flips" } else { "" }
            );
        }
        for f in &sens.flips {
            println!(
                "  flip {}: {}–{}, even at {:.4?}",
                f.key, f.low, f.high, f.break_evens
            );
        }
    }
    for axes in [MapAxes::CapexByRate, MapAxes::HashpriceByRate] {
        for sc in [s, &gpu] {
            let ((x, x0, x1), (y, y0, y1)) = frontier_axes(sc, axes);
            println!(
                "map {axes:?} {:?}: {} {x0:.2}–{x1:.2}, {} {y0:.3}–{y1:.3}",
                sc.mode, x.key, y.key
            );
        }
    }
    for (name, sc) in [("lease", s), ("GPU cloud", &gpu)] {
        let t = when_to_convert(sc).unwrap();
        let (best, best_usd) = t.best().unwrap();
        println!(
            "when ({name}): {} starts 0–{}; now {}; best {best} ({}) {}; at 120 {}",
            t.starts.len(),
            t.starts.last().unwrap(),
            m(t.advantage_usd[0]),
            s.site.start.plus_months(best as u32),
            m(best_usd),
            m(*t.advantage_usd.last().unwrap())
        );
        let ahead = t.advantage_usd.iter().filter(|x| **x > 0.0).count();
        let (lo_k, lo) =
            t.advantage_usd
                .iter()
                .enumerate()
                .fold(
                    (0, f64::INFINITY),
                    |a, (k, &x)| if x < a.1 { (k, x) } else { a },
                );
        let falls = t.advantage_usd.windows(2).all(|w| w[1] <= w[0]);
        println!(
            "  converting ahead at {ahead} of {} starts; the worst start {} ({}); worth less at every later start: {falls}",
            t.starts.len(),
            s.site.start.plus_months(t.starts[lo_k] as u32),
            m(lo)
        );
    }

    println!("\n## 8–9. Presets and warnings");
    for (name, sc) in [
        ("defaults".to_string(), s.clone()),
        ("defaults GPU".to_string(), gpu.clone()),
    ]
    .into_iter()
    .chain(
        PRESETS
            .iter()
            .skip(1)
            .map(|p| (p.id.to_string(), p.scenario())),
    ) {
        let rr = compute(&sc).unwrap();
        let codes: Vec<&str> = rr.warnings.iter().map(|w| w.code.as_str()).collect();
        let debt = rr.debt.as_ref().map_or("no debt".into(), |d| {
            format!(
                "ltc {:.2}% (asked {}%), sized {}, borrowed {}, cover lowest {:.3}× ({}) average {:.2}× (covenant {}×)",
                d.loan_to_cost_pct,
                trim(sc.debt.loan_to_cost_pct, 2),
                d.sized_to_cover,
                m(d.borrowed_usd),
                d.min_dscr,
                when(&rr, d.min_dscr_month),
                d.average_dscr,
                sc.debt.covenant_dscr
            )
        });
        println!(
            "{name}: basis \"{}\"; {debt}; warnings {codes:?}",
            basis_words(&sc, &rr)
        );
        println!("  verdict \"{}\"", verdict(&sc, &rr));
    }
    let mut at_two: Vec<(f64, &str)> = PRESETS
        .iter()
        .filter_map(|p| p.rent_at_default_escalator().map(|x| (x, p.id)))
        .collect();
    at_two.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "starting rents at the default escalator: {}; median {:.2} ({})",
        at_two
            .iter()
            .map(|(x, id)| format!("{id} {x:.2}"))
            .collect::<Vec<_>>()
            .join(", "),
        at_two[at_two.len() / 2].0,
        at_two[at_two.len() / 2].1
    );
    let cheap = set_keys(s, &[("cap", 0.0), ("rent", 20.0)]);
    let rc = compute(&cheap).unwrap();
    println!(
        "?cap=0&rent=20: equity IRR {:?} (quotable {:?})",
        rc.conversion_irr
            .as_ref()
            .map(|x| (x * 1000.0).round() / 10.0),
        rc.quotable_equity_irr(cheap.debt.cost_of_equity_pct)
            .map(|x| (x * 1000.0).round() / 10.0)
    );
    for p in PRESETS.iter().skip(1) {
        let sc = p.scenario();
        let deal = p.deal.unwrap();
        let rate = match p.mode {
            AiMode::Lease => format!("${:.2}/kW-month", sc.lease.usd_per_kw_month),
            AiMode::GpuCloud => format!("${:.3}/GPU-hour", sc.gpu.usd_per_gpu_hour),
        };
        let fields: Vec<String> = p
            .fields
            .iter()
            .map(|(k, v, o)| {
                let who = match o {
                    Origin::Deal(_) => "deal",
                    Origin::Assumed(_) => "assumed",
                };
                format!("{k}{}({who})", v.map_or(String::new(), |v| format!("={v}")))
            })
            .collect();
        println!(
            "{} | IT {:.1} | grid {:.2} (PUE {:.2}) | {} yr | ${:.3}B | avg {:.2} | {rate} | gopx {:.2} | {}",
            p.id, deal.mw_it, sc.site.grid_mw, sc.ai.pue, deal.years, deal.value_usd / 1e9, deal.usd_per_kw_month(), sc.gpu.other_opex_pct_of_revenue, fields.join(", ")
        );
    }

}
