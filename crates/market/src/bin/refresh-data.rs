//! `make refresh-data`: asks mempool.space and Coinbase (public, keyless; `market::sources`) for
//! today's difficulty, fees, tip height and BTC price, derives the hashprice, and rewrites those
//! rows of `crates/economics/data/market.tsv` (`market::refresh`); prints old → new; adds a line
//! to CHANGELOG.md. The GPU rental and power prices have no keyless source and are kept, to be
//! edited by hand. If any source cannot be reached or says something implausible, it says so in
//! one line, exits non-zero and changes nothing.

use std::process::{Command, ExitCode};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../economics/data/market.tsv");
const CHANGELOG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../CHANGELOG.md");

fn fetch(url: &str) -> Result<String, String> {
    let out = Command::new("curl")
        .args(["-fsSL", "--max-time", "20", "-A", "wattsworth-refresh-data", url])
        .output()
        .map_err(|e| format!("cannot run curl ({e})"))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr).trim().replace('\n', " ");
        return Err(format!("cannot reach {url} ({why})"));
    }
    String::from_utf8(out.stdout).map_err(|_| format!("{url} answered with something other than text"))
}

fn today() -> market::Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    market::Date::from_days((secs / 86_400) as i64)
}

fn run() -> Result<String, String> {
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("cannot read {path} ({e})"));
    let done = market::refresh(&read(DATA)?, &read(CHANGELOG)?, fetch, today())?;
    // Both files checked and ready: only now is anything written.
    write(DATA, &done.data)?;
    write(CHANGELOG, &done.changelog)?;
    Ok(done.report)
}

/// Writes `text` to `path` through a temporary file, so a file is never left half written.
fn write(path: &str, text: &str) -> Result<(), String> {
    let temp = format!("{path}.new");
    std::fs::write(&temp, text).and_then(|_| std::fs::rename(&temp, path)).map_err(|e| format!("cannot write {path} ({e})"))
}

fn main() -> ExitCode {
    match run() {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("refresh-data: {why}; nothing changed.");
            ExitCode::FAILURE
        }
    }
}
