//! A small ROOT file writer for one flat TTree of scalars and `std::vector`s of numbers.
//!
//! It writes what ROOT 6.18 (the release's ROOT) writes for such a tree: a file header, the top
//! directory, one TBasket per branch, the TTree (TBranch/TLeafI|F|O for scalars,
//! TBranchElement/TLeafElement for `vector<…>`), the list of keys, the streamer infos and the
//! free-segment list. The streamer infos are ROOT 6.18/04's own for exactly these classes,
//! taken byte for byte from a file of the release (`data/streamer_info_root_6_18_04.bin`, the
//! decompressed payload of its `StreamerInfo` key; regenerate with
//! `tools/generator/extract_streamers.py`), so the file declares ROOT 6.18/04's format version
//! (61804) and every class version it uses is the one those streamers describe.
//!
//! The layout of the TTree record follows uproot's writer (`uproot/writing/_cascadetree.py`,
//! BSD-3-Clause), with TBranchElement and TLeafElement added for `std::vector` branches as ROOT
//! writes them (`fType` 0, `fStreamerType` −1, `fID` −1, the vector's class checksum and class
//! version 6). Everything is deterministic (fixed dates and UUID), so the same events give a
//! byte-identical file. Baskets are compressed with zlib (ROOT's `ZL` blocks).

use std::io::Write;

/// ROOT version whose on-file format (and streamer infos) this writer reproduces.
pub const ROOT_VERSION: i32 = 61804;
/// The decompressed payload of the release's `StreamerInfo` key (ROOT 6.18/04).
const STREAMER_INFO: &[u8] = include_bytes!("../data/streamer_info_root_6_18_04.bin");
const BEGIN: usize = 100;
/// ROOT's compression setting for zlib level 1.
const COMPRESS: i32 = 101;
const K_BYTE_COUNT_MASK: u32 = 0x4000_0000;
const K_NEW_CLASS_TAG: u32 = 0xFFFF_FFFF;
const K_MAP_OFFSET: u32 = 2;
const K_IS_ON_HEAP: u32 = 0x0100_0000;
const K_NOT_DELETED: u32 = 0x0200_0000;
const K_MUST_CLEANUP: u32 = 0x0000_0008;
/// 2020-07-13 00:00:00 as a ROOT TDatime: a fixed date keeps files reproducible.
const DATIME: u32 = ((2020 - 1995) << 26) | (7 << 22) | (13 << 17);
const MAX_BASKETS: usize = 10;
const BASKET_SIZE: i32 = 32000;

/// The values of one branch.
#[derive(Clone, Debug, PartialEq)]
pub enum Values {
    I32(Vec<i32>),
    U32(Vec<u32>),
    F32(Vec<f32>),
    Bool(Vec<bool>),
    /// `vector<float>`: all elements, then the number per entry.
    VecF32(Vec<f32>, Vec<u32>),
    /// `vector<int>`.
    VecI32(Vec<i32>, Vec<u32>),
    /// `vector<unsigned int>`.
    VecU32(Vec<u32>, Vec<u32>),
    /// `vector<bool>`.
    VecBool(Vec<bool>, Vec<u32>),
}

impl Values {
    /// Number of entries.
    pub fn entries(&self) -> usize {
        match self {
            Values::I32(v) => v.len(),
            Values::U32(v) => v.len(),
            Values::F32(v) => v.len(),
            Values::Bool(v) => v.len(),
            Values::VecF32(_, c) | Values::VecI32(_, c) | Values::VecU32(_, c) | Values::VecBool(_, c) => c.len(),
        }
    }

    /// (class name, class checksum) of a vector branch, as in ROOT 6.18's dictionaries.
    fn vector_class(&self) -> Option<(&'static str, u32)> {
        match self {
            Values::VecF32(..) => Some(("vector<float>", 89_790_107)),
            Values::VecI32(..) => Some(("vector<int>", 9_976_712)),
            Values::VecU32(..) => Some(("vector<unsigned int>", 3_106_279_697)),
            Values::VecBool(..) => Some(("vector<bool>", 29_929_751)),
            _ => None,
        }
    }

    /// Elements of a vector branch or values of a scalar branch, big-endian.
    fn element_bytes(&self) -> (Vec<u8>, usize) {
        fn be<T, const N: usize>(v: &[T], f: impl Fn(&T) -> [u8; N]) -> (Vec<u8>, usize) {
            (v.iter().flat_map(f).collect(), N)
        }
        match self {
            Values::I32(v) | Values::VecI32(v, _) => be(v, |x| x.to_be_bytes()),
            Values::U32(v) | Values::VecU32(v, _) => be(v, |x| x.to_be_bytes()),
            Values::F32(v) | Values::VecF32(v, _) => be(v, |x| x.to_be_bytes()),
            Values::Bool(v) | Values::VecBool(v, _) => be(v, |x| [u8::from(*x)]),
        }
    }

    fn counts(&self) -> Option<&[u32]> {
        match self {
            Values::VecF32(_, c) | Values::VecI32(_, c) | Values::VecU32(_, c) | Values::VecBool(_, c) => Some(c),
            _ => None,
        }
    }
}

/// One branch to write.
pub struct Branch {
    pub name: String,
    pub values: Values,
}

/// The largest file this writer produces: its header and keys hold 32-bit seeks and lengths
/// (ROOT's "small file" layout, as the release's files use), so 2 GiB − 1.
pub const MAX_FILE_BYTES: u64 = i32::MAX as u64;
/// The largest object (one basket, uncompressed): ROOT's byte counts keep 30 bits for the size.
pub const MAX_OBJECT_BYTES: u64 = (1 << 30) - 1;
/// Longest file, tree or branch name: a key's length is an `i16` and holds three names.
const MAX_NAME_BYTES: usize = 8192;

/// A size [`file_bytes`] checked fits, as the `i32` the format stores. A failure here is a
/// bug in [`size_check`], never a silently wrapped seek.
fn i32_of<T: TryInto<i32>>(v: T) -> i32 {
    v.try_into().ok().expect("sizes are checked against MAX_FILE_BYTES before writing")
}

fn u32_of<T: TryInto<u32>>(v: T) -> u32 {
    v.try_into().ok().expect("sizes are checked against MAX_FILE_BYTES before writing")
}

fn i16_of<T: TryInto<i16>>(v: T) -> i16 {
    v.try_into().ok().expect("names are checked against MAX_NAME_BYTES before writing")
}

/// Refuses what this writer cannot encode, before writing a byte: names too long for a key,
/// vector counts that do not add up to the elements, a basket over [`MAX_OBJECT_BYTES`], or a
/// file that could exceed [`MAX_FILE_BYTES`]. The bound counts every basket uncompressed
/// (compression only ever shrinks what is stored: `compress` keeps the raw bytes otherwise) plus
/// generous allowances for the fixed records, all in `u64`.
fn size_check(file_name: &str, tree: &str, branches: &[Branch]) -> Result<(), String> {
    size_check_within(file_name, tree, branches, MAX_FILE_BYTES, MAX_OBJECT_BYTES)
}

/// [`size_check`] with the limits as parameters, so tests can reach them without gigabytes.
fn size_check_within(
    file_name: &str,
    tree: &str,
    branches: &[Branch],
    max_file: u64,
    max_object: u64,
) -> Result<(), String> {
    for name in [file_name, tree].into_iter().chain(branches.iter().map(|b| b.name.as_str())) {
        if name.len() > MAX_NAME_BYTES {
            return Err(format!("the name `{}…` is longer than {MAX_NAME_BYTES} bytes", &name[..32.min(name.len())]));
        }
    }
    let names = (file_name.len() + tree.len()) as u64;
    let mut total = (BEGIN + STREAMER_INFO.len()) as u64 + 16_384 + 8 * names;
    for branch in branches {
        let n = branch.values.entries() as u64;
        let (count, width) = match &branch.values {
            Values::I32(v) => (v.len(), 4),
            Values::U32(v) => (v.len(), 4),
            Values::F32(v) => (v.len(), 4),
            Values::Bool(v) => (v.len(), 1),
            Values::VecF32(v, _) => (v.len(), 4),
            Values::VecI32(v, _) => (v.len(), 4),
            Values::VecU32(v, _) => (v.len(), 4),
            Values::VecBool(v, _) => (v.len(), 1),
        };
        if let Some(counts) = branch.values.counts() {
            let sum = counts.iter().map(|&c| u64::from(c)).sum::<u64>();
            if sum != count as u64 {
                return Err(format!(
                    "branch `{}`: the counts add up to {sum} elements but it has {count}",
                    branch.name
                ));
            }
        }
        // Elements, then per entry a vector header (10 bytes) and an offset (4), the offset
        // array's length and end, and the basket's key.
        let object = (count as u64) * width + n * 14 + 8 + key_length("TBasket", &branch.name, tree) as u64 + 19;
        if object > max_object {
            return Err(format!(
                "branch `{}` would need a basket of {object} bytes, more than ROOT's {max_object}: write fewer \
                 events per file",
                branch.name
            ));
        }
        total += object + 22 + 4096 + 8 * (branch.name.len() as u64 + names);
    }
    if total > max_file {
        return Err(format!(
            "the file could take {total} bytes, more than the {max_file} its 32-bit seeks can address: write \
             fewer events per file"
        ));
    }
    Ok(())
}

/// A growing big-endian buffer.
#[derive(Default)]
struct Buf(Vec<u8>);

impl Buf {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn i16(&mut self, v: i16) {
        self.0.extend(v.to_be_bytes());
    }
    fn u16(&mut self, v: u16) {
        self.0.extend(v.to_be_bytes());
    }
    fn i32(&mut self, v: i32) {
        self.0.extend(v.to_be_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.0.extend(v.to_be_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend(v.to_be_bytes());
    }
    fn f32(&mut self, v: f32) {
        self.0.extend(v.to_be_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.0.extend(v.to_be_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    /// A TString: one length byte (or 255 and a four-byte length), then the bytes.
    fn string(&mut self, s: &str) {
        if s.len() < 255 {
            self.u8(s.len() as u8);
        } else {
            self.u8(255);
            self.u32(u32_of(s.len()));
        }
        self.bytes(s.as_bytes());
    }
    fn put_u32(&mut self, at: usize, v: u32) {
        self.0[at..at + 4].copy_from_slice(&v.to_be_bytes());
    }
    /// Starts a versioned object: a byte count to patch in [`Buf::end`], then the version.
    fn begin(&mut self, version: i16) -> usize {
        let at = self.len();
        self.u32(0);
        self.i16(version);
        at
    }
    fn end(&mut self, at: usize) {
        let n = u32_of(self.len() - at - 4);
        self.put_u32(at, n | K_BYTE_COUNT_MASK);
    }
    /// Starts an object written through a pointer with its class name (a new class tag).
    fn begin_any(&mut self, class: &str) -> usize {
        let at = self.len();
        self.u32(0);
        self.u32(K_NEW_CLASS_TAG);
        self.bytes(class.as_bytes());
        self.u8(0);
        at
    }
    fn tobject(&mut self, bits: u32) {
        self.i16(1);
        self.u32(0); // fUniqueID
        self.u32(bits);
    }
    fn tnamed(&mut self, name: &str, title: &str, bits: u32) {
        let at = self.begin(1);
        self.tobject(bits | K_IS_ON_HEAP | K_NOT_DELETED);
        self.string(name);
        self.string(title);
        self.end(at);
    }
    fn empty_tobjarray(&mut self) {
        let at = self.begin(3);
        self.tobject(0x0300_0000);
        self.string("");
        self.i32(0); // fSize
        self.i32(0); // fLowerBound
        self.end(at);
    }
    /// ROOT::TIOFeatures with no bits set (version 0: a class checksum, then fIOBits).
    fn io_features(&mut self) {
        self.bytes(b"@\x00\x00\x07\x00\x00\x1a\xa1/\x10\x00");
    }
}

/// ROOT's zlib compression: blocks of at most 2^24 − 1 bytes, each with a 9-byte header.
/// Returns `None` when compressing does not make the data smaller (it is then stored as is).
fn compress(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for block in data.chunks(0xFF_FFFF) {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(1));
        z.write_all(block).ok()?;
        let compressed = z.finish().ok()?;
        if compressed.len() > 0xFF_FFFF {
            return None;
        }
        out.extend_from_slice(b"ZL\x08");
        out.extend_from_slice(&(u32_of(compressed.len())).to_le_bytes()[..3]);
        out.extend_from_slice(&(u32_of(block.len())).to_le_bytes()[..3]);
        out.extend(compressed);
    }
    (out.len() < data.len()).then_some(out)
}

/// The fixed part of a small (32-bit seeks) TKey and its strings.
struct KeyHeader<'a> {
    /// Bytes of the key after its strings that still count in fKeylen (TBasket's header).
    extra: usize,
    objlen: usize,
    nbytes: usize,
    cycle: i16,
    seek_key: usize,
    seek_pdir: usize,
    class: &'a str,
    name: &'a str,
    title: &'a str,
}

fn key_length(class: &str, name: &str, title: &str) -> usize {
    let s = |t: &str| if t.len() < 255 { 1 + t.len() } else { 5 + t.len() };
    26 + s(class) + s(name) + s(title)
}

impl KeyHeader<'_> {
    fn write(&self, b: &mut Buf) {
        b.i32(i32_of(self.nbytes));
        b.i16(4); // small key
        b.i32(i32_of(self.objlen));
        b.u32(DATIME);
        b.i16(i16_of(key_length(self.class, self.name, self.title) + self.extra));
        b.i16(self.cycle);
        b.i32(i32_of(self.seek_key));
        b.i32(i32_of(self.seek_pdir));
        b.string(self.class);
        b.string(self.name);
        b.string(self.title);
    }
}

/// Appends a key holding `object` (compressed when that helps) at the end of `file`; returns
/// the record's seek and total bytes.
fn append_key(file: &mut Buf, class: &str, name: &str, title: &str, cycle: i16, object: &[u8]) -> (usize, usize) {
    let seek = file.len();
    let keylen = key_length(class, name, title);
    let stored = compress(object);
    let payload = stored.as_deref().unwrap_or(object);
    let header = KeyHeader {
        extra: 0,
        objlen: object.len(),
        nbytes: keylen + payload.len(),
        cycle,
        seek_key: seek,
        seek_pdir: BEGIN,
        class,
        name,
        title,
    };
    header.write(file);
    file.bytes(payload);
    (seek, keylen + payload.len())
}

/// What the TTree record needs to know about a written basket.
struct Written {
    seek: usize,
    nbytes: usize,
    /// Key length + uncompressed object length.
    tot_bytes: usize,
}

/// Writes one basket holding every entry of `branch`.
fn write_basket(file: &mut Buf, branch: &Branch, tree: &str) -> Written {
    let keylen = key_length("TBasket", &branch.name, tree) + 19;
    let n = branch.values.entries();
    let (elements, width) = branch.values.element_bytes();
    let mut data = Buf::default();
    let (nev_buf_size, last) = match branch.values.counts() {
        None => {
            data.bytes(&elements);
            (i32_of(width), keylen + data.len())
        }
        Some(counts) => {
            let mut offsets = Vec::with_capacity(n + 1);
            let mut at = 0;
            for &c in counts {
                offsets.push(i32_of(keylen + data.len()));
                let size = c as usize * width;
                data.u32(u32_of(6 + size) | K_BYTE_COUNT_MASK);
                data.i16(9); // the vector's streamer version
                data.i32(i32_of(c));
                data.bytes(&elements[at..at + size]);
                at += size;
            }
            let last = keylen + data.len();
            offsets.push(i32_of(last));
            data.i32(i32_of(offsets.len()));
            for o in &offsets {
                data.i32(*o);
            }
            (i32_of(offsets.len()) + 1, last)
        }
    };
    let object = data.0;
    let stored = compress(&object);
    let payload = stored.as_deref().unwrap_or(&object);
    let seek = file.len();
    let nbytes = keylen + payload.len();
    KeyHeader {
        extra: 19,
        objlen: object.len(),
        nbytes,
        cycle: 0,
        seek_key: seek,
        seek_pdir: BEGIN,
        class: "TBasket",
        name: &branch.name,
        title: tree,
    }
    .write(file);
    file.u16(3); // TBasket version
    file.i32(BASKET_SIZE);
    file.i32(nev_buf_size);
    file.i32(i32_of(n));
    file.i32(i32_of(last));
    file.u8(0);
    file.bytes(payload);
    Written { seek, nbytes, tot_bytes: keylen + object.len() }
}

/// Leaf type of a scalar branch: (TLeaf class, title letter, fLenType, unsigned).
fn scalar_leaf(values: &Values) -> (&'static str, char, i32, bool) {
    match values {
        Values::I32(_) => ("TLeafI", 'I', 4, false),
        Values::U32(_) => ("TLeafI", 'i', 4, true),
        Values::F32(_) => ("TLeafF", 'F', 4, false),
        Values::Bool(_) => ("TLeafO", 'O', 1, false),
        _ => unreachable!("vector branches have TLeafElement leaves"),
    }
}

/// The TTree object (everything but the baskets).
fn tree_record(tree: &str, entries: usize, branches: &[Branch], written: &[Written], keylen: usize) -> Vec<u8> {
    let mut b = Buf::default();
    let tree_at = b.begin(20);
    b.tnamed(tree, tree, K_MUST_CLEANUP);
    // TAttLine (602, 1, 1), TAttFill (0, 1001), TAttMarker (1, 1, 1.0), as ROOT's defaults.
    b.bytes(b"@\x00\x00\x08\x00\x02\x02Z\x00\x01\x00\x01");
    b.bytes(b"@\x00\x00\x06\x00\x02\x00\x00\x03\xe9");
    b.bytes(b"@\x00\x00\n\x00\x02\x00\x01\x00\x01?\x80\x00\x00");
    let tot: usize = written.iter().map(|w| w.tot_bytes).sum();
    let zip: usize = written.iter().map(|w| w.nbytes).sum();
    b.i64(entries as i64); // fEntries
    b.i64(tot as i64); // fTotBytes
    b.i64(zip as i64); // fZipBytes
    b.i64(zip as i64); // fSavedBytes
    b.i64(0); // fFlushedBytes
    b.f64(1.0); // fWeight
    b.i32(0); // fTimerInterval
    b.i32(25); // fScanField
    b.i32(0); // fUpdate
    b.i32(1000); // fDefaultEntryOffsetLen
    b.u32(0); // fNClusterRange
    b.i64(1_000_000_000_000); // fMaxEntries
    b.i64(1_000_000_000_000); // fMaxEntryLoop
    b.i64(0); // fMaxVirtualSize
    b.i64(-300_000_000); // fAutoSave
    b.i64(-30_000_000); // fAutoFlush
    b.i64(1_000_000); // fEstimate
    b.u8(0); // fClusterRangeEnd: empty
    b.u8(0); // fClusterSize: empty
    b.io_features();

    // fBranches
    let mut leaf_refs = Vec::with_capacity(branches.len());
    let array_at = b.begin(3);
    b.tobject(0x0300_4000);
    b.string("");
    b.i32(i32_of(branches.len()));
    b.i32(0);
    for (branch, w) in branches.iter().zip(written) {
        let vector = branch.values.vector_class();
        let any_at = b.begin_any(if vector.is_some() { "TBranchElement" } else { "TBranch" });
        let element_at = vector.map(|_| b.begin(10));
        let branch_at = b.begin(13);
        let title = match vector {
            Some(_) => branch.name.clone(),
            None => format!("{}/{}", branch.name, scalar_leaf(&branch.values).1),
        };
        b.tnamed(&branch.name, &title, 0x0040_0000);
        b.bytes(b"@\x00\x00\x06\x00\x02\x00\x00\x03\xe9"); // TAttFill
        b.i32(COMPRESS); // fCompress
        b.i32(BASKET_SIZE); // fBasketSize
        b.i32(if vector.is_some() { 1000 } else { 0 }); // fEntryOffsetLen
        b.i32(1); // fWriteBasket
        b.i64(entries as i64); // fEntryNumber
        b.io_features();
        b.i32(0); // fOffset
        b.u32(u32_of(MAX_BASKETS)); // fMaxBaskets
        b.i32(if vector.is_some() { 99 } else { 0 }); // fSplitLevel
        b.i64(entries as i64); // fEntries
        b.i64(0); // fFirstEntry
        b.i64(w.tot_bytes as i64); // fTotBytes
        b.i64(w.nbytes as i64); // fZipBytes
        b.empty_tobjarray(); // fBranches
                             // fLeaves: one leaf
        let leaves_at = b.begin(3);
        b.tobject(0x0300_0000);
        b.string("");
        b.i32(1);
        b.i32(0);
        leaf_refs.push(u32_of(keylen + b.len()) + K_MAP_OFFSET);
        match vector {
            Some(_) => {
                let any = b.begin_any("TLeafElement");
                let element = b.begin(1);
                let leaf = b.begin(2);
                b.tnamed(&branch.name, &branch.name, 0);
                b.i32(1); // fLen
                b.i32(4); // fLenType
                b.i32(0); // fOffset
                b.u8(0); // fIsRange
                b.u8(0); // fIsUnsigned
                b.u32(0); // fLeafCount: null
                b.end(leaf);
                b.i32(-1); // fID
                b.i32(-1); // fType
                b.end(element);
                b.end(any);
            }
            None => {
                let (class, _, len_type, unsigned) = scalar_leaf(&branch.values);
                let any = b.begin_any(class);
                let special = b.begin(1);
                let leaf = b.begin(2);
                b.tnamed(&branch.name, &branch.name, 0);
                b.i32(1); // fLen
                b.i32(len_type);
                b.i32(0); // fOffset
                b.u8(0); // fIsRange
                b.u8(u8::from(unsigned));
                b.u32(0); // fLeafCount: null
                b.end(leaf);
                match class {
                    "TLeafO" => {
                        b.u8(0);
                        b.u8(0);
                    }
                    "TLeafF" => {
                        b.f32(0.0);
                        b.f32(0.0);
                    }
                    _ => {
                        b.i32(0);
                        b.i32(0);
                    }
                }
                b.end(special);
                b.end(any);
            }
        }
        b.end(leaves_at);
        b.empty_tobjarray(); // fBaskets
        b.u8(1);
        for i in 0..MAX_BASKETS {
            b.i32(if i == 0 { i32_of(w.nbytes) } else { 0 }); // fBasketBytes
        }
        b.u8(1);
        for i in 0..MAX_BASKETS {
            b.i64(match i {
                1 => entries as i64,
                _ => 0,
            }); // fBasketEntry
        }
        b.u8(1);
        for i in 0..MAX_BASKETS {
            b.i64(if i == 0 { w.seek as i64 } else { 0 }); // fBasketSeek
        }
        b.string(""); // fFileName
        b.end(branch_at);
        if let (Some((class, checksum)), Some(at)) = (vector, element_at) {
            b.string(class); // fClassName
            b.string(""); // fParentName
            b.string(""); // fClonesName
            b.u32(checksum); // fCheckSum
            b.i16(6); // fClassVersion
            b.i32(-1); // fID
            b.i32(0); // fType
            b.i32(-1); // fStreamerType
            b.i32(0); // fMaximum
            b.u32(0); // fBranchCount: null
            b.u32(0); // fBranchCount2: null
            b.end(at);
        }
        b.end(any_at);
    }
    b.end(array_at);

    // fLeaves: references to the leaves written above
    let leaves_at = b.begin(3);
    b.tobject(0x0300_0000);
    b.string("");
    b.i32(i32_of(leaf_refs.len()));
    b.i32(0);
    for r in &leaf_refs {
        b.u32(*r);
    }
    b.end(leaves_at);
    // fAliases, fIndexValues, fIndex, fTreeIndex, fFriends, fUserInfo, fBranchRef: empty
    b.bytes(&[0; 28]);
    b.end(tree_at);
    b.0
}

/// A deterministic UUID from the file name (FNV-1a), so files are reproducible.
fn uuid(name: &str) -> [u8; 16] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut out = [0u8; 16];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        for byte in name.bytes().chain([i as u8]) {
            h ^= u64::from(byte);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        chunk.copy_from_slice(&h.to_be_bytes());
    }
    out
}

/// The bytes of a ROOT file named `file_name` holding the tree `tree` with `branches`
/// (all with the same number of entries, at least one), or why it cannot be written
/// ([`size_check`]).
pub fn file_bytes(file_name: &str, tree: &str, branches: &[Branch]) -> Result<Vec<u8>, String> {
    let entries = branches.first().map_or(0, |b| b.values.entries());
    if let Some(b) = branches.iter().find(|b| b.values.entries() != entries) {
        return Err(format!("branch `{}` has {} entries where the tree has {entries}", b.name, b.values.entries()));
    }
    size_check(file_name, tree, branches)?;
    let id = uuid(file_name);
    let mut file = Buf::default();
    file.bytes(&[0; BEGIN]);

    // Top directory: key, name, title, then the TDirectory header (patched at the end).
    let dir_keylen = key_length("TFile", file_name, "");
    let names_len = (1 + file_name.len()) + 1;
    let nbytes_name = dir_keylen + names_len;
    let dir_header_len = 30 + 18 + 12;
    KeyHeader {
        extra: 0,
        objlen: names_len + dir_header_len,
        nbytes: nbytes_name + dir_header_len,
        cycle: 1,
        seek_key: BEGIN,
        seek_pdir: 0,
        class: "TFile",
        name: file_name,
        title: "",
    }
    .write(&mut file);
    file.string(file_name);
    file.string("");
    let dir_header_at = file.len();
    file.bytes(&[0; 30 + 18 + 12]);

    let written: Vec<Written> = branches.iter().map(|b| write_basket(&mut file, b, tree)).collect();
    let tree_keylen = key_length("TTree", tree, tree);
    let record = tree_record(tree, entries, branches, &written, tree_keylen);
    let (tree_seek, tree_nbytes) = append_key(&mut file, "TTree", tree, tree, 1, &record);

    // The list of keys of the top directory: the tree's key header.
    let mut keys = Buf::default();
    keys.i32(1);
    let tree_key = KeyHeader {
        extra: 0,
        objlen: record.len(),
        nbytes: tree_nbytes,
        cycle: 1,
        seek_key: tree_seek,
        seek_pdir: BEGIN,
        class: "TTree",
        name: tree,
        title: tree,
    };
    tree_key.write(&mut keys);
    let keys_seek = file.len();
    let keys_keylen = key_length("TFile", file_name, "");
    KeyHeader {
        extra: 0,
        objlen: keys.len(),
        nbytes: keys_keylen + keys.len(),
        cycle: 1,
        seek_key: keys_seek,
        seek_pdir: BEGIN,
        class: "TFile",
        name: file_name,
        title: "",
    }
    .write(&mut file);
    file.bytes(&keys.0);
    let keys_nbytes = file.len() - keys_seek;

    let (info_seek, info_nbytes) =
        append_key(&mut file, "TList", "StreamerInfo", "Doubly linked list", 1, STREAMER_INFO);

    // Free segments: everything after the end of the file.
    let free_seek = file.len();
    let free_keylen = key_length("TFile", file_name, "");
    let free_nbytes = free_keylen + 10;
    let end = free_seek + free_nbytes;
    KeyHeader {
        extra: 0,
        objlen: 10,
        nbytes: free_nbytes,
        cycle: 1,
        seek_key: free_seek,
        seek_pdir: BEGIN,
        class: "TFile",
        name: file_name,
        title: "",
    }
    .write(&mut file);
    file.u16(1);
    file.i32(i32_of(end));
    file.i32(2_000_000_000);
    assert_eq!(file.len(), end);

    // TDirectory header of the top directory.
    let mut d = Buf::default();
    d.i16(5);
    d.u32(DATIME);
    d.u32(DATIME);
    d.i32(i32_of(keys_nbytes));
    d.i32(i32_of(nbytes_name));
    d.i32(i32_of(BEGIN));
    d.i32(0);
    d.i32(i32_of(keys_seek));
    d.u16(1);
    d.bytes(&id);
    d.bytes(&[0; 12]);
    file.0[dir_header_at..dir_header_at + d.len()].copy_from_slice(&d.0);

    // File header.
    let mut h = Buf::default();
    h.bytes(b"root");
    h.i32(ROOT_VERSION);
    h.i32(i32_of(BEGIN));
    h.i32(i32_of(end));
    h.i32(i32_of(free_seek));
    h.i32(i32_of(free_nbytes));
    h.i32(1); // nfree
    h.i32(i32_of(nbytes_name));
    h.u8(4); // fUnits
    h.i32(COMPRESS);
    h.i32(i32_of(info_seek));
    h.i32(i32_of(info_nbytes));
    h.u16(1);
    h.bytes(&id);
    file.0[..h.len()].copy_from_slice(&h.0);
    Ok(file.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn floats(name: &str, n: usize) -> Branch {
        Branch { name: name.to_owned(), values: Values::F32(vec![1.0; n]) }
    }

    #[test]
    fn sizes_it_cannot_encode_are_refused_before_writing() {
        let small = [floats("a", 1000)];
        assert_eq!(size_check("t.root", "mini", &small), Ok(()));
        // The same checks with limits a test can reach: a basket or a file too large.
        let basket = size_check_within("t.root", "mini", &small, u64::MAX, 3000).unwrap_err();
        assert!(basket.contains("branch `a` would need a basket of"), "{basket}");
        let file = size_check_within("t.root", "mini", &[floats("a", 1000), floats("b", 1000)], 60_000, u64::MAX);
        assert!(file.unwrap_err().contains("32-bit seeks"));
        let counts = [Branch { name: "v".into(), values: Values::VecF32(vec![1.0; 3], vec![1, 1]) }];
        assert!(size_check("t.root", "mini", &counts).unwrap_err().contains("add up to 2 elements but it has 3"));
        let long = "x".repeat(MAX_NAME_BYTES + 1);
        assert!(size_check(&long, "mini", &small).is_err());
        let uneven = file_bytes("t.root", "mini", &[floats("a", 2), floats("b", 3)]).unwrap_err();
        assert!(uneven.contains("`b` has 3 entries where the tree has 2"), "{uneven}");
    }
}
