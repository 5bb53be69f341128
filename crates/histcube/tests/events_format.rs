//! Reading events files: round trips, and typed errors (never a panic) for random, mutated,
//! truncated and hostile bytes.

#![cfg(not(target_arch = "wasm32"))]

use histcube::events::{
    decode_events, encode_events, EventFile, EventRecord, EventsError, Flavour, JetRecord, LeptonRecord, ProcessEvents,
    EVENTS_FORMAT_VERSION, EVENTS_MAGIC, MAX_EVENTS_FILE_BYTES,
};
use proptest::prelude::*;

fn arb_lepton() -> impl Strategy<Value = LeptonRecord> {
    (any::<bool>(), any::<bool>(), 5.0f32..500.0, -2.7f32..2.7, -3.0f32..3.0).prop_map(
        |(electron, plus, pt, eta, phi)| LeptonRecord {
            flavour: if electron { Flavour::Electron } else { Flavour::Muon },
            charge: if plus { 1 } else { -1 },
            pt,
            eta,
            phi,
            e: pt * eta.cosh(),
        },
    )
}

fn arb_jet() -> impl Strategy<Value = JetRecord> {
    (20.0f32..800.0, -4.5f32..4.5, -3.0f32..3.0, any::<bool>()).prop_map(|(pt, eta, phi, b_tagged)| JetRecord {
        pt,
        eta,
        phi,
        e: pt * eta.cosh(),
        b_tagged,
    })
}

/// A consistent file of 0–20 events over 1–3 axes and 1–3 processes.
fn arb_file() -> impl Strategy<Value = EventFile> {
    (1usize..4, 1usize..4).prop_flat_map(|(n_axes, n_processes)| {
        let event = (
            0..n_processes as u8,
            any::<u32>(),
            any::<u64>(),
            prop::collection::vec(0u16..20, n_axes),
            prop::collection::vec(arb_lepton(), 0..5),
            prop::collection::vec(arb_jet(), 0..4),
            0.0f32..300.0,
            -3.0f32..3.0,
        )
            .prop_map(|(process, run, number, bins, leptons, jets, met, met_phi)| EventRecord {
                run,
                event: number,
                process,
                values: bins.iter().map(|&b| f32::from(b) * 2.5).collect(),
                bins,
                leptons,
                jets,
                met,
                met_phi,
            });
        (prop::collection::vec(event, 0..20), Just(n_axes), Just(n_processes)).prop_map(
            |(mut events, n_axes, n_processes)| {
                events.sort_by_key(|e| (e.process, e.run, e.event));
                events.dedup_by_key(|e| (e.process, e.run, e.event));
                let processes = (0..n_processes)
                    .map(|p| {
                        let recorded = events.iter().filter(|e| usize::from(e.process) == p).count() as u64;
                        ProcessEvents { id: format!("p{p}"), selected: recorded + p as u64, recorded }
                    })
                    .collect();
                EventFile {
                    analysis_id: "arb".into(),
                    axes: (0..n_axes).map(|a| format!("x{a}")).collect(),
                    processes,
                    events,
                }
            },
        )
    })
}

fn sample_bytes() -> Vec<u8> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    loop {
        let file = arb_file().new_tree(&mut runner).unwrap().current();
        if file.events.len() > 2 {
            return encode_events(&file).unwrap();
        }
    }
}

/// Frames `payload` as a valid events file (right magic, version, length and checksum), so
/// nonsense reaches the decoder behind the checks.
fn framed(payload: &[u8]) -> Vec<u8> {
    let mut out = EVENTS_MAGIC.to_vec();
    out.extend_from_slice(&EVENTS_FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

#[test]
fn header_failures_are_named() {
    let bytes = sample_bytes();
    assert_eq!(decode_events(b"HISTCUBE\x03\0"), Err(EventsError::NotAnEventsFile));
    assert_eq!(decode_events(b"<!doctype html>"), Err(EventsError::NotAnEventsFile));
    assert!(matches!(decode_events(&bytes[..bytes.len() - 1]), Err(EventsError::Truncated { .. })));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(decode_events(&longer), Err(EventsError::TrailingBytes { .. })));
    let mut corrupt = bytes.clone();
    let last = corrupt.len() - 1;
    corrupt[last] ^= 0x40;
    assert_eq!(decode_events(&corrupt), Err(EventsError::ChecksumMismatch));
    let mut newer = bytes;
    newer[8] = 7;
    assert_eq!(
        decode_events(&newer),
        Err(EventsError::UnsupportedVersion { found: 7, supported: EVENTS_FORMAT_VERSION })
    );
    let huge = vec![0u8; MAX_EVENTS_FILE_BYTES + 1];
    assert!(matches!(decode_events(&huge), Err(EventsError::TooLarge { .. })));
}

#[test]
fn a_huge_declared_event_count_is_refused_before_allocating() {
    // analysis id "", no axes, no processes, then 2⁶⁰ events (bincode varint 0xfd + u64).
    let mut payload = vec![0, 0, 0, 0xfd];
    payload.extend_from_slice(&(1u64 << 60).to_le_bytes());
    let error = decode_events(&framed(&payload)).unwrap_err();
    assert!(matches!(&error, EventsError::Malformed(m) if m.contains("more data than its size allows")), "{error}");
}

proptest! {
    #[test]
    fn files_round_trip(file in arb_file()) {
        let decoded = decode_events(&encode_events(&file).unwrap());
        prop_assert_eq!(decoded, Ok(file));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        prop_assert!(decode_events(&bytes).is_err());
        // Behind a valid header too.
        let _ = decode_events(&framed(&bytes));
    }

    #[test]
    fn mutated_payloads_never_panic(file in arb_file(), at in any::<prop::sample::Index>(), xor in 1u8..) {
        let bytes = encode_events(&file).unwrap();
        let mut payload = bytes[24..].to_vec();
        if !payload.is_empty() {
            let i = at.index(payload.len());
            payload[i] ^= xor;
        }
        // The checksum is made valid again, so the mutation reaches bincode and validation.
        let _ = decode_events(&framed(&payload));
        let cut = at.index(bytes.len());
        prop_assert!(decode_events(&bytes[..cut]).is_err());
    }
}
