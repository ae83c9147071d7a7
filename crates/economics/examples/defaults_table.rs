//! Prints the defaults tables of docs/methodology.md from the input tables, so the two agree.
use economics::params::{Dated, PARAMS, TOGGLES};
use economics::Scenario;

fn main() {
    let s = Scenario::default();
    println!("| Key | Input | Default | Unit | Range | Source (as of) |");
    println!("|---|---|---|---|---|---|");
    for p in PARAMS {
        let dated = Dated::of_param(p.key).map_or(String::new(), |d| {
            format!(" Dated `{}` = {}.", d.key, (d.get)(&s))
        });
        println!(
            "| `{}` | {} | {} | {} | {}–{} | {}{dated} |",
            p.key,
            p.label,
            (p.get)(&s),
            p.unit,
            p.min,
            p.max,
            p.cite.line()
        );
    }
    println!("\n| Key | Switch | Default | Source |");
    println!("|---|---|---|---|");
    for t in TOGGLES {
        println!(
            "| `{}` | {} | {} | {} |",
            t.key,
            t.label,
            if (t.get)(&s) { "on" } else { "off" },
            t.cite.line()
        );
    }
}
