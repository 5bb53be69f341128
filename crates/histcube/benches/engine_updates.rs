//! Time per cut update (incremental crossfilter recomputation of every histogram and the yields)
//! at 10 k, 100 k and 1 M cells, p50 and p95 over a realistic drag sequence; then the time of a
//! signal-strength refit (`Engine::fit`) after each step of a cut drag on a 52-bin fit axis.
//! Run with `cargo xtask bench` (or `cargo bench -p histcube --bench engine_updates`); the same
//! loop (`synthetic::time_drag_sequence`) runs in headless Chromium in crates/engine-bench-web.

use std::time::Instant;

use histcube::fit::FitOptions;
use histcube::{synthetic, AxisCut, Engine};

fn main() {
    let steps = synthetic::drag_sequence();
    println!("engine: per-update time over a {}-step drag sequence (native, one core)", steps.len());
    println!(
        "{:>10} {:>12} {:>10} {:>10} {:>10} {:>12}",
        "cells", "build idx ms", "p50 ms", "p95 ms", "max ms", "full rebuild"
    );
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
    fit_refits();
}

/// Refit μ after every step of a drag of the mass window's lower edge (100 → 124 → 100 GeV, in
/// 1 GeV bins) on [`synthetic::fit_cube`]: 52 bins, two signals, two backgrounds with staterror;
/// without and with normalisation uncertainties on both backgrounds (which add two profiled α),
/// with the default 41-point profile scan and without it.
fn fit_refits() {
    let mut engine = Engine::new(synthetic::fit_cube(1, 1.0));
    let axis = engine.cube().manifest().axis_index("m").expect("the fit cube has an m axis");
    let edges: Vec<f64> = (100..=124).chain((100..124).rev()).map(f64::from).collect();
    let normsys = || {
        let mut o = FitOptions::observed();
        o.norm_uncertainties = [("zz".to_owned(), 0.1), ("ttbar".to_owned(), 0.3)].into();
        o
    };
    println!("\nfit: per refit of μ on 52 bins after each of {} cut steps (native, one core)", edges.len());
    println!("{:>34} {:>10} {:>10} {:>10}", "model", "p50 ms", "p95 ms", "max ms");
    let cases: [(&str, FitOptions); 4] = [
        ("staterror, scan 41", FitOptions::observed()),
        ("staterror, no scan", FitOptions { scan_points: 0, ..FitOptions::observed() }),
        ("staterror + 2 normsys, scan 41", normsys()),
        ("staterror + 2 normsys, no scan", FitOptions { scan_points: 0, ..normsys() }),
    ];
    for (name, options) in &cases {
        let mut ms = Vec::new();
        for pass in 0..4 {
            for &lo in &edges {
                engine.set_cut(axis, &AxisCut::range(Some(lo), None)).expect("a valid cut");
                let t = Instant::now();
                let result = engine.fit(axis, &[], options).expect("the fit cube always has signal");
                let elapsed = t.elapsed().as_secs_f64() * 1e3;
                assert!(result.mu_hat.is_finite());
                if pass > 0 {
                    ms.push(elapsed);
                }
            }
        }
        ms.sort_by(f64::total_cmp);
        let q = |f: f64| ms[((ms.len() - 1) as f64 * f).round() as usize];
        println!("{name:>34} {:>10.4} {:>10.4} {:>10.4}", q(0.5), q(0.95), ms[ms.len() - 1]);
        if name.starts_with("staterror + 2 normsys, scan") {
            println!("BENCH fit_refit_p50_ms={:.4}", q(0.5));
            println!("BENCH fit_refit_p95_ms={:.4}", q(0.95));
        }
    }
}
