//! Reading ATLAS Open Data ntuples (ROOT files, TTree `mini`) into [`Event`]s with oxyroot.
//!
//! Every failure names the file and, where it applies, the tree and the branch. Before handing
//! a file to oxyroot the reader checks the ROOT signature, the length the header announces
//! (truncated copies are common) and the ROOT version that wrote it: oxyroot 0.1.25 cannot
//! read the TStreamerInfo version 10 that ROOT ≥ 6.37 writes, and says so only obscurely.
//!
//! oxyroot unwraps internally and so panics on some malformed inputs. Every call into it runs
//! inside [`std::panic::catch_unwind`], and a panic becomes a [`RootError`] naming the file and
//! the branch being read, because one bad file among hundreds must not abort a long run (and
//! with `--keep-going` must not even stop it). The default panic message is silenced for those
//! calls only, so the user sees one clear error instead of a Rust backtrace hint.

use std::cell::Cell;
use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;

use oxyroot::{Named, ReaderTree};

use crate::event::{Event, Jet, Lepton};

/// The tree every ntuple of the 2020 release stores its events in.
pub const TREE: &str = "mini";

/// The ntuples store energies and momenta in MeV.
const MEV_PER_GEV: f64 = 1000.0;

/// The first ROOT release whose files oxyroot 0.1.25 cannot read (TStreamerInfo version 10),
/// in ROOT's own `fVersion` encoding (major·10000 + minor·100 + patch).
const FIRST_UNREADABLE_ROOT_VERSION: i32 = 6_37_00;

/// A ROOT file could not be read; `Display` gives the file and what went wrong where.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {problem}")]
pub struct RootError {
    /// The path as given by the user.
    pub file: String,
    pub problem: Problem,
}

/// What went wrong reading a ROOT file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Problem {
    #[error("cannot read the file: {0}")]
    Io(String),
    #[error("not a ROOT file (it does not start with the `root` signature)")]
    NotRoot,
    #[error("the file is truncated: its header says it ends at byte {expected} but it has only {found} bytes")]
    Truncated { expected: u64, found: u64 },
    #[error(
        "written by ROOT {version}, whose streamer info (TStreamerInfo v10, ROOT ≥ 6.37) oxyroot 0.1.25 \
         cannot read; rewrite the file with ROOT ≤ 6.36 or uproot"
    )]
    UnsupportedRootVersion { version: String },
    #[error("cannot open the file as ROOT ({0}); it is probably corrupt or truncated")]
    Open(String),
    #[error("cannot read tree `{tree}` ({message}); the file is probably corrupt or truncated")]
    TreeUnreadable { tree: String, message: String },
    #[error("there is no tree `{tree}` in the file (it holds: {available})")]
    NoTree { tree: String, available: String },
    #[error("`{tree}` is a {class}, not a TTree")]
    NotATree { tree: String, class: String },
    #[error("tree `{tree}` has no branch {}", quoted_list(.branches))]
    MissingBranch { tree: String, branches: Vec<String> },
    #[error("tree `{tree}`, branch `{branch}`: its type `{found}` cannot be read as {wanted}")]
    BranchType { tree: String, branch: String, found: String, wanted: &'static str },
    #[error("tree `{tree}`, branch `{branch}`: it ended after {read} of the tree's {expected} entries (truncated or corrupt file)")]
    ShortBranch { tree: String, branch: String, read: u64, expected: u64 },
    #[error("tree `{tree}`, branch `{branch}`, entry {entry}: {what}")]
    BadEntry { tree: String, branch: String, entry: u64, what: String },
    #[error("tree `{tree}`{}: the ROOT reader failed ({message}); the file is probably corrupt or truncated", branch_suffix(.branch))]
    ReaderPanicked { tree: String, branch: Option<String>, message: String },
    /// The reader process stopped without an answer (crate::isolated): typically it ran out of
    /// its memory limit on a length field no sound file has.
    #[error("the ROOT reader process stopped ({status}{}); the file is probably corrupt", crash_detail(.message))]
    ReaderCrashed { status: String, message: String },
    /// What the reader process reported (already naming tree, branch and entry).
    #[error("{0}")]
    Child(String),
}

fn crash_detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

fn quoted_list(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

fn branch_suffix(branch: &Option<String>) -> String {
    branch.as_ref().map(|b| format!(", branch `{b}`")).unwrap_or_default()
}

/// Which groups of branches an analysis reads; fewer branches means less decompression.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// `lep_isTightID`, `lep_ptcone30`, `lep_etcone20`.
    pub lepton_quality: bool,
    /// `jet_pt/eta/phi/E/jvt/MV2c10`.
    pub jets: bool,
    /// `met_et`, `met_phi`.
    pub met: bool,
    /// `trigE`, `trigM`.
    pub trigger: bool,
    /// `jet_trueflav` besides the jets, for b-tagging by probability (`truth_tag`).
    pub jet_flavour: bool,
    /// For the event records beside a cube (`histcube::events`): `eventNumber`, and the jets and
    /// MET when the selection does not read them. These are read where the file has them, so a
    /// file holding only what its selection needs still builds (its records lack them).
    pub event_record: bool,
}

impl Needs {
    /// Every branch this reader can use, in reading order.
    pub fn branches(&self) -> Vec<&'static str> {
        let mut names = EVENT_SCALARS.to_vec();
        let leptons: &[usize] = if self.lepton_quality { &LEPTON_SLOTS_WITH_QUALITY } else { &LEPTON_SLOTS };
        names.extend(leptons.iter().map(|&slot| VECTOR_NAMES[slot]));
        if self.jets || self.event_record {
            names.extend(JET_SLOTS.iter().map(|&slot| VECTOR_NAMES[slot]));
        }
        if self.jets && self.jet_flavour {
            names.push(VECTOR_NAMES[JET_TRUEFLAV]);
        }
        if self.met || self.event_record {
            names.extend(["met_et", "met_phi"]);
        }
        if self.trigger {
            names.extend(["trigE", "trigM"]);
        }
        if self.event_record {
            names.push("eventNumber");
        }
        names
    }

    /// Whether `branch` is only read for the event records, so a file may lack it.
    fn optional(&self, branch: &str) -> bool {
        let jet = JET_SLOTS.iter().any(|&slot| VECTOR_NAMES[slot] == branch);
        let met = branch == "met_et" || branch == "met_phi";
        self.event_record && (branch == "eventNumber" || (jet && !self.jets) || (met && !self.met))
    }
}

/// The per-event scalars every analysis reads: identification and the event weight's factors.
const EVENT_SCALARS: [&str; 9] = [
    "runNumber",
    "channelNumber",
    "mcWeight",
    "scaleFactor_PILEUP",
    "scaleFactor_ELE",
    "scaleFactor_MUON",
    "scaleFactor_LepTRIGGER",
    "XSection",
    "SumWeights",
];

/// One branch of a tree, for `inspect`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BranchInfo {
    pub name: String,
    /// C++ type as ROOT records it (`float`, `vector<float>` …).
    pub type_name: String,
    pub entries: i64,
}

/// One tree of a file, for `inspect`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct TreeInfo {
    pub name: String,
    pub entries: i64,
    pub branches: Vec<BranchInfo>,
}

/// What a ROOT file holds, for `inspect`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FileInfo {
    pub file: String,
    /// ROOT version that wrote the file, e.g. `6.18/04`.
    pub root_version: String,
    /// Every top-level object as (name, class).
    pub objects: Vec<(String, String)>,
    pub trees: Vec<TreeInfo>,
}

// ---------------------------------------------------------------------------------------------
// Panic guard

thread_local! {
    /// Set while this thread is inside oxyroot, so the panic hook stays quiet for panics we
    /// catch and report ourselves.
    static INSIDE_ROOT_READER: Cell<bool> = const { Cell::new(false) };
}

static INSTALL_QUIET_HOOK: Once = Once::new();

/// Runs `f` (which calls oxyroot) and turns a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    INSTALL_QUIET_HOOK.call_once(|| {
        let default_hook = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !INSIDE_ROOT_READER.with(Cell::get) {
                default_hook(info);
            }
        }));
    });
    let was_inside = INSIDE_ROOT_READER.with(|c| c.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    INSIDE_ROOT_READER.with(|c| c.set(was_inside));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned())
    })
}

// ---------------------------------------------------------------------------------------------
// Opening

/// The ROOT file header fields this reader checks.
struct Header {
    root_version: i32,
    end: u64,
}

fn format_root_version(v: i32) -> String {
    format!("{}.{:02}/{:02}", v / 10000, (v / 100) % 100, v % 100)
}

/// Reads the fixed header: signature, version and the announced end of the file.
fn read_header(path: &Path) -> Result<(Header, u64), Problem> {
    let mut file = std::fs::File::open(path).map_err(|e| Problem::Io(e.to_string()))?;
    let found = file.metadata().map_err(|e| Problem::Io(e.to_string()))?.len();
    let mut bytes = [0u8; 20];
    let mut filled = 0;
    while filled < bytes.len() {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) => return Err(Problem::Io(e.to_string())),
        }
    }
    if filled < 4 || &bytes[..4] != b"root" {
        return Err(Problem::NotRoot);
    }
    if filled < 16 {
        return Err(Problem::Truncated { expected: 16, found });
    }
    let be_i32 = |at: usize| i32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let raw_version = be_i32(4);
    // Versions above 1 000 000 mark "big" files whose offsets are 64-bit.
    let big = raw_version > 1_000_000;
    let end = if big {
        if filled < 20 {
            return Err(Problem::Truncated { expected: 20, found });
        }
        u64::from_be_bytes(bytes[12..20].try_into().expect("8 bytes"))
    } else {
        u64::from(be_i32(12).max(0) as u32)
    };
    Ok((Header { root_version: raw_version % 1_000_000, end }, found))
}

/// An open ntuple file: the oxyroot handle plus what the header said.
struct OpenFile {
    inner: oxyroot::RootFile,
    root_version: i32,
}

fn open(path: &Path) -> Result<OpenFile, Problem> {
    let (header, found) = read_header(path)?;
    if header.root_version >= FIRST_UNREADABLE_ROOT_VERSION {
        return Err(Problem::UnsupportedRootVersion { version: format_root_version(header.root_version) });
    }
    if found < header.end {
        return Err(Problem::Truncated { expected: header.end, found });
    }
    let opened = guarded(|| oxyroot::RootFile::open(path)).map_err(|message| Problem::ReaderPanicked {
        tree: String::new(),
        branch: None,
        message,
    })?;
    let inner = opened.map_err(|e| classify_open_error(&format!("{e:?}"), header.root_version))?;
    Ok(OpenFile { inner, root_version: header.root_version })
}

/// oxyroot reports an unknown streamer version as a `VersionTooHigh` error; give it its meaning.
fn classify_open_error(message: &str, root_version: i32) -> Problem {
    if message.contains("VersionTooHigh") {
        Problem::UnsupportedRootVersion { version: format_root_version(root_version) }
    } else {
        Problem::Open(message.to_owned())
    }
}

/// The objects at the top of the file, as (name, class).
fn objects(file: &OpenFile) -> Vec<(String, String)> {
    file.inner.keys().iter().map(|k| (k.name().to_owned(), k.class_name().to_owned())).collect()
}

fn get_tree(file: &mut OpenFile, tree: &str) -> Result<ReaderTree, Problem> {
    let objects = objects(file);
    let Some((_, class)) = objects.iter().find(|(name, _)| name == tree) else {
        let available = if objects.is_empty() {
            "nothing".to_owned()
        } else {
            objects.iter().map(|(n, c)| format!("{n} ({c})")).collect::<Vec<_>>().join(", ")
        };
        return Err(Problem::NoTree { tree: tree.to_owned(), available });
    };
    if class != "TTree" {
        return Err(Problem::NotATree { tree: tree.to_owned(), class: class.clone() });
    }
    let root_version = file.root_version;
    guarded(|| file.inner.get_tree(tree))
        .map_err(|message| Problem::ReaderPanicked { tree: tree.to_owned(), branch: None, message })?
        .map_err(|e| match classify_open_error(&format!("{e:?}"), root_version) {
            Problem::Open(message) => Problem::TreeUnreadable { tree: tree.to_owned(), message },
            other => other,
        })
}

/// Lists the trees and branches of a ROOT file.
pub fn inspect(path: &Path) -> Result<FileInfo, RootError> {
    let error = |problem| RootError { file: path.display().to_string(), problem };
    let mut file = open(path).map_err(error)?;
    let objects = objects(&file);
    let mut trees = Vec::new();
    for (name, class) in &objects {
        if class != "TTree" {
            continue;
        }
        let tree = get_tree(&mut file, name).map_err(error)?;
        let branches = guarded(|| {
            tree.branches_r()
                .into_iter()
                .map(|b| BranchInfo { name: b.name().to_owned(), type_name: b.item_type_name(), entries: b.entries() })
                .collect::<Vec<_>>()
        })
        .map_err(|message| error(Problem::ReaderPanicked { tree: name.clone(), branch: None, message }))?;
        trees.push(TreeInfo { name: name.clone(), entries: tree.entries(), branches });
    }
    Ok(FileInfo {
        file: path.display().to_string(),
        root_version: format_root_version(file.root_version),
        objects,
        trees,
    })
}

/// An ntuple opened for reading: its `mini` tree, with the file checked.
pub struct Ntuple {
    /// The path as given, for error messages.
    file: String,
    source: Source,
}

/// Where an ntuple is read: here, or by a child process ([`read_in_child_processes`]).
enum Source {
    Here(Box<ReaderTree>),
    Child(std::cell::RefCell<crate::isolated::ChildReader>),
}

/// The program whose `read-root` subcommand reads files in child processes, once set.
static CHILD_READER: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

/// From now on every [`Ntuple`] is read by a child process running `exe read-root`, under a
/// memory limit, so that no file can abort this process (crate::isolated). `preprocess build`
/// does this; library users and tests read in-process unless they call it.
pub fn read_in_child_processes(exe: std::path::PathBuf) {
    let _ = CHILD_READER.set(exe);
}

impl Ntuple {
    /// Opens `path` and its `mini` tree, reading only metadata.
    pub fn open(path: &Path) -> Result<Self, RootError> {
        match CHILD_READER.get() {
            Some(exe) => {
                let file = path.display().to_string();
                let reader = crate::isolated::open(exe, path, &file)?;
                Ok(Self { file, source: Source::Child(std::cell::RefCell::new(reader)) })
            }
            None => Self::open_here(path),
        }
    }

    /// Opens `path` in this process, whatever [`read_in_child_processes`] says.
    pub fn open_here(path: &Path) -> Result<Self, RootError> {
        let file = path.display().to_string();
        let error = |problem| RootError { file: file.clone(), problem };
        let mut root_file = open(path).map_err(error)?;
        let tree = get_tree(&mut root_file, TREE).map_err(error)?;
        Ok(Self { file, source: Source::Here(Box::new(tree)) })
    }

    /// Number of events.
    pub fn entries(&self) -> u64 {
        match &self.source {
            Source::Here(tree) => tree.entries().max(0) as u64,
            Source::Child(reader) => reader.borrow().entries,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Columns

type Column<'a, T> = Box<dyn Iterator<Item = T> + 'a>;

/// A branch being read entry by entry, whatever its stored numeric type.
enum Reader<'a> {
    Scalar(Column<'a, f64>),
    Vector(Column<'a, Vec<f64>>),
}

/// Opens a branch for reading as numbers; integer, unsigned and bool branches are widened to
/// f64 so a branch stored as `double` or `int` in a re-written file still reads.
fn column<'a>(tree: &'a ReaderTree, name: &str) -> Result<Reader<'a>, Problem> {
    let tree_name = TREE.to_owned();
    let branch = tree
        .branch(name)
        .ok_or_else(|| Problem::MissingBranch { tree: tree_name.clone(), branches: vec![name.to_owned()] })?;
    let type_name = branch.item_type_name();
    let normalised = type_name.replace("std::", "").replace(' ', "");
    let mismatch = |e: String| Problem::BranchType {
        tree: tree_name.clone(),
        branch: name.to_owned(),
        found: format!("{type_name} ({e})"),
        wanted: "a number or a vector of numbers",
    };
    fn widen<T: Copy + Into<f64>>(v: Vec<T>) -> Vec<f64> {
        v.into_iter().map(Into::into).collect()
    }
    let reader = match normalised.as_str() {
        "float" | "Float_t" => {
            Reader::Scalar(Box::new(branch.as_iter::<f32>().map_err(|e| mismatch(e.to_string()))?.map(f64::from)))
        }
        "double" | "Double_t" => {
            Reader::Scalar(Box::new(branch.as_iter::<f64>().map_err(|e| mismatch(e.to_string()))?))
        }
        "int32_t" | "int" | "Int_t" => {
            Reader::Scalar(Box::new(branch.as_iter::<i32>().map_err(|e| mismatch(e.to_string()))?.map(f64::from)))
        }
        "uint32_t" | "unsignedint" | "UInt_t" => {
            Reader::Scalar(Box::new(branch.as_iter::<u32>().map_err(|e| mismatch(e.to_string()))?.map(f64::from)))
        }
        "bool" | "Bool_t" => {
            Reader::Scalar(Box::new(branch.as_iter::<bool>().map_err(|e| mismatch(e.to_string()))?.map(f64::from)))
        }
        "vector<float>" => {
            Reader::Vector(Box::new(branch.as_iter::<Vec<f32>>().map_err(|e| mismatch(e.to_string()))?.map(widen)))
        }
        "vector<double>" => {
            Reader::Vector(Box::new(branch.as_iter::<Vec<f64>>().map_err(|e| mismatch(e.to_string()))?))
        }
        "vector<int32_t>" | "vector<int>" => {
            Reader::Vector(Box::new(branch.as_iter::<Vec<i32>>().map_err(|e| mismatch(e.to_string()))?.map(widen)))
        }
        "vector<uint32_t>" | "vector<unsignedint>" => {
            Reader::Vector(Box::new(branch.as_iter::<Vec<u32>>().map_err(|e| mismatch(e.to_string()))?.map(widen)))
        }
        "vector<bool>" => Reader::Vector(Box::new(
            branch
                .as_iter::<Vec<bool>>()
                .map_err(|e| mismatch(e.to_string()))?
                .map(|v| v.into_iter().map(f64::from).collect()),
        )),
        _ => {
            return Err(Problem::BranchType {
                tree: tree_name,
                branch: name.to_owned(),
                found: type_name,
                wanted: "a number or a vector of numbers",
            })
        }
    };
    Ok(reader)
}

/// The values of one entry, one slot per branch in [`Needs::branches`] order.
enum Value {
    Scalar(f64),
    Vector(Vec<f64>),
}

/// Opens `path` and reads every event of its `mini` tree (see [`Ntuple::read_events`]).
pub fn read_events(path: &Path, needs: Needs, on_event: impl FnMut(&Event)) -> Result<u64, RootError> {
    Ntuple::open(path)?.read_events(needs, on_event)
}

impl Ntuple {
    /// Reads every event, calling `on_event` for each; returns the number read. A panic in
    /// `on_event` is reported as a reader failure naming the file, so it must not panic.
    pub fn read_events(&self, needs: Needs, mut on_event: impl FnMut(&Event)) -> Result<u64, RootError> {
        match &self.source {
            Source::Here(tree) => read_tree(&self.file, tree, needs, &mut on_event),
            Source::Child(reader) => {
                let error = |problem| RootError { file: self.file.clone(), problem };
                let mut reader = reader.borrow_mut();
                // As in-process: a panic in `on_event` is a failure naming the file.
                guarded(|| reader.read_events(needs, &mut on_event))
                    .map_err(|message| error(Problem::ReaderPanicked { tree: TREE.to_owned(), branch: None, message }))?
                    .map_err(error)
            }
        }
    }
}

fn read_tree(file: &str, tree: &ReaderTree, needs: Needs, on_event: &mut dyn FnMut(&Event)) -> Result<u64, RootError> {
    let error = |problem| RootError { file: file.to_owned(), problem };
    let names: Vec<&'static str> =
        needs.branches().into_iter().filter(|n| !needs.optional(n) || tree.branch(n).is_some()).collect();
    // The branch being read when oxyroot panics, to name it in the error.
    let current_branch: Cell<Option<&'static str>> = Cell::new(None);
    let outcome = guarded(|| -> Result<u64, Problem> {
        let expected = tree.entries().max(0) as u64;
        // All missing branches at once: a user fixing a file wants the whole list.
        let missing: Vec<String> = names.iter().filter(|n| tree.branch(n).is_none()).map(|n| (*n).to_owned()).collect();
        if !missing.is_empty() {
            return Err(Problem::MissingBranch { tree: TREE.to_owned(), branches: missing });
        }
        let mut readers = Vec::with_capacity(names.len());
        for name in &names {
            current_branch.set(Some(name));
            readers.push(column(tree, name)?);
        }
        let mut values: Vec<Value> = Vec::with_capacity(names.len());
        let mut event = Event::default();
        for entry in 0..expected {
            values.clear();
            for (name, reader) in names.iter().zip(readers.iter_mut()) {
                current_branch.set(Some(name));
                let value = match reader {
                    Reader::Scalar(it) => it.next().map(Value::Scalar),
                    Reader::Vector(it) => it.next().map(Value::Vector),
                };
                let Some(value) = value else {
                    return Err(Problem::ShortBranch {
                        tree: TREE.to_owned(),
                        branch: (*name).to_owned(),
                        read: entry,
                        expected,
                    });
                };
                values.push(value);
            }
            current_branch.set(None);
            fill_event(&mut event, &names, &values, needs).map_err(|(branch, what)| Problem::BadEntry {
                tree: TREE.to_owned(),
                branch: branch.to_owned(),
                entry,
                what,
            })?;
            on_event(&event);
        }
        Ok(expected)
    });
    match outcome {
        Ok(result) => result.map_err(error),
        Err(message) => Err(error(Problem::ReaderPanicked {
            tree: TREE.to_owned(),
            branch: current_branch.get().map(str::to_owned),
            message,
        })),
    }
}

/// Builds the event from one entry's values; the error names the offending branch.
fn fill_event(
    event: &mut Event,
    names: &[&'static str],
    values: &[Value],
    needs: Needs,
) -> Result<(), (&'static str, String)> {
    let mut scalars = Scalars::default();
    let mut vectors: [&[f64]; VECTOR_SLOTS] = [&[]; VECTOR_SLOTS];
    for (name, value) in names.iter().zip(values) {
        match value {
            Value::Scalar(v) => scalars.set(name, *v),
            Value::Vector(v) => {
                if let Some(slot) = vector_slot(name) {
                    vectors[slot] = v;
                }
            }
        }
    }
    let w = &mut event.weights;
    event.run_number = scalars.run_number as i32;
    event.event_number = names.contains(&"eventNumber").then_some(scalars.event_number as i64);
    event.channel_number = scalars.channel_number as i32;
    w.mc_weight = scalars.mc_weight;
    w.pileup = scalars.pileup;
    w.electron = scalars.electron;
    w.muon = scalars.muon;
    w.lepton_trigger = scalars.lepton_trigger;
    w.cross_section_pb = scalars.cross_section_pb;
    w.sum_of_weights = scalars.sum_of_weights;
    event.met = scalars.met / MEV_PER_GEV;
    event.met_phi = scalars.met_phi;
    event.trigger_electron = scalars.trigger_electron != 0.0;
    event.trigger_muon = scalars.trigger_muon != 0.0;
    check_weights(event)?;

    let n_leptons = vectors[LEP_PT].len();
    let lepton_slots: &[usize] = if needs.lepton_quality { &LEPTON_SLOTS_WITH_QUALITY } else { &LEPTON_SLOTS };
    check_lengths(&vectors, lepton_slots, n_leptons)?;
    event.leptons.clear();
    event.leptons.extend((0..n_leptons).map(|i| {
        let quality = |slot: usize| if needs.lepton_quality { vectors[slot][i] } else { 0.0 };
        Lepton {
            pt: vectors[LEP_PT][i] / MEV_PER_GEV,
            eta: vectors[LEP_ETA][i],
            phi: vectors[LEP_PHI][i],
            e: vectors[LEP_E][i] / MEV_PER_GEV,
            charge: vectors[LEP_CHARGE][i] as i32,
            kind: vectors[LEP_TYPE][i] as u32,
            is_tight: quality(LEP_TIGHT) != 0.0,
            ptcone30: quality(LEP_PTCONE30) / MEV_PER_GEV,
            etcone20: quality(LEP_ETCONE20) / MEV_PER_GEV,
        }
    }));

    event.jets.clear();
    if needs.jets || needs.event_record {
        let n_jets = vectors[JET_PT].len();
        check_lengths(&vectors, &JET_SLOTS, n_jets)?;
        event.jets.extend((0..n_jets).map(|i| Jet {
            pt: vectors[JET_PT][i] / MEV_PER_GEV,
            eta: vectors[JET_ETA][i],
            phi: vectors[JET_PHI][i],
            e: vectors[JET_E][i] / MEV_PER_GEV,
            jvt: vectors[JET_JVT][i],
            mv2c10: vectors[JET_MV2C10][i],
            flavour: 0,
        }));
        // Only simulation's labels are used (recorded data is tagged by its MV2c10 value, and the
        // release's data files hold the branch empty), and an unknown label would silently count
        // as a light jet: refuse it.
        if names.contains(&VECTOR_NAMES[JET_TRUEFLAV]) && !event.is_data() {
            check_lengths(&vectors, &[JET_PT, JET_TRUEFLAV], n_jets)?;
            for (jet, &label) in event.jets.iter_mut().zip(vectors[JET_TRUEFLAV]) {
                if ![0.0, 4.0, 5.0, 15.0].contains(&label) {
                    return Err((
                        VECTOR_NAMES[JET_TRUEFLAV],
                        format!(
                            "a jet's truth flavour is {label}; b-tagging by probability (`truth_tag`) knows \
                             5 (b), 4 (c), 15 (τ) and 0 (light)"
                        ),
                    ));
                }
                jet.flavour = label as i32;
            }
        }
    }
    Ok(())
}

/// A simulated event's weight factors must be finite and `SumWeights` non-zero, or its weight
/// is not a number and the cube could only fail at the end, naming no file. Caught here, the
/// error names the file, branch and entry, and `--keep-going` skips the file. Recorded data
/// weighs 1 whatever these branches say (they are 0 in the data files), so it is not checked.
fn check_weights(event: &Event) -> Result<(), (&'static str, String)> {
    if event.is_data() {
        return Ok(());
    }
    let w = &event.weights;
    let factors = [
        ("mcWeight", w.mc_weight),
        ("scaleFactor_PILEUP", w.pileup),
        ("scaleFactor_ELE", w.electron),
        ("scaleFactor_MUON", w.muon),
        ("scaleFactor_LepTRIGGER", w.lepton_trigger),
        ("XSection", w.cross_section_pb),
        ("SumWeights", w.sum_of_weights),
    ];
    if let Some((branch, value)) = factors.iter().find(|(_, v)| !v.is_finite()) {
        return Err((branch, format!("the weight factor is {value}, not a finite number")));
    }
    if w.sum_of_weights == 0.0 {
        return Err(("SumWeights", "is 0, so the event weight σ / SumWeights is not a number".to_owned()));
    }
    if !w.event_weight(1.0).is_finite() {
        return Err(("mcWeight", "the product of the weight factors overflows".to_owned()));
    }
    Ok(())
}

/// The vectors describing one kind of object must have one element per object.
fn check_lengths(vectors: &[&[f64]], slots: &[usize], n: usize) -> Result<(), (&'static str, String)> {
    for &slot in slots {
        if vectors[slot].len() != n {
            return Err((
                VECTOR_NAMES[slot],
                format!("has {} elements but `{}` has {n}", vectors[slot].len(), VECTOR_NAMES[slots[0]]),
            ));
        }
    }
    Ok(())
}

#[derive(Default)]
struct Scalars {
    run_number: f64,
    event_number: f64,
    channel_number: f64,
    mc_weight: f64,
    pileup: f64,
    electron: f64,
    muon: f64,
    lepton_trigger: f64,
    cross_section_pb: f64,
    sum_of_weights: f64,
    met: f64,
    met_phi: f64,
    trigger_electron: f64,
    trigger_muon: f64,
}

impl Scalars {
    fn set(&mut self, name: &str, v: f64) {
        let slot = match name {
            "runNumber" => &mut self.run_number,
            "eventNumber" => &mut self.event_number,
            "channelNumber" => &mut self.channel_number,
            "mcWeight" => &mut self.mc_weight,
            "scaleFactor_PILEUP" => &mut self.pileup,
            "scaleFactor_ELE" => &mut self.electron,
            "scaleFactor_MUON" => &mut self.muon,
            "scaleFactor_LepTRIGGER" => &mut self.lepton_trigger,
            "XSection" => &mut self.cross_section_pb,
            "SumWeights" => &mut self.sum_of_weights,
            "met_et" => &mut self.met,
            "met_phi" => &mut self.met_phi,
            "trigE" => &mut self.trigger_electron,
            "trigM" => &mut self.trigger_muon,
            _ => return,
        };
        *slot = v;
    }
}

const LEP_PT: usize = 0;
const LEP_ETA: usize = 1;
const LEP_PHI: usize = 2;
const LEP_E: usize = 3;
const LEP_CHARGE: usize = 4;
const LEP_TYPE: usize = 5;
const LEP_TIGHT: usize = 6;
const LEP_PTCONE30: usize = 7;
const LEP_ETCONE20: usize = 8;
const JET_PT: usize = 9;
const JET_ETA: usize = 10;
const JET_PHI: usize = 11;
const JET_E: usize = 12;
const JET_JVT: usize = 13;
const JET_MV2C10: usize = 14;
const JET_TRUEFLAV: usize = 15;
const VECTOR_SLOTS: usize = 16;
const VECTOR_NAMES: [&str; VECTOR_SLOTS] = [
    "lep_pt",
    "lep_eta",
    "lep_phi",
    "lep_E",
    "lep_charge",
    "lep_type",
    "lep_isTightID",
    "lep_ptcone30",
    "lep_etcone20",
    "jet_pt",
    "jet_eta",
    "jet_phi",
    "jet_E",
    "jet_jvt",
    "jet_MV2c10",
    "jet_trueflav",
];
const LEPTON_SLOTS: [usize; 6] = [LEP_PT, LEP_ETA, LEP_PHI, LEP_E, LEP_CHARGE, LEP_TYPE];
const LEPTON_SLOTS_WITH_QUALITY: [usize; 9] =
    [LEP_PT, LEP_ETA, LEP_PHI, LEP_E, LEP_CHARGE, LEP_TYPE, LEP_TIGHT, LEP_PTCONE30, LEP_ETCONE20];
const JET_SLOTS: [usize; 6] = [JET_PT, JET_ETA, JET_PHI, JET_E, JET_JVT, JET_MV2C10];

fn vector_slot(name: &str) -> Option<usize> {
    VECTOR_NAMES.iter().position(|n| *n == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One entry's values for `needs`: every scalar `scalar(name)`, every lepton vector of one
    /// lepton, every jet vector `jets` long, `jet_trueflav` as given.
    fn entry(needs: Needs, data: bool, jets: usize, flavours: Vec<f64>) -> (Vec<&'static str>, Vec<Value>) {
        let names = needs.branches();
        let values = names
            .iter()
            .map(|name| match vector_slot(name) {
                Some(JET_TRUEFLAV) => Value::Vector(flavours.clone()),
                Some(slot) if slot >= JET_PT => Value::Vector(vec![30_000.0; jets]),
                Some(_) => Value::Vector(vec![1.0]),
                None => Value::Scalar(match *name {
                    "runNumber" => 284_500.0,
                    "channelNumber" if data => 284_500.0,
                    "channelNumber" => 363_491.0,
                    _ => 1.0,
                }),
            })
            .collect();
        (names, values)
    }

    #[test]
    fn truth_flavours_are_read_for_simulated_jets_and_checked() {
        let needs = Needs { jets: true, jet_flavour: true, ..Needs::default() };
        assert!(needs.branches().contains(&"jet_trueflav"));
        assert!(!Needs { jets: true, ..Needs::default() }.branches().contains(&"jet_trueflav"));
        let mut event = Event::default();
        let (names, values) = entry(needs, false, 2, vec![5.0, 0.0]);
        fill_event(&mut event, &names, &values, needs).unwrap();
        assert_eq!(event.jets.iter().map(|j| j.flavour).collect::<Vec<_>>(), [5, 0]);
        // An unknown label would count as a light jet without a word: refused, naming the branch.
        let (names, values) = entry(needs, false, 2, vec![5.0, 7.0]);
        let (branch, what) = fill_event(&mut event, &names, &values, needs).unwrap_err();
        assert_eq!(branch, "jet_trueflav");
        assert!(what.contains("is 7"), "{what}");
        let (names, values) = entry(needs, false, 2, vec![5.0]);
        assert_eq!(fill_event(&mut event, &names, &values, needs).unwrap_err().0, "jet_trueflav");
        // The release's data files hold the branch empty: recorded jets are tagged by MV2c10.
        let (names, values) = entry(needs, true, 2, vec![]);
        fill_event(&mut event, &names, &values, needs).unwrap();
        assert!(event.is_data() && event.jets.iter().all(|j| j.flavour == 0));
    }

    #[test]
    fn root_versions_are_formatted_like_root_does() {
        assert_eq!(format_root_version(61804), "6.18/04");
        assert_eq!(format_root_version(63702), "6.37/02");
    }

    #[test]
    fn panics_inside_the_reader_become_messages_and_the_hook_is_restored() {
        assert_eq!(guarded(|| 7), Ok(7));
        assert_eq!(guarded(|| -> u8 { panic!("index out of range") }), Err("index out of range".to_owned()));
        let formatted = guarded(|| -> u8 { panic!("bad basket {}", 3) });
        assert_eq!(formatted, Err("bad basket 3".to_owned()));
        assert!(!INSIDE_ROOT_READER.with(Cell::get), "the quiet flag is cleared after a caught panic");
    }

    #[test]
    fn bad_weights_of_simulated_events_are_named_and_data_is_not_checked() {
        let mut event = Event { run_number: 284500, channel_number: 345060, ..Event::default() };
        assert_eq!(check_weights(&event), Ok(()));
        event.weights.sum_of_weights = 0.0;
        assert_eq!(check_weights(&event).unwrap_err().0, "SumWeights");
        event.weights.sum_of_weights = 1.0;
        event.weights.muon = f64::NAN;
        let (branch, what) = check_weights(&event).unwrap_err();
        assert_eq!((branch, what.as_str()), ("scaleFactor_MUON", "the weight factor is NaN, not a finite number"));
        event.weights.muon = 1e300;
        event.weights.electron = 1e300;
        assert_eq!(check_weights(&event).unwrap_err().0, "mcWeight");
        // Data: weights 0 in the files, weight 1 in the cube.
        let data = Event {
            run_number: 300000,
            channel_number: 300000,
            weights: crate::event::SimulationWeights { sum_of_weights: 0.0, ..Default::default() },
            ..Event::default()
        };
        assert_eq!(check_weights(&data), Ok(()));
    }

    #[test]
    fn a_version_error_from_oxyroot_is_explained() {
        let p = classify_open_error(
            "VersionTooHigh { class: \"TStreamerInfo\", version_read: 10, max_expected: 9 }",
            63800,
        );
        assert!(matches!(p, Problem::UnsupportedRootVersion { .. }));
        assert!(p.to_string().contains("6.38/00") && p.to_string().contains("≥ 6.37"));
    }

    #[test]
    fn errors_name_the_file_tree_and_branch() {
        let e = RootError {
            file: "data_A.root".into(),
            problem: Problem::MissingBranch { tree: "mini".into(), branches: vec!["lep_pt".into()] },
        };
        assert_eq!(e.to_string(), "data_A.root: tree `mini` has no branch `lep_pt`");
        let two = Problem::MissingBranch { tree: "mini".into(), branches: vec!["jet_E".into(), "met_et".into()] };
        assert_eq!(two.to_string(), "tree `mini` has no branch `jet_E`, `met_et`");
        let e = RootError {
            file: "x.root".into(),
            problem: Problem::ReaderPanicked {
                tree: "mini".into(),
                branch: Some("jet_E".into()),
                message: "boom".into(),
            },
        };
        assert!(e.to_string().starts_with("x.root: tree `mini`, branch `jet_E`: the ROOT reader failed (boom)"));
    }
}
