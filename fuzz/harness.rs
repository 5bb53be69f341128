//! What the fuzz targets run on each input, shared with the tests that replay the corpus
//! (natively in `crates/histcube/tests/fuzz_corpus.rs`, in Chromium in `tests/wasm.rs`), so a
//! corpus entry means the same thing everywhere. Included with `#[path]`: the fuzz crate needs
//! nightly-only instrumentation and cannot be a dependency of histcube's tests.
//!
//! Both targets end in [`exercise`], which holds a decoded cube to its promises: it re-encodes
//! to the same bytes, the engine builds, every edge and span is computable, and after every cut
//! the incremental yields agree with a recount from scratch.

// Each includer (two fuzz targets, three test files) uses a different part of it.
#![allow(dead_code)]

use arbitrary::{Arbitrary, Unstructured};
use histcube::{decode, encode, Axis, AxisKind, Category, Cells, Cube, DataKind, Engine, Manifest, Process, Role};

/// Wraps `payload` in a valid header (magic, version, length, CRC), so the fuzzer's bytes reach
/// the bincode decoder and validation instead of stopping at the checksum.
pub fn wrap(payload: &[u8]) -> Vec<u8> {
    histcube::format::frame(payload)
}

/// The header-wrapped target: arbitrary payload bytes behind a valid header. What decodes must
/// build an engine whose yields match a recount; the fuller [`exercise`] (re-encoding, default
/// cuts, every histogram) runs on every cube the structure-aware target makes, so this target
/// spends its time on the decoder, where the hostile inputs are.
pub fn header_target(payload: &[u8]) {
    if let Ok(cube) = decode(&wrap(payload)) {
        for axis in &cube.manifest().axes {
            assert!(axis.edges().iter().all(|e| !e.is_nan()), "axis `{}` has a NaN edge", axis.id);
        }
        check_against_recount(&Engine::new(cube));
    }
}

/// An axis as the fuzzer proposes it; turned into a real [`Axis`] unchecked, so invalid ones
/// test validation and valid ones the engine.
#[derive(Arbitrary, Debug)]
pub enum FuzzAxis {
    Regular { bins: u32, lower: f64, upper: f64, underflow: bool, overflow: bool },
    Variable { edges: Vec<f64>, underflow: bool, overflow: bool },
    Integer { lower: i32, upper: i32, underflow: bool, overflow: bool },
    Category { categories: u16, duplicate: bool, flow: bool },
}

#[derive(Arbitrary, Debug)]
pub struct FuzzCell {
    pub coords: Vec<u16>,
    pub process: u8,
    pub sumw: f32,
    pub sumw2: f32,
    pub count: u32,
}

/// The structure-aware target's input: a manifest and cells, then cuts to apply.
#[derive(Arbitrary, Debug)]
pub struct FuzzCube {
    pub axes: Vec<FuzzAxis>,
    pub processes: u8,
    pub data_driven: bool,
    pub data_kind: u8,
    pub sqrt_s_tev: f64,
    pub luminosity_fb: f64,
    pub cells: Vec<FuzzCell>,
    /// Coordinates taken as they are (mostly out of range) rather than folded into the axis.
    pub raw_coords: bool,
    pub cuts: Vec<(u8, Vec<bool>)>,
}

fn axis(index: usize, fuzz: &FuzzAxis) -> Axis {
    let kind = match fuzz {
        FuzzAxis::Regular { bins, lower, upper, underflow, overflow } => {
            AxisKind::Regular { bins: *bins, lower: *lower, upper: *upper, underflow: *underflow, overflow: *overflow }
        }
        FuzzAxis::Variable { edges, underflow, overflow } => {
            AxisKind::Variable { edges: edges.clone(), underflow: *underflow, overflow: *overflow }
        }
        FuzzAxis::Integer { lower, upper, underflow, overflow } => {
            AxisKind::Integer { lower: *lower, upper: *upper, underflow: *underflow, overflow: *overflow }
        }
        FuzzAxis::Category { categories, duplicate, flow } => AxisKind::Category {
            categories: (0..*categories)
                .map(|c| {
                    let id = if *duplicate && c == 1 { "c0".to_owned() } else { format!("c{c}") };
                    Category { label_key: format!("category.{id}"), id }
                })
                .collect(),
            flow: *flow,
        },
    };
    Axis { id: format!("a{index}"), label_key: format!("axis.a{index}"), unit: String::new(), kind }
}

/// The structure-aware target: arbitrary manifest and cells → `from_parts` → engine → edges.
pub fn structured_target(data: &[u8]) {
    let Ok(input) = FuzzCube::arbitrary_take_rest(Unstructured::new(data)) else { return };
    // More axes than the format allows are refused by validation; building 2¹⁶ of them first
    // would only slow the fuzzer down.
    if input.axes.len() > histcube::MAX_AXES + 1 {
        return;
    }
    // Nor would thousands of named categories (a string each from two bytes of input): making,
    // hashing and dropping them took 90 % of this target's time, measured with callgrind, and
    // held it to a few hundred inputs a second. Real axes have a few dozen; a full axis of
    // 65 535 categories is validated by histcube's own tests (`axis::tests`).
    let categories: usize = input
        .axes
        .iter()
        .map(|a| if let FuzzAxis::Category { categories, .. } = a { usize::from(*categories) } else { 0 })
        .sum();
    if categories > STRUCTURED_CATEGORIES {
        return;
    }
    let mut manifest = Manifest::new(
        "fuzz",
        input.sqrt_s_tev,
        input.luminosity_fb,
        [DataKind::Real, DataKind::PseudoData, DataKind::None][usize::from(input.data_kind % 3)],
    );
    manifest.axes = input.axes.iter().enumerate().map(|(i, a)| axis(i, a)).collect();
    manifest.processes = (0..input.processes)
        .map(|p| {
            let role = [Role::Data, Role::Signal, Role::Background][usize::from(p % 3)];
            let mut process = Process::new(&format!("p{p}"), role);
            process.data_driven = input.data_driven && p == 2;
            process
        })
        .collect();
    let n_bins: Vec<usize> = manifest.axes.iter().map(Axis::n_bins).collect();
    let mut cells = Cells { coords: vec![Vec::new(); manifest.axes.len()], ..Cells::default() };
    for cell in &input.cells {
        for (a, column) in cells.coords.iter_mut().enumerate() {
            let raw = cell.coords.get(a).copied().unwrap_or(0);
            let bins = n_bins[a].clamp(1, usize::from(u16::MAX));
            column.push(if input.raw_coords { raw } else { (usize::from(raw) % bins) as u16 });
        }
        cells.process.push(if input.raw_coords { cell.process } else { cell.process % input.processes.max(1) });
        cells.sumw.push(cell.sumw);
        cells.sumw2.push(cell.sumw2);
        cells.count.push(cell.count);
    }
    let Ok(cube) = Cube::from_parts(manifest, cells) else { return };
    // Validation above has seen the whole input, budgets included. Building and recounting an
    // engine of up to a million histogram entries is what made this target crawl at a few
    // hundred inputs a second; engines that large behave as small ones do (the same code, the
    // cube tests and the header target's decoded cubes cover them), so only small ones go on.
    if histogram_entries(&cube) > STRUCTURED_ENGINE_ENTRIES {
        return;
    }
    let mut engine = exercise(cube);
    for (axis, allowed) in &input.cuts {
        let axis = usize::from(*axis);
        if axis >= engine.n_axes() {
            continue;
        }
        let n = engine.cut_mask(axis).len();
        let pattern: Vec<bool> =
            (0..n).map(|b| allowed.get(b % allowed.len().max(1)).copied().unwrap_or(true)).collect();
        engine.set_cut_mask(axis, &pattern).expect("a pattern of the axis's length is accepted");
        check_against_recount(&engine);
    }
}

/// The most categories, over all axes, of a manifest the structure-aware target builds.
pub const STRUCTURED_CATEGORIES: usize = 1024;

/// The most histogram entries (bins of every axis × processes) of a cube the structure-aware
/// target builds an engine for.
pub const STRUCTURED_ENGINE_ENTRIES: usize = 1 << 14;

/// Bins of every axis, flow bins included, times the processes: the size of an engine's
/// histograms.
pub fn histogram_entries(cube: &Cube) -> usize {
    let bins: usize = cube.manifest().axes.iter().map(Axis::n_bins).sum();
    bins.saturating_mul(cube.manifest().processes.len().max(1))
}

/// Everything a valid cube promises; panics (a fuzzer finding) if one does not hold.
pub fn exercise(cube: Cube) -> Engine {
    let bytes = encode(&cube);
    let again = decode(&bytes).expect("a valid cube decodes from its own encoding");
    assert_eq!(encode(&again), bytes, "a cube re-encodes to the same bytes");
    for axis in &cube.manifest().axes {
        let edges = axis.edges();
        assert_eq!(edges.len(), axis.n_regular_bins() + 1);
        assert!(edges.iter().all(|e| !e.is_nan()), "axis `{}` has a NaN edge", axis.id);
        for bin in 0..axis.n_bins() {
            let _ = axis.span(bin);
        }
    }
    let manifest = cube.manifest().clone();
    let mut engine = Engine::new(cube);
    check_against_recount(&engine);
    for cut in &manifest.default_cuts {
        let axis = manifest.axis_index(&cut.axis).expect("validated: default cuts name existing axes");
        engine.set_cut(axis, &cut.cut).expect("validated: default cuts apply");
    }
    check_against_recount(&engine);
    for a in 0..engine.n_axes() {
        for p in 0..engine.n_processes() {
            assert_eq!(engine.histogram(a, p).len(), manifest.axes[a].n_bins());
        }
    }
    let _ = engine.significance(&[]);
    let _ = engine.uhi_histogram(0, 0);
    engine
}

/// The engine's incremental yields against a recount of every cell under the current cuts.
fn check_against_recount(engine: &Engine) {
    let cells = engine.cube().cells();
    let mut expected = vec![0.0f64; engine.n_processes()];
    let mut scale = vec![0.0f64; engine.n_processes()];
    let mut counts = vec![0u64; engine.n_processes()];
    for i in 0..cells.len() {
        let passes = (0..engine.n_axes()).all(|a| engine.cut_mask(a)[usize::from(cells.coords[a][i])]);
        let p = usize::from(cells.process[i]);
        scale[p] += f64::from(cells.sumw[i]).abs();
        if passes {
            expected[p] += f64::from(cells.sumw[i]);
            counts[p] += u64::from(cells.count[i]);
        }
    }
    for (p, y) in engine.yields().iter().enumerate() {
        assert_eq!(y.count, counts[p], "process {p}: event count after cuts");
        let tolerance = 1e-9 * (scale[p] + 1.0);
        assert!(
            (y.sumw - expected[p]).abs() <= tolerance,
            "process {p}: yield {} against a recount of {}",
            y.sumw,
            expected[p]
        );
    }
}

/// Splits a corpus bundle (`[u32 LE length][bytes]…`, what `cargo xtask fuzz` writes from the
/// corpus folder) into its inputs.
pub fn bundle_entries(bundle: &[u8]) -> Vec<&[u8]> {
    let mut entries = Vec::new();
    let mut rest = bundle;
    while rest.len() >= 4 {
        let len = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes")) as usize;
        let Some(entry) = rest.get(4..4 + len) else { break };
        entries.push(entry);
        rest = &rest[4 + len..];
    }
    entries
}
