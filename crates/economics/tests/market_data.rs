//! Every market default comes from `data/market.tsv`: the inputs, their dates, the reference
//! block and the difficulty the network starts from are the file's rows, read again here with
//! the refresh tool's own parser; and a changed row changes them (the build reads the file).

use economics::params::{Dated, Param, DATES};
use economics::{bitcoin, data, market, Scenario};

fn file() -> ::market::File {
    ::market::File::parse(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/market.tsv")).unwrap()).unwrap()
}

#[test]
fn market_defaults_are_the_files_rows() {
    let f = file();
    let row = |key: &str| f.get(key).unwrap_or_else(|| panic!("no row {key}"));
    let s = Scenario::default();
    for (param, key) in [("hp", "hashprice"), ("fee", "fees"), ("gph", "gpu_price"), ("pwr", "power_price")] {
        let p = Param::by_key(param).unwrap();
        let r = row(key);
        assert_eq!((p.default, (p.get)(&s)), (r.value, r.value), "{param}");
        assert_eq!(p.cite.as_of, r.as_of.words(), "{param}");
        assert_eq!((p.cite.sources, p.cite.note), (r.sources.as_str(), r.note.as_str()), "{param}");
        assert_eq!(p.cite.range.map(|x| (x.low, x.high)), r.span, "{param}");
        let dated = DATES.iter().find(|d| d.param == param);
        if let Some(d) = dated {
            assert_eq!((d.default.year, d.default.month), (r.as_of.year, r.as_of.month), "{param}'s date");
            assert_eq!(Dated::of_param(param).map(|d| (d.get)(&s)), Some(d.default));
        }
    }
    assert_eq!(bitcoin::REFERENCE_HEIGHT as f64, row("height").value);
    assert_eq!(bitcoin::REFERENCE_DAY, row("height").as_of.days_since_epoch());
    let eh = bitcoin::hashrate_eh_s_from_difficulty(row("difficulty").value);
    assert_eq!(market::network_eh_s_at_reference(), eh);
    assert_eq!(data::ALL.len(), f.rows.len());
    for (d, r) in data::ALL.iter().zip(&f.rows) {
        assert_eq!((d.key, d.value, d.days), (r.key.as_str(), r.value, r.as_of.days_since_epoch()));
    }
}

/// A valuation never starts before its market data: the default start is January 2027, or the
/// month after the file's latest figure if a refresh dates one later.
#[test]
fn the_default_start_follows_the_data() {
    let f = file();
    let latest = f.rows.iter().map(|r| r.as_of).max().unwrap();
    let after = if latest.month == 12 { (latest.year + 1, 1) } else { (latest.year, latest.month + 1) };
    let want = after.max((2027, 1));
    let start = Scenario::default().site.start;
    assert_eq!((start.year, start.month), want);
    assert!(Scenario::default().validate().is_ok());
}
