//! Raw bytes behind a valid cube header (magic, version, length, CRC): the decoder's budgets,
//! bincode and validation see exactly what the fuzzer writes. See ../harness.rs.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::header_target(data));
