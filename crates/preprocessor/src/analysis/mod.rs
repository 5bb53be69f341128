//! The analyses, defined by files: `analyses/<id>.toml` at the repository root says which
//! samples fill which processes, which objects count, the event selection, the variables that
//! become the cube's axes, the guided paths and, optionally, a background estimated from data.
//! The format and its vocabulary of physics functions are documented in `docs/analysis-files.md`.
//!
//! [`file::parse`] reads a file, checks everything (an error names the file, line and column and
//! what was expected) and compiles it into a [`plan::Plan`]: names become indices once, so the
//! per-event work ([`Analysis::evaluate`]) does no string lookups and, after the first events, no
//! allocation. The repository's own files (`hzz4l`, `hww`, `ttz`, `explorer`) are compiled into
//! the binary too, so `preprocess build hzz4l …` works from any folder ([`by_id`]).
//!
//! ```
//! let text = r#"
//! [analysis]
//! id = "zmass"
//! description = "Z → ℓℓ: the dilepton mass"
//! data = "none"
//!
//! [[process]]
//! id = "zjets"
//! role = "signal"
//! groups = ["zjets"]
//!
//! [[process]]
//! id = "other"
//! role = "background"
//! rest = true
//!
//! [[object]]
//! name = "lep"
//! from = "leptons"
//! pt_above = 25
//!
//! [selection]
//! cuts = ["count(lep) == 2", "charge(lep) == 0"]
//!
//! [[axis]]
//! id = "mll"
//! value = "mass(lep)"
//! unit = "GeV"
//! regular = { bins = 30, lower = 60, upper = 120 }
//! "#;
//! let analysis = preprocessor::analysis::file::parse("zmass.toml", text).unwrap();
//! assert_eq!(analysis.axes()[0].id, "mll");
//! ```
//!
//! An analysis may estimate one background from recorded data (`[data_driven]`): recorded
//! events passing the selection with one cut replaced by another (a control region) fill it,
//! each weighted by a transfer factor. Only cubes of real data hold it, in place of the
//! simulated process it stands for.

pub mod expr;
pub mod file;
pub mod plan;

use std::path::Path;
use std::sync::OnceLock;

use anyhow::Context;
use histcube::{Axis, DataKind, FitSetup, GuidedPath, Manifest, NamedCut, NormUncertainty, Process, Role};

use crate::event::Event;
use crate::root::Needs;
use crate::samples::{self, PhysicsGroup};
use plan::{Outcome, Plan, Scratch, Variant};

/// Process id of recorded or pseudo-data.
pub const DATA: &str = "data";

/// A mistake in an analysis file, with where it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct AnalysisFileError {
    pub file: String,
    /// From 1.
    pub line: usize,
    /// From 1, in characters.
    pub column: usize,
    pub message: String,
}

/// A background estimated from recorded events of a control region instead of simulation.
#[derive(Clone, Debug, PartialEq)]
pub struct DataDrivenBackground {
    /// Its process, with [`Process::data_driven`] set.
    pub process: Process,
    /// The simulated process it stands for. Cubes of real data leave that process out, and
    /// refuse simulated events that would fill it, so no background is counted twice.
    pub replaces: String,
}

/// A simulated background whose simulated events are too few after the whole selection: its
/// *shape* (how it spreads over the cube's cells) comes from the selection with some lepton
/// identification and isolation requirements lifted, and its *normalisation* from the full
/// selection. The build fills the process from the relaxed selection and then scales it by
/// (Σw passing the full selection) / (Σw passing the relaxed one), so the process keeps its
/// yield over the whole selection while every cell has the relaxed selection's events.
///
/// It assumes that passing the lifted requirements does not depend on where in the cube an
/// event lies — true to the extent that a non-prompt lepton's isolation does not depend on the
/// cuts the axes make. The factor's own statistical uncertainty is not in the cells' Σw²; give
/// the process a `norm_uncertainty` at least as large (the build reports it).
#[derive(Clone, Debug, PartialEq)]
pub struct RelaxedShape {
    /// The process's id.
    pub process: String,
    /// The lepton collection whose requirements are lifted (collections selected from it follow).
    pub collection: String,
    /// The lifted requirements, as the `[[object]]` keys that set them.
    pub lifted: Vec<String>,
    /// The selection with those requirements lifted.
    pub plan: Plan,
}

/// How simulated samples map to processes: by DSID first, then by the sample table's group,
/// else the `rest` process (by index into the simulated processes).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ProcessRule {
    pub(crate) by_dsid: Vec<(i32, usize)>,
    pub(crate) by_group: Vec<(PhysicsGroup, usize)>,
    pub(crate) rest: usize,
}

/// One analysis, read from its file and compiled.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub(crate) id: String,
    pub(crate) description: String,
    pub(crate) skim: Option<String>,
    pub(crate) title_key: String,
    pub(crate) default_data_kind: DataKind,
    pub(crate) sqrt_s_tev: f64,
    pub(crate) pseudo_data_seed: Option<u64>,
    pub(crate) fit_axis: Option<String>,
    /// Relative normalisation uncertainties of backgrounds (process id, x), in the file's order.
    pub(crate) norm_uncertainties: Vec<(String, f64)>,
    pub(crate) axes: Vec<Axis>,
    pub(crate) simulated_processes: Vec<Process>,
    pub(crate) rules: ProcessRule,
    pub(crate) data_driven: Option<DataDrivenBackground>,
    pub(crate) default_cuts: Vec<NamedCut>,
    pub(crate) guided_paths: Vec<GuidedPath>,
    pub(crate) needs: Needs,
    /// The simulated processes b-tagged by probability when the file does (`truth_tag`);
    /// `None`: all of them.
    pub(crate) truth_tag_processes: Option<Vec<String>>,
    pub(crate) plan: Plan,
    pub(crate) relaxed_shapes: Vec<RelaxedShape>,
}

impl Analysis {
    /// Stable id, also the cube's `analysis_id`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// One line for `--help` and messages.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The release's skim the analysis reads (`2lep`, `4lep` …), if the file says.
    pub fn skim(&self) -> Option<&str> {
        self.skim.as_deref()
    }

    /// Which ntuple branches the selection reads.
    pub fn needs(&self) -> Needs {
        self.needs
    }

    /// The cube's axes, in the order [`Analysis::evaluate`] fills them.
    pub fn axes(&self) -> &[Axis] {
        &self.axes
    }

    /// Simulated processes with their roles; `data` is added by the builder.
    pub fn simulated_processes(&self) -> &[Process] {
        &self.simulated_processes
    }

    /// The data kind used when the user does not choose one.
    pub fn default_data_kind(&self) -> DataKind {
        self.default_data_kind
    }

    /// The seed of the pseudo-data draws the file asks for, if any.
    pub fn pseudo_data_seed(&self) -> Option<u64> {
        self.pseudo_data_seed
    }

    /// The axis the signal-strength fit uses, if the file names one.
    pub fn fit_axis(&self) -> Option<&str> {
        self.fit_axis.as_deref()
    }

    /// The guided paths written into the manifest.
    pub fn guided_paths(&self) -> &[GuidedPath] {
        &self.guided_paths
    }

    /// The cuts the browser starts with.
    pub fn default_cuts(&self) -> &[NamedCut] {
        &self.default_cuts
    }

    /// The background estimated from recorded data, if any.
    pub fn data_driven_background(&self) -> Option<&DataDrivenBackground> {
        self.data_driven.as_ref()
    }

    /// The compiled per-event program.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The processes whose shape comes from a relaxed selection.
    pub fn relaxed_shapes(&self) -> &[RelaxedShape] {
        &self.relaxed_shapes
    }

    /// Buffers for [`Analysis::evaluate`], one per thread.
    pub fn scratch(&self) -> Scratch {
        self.plan.scratch()
    }

    /// Selects `event`: writes one value per axis into `out` when it is selected or in the
    /// data-driven background's control region.
    pub fn evaluate(&self, event: &Event, scratch: &mut Scratch, out: &mut [f64]) -> Outcome {
        self.plan.evaluate(event, scratch, out)
    }

    /// Whether the file b-tags simulated jets by probability (`truth_tag = true` on a collection).
    pub fn truth_tagged(&self) -> bool {
        self.plan.truth_tag.is_some()
    }

    /// Whether the simulated events of process `id` are b-tagged by probability: the file b-tags
    /// by probability and does not limit it to other processes (`truth_tag_processes`).
    pub fn truth_tags_process(&self, id: &str) -> bool {
        self.truth_tagged() && self.truth_tag_processes.as_ref().is_none_or(|ids| ids.iter().any(|p| p == id))
    }

    /// Which cuts on the truth-tagged b-jet count keep exact statistical uncertainties, if the
    /// file b-tags by probability.
    pub fn truth_tag_exact(&self) -> Option<plan::ExactTails> {
        self.plan.truth_tag.map(|t| t.exact)
    }

    /// Selects a simulated `event` with b-tagging by probability: `on_variant` is called once per
    /// number of tagged jets that passes the selection, with its probability and axis values
    /// ([`Plan::evaluate_truth_tagged`]). Recorded data goes through [`Analysis::evaluate`].
    pub fn evaluate_truth_tagged(
        &self,
        event: &Event,
        scratch: &mut Scratch,
        out: &mut [f64],
        on_variant: impl FnMut(Variant, &[f64]),
    ) {
        self.plan.evaluate_truth_tagged(event, scratch, out, on_variant);
    }

    /// Whether `event` passes the selection, writing its axis values (allocates; for tests).
    pub fn values(&self, event: &Event, out: &mut [f64]) -> bool {
        self.evaluate(event, &mut self.scratch(), out) == Outcome::Selected
    }

    /// The control-region weight of `event`, if it is in the control region (allocates; for tests).
    pub fn control_region(&self, event: &Event, out: &mut [f64]) -> Option<f64> {
        match self.evaluate(event, &mut self.scratch(), out) {
            Outcome::ControlRegion(weight) => Some(weight),
            _ => None,
        }
    }

    /// The process of a simulated DSID, and whether the DSID is known (named by the file or in
    /// the release's sample table; the caller reports unknown ones, which fill the `rest` process).
    pub fn process_for_dsid(&self, dsid: i32) -> (&str, bool) {
        let index = |i: usize| self.simulated_processes[i].id.as_str();
        if let Some((_, i)) = self.rules.by_dsid.iter().find(|(d, _)| *d == dsid) {
            return (index(*i), true);
        }
        match samples::sample(dsid) {
            Some(sample) => {
                let i =
                    self.rules.by_group.iter().find(|(g, _)| *g == sample.group).map_or(self.rules.rest, |(_, i)| *i);
                (index(i), true)
            }
            None => (index(self.rules.rest), false),
        }
    }

    /// The full process list of a cube: `data` first when the cube has data, then the
    /// simulation; with real data, the data-driven background (if any) in the place of the
    /// process it replaces.
    pub fn processes(&self, data_kind: DataKind) -> Vec<Process> {
        let mut out = Vec::new();
        if data_kind != DataKind::None {
            out.push(Process::new(DATA, Role::Data));
        }
        let data_driven = self.data_driven.as_ref().filter(|_| data_kind == DataKind::Real);
        for process in &self.simulated_processes {
            match data_driven {
                Some(d) if d.replaces == process.id => out.push(d.process.clone()),
                _ => out.push(process.clone()),
            }
        }
        out
    }

    /// The manifest of a new cube of this analysis.
    pub fn manifest(&self, luminosity_fb: f64, data_kind: DataKind) -> Manifest {
        let mut m = Manifest::new(&self.id, self.sqrt_s_tev, luminosity_fb, data_kind);
        m.title_key = self.title_key.clone();
        m.axes = self.axes.clone();
        m.processes = self.processes(data_kind);
        m.default_cuts = self.default_cuts.clone();
        m.guided_paths = self.guided_paths.clone();
        m.fit = self.fit_axis.as_ref().map(|axis| FitSetup {
            axis: axis.clone(),
            // Only the backgrounds this cube has: the data-driven one exists in cubes of real data.
            norm_uncertainties: self
                .norm_uncertainties
                .iter()
                .filter(|(process, _)| m.process_index(process).is_some())
                .map(|(process, relative)| NormUncertainty { process: process.clone(), relative: *relative })
                .collect(),
        });
        m.producer = format!("preprocess {}", env!("CARGO_PKG_VERSION"));
        m
    }
}

/// The repository's analysis files, compiled into the binary: (id, file name, text).
pub const BUNDLED: &[(&str, &str, &str)] = &[
    ("hzz4l", "analyses/hzz4l.toml", include_str!("../../../../analyses/hzz4l.toml")),
    ("hww", "analyses/hww.toml", include_str!("../../../../analyses/hww.toml")),
    ("ttz3l", "analyses/ttz3l.toml", include_str!("../../../../analyses/ttz3l.toml")),
    ("ttz", "analyses/ttz.toml", include_str!("../../../../analyses/ttz.toml")),
    ("explorer", "analyses/explorer.toml", include_str!("../../../../analyses/explorer.toml")),
];

/// Every bundled analysis, compiled once. They are checked by the tests, so a mistake in one
/// is a bug of this build, not of the user's input.
pub fn bundled() -> &'static [Analysis] {
    static ANALYSES: OnceLock<Vec<Analysis>> = OnceLock::new();
    ANALYSES.get_or_init(|| {
        BUNDLED
            .iter()
            .map(|(_, name, text)| file::parse(name, text).unwrap_or_else(|e| panic!("bundled analysis: {e}")))
            .collect()
    })
}

/// The bundled analysis with this id.
pub fn by_id(id: &str) -> Option<&'static Analysis> {
    bundled().iter().find(|a| a.id == id)
}

/// Reads and compiles an analysis file.
pub fn load(path: &Path) -> anyhow::Result<Analysis> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(file::parse(&path.display().to_string(), &text)?)
}

/// What `preprocess build` accepts as its analysis: a file (a path ending in `.toml`, or any
/// existing file), else the id of a bundled analysis.
pub fn resolve(arg: &str) -> anyhow::Result<Analysis> {
    let path = Path::new(arg);
    if arg.ends_with(".toml") || path.is_file() {
        return load(path);
    }
    match by_id(arg) {
        Some(analysis) => Ok(analysis.clone()),
        None => anyhow::bail!(
            "`{arg}` is neither an analysis file (…/name.toml) nor a bundled analysis ({})",
            BUNDLED.iter().map(|(id, _, _)| *id).collect::<Vec<_>>().join(", ")
        ),
    }
}

#[cfg(test)]
mod tests;
