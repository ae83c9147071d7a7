use economics::analysis::*;
use economics::monte_carlo::Run;
use std::time::Instant;
fn main() {
    let s = economics::Scenario::default();
    let t = Instant::now(); for _ in 0..20 { economics::compute(&s).unwrap(); } println!("compute {:?}", t.elapsed() / 20);
    let t = Instant::now(); let r = Run::new(&s, 2000, 1).unwrap(); println!("mc new {:?}", t.elapsed());
    let mut r = r; let mut worst = std::time::Duration::ZERO; let mut n = 0;
    loop { let t = Instant::now(); let d = r.advance(1); worst = worst.max(t.elapsed()); n += 1; if d { break } } println!("mc step worst {:?} steps {n}", worst);
    let mut run = SensitivityRun::new(&s).unwrap(); let mut worst = std::time::Duration::ZERO; let mut n = 0; let t0 = Instant::now();
    loop { let t = Instant::now(); let d = run.advance(1); worst = worst.max(t.elapsed()); n += 1; if d { break } } println!("sens step worst {:?} steps {n} total {:?}", worst, t0.elapsed());
    let mut run = BreakEvensRun::new(&s).unwrap(); let mut worst = std::time::Duration::ZERO; let t0 = Instant::now();
    loop { let t = Instant::now(); let d = run.advance(1); worst = worst.max(t.elapsed()); if d { break } } println!("be step worst {:?} total {:?}", worst, t0.elapsed());
    let mut run = TimingRun::new(&s).unwrap(); let mut worst = std::time::Duration::ZERO; let t0 = Instant::now();
    loop { let t = Instant::now(); let d = run.advance(1); worst = worst.max(t.elapsed()); if d { break } } println!("timing step worst {:?} total {:?}", worst, t0.elapsed());
    let mut run = FrontierRun::new(&s, MapAxes::CapexByRate, 21, 21).unwrap(); let mut worst = std::time::Duration::ZERO; let t0 = Instant::now();
    loop { let t = Instant::now(); let d = run.advance(1); worst = worst.max(t.elapsed()); if d { break } } println!("map step worst {:?} total {:?}", worst, t0.elapsed());
}
