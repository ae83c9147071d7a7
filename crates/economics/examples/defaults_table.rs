//! Prints the defaults table of docs/methodology.md from the parameter table, so the two agree.
use economics::params::PARAMS;
use economics::Scenario;

fn main() {
    let s = Scenario::default();
    println!("| Key | Input | Default | Unit | Range | Source (as of) |");
    println!("|---|---|---|---|---|---|");
    for p in PARAMS {
        let source = if p.cite.is_assumption() {
            format!("{}", p.cite.note)
        } else {
            format!("{} — {} ({})", p.cite.note, p.cite.sources, p.cite.as_of)
        };
        println!("| `{}` | {} | {} | {} | {}–{} | {} |", p.key, p.label, (p.get)(&s), p.unit, p.min, p.max, source);
    }
}
