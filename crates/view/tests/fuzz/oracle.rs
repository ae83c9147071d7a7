//! The fuzz's oracle: its own reading of a query's parts (each taken exactly as written, or named
//! in a notice), and the checks every case must pass: it decodes, computes, and round-trips.

use super::*;

pub(crate) fn pick(rng: &mut Random, n: usize) -> usize {
    (rng.next_u64() % n as u64) as usize
}

pub(crate) fn all_keys() -> Vec<&'static str> {
    PARAMS.iter().map(|p| p.key).chain(TOGGLES.iter().map(|t| t.key)).chain(DATES.iter().map(|d| d.key)).chain(["mode", "start"]).collect()
}

/// Escapes everything but unreserved characters (so a query can ride inside `ref=`).
pub(crate) fn escape(text: &str) -> String {
    text.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

// ---- The oracle ----

/// `%XX` decoded (anything else kept as written), and `+` as a space when `plus`: a reading of
/// the query written apart from the decoder's own.
pub(crate) fn unescape(text: &str, plus: bool) -> String {
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
pub(crate) fn taken(k: &str, value: &str, s: &Scenario) -> bool {
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
pub(crate) fn accounted(q: &str, s: &Scenario, notices: &[Notice], prefix: &str) -> Result<(), String> {
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
pub(crate) fn check(q: &str) -> Result<(), String> {
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

pub(crate) fn round_trip(s: &Scenario) -> Result<(), String> {
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
