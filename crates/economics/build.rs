//! Reads `data/market.tsv` (the market figures the defaults start from) and writes it out as
//! Rust constants, so the model has no file to read and no request to make when it runs. A file
//! that does not read stops the build, naming its line.

use std::fmt::Write;

fn main() {
    let path = "data/market.tsv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let file = market::File::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let mut out = String::from("// Written by build.rs from data/market.tsv: edit that file, not this one.\n");
    for r in &file.rows {
        let span = r.span.map_or("None".to_string(), |(l, h)| format!("Some(({l:?}, {h:?}))"));
        let _ = writeln!(
            out,
            "pub const {}: Datum = Datum {{ key: {:?}, value: {:?}, unit: {:?}, month: YearMonth {{ year: {}, month: {} }}, day: {:?}, days: {}, as_of: {:?}, span: {span}, sources: {:?}, note: {:?} }};",
            r.key.to_uppercase(), r.key, r.value, r.unit, r.as_of.year, r.as_of.month, r.as_of.day, r.as_of.days_since_epoch(), r.as_of.words(), r.sources, r.note
        );
    }
    let all: Vec<String> = file.rows.iter().map(|r| r.key.to_uppercase()).collect();
    let _ = writeln!(out, "/// Every row, in file order.\npub static ALL: &[Datum] = &[{}];", all.join(", "));
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("market_data.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
