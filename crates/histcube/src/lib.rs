//! Histogram cubes for particle-physics open data.
//!
//! A **cube** is a sparse multi-dimensional histogram: one cell per occupied combination of a bin
//! on every axis and a process, holding the sum of weights, the sum of squared weights and the raw
//! event count. A preprocessor fills it once from the ntuples; the browser then answers every
//! question a student asks — "what does m4l look like if I require the 4μ channel?" — from the
//! cube alone, with the [`Engine`]'s crossfilter semantics: each axis's histogram shows every cut
//! except its own.
//!
//! This crate has no web or ROOT dependency; it compiles natively and to `wasm32`.
//!
//! ```
//! use histcube::{Axis, AxisCut, CubeBuilder, DataKind, Engine, Manifest, Process, Role};
//!
//! let mut manifest = Manifest::new("demo", 13.0, 10.064, DataKind::PseudoData);
//! manifest.axes = vec![Axis::regular("mll", "GeV", 10, 0.0, 200.0), Axis::category("channel", &["ee", "mumu"])];
//! manifest.processes = vec![Process::new("data", Role::Data), Process::new("zjets", Role::Background)];
//!
//! let mut builder = CubeBuilder::new(manifest).unwrap();
//! let bins = |m: f64, ch: &str, b: &CubeBuilder| {
//!     let axes = &b.manifest().axes;
//!     [axes[0].index(m).unwrap() as u16, axes[1].category_index(ch).unwrap() as u16]
//! };
//! let (z_ee, z_mumu) = (bins(91.0, "ee", &builder), bins(91.0, "mumu", &builder));
//! builder.fill(1, &z_ee, 0.5);
//! builder.fill(1, &z_mumu, 0.7);
//! builder.fill(0, &z_mumu, 1.0);
//! let cube = builder.finish().unwrap();
//!
//! // Files round-trip through a checked binary format.
//! let cube = histcube::decode(&histcube::encode(&cube)).unwrap();
//!
//! let mut engine = Engine::new(cube);
//! engine.set_cut(1, &AxisCut::categories(&["mumu"])).unwrap();
//! assert_eq!(engine.yields()[1].sumw, 0.7_f32 as f64);   // Z+jets after the channel cut
//! let mll = engine.histogram(0, 1);                       // mll ignores no cut but its own…
//! assert_eq!(mll[5].sumw, 0.7_f32 as f64);               // …so only μμ is left in it
//! let channel = engine.histogram(1, 1);                   // the channel plot ignores its own cut
//! assert_eq!(channel[0].sumw, 0.5_f32 as f64);
//! ```
//!
//! # Fitting the signal strength
//!
//! [`fit`] measures μ = σ/σ_SM with a HistFactory-style binned likelihood on one axis under the
//! engine's cuts (the axis's own cut is the fit range): signals scaled by μ, backgrounds with
//! pyhf's per-bin `staterror` and optional `normsys`. [`Engine::fit`] gives μ̂ with its
//! asymmetric profile-likelihood errors, the discovery q₀ and Z, and a profile scan to plot;
//! [`FitModel::pyhf_workspace`] writes the same model as a pyhf workspace, and
//! `tools/validation/test_pyhf_fit.py` checks that pyhf gets the same numbers from it. The model,
//! formulas and validation are in `docs/fit.md`.
//!
//! ```
//! use histcube::{synthetic, Engine, FitData, FitError, FitOptions};
//!
//! let engine = Engine::new(synthetic::fit_cube(1, 1.0));
//! let m = engine.cube().manifest().axis_index("m").unwrap();
//! let result = engine.fit(m, &[], &FitOptions::observed()).unwrap();
//! assert!(result.interval.0 < result.mu_hat && result.mu_hat < result.interval.1);
//! assert_eq!(result.z, result.q0.sqrt());
//! let (mu, delta) = result.scan[0];                  // (μ, −2Δln L) for the scan plot
//! assert!(mu < result.mu_hat && delta > 1.0);
//!
//! // The expected result, for a cube without data, and the workspace for a download.
//! let expected = engine.fit(m, &[], &FitOptions::asimov()).unwrap();
//! assert!((expected.mu_hat - 1.0).abs() < 1e-9 && expected.data == FitData::Asimov);
//! let json = engine.fit_model(m, &[], &FitOptions::observed()).unwrap().pyhf_workspace_string();
//! assert!(json.contains("\"staterror\""));
//!
//! // Hiding both signal processes leaves nothing to measure: a typed error, never a NaN.
//! let hide_signal = [true, false, false, true, true];
//! assert_eq!(engine.fit(m, &hide_signal, &FitOptions::observed()), Err(FitError::NoSignal));
//! ```

pub mod axis;
pub mod blinding;
pub mod budget;
pub mod catalog;
mod cell_codec;
pub mod cube;
pub mod cut_flow;
pub mod cut_text;
pub mod engine;
pub mod events;
pub mod fit;
pub mod format;
pub mod manifest;
pub mod process;
pub mod pseudo_data;
pub mod pyhf;
pub mod stats;
pub mod synthetic;
pub mod uhi;

pub use axis::{Axis, AxisKind, BinSpan, Category};
pub use catalog::{Catalog, CatalogEntry, CatalogError, CATALOG_VERSION};
pub use cube::{Cells, Cube, CubeBuilder};
pub use cut_flow::{CutFlow, CutFlowStep};
pub use cut_text::CutSyntaxError;
pub use engine::{cut_mask, Engine, EngineBuild, Significance, Sums, UpdateStats};
pub use events::{decode_events, encode_events, EventFile, EventRecord, EventsError};
pub use fit::{FitData, FitError, FitModel, FitOptions, FitResult, FitSample};
pub use format::{decode, encode, FORMAT_VERSION};
pub use manifest::{
    AxisCut, DataKind, FitSetup, GuidedPath, GuidedStep, InputRecord, Manifest, NamedCut, NormUncertainty, Range,
};
pub use process::{palette, Process, Rgb, Role};

/// Axes per cube: the engine keeps one bit per axis in a `u32`.
pub const MAX_AXES: usize = 32;
/// Processes per cube: cells store the process as a `u8`.
pub const MAX_PROCESSES: usize = 255;

/// Why bytes could not be read as a cube, or cubes could not be combined.
#[derive(Clone, Debug, thiserror::Error, PartialEq)]
pub enum CubeError {
    #[error("not a cube file (the first bytes are not the HISTCUBE signature)")]
    NotACube,
    #[error(
        "cube format version {found} is not supported; this program reads version {supported}{}",
        if found < supported {
            " (the cube was made by an older preprocessor: build it again with this version's `preprocess build`)"
        } else {
            " (the cube was made by a newer preprocessor: use a newer version of this program)"
        }
    )]
    UnsupportedVersion { found: u16, supported: u16 },
    #[error("the cube file is truncated: {found} bytes of the expected {expected}")]
    Truncated { expected: u64, found: u64 },
    #[error("the cube file has {found} bytes, more than the {expected} its header announces")]
    TrailingBytes { expected: u64, found: u64 },
    #[error("the cube file is corrupt: its checksum does not match its contents")]
    ChecksumMismatch,
    #[error("the cube file is damaged or was not written by this program: {0}")]
    Malformed(String),
    #[error("the cube is inconsistent: {0}")]
    Invalid(String),
    #[error("the cube is too large to open: {0}")]
    TooLarge(String),
    #[error("the cubes cannot be combined: {0}")]
    Incompatible(String),
}

impl CubeError {
    /// Whether the file itself is unusable (foreign, damaged, inconsistent or too large) rather
    /// than cut short in transit, from another version or not combinable: an interface says
    /// "this file is damaged", not "check your connection", for these.
    pub fn is_damaged(&self) -> bool {
        !matches!(self, CubeError::Truncated { .. } | CubeError::UnsupportedVersion { .. } | CubeError::Incompatible(_))
    }
}

/// Why a cut could not be applied.
#[derive(Clone, Debug, thiserror::Error, PartialEq)]
pub enum CutError {
    #[error("there is no axis number {0}")]
    NoSuchAxis(usize),
    #[error("axis `{0}` has categories; cut it with a list of categories, not a range")]
    NotANumericAxis(String),
    #[error("axis `{0}` is numeric; cut it with a range, not categories")]
    NotACategoryAxis(String),
    #[error("axis `{axis}` has no category `{category}`")]
    UnknownCategory { axis: String, category: String },
    #[error("axis `{axis}`: the range [{lower}, {upper}] is empty or not a number")]
    BadRange { axis: String, lower: f64, upper: f64 },
    #[error("axis {axis} has {expected} bins but the selection has {found}")]
    WrongBinCount { axis: usize, expected: usize, found: usize },
}
