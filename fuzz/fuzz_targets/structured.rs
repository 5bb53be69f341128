//! Arbitrary manifests and cells → `Cube::from_parts` → `Engine` → edges and cuts, checked
//! against a recount. See ../harness.rs.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::structured_target(data));
