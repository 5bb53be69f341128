//! The native engine benchmark (`crates/histcube/benches/engine_updates.rs`) in the browser.
//!
//! Same synthetic cubes (seed 42), same drag sequence, same warm-up and measured passes — the
//! timing loop is `histcube::synthetic::time_drag_sequence` in both — but compiled to wasm32 at
//! the workspace's release profile (opt-level 3, LTO) and timed with `performance.now()`.
//! `cargo xtask bench` builds it, runs wasm-bindgen on it and loads `index.html` in headless
//! Chromium through `tests/e2e/bench/engine.mjs`, which prints the table.
//!
//! Everything is wasm32-only: natively the crate is empty, so `cargo test --workspace` costs
//! nothing here.
#![cfg(target_arch = "wasm32")]

use histcube::{synthetic, AxisCut, Engine};
use wasm_bindgen::prelude::*;

fn performance() -> web_sys::Performance {
    web_sys::window().and_then(|w| w.performance()).expect("the page has window.performance")
}

/// The drag sequence as short text, one entry per step (`mll ≥ 25`, `channel ∈ {emu}`), so the
/// driver can say which steps are slow.
#[wasm_bindgen]
pub fn drag_steps() -> String {
    let manifest = synthetic::manifest();
    let steps: Vec<_> = synthetic::drag_sequence().iter().map(|(axis, cut)| describe(&manifest.axes[*axis].id, cut)).collect();
    serde_json::json!(steps).to_string()
}

fn describe(axis: &str, cut: &AxisCut) -> String {
    match cut {
        AxisCut::Categories(ids) => format!("{axis} ∈ {{{}}}", ids.join(", ")),
        AxisCut::Ranges(ranges) => ranges
            .iter()
            .map(|r| match (r.lower, r.upper) {
                (Some(lo), Some(hi)) => format!("{} ≤ {axis} < {}", num(lo), num(hi)),
                (Some(lo), None) => format!("{axis} ≥ {}", num(lo)),
                (None, Some(hi)) => format!("{axis} < {}", num(hi)),
                (None, None) => format!("any {axis}"),
            })
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

/// At most three decimals, no trailing zeros: `25`, `2.945`.
fn num(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Builds the synthetic cube of at least `target_cells` cells and its engine, then times every
/// update of the drag sequence. Returns JSON: `cells`, `build_ms` (building the engine's
/// indices), `p50_ms`, `p95_ms`, `max_ms`, `full_rebuilds` and `ms` (every measured update, pass
/// after pass).
#[wasm_bindgen]
pub fn run(target_cells: usize) -> String {
    let perf = performance();
    let steps = synthetic::drag_sequence();
    let cube = synthetic::cube(target_cells, 42);
    let cells = cube.n_cells();
    let t = perf.now();
    let mut engine = Engine::new(cube);
    let build_ms = perf.now() - t;
    let times = synthetic::time_drag_sequence(&mut engine, &steps, || perf.now());
    serde_json::json!({
        "cells": cells,
        "build_ms": build_ms,
        "p50_ms": times.percentile(0.5),
        "p95_ms": times.percentile(0.95),
        "max_ms": times.max(),
        "full_rebuilds": times.full_rebuilds,
        "ms": times.ms,
    })
    .to_string()
}
