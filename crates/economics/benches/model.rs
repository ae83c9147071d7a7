//! Criterion benchmarks for the model's hot paths, at the sizes the page uses; and the slowest
//! single step of each analysis the page runs in the background, a step at a time between
//! frames.
use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, SamplingMode};
use economics::analysis::{self, BreakEvensRun, FrontierRun, MapAxes, SensitivityRun, Stepped, TimingRun};
use economics::monte_carlo::Run;
use economics::{compute, monte_carlo, Scenario};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A 15-year monthly scenario: 180 months.
fn fifteen_years() -> Scenario {
    let mut s = Scenario::default();
    s.site.horizon_years = 15.0;
    s.ai.months_to_convert = 0.0;
    assert_eq!(s.months(), 180);
    s
}

fn benches(c: &mut Criterion) {
    let s = fifteen_years();
    c.bench_function("report_180_months", |b| b.iter(|| compute(black_box(&s)).unwrap()));
    c.bench_function("tornado", |b| b.iter(|| analysis::tornado(black_box(&s)).unwrap()));
    c.bench_function("sensitivity_with_flips", |b| b.iter(|| analysis::sensitivity(black_box(&s)).unwrap()));
    c.bench_function("break_evens", |b| b.iter(|| analysis::break_evens(black_box(&s)).unwrap()));
    c.bench_function("when_to_convert", |b| b.iter(|| analysis::when_to_convert(black_box(&s)).unwrap()));
    c.bench_function("frontier_21x21", |b| b.iter(|| analysis::frontier(black_box(&s), Default::default(), 21, 21).unwrap()));
    let mut group = c.benchmark_group("monte_carlo");
    group.sample_size(20);
    group.bench_function("10000_paths_180_months", |b| {
        b.iter(|| monte_carlo::simulate(black_box(&s), 10_000, 1).unwrap())
    });
    group.finish();
}

/// Which `advance(1)` of a run from `make` takes longest: every step timed over three whole
/// runs, keeping each step's fastest time (a busy machine only ever adds time).
fn slowest_step<R: Stepped>(make: &impl Fn() -> R) -> usize {
    let mut fastest: Vec<Duration> = Vec::new();
    for _ in 0..3 {
        let mut run = make();
        for step in 0.. {
            let start = Instant::now();
            let done = run.advance(1);
            let took = start.elapsed();
            match fastest.get_mut(step) {
                Some(f) => *f = (*f).min(took),
                None => fastest.push(took),
            }
            if done {
                break;
            }
        }
    }
    fastest.iter().enumerate().max_by_key(|&(_, took)| *took).map_or(0, |(step, _)| step)
}

/// The slowest step of a run from `make`, alone: each iteration builds the run and advances it
/// to just before that step untimed, then times that one `advance(1)`.
fn one_slice<R: Stepped>(group: &mut BenchmarkGroup<WallTime>, name: &str, make: impl Fn() -> R) {
    let step = slowest_step(&make);
    group.bench_function(name, |b| {
        b.iter_batched_ref(
            || {
                let mut run = make();
                for _ in 0..step {
                    run.advance(1);
                }
                run
            },
            |run| run.advance(1),
            BatchSize::PerIteration,
        )
    });
}

/// The page's background analyses on today's defaults, at the page's sizes (2,000 Monte Carlo
/// paths, a 21 × 21 map): preparing the Monte Carlo, then the slowest single step of each. A
/// step is what the page runs between frames, so the slowest one bounds how long a frame waits.
fn slices(c: &mut Criterion) {
    let s = Scenario::default();
    let mut group = c.benchmark_group("one_slice");
    // Each iteration replays a run up to its slowest step: few, long samples.
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("monte_carlo_new_2000_paths", |b| b.iter(|| Run::new(black_box(&s), 2000, 1).unwrap()));
    one_slice(&mut group, "monte_carlo_2000_paths", || Run::new(&s, 2000, 1).unwrap());
    one_slice(&mut group, "sensitivity", || SensitivityRun::new(&s).unwrap());
    one_slice(&mut group, "break_evens", || BreakEvensRun::new(&s).unwrap());
    one_slice(&mut group, "when_to_convert", || TimingRun::new(&s).unwrap());
    one_slice(&mut group, "frontier_21x21", || FrontierRun::new(&s, MapAxes::CapexByRate, 21, 21).unwrap());
    group.finish();
}

criterion_group!(model, benches, slices);
criterion_main!(model);
