//! Reading cube files: round trips, and typed errors (never a panic) for bad bytes.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use histcube::{decode, encode, CubeError, FORMAT_VERSION};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

fn sample_bytes() -> Vec<u8> {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let cube = common::arb_cube().new_tree(&mut runner).unwrap().current();
    encode(&cube)
}

#[test]
fn a_corrupt_byte_is_a_checksum_error() {
    let mut bytes = sample_bytes();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    assert_eq!(decode(&bytes), Err(CubeError::ChecksumMismatch));
}

#[test]
fn a_truncated_file_says_how_much_is_missing() {
    let bytes = sample_bytes();
    let cut = &bytes[..bytes.len() - 3];
    assert!(matches!(decode(cut), Err(CubeError::Truncated { expected, found })
        if expected == bytes.len() as u64 && found == cut.len() as u64));
    assert!(matches!(decode(&bytes[..12]), Err(CubeError::Truncated { .. })));
}

#[test]
fn foreign_files_and_other_versions_are_named_as_such() {
    assert_eq!(decode(b"type,fraction,invMass1\n0,1,2\n"), Err(CubeError::NotACube));
    assert_eq!(decode(b""), Err(CubeError::NotACube));
    let mut bytes = sample_bytes();
    bytes[8] = 99;
    assert_eq!(decode(&bytes), Err(CubeError::UnsupportedVersion { found: 99, supported: FORMAT_VERSION }));
    assert!(decode(&bytes).unwrap_err().to_string().contains("newer preprocessor"));
    // A cube of the first format (before processes recorded `data_driven`) says what to do.
    bytes[8..10].copy_from_slice(&1u16.to_le_bytes());
    let old = decode(&bytes).unwrap_err().to_string();
    assert!(old.contains("version 1 is not supported") && old.contains("build it again"), "{old}");
    let mut longer = sample_bytes();
    longer.push(0);
    assert!(matches!(decode(&longer), Err(CubeError::TrailingBytes { .. })));
}

#[test]
fn a_data_driven_background_round_trips_and_needs_real_data() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let cube = common::arb_cube().new_tree(&mut runner).unwrap().current();
    let (mut manifest, cells) = cube.into_parts();
    manifest.data_kind = histcube::DataKind::Real;
    manifest.processes.push(histcube::Process::data_driven_background("reducible"));
    let real = histcube::Cube::from_parts(manifest.clone(), cells.clone()).unwrap();
    let back = decode(&encode(&real)).unwrap();
    assert!(back.manifest().processes.last().unwrap().data_driven);
    assert_eq!(back.manifest(), real.manifest());
    manifest.data_kind = histcube::DataKind::PseudoData;
    let refused = histcube::Cube::from_parts(manifest, cells).unwrap_err().to_string();
    assert!(refused.contains("`reducible` is estimated from recorded data"), "{refused}");
}

#[test]
fn a_valid_checksum_over_nonsense_is_still_a_typed_error() {
    let payload = vec![0xffu8; 64];
    let mut bytes = b"HISTCUBE".to_vec();
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(&[0, 0]);
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crc32fast_hash(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    assert!(matches!(decode(&bytes), Err(CubeError::Malformed(_))), "{:?}", decode(&bytes));
}

// The same CRC-32 (IEEE) the format uses, written out so the test does not trust the crate.
#[test]
fn a_manifest_over_the_limit_is_refused_before_writing_and_when_read() {
    use histcube::{format::check_manifest_size, Axis, CubeBuilder, DataKind, Manifest, Process, Role};
    let manifest = |categories: usize| {
        let ids: Vec<String> = (0..categories).map(|c| format!("a-rather-long-category-{c:06}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut manifest = Manifest::new("big", 13.0, 10.0, DataKind::None);
        manifest.axes = vec![Axis::category("many", &ids)];
        manifest.processes = vec![Process::new("zz", Role::Background)];
        manifest
    };
    // A few thousand categories read back; tens of thousands do not.
    assert_eq!(check_manifest_size(&manifest(2_000)), Ok(()));
    let big = manifest(20_000);
    let refused = check_manifest_size(&big).unwrap_err();
    assert!(refused.contains("more than the 512 KiB a cube's manifest may hold"), "{refused}");
    let cube = CubeBuilder::new(big).unwrap().finish().unwrap();
    match decode(&encode(&cube)) {
        Err(CubeError::Malformed(reason)) => assert!(reason.contains("more data than its size allows"), "{reason}"),
        other => panic!("expected the limit's refusal, got {other:?}"),
    }
}

fn crc32fast_hash(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

proptest! {
    #[test]
    fn cubes_round_trip(cube in common::arb_cube()) {
        let decoded = decode(&encode(&cube)).unwrap();
        prop_assert_eq!(decoded, cube);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let mut with_magic = b"HISTCUBE".to_vec();
        with_magic.extend_from_slice(&bytes);
        let _ = decode(&bytes);
        let _ = decode(&with_magic);
    }

    #[test]
    fn mutated_cubes_never_panic(cube in common::arb_cube(), at in any::<prop::sample::Index>(), xor in 1u8..) {
        let mut bytes = encode(&cube);
        let i = at.index(bytes.len());
        bytes[i] ^= xor;
        prop_assert!(decode(&bytes).is_err());
    }
}
