//! Decoding allocates in proportion to the file, whatever its length fields say: at most
//! 16 × its size + 1 MiB at the peak, measured by a counting global allocator over the fuzz
//! corpus, the bundled cubes and hand-made hostile payloads (docs/reliability.md).
//!
//! One test function only: the allocator counts every thread of this test binary.
#![cfg(not(target_arch = "wasm32"))]
// A global allocator can only be written as an `unsafe impl`; it forwards to `System` unchanged.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

#[path = "../../../fuzz/harness.rs"]
mod harness;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Counted as if old and new blocks coexisted, as they do when the block moves.
        grew(new_size);
        LIVE.fetch_sub(layout.size(), Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak bytes allocated above the starting point while decoding `bytes`.
fn peak_while_decoding(bytes: &[u8]) -> usize {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let result = histcube::decode(bytes);
    let peak = PEAK.load(Relaxed) - before;
    drop(result);
    peak
}

fn bincode_len(len: u64) -> Vec<u8> {
    let mut out = vec![0xfd];
    out.extend_from_slice(&len.to_le_bytes());
    out
}

#[test]
fn decoding_allocates_at_most_16_times_the_file_plus_1_mib() {
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, entry) in harness::bundle_entries(include_bytes!("../../../fuzz/seeds/header.bundle")).iter().enumerate() {
        inputs.push((format!("header corpus #{i}"), harness::wrap(entry)));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/cubes");
    for name in ["hzz4l", "hww", "ttz"] {
        inputs.push((format!("{name}.cube"), std::fs::read(dir.join(format!("{name}.cube"))).unwrap()));
    }
    // A string of 2⁶⁰ bytes announced in the analysis id (the manifest's first field).
    inputs.push(("huge string".into(), harness::wrap(&bincode_len(1 << 60))));
    // A string just under the manifest's limit, one far over it, and a list of 2⁴⁰ axes.
    inputs.push(("string under the limit".into(), harness::wrap(&bincode_len((512 << 10) - 64))));
    inputs.push(("60 MiB string".into(), harness::wrap(&bincode_len(60 << 20))));
    let mut axes = vec![1, b'x', 1, b'y', 0, 0];
    axes.extend(bincode_len(1 << 40));
    inputs.push(("2⁴⁰ axes".into(), harness::wrap(&axes)));
    // 4 000 categories with empty ids on one axis: 48 bytes of memory for every 2 bytes of file.
    let mut categories = vec![1, b'x', 1, b'y'];
    categories.extend(13.0f64.to_le_bytes());
    categories.extend(10.0f64.to_le_bytes());
    categories.extend([1, 1, 1, b'a', 0, 0, 3, 0xfb]);
    categories.extend(4_000u16.to_le_bytes());
    categories.extend(std::iter::repeat_n(0, 8_000));
    inputs.push(("4 000 empty categories".into(), harness::wrap(&categories)));

    let mut worst = (0.0f64, String::new());
    for (name, bytes) in &inputs {
        let peak = peak_while_decoding(bytes);
        let allowed = 16 * bytes.len() + (1 << 20);
        assert!(peak <= allowed, "{name}: {peak} bytes allocated for a {}-byte file (allowed {allowed})", bytes.len());
        let ratio = peak as f64 / allowed as f64;
        if ratio > worst.0 {
            worst = (ratio, name.clone());
        }
    }
    eprintln!("{} inputs; the highest peak was {:.0} % of the allowance ({})", inputs.len(), 100.0 * worst.0, worst.1);
}
