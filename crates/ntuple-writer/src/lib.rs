//! Writes simulated events as ROOT ntuples in the format of the ATLAS Open Data 13 TeV 2020
//! release (TTree `mini`, the release's 81 branches in its order, MeV), so the preprocessor
//! and uproot read them like the release's own files.
//!
//! The events come from `tools/generator` (Pythia 8 + FastJet + an ATLAS-like detector
//! response) as one folder per sample and skim holding one NumPy `.npy` file per column: the
//! per-event scalars, the jagged lepton and jet columns flattened with their counts `lep_n` and
//! `jet_n`, and the per-sample constants `channelNumber`, `runNumber`, `XSection` and
//! `SumWeights` as one-element arrays. Branches the generator does not simulate (photons,
//! hadronic taus, large-R jets, systematic variations) are written empty or zero; every scale
//! factor is 1, and so is `mcWeight` unless the folder holds a per-event `mcWeight` column (the
//! weighted pT(Z) slices of the Z/γ* samples). See docs/simulation.md.
//!
//! ```no_run
//! use std::path::Path;
//! let report = ntuple_writer::write(Path::new("target/simulated/npy/mc_361106.Zee.2lep"),
//!                                   Path::new("target/simulated/root/mc_361106.Zee.2lep.root"))?;
//! println!("{} events", report.entries);
//! # anyhow::Ok(())
//! ```
//!
//! The ROOT file is written by this crate's own small writer ([`rootio`]): the only Rust ROOT
//! writer, oxyroot 0.1.25, cannot write `vector<bool>` (its `Marshaler` has no class name for
//! `bool`, and the trait cannot be implemented outside oxyroot because its buffer type is
//! private) and names vector elements `int32_t`/`uint32_t`, which uproot cannot interpret.
//! [`rootio`] writes the release's own class names (`vector<int>`, `vector<unsigned int>`,
//! `vector<bool>`, `vector<float>`) with ROOT 6.18/04's streamer infos, so both the preprocessor
//! (oxyroot) and uproot read the files, and their branch types are those of the release.

pub mod npy;
pub mod rootio;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use rootio::{Branch, Values};

pub use npy::Array;

/// The tree name of the release.
pub const TREE: &str = "mini";

/// The C++ type of a branch, as the release has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    I32,
    U32,
    F32,
    Bool,
    VecF32,
    VecI32,
    VecU32,
    VecBool,
}

impl Kind {
    /// The type name ROOT (and the preprocessor's `inspect`) gives this kind in the release.
    pub fn release_type_name(self) -> &'static str {
        match self {
            I32 => "int32_t",
            U32 => "uint32_t",
            F32 => "float",
            Bool => "bool",
            VecF32 => "vector<float>",
            VecI32 => "vector<int32_t>",
            VecU32 => "vector<uint32_t>",
            VecBool => "vector<bool>",
        }
    }
}

/// Which collection a vector branch belongs to: its length per event is that collection's count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Collection {
    Event,
    Leptons,
    Jets,
    /// Not simulated: always empty.
    Empty,
}

use Collection::*;
use Kind::*;

/// Every branch of the release's `mini` tree, in its order, with its type and collection.
const BRANCHES: [(&str, Kind, Collection); 81] = [
    ("runNumber", I32, Event),
    ("eventNumber", I32, Event),
    ("channelNumber", I32, Event),
    ("mcWeight", F32, Event),
    ("scaleFactor_PILEUP", F32, Event),
    ("scaleFactor_ELE", F32, Event),
    ("scaleFactor_MUON", F32, Event),
    ("scaleFactor_PHOTON", F32, Event),
    ("scaleFactor_TAU", F32, Event),
    ("scaleFactor_BTAG", F32, Event),
    ("scaleFactor_LepTRIGGER", F32, Event),
    ("scaleFactor_PhotonTRIGGER", F32, Event),
    ("trigE", Bool, Event),
    ("trigM", Bool, Event),
    ("trigP", Bool, Event),
    ("lep_n", U32, Event),
    ("lep_truthMatched", VecBool, Leptons),
    ("lep_trigMatched", VecBool, Leptons),
    ("lep_pt", VecF32, Leptons),
    ("lep_eta", VecF32, Leptons),
    ("lep_phi", VecF32, Leptons),
    ("lep_E", VecF32, Leptons),
    ("lep_z0", VecF32, Leptons),
    ("lep_charge", VecI32, Leptons),
    ("lep_type", VecU32, Leptons),
    ("lep_isTightID", VecBool, Leptons),
    ("lep_ptcone30", VecF32, Leptons),
    ("lep_etcone20", VecF32, Leptons),
    ("lep_trackd0pvunbiased", VecF32, Leptons),
    ("lep_tracksigd0pvunbiased", VecF32, Leptons),
    ("met_et", F32, Event),
    ("met_phi", F32, Event),
    ("jet_n", U32, Event),
    ("jet_pt", VecF32, Jets),
    ("jet_eta", VecF32, Jets),
    ("jet_phi", VecF32, Jets),
    ("jet_E", VecF32, Jets),
    ("jet_jvt", VecF32, Jets),
    ("jet_trueflav", VecI32, Jets),
    ("jet_truthMatched", VecBool, Jets),
    ("jet_MV2c10", VecF32, Jets),
    ("photon_n", U32, Event),
    ("photon_truthMatched", VecBool, Empty),
    ("photon_trigMatched", VecBool, Empty),
    ("photon_pt", VecF32, Empty),
    ("photon_eta", VecF32, Empty),
    ("photon_phi", VecF32, Empty),
    ("photon_E", VecF32, Empty),
    ("photon_isTightID", VecBool, Empty),
    ("photon_ptcone30", VecF32, Empty),
    ("photon_etcone20", VecF32, Empty),
    ("photon_convType", VecI32, Empty),
    ("tau_n", U32, Event),
    ("tau_pt", VecF32, Empty),
    ("tau_eta", VecF32, Empty),
    ("tau_phi", VecF32, Empty),
    ("tau_E", VecF32, Empty),
    ("tau_isTightID", VecBool, Empty),
    ("tau_truthMatched", VecBool, Empty),
    ("tau_trigMatched", VecBool, Empty),
    ("tau_nTracks", VecI32, Empty),
    ("tau_BDTid", VecF32, Empty),
    ("ditau_m", F32, Event),
    ("lep_pt_syst", VecF32, Leptons),
    ("met_et_syst", F32, Event),
    ("jet_pt_syst", VecF32, Jets),
    ("photon_pt_syst", VecF32, Empty),
    ("tau_pt_syst", VecF32, Empty),
    ("XSection", F32, Event),
    ("SumWeights", F32, Event),
    ("largeRjet_n", U32, Event),
    ("largeRjet_pt", VecF32, Empty),
    ("largeRjet_eta", VecF32, Empty),
    ("largeRjet_phi", VecF32, Empty),
    ("largeRjet_E", VecF32, Empty),
    ("largeRjet_m", VecF32, Empty),
    ("largeRjet_truthMatched", VecF32, Empty),
    ("largeRjet_D2", VecF32, Empty),
    ("largeRjet_tau32", VecF32, Empty),
    ("largeRjet_pt_syst", VecF32, Empty),
    ("tau_charge", VecI32, Empty),
];

/// The release's branches in order: (name, type as the release has it).
pub fn release_branches() -> impl Iterator<Item = (&'static str, Kind)> {
    BRANCHES.iter().map(|(name, kind, _)| (*name, *kind))
}

/// Per-event columns the generator must provide, with their NumPy element types.
const EVENT_COLUMNS: [(&str, &str); 5] =
    [("eventNumber", "<i4"), ("trigE", "|u1"), ("trigM", "|u1"), ("met_et", "<f4"), ("met_phi", "<f4")];
/// Per-sample constants, one-element arrays.
const SAMPLE_CONSTANTS: [(&str, &str); 4] =
    [("runNumber", "<i4"), ("channelNumber", "<i4"), ("XSection", "<f4"), ("SumWeights", "<f4")];
/// Flattened lepton and jet columns the generator must provide (the others are filled here).
const SIMULATED_VECTORS: [&str; 22] = [
    "lep_truthMatched",
    "lep_trigMatched",
    "lep_pt",
    "lep_eta",
    "lep_phi",
    "lep_E",
    "lep_z0",
    "lep_charge",
    "lep_type",
    "lep_isTightID",
    "lep_ptcone30",
    "lep_etcone20",
    "lep_trackd0pvunbiased",
    "lep_tracksigd0pvunbiased",
    "jet_pt",
    "jet_eta",
    "jet_phi",
    "jet_E",
    "jet_jvt",
    "jet_trueflav",
    "jet_MV2c10",
    // Jets are all from the hard scatter (no pile-up), so every jet is truth-matched; the
    // generator writes the column anyway so the file says what it means.
    "jet_truthMatched",
];

/// What [`write`] wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub output: PathBuf,
    pub entries: u64,
    pub branches: usize,
}

/// The columns of one sample and skim, checked for consistency.
pub struct Columns {
    folder: PathBuf,
    arrays: BTreeMap<String, Array>,
    entries: usize,
    lepton_counts: Vec<u32>,
    jet_counts: Vec<u32>,
}

impl Columns {
    /// Reads every `.npy` file of `folder` and checks names, types and lengths.
    pub fn read(folder: &Path) -> anyhow::Result<Self> {
        let mut arrays = BTreeMap::new();
        let listing = std::fs::read_dir(folder).with_context(|| format!("cannot list {}", folder.display()))?;
        for entry in listing {
            let path = entry.with_context(|| format!("cannot list {}", folder.display()))?.path();
            if path.extension().is_some_and(|e| e == "npy") {
                let name = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .with_context(|| format!("bad file name {}", path.display()))?;
                arrays.insert(name.to_owned(), npy::read(&path)?);
            }
        }
        Self::new(folder, arrays)
    }

    /// Checks columns already in memory; `folder` only names them in errors.
    pub fn new(folder: &Path, arrays: BTreeMap<String, Array>) -> anyhow::Result<Self> {
        let folder = folder.to_path_buf();
        let column = |name: &str, descr: &str| -> anyhow::Result<&Array> {
            let a = arrays.get(name).with_context(|| format!("{}: column {name}.npy is missing", folder.display()))?;
            let same = a.descr() == descr || (descr == "|u1" && matches!(a, Array::U8(_)));
            if !same {
                bail!("{}: column {name}.npy holds {} where {descr} is expected", folder.display(), a.descr());
            }
            Ok(a)
        };
        let counts = |name: &str| -> anyhow::Result<Vec<u32>> {
            match column(name, "<u4")? {
                Array::U32(v) => Ok(v.clone()),
                _ => unreachable!("checked by column()"),
            }
        };
        let entries = column("eventNumber", "<i4")?.len();
        for (name, descr) in EVENT_COLUMNS {
            let n = column(name, descr)?.len();
            if n != entries {
                bail!("{}: column {name}.npy has {n} values for {entries} events", folder.display());
            }
        }
        // mcWeight is optional: samples generated with biased phase space (the pT(Z)-sliced
        // Z/γ* samples) carry one weight per event; without the column every event weighs 1.
        if arrays.contains_key("mcWeight") {
            let n = column("mcWeight", "<f4")?.len();
            if n != entries {
                bail!("{}: column mcWeight.npy has {n} values for {entries} events", folder.display());
            }
        }
        for (name, descr) in SAMPLE_CONSTANTS {
            let n = column(name, descr)?.len();
            if n != 1 {
                bail!("{}: column {name}.npy must hold one value (the sample's), not {n}", folder.display());
            }
        }
        let lepton_counts = counts("lep_n")?;
        let jet_counts = counts("jet_n")?;
        for (name, per_event) in [("lep_n", &lepton_counts), ("jet_n", &jet_counts)] {
            if per_event.len() != entries {
                bail!("{}: column {name}.npy has {} values for {entries} events", folder.display(), per_event.len());
            }
        }
        let total = |c: &[u32]| c.iter().map(|&n| n as usize).sum::<usize>();
        for name in SIMULATED_VECTORS {
            let (kind, collection) = BRANCHES.iter().find(|b| b.0 == name).map(|b| (b.1, b.2)).expect("listed branch");
            let descr = match kind {
                VecF32 => "<f4",
                VecI32 => "<i4",
                VecU32 => "<u4",
                _ => "|u1",
            };
            let n = column(name, descr)?.len();
            let want = total(if collection == Leptons { &lepton_counts } else { &jet_counts });
            if n != want {
                bail!("{}: column {name}.npy has {n} values where the counts add up to {want}", folder.display());
            }
        }
        Ok(Self { folder, arrays, entries, lepton_counts, jet_counts })
    }

    pub fn entries(&self) -> usize {
        self.entries
    }

    fn array(&self, name: &str) -> &Array {
        &self.arrays[name]
    }

    fn constant_i32(&self, name: &str) -> i32 {
        match self.array(name) {
            Array::I32(v) => v[0],
            _ => unreachable!("checked in new()"),
        }
    }

    fn constant_f32(&self, name: &str) -> f32 {
        match self.array(name) {
            Array::F32(v) => v[0],
            _ => unreachable!("checked in new()"),
        }
    }

    fn counts(&self, collection: Collection) -> Vec<u32> {
        match collection {
            Leptons => self.lepton_counts.clone(),
            Jets => self.jet_counts.clone(),
            Empty | Event => vec![0; self.entries],
        }
    }
}

/// Writes the columns in `folder` (see the crate docs) as a ROOT file at `output`.
pub fn write(folder: &Path, output: &Path) -> anyhow::Result<Report> {
    let columns = Columns::read(folder)?;
    write_columns(&columns, output)
}

/// Writes checked columns as a ROOT file at `output` (written to a temporary name first and
/// renamed, so a failure leaves no half-written file).
pub fn write_columns(columns: &Columns, output: &Path) -> anyhow::Result<Report> {
    if columns.entries == 0 {
        bail!("{}: no events to write (a ROOT tree needs at least one)", columns.folder.display());
    }
    let file_name = output
        .file_name()
        .and_then(|n| n.to_str())
        .with_context(|| format!("{} has no file name", output.display()))?;
    let branches = branches(columns);
    let bytes = rootio::file_bytes(file_name, TREE, &branches).map_err(|problem| {
        anyhow::anyhow!("{}: cannot write {}: {problem}", columns.folder.display(), output.display())
    })?;
    write_atomically(output, &bytes)?;
    Ok(Report { output: output.to_path_buf(), entries: columns.entries as u64, branches: branches.len() })
}

/// Writes through a unique temporary file next to `output` (concurrent runs never share one),
/// synced to disk and renamed; on any error the temporary file is removed and a previous
/// `output` is left as it was.
fn write_atomically(output: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let folder = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(folder)
        .with_context(|| format!("cannot create a temporary file in {}", folder.display()))?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {} (is the disk full?)", output.display()))?;
    tmp.as_file().sync_all().with_context(|| format!("cannot write {} to disk", output.display()))?;
    tmp.persist(output).map_err(|e| e.error).with_context(|| format!("cannot replace {}", output.display()))?;
    Ok(())
}

/// The release's 81 branches filled from the columns (see the crate docs for what is not
/// simulated).
fn branches(columns: &Columns) -> Vec<Branch> {
    let n = columns.entries;
    let mut out = Vec::with_capacity(BRANCHES.len());
    for (name, kind, collection) in BRANCHES {
        let counts = columns.counts(collection);
        let zeros = counts.iter().map(|&c| c as usize).sum::<usize>();
        let given = columns.arrays.get(name);
        let values = match kind {
            I32 => Values::I32(match (name, given) {
                ("eventNumber", Some(Array::I32(v))) => v.clone(),
                _ => vec![columns.constant_i32(name); n],
            }),
            F32 => Values::F32(match name {
                "met_et" | "met_phi" => match given {
                    Some(Array::F32(v)) => v.clone(),
                    _ => unreachable!("checked in Columns::new"),
                },
                "XSection" | "SumWeights" => vec![columns.constant_f32(name); n],
                "mcWeight" => match given {
                    Some(Array::F32(v)) => v.clone(),
                    _ => vec![1.0; n],
                },
                // Systematic variations and the di-tau mass are not simulated.
                "ditau_m" | "met_et_syst" => vec![0.0; n],
                // Every scale factor: 1.
                _ => vec![1.0; n],
            }),
            // trigP: no photons are simulated.
            Bool => Values::Bool(match given {
                Some(Array::U8(v)) => v.iter().map(|&b| b != 0).collect(),
                _ => vec![false; n],
            }),
            U32 => Values::U32(match name {
                "lep_n" => columns.lepton_counts.clone(),
                "jet_n" => columns.jet_counts.clone(),
                _ => vec![0; n],
            }),
            // Columns not given: one zero per object (`*_pt_syst` of leptons and jets) or empty.
            VecF32 => Values::VecF32(
                match given {
                    Some(Array::F32(v)) => v.clone(),
                    _ => vec![0.0; zeros],
                },
                counts,
            ),
            VecI32 => Values::VecI32(
                match given {
                    Some(Array::I32(v)) => v.clone(),
                    _ => vec![0; zeros],
                },
                counts,
            ),
            VecU32 => Values::VecU32(
                match given {
                    Some(Array::U32(v)) => v.clone(),
                    _ => vec![0; zeros],
                },
                counts,
            ),
            VecBool => Values::VecBool(
                match given {
                    Some(Array::U8(v)) => v.iter().map(|&b| b != 0).collect(),
                    _ => vec![false; zeros],
                },
                counts,
            ),
        };
        out.push(Branch { name: name.to_owned(), values });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cuts a flat column into per-event vectors.
    fn jagged<T: Clone>(flat: &[T], counts: &[u32]) -> Vec<Vec<T>> {
        let mut out = Vec::with_capacity(counts.len());
        let mut at = 0;
        for &n in counts {
            out.push(flat[at..at + n as usize].to_vec());
            at += n as usize;
        }
        out
    }

    fn minimal() -> BTreeMap<String, Array> {
        let mut a = BTreeMap::new();
        a.insert("eventNumber".into(), Array::I32(vec![0, 1]));
        a.insert("trigE".into(), Array::U8(vec![1, 0]));
        a.insert("trigM".into(), Array::U8(vec![0, 1]));
        a.insert("met_et".into(), Array::F32(vec![1e4, 2e4]));
        a.insert("met_phi".into(), Array::F32(vec![0.1, -0.1]));
        a.insert("runNumber".into(), Array::I32(vec![284500]));
        a.insert("channelNumber".into(), Array::I32(vec![361106]));
        a.insert("XSection".into(), Array::F32(vec![1950.5]));
        a.insert("SumWeights".into(), Array::F32(vec![2.0]));
        a.insert("lep_n".into(), Array::U32(vec![2, 1]));
        a.insert("jet_n".into(), Array::U32(vec![0, 1]));
        for name in SIMULATED_VECTORS {
            let (kind, collection) = BRANCHES.iter().find(|b| b.0 == name).map(|b| (b.1, b.2)).unwrap();
            let n = if collection == Leptons { 3 } else { 1 };
            let array = match kind {
                VecF32 => Array::F32(vec![1.0; n]),
                VecI32 => Array::I32(vec![1; n]),
                VecU32 => Array::U32(vec![11; n]),
                _ => Array::U8(vec![1; n]),
            };
            a.insert(name.into(), array);
        }
        a
    }

    #[test]
    fn the_branch_table_has_the_release_names_once() {
        let mut names: Vec<_> = BRANCHES.iter().map(|b| b.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 81);
    }

    #[test]
    fn consistent_columns_are_accepted() {
        let c = Columns::new(Path::new("x"), minimal()).unwrap();
        assert_eq!(c.entries(), 2);
        assert_eq!(jagged(&[1, 2, 3], &c.lepton_counts), vec![vec![1, 2], vec![3]]);
    }

    #[test]
    fn per_event_weights_are_written_and_checked() {
        let mut a = minimal();
        a.insert("mcWeight".into(), Array::F32(vec![0.25, 3.5]));
        let columns = Columns::new(Path::new("x"), a).unwrap();
        let weights = branches(&columns).into_iter().find(|b| b.name == "mcWeight").expect("mcWeight branch");
        assert!(matches!(&weights.values, Values::F32(v) if v == &vec![0.25, 3.5]));

        let mut a = minimal();
        a.insert("mcWeight".into(), Array::F32(vec![1.0; 3]));
        let err = Columns::new(Path::new("sample"), a).err().unwrap().to_string();
        assert!(err.contains("sample") && err.contains("mcWeight.npy has 3 values for 2 events"), "{err}");

        let without = Columns::new(Path::new("x"), minimal()).unwrap();
        let weights = branches(&without).into_iter().find(|b| b.name == "mcWeight").unwrap();
        assert!(matches!(&weights.values, Values::F32(v) if v == &vec![1.0, 1.0]));
    }

    #[test]
    fn inconsistent_columns_are_named() {
        let mut a = minimal();
        a.remove("lep_pt");
        let err = Columns::new(Path::new("sample"), a).err().unwrap().to_string();
        assert!(err.contains("sample") && err.contains("lep_pt.npy is missing"), "{err}");

        let mut a = minimal();
        a.insert("lep_eta".into(), Array::F32(vec![0.0; 2]));
        let err = Columns::new(Path::new("sample"), a).err().unwrap().to_string();
        assert!(err.contains("lep_eta.npy has 2 values where the counts add up to 3"), "{err}");

        let mut a = minimal();
        a.insert("met_et".into(), Array::I32(vec![0; 2]));
        let err = Columns::new(Path::new("sample"), a).err().unwrap().to_string();
        assert!(err.contains("met_et.npy holds <i4 where <f4 is expected"), "{err}");

        let mut a = minimal();
        a.insert("XSection".into(), Array::F32(vec![1.0; 2]));
        let err = Columns::new(Path::new("sample"), a).err().unwrap().to_string();
        assert!(err.contains("XSection.npy must hold one value"), "{err}");
    }

    #[test]
    fn the_same_events_give_the_same_bytes() {
        let c = Columns::new(Path::new("x"), minimal()).unwrap();
        let a = rootio::file_bytes("t.root", TREE, &branches(&c)).unwrap();
        assert_eq!(a, rootio::file_bytes("t.root", TREE, &branches(&c)).unwrap());
        assert_eq!(&a[..4], b"root");
    }

    #[test]
    fn writes_a_file_with_every_branch() {
        let dir = std::env::temp_dir().join(format!("ntuple-writer-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("t.root");
        let c = Columns::new(Path::new("x"), minimal()).unwrap();
        let report = write_columns(&c, &out).unwrap();
        assert_eq!((report.entries, report.branches), (2, 81));
        let mut f = oxyroot::RootFile::open(&out).unwrap();
        let tree = f.get_tree(TREE).unwrap();
        let pts: Vec<Vec<f32>> = tree.branch("lep_pt").unwrap().as_iter::<Vec<f32>>().unwrap().collect();
        assert_eq!(pts, vec![vec![1.0, 1.0], vec![1.0]]);
        let trig: Vec<bool> = tree.branch("trigM").unwrap().as_iter::<bool>().unwrap().collect();
        assert_eq!(trig, vec![false, true]);
        let tight: Vec<Vec<bool>> = tree.branch("lep_isTightID").unwrap().as_iter::<Vec<bool>>().unwrap().collect();
        assert_eq!(tight, vec![vec![true, true], vec![true]]);
        let types: Vec<Vec<u32>> = tree.branch("lep_type").unwrap().as_iter::<Vec<u32>>().unwrap().collect();
        assert_eq!(types, vec![vec![11, 11], vec![11]]);
        let syst: Vec<Vec<f32>> = tree.branch("jet_pt_syst").unwrap().as_iter::<Vec<f32>>().unwrap().collect();
        assert_eq!(syst, vec![vec![], vec![0.0]]);
        let run: Vec<i32> = tree.branch("runNumber").unwrap().as_iter::<i32>().unwrap().collect();
        assert_eq!(run, vec![284500, 284500]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
