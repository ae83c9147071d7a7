//! The URL decoder at scale: FUZZ_N random queries (1,000,000 by default; `make fuzz N=…` for
//! more) built from real keys and junk, random bytes, percent-escapes, huge and tiny exponents,
//! unicode, empty and repeated keys. Each must decode without a panic to a scenario that validates
//! and computes with finite figures, and decode → encode → decode must give back exactly the same
//! scenario with nothing to report, also when pinned (`ref=`) beside another. Seeded (FUZZ_SEED); the seed and query are printed on failure.
//! Run in release by `make test`; a debug build would take many minutes.

use economics::params::{DATES, PARAMS, TOGGLES};
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use view::query::{decode, encode, link, Extras, View, FLAG_KEYS};

/// One random query.
fn query(rng: &mut Xoshiro256PlusPlus) -> String {
    let keys: Vec<&str> = PARAMS
        .iter()
        .map(|p| p.key)
        .chain(TOGGLES.iter().map(|t| t.key))
        .chain(DATES.iter().map(|d| d.key))
        .chain(["mode", "start", "zz", "", "%6D%77", "hp%00"])
        .chain(FLAG_KEYS)
        .collect();
    let pick = |rng: &mut Xoshiro256PlusPlus, n: usize| (rng.next_u64() % n as u64) as usize;
    let mut parts = Vec::new();
    for _ in 0..1 + pick(rng, 8) {
        let key = keys[pick(rng, keys.len())];
        let value = match pick(rng, 12) {
            0 => String::new(),
            1 => format!("{}", f64::from_bits(rng.next_u64())),
            2 => format!("{:e}", (rng.next_u64() as f64) * 10f64.powi(pick(rng, 700) as i32 - 350)),
            3 => format!("1e-{}", pick(rng, 400)),
            4 => format!("-{}.{}", pick(rng, 1000), pick(rng, 100_000)),
            5 => (0..pick(rng, 12)).map(|_| format!("%{:02X}", rng.next_u64() as u8)).collect(),
            6 => (0..pick(rng, 6)).map(|_| char::from_u32(pick(rng, 0x2FFFF) as u32).unwrap_or('?')).collect(),
            7 => ["NaN", "inf", "-inf", "1e308", "%", "%+5", "%zz", "+", "$1,200", "5%", "−3", "2027-13", "2031-02", "gpu", "lease", "1", "0"]
                [pick(rng, 17)]
                .to_string(),
            8 => format!("{}-{:02}", 2000 + pick(rng, 60), pick(rng, 14)),
            9 => "9".repeat(pick(rng, 60)),
            10 => format!("0.{}1", "0".repeat(pick(rng, 45))),
            _ => format!("{}", (rng.next_u64() % 100_000) as f64 / 100.0),
        };
        parts.push(if pick(rng, 20) == 0 { key.to_string() } else { format!("{key}={value}") });
    }
    let sep = if pick(rng, 30) == 0 { "&&" } else { "&" };
    format!("{}{}", if pick(rng, 2) == 0 { "?" } else { "" }, parts.join(sep))
}

/// Checks one query; `Err` says what broke.
fn check(q: &str) -> Result<(), String> {
    let (s, _) = decode(q);
    s.validate().map_err(|e| format!("decoded scenario invalid: {e}"))?;
    let r = economics::compute(&s).map_err(|e| format!("compute: {e}"))?;
    let figures = [r.advantage_npv_usd, r.advantage_other_npv_usd, r.mining.npv_usd, r.ai.npv_usd, r.per_kwh.mining_grid_usd];
    if !figures.iter().chain(&r.hashprice_usd_per_ph_day).all(|v| v.is_finite()) {
        return Err("a figure is not finite".into());
    }
    let text = encode(&s);
    let (back, notices) = decode(&text);
    if back != s {
        return Err(format!("round trip changed the scenario: {text}"));
    }
    if !notices.is_empty() {
        return Err(format!("round trip reported {notices:?} for {text}"));
    }
    // Pinned: the same scenario rides in `ref=` of a link to the defaults and comes back exactly.
    let page = link(&economics::Scenario::default(), &Extras { pinned: Some(s.clone()), ..Extras::default() });
    let pinned = View::from_query(&page).pinned.map(|p| decode(&p));
    if pinned.as_ref().map(|(p, n)| (p, n.is_empty())) != Some((&s, true)) {
        return Err(format!("pinned round trip changed the scenario: {page}"));
    }
    if decode(&page) != (economics::Scenario::default(), Vec::new()) {
        return Err(format!("a pin changed the live scenario: {page}"));
    }
    Ok(())
}

#[cfg_attr(debug_assertions, ignore = "1,000,000 queries: run in release (make test does)")]
#[test]
fn a_million_random_queries() {
    let n: usize = std::env::var("FUZZ_N").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(20_261_126);
    let threads = 2;
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed.wrapping_add(t as u64));
                    let mut failures = Vec::new();
                    for _ in (t..n).step_by(threads) {
                        let q = query(&mut rng);
                        match std::panic::catch_unwind(|| check(&q)) {
                            Ok(Ok(())) => {}
                            Ok(Err(why)) => failures.push(format!("{why}\n  query: {q}")),
                            Err(_) => failures.push(format!("panic\n  query: {q}")),
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
    println!("fuzz: {n} queries, seed {seed}, {} failures", failures.len());
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n"));
}
