//! The formatting tests: the links' number grammar, numbers and money in US English, German,
//! Japanese, Indian grouping and a right-to-left locale, and the smallest exchange rate; the German
//! and Japanese locales are shared with the sentence tests.

use super::*;

/// Links are read by one strict grammar: what a reader might paste into a box is refused here
/// (and named by the decoder), never read as another number.
#[test]
fn links_read_only_plain_numbers() {
    let rows: &[(&str, Option<f64>)] = &[
        ("1200", Some(1200.0)),
        ("0.05", Some(0.05)),
        ("-3", Some(-3.0)),
        (".5", Some(0.5)),
        ("5.", Some(5.0)),
        ("1e3", Some(1000.0)),
        ("2E+3", Some(2000.0)),
        ("1e-40", Some(1e-40)),
        ("-0", Some(0.0)),
        ("1e999", Some(f64::INFINITY)),
        ("1,200", None),
        ("1,5", None),
        ("1+5", None),
        ("1 5", None),
        ("1_5", None),
        ("$0.05", None),
        ("€5", None),
        ("5%", None),
        (" 2000", None),
        ("+5", None),
        ("\u{2212}3", None),
        ("1.2.3", None),
        ("1e", None),
        ("e5", None),
        (".", None),
        ("-", None),
        ("", None),
        ("NaN", None),
        ("inf", None),
        ("0x10", None),
        ("12abc", None),
    ];
    for &(text, want) in rows {
        assert_eq!(link_number(text).map(f64::to_bits), want.map(f64::to_bits), "{text:?}");
    }
}

#[test]
fn formats_money_and_numbers() {
    assert_eq!(echo(&"x".repeat(5000)).chars().count(), 41);
    assert_eq!(echo("a\u{0}b"), "ab");
    for v in [0.0, -0.0, 1e-40, 5e-324, f64::MAX, -1.5e300, 0.1 + 0.2, 28.68, 12.0 + 1.0 / 3.0, 2000.0, 1e7, 1e-4, 1e13] {
        let text = exact(v);
        assert!(text.len() <= 24, "{text}");
        // The link's reader gives back the same value (-0 as 0), and so does Rust's.
        assert_eq!(link_number(&text), Some(v + 0.0), "{text}");
        assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(v.to_bits()), "{text}");
    }
    // The shortest human form: digits where they read as easily as an exponent.
    let written: Vec<String> = [2000.0, 200_000.0, 1e7, 1e-4, 0.051, 1e11, 1e12, 1e-40].map(exact).to_vec();
    assert_eq!(written, ["2000", "200000", "10000000", "0.0001", "0.051", "100000000000", "1e12", "1e-40"]);
    assert_eq!(money(1_234_000_000.0), "$1.23B");
    assert_eq!(money(-45_600_000.0), "−$45.6M");
    assert_eq!(money(120_000.0), "$120K");
    assert_eq!(money(f64::NAN), "–");
    assert_eq!(number(1200.0, 0), "1,200");
    assert_eq!(number(1234567.891, 2), "1,234,567.89");
    assert_eq!(number(-0.0001, 2), "0.00");
    assert_eq!(number(0.045, 3), "0.045");
    assert_eq!(trimmed(12.0, 2), "12");
    assert_eq!(trimmed(12.5, 2), "12.5");
    assert_eq!(trimmed(1200.0, 0), "1,200");
    assert_eq!(multiple(2.94), "2.9×");
    assert_eq!(multiple(22.35), "22×");
    assert_eq!(months(84), "7 yr");
    assert_eq!(months(1), "1 month");
    assert_eq!(months(2), "2 months");
    assert_eq!(tick(-1500.0, Ticks::MillionsUsd), "−$1.5B");
    assert_eq!(price(0.045, 3), "$0.045");
    assert_eq!(quantity(28.68, 2, "$/PH/s/day"), "$28.68/PH/s/day");
    assert_eq!(quantity(9.0, 1, "$M per MW of IT"), "$9.0M per MW of IT");
    assert_eq!(quantity(25_000.0, 0, "$ per GPU"), "$25,000 per GPU");
    assert_eq!(quantity(12.0, 2, "years"), "12 years");
    assert_eq!(quantity(1.0, 2, "years"), "1 year");
    assert_eq!(parse_typed("-0").map(f64::to_bits), Ok(0f64.to_bits()));
    assert_eq!(quantity(2.0, 1, "%/yr"), "2%/yr");
}

/// What the probe found at the smallest rate (`fx=1e-4`): the power price box showed `0`
/// while a non-zero price was used, and captions printed `€0.000/kWh`.
#[test]
fn the_smallest_rate_never_shows_zero_for_a_value_in_use() {
    set_locale(Locale { currency: Currency::by_code("EUR").unwrap(), per_usd: 1e-4, symbol: "€".into(), ..Locale::default() });
    assert_eq!(price(0.045, 3), "€0.0000045");
    assert_eq!(quantity(0.045, 3, "$/kWh"), "€0.0000045/kWh");
    assert_eq!(price(0.0, 3), "€0.000");
    let shown = to_local(0.045);
    assert_eq!(trimmed(shown, decimals_for(shown, 5)), "0.0000045");
    // Typed back as shown, the dollars are the same short value.
    assert_eq!(from_local_rounded(0.0000045, decimals_for(0.0000045, 5)), 0.045);
    assert_eq!(tick(0.00002, Ticks::Usd), "€0.00002");
    set_locale(Locale::default());
    assert_eq!(price(0.045, 3), "$0.045");
    assert_eq!(price(0.0004, 3), "$0.0004");
}

/// Money typed or slid in another currency goes into the link at the precision shown, and
/// reads back as it was typed.
#[test]
fn money_edited_in_another_currency_is_written_short() {
    for (code, per_usd, typed, d) in [("EUR", 0.86, 0.05, 5), ("GBP", 0.76, 0.0388, 5), ("JPY", 155.0, 7.9, 3), ("EUR", 0.86, 123.45, 4), ("EUR", 0.9, 0.0459, 5)] {
        set_locale(Locale { currency: Currency::by_code(code).unwrap(), per_usd, ..Locale::default() });
        let usd = from_local_rounded(typed, d);
        assert_eq!(format!("{:.*}", d, to_local(usd)), format!("{:.*}", d, typed), "{code} {typed}");
        assert!(exact(usd).len() <= 10, "{code} {typed}: {}", exact(usd));
    }
    // The example in the issue: 0.051 dollars, never 0.051000000000000004.
    set_locale(Locale { currency: Currency::by_code("EUR").unwrap(), per_usd: 0.9, ..Locale::default() });
    assert_eq!(exact(from_local_rounded(0.0459, 5)), "0.051");
    set_locale(Locale::default());
}

/// Right-to-left months and money keep their own order inside an English sentence.
#[test]
fn right_to_left_text_is_isolated() {
    set_locale(Locale {
        tag: "ar-EG".into(),
        months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"].map(|m| format!("{m} {{y}}")),
        compact: vec![(1e6, "مليون".into(), true)],
        ..Locale::default()
    });
    assert_eq!(month(economics::YearMonth { year: 2026, month: 3 }), "\u{2068}مارس 2026\u{2069}");
    assert_eq!(money(99_400_000.0), "\u{2068}\u{2068}$\u{2069}99.4\u{a0}مليون\u{2069}");
    assert_eq!(price(0.045, 3), "$0.045");
    set_locale(Locale::default());
    assert_eq!(month(economics::YearMonth { year: 2026, month: 3 }), "Mar 2026");
}

/// `ja-JP` with yen at 155 per dollar, as `Intl.NumberFormat` reports it: short scale words
/// in 10⁴ and 10⁸, no space before them.
pub(crate) fn japanese() -> Locale {
    Locale {
        tag: "ja-JP".into(),
        currency: Currency::by_code("JPY").unwrap(),
        per_usd: 155.0,
        symbol: "￥".into(),
        compact: vec![(1e4, "万".into(), false), (1e8, "億".into(), false), (1e12, "兆".into(), false)],
        months: std::array::from_fn(|m| format!("{{y}}年{}月", m + 1)),
        ..Locale::default()
    }
}

/// `de-DE` with euros at 0.86 per dollar, as `Intl.NumberFormat` reports it.
pub(crate) fn german() -> Locale {
    Locale {
        tag: "de-DE".into(),
        decimal: ',',
        group: '.',
        grouping: (3, 3),
        currency: Currency::by_code("EUR").unwrap(),
        per_usd: 0.86,
        symbol: "€".into(),
        symbol_after: true,
        symbol_gap: true,
        compact: vec![(1e6, "Mio.".into(), true), (1e9, "Mrd.".into(), true), (1e12, "Bio.".into(), true)],
        months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."].map(|m| format!("{m} {{y}}")),
    }
}

#[test]
fn writes_and_reads_in_the_readers_locale() {
    set_locale(german());
    assert_eq!(number(1234567.891, 2), "1.234.567,89");
    assert_eq!(trimmed(0.045, 3), "0,045");
    assert_eq!(money(1_234_000_000.0), "1,06\u{a0}Mrd.\u{a0}€");
    assert_eq!(money(-120_000.0), "−103.200\u{a0}€");
    assert_eq!(price(0.05, 3), "0,043\u{a0}€");
    assert_eq!(tick(500.0, Ticks::MillionsUsd), "500\u{a0}Mio.\u{a0}€");
    assert_eq!(multiple(2.94), "2,9×");
    assert_eq!(unit("$/kWh"), "€/kWh");
    assert_eq!(month(economics::YearMonth { year: 2027, month: 3 }), "März 2027");
    let pwr = local_param(economics::params::Param::by_key("pwr").unwrap());
    assert_eq!((pwr.min, pwr.step), (0.0, 0.001));
    assert!((pwr.max - 0.3 * 0.86).abs() < 1e-12 && (pwr.default - 0.045 * 0.86).abs() < 1e-12);
    let mw = economics::params::Param::by_key("mw").unwrap();
    assert_eq!(local_param(mw).max, mw.max);
    assert_eq!(quantity(28.68, 2, "$/PH/s/day"), "24,66\u{a0}€/PH/s/day");
    assert_eq!(parse_typed("0,05"), Ok(0.05));
    assert_eq!(parse_typed("1.200,5 €"), Ok(1200.5));
    assert_eq!(parse_typed("EUR 12,5"), Ok(12.5));
    assert_eq!(parse_typed("0.05"), Err(Unread::Separators));
    assert_eq!(parse_typed("1.20"), Err(Unread::Separators));
    assert_eq!(parse_typed("abc"), Err(Unread::NotANumber));
    // Money round-trips through the reader's currency to the dollars the model uses.
    assert!((from_local(to_local(28.68)) - 28.68).abs() < 1e-12);
    set_locale(Locale { grouping: (3, 2), tag: "en-IN".into(), ..Locale::default() });
    assert_eq!(number(1234567.0, 0), "12,34,567");
    assert_eq!(parse_typed("12,34,567"), Ok(1234567.0));
    set_locale(Locale::default());
    assert_eq!(parse_typed("12,5"), Err(Unread::Separators));
    assert_eq!(parse_typed("1,200"), Ok(1200.0));
    assert_eq!(parse_typed("−3"), Ok(-3.0));
    assert_eq!(parse_typed("$0.05"), Ok(0.05));
    assert_eq!(months(99), "8 yr 3 mo");
}
