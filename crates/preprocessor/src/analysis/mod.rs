//! The analyses: fixed preselection, the variables that become cube axes, and the mapping of
//! simulated samples to the analysis's processes.
//!
//! Each analysis's selection is a pure function of an [`Event`] returning a small struct of
//! variables (tested on hand-built events); [`Analysis::values`] flattens it into one number per
//! axis, category axes taking the category's index.
//!
//! An analysis may also estimate one background from recorded data
//! ([`Analysis::data_driven_background`]): recorded events failing the preselection in one
//! requirement only (a control region) fill it, each weighted by a transfer factor. Only cubes
//! of real data hold it, in place of the simulated process it stands for.

pub mod hww;
pub mod hzz4l;
pub mod objects;
pub mod ttz;

use histcube::{Axis, AxisCut, DataKind, GuidedPath, GuidedStep, Process, Role};

use crate::event::Event;
use crate::root::Needs;
use crate::samples::{self, PhysicsGroup};

/// One analysis the preprocessor can build a cube for.
pub trait Analysis: Sync {
    /// Stable id, also the cube's `analysis_id` (`hzz4l`, `hww`, `ttz`).
    fn id(&self) -> &'static str;
    /// One line for `--help` and error messages.
    fn description(&self) -> &'static str;
    /// Which ntuple branches the selection reads.
    fn needs(&self) -> Needs;
    /// The cube's axes, in the order [`Analysis::values`] fills them.
    fn axes(&self) -> Vec<Axis>;
    /// Simulated processes with their roles; `data` is added by the builder when the cube has data.
    fn simulated_processes(&self) -> Vec<Process>;
    /// The data kind used when the user does not choose one.
    fn default_data_kind(&self) -> DataKind;
    /// The process id a simulated sample of this group belongs to.
    fn process_for_group(&self, group: PhysicsGroup) -> &'static str;
    /// Applies the preselection; on success writes one value per axis into `out` and returns true.
    fn values(&self, event: &Event, out: &mut [f64]) -> bool;
    /// The guided paths the browser walks a student through, written into the manifest.
    fn guided_paths(&self) -> Vec<GuidedPath> {
        Vec::new()
    }
    /// A background estimated from recorded data, filled by [`Analysis::control_region`] in
    /// cubes of real data only; `None` (the default) when everything is simulated.
    fn data_driven_background(&self) -> Option<DataDrivenBackground> {
        None
    }
    /// For a recorded event that fails [`Analysis::values`]: if it is in the control region of
    /// the data-driven background, writes one value per axis into `out` and returns the event's
    /// weight (the transfer factor from the control region to the selection).
    fn control_region(&self, _event: &Event, _out: &mut [f64]) -> Option<f64> {
        None
    }
}

/// A background estimated from recorded events of a control region (see
/// [`Analysis::control_region`]) instead of simulation.
#[derive(Clone, Debug, PartialEq)]
pub struct DataDrivenBackground {
    /// Its process, with [`Process::data_driven`] set.
    pub process: Process,
    /// The simulated process it stands for. Cubes of real data leave that process out, and
    /// refuse simulated events that would fill it, so no background is counted twice.
    pub replaces: &'static str,
}

/// A guided path `id` whose title is `path.<id>.title` and whose step `n` (from 1) reads
/// `path.<id>.<n>`; each step names the axis to look at and the cut "show me" applies, if any.
/// A range cut's ends fill the step text's `$lower` and `$upper`, so text and cut cannot
/// disagree; they must be bin edges (checked by the tests).
pub fn guided_path(id: &str, steps: Vec<(&str, Option<AxisCut>)>) -> GuidedPath {
    GuidedPath {
        id: id.to_owned(),
        title_key: format!("path.{id}.title"),
        steps: steps
            .into_iter()
            .enumerate()
            .map(|(i, (axis, cut))| GuidedStep {
                text_key: format!("path.{id}.{}", i + 1),
                axis: Some(axis.to_owned()),
                cut,
            })
            .collect(),
    }
}

/// Every analysis, for the command line and tests.
pub const ALL: &[&dyn Analysis] = &[&hzz4l::Hzz4l, &hww::Hww, &ttz::Ttz];

/// The analysis with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Analysis> {
    ALL.iter().copied().find(|a| a.id() == id)
}

/// Process id of the catch-all background every analysis has.
pub const OTHER: &str = "other";
/// Process id of recorded or pseudo-data.
pub const DATA: &str = "data";

/// How a simulated DSID maps to a process of `analysis`: its group's process, or `other` when the
/// DSID is not in the release's sample table (the caller reports those).
pub fn process_for_dsid(analysis: &dyn Analysis, dsid: i32) -> (&'static str, bool) {
    match samples::sample(dsid) {
        Some(sample) => (analysis.process_for_group(sample.group), true),
        None => (OTHER, false),
    }
}

/// The full process list of a cube: `data` first when the cube has data, then the simulation;
/// with real data, the data-driven background (if any) in the place of the process it replaces.
pub fn processes(analysis: &dyn Analysis, data_kind: DataKind) -> Vec<Process> {
    let mut out = Vec::new();
    if data_kind != DataKind::None {
        out.push(Process::new(DATA, Role::Data));
    }
    let data_driven = analysis.data_driven_background().filter(|_| data_kind == DataKind::Real);
    for process in analysis.simulated_processes() {
        match &data_driven {
            Some(d) if d.replaces == process.id => out.push(d.process.clone()),
            _ => out.push(process),
        }
    }
    out
}

/// Same-flavour lepton-pair channel shared by the dilepton analyses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DileptonChannel {
    Ee,
    MuMu,
    EMu,
}

impl DileptonChannel {
    /// Category ids, in axis order.
    pub const IDS: [&'static str; 3] = ["ee", "mumu", "emu"];

    pub fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_analysis_has_valid_axes_and_known_process_ids() {
        for analysis in ALL {
            for kind in [DataKind::Real, DataKind::PseudoData, DataKind::None] {
                let mut m = histcube::Manifest::new(analysis.id(), 13.0, 10.064, kind);
                m.axes = analysis.axes();
                m.processes = processes(*analysis, kind);
                m.validate().unwrap_or_else(|e| panic!("{}: {e}", analysis.id()));
            }
            for p in
                analysis.simulated_processes().into_iter().chain(analysis.data_driven_background().map(|d| d.process))
            {
                assert!(
                    histcube::palette::KNOWN.iter().any(|(id, _)| *id == p.id),
                    "{}: process `{}` has no palette colour",
                    analysis.id(),
                    p.id
                );
            }
            // Simulation that no process of its own takes goes to `other`; with real data an
            // analysis may estimate that part from data instead, in `other`'s place.
            assert!(analysis.simulated_processes().iter().any(|p| p.id == OTHER));
            if let Some(d) = analysis.data_driven_background() {
                assert!(d.process.data_driven && d.process.role == Role::Background, "{}", analysis.id());
                assert!(analysis.simulated_processes().iter().any(|p| p.id == d.replaces), "{}", analysis.id());
                let real: Vec<_> = processes(*analysis, DataKind::Real).into_iter().map(|p| p.id).collect();
                assert!(real.contains(&d.process.id) && !real.iter().any(|id| id == d.replaces), "{real:?}");
                let pseudo = processes(*analysis, DataKind::PseudoData);
                assert!(pseudo.iter().all(|p| !p.data_driven) && pseudo.iter().any(|p| p.id == d.replaces));
            }
            let mut out = vec![0.0; analysis.axes().len()];
            assert!(!analysis.values(&Event::default(), &mut out), "an empty event must fail every preselection");
            assert!(analysis.control_region(&Event::default(), &mut out).is_none(), "nor enter a control region");
        }
    }

    #[test]
    fn guided_paths_validate_cut_on_bin_edges_and_have_english_text() {
        let english = i18n::Catalogue::new(i18n::Lang::En);
        let ids: Vec<_> = ALL.iter().flat_map(|a| a.guided_paths()).map(|p| p.id).collect();
        assert_eq!(ids, ["hzz", "separate", "hww", "ttz"]);
        for analysis in ALL {
            let mut m = histcube::Manifest::new(analysis.id(), 13.0, 10.064, DataKind::PseudoData);
            m.axes = analysis.axes();
            m.processes = processes(*analysis, DataKind::PseudoData);
            m.guided_paths = analysis.guided_paths();
            m.validate().unwrap_or_else(|e| panic!("{}: {e}", analysis.id()));
            let mut keys = vec![m.title_key.clone()];
            keys.extend(m.axes.iter().map(|a| a.label_key.clone()));
            keys.extend(m.axes.iter().flat_map(|a| a.categories().iter().map(|c| c.label_key.clone())));
            keys.extend(processes(*analysis, DataKind::Real).iter().chain(&m.processes).map(|p| p.label_key.clone()));
            for path in &m.guided_paths {
                assert!(path.steps.len() >= 3, "{}: a path of {} steps", path.id, path.steps.len());
                keys.push(path.title_key.clone());
                keys.push(format!("path.{}.intro", path.id));
                for step in &path.steps {
                    keys.push(step.text_key.clone());
                    let axis = &m.axes[m.axis_index(step.axis.as_deref().unwrap()).unwrap()];
                    if let Some(AxisCut::Ranges(ranges)) = &step.cut {
                        let edges = axis.edges();
                        for end in ranges.iter().flat_map(|r| [r.lower, r.upper]).flatten() {
                            assert!(
                                edges.iter().any(|e| (e - end).abs() < 1e-9 * (1.0 + end.abs())),
                                "{}: {} cut at {end} is not a bin edge of {:?}",
                                path.id,
                                axis.id,
                                edges
                            );
                        }
                    }
                }
            }
            for key in keys {
                assert!(english.get(&key, &[]).is_some(), "{}: no English text for `{key}`", analysis.id());
            }
        }
    }

    #[test]
    fn samples_map_to_the_analysis_processes() {
        let hzz = by_id("hzz4l").unwrap();
        assert_eq!(process_for_dsid(hzz, 345060), ("hzz", true));
        assert_eq!(process_for_dsid(hzz, 363490), ("zz", true));
        assert_eq!(process_for_dsid(hzz, 410000), ("other", true));
        assert_eq!(process_for_dsid(hzz, 999999), ("other", false));
        let hww = by_id("hww").unwrap();
        assert_eq!(process_for_dsid(hww, 345324).0, "hww");
        assert_eq!(process_for_dsid(hww, 363492).0, "ww");
        assert_eq!(process_for_dsid(hww, 364100).0, "zjets");
        assert_eq!(process_for_dsid(hww, 410000).0, "ttbar");
        let ttz = by_id("ttz").unwrap();
        assert_eq!(process_for_dsid(ttz, 410218).0, "ttz");
        assert_eq!(process_for_dsid(ttz, 410155).0, "other");
    }
}
