//! Defaults centred on their sources: every sourced input sits within what its sources say, at
//! the rule its row states; and every preset field "from the deal" is the deal's.

use economics::params::{Centre, PARAMS};
use economics::presets::{booked_revenue_usd, PRESETS};
use economics::{AiMode, Scenario};

#[test]
fn every_sourced_default_sits_at_its_stated_centre() {
    let s = Scenario::default();
    let mut checked = 0;
    for p in PARAMS {
        let default = (p.get)(&s);
        let Some(r) = p.cite.range else {
            assert!(p.cite.is_assumption(), "{}: a sourced input carries its sources' range", p.key);
            continue;
        };
        assert!(r.low <= r.high && r.low >= p.min && r.high <= p.max, "{}: range {}–{} outside {}–{}", p.key, r.low, r.high, p.min, p.max);
        assert!(default >= r.low - 1e-12 && default <= r.high + 1e-12, "{}: default {default} outside {}–{}", p.key, r.low, r.high);
        let want = match r.centre {
            Centre::Midpoint | Centre::Median(_) => r.centre.value(r.low, r.high).unwrap(),
            Centre::Value(what) => {
                assert!(!what.is_empty());
                default
            }
            Centre::Low(why) => {
                assert!(!why.is_empty());
                r.low
            }
            Centre::DealsMedian => {
                // The median of the lease deals' starting rents, each solved at the default
                // escalator (a deal's own escalator would set a rent for another escalator), to
                // the cent.
                let mut rents: Vec<f64> = PRESETS
                    .iter()
                    .filter(|d| d.deal.is_some() && d.mode == AiMode::Lease)
                    .filter_map(|d| d.rent_at_default_escalator())
                    .collect();
                rents.sort_by(f64::total_cmp);
                assert_eq!(rents.len() % 2, 1);
                let (lo, hi) = (rents[0], rents[rents.len() - 1]);
                assert!((lo - r.low).abs() < 0.005 && (hi - r.high).abs() < 0.005, "{}: deals span {lo}–{hi}", p.key);
                (rents[rents.len() / 2] * 100.0).round() / 100.0
            }
            Centre::Derived => match p.key {
                "gcap" => 29e6 / (PARAMS.iter().find(|q| q.key == "gpmw").unwrap().get)(&s),
                other => panic!("{other}: no derivation"),
            },
        };
        if let Centre::Median(values) = r.centre {
            assert!(values.iter().all(|v| *v >= r.low && *v <= r.high), "{}: {values:?}", p.key);
        }
        assert!((default - want).abs() <= 1e-9 * want.abs().max(1.0), "{}: default {default}, centre {want}", p.key);
        checked += 1;
    }
    assert!(checked >= 25, "{checked} sourced inputs");
}

/// Every preset books its deal's value, and the value of each field the deal states is the one
/// the scenario carries (tests/model.rs checks the rest field by field).
#[test]
fn presets_book_their_deals() {
    for p in PRESETS {
        let Some(deal) = p.deal else { continue };
        let s = p.scenario();
        let booked = booked_revenue_usd(&s);
        assert!((booked / deal.value_usd - 1.0).abs() < 0.005, "{}: booked {booked} of {}", p.id, deal.value_usd);
    }
}
