//! Wattsworth's market data file (`crates/economics/data/market.tsv`): the dated market figures
//! the model's defaults start from. This crate reads and writes the file (the model reads it at
//! compile time, through its build script), and holds what `make refresh-data` needs: the
//! sources' answers parsed ([`sources`]), the hashprice derived from them ([`hashprice`]), and the
//! bounds outside which a figure is refused ([`plausible`]).

pub mod sources;

use std::fmt;

/// A date as the file writes it: a day (`2026-06-26`) or, where the source gives only a month,
/// a month (`2026-03`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    /// `None` where the source dates the figure to a month only.
    pub day: Option<u32>,
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

impl Date {
    /// Reads `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u32 = parts.next()?.parse().ok()?;
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        let date = Date { year, month, day };
        (parts.next().is_none() && (1..=12).contains(&month) && day.is_none_or(|d| (1..=date.days_in_month()).contains(&d)) && (1900..=9999).contains(&year))
            .then_some(date)
    }

    fn days_in_month(self) -> u32 {
        match self.month {
            2 if (self.year % 4 == 0 && self.year % 100 != 0) || self.year % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// As a reader reads it: `26 Jun 2026`, or `Mar 2026`.
    pub fn words(self) -> String {
        let month = MONTHS[(self.month - 1) as usize];
        match self.day {
            Some(d) => format!("{d} {month} {}", self.year),
            None => format!("{month} {}", self.year),
        }
    }

    /// Days since 1970-01-01 of the date (its first day, for a month).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days-from-civil.
        let (y, m, d) = (self.year as i64 - i64::from(self.month <= 2), self.month as i64, self.day.unwrap_or(1) as i64);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Date { year: (yoe + era * 400 + i64::from(month <= 2)) as i32, month, day: Some(day) }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.day {
            Some(d) => write!(f, "{:04}-{:02}-{d:02}", self.year, self.month),
            None => write!(f, "{:04}-{:02}", self.year, self.month),
        }
    }
}

/// One row of the file: a market figure, its unit and date, the span its sources give (if
/// any), and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: String,
    pub value: f64,
    pub unit: String,
    pub as_of: Date,
    pub span: Option<(f64, f64)>,
    /// Source keys, as docs/methodology.md lists them.
    pub sources: String,
    /// What the figure is, in a few words.
    pub note: String,
}

/// The rows the model needs, by key: a file without one of them is refused.
pub const KEYS: [&str; 7] = ["hashprice", "fees", "difficulty", "height", "btc_price", "gpu_price", "power_price"];

/// The whole file: its opening comment lines and its rows, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub comments: Vec<String>,
    pub rows: Vec<Row>,
}

impl File {
    /// Reads the file; every problem is named with its line.
    pub fn parse(text: &str) -> Result<File, String> {
        let mut file = File { comments: Vec::new(), rows: Vec::new() };
        for (i, line) in text.lines().enumerate() {
            let at = |what: String| format!("market data, line {}: {what}", i + 1);
            if line.starts_with('#') {
                if !file.rows.is_empty() {
                    return Err(at("comments belong above the rows".into()));
                }
                file.comments.push(line.to_string());
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let [key, value, unit, as_of, low, high, sources, note] = cells[..] else {
                return Err(at(format!("{} columns, not 8 (tab-separated)", cells.len())));
            };
            let number = |text: &str, what: &str| text.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| at(format!("{what} “{text}” is not a number")));
            let span = match (low, high) {
                ("", "") => None,
                (l, h) => {
                    let (l, h) = (number(l, "low")?, number(h, "high")?);
                    if l > h {
                        return Err(at(format!("low {l} is above high {h}")));
                    }
                    Some((l, h))
                }
            };
            if file.rows.iter().any(|r| r.key == key) {
                return Err(at(format!("“{key}” is given twice")));
            }
            file.rows.push(Row {
                key: key.to_string(),
                value: number(value, "value")?,
                unit: unit.to_string(),
                as_of: Date::parse(as_of).ok_or_else(|| at(format!("date “{as_of}” is not YYYY-MM-DD or YYYY-MM")))?,
                span,
                sources: sources.to_string(),
                note: note.to_string(),
            });
        }
        if let Some(missing) = KEYS.iter().find(|k| file.get(k).is_none()) {
            return Err(format!("market data: no row “{missing}”"));
        }
        Ok(file)
    }

    /// The row `key`.
    pub fn get(&self, key: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.key == key)
    }

    /// The row `key`, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Row> {
        self.rows.iter_mut().find(|r| r.key == key)
    }

    /// The file as text: what [`File::parse`] reads back to the same rows.
    pub fn write(&self) -> String {
        let mut out = String::new();
        for c in &self.comments {
            out.push_str(c);
            out.push('\n');
        }
        for r in &self.rows {
            let (low, high) = r.span.map_or((String::new(), String::new()), |(l, h)| (number(l), number(h)));
            out.push_str(&[r.key.clone(), number(r.value), r.unit.clone(), r.as_of.to_string(), low, high, r.sources.clone(), r.note.clone()].join("\t"));
            out.push('\n');
        }
        out
    }
}

/// A number as the file writes it: the shortest text that reads back to the same value.
pub fn number(v: f64) -> String {
    format!("{v}")
}

/// Blocks a day at the protocol's ten-minute target.
pub const BLOCKS_PER_DAY: f64 = 144.0;

/// Block subsidy at `height`, BTC: 50 halved every 210,000 blocks.
pub fn subsidy_btc(height: u64) -> f64 {
    match height / 210_000 {
        h if h >= 64 => 0.0,
        h => 50.0 / (1u64 << h) as f64,
    }
}

/// Hashprice, $ per PH/s per day, from what a hash earns: `(subsidy + fees) × price × 86,400 ×
/// 10^15 / (difficulty × 2^32)`, the expected blocks a PH/s finds a day at this difficulty times
/// what a block pays (the network's hashrate is `difficulty × 2^32 / 600` hashes a second).
///
/// ```
/// // 3.125 BTC + 0.02 BTC fees, $62,500, difficulty 133.87T: 3.145 × 62,500 × 86,400 × 10^15
/// // / (133.87 × 10^12 × 4,294,967,296) = 1.6983 × 10^25 / 5.7497 × 10^23 ≈ $29.54.
/// let hp = market::hashprice(3.125, 0.02, 62_500.0, 133.87e12);
/// assert!((hp - 29.537).abs() < 0.001, "{hp}");
/// ```
pub fn hashprice(subsidy_btc: f64, fees_btc: f64, price_usd: f64, difficulty: f64) -> f64 {
    (subsidy_btc + fees_btc) * price_usd * 86_400.0 * 1e15 / (difficulty * 4_294_967_296.0)
}

/// The range outside which a refreshed figure is refused as a source's mistake, by key.
pub fn plausible(key: &str) -> Option<(f64, f64)> {
    match key {
        // Below any hashprice seen, to four times the 2021 record ($412.57).
        "hashprice" => Some((1.0, 1650.0)),
        "fees" => Some((0.0, 5.0)),
        "difficulty" => Some((1e13, 1e16)),
        "height" => Some((900_000.0, 2_000_000.0)),
        "btc_price" => Some((1_000.0, 10_000_000.0)),
        _ => None,
    }
}

/// What a refresh writes: the data file, the changelog, and the table it prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Refreshed {
    pub data: String,
    pub changelog: String,
    pub report: String,
}

fn round(v: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (v * k).round() / k
}

/// A refresh of `data` (the file's text) with what `fetch` gets from each of the sources'
/// addresses, dated `today`, and its line added under `changelog`'s `## [Unreleased]`. Nothing
/// is written here: the caller writes both texts, and only if this returns them.
pub fn refresh(data: &str, changelog: &str, fetch: impl Fn(&str) -> Result<String, String>, today: Date) -> Result<Refreshed, String> {
    let mut file = File::parse(data)?;
    let answers = [sources::HASHRATE_URL, sources::REWARDS_URL, sources::TIP_URL, sources::PRICE_URL, sources::SPOT_URL]
        .map(fetch)
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    let snap = sources::read(&answers[0], &answers[1], &answers[2], &answers[3], &answers[4])?;
    let odd = sources::implausible(&snap);
    if !odd.is_empty() {
        return Err(format!("implausible figures ({})", odd.join("; ")));
    }
    let old_height = file.get("height").map_or(0.0, |r| r.value);
    if (snap.height as f64) < old_height {
        return Err(format!("the tip ({}) is below the file's height ({old_height})", snap.height));
    }
    let blocks = "the last 1,008 blocks";
    let rows: [(&str, f64, String, &str); 5] = [
        ("hashprice", round(snap.hashprice(), 2), format!(
            "from difficulty {:.2}T, fees {} BTC a block over {blocks} and BTC ${} (mempool.space, Coinbase)",
            snap.difficulty / 1e12, round(snap.fees_btc_per_block, 4), round(snap.price_usd, 0)
        ), "M1, M2"),
        ("fees", round(snap.fees_btc_per_block, 4), format!("average fees a block over {blocks} (mempool.space)"), "M1"),
        ("difficulty", snap.difficulty, format!("difficulty {:.2}T (mempool.space)", snap.difficulty / 1e12), "M1"),
        ("height", snap.height as f64, "the tip on the day of the refresh: it places the halvings on the calendar".into(), "M1"),
        ("btc_price", round(snap.price_usd, 2), "mean of mempool.space's and Coinbase's spot prices: not an input, the price in the hashprice".into(), "M1, M2"),
    ];
    let mut table = vec![format!("{:<12} {:>24} {:>24} {:>9}", "figure", "was", "now", "change")];
    let mut changes = Vec::new();
    for (key, value, note, keys) in rows {
        let row = file.get_mut(key).ok_or_else(|| format!("no row “{key}”"))?;
        let pct = if row.value != 0.0 { format!("{:+.1}%", (value / row.value - 1.0) * 100.0) } else { "—".into() };
        table.push(format!("{key:<12} {:>24} {:>24} {pct:>9}", format!("{} ({})", number(row.value), row.as_of), format!("{} ({today})", number(value))));
        if key != "height" {
            changes.push(format!("{key} {} → {} ({pct})", number(row.value), number(value)));
        }
        row.value = value;
        row.as_of = today;
        // The new sources first; a span kept from earlier sources keeps their keys too.
        let mut cited: Vec<String> = keys.split(", ").map(str::to_string).collect();
        if row.span.is_some() {
            cited.extend(row.sources.split(", ").map(str::to_string).filter(|k| !keys.split(", ").any(|n| n == k)));
        }
        row.sources = cited.join(", ");
        row.note = note;
    }
    for key in ["gpu_price", "power_price"] {
        if let Some(r) = file.get(key) {
            table.push(format!("{key:<12} {:>24} {:>24} {:>9}", format!("{} ({})", number(r.value), r.as_of), "kept: edit by hand", ""));
        }
    }
    let out = file.write();
    File::parse(&out)?;
    let line = format!("- Market data refreshed ({today}): {}.", changes.join(", "));
    let heading = "## [Unreleased]\n";
    let i = changelog.find(heading).ok_or("CHANGELOG.md has no “## [Unreleased]” heading")? + heading.len();
    Ok(Refreshed {
        data: out,
        changelog: format!("{}\n{line}\n{}", &changelog[..i], &changelog[i..]),
        report: format!("{}\n\n{line}\nGPU rental and power prices have no keyless source: edit their rows by hand.", table.join("\n")),
    })
}

#[cfg(test)]
mod tests;
