//! Reading one-dimensional NumPy `.npy` arrays (format versions 1–3), the generator's output.
//!
//! Only what the generator writes is accepted: little-endian (or single-byte) `float32`,
//! `int32`, `uint32`, `uint8`/`bool`, C order, one dimension. Anything else is an error naming
//! the file.

use std::path::Path;

use anyhow::{bail, Context};

/// One column of values.
#[derive(Clone, Debug, PartialEq)]
pub enum Array {
    F32(Vec<f32>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    U8(Vec<u8>),
}

impl Array {
    pub fn len(&self) -> usize {
        match self {
            Array::F32(v) => v.len(),
            Array::I32(v) => v.len(),
            Array::U32(v) => v.len(),
            Array::U8(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The NumPy type string of this array (`<f4` …), for messages.
    pub fn descr(&self) -> &'static str {
        match self {
            Array::F32(_) => "<f4",
            Array::I32(_) => "<i4",
            Array::U32(_) => "<u4",
            Array::U8(_) => "|u1",
        }
    }
}

const MAGIC: &[u8] = b"\x93NUMPY";

/// Reads `path` as a one-dimensional array.
pub fn read(path: &Path) -> anyhow::Result<Array> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse(&bytes).with_context(|| format!("{} is not an array this writer reads", path.display()))
}

/// Parses the bytes of a `.npy` file.
pub fn parse(bytes: &[u8]) -> anyhow::Result<Array> {
    if bytes.len() < 10 || &bytes[..6] != MAGIC {
        bail!("no NumPy .npy signature");
    }
    let major = bytes[6];
    let (header_len, start) = match major {
        1 => (usize::from(u16::from_le_bytes([bytes[8], bytes[9]])), 10usize),
        2 | 3 => {
            if bytes.len() < 12 {
                bail!("truncated header");
            }
            (u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize, 12)
        }
        v => bail!("unknown .npy format version {v}"),
    };
    let end = start.checked_add(header_len).filter(|&e| e <= bytes.len()).context("truncated header")?;
    let header = std::str::from_utf8(&bytes[start..end]).context("header is not text")?;
    let descr = dict_value(header, "descr").context("header has no 'descr'")?;
    let fortran = dict_value(header, "fortran_order").context("header has no 'fortran_order'")?;
    let shape = dict_value(header, "shape").context("header has no 'shape'")?;
    if fortran != "False" {
        bail!("Fortran-ordered arrays are not supported");
    }
    let dims: Vec<&str> =
        shape.trim_matches(|c| c == '(' || c == ')').split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    let [n] = dims.as_slice() else {
        bail!("shape {shape} is not one-dimensional");
    };
    let n: usize = n.parse().with_context(|| format!("bad shape {shape}"))?;
    let data = &bytes[end..];
    let descr = descr.trim_matches(|c| c == '\'' || c == '"');
    let width = match descr {
        "<f4" | "<i4" | "<u4" => 4,
        "|u1" | "|b1" | "<u1" | "|i1" => 1,
        other => bail!("element type {other} is not one of <f4, <i4, <u4, |u1, |b1"),
    };
    // Checked: a shape read from the file must not wrap into a small, matching size.
    if n.checked_mul(width) != Some(data.len()) {
        bail!("{} data bytes for {n} elements of {width} bytes", data.len());
    }
    let words = || data.chunks_exact(4).map(|c| [c[0], c[1], c[2], c[3]]);
    Ok(match descr {
        "<f4" => Array::F32(words().map(f32::from_le_bytes).collect()),
        "<i4" => Array::I32(words().map(i32::from_le_bytes).collect()),
        "<u4" => Array::U32(words().map(u32::from_le_bytes).collect()),
        _ => Array::U8(data.to_vec()),
    })
}

/// The text of `key`'s value in a Python dict literal like NumPy writes
/// (`{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }`).
fn dict_value<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let quoted = format!("'{key}':");
    let at = header.find(&quoted)? + quoted.len();
    let rest = header[at..].trim_start();
    let end = if rest.starts_with('(') { rest.find(')')? + 1 } else { rest.find([',', '}'])? };
    Some(rest[..end].trim())
}

#[cfg(test)]
pub(crate) fn encode(descr: &str, n: usize, data: &[u8]) -> Vec<u8> {
    let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': ({n},), }}");
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = MAGIC.to_vec();
    out.extend([1, 0]);
    out.extend((header.len() as u16).to_le_bytes());
    out.extend(header.as_bytes());
    out.extend(data);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_numpy_writes() {
        let data: Vec<u8> = [1.5f32, -2.0].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert_eq!(parse(&encode("<f4", 2, &data)).unwrap(), Array::F32(vec![1.5, -2.0]));
        assert_eq!(parse(&encode("|b1", 3, &[1, 0, 1])).unwrap(), Array::U8(vec![1, 0, 1]));
        let ints: Vec<u8> = [7i32, -1].iter().flat_map(|v| v.to_le_bytes()).collect();
        assert_eq!(parse(&encode("<i4", 2, &ints)).unwrap(), Array::I32(vec![7, -1]));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(parse(b"not numpy").unwrap_err().to_string().contains("signature"));
        let err = parse(&encode("<f8", 1, &[0; 8])).unwrap_err().to_string();
        assert!(err.contains("<f8"), "{err}");
        let err = parse(&encode("<f4", 3, &[0; 8])).unwrap_err().to_string();
        assert!(err.contains("8 data bytes for 3 elements"), "{err}");
        let mut two_d = encode("<f4", 1, &[0; 4]);
        let text = String::from_utf8_lossy(&two_d).replace("(1,)", "(1,1)");
        two_d = text.into_bytes();
        assert!(parse(&two_d).is_err());
        assert!(parse(&encode("<f4", 1, &[0; 4])[..12]).is_err());
        // 2⁶² elements of 4 bytes is 0 bytes once wrapped: refused, not read as empty.
        let err = parse(&encode("<f4", 1 << 62, &[])).unwrap_err().to_string();
        assert!(err.contains("0 data bytes for 4611686018427387904 elements"), "{err}");
    }
}
