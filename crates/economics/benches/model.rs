//! Criterion benchmarks for the model's hot paths, at the sizes the page uses.
use criterion::{criterion_group, criterion_main, Criterion};
use economics::{analysis, compute, monte_carlo, Scenario};
use std::hint::black_box;

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

criterion_group!(model, benches);
criterion_main!(model);
