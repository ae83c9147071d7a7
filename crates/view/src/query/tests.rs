//! The query's tests across its modules: bad values, the strict number grammar, repeated keys
//! and parts past the limit, flags inside a pin, the start month, and encode then decode as the
//! identity over any valid scenario.

use super::*;
use economics::params::{DATES, PARAMS, TOGGLES};
use economics::{AiMode, Scenario, YearMonth};
use proptest::prelude::*;

#[test]
fn default_encodes_to_nothing() {
    assert_eq!(encode(&Scenario::default()), "");
    assert_eq!(decode(""), (Scenario::default(), vec![]));
}

#[test]
fn bad_values_become_notices() {
    let (s, notices) = decode("?mw=99999&hp=abc&mode=x&zz=1&pwr=%240.06&rent=1%2C200&start=2027-13&conv=2.5&yrs=12.3&net=2");
    assert_eq!(s.site.grid_mw, 2000.0);
    assert_eq!(s.bitcoin.hashprice_usd_per_ph_day, 28.68);
    // A currency sign or a comma is refused by name, never read as another number.
    assert_eq!(s.site.power_usd_per_kwh, 0.045);
    assert_eq!(s.lease.usd_per_kw_month, Scenario::default().lease.usd_per_kw_month);
    // Whole months: 2.5 months to convert → 3 (rounded half away from zero), 12.3 years → 148 months.
    assert_eq!(s.ai.months_to_convert, 3.0);
    assert_eq!(s.site.horizon_years, 148.0 / 12.0);
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["mw", "hp", "mode", "zz", "pwr", "rent", "start", "conv", "yrs", "net"]);
    assert!(s.validate().is_ok());
}

/// What the probe found: `1,5`, `1+5`, `1_5` and a currency sign each read as another number
/// without a word. Now each is refused by name, its value kept, its text quoted as written.
#[test]
fn one_strict_grammar_for_every_numeric_key() {
    for (written, quoted) in [("1,5", "1,5"), ("1%2C5", "1,5"), ("1+5", "1+5"), ("1_5", "1_5"), ("%245", "$5"), ("%E2%82%AC5", "€5"), ("5%25", "5%"), ("%201.5", " 1.5")] {
        for p in PARAMS {
            let (s, notices) = decode(&format!("{}={written}", p.key));
            assert_eq!((p.get)(&s), (p.get)(&Scenario::default()), "{}={written}", p.key);
            assert_eq!(notices.len(), 1, "{}={written}: {notices:?}", p.key);
            assert_eq!(notices[0].key, p.key);
            assert!(notices[0].message.starts_with(&format!("{}: “{quoted}” is not a number as links write them", p.label)), "{notices:?}");
        }
    }
    let (s, notices) = decode("pwr=0,05&conv=1,5&yrs=1,5");
    assert_eq!(s, Scenario::default());
    assert!(notices[0].message.contains("“0,05”") && notices[0].message.ends_with("kept 0.045"), "{notices:?}");
    // The grammar's own forms, an explicit exponent sign included, are read exactly.
    let (s, notices) = decode("mw=2E%2B3&hp=.5e2&pwr=0.05&btcg=-3");
    assert_eq!((s.site.grid_mw, s.bitcoin.hashprice_usd_per_ph_day, s.site.power_usd_per_kwh, s.bitcoin.btc_price_growth_pct_per_yr), (2000.0, 50.0, 0.05, -3.0));
    assert!(notices.is_empty(), "{notices:?}");
    // Too large for a number at all: clamped, and said so with the text as written.
    let (s, notices) = decode("mw=1e999");
    assert_eq!(s.site.grid_mw, 2000.0);
    assert_eq!(notices[0].message, "Grid power: 1e999 is outside 1–2000 MW; used 2000");
    // fx= reads the same grammar.
    assert_eq!(View::from_query("currency=EUR&fx=1e%2B0").per_usd, Some(1.0));
    assert_eq!(View::from_query("currency=EUR&fx=1+0").per_usd, None);
}

#[test]
fn repeated_keys_and_parts_past_the_limit_are_named() {
    let (s, notices) = decode("mw=100&hp=40&mw=300&mw=abc");
    assert_eq!(s.site.grid_mw, 300.0);
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["mw", "mw"]);
    assert_eq!(notices[1].message, "Grid power: mw= is given 3 times in this link; each is read in turn, and 300 is used");
    // mw after 250 junk keys: not read, and named.
    let junk: Vec<String> = (0..250).map(|i| format!("j{i}=1")).collect();
    let (s, notices) = decode(&format!("{}&mw=321&hp=40", junk.join("&")));
    assert_eq!(s.site.grid_mw, 100.0);
    for key in ["mw", "hp", "j200", "j249"] {
        assert!(notices.iter().any(|n| n.key == key && n.message.contains("after the first 200 parts")), "{key}: {notices:?}");
    }
    let mw = notices.iter().find(|n| n.key == "mw").unwrap();
    assert_eq!(mw.message, "Grid power: mw= comes after the first 200 parts of this link and was not read; kept 100");
    // Shown first, ahead of the 250 junk keys' notices (the banner shows twenty).
    let (_, all) = read(&format!("{}&mw=321&hp=40&currency=EUR", junk.join("&")));
    let first: Vec<&str> = all.iter().take(3).map(|n| n.key.as_str()).collect();
    assert_eq!(first, ["mw", "hp", "currency"]);
    // Thousands of junk keys: a hundred named, the rest counted, known keys always named.
    let junk: Vec<String> = (0..5000).map(|i| format!("j{i}=1")).collect();
    let (_, notices) = decode(&format!("{}&mw=321", junk.join("&")));
    assert!(notices.iter().any(|n| n.key == "mw"));
    assert!(notices.len() < 400, "{}", notices.len());
    assert!(notices.iter().any(|n| n.message.starts_with("and 4700 more parts")), "{:?}", notices.last());
    // Flags too: given twice, or after the limit.
    let n = View::notices(&format!("currency=EUR&currency=GBP&{}&locale=de-DE", (0..250).map(|i| format!("j{i}")).collect::<Vec<_>>().join("&")));
    let keys: Vec<&str> = n.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["currency", "locale"], "{n:?}");
    assert!(n[1].message.contains("after the first 200 parts"), "{n:?}");
}

#[test]
fn flags_inside_a_pin_are_named() {
    // A pin inside a pin, and a currency or locale inside one: not read, and said so.
    let q = "mw=150&ref=hp%3D40%26ref%3Dmw%253D300%26currency%3DEUR%26locale%3Dde-DE";
    let v = View::from_query(q);
    let pinned = decode(v.pinned.as_deref().unwrap()).0;
    assert_eq!(pinned.bitcoin.hashprice_usd_per_ph_day, 40.0);
    assert_eq!(pinned.site.grid_mw, 100.0);
    assert_eq!(v.currency, None);
    let keys: Vec<String> = View::notices(q).into_iter().map(|n| n.key).collect();
    assert_eq!(keys, ["ref.ref", "ref.currency", "ref.locale"]);
    let (_, all) = read(q);
    assert_eq!(all.len(), 3);
    assert!(all[0].message.starts_with("Pinned scenario: ref= inside ref= is not read"), "{all:?}");
}

fn any_valid_scenario() -> impl Strategy<Value = Scenario> {
    // Each input anywhere in its range, including the exact ends, plus the discrete fields.
    let value = prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64];
    (prop::collection::vec(value, PARAMS.len()), any::<u32>(), 0u32..(12 * 17), prop::collection::vec(any::<u32>(), DATES.len()))
        .prop_map(|(fractions, switches, start, dates)| {
            let mut s = Scenario::default();
            for (p, f) in PARAMS.iter().zip(fractions) {
                (p.set)(&mut s, p.nearest_accepted(p.min + f * (p.max - p.min)).unwrap());
            }
            for (i, t) in TOGGLES.iter().enumerate() {
                (t.set)(&mut s, switches & (1 << i) != 0);
            }
            s.mode = if switches & (1 << TOGGLES.len()) != 0 { AiMode::GpuCloud } else { AiMode::Lease };
            s.site.start = YearMonth::MIN.plus_months(start);
            // Market data is dated no later than the start, nor than this build.
            let built = crate::format::build_month().map_or(start, |b| (b.index() - YearMonth::MIN.index()) as u32);
            let upto = start.min(built) + 1;
            for (d, m) in DATES.iter().zip(dates) {
                (d.set)(&mut s, YearMonth::MIN.plus_months(m % upto));
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The fuzz target: any query string decodes to a valid scenario, never a panic.
    #[test]
    fn any_query_decodes_to_a_valid_scenario(query in ".{0,200}") {
        let (s, notices) = decode(&query);
        prop_assert!(s.validate().is_ok());
        prop_assert!(notices.len() <= 200);
    }

    /// Queries built from our own keys with hostile values, which random strings rarely hit.
    #[test]
    fn hostile_values_for_real_keys(
        keys in prop::collection::vec(prop::sample::select(
            PARAMS.iter().map(|p| p.key).chain(TOGGLES.iter().map(|t| t.key)).chain(DATES.iter().map(|d| d.key))
                .chain(["mode", "start"]).collect::<Vec<_>>()), 1..8),
        values in prop::collection::vec(prop_oneof![
            Just("NaN".to_string()), Just("-inf".to_string()), Just("1e308".to_string()),
            Just("%".to_string()), Just("%FF%FE".to_string()), Just("".to_string()),
            "[-+$,.0-9%e]{0,12}", any::<f64>().prop_map(|v| v.to_string()),
        ], 8),
    ) {
        let query: Vec<String> = keys.iter().zip(&values).map(|(k, v)| format!("{k}={v}")).collect();
        let (s, _) = decode(&query.join("&"));
        prop_assert!(s.validate().is_ok());
        prop_assert!(economics::compute(&s).is_ok());
    }

    #[test]
    fn encode_then_decode_is_the_identity(s in any_valid_scenario()) {
        let (back, notices) = decode(&encode(&s));
        prop_assert_eq!(notices, vec![]);
        prop_assert_eq!(back, s);
    }
}

#[test]
fn start_is_never_before_the_market_data() {
    let (s, notices) = decode("start=2025-01");
    assert_eq!(s.site.start, YearMonth { year: 2026, month: 6 });
    assert_eq!(notices[0].key, "start");
    let (s, notices) = decode("start=2025-01&hpd=2024-06&gphd=2024-06&pwrd=2024-06");
    assert_eq!(s.site.start, YearMonth { year: 2025, month: 1 });
    assert!(notices.is_empty(), "{notices:?}");
    assert!(s.validate().is_ok());
}

/// A number too small for a double is read as 0 with a word; a market figure dated after this
/// build is refused by name (market data cannot be from the future).
#[test]
fn tiny_values_and_future_dates_are_named() {
    let (s, notices) = decode("tax=1e-400");
    assert_eq!(s.tax.rate_pct, 0.0);
    assert!(notices.iter().any(|n| n.key == "tax" && n.message.contains("too small to hold; read as 0")), "{notices:?}");
    let built = crate::format::build_month().unwrap();
    let later = built.plus_months(1);
    let (s, notices) = decode(&format!("hpd={later}&start=2040-01"));
    assert_eq!(s.bitcoin.hashprice_as_of, Scenario::default().bitcoin.hashprice_as_of);
    assert!(notices.iter().any(|n| n.key == "hpd" && n.message.contains("cannot be from the future")), "{notices:?}");
    let (s, notices) = decode(&format!("hpd={built}&start=2040-01"));
    assert_eq!(s.bitcoin.hashprice_as_of, built);
    assert!(notices.is_empty(), "{notices:?}");
}
