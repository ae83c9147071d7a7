//! Converting later (`cvin`): the converted site mines exactly as the mining path does until the
//! conversion starts, and the "when to convert" sweep is the model run at every start.

mod common;

use common::close;
use economics::analysis::when_to_convert;
use economics::{compute, AiMode, Scenario};

fn variants() -> Vec<Scenario> {
    let mut out = Vec::new();
    for mode in [AiMode::Lease, AiMode::GpuCloud] {
        for (mine, share, hashprice, tv) in [(true, 100.0, 28.68, false), (false, 100.0, 60.0, true), (true, 40.0, 90.0, false)] {
            let mut s = Scenario { mode, ..Scenario::default() };
            s.ai.mine_until_cutover = mine;
            s.ai.share_converted_pct = share;
            s.bitcoin.hashprice_usd_per_ph_day = hashprice;
            s.finance.terminal_value = tv;
            out.push(s);
        }
    }
    out
}

/// Until the conversion starts, the converted path's cash (after tax and debt) is the mining
/// path's, month for month; from then on it differs.
#[test]
fn before_the_conversion_the_paths_are_one() {
    for base in variants() {
        for start in [1, 7, 24, 60, 120] {
            let mut s = base.clone();
            s.ai.convert_in_months = start as f64;
            let r = compute(&s).unwrap();
            let (conv, contract) = (s.ai.months_to_convert as usize, (s.site.horizon_years * 12.0) as usize);
            assert_eq!(r.cutover_month, start + conv);
            assert_eq!(r.mining.months.len(), start + conv + contract);
            for m in 0..start {
                let (a, b) = (r.ai.months[m].net_cash_usd(), r.mining.months[m].net_cash_usd());
                assert!(close(a, b, 1e-12) || (a - b).abs() < 1e-6, "{:?} start {start}, month {m}: {a} vs {b}", s.mode);
            }
            let differs = (start..r.ai.months.len()).any(|m| r.ai.months[m].net_cash_usd() != r.mining.months[m].net_cash_usd());
            assert!(differs, "start {start}: the conversion changes nothing");
        }
    }
}

/// The sweep's advantage at each start is the model's own at that start, and its best start is
/// the best of those runs; starting now is today's conversion.
#[test]
fn the_sweep_is_the_model_at_every_start() {
    for s in variants() {
        let t = when_to_convert(&s).unwrap();
        assert_eq!(t.starts.len(), 121);
        assert_eq!(t.advantage_usd[0], compute(&s).unwrap().advantage_npv_usd);
        let mut best = (0, f64::NEG_INFINITY);
        for (i, &start) in t.starts.iter().enumerate().step_by(9) {
            let mut at = s.clone();
            at.ai.convert_in_months = start as f64;
            let want = compute(&at).unwrap().advantage_npv_usd;
            assert!(close(t.advantage_usd[i], want, 1e-12) || (t.advantage_usd[i] - want).abs() < 1e-6, "start {start}");
        }
        for (&start, &a) in t.starts.iter().zip(&t.advantage_usd) {
            if a > best.1 {
                best = (start, a);
            }
        }
        assert_eq!(t.best(), Some(best));
    }
}
