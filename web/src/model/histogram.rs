//! One axis's histogram as it is drawn: simulated processes stacked, data as points.
//!
//! Only the in-range bins are drawn; the flow bins still count in the yields and are kept by an
//! open-ended cut (see [`crate::model::cut`]).

use histcube::{stats, Engine, Manifest, Rgb, Role};

use crate::model::labels;

/// The axis the page shows first: `m4l` when the cube has it, else its first numeric axis.
pub fn default_axis(manifest: &Manifest) -> Option<usize> {
    manifest.axis_index("m4l").or_else(|| manifest.axes.iter().position(|a| !a.is_category()))
}

/// One simulated process's slice of the stack: bin `i` spans `bottoms[i]..tops[i]`.
#[derive(Clone, Debug, PartialEq)]
pub struct StackLayer {
    pub process_id: String,
    pub label: String,
    pub color: Rgb,
    pub bottoms: Vec<f64>,
    pub tops: Vec<f64>,
}

/// A data point: events in a bin and its Poisson 68 % interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DataPoint {
    pub x: f64,
    pub events: f64,
    pub down: f64,
    pub up: f64,
}

/// Everything needed to draw one axis's histogram.
#[derive(Clone, Debug, PartialEq)]
pub struct StackedHistogram {
    /// Axis title with unit, e.g. "m₄ℓ [GeV]".
    pub axis_title: String,
    /// In-range bin edges, lowest first.
    pub edges: Vec<f64>,
    /// Bottom of the stack first: backgrounds in manifest order, then the signals on top, where
    /// an excess over the background would show.
    pub layers: Vec<StackLayer>,
    /// Summed over every data process; empty bins have no point.
    pub data: Vec<DataPoint>,
    pub data_label: Option<String>,
    /// Highest point of the stack or of a data error bar.
    pub highest: f64,
}

impl StackedHistogram {
    /// The histogram of `axis` under the engine's current selection (every cut but its own).
    pub fn from_engine(engine: &Engine, axis: usize) -> Self {
        let manifest = engine.cube().manifest();
        let ax = &manifest.axes[axis];
        let edges = ax.edges();
        let n = edges.len() - 1;
        let first = usize::from(ax.flow().0);
        let in_range = |process: usize| engine.histogram(axis, process)[first..first + n].to_vec();

        let mut stacked = vec![0.0; n];
        let mut layers = Vec::new();
        let order = manifest.processes_with_role(Role::Background).chain(manifest.processes_with_role(Role::Signal));
        for p in order {
            let process = &manifest.processes[p];
            let bottoms = stacked.clone();
            for (top, bin) in stacked.iter_mut().zip(in_range(p)) {
                *top += bin.sumw;
            }
            layers.push(StackLayer {
                process_id: process.id.clone(),
                label: labels::english(&process.label_key),
                color: process.color,
                bottoms,
                tops: stacked.clone(),
            });
        }

        let data_processes: Vec<usize> = manifest.processes_with_role(Role::Data).collect();
        let mut data = Vec::new();
        if !data_processes.is_empty() {
            let mut events = vec![0.0; n];
            for &p in &data_processes {
                for (sum, bin) in events.iter_mut().zip(in_range(p)) {
                    *sum += bin.sumw;
                }
            }
            for (i, &count) in events.iter().enumerate() {
                if count > 0.0 {
                    let (down, up) = stats::poisson_error_bars(count);
                    data.push(DataPoint { x: 0.5 * (edges[i] + edges[i + 1]), events: count, down, up });
                }
            }
        }
        let data_label = match data_processes.as_slice() {
            [] => None,
            [only] => Some(labels::english(&manifest.processes[*only].label_key)),
            _ => Some(labels::english("process.data")),
        };

        let stack_top = stacked.iter().copied().fold(0.0, f64::max);
        let data_top = data.iter().map(|d| d.events + d.up).fold(0.0, f64::max);
        let label = labels::english(&ax.label_key);
        Self {
            axis_title: crate::model::format::axis_title(labels::short(&label), &ax.unit),
            edges,
            layers,
            data,
            data_label,
            highest: stack_top.max(data_top),
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use crate::model::fixtures;

    #[test]
    fn backgrounds_stack_below_the_signal_and_data_become_points() {
        let engine = fixtures::four_lepton_engine();
        let hist = StackedHistogram::from_engine(&engine, 0);
        assert_eq!(hist.axis_title, "m₄ℓ [GeV]");
        assert_eq!(hist.edges, vec![80.0, 100.0, 120.0, 140.0, 160.0]);
        let ids: Vec<&str> = hist.layers.iter().map(|l| l.process_id.as_str()).collect();
        assert_eq!(ids, ["zz", "higgs"]);
        // Bin 120–140: ZZ 0.5 + 0.25, Higgs 1.5 on top of it.
        assert_eq!(hist.layers[0].tops[2], 0.75);
        assert_eq!(hist.layers[1].bottoms[2], 0.75);
        assert_eq!(hist.layers[1].tops[2], 2.25);
        // Data: 2 events at 90, 1 at 130; the overflow event at 200 is not drawn.
        let points: Vec<(f64, f64)> = hist.data.iter().map(|d| (d.x, d.events)).collect();
        assert_eq!(points, [(90.0, 2.0), (130.0, 1.0)]);
        assert_eq!((hist.data[0].down, hist.data[0].up), stats::poisson_error_bars(2.0));
        assert_eq!(hist.data_label.as_deref(), Some("Data"));
        assert!(hist.highest >= 2.0 + hist.data[0].up);
    }

    #[test]
    fn the_plotted_axis_is_m4l_or_the_first_numeric_one() {
        let engine = fixtures::four_lepton_engine();
        assert_eq!(default_axis(engine.cube().manifest()), Some(0));
        let mut manifest = engine.cube().manifest().clone();
        manifest.axes.swap(0, 1);
        manifest.axes[1].id = "mass".into();
        assert_eq!(default_axis(&manifest), Some(1));
    }
}
