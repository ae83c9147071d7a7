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

fn pick(rng: &mut Random, n: usize) -> usize {
    (rng.next_u64() % n as u64) as usize
}

fn all_keys() -> Vec<&'static str> {
    PARAMS.iter().map(|p| p.key).chain(TOGGLES.iter().map(|t| t.key)).chain(DATES.iter().map(|d| d.key)).chain(["mode", "start"]).collect()
}

/// Escapes everything but unreserved characters (so a query can ride inside `ref=`).
fn escape(text: &str) -> String {
    text.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

// ---- The oracle ----

/// `%XX` decoded (anything else kept as written), and `+` as a space when `plus`: a reading of
/// the query written apart from the decoder's own.
fn unescape(text: &str, plus: bool) -> String {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', ..) if plus => {
                out.push(b' ');
                i += 1;
            }
            (c, ..) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether scenario key `k` holds in `s` what `value` (as written: `+` kept) says.
fn taken(k: &str, value: &str, s: &Scenario) -> bool {
    let month = |v: &str| YearMonth::parse(v).filter(|m| m.is_valid());
    match k {
        "mode" => matches!((value, s.mode), ("lease", AiMode::Lease) | ("gpu", AiMode::GpuCloud)),
        "start" => month(value) == Some(s.site.start),
        _ => {
            if let Some(p) = Param::by_key(k) {
                value.parse::<f64>().ok().filter(|v| v.is_finite()) == Some((p.get)(s))
            } else if let Some(t) = Toggle::by_key(k) {
                match value {
                    "1" | "true" => (t.get)(s),
                    "0" | "false" => !(t.get)(s),
                    _ => false,
                }
            } else if let Some(d) = Dated::by_key(k) {
                month(value) == Some((d.get)(s))
            } else {
                false
            }
        }
    }
}

/// Checks that every part of query `q` was either taken exactly as written (into `s`, the
/// scenario read from it, or into its display flags) or is named by a notice in `notices`
/// (keys prefixed with `prefix`: `ref.` for a pinned scenario's).
fn accounted(q: &str, s: &Scenario, notices: &[Notice], prefix: &str) -> Result<(), String> {
    let named = |k: &str| notices.iter().any(|n| n.key == format!("{prefix}{k}"));
    let q = q.strip_prefix('?').unwrap_or(q);
    let parts: Vec<(String, String, String)> = q
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (unescape(k, true), unescape(v, true), unescape(v, false))
        })
        .collect();
    let (read, unread) = parts.split_at(parts.len().min(MAX_PAIRS));
    let view = View::from_query(q);
    for (k, value, written) in read {
        if read.iter().filter(|(other, ..)| other == k).count() > 1 {
            if !named(k) {
                return Err(format!("{prefix}{k}= is given more than once, with no notice"));
            }
            continue;
        }
        let ok = match k.as_str() {
            "ref" if prefix.is_empty() => {
                let (pinned, _) = decode(value);
                accounted(value, &pinned, notices, "ref.")?;
                true
            }
            "currency" if prefix.is_empty() => Currency::by_code(value).is_some(),
            "fx" if prefix.is_empty() => written.parse::<f64>().ok().is_some_and(|v| view.per_usd == Some(v)),
            "locale" if prefix.is_empty() => view.locale.as_deref() == Some(value.as_str()),
            f if FLAG_KEYS.contains(&f) => prefix.is_empty(),
            k if Param::by_key(k).is_some() => taken(k, written, s),
            k => taken(k, value, s),
        };
        if !ok && !named(k) {
            return Err(format!("{prefix}{k}=“{written}” was not taken as written, and no notice names {prefix}{k}"));
        }
    }
    let summary = notices.iter().any(|n| n.message.contains(" more parts after the first "));
    for (k, ..) in unread {
        let known = FLAG_KEYS.contains(&k.as_str()) || all_keys().contains(&k.as_str());
        if !named(k) && (known || !summary) {
            return Err(format!("{prefix}{k}= after the first {MAX_PAIRS} parts, with no notice"));
        }
    }
    Ok(())
}

/// The checks every case gets: a valid scenario with finite figures, an exact round trip (also
/// pinned), and every part accounted for.
fn check(q: &str) -> Result<(), String> {
    let (s, notices) = read(q);
    s.validate().map_err(|e| format!("decoded scenario invalid: {e}"))?;
    let r = economics::compute(&s).map_err(|e| format!("compute: {e}"))?;
    let figures = [r.advantage_npv_usd, r.advantage_other_npv_usd, r.mining.npv_usd, r.ai.npv_usd, r.per_kwh.mining_grid_usd];
    if !figures.iter().chain(&r.hashprice_usd_per_ph_day).all(|v| v.is_finite()) {
        return Err("a figure is not finite".into());
    }
    accounted(q, &s, &notices, "")?;
    round_trip(&s)
}

fn round_trip(s: &Scenario) -> Result<(), String> {
    let text = encode(s);
    let (back, notices) = decode(&text);
    if back != *s {
        return Err(format!("round trip changed the scenario: {text}"));
    }
    if !notices.is_empty() {
        return Err(format!("round trip reported {notices:?} for {text}"));
    }
    // Pinned: the same scenario rides in `ref=` of a link to the defaults and comes back exactly.
    let page = link(&Scenario::default(), &Extras { pinned: Some(s.clone()), ..Extras::default() });
    let pinned = View::from_query(&page).pinned.map(|p| decode(&p));
    if pinned.as_ref().map(|(p, n)| (p, n.is_empty())) != Some((s, true)) {
        return Err(format!("pinned round trip changed the scenario: {page}"));
    }
    if read(&page) != (Scenario::default(), Vec::new()) {
        return Err(format!("a pin changed the live scenario: {page}"));
    }
    Ok(())
}

// ---- The families ----

/// A random junk query.
fn random_query(rng: &mut Random) -> String {
    let keys: Vec<&str> = all_keys().into_iter().chain(["zz", "", "%6D%77", "hp%00"]).chain(FLAG_KEYS).collect();
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

/// A random valid scenario: every input anywhere in its range (its ends included).
fn random_scenario(rng: &mut Random) -> Scenario {
    let mut s = Scenario::default();
    for p in PARAMS {
        let v = match pick(rng, 6) {
            0 => p.min,
            1 => p.max,
            2 => p.default,
            _ => p.min + (rng.next_u64() as f64 / u64::MAX as f64) * (p.max - p.min),
        };
        (p.set)(&mut s, p.nearest_accepted(v).unwrap_or(p.default));
    }
    for t in TOGGLES {
        (t.set)(&mut s, pick(rng, 2) == 1);
    }
    s.mode = if pick(rng, 2) == 1 { AiMode::GpuCloud } else { AiMode::Lease };
    let start = pick(rng, 12 * 17) as u32;
    s.site.start = YearMonth::MIN.plus_months(start);
    // Market data is dated no later than the start, nor than this build.
    let built = view::format::build_month().map_or(start, |b| (b.index() - YearMonth::MIN.index()) as u32);
    for d in DATES {
        (d.set)(&mut s, YearMonth::MIN.plus_months(pick(rng, start.min(built) as usize + 1) as u32));
    }
    s
}

/// A numeric key's value with a comma, a plus, an underscore or a currency sign in it, raw or
/// percent-encoded, and the text the notice must quote.
fn separated(rng: &mut Random, p: &Param) -> (String, String) {
    let v = p.min + (rng.next_u64() as f64 / u64::MAX as f64) * (p.max - p.min);
    let plain = format!("{:.*}", pick(rng, 4), v);
    let at = pick(rng, plain.len() + 1);
    let (head, tail) = plain.split_at(at);
    let (raw, said): (String, String) = match pick(rng, 9) {
        0 => (format!("{head},{tail}"), format!("{head},{tail}")),
        1 => (format!("{head}%2C{tail}"), format!("{head},{tail}")),
        2 => (format!("{head}+{tail}"), format!("{head}+{tail}")),
        3 => (format!("{head}%2B{tail}"), format!("{head}+{tail}")),
        4 => (format!("{head}_{tail}"), format!("{head}_{tail}")),
        _ => {
            let (sign, escaped) = [("$", "%24"), ("€", "%E2%82%AC"), ("£", "%C2%A3"), ("¥", "%C2%A5"), ("₹", "%E2%82%B9")][pick(rng, 5)];
            let sign_raw = if pick(rng, 2) == 0 { sign } else { escaped };
            if pick(rng, 2) == 0 {
                (format!("{sign_raw}{plain}"), format!("{sign}{plain}"))
            } else {
                (format!("{plain}{sign_raw}"), format!("{plain}{sign}"))
            }
        }
    };
    (raw, said)
}

fn separators_case(rng: &mut Random) -> Result<String, (String, String)> {
    let p = &PARAMS[pick(rng, PARAMS.len())];
    let (raw, said) = separated(rng, p);
    // Beside a few valid keys of a random scenario, in a random place.
    let other = encode(&random_scenario(rng));
    let mut parts: Vec<String> = other.split('&').filter(|x| !x.is_empty() && x.split('=').next() != Some(p.key)).take(pick(rng, 6)).map(str::to_string).collect();
    parts.insert(pick(rng, parts.len() + 1), format!("{}={raw}", p.key));
    let q = parts.join("&");
    let fail = |why: String| Err((why, q.clone()));
    if let Err(why) = check(&q) {
        return fail(why);
    }
    let (s, notices) = read(&q);
    if (p.get)(&s) != p.default {
        return fail(format!("{} = {} from “{said}”, not its default", p.key, (p.get)(&s)));
    }
    let quoted = format!("“{said}”");
    if !notices.iter().any(|n| n.key == p.key && n.message.contains(&quoted)) {
        return fail(format!("no notice for {} quoting {quoted}: {notices:?}", p.key));
    }
    Ok(q)
}

fn stored_case(rng: &mut Random) -> Result<String, (String, String)> {
    let mut store = Memory::default();
    let kind = pick(rng, 4);
    let text = match kind {
        // Good: what the page itself writes.
        0 => {
            let pinned = (pick(rng, 2) == 0).then(|| random_scenario(rng));
            let currency = (pick(rng, 2) == 0).then(|| (&CURRENCIES[pick(rng, CURRENCIES.len())], 0.5 + pick(rng, 100) as f64));
            link(&random_scenario(rng), &Extras { pinned, currency: currency.filter(|(c, _)| c.code != "USD"), locale: None, ..Extras::default() })
        }
        // Bad: anything at all.
        1 | 3 => random_query(rng).trim_start_matches('?').to_string(),
        // Old: a form no version writes.
        _ => format!("{{\"site\":{{\"grid_mw\":{}}},\"mode\":\"Lease\"}}", pick(rng, 3000)),
    };
    let fail = |why: String| Err((why, format!("stored: {text}")));
    if kind == 3 {
        // Over quota: room for what is kept, not for more.
        store.quota = Some(stored::LAST.len() + text.len() + pick(rng, 8));
    }
    if store.set(stored::LAST, &text).is_err() {
        return fail("the test store refused the first write".into());
    }
    let Some((query, notices)) = stored::recall(&mut store) else { return fail("nothing recalled".into()) };
    let (s, _) = read(&query);
    match kind {
        0 if !notices.is_empty() || query != text => return fail(format!("a good kept scenario gave {notices:?}")),
        2 if s != Scenario::default() || !notices.iter().any(|n| n.key == "stored") => return fail(format!("an old form gave {notices:?}")),
        _ => {}
    }
    if !notices.is_empty() {
        let backed_up = store.get(stored::BACKUP).is_some_and(|b| b.lines().any(|l| l == text));
        let said = notices.iter().any(|n| n.key == "stored" && if backed_up { n.message.contains(stored::BACKUP) } else { n.message.contains("could not be saved") });
        if !said {
            return fail(format!("not backed up, or not said where: {notices:?}"));
        }
    }
    if kind != 2 {
        accounted(&query, &s, &notices, "").map_err(|why| (why, format!("stored: {text}")))?;
    }
    // The page then remembers what it shows: over quota that is refused, said, and what was
    // kept stays.
    let next = format!("{}&zz={}", encode(&s), "x".repeat(text.len() + 16));
    match (stored::remember(&mut store, &next), kind) {
        (Some(n), 3) if n.key == "storage" && store.get(stored::LAST).as_deref() == Some(&text) => {}
        (None, 0..=2) if store.get(stored::LAST).as_deref() == Some(&next) => {}
        (n, _) => return fail(format!("remember over quota={}: {n:?}", kind == 3)),
    }
    Ok(text)
}

fn nested_case(rng: &mut Random) -> Result<String, (String, String)> {
    let keys = all_keys();
    let pairs_of = |rng: &mut Random, n: usize| -> Vec<String> {
        let s = random_scenario(rng);
        let mut parts: Vec<String> = encode(&s).split('&').filter(|x| !x.is_empty()).map(str::to_string).collect();
        parts.truncate(n);
        // Repeats: a key given again, with a valid or a junk value.
        for _ in 0..pick(rng, 3) {
            let key = keys[pick(rng, keys.len())];
            let value = match pick(rng, 3) {
                0 => encode(&random_scenario(rng)).split('&').find_map(|x| x.strip_prefix(&format!("{key}=")).map(str::to_string)).unwrap_or("1".into()),
                1 => "1,5".into(),
                _ => "abc".into(),
            };
            parts.insert(pick(rng, parts.len() + 1), format!("{key}={value}"));
            if pick(rng, 2) == 0 {
                parts.insert(pick(rng, parts.len() + 1), format!("{key}={value}"));
            }
        }
        parts
    };
    let flags = |rng: &mut Random| -> Vec<String> {
        let mut out = Vec::new();
        for _ in 0..pick(rng, 3) {
            out.push(match pick(rng, 5) {
                0 => format!("currency={}", CURRENCIES[pick(rng, CURRENCIES.len())].code),
                1 => format!("fx={}", ["0.9", "0,9", "2", "1e-5"][pick(rng, 4)]),
                2 => format!("locale={}", ["de-DE", "ja-JP", "xx", "d"][pick(rng, 4)]),
                3 => "embed=1".into(),
                _ => format!("theme={}", ["dark", "light"][pick(rng, 2)]),
            });
        }
        out
    };
    // A pin, holding a pin (twice escaped), flags and repeats of its own.
    let n = 1 + pick(rng, 5);
    let mut inner = pairs_of(rng, n);
    inner.extend(flags(rng));
    if pick(rng, 2) == 0 {
        let n = 1 + pick(rng, 3);
        let deepest = pairs_of(rng, n).join("&");
        inner.insert(pick(rng, inner.len() + 1), format!("ref={}", escape(&deepest)));
    }
    let n = pick(rng, 6);
    let mut outer = pairs_of(rng, n);
    outer.extend(flags(rng));
    for _ in 0..1 + pick(rng, 2) {
        outer.insert(pick(rng, outer.len() + 1), format!("ref={}", escape(&inner.join("&"))));
    }
    let q = outer.join("&");
    let fail = |why: String| Err((why, q.clone()));
    if let Err(why) = check(&q) {
        return fail(why);
    }
    let notices = read(&q).1;
    let refs = q.split('&').filter(|p| p.starts_with("ref=")).count();
    if refs == 1 && inner.iter().any(|p| p.starts_with("ref=")) && !notices.iter().any(|n| n.key == "ref.ref") {
        return fail(format!("a pin inside a pin, with no notice: {notices:?}"));
    }
    Ok(q)
}

fn many_pairs_case(rng: &mut Random) -> Result<String, (String, String)> {
    let n = 250 + pick(rng, 201);
    let valid: Vec<String> = encode(&random_scenario(rng)).split('&').filter(|x| !x.is_empty()).map(str::to_string).collect();
    let mut parts: Vec<String> = (0..n)
        .map(|i| match pick(rng, 10) {
            0 if !valid.is_empty() => valid[pick(rng, valid.len())].clone(),
            1 => ["currency=EUR", "locale=de-DE", "fx=0.9", "ref=mw%3D300", "charts=kwh"][pick(rng, 5)].to_string(),
            _ => format!("j{}={i}", pick(rng, 1000)),
        })
        .collect();
    // A real key after the limit, as the probe had it.
    parts.push(format!("mw={}", 1 + pick(rng, 1999)));
    let q = parts.join("&");
    check(&q).map(|()| q.clone()).map_err(|why| (why, q))
}

type Case = fn(&mut Random) -> Result<String, (String, String)>;

fn random_case(rng: &mut Random) -> Result<String, (String, String)> {
    let q = random_query(rng);
    check(&q).map(|()| q.clone()).map_err(|why| (why, q))
}

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
