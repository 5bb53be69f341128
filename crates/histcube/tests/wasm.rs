//! The cube crate in the browser: decoding and the engine behave in wasm32 as natively.
#![cfg(target_arch = "wasm32")]

use histcube::{decode, encode, synthetic, AxisCut, Engine};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_cube_round_trips_and_cuts_in_the_browser() {
    let cube = synthetic::cube(2_000, 7);
    let bytes = encode(&cube);
    let decoded = decode(&bytes).expect("decodes in wasm");
    assert_eq!(decoded, cube);

    let mut engine = Engine::new(decoded);
    let all: f64 = engine.yields().iter().map(|y| y.sumw).sum();
    engine.set_cut(0, &AxisCut::categories(&["emu"])).unwrap();
    let emu: f64 = engine.yields().iter().map(|y| y.sumw).sum();
    assert!(emu > 0.0 && emu < all);
    // The channel histogram ignores its own cut: it still sums to everything.
    let channel_total: f64 = (0..engine.n_processes()).flat_map(|p| engine.histogram(0, p)).map(|b| b.sumw).sum();
    assert!((channel_total - all).abs() < 1e-9 * all);
}

#[wasm_bindgen_test]
fn corrupt_bytes_are_an_error_in_the_browser() {
    let mut bytes = encode(&synthetic::cube(100, 1));
    let n = bytes.len();
    bytes[n / 2] ^= 0xff;
    assert!(decode(&bytes).is_err());
}

#[path = "../../../fuzz/harness.rs"]
mod harness;

/// The fuzzing corpus (fuzz/seeds) in wasm32, where `usize` is 32 bits: bin counts, budgets
/// and edges must behave as natively (tests/fuzz_corpus.rs replays it natively).
#[wasm_bindgen_test]
fn the_fuzzing_corpus_replays_in_the_browser() {
    let header = harness::bundle_entries(include_bytes!("../../../fuzz/seeds/header.bundle"));
    let structured = harness::bundle_entries(include_bytes!("../../../fuzz/seeds/structured.bundle"));
    assert!(header.len() >= 10 && structured.len() >= 10);
    for entry in header {
        harness::header_target(entry);
    }
    for entry in structured {
        harness::structured_target(entry);
    }
}

/// `Regular { bins: u32::MAX }` with both flow bins is 2³² + 1 bins: 1 in a 32-bit `usize` if
/// counted carelessly. It must be refused, not walked.
#[wasm_bindgen_test]
fn an_axis_of_two_to_the_32_bins_is_refused_in_the_browser() {
    let axis = histcube::Axis::regular("x", "", u32::MAX, 0.0, 1.0);
    assert_eq!(axis.n_bins_u64(), (1u64 << 32) + 1);
    assert_eq!(axis.n_bins(), usize::MAX);
    assert!(axis.validate().is_err());
}
