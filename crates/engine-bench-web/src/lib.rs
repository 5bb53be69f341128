//! The native engine benchmark (`crates/histcube/benches/engine_updates.rs`) in the browser.
//!
//! Same synthetic cubes (seed 42), same drag sequence, same warm-up and measured passes — the
//! timing loop is `histcube::synthetic::time_drag_sequence` in both — but compiled to wasm32 at
//! the workspace's release profile (opt-level 3, LTO) and timed with `performance.now()`.
//! `cargo xtask bench` builds it, runs wasm-bindgen on it and loads `index.html` in headless
//! Chromium through `tests/e2e/bench/engine.mjs`, which prints the table.
//!
//! The same page also hands JavaScript the synthetic events each cube was filled with
//! ([`SyntheticEvents`]) and the drag sequence as plain numbers ([`drag_cuts`]), so
//! `tests/e2e/bench/crossfilter-bench.js` can time npm `crossfilter2` on exactly the same work.
//!
//! Everything is wasm32-only: natively the crate is empty, so `cargo test --workspace` costs
//! nothing here.
#![cfg(target_arch = "wasm32")]

use histcube::{synthetic, AxisCut, Cube, Engine};
use wasm_bindgen::prelude::*;

fn performance() -> web_sys::Performance {
    web_sys::window().and_then(|w| w.performance()).expect("the page has window.performance")
}

/// The drag sequence as short text, one entry per step (`mll ≥ 25`, `channel ∈ {emu}`), so the
/// driver can say which steps are slow.
#[wasm_bindgen]
pub fn drag_steps() -> String {
    let manifest = synthetic::manifest();
    let steps: Vec<_> =
        synthetic::drag_sequence().iter().map(|(axis, cut)| describe(&manifest.axes[*axis].id, cut)).collect();
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

/// `[warm-up passes, measured passes]` of [`synthetic::time_drag_sequence`], for timing another
/// implementation the same way.
#[wasm_bindgen]
pub fn drag_passes() -> Vec<u32> {
    vec![synthetic::WARM_UP_PASSES as u32, synthetic::MEASURED_PASSES as u32]
}

/// The drag sequence for another crossfilter implementation, as JSON, one entry per step:
/// `{"axis": i, "lower": x | null, "upper": x | null}` (keep values in `[lower, upper)`, `null`
/// an open end) or `{"axis": i, "categories": [index, …]}`. Every step's ends are bin edges, so
/// filtering event values this way keeps exactly the bins the engine keeps.
#[wasm_bindgen]
pub fn drag_cuts() -> String {
    let manifest = synthetic::manifest();
    let steps: Vec<_> = synthetic::drag_sequence()
        .iter()
        .map(|(axis, cut)| match cut {
            AxisCut::Categories(ids) => {
                let indices: Vec<_> = ids
                    .iter()
                    .map(|id| manifest.axes[*axis].category_index(id).expect("synthetic categories exist"))
                    .collect();
                serde_json::json!({ "axis": axis, "categories": indices })
            }
            AxisCut::Ranges(ranges) => {
                assert_eq!(ranges.len(), 1, "the drag sequence cuts one range per step");
                serde_json::json!({ "axis": axis, "lower": ranges[0].lower, "upper": ranges[0].upper })
            }
        })
        .collect();
    serde_json::json!(steps).to_string()
}

/// The in-range bin edges of every synthetic axis, as JSON `[{"id": …, "edges": [...]}, …]`: a
/// value's bin is the number of edges at or below it (bin 0 below the first edge), which splits
/// the events exactly as the cube's bins do.
#[wasm_bindgen]
pub fn axis_edges() -> String {
    let axes: Vec<_> = synthetic::manifest()
        .axes
        .iter()
        .map(|axis| serde_json::json!({ "id": axis.id, "edges": axis.edges() }))
        .collect();
    serde_json::json!(axes).to_string()
}

/// The events that filled `synthetic::cube(target_cells, 42)`, column by column, and that cube,
/// so JavaScript can check its own result against the engine's.
#[wasm_bindgen]
pub struct SyntheticEvents {
    cube: Cube,
    events: synthetic::EventColumns,
}

#[wasm_bindgen]
impl SyntheticEvents {
    #[wasm_bindgen(constructor)]
    pub fn new(target_cells: usize) -> Self {
        let (cube, events) = synthetic::cube_with_events(target_cells, 42);
        Self { cube, events }
    }

    /// Cells of the cube these events filled.
    pub fn cells(&self) -> usize {
        self.cube.n_cells()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Each event's process index (a `Uint8Array`).
    pub fn process(&self) -> Vec<u8> {
        self.events.process.clone()
    }

    /// Each event's weight (a `Float64Array`).
    pub fn weight(&self) -> Vec<f64> {
        self.events.weight.clone()
    }

    /// Each event's value on axis `axis` (a `Float64Array`; a category axis gives the index).
    pub fn values(&self, axis: usize) -> Vec<f64> {
        self.events.values[axis].clone()
    }

    /// The engine's yields after the whole drag sequence, as JSON `[{"sumw": …, "count": …}, …]`
    /// per process: what any other implementation must find after the same steps.
    pub fn engine_yields_after_drag_sequence(&self) -> String {
        let mut engine = Engine::new(self.cube.clone());
        for (axis, cut) in synthetic::drag_sequence() {
            engine.set_cut(axis, &cut).expect("synthetic cuts are valid");
        }
        let yields: Vec<_> =
            engine.yields().iter().map(|s| serde_json::json!({ "sumw": s.sumw, "count": s.count })).collect();
        serde_json::json!(yields).to_string()
    }
}
