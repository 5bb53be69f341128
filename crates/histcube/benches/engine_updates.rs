//! Time per cut update (incremental crossfilter recomputation of every histogram and the yields)
//! at 10 k, 100 k and 1 M cells, p50 and p95 over a realistic drag sequence.
//! Run with `cargo xtask bench` (or `cargo bench -p histcube --bench engine_updates`); the same
//! loop (`synthetic::time_drag_sequence`) runs in headless Chromium in crates/engine-bench-web.

use std::time::Instant;

use histcube::{synthetic, Engine};

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
        let clock = Instant::now();
        let times = synthetic::time_drag_sequence(&mut engine, &steps, || clock.elapsed().as_secs_f64() * 1e3);
        println!(
            "{cells:>10} {build_ms:>12.1} {:>10.3} {:>10.3} {:>10.3} {:>12}",
            times.percentile(0.5),
            times.percentile(0.95),
            times.max(),
            times.full_rebuilds
        );
    }
}
