//! The cells section of a cube file (format version 3): the cells laid out so that a general
//! compressor on the wire (the `.br` / `.gz` beside each file, or a host compressing on the fly)
//! finds the repetition in them, with nothing to decompress in the browser.
//!
//! ```text
//! cells      := n (varint) · coordinates · kinds · counts · sumw · sumw2
//! coordinates:= 0 · n varints (u64): the first cell's key, then each key minus the one before
//!             | 1 · per axis n bins (one byte each if the axis has ≤ 256 bins, else u16 LE)
//!                 · n process bytes
//! kinds      := n bytes: 0 weights stored, 1 Σw stored and Σw² = Σw·Σw (f32),
//!               2 neither: Σw = Σw² = count (a data cell: every weight is 1)
//! counts     := n varints (u32)
//! sumw       := floats of the cells of kind 0 and 1, process by process (process 0's cells in
//!               cell order, then process 1's, …): cells of one process share their weights
//! sumw2      := floats of the cells of kind 0, in the same order
//! floats     := 0 · m values as four byte planes (every value's byte 0, then every byte 1, …)
//!             | 1 · d (varint) · d distinct values as planes, ascending by bits · m varint indices
//! ```
//!
//! A cell's *key* is its bins and process as one mixed-radix number (axes in the manifest's
//! order, the process last): the order [`crate::CubeBuilder`] emits cells in, so the differences
//! are small and positive. Cubes whose keys do not increase, or do not fit in 64 bits, use the
//! plain columns. Keys are 64 bits, not 128: a wasm32 division of 128-bit numbers
//! costs kilobytes of code, and a cube of more than 2⁶⁴ possible cells has far fewer filled ones
//! than its span (it gets the columns). Varints are LEB128 (7 bits a byte, least significant first).
//!
//! Every choice above (key differences or columns, planes or dictionary, each cell's kind, the
//! shortest varint) is made one way by [`encode_cells`], and [`decode_cells`] accepts only that
//! way, so one cube has exactly one file (the fuzz harness checks that a decoded cube re-encodes
//! to the same bytes). It checks each choice where it reads it rather than re-encoding the whole
//! section and comparing: that doubled the decoding time, 10 ms of a phone's CPU per 100 000
//! cells (debug builds, and so every test and fuzz run, still re-encode and compare). Decoding checks every count against the bytes
//! left before allocating, and charges what it allocates to the decode budget ([`crate::budget`]).
//! Measured on the bundled cubes in docs/benchmarks.md ("cube encoding").

use crate::cube::Cells;
use crate::manifest::Manifest;
use crate::CubeError;

const LAYOUT_KEYS: u8 = 0;
const LAYOUT_COLUMNS: u8 = 1;
const KIND_STORED: u8 = 0;
const KIND_SQUARED: u8 = 1;
const KIND_COUNTED: u8 = 2;
const FLOATS_PLANES: u8 = 0;
const FLOATS_DICTIONARY: u8 = 1;
/// A dictionary is used when its values are few: fewer than one in eight of the floats (the
/// point where, on the bundled cubes, indices and table start to compress better than planes).
const DICTIONARY_RATIO: usize = 8;
/// The fewest bytes a cell takes in the section (a one-byte key difference, its kind, a one-byte
/// count): a declared cell count above a third of the bytes left is refused before allocating.
const MIN_BYTES_PER_CELL: usize = 3;

/// The mixed radices of a cell key (one per axis, each the product of the bins of the later
/// axes and the number of processes), or `None` when the whole span does not fit in 64 bits.
fn radices(manifest: &Manifest) -> Option<Vec<u64>> {
    let mut radices = Vec::with_capacity(manifest.axes.len());
    let mut span = manifest.processes.len() as u64;
    for axis in manifest.axes.iter().rev() {
        radices.push(span);
        span = span.checked_mul(axis.n_bins_u64())?;
    }
    radices.reverse();
    Some(radices)
}

/// Cell `i`'s key, `None` if it does not fit in 64 bits.
fn key(cells: &Cells, radices: &[u64], i: usize) -> Option<u64> {
    let mut key = u64::from(cells.process[i]);
    for (column, radix) in cells.coords.iter().zip(radices) {
        key = key.checked_add(u64::from(column[i]).checked_mul(*radix)?)?;
    }
    Some(key)
}

/// The radices of the cells' keys, if every key is larger than the one before (computed twice,
/// here and while writing, rather than held: 16 bytes a cell would count against the decoder's
/// memory allowance when it re-encodes).
fn increasing_keys(manifest: &Manifest, cells: &Cells) -> Option<Vec<u64>> {
    let radices = radices(manifest)?;
    let mut previous = None;
    for i in 0..cells.len() {
        let key = key(cells, &radices, i)?;
        if previous.is_some_and(|p| p >= key) {
            return None;
        }
        previous = Some(key);
    }
    Some(radices)
}

fn kind(sumw: f32, sumw2: f32, count: u32) -> u8 {
    // Bits, not `==`: -0.0 and 0.0 are equal but must come back as they were.
    let counted = count as f32;
    if sumw.to_bits() == counted.to_bits() && sumw2.to_bits() == counted.to_bits() {
        KIND_COUNTED
    } else if (sumw * sumw).to_bits() == sumw2.to_bits() {
        KIND_SQUARED
    } else {
        KIND_STORED
    }
}

/// Cell indices process by process, each process's cells in cell order (u32: a cube's cells
/// are far fewer, and it halves this list's memory on 64-bit machines). A counting sort: one
/// pass, and far less wasm than the standard library's stable sort.
fn by_process(cells: &Cells) -> Vec<u32> {
    let mut starts = [0u32; 257];
    for p in &cells.process {
        starts[usize::from(*p) + 1] += 1;
    }
    for p in 1..starts.len() {
        starts[p] += starts[p - 1];
    }
    let mut order = vec![0u32; cells.len()];
    for (i, p) in cells.process.iter().enumerate() {
        order[starts[usize::from(*p)] as usize] = i as u32;
        starts[usize::from(*p)] += 1;
    }
    order
}

/// The cells section for `cells` of a cube with `manifest` (both already consistent).
pub(crate) fn encode_cells(manifest: &Manifest, cells: &Cells) -> Vec<u8> {
    encode_cells_with_kinds(manifest, cells, kind)
}

/// [`encode_cells`] with each cell's kind chosen by `kind_of(Σw, Σw², count)` (the tests write
/// sections no encoder would, to see them refused).
fn encode_cells_with_kinds(manifest: &Manifest, cells: &Cells, kind_of: impl Fn(f32, f32, u32) -> u8) -> Vec<u8> {
    let n = cells.len();
    let mut out = Vec::new();
    write_varint(&mut out, n as u64);
    match increasing_keys(manifest, cells) {
        Some(radices) => {
            out.push(LAYOUT_KEYS);
            let mut previous = 0;
            for i in 0..n {
                let key = key(cells, &radices, i).expect("checked by increasing_keys");
                write_varint(&mut out, key - previous);
                previous = key;
            }
        }
        None => write_columns(&mut out, manifest, cells),
    }
    let kinds: Vec<u8> = (0..n).map(|i| kind_of(cells.sumw[i], cells.sumw2[i], cells.count[i])).collect();
    out.extend_from_slice(&kinds);
    for count in &cells.count {
        write_varint(&mut out, u64::from(*count));
    }
    let order = by_process(cells);
    let sumw: Vec<f32> =
        order.iter().map(|i| *i as usize).filter(|i| kinds[*i] != KIND_COUNTED).map(|i| cells.sumw[i]).collect();
    let sumw2: Vec<f32> =
        order.iter().map(|i| *i as usize).filter(|i| kinds[*i] == KIND_STORED).map(|i| cells.sumw2[i]).collect();
    write_floats(&mut out, &sumw);
    write_floats(&mut out, &sumw2);
    out
}

/// The plain columns layout: its tag, each axis's bins (one byte each, or two where the axis
/// has more than 256 bins), then the processes.
fn write_columns(out: &mut Vec<u8>, manifest: &Manifest, cells: &Cells) {
    out.push(LAYOUT_COLUMNS);
    for (axis, column) in manifest.axes.iter().zip(&cells.coords) {
        for bin in column {
            if axis.n_bins_u64() <= 256 {
                out.push(*bin as u8);
            } else {
                out.extend_from_slice(&bin.to_le_bytes());
            }
        }
    }
    out.extend_from_slice(&cells.process);
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn write_planes(out: &mut Vec<u8>, values: &[f32]) {
    for plane in 0..4 {
        out.extend(values.iter().map(|v| v.to_le_bytes()[plane]));
    }
}

fn write_floats(out: &mut Vec<u8>, values: &[f32]) {
    let mut distinct: Vec<u32> = values.iter().map(|v| v.to_bits()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() * DICTIONARY_RATIO < values.len() {
        out.push(FLOATS_DICTIONARY);
        write_varint(out, distinct.len() as u64);
        write_planes(out, &distinct.iter().map(|b| f32::from_bits(*b)).collect::<Vec<_>>());
        for value in values {
            let index = distinct.binary_search(&value.to_bits()).expect("every value is in the dictionary");
            write_varint(out, index as u64);
        }
    } else {
        out.push(FLOATS_PLANES);
        write_planes(out, values);
    }
}

/// Reads a cells section written by [`encode_cells`] for a cube with `manifest`, which must
/// already be valid ([`Manifest::validate`]), so the axes' bin counts can be trusted.
pub(crate) fn decode_cells(manifest: &Manifest, section: &[u8]) -> Result<Cells, CubeError> {
    let mut reader = Reader { bytes: section, at: 0 };
    let n = reader.varint(u64::MAX)?;
    if n > (reader.left() / MIN_BYTES_PER_CELL) as u64 {
        return Err(malformed("it declares more cells than it holds"));
    }
    let n = n as usize;
    // What the columns take once read: bins (u16) per axis, process, Σw, Σw², count, and the
    // process order the weights are read in (u32).
    let per_cell = 2 * manifest.axes.len() + 1 + 4 + 4 + 4 + 4;
    charge(n.checked_mul(per_cell))?;
    let mut cells = Cells {
        coords: vec![Vec::with_capacity(n); manifest.axes.len()],
        process: Vec::with_capacity(n),
        sumw: vec![0.0; n],
        sumw2: vec![0.0; n],
        count: Vec::with_capacity(n),
    };
    let layout = reader.byte()?;
    match layout {
        LAYOUT_KEYS => {
            let radices = radices(manifest).ok_or_else(|| malformed("its cell keys cannot address its axes"))?;
            let span = radices
                .first()
                .map_or(manifest.processes.len() as u64, |r| r.saturating_mul(manifest.axes[0].n_bins_u64()));
            let mut key: u64 = 0;
            for i in 0..n {
                let step = reader.varint(u64::MAX)?;
                if i > 0 && step == 0 {
                    return Err(malformed("two of its cells have the same bins"));
                }
                key = key
                    .checked_add(step)
                    .filter(|k| *k < span)
                    .ok_or_else(|| malformed("a cell lies outside the axes"))?;
                let mut rest = key;
                for (column, radix) in cells.coords.iter_mut().zip(&radices) {
                    // `rest / radix` is below that axis's bin count, which validation keeps ≤ u16.
                    column.push(u16::try_from(rest / radix).map_err(|_| malformed("a cell lies outside the axes"))?);
                    rest %= radix;
                }
                cells.process.push(rest as u8);
            }
        }
        LAYOUT_COLUMNS => {
            for (axis, column) in manifest.axes.iter().zip(cells.coords.iter_mut()) {
                if axis.n_bins_u64() <= 256 {
                    column.extend(reader.take(n)?.iter().map(|b| u16::from(*b)));
                } else {
                    let bytes = reader.take(n.checked_mul(2).ok_or_else(|| malformed(ENDS_EARLY))?)?;
                    column.extend(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])));
                }
            }
            cells.process.extend_from_slice(reader.take(n)?);
        }
        _ => return Err(malformed("its cells are laid out in a way this program does not know")),
    }
    let kinds = reader.take(n)?;
    if kinds.iter().any(|k| *k > KIND_COUNTED) {
        return Err(malformed("a cell's kind is not one this program knows"));
    }
    for _ in 0..n {
        cells.count.push(reader.varint(u32::MAX.into())? as u32);
    }
    let order = by_process(&cells);
    let with_sumw = || order.iter().map(|i| *i as usize).filter(|i| kinds[*i] != KIND_COUNTED);
    let sumw = reader.floats(with_sumw().count())?;
    for (i, value) in with_sumw().zip(sumw) {
        cells.sumw[i] = value;
    }
    let with_sumw2 = || order.iter().map(|i| *i as usize).filter(|i| kinds[*i] == KIND_STORED);
    let sumw2 = reader.floats(with_sumw2().count())?;
    for (i, value) in with_sumw2().zip(sumw2) {
        cells.sumw2[i] = value;
    }
    drop(order);
    for (i, kind) in kinds.iter().enumerate() {
        match *kind {
            KIND_COUNTED => {
                cells.sumw[i] = cells.count[i] as f32;
                cells.sumw2[i] = cells.count[i] as f32;
            }
            KIND_SQUARED => cells.sumw2[i] = cells.sumw[i] * cells.sumw[i],
            _ => {}
        }
    }
    if reader.left() > 0 {
        return Err(malformed(&format!("{} bytes are left over after the cube's data", reader.left())));
    }
    // One cube, one file: anything the encoder would have written differently is refused. What
    // the readers above have not checked: each cell's kind, and that plain columns were needed.
    // (A cell of a process the manifest does not have is refused by the cube's own checks.)
    if cells.process.iter().all(|p| usize::from(*p) < manifest.processes.len()) {
        let kinds_as_written = (0..n).all(|i| kind(cells.sumw[i], cells.sumw2[i], cells.count[i]) == kinds[i]);
        let columns_needed = layout == LAYOUT_KEYS || increasing_keys(manifest, &cells).is_none();
        if !kinds_as_written || !columns_needed {
            return Err(malformed(NOT_CANONICAL));
        }
        debug_assert!(encode_cells(manifest, &cells) == section, "a section the encoder would not write was accepted");
    }
    Ok(cells)
}

const ENDS_EARLY: &str = "its data ends in the middle of a value";
const NOT_CANONICAL: &str = "its cells are not written the way this program writes them";

fn malformed(text: &str) -> CubeError {
    CubeError::Malformed(text.to_owned())
}

/// Whether `values` hold at least `wanted` different ones (bit for bit), stopping as soon as
/// they do: on real weights, after the first few.
fn has_distinct(values: &[f32], wanted: usize) -> bool {
    let mut seen = std::collections::HashSet::with_capacity(wanted.min(values.len()));
    values.iter().any(|v| {
        seen.insert(v.to_bits());
        seen.len() >= wanted
    }) || wanted == 0
}

fn charge(bytes: Option<usize>) -> Result<(), CubeError> {
    bytes
        .and_then(|b| crate::budget::charge(b).ok())
        .ok_or_else(|| malformed("it declares more data than its size allows"))
}

/// A cursor over the section; every read checks the bytes left first.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8], CubeError> {
        if len > self.left() {
            return Err(malformed(ENDS_EARLY));
        }
        let out = &self.bytes[self.at..self.at + len];
        self.at += len;
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8, CubeError> {
        Ok(self.take(1)?[0])
    }

    /// A LEB128 number no larger than `max`.
    fn varint(&mut self, max: u64) -> Result<u64, CubeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift > 0 && bits.leading_zeros() < shift {
                return Err(malformed("a number in it is too large"));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                if shift > 0 && bits == 0 {
                    // A needless continuation byte: the same number, but not written the shortest way.
                    return Err(malformed(NOT_CANONICAL));
                }
                return if value <= max { Ok(value) } else { Err(malformed("a number in it is too large")) };
            }
        }
        Err(malformed("a number in it is too large"))
    }

    fn planes(&mut self, m: usize) -> Result<Vec<f32>, CubeError> {
        let bytes = self.take(m.checked_mul(4).ok_or_else(|| malformed(ENDS_EARLY))?)?;
        Ok((0..m).map(|i| f32::from_le_bytes([bytes[i], bytes[m + i], bytes[2 * m + i], bytes[3 * m + i]])).collect())
    }

    /// `m` floats as [`write_floats`] writes them, and only so: planes only when a dictionary
    /// would not have been used, a dictionary of exactly the distinct values in ascending order.
    fn floats(&mut self, m: usize) -> Result<Vec<f32>, CubeError> {
        match self.byte()? {
            FLOATS_PLANES => {
                let values = self.planes(m)?;
                if !has_distinct(&values, m.div_ceil(DICTIONARY_RATIO)) {
                    return Err(malformed(NOT_CANONICAL));
                }
                Ok(values)
            }
            FLOATS_DICTIONARY => {
                let d = self.varint(u32::MAX.into())? as usize;
                if d > self.left() / 4 {
                    return Err(malformed(ENDS_EARLY));
                }
                // `m` was charged with the cells; the table and its marks are new memory.
                charge(Some(d * 5))?;
                let table = self.planes(d)?;
                if d * DICTIONARY_RATIO >= m || table.windows(2).any(|w| w[0].to_bits() >= w[1].to_bits()) {
                    return Err(malformed(NOT_CANONICAL));
                }
                let mut used = vec![false; d];
                let mut values = Vec::with_capacity(m);
                for _ in 0..m {
                    let index = self.varint(u32::MAX.into())? as usize;
                    values.push(*table.get(index).ok_or_else(|| malformed("a weight in it refers to no value"))?);
                    used[index] = true;
                }
                if used.contains(&false) {
                    return Err(malformed(NOT_CANONICAL));
                }
                Ok(values)
            }
            _ => Err(malformed("its weights are laid out in a way this program does not know")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{synthetic, Cube};

    fn round_trip(cube: &Cube) -> Vec<u8> {
        let section = encode_cells(cube.manifest(), cube.cells());
        assert_eq!(&decode_cells(cube.manifest(), &section).unwrap(), cube.cells());
        section
    }

    #[test]
    fn builder_order_uses_key_differences_and_any_order_uses_columns() {
        let cube = synthetic::cube(500, 7);
        let section = round_trip(&cube);
        let mut n = Reader { bytes: &section, at: 0 };
        n.varint(u64::MAX).unwrap();
        assert_eq!(n.byte().unwrap(), LAYOUT_KEYS);
        // The same cells backwards: keys decrease, so the plain columns carry them.
        let (manifest, mut cells) = cube.into_parts();
        for column in &mut cells.coords {
            column.reverse();
        }
        for column in [&mut cells.sumw, &mut cells.sumw2] {
            column.reverse();
        }
        cells.process.reverse();
        cells.count.reverse();
        let reversed = Cube::from_parts(manifest, cells).unwrap();
        let section = round_trip(&reversed);
        let mut n = Reader { bytes: &section, at: 0 };
        n.varint(u64::MAX).unwrap();
        assert_eq!(n.byte().unwrap(), LAYOUT_COLUMNS);
    }

    #[test]
    fn weights_come_back_bit_for_bit_whichever_kind_and_table() {
        let mut out = Vec::new();
        // Few distinct values: a dictionary; many: planes. -0.0 keeps its sign.
        let few: Vec<f32> = (0..100).map(|i| [0.25, -0.0, 3.5][i % 3]).collect();
        let many: Vec<f32> = (0..100).map(|i| i as f32 * 0.37).collect();
        write_floats(&mut out, &few);
        write_floats(&mut out, &many);
        assert_eq!(out[0], FLOATS_DICTIONARY);
        let mut reader = Reader { bytes: &out, at: 0 };
        let bits = |v: Vec<f32>| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(reader.floats(100).unwrap()), bits(few));
        assert_eq!(bits(reader.floats(100).unwrap()), bits(many));
        assert_eq!(kind(3.0, 3.0, 3), KIND_COUNTED);
        assert_eq!(kind(0.5, 0.25, 1), KIND_SQUARED);
        assert_eq!(kind(0.0, -0.0, 1), KIND_STORED);
    }

    /// Reads `count` floats from `bytes` (a floats block).
    fn read_floats(bytes: &[u8], count: usize) -> Result<Vec<f32>, CubeError> {
        Reader { bytes, at: 0 }.floats(count)
    }

    #[test]
    fn floats_are_only_read_the_one_way_they_are_written() {
        let few: Vec<f32> = (0..64).map(|i| [0.5, 2.0][i % 2]).collect();
        let not_canonical =
            |result: Result<Vec<f32>, CubeError>| matches!(result, Err(CubeError::Malformed(m)) if m == NOT_CANONICAL);
        // Two distinct values in 64 as planes: the encoder would have used a dictionary.
        let mut planes = vec![FLOATS_PLANES];
        write_planes(&mut planes, &few);
        assert!(not_canonical(read_floats(&planes, 64)));
        // A dictionary out of order, or with a value no weight uses.
        let dictionary = |table: &[f32], indices: &[u64]| {
            let mut out = vec![FLOATS_DICTIONARY];
            write_varint(&mut out, table.len() as u64);
            write_planes(&mut out, table);
            for index in indices {
                write_varint(&mut out, *index);
            }
            out
        };
        let indices: Vec<u64> = (0..64).map(|i| i % 2).collect();
        assert_eq!(read_floats(&dictionary(&[0.5, 2.0], &indices), 64).unwrap(), few);
        assert!(not_canonical(read_floats(&dictionary(&[2.0, 0.5], &indices), 64)));
        assert!(not_canonical(read_floats(&dictionary(&[0.5, 2.0, 4.0], &indices), 64)));
        // As many distinct values as an eighth of the weights: planes, not a dictionary.
        let eight: Vec<u64> = (0..64).map(|i| i % 8).collect();
        let table: Vec<f32> = (0..8).map(|i| i as f32).collect();
        assert!(not_canonical(read_floats(&dictionary(&table, &eight), 64)));
    }

    #[test]
    fn cells_are_only_read_the_one_way_they_are_written() {
        let cube = synthetic::cube(300, 5);
        let (manifest, cells) = (cube.manifest(), cube.cells());
        let section = encode_cells(manifest, cells);
        let refused =
            |bytes: &[u8]| matches!(decode_cells(manifest, bytes), Err(CubeError::Malformed(m)) if m == NOT_CANONICAL);
        // Each cell's kind: "Σw² stored" for a cell whose Σw² is Σw·Σw, or "Σw² = Σw·Σw" for
        // one whose weights are its count (a data cell).
        let kinds: Vec<u8> = (0..cells.len()).map(|i| kind(cells.sumw[i], cells.sumw2[i], cells.count[i])).collect();
        assert!(kinds.contains(&KIND_SQUARED) && kinds.contains(&KIND_COUNTED), "the test cube has both kinds");
        assert!(refused(&encode_cells_with_kinds(manifest, cells, |w, w2, n| match kind(w, w2, n) {
            KIND_SQUARED => KIND_STORED,
            other => other,
        })));
        assert!(refused(&encode_cells_with_kinds(manifest, cells, |w, w2, n| match kind(w, w2, n) {
            KIND_COUNTED => KIND_STORED,
            other => other,
        })));
        let mut reader = Reader { bytes: &section, at: 0 };
        reader.varint(u64::MAX).unwrap();
        assert_eq!(reader.byte().unwrap(), LAYOUT_KEYS);
        for _ in 0..cells.len() {
            reader.varint(u64::MAX).unwrap();
        }
        let kinds_at = reader.at;
        // Plain columns for cells in the builder's order, where key differences are written.
        let mut columns = Vec::new();
        write_varint(&mut columns, cells.len() as u64);
        write_columns(&mut columns, manifest, cells);
        columns.extend_from_slice(&section[kinds_at..]);
        assert!(refused(&columns));
    }

    #[test]
    fn damaged_sections_are_errors_never_panics() {
        let cube = synthetic::cube(200, 3);
        let section = encode_cells(cube.manifest(), cube.cells());
        for len in 0..section.len() {
            assert!(decode_cells(cube.manifest(), &section[..len]).is_err(), "cut at {len}");
        }
        let mut longer = section.clone();
        longer.push(0);
        assert!(decode_cells(cube.manifest(), &longer).is_err());
        // A varint with a needless continuation byte reads the same number, but is not the
        // one way this cube is written.
        let last = section.iter().position(|b| *b < 0x80).unwrap();
        let mut padded = section[..last].to_vec();
        padded.extend_from_slice(&[section[last] | 0x80, 0]);
        padded.extend_from_slice(&section[last + 1..]);
        let error = decode_cells(cube.manifest(), &padded).unwrap_err().to_string();
        assert!(error.contains("not written the way"), "{error}");
        // A billion cells declared in a few bytes: refused before anything is allocated.
        let mut huge = Vec::new();
        write_varint(&mut huge, 1 << 30);
        huge.extend_from_slice(&section[last + 1..]);
        assert!(decode_cells(cube.manifest(), &huge).unwrap_err().to_string().contains("more cells"));
    }
}
