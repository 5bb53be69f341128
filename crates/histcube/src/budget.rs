//! Memory budgets for reading cubes from untrusted bytes.
//!
//! A cube file comes from the network, so its length fields are hostile until proven otherwise.
//! Two budgets keep what decoding allocates proportional to the file:
//!
//! - **While decoding** ([`decode_budget`]): every list in the cube's structures is read through
//!   [`vec`] (`#[serde(deserialize_with)]`, so the encoding is unchanged), which charges the
//!   list's declared length × element size against the budget *before* allocating, and then
//!   allocates exactly that (no doubling). bincode's own limit bounds the text fields. Together a
//!   decoded file of `n` bytes allocates at most about 16 × n + 1 MiB, whatever its length fields
//!   say (checked by a counting-allocator test and the fuzz targets in `fuzz/`).
//! - **Before building an engine** ([`engine_bytes`], checked by [`crate::Cube::from_parts`]): the
//!   engine's histograms take Σ bins × processes entries whatever the number of cells, so a tiny
//!   cube could ask for gigabytes. The estimate is computed in `u64` (no wrap on wasm32) and
//!   refused above [`MAX_HISTOGRAM_ENTRIES`] or [`MAX_ENGINE_BYTES`].
//!
//! The decode budget is thread-local and only active inside [`crate::decode`]; lists read by
//! other deserialisers (serde_json, TOML) are not charged.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

use crate::manifest::Manifest;

/// Σ over axes of bins × processes: the engine's histogram entries (24 bytes each). 1 M is
/// 24 MB, 300 times the 1 M-cell benchmark cube's 3 500 and far inside a browser tab's memory.
pub const MAX_HISTOGRAM_ENTRIES: u64 = 1 << 20;
/// Everything the engine allocates for one cube (histograms, per-cell rows, indices): 1 GiB.
pub const MAX_ENGINE_BYTES: u64 = 1 << 30;

/// The list budget for decoding a payload of `payload_len` bytes: 8 × its size + 512 KiB. With
/// bincode's fixed limit on the manifest's text ([`crate::format::MANIFEST_DECODE_LIMIT`],
/// 512 KiB) a decode allocates at most 16 × the size + 1 MiB in all.
pub fn decode_budget(payload_len: usize) -> usize {
    payload_len.saturating_mul(8).saturating_add(512 << 10)
}

thread_local! {
    static REMAINING: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Runs `f` with a list budget of `bytes`; restores the previous state afterwards (also when
/// `f` unwinds), so nested or later decodes start clean.
pub fn with_budget<R>(bytes: usize, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<usize>);
    impl Drop for Restore {
        fn drop(&mut self) {
            REMAINING.with(|r| r.set(self.0));
        }
    }
    let _restore = Restore(REMAINING.with(|r| r.replace(Some(bytes))));
    f()
}

/// Takes `bytes` from the active budget, or says the file declares more than it can hold.
pub(crate) fn charge(bytes: usize) -> Result<(), &'static str> {
    REMAINING.with(|r| match r.get() {
        None => Ok(()),
        Some(left) if bytes <= left => {
            r.set(Some(left - bytes));
            Ok(())
        }
        Some(_) => Err(OVER_BUDGET),
    })
}

/// The message of the error a list over budget gives; [`crate::format`] recognises it.
pub(crate) const OVER_BUDGET: &str = "a list declares more entries than the file's size allows";

/// Deserialises a `Vec<T>` within the decode budget (use as `#[serde(deserialize_with)]`).
pub fn vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(BoundedVec::<T>(PhantomData))
}

/// Deserialises a `Vec<Vec<T>>` within the decode budget, inner lists included.
pub fn vec_of_vecs<'de, D, T>(deserializer: D) -> Result<Vec<Vec<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Outer<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Outer<T> {
        type Value = Vec<Vec<T>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a list of lists")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = reserve::<Vec<T>, A::Error>(seq.size_hint())?;
            while let Some(inner) = seq.next_element_seed(BoundedVec::<T>(PhantomData))? {
                push(&mut out, inner)?;
            }
            Ok(out)
        }
    }
    deserializer.deserialize_seq(Outer::<T>(PhantomData))
}

struct BoundedVec<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for BoundedVec<T> {
    type Value = Vec<T>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for BoundedVec<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut out = reserve::<T, A::Error>(seq.size_hint())?;
        while let Some(item) = seq.next_element()? {
            push(&mut out, item)?;
        }
        Ok(out)
    }
}

/// A list with room for its declared length, charged first. bincode always declares the exact
/// length; a format that does not (JSON) starts empty and grows as usual, uncharged.
fn reserve<T, E: serde::de::Error>(declared: Option<usize>) -> Result<Vec<T>, E> {
    let Some(n) = declared else { return Ok(Vec::new()) };
    charge(n.saturating_mul(std::mem::size_of::<T>())).map_err(E::custom)?;
    Ok(Vec::with_capacity(n))
}

/// Pushes within the charged capacity; growing past it (a format without declared lengths) is
/// charged like the allocation it is.
fn push<T, E: serde::de::Error>(out: &mut Vec<T>, item: T) -> Result<(), E> {
    if out.len() == out.capacity() {
        let more = out.capacity().max(4);
        charge(more.saturating_mul(std::mem::size_of::<T>())).map_err(E::custom)?;
        out.reserve_exact(more);
    }
    out.push(item);
    Ok(())
}

/// What the engine would allocate for a cube of this manifest with `n_cells` cells, in bytes,
/// and its number of histogram entries; computed in `u64` so that nothing wraps on wasm32.
pub fn engine_bytes(manifest: &Manifest, n_cells: u64) -> (u64, u64) {
    let n_proc = manifest.processes.len() as u64;
    let axes = manifest.axes.len() as u64;
    let bins: u64 = manifest.axes.iter().map(super::axis::Axis::n_bins_u64).fold(0, u64::saturating_add);
    let entries = bins.saturating_mul(n_proc).saturating_add(n_proc);
    let sums = entries.saturating_mul(24);
    // Per cell: a row of axes + 1 slots (u32), one index entry per axis (u32), a fail mask (u32)
    // and packed weights (12 bytes); per bin: an index offset (u32) and an allowed flag.
    let per_cell = (axes + 1) * 4 + axes * 4 + 4 + 12;
    let cells = n_cells.saturating_mul(per_cell);
    let per_bin = bins.saturating_mul(5);
    (sums.saturating_add(cells).saturating_add(per_bin), entries)
}

/// Refuses a cube whose engine would not fit the budgets, saying why in words.
pub fn check_engine(manifest: &Manifest, n_cells: u64) -> Result<(), String> {
    let (bytes, entries) = engine_bytes(manifest, n_cells);
    if entries > MAX_HISTOGRAM_ENTRIES {
        return Err(format!(
            "its axes and processes make {entries} histogram bins, more than the {MAX_HISTOGRAM_ENTRIES} \
             this program handles"
        ));
    }
    if bytes > MAX_ENGINE_BYTES {
        return Err(format!(
            "it would need {} MiB of memory, more than the {} MiB this program allows",
            bytes >> 20,
            MAX_ENGINE_BYTES >> 20
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Lists {
        #[serde(deserialize_with = "vec")]
        a: Vec<u64>,
        #[serde(deserialize_with = "vec_of_vecs")]
        b: Vec<Vec<u16>>,
    }

    fn bincode_of(a: &[u64], b: &[Vec<u16>]) -> Vec<u8> {
        bincode::serde::encode_to_vec((a, b), bincode::config::standard()).unwrap()
    }

    fn read(bytes: &[u8], budget: usize) -> Result<Lists, String> {
        with_budget(budget, || {
            bincode::serde::decode_from_slice::<Lists, _>(bytes, bincode::config::standard())
                .map(|(l, _)| l)
                .map_err(|e| e.to_string())
        })
    }

    #[test]
    fn lists_within_the_budget_are_read_and_charged() {
        let bytes = bincode_of(&[1, 2, 3], &[vec![1, 2], vec![]]);
        // 3 × 8 + 2 × 24 + 2 × 2 = 76 bytes of lists.
        let lists = read(&bytes, 76).unwrap();
        assert_eq!((lists.a, lists.b), (vec![1, 2, 3], vec![vec![1, 2], vec![]]));
        assert!(read(&bytes, 75).unwrap_err().contains(OVER_BUDGET));
    }

    #[test]
    fn a_huge_declared_length_is_refused_before_allocating() {
        // Length 2⁶⁰ for `a` in bincode's varint: 0xfd then 8 bytes.
        let mut bytes = vec![0xfd];
        bytes.extend_from_slice(&(1u64 << 60).to_le_bytes());
        assert!(read(&bytes, 1 << 20).unwrap_err().contains(OVER_BUDGET));
    }

    #[test]
    fn no_budget_outside_decoding() {
        assert_eq!(charge(usize::MAX), Ok(()));
        let json: Lists = serde_json::from_str(r#"{"a":[1,2,3,4,5,6,7,8,9],"b":[[1],[2,3]]}"#).unwrap();
        assert_eq!(json.a.len(), 9);
        // The budget is restored after use, even after an error.
        let _ = read(&[0xfd, 0, 0, 0, 0, 0, 0, 0, 0x10], 1);
        assert_eq!(REMAINING.with(Cell::get), None);
    }
}
