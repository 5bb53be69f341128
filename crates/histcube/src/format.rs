//! The cube file format.
//!
//! ```text
//! offset  size  field
//! 0       8     magic  b"HISTCUBE"
//! 8       2     format version, u16 little-endian (FORMAT_VERSION)
//! 10      2     reserved, zero
//! 12      8     payload length in bytes, u64 little-endian
//! 20      4     CRC-32 (IEEE) of the payload, u32 little-endian
//! 24      …     payload: the manifest in bincode 2 (standard config) through serde, then the
//!               cells section (crate::cell_codec: key differences, weight kinds, byte planes)
//! ```
//!
//! The cells are not bincode: laid out column by column, with each cell's bins as the difference
//! from the previous cell's and the weights a data cell or a single event implies left out, they
//! compress to about half of what bincode's rows did (docs/benchmarks.md, "cube encoding"), and
//! the compressing is left to the wire (the `.br` / `.gz` files beside each cube in `dist/`),
//! so the browser needs no decompressor of its own.
//!
//! Decoding checks, in order: magic (foreign file), version, length (truncated or trailing
//! bytes), checksum (corrupt), bincode decoding of the manifest, its validation, the cells
//! section, then [`Cube::from_parts`] validation. Each has its own [`CubeError`] variant; no
//! input makes the decoder panic.
//!
//! The checksum only catches accidents: a hostile file carries a valid one. So decoding runs
//! within memory budgets ([`crate::budget`]): a fixed limit on what bincode reads for the
//! manifest ([`MANIFEST_DECODE_LIMIT`]) and a charge for every list before it is allocated, so
//! any file of `n` bytes allocates at most about 16 × n + 1 MiB while decoding;
//! [`Cube::from_parts`] then checks the engine's memory before anything is built from the axes.
//! `fuzz/` holds the coverage-guided fuzz targets for this path (docs/reliability.md).

use crate::cube::Cube;
use crate::manifest::Manifest;
use crate::CubeError;

pub const MAGIC: &[u8; 8] = b"HISTCUBE";
/// Bumped whenever the payload's layout changes; readers refuse other versions.
/// 2: processes record whether they are estimated from data (`Process::data_driven`).
/// 3: the cells in their own columnar section after the manifest (crate::cell_codec), and the
///    manifest carries the analysis's fit (`Manifest::fit`: axis, normalisation uncertainties).
pub const FORMAT_VERSION: u16 = 3;
pub const HEADER_LEN: usize = 24;
/// The most bincode may read for a cube's manifest (its text and numbers, counted as they take
/// memory): 512 KiB, the bound on what one string of a hostile file can make the decoder
/// allocate. The bundled manifests need 2 to 4 KiB; 512 KiB holds, for example, 60 000 variable
/// bin edges or some 8 000 categories. The cells are not bincode and do not count.
///
/// One constant rather than one sized to each file: bincode's limit is a type parameter, and
/// each limit instantiated the whole manifest decoder again in the browser's wasm (eight of
/// them took about 60 KB). [`check_manifest_size`] refuses, when a cube is written, a manifest
/// that would not read back.
pub const MANIFEST_DECODE_LIMIT: usize = 512 << 10;

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MANIFEST_DECODE_LIMIT>()
}

/// Whether `manifest` reads back within [`MANIFEST_DECODE_LIMIT`]; the error says so in words.
/// Writers call it before writing a cube ([`Cube`]'s own checks do not: they run on every
/// decode too).
pub fn check_manifest_size(manifest: &Manifest) -> Result<(), String> {
    let bytes = bincode::serde::encode_to_vec(manifest, bincode::config::standard())
        .expect("encoding plain data structures into memory cannot fail");
    match bincode::serde::decode_from_slice::<Manifest, _>(&bytes, config()) {
        Ok(_) => Ok(()),
        Err(bincode::error::DecodeError::LimitExceeded) => Err(format!(
            "its axes, categories and labels take more than the {} KiB a cube's manifest may hold: \
             fewer bin edges or categories would fit",
            MANIFEST_DECODE_LIMIT >> 10
        )),
        Err(other) => Err(describe(&other)),
    }
}

/// Serialises a cube with header and checksum.
pub fn encode(cube: &Cube) -> Vec<u8> {
    let mut payload = bincode::serde::encode_to_vec(cube.manifest(), bincode::config::standard())
        .expect("encoding plain data structures into memory cannot fail");
    payload.extend(crate::cell_codec::encode_cells(cube.manifest(), cube.cells()));
    frame(&payload)
}

/// `payload` behind this format's header: magic, version, two reserved bytes, payload length
/// and CRC-32. [`encode`] frames a serialised cube; the fuzz harness frames raw bytes so they
/// reach the decoder past the checksum.
pub fn frame(payload: &[u8]) -> Vec<u8> {
    frame_as(MAGIC, FORMAT_VERSION, payload)
}

/// `payload` behind the header with another file kind's magic and version (the event records
/// beside a cube, [`crate::events`], share the layout).
pub(crate) fn frame_as(magic: &[u8; 8], version: u16, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&version.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// The payload of a framed file of any format version, with that version, after checking
/// magic, reserved bytes, length and checksum. [`decode`] goes on only for [`FORMAT_VERSION`];
/// `preprocess upgrade` reads older payloads with their own layout.
pub fn unframe(bytes: &[u8]) -> Result<(u16, &[u8]), CubeError> {
    unframe_as(MAGIC, bytes)
}

/// [`unframe`] for a file kind with its own magic; a foreign file is [`CubeError::NotACube`],
/// which the caller names in its own words.
pub(crate) fn unframe_as<'a>(magic: &[u8; 8], bytes: &'a [u8]) -> Result<(u16, &'a [u8]), CubeError> {
    if bytes.len() < magic.len() || &bytes[..magic.len()] != magic {
        return Err(CubeError::NotACube);
    }
    if bytes.len() < HEADER_LEN {
        return Err(CubeError::Truncated { expected: HEADER_LEN as u64, found: bytes.len() as u64 });
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    // Reserved for future flags: a reader that ignored them could misread a newer file.
    if bytes[10..12] != [0, 0] {
        return Err(CubeError::Malformed("reserved header bytes 10–11 are not zero".into()));
    }
    let payload_len = u64::from_le_bytes(bytes[12..20].try_into().expect("8 bytes"));
    let checksum = u32::from_le_bytes(bytes[20..24].try_into().expect("4 bytes"));
    let payload = &bytes[HEADER_LEN..];
    let expected = (HEADER_LEN as u64).saturating_add(payload_len);
    if (payload.len() as u64) < payload_len {
        return Err(CubeError::Truncated { expected, found: bytes.len() as u64 });
    }
    if (payload.len() as u64) > payload_len {
        return Err(CubeError::TrailingBytes { expected, found: bytes.len() as u64 });
    }
    if crc32fast::hash(payload) != checksum {
        return Err(CubeError::ChecksumMismatch);
    }
    Ok((version, payload))
}

/// Parses and validates a cube file.
pub fn decode(bytes: &[u8]) -> Result<Cube, CubeError> {
    // The version is checked before anything else is trusted: a file of another version may be
    // laid out differently from the header on.
    if bytes.len() >= HEADER_LEN && bytes[..MAGIC.len()] == MAGIC[..] {
        let version = u16::from_le_bytes([bytes[8], bytes[9]]);
        if version != FORMAT_VERSION {
            return Err(CubeError::UnsupportedVersion { found: version, supported: FORMAT_VERSION });
        }
    }
    let (_, payload) = unframe(bytes)?;
    let (manifest, cells) = crate::budget::with_budget(crate::budget::decode_budget(payload.len()), || {
        let (manifest, read): (Manifest, usize) =
            bincode::serde::decode_from_slice(payload, config()).map_err(|e| CubeError::Malformed(describe(&e)))?;
        // The cells section sizes its reads by the axes: they must be valid first.
        manifest.validate().map_err(CubeError::Invalid)?;
        let cells = crate::cell_codec::decode_cells(&manifest, &payload[read..])?;
        Ok::<_, CubeError>((manifest, cells))
    })?;
    Cube::from_parts(manifest, cells)
}

/// A bincode error in words for the person who opened the file (its debug form, such as
/// `UnexpectedEnd { additional: 3 }`, means nothing to a student or teacher).
pub(crate) fn describe(error: &bincode::error::DecodeError) -> String {
    use bincode::error::DecodeError as E;
    let text = match error {
        E::UnexpectedEnd { .. } => "its data ends in the middle of a value",
        E::LimitExceeded => "it declares more data than its size allows",
        E::Utf8 { .. } => "a text in it is not valid UTF-8",
        E::UnexpectedVariant { .. } | E::InvalidBooleanValue(_) | E::InvalidIntegerType { .. } => {
            "a value in it is not one this program knows"
        }
        E::OutsideUsizeRange(_) => "a length in it is too large for this computer",
        E::OtherString(message) if message.contains(crate::budget::OVER_BUDGET) => {
            "it declares more data than its size allows"
        }
        _ => "its contents are not laid out as a cube",
    };
    text.to_owned()
}
