//! Time per cut update (incremental crossfilter recomputation of every histogram and the yields)
//! at 10 k, 100 k and 1 M cells, p50 and p95 over a realistic drag sequence.
//! Run with `cargo xtask bench` (or `cargo bench -p histcube --bench engine_updates`).

use std::time::Instant;

use histcube::{synthetic, Engine};

fn percentile(sorted: &[f64], q: f64) -> f64 {
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i]
}

fn main() {
    let steps = synthetic::drag_sequence();
    println!("engine: per-update time over a {}-step drag sequence (native, one core)", steps.len());
    println!("{:>10} {:>12} {:>10} {:>10} {:>10} {:>12}", "cells", "build idx ms", "p50 ms", "p95 ms", "max ms", "full rebuild");
    for target in [10_000usize, 100_000, 1_000_000] {
        let cube = synthetic::cube(target, 42);
        let cells = cube.n_cells();
        let t = Instant::now();
        let mut engine = Engine::new(cube);
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        // One warm-up pass so caches and the allocator are in steady state, then three measured.
        let mut times = Vec::new();
        let mut rebuilds = 0;
        for pass in 0..4 {
            for (axis, cut) in &steps {
                let t = Instant::now();
                let stats = engine.set_cut(*axis, cut).expect("synthetic cuts are valid");
                let ms = t.elapsed().as_secs_f64() * 1e3;
                if pass > 0 {
                    times.push(ms);
                    rebuilds += usize::from(stats.full_rebuild);
                }
            }
            engine.clear_all_cuts();
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{cells:>10} {build_ms:>12.1} {:>10.3} {:>10.3} {:>10.3} {:>12}",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times[times.len() - 1],
            rebuilds
        );
    }
}
