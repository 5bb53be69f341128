//! Replays the fuzzing corpus kept in the repository (`fuzz/seeds/*.bundle`, written by
//! `cargo xtask fuzz`) through the same harness the fuzz targets run, so every input the fuzzer
//! found interesting stays a regression test without cargo-fuzz or nightly. The same bundles run
//! in Chromium in `tests/wasm.rs`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../../fuzz/harness.rs"]
mod harness;

const HEADER: &[u8] = include_bytes!("../../../fuzz/seeds/header.bundle");
const STRUCTURED: &[u8] = include_bytes!("../../../fuzz/seeds/structured.bundle");

#[test]
fn the_header_corpus_replays_without_a_finding() {
    let entries = harness::bundle_entries(HEADER);
    assert!(entries.len() >= 10, "the header corpus has only {} entries", entries.len());
    let decoded = entries.iter().filter(|e| histcube::decode(&harness::wrap(e)).is_ok()).count();
    for entry in &entries {
        harness::header_target(entry);
    }
    // The corpus reaches past the decoder into the engine, not only into errors.
    assert!(decoded > 0, "no entry of the header corpus decodes to a cube");
}

#[test]
fn the_structured_corpus_replays_without_a_finding() {
    let entries = harness::bundle_entries(STRUCTURED);
    assert!(entries.len() >= 10, "the structured corpus has only {} entries", entries.len());
    for entry in &entries {
        harness::structured_target(entry);
    }
}

#[test]
fn the_bundled_cubes_pass_the_harness() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/cubes");
    for name in ["hzz4l", "hww", "ttz"] {
        let bytes = std::fs::read(dir.join(format!("{name}.cube"))).unwrap();
        assert!(histcube::decode(&bytes).is_ok(), "{name}.cube");
    }
    // The whole harness (engine, recounts) on the smallest: a debug build is slow on hww's cells.
    let bytes = std::fs::read(dir.join("hzz4l.cube")).unwrap();
    harness::header_target(&bytes[histcube::format::HEADER_LEN..]);
}
