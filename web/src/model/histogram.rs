//! One axis's histogram as it is drawn: simulated processes stacked, data as points.
//!
//! A category axis is drawn like a bar chart: category `i` is the bin from `i − ½` to `i + ½`,
//! labelled with its name. A numeric axis's flow bins (events below its first edge or at and
//! above its last) are drawn as a narrow extra column at each end: they count in the yields and
//! an open-ended cut keeps them (see [`crate::model::range_cut`]), so hiding them would hide real events.
//! A category axis's "other" bin is not drawn; it has no place on a bar chart of named categories.

use histcube::{stats, AxisKind, DataKind, Engine, Manifest, Rgb, Role};

use crate::model::{labels, numbers as format, ticks};

/// The width of a drawn flow column, as a fraction of the axis's range.
pub const FLOW_WIDTH: f64 = 0.08;

/// One simulated process's slice of the stack: bin `i` spans `bottoms[i]..tops[i]`.
#[derive(Clone, Debug, PartialEq)]
pub struct StackLayer {
    /// The process's index in the manifest.
    pub process: usize,
    pub process_id: String,
    pub label: String,
    pub color: Rgb,
    pub role: Role,
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

/// The contents of one flow bin (everything below the first edge, or at and above the last).
#[derive(Clone, Debug, PartialEq)]
pub struct FlowBin {
    /// What the column holds, e.g. "< 80" or "≥ 250".
    pub label: String,
    /// Each stack layer's `(bottom, top)` in this bin, in the order of [`StackedHistogram::layers`].
    pub layers: Vec<(f64, f64)>,
    /// Height of the simulated stack.
    pub stack: f64,
    /// Σw² of the simulated stack (its statistical uncertainty is the square root).
    pub stack_sumw2: f64,
    /// Σw of the shown data; `None` when there is nothing to draw as a point.
    pub data: Option<DataPoint>,
    /// Σw of the shown data, zero included, so tests can read what is drawn.
    pub data_sum: f64,
}

/// Everything needed to draw one axis's histogram.
#[derive(Clone, Debug, PartialEq)]
pub struct StackedHistogram {
    /// Axis title with unit, e.g. "m₄ℓ [GeV]".
    pub axis_title: String,
    /// In-range bin edges, lowest first; on a category axis `i − ½` for category `i`.
    pub edges: Vec<f64>,
    /// A category axis's category names, one per bin; empty for a numeric axis.
    pub category_labels: Vec<String>,
    /// An integer axis (number of jets …): bin `[k, k + 1)` is the count `k`, drawn as one bar
    /// labelled `k` at its centre rather than between ticks at its edges.
    pub counts: bool,
    /// Bottom of the stack first: backgrounds in manifest order, then the signals on top, where
    /// an excess over the background would show.
    pub layers: Vec<StackLayer>,
    /// Summed over every data process; empty bins have no point.
    pub data: Vec<DataPoint>,
    pub data_label: Option<String>,
    /// The manifest indices of the data processes, shown and hidden together as one entry.
    pub data_processes: Vec<usize>,
    /// Highest point of the stack (with its band) or of a data error bar in the in-range bins;
    /// the flow columns do not count (see [`FlowBin::top`]).
    pub highest: f64,
    /// Σw of the data in each bin, empty bins included, so tests can read what is drawn.
    pub data_sums: Vec<f64>,
    /// Height of the simulated stack in each bin.
    pub stack_sums: Vec<f64>,
    /// Σw² of the simulated stack in each bin: the MC-statistics band is ±√ of it.
    pub stack_sumw2: Vec<f64>,
    /// The y-axis title: "Events / 5 GeV" on a regular axis with a unit, else "Events / bin".
    pub y_title: String,
    /// A numeric axis's underflow bin, when it has one; its point's `x` is left at the first edge
    /// for the drawing to place.
    pub underflow: Option<FlowBin>,
    /// A numeric axis's overflow bin, when it has one; its point's `x` is the last edge.
    pub overflow: Option<FlowBin>,
}

impl StackedHistogram {
    /// The histogram of `axis` under the engine's current selection (every cut but its own).
    pub fn from_engine(engine: &Engine, axis: usize) -> Self {
        Self::with_hidden(engine, axis, &[])
    }

    /// As [`Self::from_engine`], leaving out each process `p` with `hidden[p]` true (missing
    /// entries are shown): hidden simulation leaves the stack, hidden data leaves the points.
    pub fn with_hidden(engine: &Engine, axis: usize, hidden: &[bool]) -> Self {
        let is_shown = |p: usize| !hidden.get(p).copied().unwrap_or(false);
        let manifest = engine.cube().manifest();
        let ax = &manifest.axes[axis];
        let category_labels: Vec<String> = ax.categories().iter().map(|c| labels::text(&c.label_key)).collect();
        let edges: Vec<f64> =
            if ax.is_category() { (0..=category_labels.len()).map(|i| i as f64 - 0.5).collect() } else { ax.edges() };
        let n = edges.len() - 1;
        let first = usize::from(ax.flow().0);
        let in_range = first..first + n;

        // The drawn flow columns (a category axis's "other" bin is not one).
        let (has_underflow, has_overflow) = ax.flow();
        let numeric = !ax.is_category();
        let mut underflow =
            (has_underflow && numeric).then(|| FlowSums::new(0, format!("< {}", format::edge(edges[0]))));
        let mut overflow =
            (has_overflow && numeric).then(|| FlowSums::new(first + n, format!("≥ {}", format::edge(edges[n]))));

        let mut stacked = vec![0.0; n];
        let mut stack_sumw2 = vec![0.0; n];
        let mut layers = Vec::new();
        let order = manifest.processes_with_role(Role::Background).chain(manifest.processes_with_role(Role::Signal));
        for p in order.filter(|&p| is_shown(p)) {
            let process = &manifest.processes[p];
            let bottoms = stacked.clone();
            let bins = engine.histogram(axis, p);
            for ((top, w2), bin) in stacked.iter_mut().zip(stack_sumw2.iter_mut()).zip(&bins[in_range.clone()]) {
                *top += bin.sumw;
                *w2 += bin.sumw2;
            }
            for flow in [&mut underflow, &mut overflow].into_iter().flatten() {
                flow.stack_on(&bins);
            }
            layers.push(StackLayer {
                process: p,
                process_id: process.id.clone(),
                label: labels::text(&process.label_key),
                color: process.color,
                role: process.role,
                bottoms,
                tops: stacked.clone(),
            });
        }

        let data_processes: Vec<usize> = manifest.processes_with_role(Role::Data).collect();
        let mut events = vec![0.0; n];
        for &p in data_processes.iter().filter(|&&p| is_shown(p)) {
            let bins = engine.histogram(axis, p);
            for (sum, bin) in events.iter_mut().zip(&bins[in_range.clone()]) {
                *sum += bin.sumw;
            }
            for flow in [&mut underflow, &mut overflow].into_iter().flatten() {
                flow.data += bins[flow.bin].sumw;
            }
        }
        let data: Vec<DataPoint> = events
            .iter()
            .enumerate()
            .filter(|(_, &count)| count > 0.0)
            .map(|(i, &count)| DataPoint::of(0.5 * (edges[i] + edges[i + 1]), count))
            .collect();
        let data_label = match data_processes.as_slice() {
            [] => None,
            // Pseudo-data must never pass for recorded events, whatever the cube calls it.
            _ if manifest.data_kind == DataKind::PseudoData => Some(labels::text("process-pseudo_data")),
            [only] => Some(labels::text(&manifest.processes[*only].label_key)),
            _ => Some(labels::text("process-data")),
        };

        // Only the in-range bins set the y range: a flow column holds everything beyond an end
        // of the axis and can dwarf the bins that matter (m₄ℓ ≥ 250 GeV against the 125 GeV
        // peak), so it is drawn clipped with its value written instead.
        let band_tops = stacked.iter().zip(&stack_sumw2).map(|(s, w2)| s + w2.sqrt());
        let data_tops = data.iter().map(|d| d.events + d.up);
        let highest = band_tops.chain(data_tops).fold(0.0, f64::max);
        let label = labels::text(&ax.label_key);
        let underflow = underflow.map(|flow| flow.finish(edges[0]));
        let overflow = overflow.map(|flow| flow.finish(edges[n]));
        Self {
            axis_title: format::axis_title(labels::short(&label), &ax.unit),
            counts: matches!(ax.kind, AxisKind::Integer { .. }),
            edges,
            category_labels,
            layers,
            data,
            data_label,
            data_processes,
            highest,
            data_sums: events,
            stack_sums: stacked,
            stack_sumw2,
            y_title: y_title(ax),
            underflow,
            overflow,
        }
    }
}

/// One flow column's sums while the stack is built, bottom layer first.
struct FlowSums {
    /// The bin's index in the engine's histogram of the axis (flow bins included).
    bin: usize,
    label: String,
    layers: Vec<(f64, f64)>,
    stack: f64,
    stack_sumw2: f64,
    data: f64,
}

impl FlowSums {
    fn new(bin: usize, label: String) -> Self {
        Self { bin, label, layers: Vec::new(), stack: 0.0, stack_sumw2: 0.0, data: 0.0 }
    }

    /// Puts a process's content of this bin on top of the column's stack.
    fn stack_on(&mut self, bins: &[histcube::Sums]) {
        let bin = &bins[self.bin];
        self.layers.push((self.stack, self.stack + bin.sumw));
        self.stack += bin.sumw;
        self.stack_sumw2 += bin.sumw2;
    }

    /// The column, its data point (if any) at `x`, for the drawing to place.
    fn finish(self, x: f64) -> FlowBin {
        FlowBin {
            label: self.label,
            layers: self.layers,
            stack: self.stack,
            stack_sumw2: self.stack_sumw2,
            data: (self.data > 0.0).then(|| DataPoint::of(x, self.data)),
            data_sum: self.data,
        }
    }
}

impl DataPoint {
    /// `events` at `x` with their Poisson 68 % interval.
    fn of(x: f64, events: f64) -> Self {
        let (down, up) = stats::poisson_error_bars(events);
        Self { x, events, down, up }
    }
}

impl FlowBin {
    /// The highest point of the column: its stack with the statistical band, or its data point
    /// with the error bar.
    pub fn top(&self) -> f64 {
        let data_top = self.data.map_or(0.0, |d| d.events + d.up);
        (self.stack + self.stack_sumw2.sqrt()).max(data_top)
    }
}

/// "Events / 5 GeV" for a regular axis with a unit, "Events / bin" otherwise.
fn y_title(axis: &histcube::Axis) -> String {
    match &axis.kind {
        AxisKind::Regular { bins, lower, upper, .. } if !axis.unit.is_empty() && *bins > 0 => {
            let width = format::shown(&format::width((upper - lower) / f64::from(*bins)));
            labels::fill("plot-events-per-width", &[("width", &width), ("unit", &axis.unit)])
        }
        _ => labels::text("plot-events-per-bin"),
    }
}

/// The label in the corner of every plot, in the field's convention: the bold "ATLAS Open
/// Data", what follows it ("Simulation" when the cube has no data, "pseudo-data (simulated)"
/// when its data are drawn from the simulation, nothing for recorded data), and the line with
/// √s and the integrated luminosity of the manifest.
#[derive(Clone, Debug, PartialEq)]
pub struct PlotHeader {
    pub experiment: String,
    pub qualifier: Option<String>,
    pub conditions: String,
}

impl PlotHeader {
    pub fn of(manifest: &Manifest) -> Self {
        let qualifier = match manifest.data_kind {
            DataKind::Real => None,
            DataKind::PseudoData => Some(labels::text("plot-pseudo")),
            DataKind::None => Some(labels::text("plot-simulation")),
        };
        let conditions = labels::fill(
            "plot-energy-lumi",
            &[("sqrt_s", &format::edge(manifest.sqrt_s_tev)), ("lumi", &format::luminosity(manifest.luminosity_fb))],
        );
        Self { experiment: labels::text("plot-atlas"), qualifier, conditions }
    }
}

/// One point of the data / simulation ratio panel: data over the stack with the data's error
/// bars scaled the same way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatioPoint {
    pub x: f64,
    pub ratio: f64,
    pub down: f64,
    pub up: f64,
}

/// A process's shape: its in-range bins divided by its in-range total, so every line encloses
/// the same area and shapes can be compared whatever the yields.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeLine {
    pub process_id: String,
    pub label: String,
    pub color: Rgb,
    pub role: Role,
    pub fractions: Vec<f64>,
}

/// One row of the table alternative to a plot: a bin's label, each stack layer's Σw (in the
/// order of [`StackedHistogram::layers`]), the stack, its statistical error and the data.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    pub bin: String,
    pub layers: Vec<f64>,
    pub stack: f64,
    pub stack_error: f64,
    pub data: f64,
}

impl StackedHistogram {
    /// Data divided by simulation in each in-range bin where both are non-zero.
    pub fn ratio_points(&self) -> Vec<RatioPoint> {
        self.data
            .iter()
            .filter_map(|d| {
                let bin = self.edges.partition_point(|e| *e <= d.x).checked_sub(1)?;
                let stack = *self.stack_sums.get(bin)?;
                (stack > 0.0).then(|| RatioPoint {
                    x: d.x,
                    ratio: d.events / stack,
                    down: d.down / stack,
                    up: d.up / stack,
                })
            })
            .collect()
    }

    /// The relative MC-statistics band of the ratio panel per in-range bin, `σ / stack`, `None`
    /// where the stack is empty.
    pub fn relative_band(&self) -> Vec<Option<f64>> {
        self.stack_sums.iter().zip(&self.stack_sumw2).map(|(s, w2)| (*s > 0.0).then(|| w2.sqrt() / s)).collect()
    }

    /// Every shown simulated process's shape (signals first, so they are drawn on top last),
    /// and the shown data's shape; a process with nothing in range has no line.
    pub fn shapes(&self) -> (Vec<ShapeLine>, Option<Vec<f64>>) {
        let normalise = |values: Vec<f64>| {
            let total: f64 = values.iter().sum();
            (total > 0.0).then(|| values.iter().map(|v| v / total).collect::<Vec<f64>>())
        };
        let lines = self
            .layers
            .iter()
            .filter_map(|layer| {
                let heights = layer.tops.iter().zip(&layer.bottoms).map(|(t, b)| t - b).collect();
                normalise(heights).map(|fractions| ShapeLine {
                    process_id: layer.process_id.clone(),
                    label: layer.label.clone(),
                    color: layer.color,
                    role: layer.role,
                    fractions,
                })
            })
            .collect();
        (lines, normalise(self.data_sums.clone()))
    }

    /// The table alternative: underflow, the in-range bins, overflow.
    pub fn table_rows(&self) -> Vec<TableRow> {
        let mut rows = Vec::with_capacity(self.stack_sums.len() + 2);
        let flow_row = |flow: &FlowBin, text: String| TableRow {
            bin: text,
            layers: flow.layers.iter().map(|(b, t)| t - b).collect(),
            stack: flow.stack,
            stack_error: flow.stack_sumw2.sqrt(),
            data: flow.data_sum,
        };
        if let Some(flow) = &self.underflow {
            rows.push(flow_row(flow, labels::fill("table-underflow", &[("edge", &format::edge(self.edges[0]))])));
        }
        for i in 0..self.stack_sums.len() {
            let bin = match self.category_labels.get(i) {
                Some(label) => label.clone(),
                None if self.counts => format::edge(self.edges[i]),
                None => format!("{}–{}", format::edge(self.edges[i]), format::edge(self.edges[i + 1])),
            };
            rows.push(TableRow {
                bin,
                layers: self.layers.iter().map(|l| l.tops[i] - l.bottoms[i]).collect(),
                stack: self.stack_sums[i],
                stack_error: self.stack_sumw2[i].sqrt(),
                data: self.data_sums[i],
            });
        }
        if let Some(flow) = &self.overflow {
            let last = *self.edges.last().expect("an axis has edges");
            rows.push(flow_row(flow, labels::fill("table-overflow", &[("edge", &format::edge(last))])));
        }
        rows
    }

    /// The labels under a category axis (each category's name) or an integer axis (each count,
    /// and "≥ n" for its overflow), at the x of the bar they name; empty for a continuous axis,
    /// whose ticks sit at round values instead.
    pub fn bin_labels(&self) -> Vec<(f64, String)> {
        if self.category_labels.is_empty() && !self.counts {
            return Vec::new();
        }
        let n = self.edges.len() - 1;
        let mut labels: Vec<(f64, String)> = (0..n)
            .map(|i| {
                let centre = 0.5 * (self.edges[i] + self.edges[i + 1]);
                let text = self.category_labels.get(i).cloned().unwrap_or_else(|| ticks::tick(self.edges[i]));
                (centre, text)
            })
            .collect();
        if let Some(flow) = self.overflow.as_ref().filter(|_| self.counts) {
            // The overflow column's centre, where the drawing puts it (see the plot's x range).
            let width = (self.edges[n] - self.edges[0]) * FLOW_WIDTH;
            labels.push((self.edges[n] + 0.5 * width, flow.label.clone()));
        }
        labels
    }

    /// The y range of the shapes view: from zero to a little above the highest fraction.
    pub fn shapes_top(lines: &[ShapeLine], data: Option<&[f64]>) -> f64 {
        let highest = lines
            .iter()
            .flat_map(|l| l.fractions.iter())
            .chain(data.into_iter().flatten())
            .fold(0.0, |a: f64, b| a.max(*b));
        if highest > 0.0 {
            highest * 1.15
        } else {
            1.0
        }
    }

    /// The y range to draw: from zero on a linear axis; on a log axis, which cannot show zero,
    /// from a power of ten below the smallest non-zero content (empty bins and the bottom of the
    /// stack sit on that floor) up to a factor of two above the highest point.
    pub fn y_range(&self, log: bool) -> (f64, f64) {
        if !log {
            return (0.0, if self.highest > 0.0 { self.highest * 1.1 } else { 1.0 });
        }
        let layer_heights = self.layers.iter().flat_map(|l| l.tops.iter().zip(&l.bottoms).map(|(t, b)| t - b));
        let point_lows = self.data.iter().map(|d| d.events - d.down);
        let smallest = layer_heights
            .chain(point_lows)
            .chain(self.data.iter().map(|d| d.events))
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
        let floor = if smallest.is_finite() { 10f64.powf((smallest * 0.5).log10().floor()) } else { 0.1 };
        let top = if self.highest > floor { self.highest * 2.0 } else { floor * 100.0 };
        (floor, top)
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::{Axis, Process};

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
        // Data: 2 events at 90, 1 at 130 in range; the event at 200 is the overflow column's.
        let points: Vec<(f64, f64)> = hist.data.iter().map(|d| (d.x, d.events)).collect();
        assert_eq!(points, [(90.0, 2.0), (130.0, 1.0)]);
        assert_eq!((hist.data[0].down, hist.data[0].up), stats::poisson_error_bars(2.0));
        assert_eq!(hist.data_label.as_deref(), Some("Data"));
        assert!(hist.highest >= 2.0 + hist.data[0].up);
    }

    #[test]
    fn a_category_axis_is_a_labelled_bar_chart_with_every_cut_but_its_own() {
        let mut engine = fixtures::four_lepton_engine();
        engine.set_cut(1, &histcube::AxisCut::categories(&["4mu"])).unwrap();
        engine.set_cut(0, &histcube::AxisCut::range(Some(80.0), Some(120.0))).unwrap();
        let hist = StackedHistogram::from_engine(&engine, 1);
        assert_eq!(hist.axis_title, "Channel");
        assert_eq!(hist.category_labels, ["4e", "4μ", "2e2μ"]);
        assert_eq!(hist.edges, [-0.5, 0.5, 1.5, 2.5]);
        // 80 ≤ m4l < 120 applies, the channel cut does not: data at 90 (4μ) and 95 (4e).
        assert_eq!(hist.data_sums, [1.0, 1.0, 0.0]);
        assert_eq!(hist.data.iter().map(|d| d.x).collect::<Vec<_>>(), [0.0, 1.0]);
        assert_eq!(hist.stack_sums, [0.75, 0.0, 0.0]);

        // The m4l plot ignores its own cut but has the channel cut: 4μ only (Higgs 1.0 and ZZ 0.5
        // at 120–140, ZZ 0.25 at 140–160; the data event at 200 is overflow).
        let m4l = StackedHistogram::from_engine(&engine, 0);
        assert!(m4l.category_labels.is_empty());
        assert_eq!(m4l.data_sums, [1.0, 0.0, 0.0, 0.0]);
        assert_eq!(m4l.stack_sums, [0.0, 0.0, 1.5, 0.25]);
    }

    #[test]
    fn a_numeric_axis_shows_its_flow_bins_and_a_category_axis_does_not() {
        let engine = fixtures::four_lepton_engine();
        let hist = StackedHistogram::from_engine(&engine, 0);
        let under = hist.underflow.as_ref().expect("m4l has an underflow bin");
        assert_eq!(under.label, "< 80");
        assert_eq!((under.data_sum, under.stack, under.data), (0.0, 0.0, None));
        assert_eq!(under.layers, [(0.0, 0.0), (0.0, 0.0)]);
        let over = hist.overflow.as_ref().expect("m4l has an overflow bin");
        assert_eq!(over.label, "≥ 160");
        assert_eq!(over.data_sum, 1.0, "the data event at 200 GeV");
        let point = over.data.expect("one overflow event is drawn as a point");
        assert_eq!((point.x, point.events), (160.0, 1.0));
        assert!(hist.highest >= 1.0 + point.up);

        let channel = StackedHistogram::from_engine(&engine, 1);
        assert_eq!((channel.underflow, channel.overflow), (None, None));
    }

    #[test]
    fn a_closed_cut_elsewhere_empties_the_flow_bins_it_removes() {
        let mut engine = fixtures::four_lepton_engine();
        engine.set_cut(1, &histcube::AxisCut::categories(&["4e", "2e2mu"])).unwrap();
        let over = StackedHistogram::from_engine(&engine, 0).overflow.unwrap();
        assert_eq!((over.data_sum, over.data), (0.0, None), "the overflow event is 4μ");
    }

    #[test]
    fn hidden_processes_leave_the_stack_and_the_points() {
        let engine = fixtures::four_lepton_engine();
        let without_zz = StackedHistogram::with_hidden(&engine, 0, &[false, false, true]);
        assert_eq!(without_zz.layers.iter().map(|l| l.process).collect::<Vec<_>>(), [1]);
        assert_eq!(without_zz.stack_sums, [0.0, 0.0, 1.5, 0.0]);
        assert_eq!(without_zz.data_sums, [2.0, 0.0, 1.0, 0.0]);
        let without_data = StackedHistogram::with_hidden(&engine, 0, &[true]);
        assert!(without_data.data.is_empty());
        assert_eq!(without_data.data_sums, [0.0; 4]);
        assert_eq!(without_data.data_processes, [0], "the legend still offers the hidden data");
        assert_eq!(without_data.stack_sums, StackedHistogram::from_engine(&engine, 0).stack_sums);
    }

    #[test]
    fn the_band_the_ratio_the_shapes_and_the_table_come_from_the_same_bins() {
        let engine = fixtures::four_lepton_engine();
        let hist = StackedHistogram::from_engine(&engine, 0);
        // Bin 120–140: ZZ 0.5 and 0.25, Higgs 1.0 and 0.5 → Σw² = 0.25 + 0.0625 + 1 + 0.25.
        assert_eq!(hist.stack_sumw2[2], 1.5625);
        assert_eq!(hist.y_title, "Events / 20 GeV");
        assert_eq!(StackedHistogram::from_engine(&engine, 1).y_title, "Events / bin");
        // Data 1 over a stack of 2.25 at 130; the bin at 90 has data 2 over ZZ 0.75.
        let ratio = hist.ratio_points();
        assert_eq!(ratio.iter().map(|r| (r.x, r.ratio)).collect::<Vec<_>>(), [(90.0, 2.0 / 0.75), (130.0, 1.0 / 2.25)]);
        assert_eq!(hist.relative_band()[1], None, "an empty stack has no band");
        assert_eq!(hist.relative_band()[2], Some(1.25 / 2.25));

        let (lines, data) = hist.shapes();
        let zz = lines.iter().find(|l| l.process_id == "zz").unwrap();
        assert_eq!(zz.fractions, [0.75 / 1.75, 0.0, 0.75 / 1.75, 0.25 / 1.75]);
        assert_eq!(lines.iter().find(|l| l.process_id == "higgs").unwrap().fractions, [0.0, 0.0, 1.0, 0.0]);
        assert_eq!(data.unwrap(), [2.0 / 3.0, 0.0, 1.0 / 3.0, 0.0]);

        let rows = hist.table_rows();
        assert_eq!(
            rows.iter().map(|r| r.bin.as_str()).collect::<Vec<_>>(),
            ["below 80", "80–100", "100–120", "120–140", "140–160", "160 and above"]
        );
        assert_eq!(rows[3].layers, [0.75, 1.5]);
        assert_eq!((rows[3].stack, rows[3].stack_error, rows[3].data), (2.25, 1.25, 1.0));
        assert_eq!(rows[5].data, 1.0);
    }

    #[test]
    fn pseudo_data_is_called_so_and_the_header_follows_the_data_kind() {
        let mut manifest = Manifest::new("hww", 13.0, 10.064, DataKind::PseudoData);
        let header = PlotHeader::of(&manifest);
        assert_eq!(header.experiment, "ATLAS Open Data");
        assert_eq!(header.qualifier.as_deref(), Some("pseudo-data (simulated)"));
        assert_eq!(header.conditions, "√s = 13 TeV, ∫L dt = 10 fb⁻¹");
        manifest.data_kind = DataKind::None;
        assert_eq!(PlotHeader::of(&manifest).qualifier.as_deref(), Some("Simulation"));
        manifest.data_kind = DataKind::Real;
        assert_eq!(PlotHeader::of(&manifest).qualifier, None);
        let pseudo = fixtures::four_lepton_engine_with(DataKind::PseudoData);
        assert_eq!(StackedHistogram::from_engine(&pseudo, 0).data_label.as_deref(), Some("Pseudo-data (simulated)"));
    }

    #[test]
    fn the_flow_columns_never_set_the_y_range() {
        // Ten times more data above the axis than in any bin: the in-range bins alone set it.
        let mut manifest = Manifest::new("hzz4l", 13.0, 10.0, DataKind::Real);
        manifest.axes = vec![Axis::regular("m4l", "GeV", 2, 100.0, 140.0)];
        manifest.processes = vec![Process::new("data", Role::Data), Process::new("zz", Role::Background)];
        let mut builder = histcube::CubeBuilder::new(manifest).unwrap();
        let bin = |m4l: f64| Axis::regular("m4l", "GeV", 2, 100.0, 140.0).index(m4l).unwrap() as u16;
        // Unit weights, as recorded events and a simulation of many events have.
        (0..4).for_each(|_| builder.fill(0, &[bin(110.0)], 1.0));
        (0..2).for_each(|_| builder.fill(1, &[bin(130.0)], 1.0));
        (0..125).for_each(|_| builder.fill(0, &[bin(300.0)], 1.0));
        (0..120).for_each(|_| builder.fill(1, &[bin(300.0)], 1.0));
        let hist = StackedHistogram::from_engine(&Engine::new(builder.finish().unwrap()), 0);
        let in_range = (4.0 + stats::poisson_error_bars(4.0).1).max(2.0 + 2f64.sqrt());
        assert_eq!(hist.highest, in_range);
        let over = hist.overflow.as_ref().unwrap();
        assert_eq!((over.data_sum, over.stack), (125.0, 120.0));
        assert_eq!(over.top(), (125.0 + stats::poisson_error_bars(125.0).1).max(120.0 + 120f64.sqrt()));
        assert_eq!(hist.y_range(false), (0.0, in_range * 1.1));
    }

    #[test]
    fn an_integer_axis_is_drawn_as_counts() {
        let mut manifest = Manifest::new("ttz", 13.0, 10.0, DataKind::None);
        manifest.axes = vec![Axis::integer("njets", 0, 4)];
        manifest.processes = vec![Process::new("ttz", Role::Signal)];
        let mut builder = histcube::CubeBuilder::new(manifest).unwrap();
        for (jets, weight) in [(0u16, 1.0), (2, 2.0), (4, 3.0)] {
            builder.fill(0, &[jets], weight);
        }
        let hist = StackedHistogram::from_engine(&Engine::new(builder.finish().unwrap()), 0);
        assert!(hist.counts);
        let texts: Vec<String> = hist.bin_labels().into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, ["0", "1", "2", "3", "≥ 4"]);
        let centres: Vec<f64> = hist.bin_labels().iter().map(|(x, _)| *x).collect();
        assert_eq!(&centres[..4], [0.5, 1.5, 2.5, 3.5], "each count at the centre of its bar");
        assert!((centres[4] - (4.0 + 0.5 * 4.0 * FLOW_WIDTH)).abs() < 1e-12);
        let bins: Vec<String> = hist.table_rows().into_iter().map(|r| r.bin).collect();
        assert_eq!(bins, ["0", "1", "2", "3", "4 and above"]);
        assert_eq!(hist.stack_sums, [1.0, 0.0, 2.0, 0.0]);

        let m4l = StackedHistogram::from_engine(&fixtures::four_lepton_engine(), 0);
        assert!(!m4l.counts && m4l.bin_labels().is_empty(), "a continuous axis keeps its round ticks");
        let channel = StackedHistogram::from_engine(&fixtures::four_lepton_engine(), 1);
        let names: Vec<String> = channel.bin_labels().into_iter().map(|(_, t)| t).collect();
        assert_eq!(names, ["4e", "4μ", "2e2μ"]);
    }

    #[test]
    fn a_log_axis_starts_below_the_smallest_content() {
        let engine = fixtures::four_lepton_engine();
        let hist = StackedHistogram::from_engine(&engine, 0);
        assert_eq!(hist.y_range(false), (0.0, hist.highest * 1.1));
        // Smallest non-zero content: the foot of the one-event error bar, 1 − 0.83 = 0.17; half
        // of it, 0.086, rounds down to the floor 0.01.
        let (floor, top) = hist.y_range(true);
        assert_eq!((floor, top), (0.01, hist.highest * 2.0));
        let everything_hidden = StackedHistogram::with_hidden(&engine, 0, &[true, true, true]);
        assert_eq!(everything_hidden.y_range(true), (0.1, 10.0));
        assert_eq!(everything_hidden.y_range(false), (0.0, 1.0));
    }
}
