//! The manifest: everything about a cube except its cells.

use serde::{Deserialize, Serialize};

use crate::axis::Axis;
use crate::process::{Process, Role};

/// Where the events labelled "data" come from; the interface must say it plainly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataKind {
    /// Recorded by the ATLAS detector.
    Real,
    /// Poisson-sampled from the summed simulation: "pseudo-data (simulated)".
    PseudoData,
    /// The cube holds no data process.
    None,
}

/// A cut on one axis, in the axis's own units or category ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum AxisCut {
    /// Keep values in any of these ranges; `None` is an open end (and keeps the flow bin).
    #[serde(deserialize_with = "crate::budget::vec")]
    Ranges(Vec<Range>),
    /// Keep these categories (by id).
    #[serde(deserialize_with = "crate::budget::vec")]
    Categories(Vec<String>),
}

/// A value range `[lower, upper)`; open ends are `None`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub lower: Option<f64>,
    pub upper: Option<f64>,
}

impl AxisCut {
    /// One range: `AxisCut::range(Some(10.0), None)` keeps everything from 10 upwards.
    pub fn range(lower: Option<f64>, upper: Option<f64>) -> Self {
        AxisCut::Ranges(vec![Range { lower, upper }])
    }

    pub fn categories(ids: &[&str]) -> Self {
        AxisCut::Categories(ids.iter().map(|s| (*s).to_owned()).collect())
    }
}

/// A cut by axis id, as stored in manifests (default cuts, guided steps).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NamedCut {
    pub axis: String,
    pub cut: AxisCut,
}

/// A guided path ("Find the Higgs"): a sequence of steps the interface walks a student through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuidedPath {
    pub id: String,
    pub title_key: String,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub steps: Vec<GuidedStep>,
}

impl GuidedPath {
    /// Every cut the whole path applies, one per axis in the order first cut: a later step on
    /// the same axis replaces an earlier one, exactly as pressing each "show me" in turn does.
    /// The app's challenge, `preprocess fit --path` and `summary --json` all read it from here.
    pub fn cuts(&self) -> Vec<NamedCut> {
        let mut out: Vec<NamedCut> = Vec::new();
        for step in &self.steps {
            let (Some(axis), Some(cut)) = (&step.axis, &step.cut) else { continue };
            match out.iter_mut().find(|c| c.axis == *axis) {
                Some(existing) => existing.cut = cut.clone(),
                None => out.push(NamedCut { axis: axis.clone(), cut: cut.clone() }),
            }
        }
        out
    }
}

/// One step: text to read, an axis to look at, and optionally the cut "show me" applies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuidedStep {
    pub text_key: String,
    pub axis: Option<String>,
    pub cut: Option<AxisCut>,
}

/// One input that went into the cube, for provenance (file name only: cubes are reproducible).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputRecord {
    pub name: String,
    pub events_read: u64,
    pub events_selected: u64,
}

/// The signal-strength fit an analysis chose: the discriminant it fits μ on and the normalisation
/// uncertainties every fit of the cube includes unless asked otherwise. Carried in the cube so
/// that the app, `preprocess fit` and a teacher reproducing a guided path's numbers all fit the
/// same model, stated once in the analysis file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FitSetup {
    /// Id of the fitted axis; its own cut is the fit range.
    pub axis: String,
    /// Backgrounds whose normalisation is uncertain, each a pyhf `normsys` in the fit.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub norm_uncertainties: Vec<NormUncertainty>,
}

/// A background's relative normalisation uncertainty (0.5 = ±50 %), e.g. a data-driven estimate's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NormUncertainty {
    pub process: String,
    pub relative: f64,
}

/// Everything about a cube except its cells.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Stable id (`hzz4l`, `hww`, `ttz`), used in file names and URLs.
    pub analysis_id: String,
    pub title_key: String,
    /// Centre-of-mass energy in TeV.
    pub sqrt_s_tev: f64,
    /// Integrated luminosity in fb⁻¹ that the simulation is normalised to.
    pub luminosity_fb: f64,
    pub data_kind: DataKind,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub axes: Vec<Axis>,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub processes: Vec<Process>,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub default_cuts: Vec<NamedCut>,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub guided_paths: Vec<GuidedPath>,
    /// The fit of μ the analysis chose, if it has a discriminant.
    pub fit: Option<FitSetup>,
    /// What made the cube (tool and version) and from which inputs.
    pub producer: String,
    #[serde(deserialize_with = "crate::budget::vec")]
    pub inputs: Vec<InputRecord>,
}

impl Manifest {
    /// A manifest with no cuts, paths or inputs yet.
    pub fn new(analysis_id: &str, sqrt_s_tev: f64, luminosity_fb: f64, data_kind: DataKind) -> Self {
        Self {
            analysis_id: analysis_id.to_owned(),
            title_key: format!("analysis.{analysis_id}.title"),
            sqrt_s_tev,
            luminosity_fb,
            data_kind,
            axes: Vec::new(),
            processes: Vec::new(),
            default_cuts: Vec::new(),
            guided_paths: Vec::new(),
            fit: None,
            producer: String::new(),
            inputs: Vec::new(),
        }
    }

    pub fn axis_index(&self, id: &str) -> Option<usize> {
        self.axes.iter().position(|a| a.id == id)
    }

    pub fn process_index(&self, id: &str) -> Option<usize> {
        self.processes.iter().position(|p| p.id == id)
    }

    /// The index of the axis the analysis fits μ on ([`FitSetup::axis`]), if it chose one.
    pub fn fit_axis_index(&self) -> Option<usize> {
        self.axis_index(&self.fit.as_ref()?.axis)
    }

    /// Indices of processes with the given role.
    pub fn processes_with_role(&self, role: Role) -> impl Iterator<Item = usize> + '_ {
        self.processes.iter().enumerate().filter(move |(_, p)| p.role == role).map(|(i, _)| i)
    }

    /// Checks the manifest is self-consistent; the error names what is wrong.
    pub fn validate(&self) -> Result<(), String> {
        if self.analysis_id.is_empty() {
            return Err("the analysis id is empty".into());
        }
        // Shown on every plot (√s, ∫L dt) and used in the fit: a number, or the cube is refused.
        if !(self.sqrt_s_tev.is_finite() && self.sqrt_s_tev > 0.0) {
            return Err(format!("the centre-of-mass energy {} TeV is not a positive number", self.sqrt_s_tev));
        }
        if !(self.luminosity_fb.is_finite() && self.luminosity_fb >= 0.0) {
            return Err(format!("the integrated luminosity {} fb⁻¹ is not a number ≥ 0", self.luminosity_fb));
        }
        if self.axes.is_empty() || self.axes.len() > crate::MAX_AXES {
            return Err(format!("a cube needs 1 to {} axes, this one has {}", crate::MAX_AXES, self.axes.len()));
        }
        if self.processes.is_empty() || self.processes.len() > crate::MAX_PROCESSES {
            return Err(format!(
                "a cube needs 1 to {} processes, this one has {}",
                crate::MAX_PROCESSES,
                self.processes.len()
            ));
        }
        for (i, a) in self.axes.iter().enumerate() {
            a.validate()?;
            if self.axes[..i].iter().any(|o| o.id == a.id) {
                return Err(format!("axis `{}` appears twice", a.id));
            }
        }
        for (i, p) in self.processes.iter().enumerate() {
            if p.id.is_empty() || self.processes[..i].iter().any(|o| o.id == p.id) {
                return Err(format!("process id `{}` is empty or appears twice", p.id));
            }
            if p.data_driven && (p.role == Role::Data || self.data_kind != DataKind::Real) {
                return Err(format!(
                    "process `{}` is estimated from recorded data, which needs a signal or background \
                     role in a cube of real data (role {:?}, data {:?})",
                    p.id, p.role, self.data_kind
                ));
            }
        }
        if let Some(fit) = &self.fit {
            if self.axis_index(&fit.axis).is_none() {
                return Err(format!("the fit axis `{}` is not an axis of the cube", fit.axis));
            }
            for (i, norm) in fit.norm_uncertainties.iter().enumerate() {
                let role = self.process_index(&norm.process).map(|p| self.processes[p].role);
                if role != Some(Role::Background) {
                    return Err(format!(
                        "the fit's normalisation uncertainty names `{}`, not a background",
                        norm.process
                    ));
                }
                if fit.norm_uncertainties[..i].iter().any(|o| o.process == norm.process) {
                    return Err(format!("the fit names `{}`'s normalisation uncertainty twice", norm.process));
                }
                // A normsys scales the background by 1 − x at α = −1, which must stay positive; zero is no
                // uncertainty at all and is left out rather than listed.
                if !(norm.relative.is_finite() && norm.relative > 0.0 && norm.relative < 1.0) {
                    return Err(format!(
                        "`{}`'s normalisation uncertainty {} is not between 0 and 1",
                        norm.process, norm.relative
                    ));
                }
            }
        }
        let cuts = self.default_cuts.iter().map(|c| (&c.axis, Some(&c.cut)));
        let steps = self
            .guided_paths
            .iter()
            .flat_map(|p| &p.steps)
            .filter_map(|s| s.axis.as_ref().map(|a| (a, s.cut.as_ref())));
        for (axis, cut) in cuts.chain(steps) {
            let Some(index) = self.axis_index(axis) else {
                return Err(format!("a cut or guided step names axis `{axis}`, which the cube does not have"));
            };
            if let Some(cut) = cut {
                crate::engine::cut_mask(&self.axes[index], cut).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}
