//! The cube file format.
//!
//! ```text
//! offset  size  field
//! 0       8     magic  b"HISTCUBE"
//! 8       2     format version, u16 little-endian (FORMAT_VERSION)
//! 10      2     reserved, zero
//! 12      8     payload length in bytes, u64 little-endian
//! 20      4     CRC-32 (IEEE) of the payload, u32 little-endian
//! 24      …     payload: bincode 2 (standard config) of (Manifest, Cells) through serde
//! ```
//!
//! Decoding checks, in order: magic (foreign file), version, length (truncated or trailing
//! bytes), checksum (corrupt), bincode decoding, then [`Cube::from_parts`] validation. Each has
//! its own [`CubeError`] variant; no input makes the decoder panic.

use crate::cube::{Cells, Cube};
use crate::manifest::Manifest;
use crate::CubeError;

pub const MAGIC: &[u8; 8] = b"HISTCUBE";
/// Bumped whenever the payload's layout changes; readers refuse other versions.
/// 2: processes record whether they are estimated from data (`Process::data_driven`).
pub const FORMAT_VERSION: u16 = 2;
pub const HEADER_LEN: usize = 24;
/// Upper bound on what a payload may make the decoder allocate, against hostile length fields.
const DECODE_LIMIT: usize = 1 << 31;

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<DECODE_LIMIT>()
}

/// Serialises a cube with header and checksum.
pub fn encode(cube: &Cube) -> Vec<u8> {
    let payload = bincode::serde::encode_to_vec((cube.manifest(), cube.cells()), config())
        .expect("encoding plain data structures into memory cannot fail");
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// Parses and validates a cube file.
pub fn decode(bytes: &[u8]) -> Result<Cube, CubeError> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(CubeError::NotACube);
    }
    if bytes.len() < HEADER_LEN {
        return Err(CubeError::Truncated { expected: HEADER_LEN as u64, found: bytes.len() as u64 });
    }
    let version = u16::from_le_bytes([bytes[8], bytes[9]]);
    if version != FORMAT_VERSION {
        return Err(CubeError::UnsupportedVersion { found: version, supported: FORMAT_VERSION });
    }
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
    let ((manifest, cells), read): ((Manifest, Cells), usize) =
        bincode::serde::decode_from_slice(payload, config()).map_err(|e| CubeError::Malformed(e.to_string()))?;
    if read != payload.len() {
        return Err(CubeError::Malformed(format!("{} unread bytes after the cube", payload.len() - read)));
    }
    Cube::from_parts(manifest, cells)
}
