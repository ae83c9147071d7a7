//! Prints every figure docs/methodology.md quotes at the defaults or for a preset that `headlines`
//! and `defaults_table` do not, section by section, so each can be checked against the code: run
//! `cargo run --release -p economics --example methodology_figures`. Sentences the page writes
//! (the verdict, its basis, the cash chart's sentence, the market data's date) are composed here
//! by the rules of `view::text`, which this crate cannot call; version 2's headlines are rerun
//! from `tests/fixtures/v2.tsv` with version 2's choices as `tests/version2.rs` states them; the
//! refresh's hashprice is worked from the recorded answers in `tests/fixtures/market/`.

mod analyses;
mod finance;
mod paths;
mod window;
mod words;

use economics::{compute, Scenario};

fn main() {
    let s = Scenario::default();
    let r = compute(&s).unwrap();
    window::window_network_market(&s, &r);
    paths::paths(&s, &r);
    analyses::analyses(&s);
    finance::finance(&s, &r);
}
