//! The market file's tests: dates, the halving of the subsidy, the file read and written back,
//! a refresh from recorded answers, and a bad file refused with its line.

use super::*;

#[test]
fn dates_read_write_and_count_days() {
    let d = Date::parse("2026-06-26").unwrap();
    assert_eq!((d.words(), d.to_string()), ("26 Jun 2026".to_string(), "2026-06-26".to_string()));
    assert_eq!(d.days_since_epoch(), 20_630, "the model's reference day");
    assert_eq!(Date::from_days(20_630), d);
    let m = Date::parse("2026-03").unwrap();
    assert_eq!((m.words(), m.to_string(), m.day), ("Mar 2026".to_string(), "2026-03".to_string(), None));
    for bad in ["2026-13-01", "2026-02-30", "2026", "26-06-2026", "2026-06-26-1", "", "2026-6-x"] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    assert!(Date::parse("2024-02-29").is_some() && Date::parse("2025-02-29").is_none());
    for days in [-1000, 0, 59, 60, 11_016, 20_630, 40_000] {
        assert_eq!(Date::from_days(days).days_since_epoch(), days);
    }
}

#[test]
fn subsidy_halves() {
    assert_eq!((subsidy_btc(839_999), subsidy_btc(840_000), subsidy_btc(1_050_000)), (6.25, 3.125, 1.5625));
}

/// The committed file reads, and writes back to exactly its own text; a row changed reads
/// back changed.
#[test]
fn the_file_round_trips() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../economics/data/market.tsv")).unwrap();
    let mut file = File::parse(&text).unwrap();
    assert_eq!(file.write(), text);
    file.get_mut("hashprice").unwrap().value = 41.07;
    file.get_mut("gpu_price").unwrap().as_of = Date::parse("2026-11").unwrap();
    assert_eq!(File::parse(&file.write()).unwrap(), file);
}

fn committed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../economics/data/market.tsv")).unwrap()
}

fn recorded(url: &str) -> Result<String, String> {
    let name = match url {
        sources::HASHRATE_URL => "hashrate-3d.json",
        sources::REWARDS_URL => "reward-stats-1008.json",
        sources::TIP_URL => "tip-height.txt",
        sources::PRICE_URL => "prices.json",
        sources::SPOT_URL => "coinbase-spot.json",
        other => return Err(format!("no recording of {other}")),
    };
    Ok(std::fs::read_to_string(format!("{}/../../tests/fixtures/market/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap())
}

/// On the recorded answers a refresh rewrites the five fetched rows, dated today, keeps the
/// hand-kept ones and the comments, and adds one line under the changelog's heading; one
/// source failing or answering out of bounds gives an error and nothing to write.
#[test]
fn a_refresh_rewrites_what_it_fetched_and_nothing_else() {
    let today = Date::parse("2026-11-30").unwrap();
    let log = "# Changelog\n\n## [Unreleased]\n\n### Added\n- x\n";
    let done = refresh(&committed(), log, recorded, today).unwrap();
    let (old, new) = (File::parse(&committed()).unwrap(), File::parse(&done.data).unwrap());
    assert_eq!(new.comments, old.comments);
    let hp = new.get("hashprice").unwrap();
    assert_eq!((hp.value, hp.as_of, hp.span), (29.53, today, old.get("hashprice").unwrap().span));
    assert_eq!(hp.sources, "M1, M2, S4, S2", "the span's own sources stay cited");
    assert_eq!(new.get("difficulty").unwrap().sources, "M1", "no span, only the new source");
    assert_eq!((new.get("fees").unwrap().value, new.get("height").unwrap().value, new.get("difficulty").unwrap().value), (0.0195, 956_007.0, 133.87e12));
    for key in ["gpu_price", "power_price"] {
        assert_eq!(new.get(key), old.get(key), "{key} is kept");
    }
    assert!(done.changelog.starts_with("# Changelog\n\n## [Unreleased]\n\n- Market data refreshed (2026-11-30): hashprice 28.68 → 29.53 (+3.0%), fees 0.0185 → 0.0195 (+5.4%)"), "{}", done.changelog);
    assert!(done.changelog.ends_with("### Added\n- x\n"));
    assert!(done.report.contains("gpu_price") && done.report.contains("kept: edit by hand"));
    let offline = |url: &str| if url == sources::TIP_URL { Err(format!("cannot reach {url}")) } else { recorded(url) };
    assert!(refresh(&committed(), log, offline, today).unwrap_err().starts_with("cannot reach https://mempool.space/api/blocks/tip/height"));
    let odd = |url: &str| recorded(url).map(|t| t.replace("133870000000000", "1000"));
    assert!(refresh(&committed(), log, odd, today).unwrap_err().starts_with("implausible figures (hashprice"));
    let behind = |url: &str| if url == sources::TIP_URL { Ok("955000".to_string()) } else { recorded(url) };
    assert!(refresh(&committed(), log, behind, today).unwrap_err().contains("below the file's height"));
    assert!(refresh(&committed(), "# Changelog\n", recorded, today).is_err());
}

#[test]
fn a_bad_file_is_refused_with_its_line() {
    let text = committed();
    let cases = [
        (text.replacen("\t28.68\t", "\tabc\t", 1), "value “abc” is not a number"),
        (text.replacen("2026-06-26", "2026-06-31", 1), "is not YYYY-MM-DD"),
        (text.replacen("\t28.68\t39.53\t", "\t39.53\t28.68\t", 1), "is above high"),
        (text.lines().filter(|l| !l.starts_with("fees")).collect::<Vec<_>>().join("\n"), "no row “fees”"),
        (format!("{text}fees\t1\tBTC/block\t2026-01-01\t\t\tS2\tx\n"), "given twice"),
        (text.replacen("\tS4, S2\t", " S4, S2\t", 1), "columns, not 8"),
    ];
    for (bad, why) in cases {
        let err = File::parse(&bad).unwrap_err();
        assert!(err.contains(why), "{err}");
    }
}
