//! The URL decoder at scale, in five families of seeded random cases (FUZZ_N, 1,000,000 by
//! default, sets the size of each; `make fuzz N=…`):
//!
//! - **random**: queries built from real keys and junk, random bytes, percent-escapes, huge and
//!   tiny exponents, unicode, empty and repeated keys;
//! - **separators**: a comma, a plus, an underscore or a currency sign in a numeric key's value,
//!   for every numeric key, raw or percent-encoded;
//! - **stored**: the scenario kept in the browser for the next visit, good (a link the page
//!   wrote), bad (a random query), old (a form no version writes) and over quota;
//! - **nested and repeated**: keys given more than once, pins (`ref=`) holding pins, currencies
//!   and locales, both at once;
//! - **250+ pairs**: 250 to 450 parts, real keys among junk, before and after the limit.
//!
//! Each case must decode without a panic to a scenario that validates and computes with finite
//! figures, and decode → encode → decode must give back exactly the same scenario with nothing to
//! report, also when pinned (`ref=`) beside another. And every part of every case must either be
//! taken exactly as written or be named (by its key) in a notice: [`accounted`] checks this with a
//! reading of its own, apart from the decoder's. Display flags that only choose what an embed
//! shows (`charts=`, `controls=`, `theme=`, `embed=`, `locked=`, `childId=`) fall back to their
//! defaults quietly, and are checked for repeats and the limit only.
//! Seeded (FUZZ_SEED); the seed and query are printed on failure. Run in release by `make test`;
//! a debug build would take many minutes.

use economics::params::{Dated, Param, Toggle, DATES, PARAMS, TOGGLES};
use economics::{AiMode, Scenario, YearMonth};
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use view::format::{Currency, CURRENCIES};
use view::query::{decode, encode, link, read, Extras, Notice, View, FLAG_KEYS, MAX_PAIRS};
use view::stored::{self, Memory, Store};

type Random = Xoshiro256PlusPlus;

mod cases;
mod oracle;

use cases::*;
use oracle::*;

/// Runs `n` cases of a family on two threads; the failures (at most a few a thread).
fn run(name: &str, family: Case, n: usize, seed: u64) -> Vec<String> {
    let threads = 2;
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut rng = Random::seed_from_u64(seed.wrapping_add(t as u64));
                    let mut failures = Vec::new();
                    for _ in (t..n).step_by(threads) {
                        let mut copy = rng.clone();
                        match std::panic::catch_unwind(move || (family(&mut copy), copy)) {
                            Ok((Ok(_), next)) => rng = next,
                            Ok((Err((why, q)), next)) => {
                                failures.push(format!("{name}: {why}\n  query: {q}"));
                                rng = next;
                            }
                            Err(_) => {
                                failures.push(format!("{name}: panic (replay with FUZZ_SEED={seed})"));
                                break;
                            }
                        }
                        if failures.len() > 3 {
                            break;
                        }
                    }
                    failures
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|_| vec!["a worker died".into()])).collect()
    });
    println!("fuzz: {name}: {n} cases, seed {seed}, {} failures", failures.len());
    failures
}

#[cfg_attr(debug_assertions, ignore = "1,000,000 queries: run in release (make test does)")]
#[test]
fn a_million_random_queries() {
    let n: usize = std::env::var("FUZZ_N").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(20_261_126);
    let families: [(&str, Case, usize); 5] = [
        ("random", random_case, n),
        ("separators", separators_case, n / 10),
        ("stored", stored_case, n / 10),
        ("nested and repeated", nested_case, n / 10),
        ("250+ pairs", many_pairs_case, n / 100),
    ];
    let mut failures = Vec::new();
    for (i, (name, family, count)) in families.into_iter().enumerate() {
        failures.extend(run(name, family, count.max(1), seed.wrapping_add(1000 * i as u64)));
    }
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n"));
}

/// Each family finds what it is there to find: run on the decoder's bugs the probe reported,
/// the oracle fails (so a green fuzz means something).
#[test]
fn the_oracle_catches_what_the_probe_found() {
    let s = Scenario::default();
    let silent: &[Notice] = &[];
    // 15 MW from `1,5`, with no notice.
    let mut fifteen = s.clone();
    fifteen.site.grid_mw = 15.0;
    assert!(accounted("mw=1,5", &fifteen, silent, "").is_err());
    assert!(accounted("mw=1+5", &fifteen, silent, "").is_err());
    // The last of a repeated key, silently.
    let mut last = s.clone();
    last.site.grid_mw = 300.0;
    assert!(accounted("mw=100&mw=300", &last, silent, "").is_err());
    // mw after 250 junk keys, dropped silently.
    let junk: Vec<String> = (0..250).map(|i| format!("j{i}=1")).collect();
    assert!(accounted(&format!("{}&mw=321", junk.join("&")), &s, silent, "").is_err());
    // A pin inside a pin, dropped silently.
    assert!(accounted("ref=ref%3Dmw%253D300", &s, silent, "").is_err());
    // And the decoder itself passes each.
    for q in ["mw=1,5", "mw=1+5", "mw=100&mw=300", &format!("{}&mw=321", junk.join("&")), "ref=ref%3Dmw%253D300&currency=EUR&currency=GBP"] {
        let (s, notices) = read(q);
        accounted(q, &s, &notices, "").unwrap_or_else(|why| panic!("{q}: {why}"));
    }
}
