//! The fuzz's five families of cases: random queries, separators in numbers, the stored
//! scenario, nested and repeated keys, and links past the limit of parts.

use super::*;

/// A random junk query.
pub(crate) fn random_query(rng: &mut Random) -> String {
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
pub(crate) fn random_scenario(rng: &mut Random) -> Scenario {
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
pub(crate) fn separated(rng: &mut Random, p: &Param) -> (String, String) {
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

pub(crate) fn separators_case(rng: &mut Random) -> Result<String, (String, String)> {
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

pub(crate) fn stored_case(rng: &mut Random) -> Result<String, (String, String)> {
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

pub(crate) fn nested_case(rng: &mut Random) -> Result<String, (String, String)> {
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

pub(crate) fn many_pairs_case(rng: &mut Random) -> Result<String, (String, String)> {
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

pub(crate) type Case = fn(&mut Random) -> Result<String, (String, String)>;

pub(crate) fn random_case(rng: &mut Random) -> Result<String, (String, String)> {
    let q = random_query(rng);
    check(&q).map(|()| q.clone()).map_err(|why| (why, q))
}
