//! The crossfilter engine: per-axis histograms with every cut applied except the axis's own,
//! and yields with all cuts, updated incrementally when one cut changes.
//!
//! Each cell keeps a bit mask of the axes whose cut it fails. A cell with mask 0 counts in the
//! yields and in every axis's histogram; a cell failing exactly one axis `a` counts only in
//! axis `a`'s histogram (that histogram ignores its own cut); any other cell counts nowhere.
//! Changing axis `a`'s cut flips bit `a` for the cells in the bins whose state changed — found
//! through a per-axis index of cells by bin — and each flip adds or removes that cell's
//! contribution in O(number of axes). Work is proportional to the cells that change, not to the
//! cube, which is what keeps dragging a cut smooth on a 1 M-cell cube.

use crate::axis::{Axis, BinSpan};
use crate::cube::Cube;
use crate::manifest::{AxisCut, Range};
use crate::process::Role;
use crate::stats;
use crate::CutError;

/// Σw, Σw² and raw count: the content of one histogram bin or one yield.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sums {
    pub sumw: f64,
    pub sumw2: f64,
    pub count: u64,
}

impl Sums {
    /// Statistical uncertainty √Σw².
    pub fn error(&self) -> f64 {
        self.sumw2.max(0.0).sqrt()
    }

    fn add(&mut self, w: f64, w2: f64, n: u64) {
        self.sumw += w;
        self.sumw2 += w2;
        self.count += n;
    }

    fn remove(&mut self, w: f64, w2: f64, n: u64) {
        self.sumw -= w;
        self.sumw2 -= w2;
        self.count -= n;
        // An empty bin is exactly empty, whatever rounding happened on the way.
        if self.count == 0 {
            self.sumw = 0.0;
            self.sumw2 = 0.0;
        }
    }
}

impl std::ops::AddAssign for Sums {
    fn add_assign(&mut self, o: Sums) {
        self.add(o.sumw, o.sumw2, o.count);
    }
}

/// Turns a cut in axis units into its **cut mask**: one flag per bin, true for the bins the cut
/// keeps. A bin is kept when it lies inside one of the ranges; an open end (`None`) also keeps the
/// flow bin on that side. Cuts therefore
/// act on whole bins — the interface snaps cut values to bin edges so what you see is what you cut.
pub fn cut_mask(axis: &Axis, cut: &AxisCut) -> Result<Vec<bool>, CutError> {
    let n = axis.n_bins();
    match cut {
        AxisCut::Categories(ids) => {
            if !axis.is_category() {
                return Err(CutError::NotACategoryAxis(axis.id.clone()));
            }
            let mut kept = vec![false; n];
            for id in ids {
                match axis.categories().iter().position(|c| &c.id == id) {
                    Some(i) => kept[i] = true,
                    None => return Err(CutError::UnknownCategory { axis: axis.id.clone(), category: id.clone() }),
                }
            }
            Ok(kept)
        }
        AxisCut::Ranges(ranges) => {
            if axis.is_category() {
                return Err(CutError::NotANumericAxis(axis.id.clone()));
            }
            let mut kept = vec![false; n];
            for Range { lower, upper } in ranges {
                let lo = lower.unwrap_or(f64::NEG_INFINITY);
                let hi = upper.unwrap_or(f64::INFINITY);
                if lo.is_nan() || hi.is_nan() || lo > hi {
                    return Err(CutError::BadRange { axis: axis.id.clone(), lower: lo, upper: hi });
                }
                // Relative tolerance so that a cut typed as "125" keeps a bin edge at 124.99999999;
                // only finite ends set the scale (an open end is infinite).
                let scale = [lo, hi].iter().filter(|v| v.is_finite()).fold(0.0f64, |m, v| m.max(v.abs()));
                let eps = 1e-9 * (1.0 + scale);
                for (bin, a) in kept.iter_mut().enumerate() {
                    if let BinSpan::Interval { lower: bl, upper: bu } = axis.span(bin) {
                        if bl >= lo - eps && bu <= hi + eps {
                            *a = true;
                        }
                    }
                }
            }
            Ok(kept)
        }
    }
}

/// Cells of one axis grouped by bin (compressed sparse rows).
struct BinIndex {
    offsets: Vec<u32>,
    cells: Vec<u32>,
}

impl BinIndex {
    fn new(column: &[u16], n_bins: usize) -> Self {
        let mut offsets = vec![0u32; n_bins + 1];
        for &b in column {
            offsets[usize::from(b) + 1] += 1;
        }
        for i in 0..n_bins {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut cells = vec![0u32; column.len()];
        for (cell, &b) in column.iter().enumerate() {
            let slot = &mut next[usize::from(b)];
            cells[*slot as usize] = cell as u32;
            *slot += 1;
        }
        Self { offsets, cells }
    }

    fn cells_in(&self, bin: usize) -> &[u32] {
        &self.cells[self.offsets[bin] as usize..self.offsets[bin + 1] as usize]
    }
}

/// What an update did, for benchmarks and diagnostics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateStats {
    /// Cells whose pass/fail state on the changed axis flipped.
    pub cells_touched: usize,
    /// Whether the engine chose to recompute everything instead of updating incrementally.
    pub full_rebuild: bool,
}

/// Significance figures for the current selection.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Significance {
    /// Expected signal: Σ of the enabled signal processes' yields.
    pub s: Sums,
    /// Expected background: Σ of the enabled background processes' yields.
    pub b: Sums,
    /// Observed data.
    pub data: Sums,
    /// s/√b, `None` when b ≤ 0.
    pub s_over_sqrt_b: Option<f64>,
    /// Asimov discovery significance √(2((s+b)ln(1+s/b) − s)), `None` when b ≤ 0.
    pub z_asimov: Option<f64>,
}

/// A cell's weights packed for random access: flipping a cell reads one 16-byte record
/// instead of four columns.
#[derive(Clone, Copy)]
struct CellWeight {
    sumw: f32,
    sumw2: f32,
    count: u32,
}

impl Significance {
    /// s, b, data and significances of per-process `yields`, counting only the processes with
    /// `enabled[p]` true (missing entries count).
    pub fn of(processes: &[crate::process::Process], yields: &[Sums], enabled: &[bool]) -> Self {
        let mut out = Significance::default();
        for (p, (process, sums)) in processes.iter().zip(yields).enumerate() {
            if !enabled.get(p).copied().unwrap_or(true) {
                continue;
            }
            match process.role {
                Role::Signal => out.s += *sums,
                Role::Background => out.b += *sums,
                Role::Data => out.data += *sums,
            }
        }
        out.s_over_sqrt_b = stats::s_over_sqrt_b(out.s.sumw, out.b.sumw);
        out.z_asimov = stats::asimov_significance(out.s.sumw, out.b.sumw);
        out
    }
}

impl Sums {
    fn add_cell(&mut self, w: CellWeight) {
        self.add(f64::from(w.sumw), f64::from(w.sumw2), u64::from(w.count));
    }

    fn remove_cell(&mut self, w: CellWeight) {
        self.remove(f64::from(w.sumw), f64::from(w.sumw2), u64::from(w.count));
    }
}

/// An [`Engine`] built over several calls of [`EngineBuild::step`], for a caller that must
/// stay responsive in between: the browser runs each call in a task of its own, and on an old
/// laptop building the engine of a cube of 138 000 cells in one go held the page for 70–135 ms.
/// The steps are the bin indices of every axis, each cell's positions in the results, and the
/// results with no cut; each is a pass or a few over the cells.
///
/// ```
/// use histcube::{Axis, CubeBuilder, DataKind, EngineBuild, Manifest, Process, Role};
///
/// let mut manifest = Manifest::new("demo", 13.0, 10.0, DataKind::Real);
/// manifest.axes = vec![Axis::regular("m", "GeV", 4, 0.0, 40.0)];
/// manifest.processes = vec![Process::new("data", Role::Data)];
/// let mut builder = CubeBuilder::new(manifest).unwrap();
/// builder.fill(0, &[2], 1.0);
/// let mut build = EngineBuild::new(builder.finish().unwrap());
/// let engine = loop {
///     if let Some(engine) = build.step() {
///         break engine;
///     }
///     // A browser would yield to the page here.
/// };
/// assert_eq!(engine.yields()[0].sumw, 1.0);
/// ```
pub struct EngineBuild {
    /// `None` once the engine has been handed out.
    cube: Option<Cube>,
    index: Option<Vec<BinIndex>>,
    slots: Option<(Vec<usize>, Vec<u32>)>,
}

impl EngineBuild {
    pub fn new(cube: Cube) -> Self {
        Self { cube: Some(cube), index: None, slots: None }
    }

    /// Does the next part of the work, and returns the engine once it is complete.
    ///
    /// # Panics
    /// When called again after it returned the engine.
    pub fn step(&mut self) -> Option<Engine> {
        let cube = self.cube.as_ref().expect("EngineBuild::step called after the engine was built");
        if self.index.is_none() {
            let coords = &cube.cells().coords;
            self.index =
                Some(cube.manifest().axes.iter().zip(coords).map(|(a, c)| BinIndex::new(c, a.n_bins())).collect());
            return None;
        }
        let Some((offsets, slots)) = self.slots.take() else {
            self.slots = Some(slots_of(cube));
            return None;
        };
        let (cube, index) = (self.cube.take()?, self.index.take()?);
        let (manifest, cells) = (cube.manifest(), cube.cells());
        let total = *offsets.last().expect("one offset per axis and one for the yields");
        let weights = (0..cells.len())
            .map(|i| CellWeight { sumw: cells.sumw[i], sumw2: cells.sumw2[i], count: cells.count[i] })
            .collect();
        let mut engine = Engine {
            fail_mask: vec![0; cube.n_cells()],
            cut_masks: manifest.axes.iter().map(|a| vec![true; a.n_bins()]).collect(),
            sums: vec![Sums::default(); total + manifest.processes.len()],
            cube,
            index,
            offsets,
            slots,
            weights,
        };
        engine.rebuild();
        Some(engine)
    }
}

/// Where each axis's histogram starts in the engine's results (the last entry: the yields), and
/// per cell its `n_axes + 1` positions there (see [`Engine`]'s `slots`).
fn slots_of(cube: &Cube) -> (Vec<usize>, Vec<u32>) {
    let (manifest, cells) = (cube.manifest(), cube.cells());
    let n_proc = manifest.processes.len();
    let mut offsets = Vec::with_capacity(manifest.axes.len() + 1);
    let mut total = 0;
    for axis in &manifest.axes {
        offsets.push(total);
        total += axis.n_bins() * n_proc;
    }
    offsets.push(total);
    // Bounded by 32 axes × 65 535 bins × 255 processes < 2³² (see MAX_AXES and friends).
    let row = offsets.len();
    let mut slots = vec![0u32; cells.len() * row];
    for (cell, slot_row) in slots.chunks_exact_mut(row).enumerate() {
        let p = usize::from(cells.process[cell]);
        for (x, slot) in slot_row[..row - 1].iter_mut().enumerate() {
            *slot = (offsets[x] + usize::from(cells.coords[x][cell]) * n_proc + p) as u32;
        }
        slot_row[row - 1] = (total + p) as u32;
    }
    (offsets, slots)
}

/// A crossfilter engine over one cube. Holds the cube, the current selection and the results.
pub struct Engine {
    cube: Cube,
    index: Vec<BinIndex>,
    cut_masks: Vec<Vec<bool>>,
    fail_mask: Vec<u32>,
    /// Every axis's histogram (`bin * n_processes + process` within it), then the per-process
    /// yields, in one buffer.
    sums: Vec<Sums>,
    /// Where each axis's histogram starts in `sums`; the last entry is where the yields start.
    offsets: Vec<usize>,
    /// Per cell, `n_axes + 1` precomputed positions in `sums`: its bin on each axis, then its
    /// yield. One contiguous row per cell keeps updates to a cache line or two, with no
    /// per-axis index arithmetic — this is what the hot loops run on.
    slots: Vec<u32>,
    weights: Vec<CellWeight>,
}

impl Engine {
    /// Builds the indices and computes the results with no cut applied.
    pub fn new(cube: Cube) -> Self {
        let mut build = EngineBuild::new(cube);
        loop {
            if let Some(engine) = build.step() {
                return engine;
            }
        }
    }

    pub fn cube(&self) -> &Cube {
        &self.cube
    }

    pub fn n_axes(&self) -> usize {
        self.cut_masks.len()
    }

    pub fn n_processes(&self) -> usize {
        self.cube.manifest().processes.len()
    }

    /// The cut mask of an axis: true for the bins its cut keeps.
    pub fn cut_mask(&self, axis: usize) -> &[bool] {
        &self.cut_masks[axis]
    }

    /// Applies a cut given in axis units or categories.
    pub fn set_cut(&mut self, axis: usize, cut: &AxisCut) -> Result<UpdateStats, CutError> {
        let a = self.cube.manifest().axes.get(axis).ok_or(CutError::NoSuchAxis(axis))?;
        let kept = cut_mask(a, cut)?;
        self.set_cut_mask(axis, &kept)
    }

    /// Removes the cut on one axis.
    pub fn clear_cut(&mut self, axis: usize) -> Result<UpdateStats, CutError> {
        let n = self.cut_masks.get(axis).ok_or(CutError::NoSuchAxis(axis))?.len();
        self.set_cut_mask(axis, &vec![true; n])
    }

    /// Removes every cut.
    pub fn clear_all_cuts(&mut self) {
        for a in &mut self.cut_masks {
            a.fill(true);
        }
        self.rebuild();
    }

    /// Sets the cut mask of one axis and updates the results.
    pub fn set_cut_mask(&mut self, axis: usize, kept: &[bool]) -> Result<UpdateStats, CutError> {
        let current = self.cut_masks.get(axis).ok_or(CutError::NoSuchAxis(axis))?;
        if kept.len() != current.len() {
            return Err(CutError::WrongBinCount { axis, expected: current.len(), found: kept.len() });
        }
        let changed: Vec<usize> = (0..kept.len()).filter(|&b| kept[b] != current[b]).collect();
        let touched: usize = changed.iter().map(|&b| self.index[axis].cells_in(b).len()).sum();
        self.cut_masks[axis].copy_from_slice(kept);
        let bit = 1u32 << axis;
        // Past about half the cube a fresh pass is cheaper than undoing and redoing each cell.
        if touched * 2 > self.cube.n_cells() {
            let column = &self.cube.cells().coords[axis];
            for (mask, &b) in self.fail_mask.iter_mut().zip(column) {
                *mask = (*mask & !bit) | if kept[usize::from(b)] { 0 } else { bit };
            }
            self.accumulate();
            return Ok(UpdateStats { cells_touched: touched, full_rebuild: true });
        }
        // The index is only read here; taking it out lets `flip` borrow the rest mutably.
        let index = std::mem::take(&mut self.index);
        for &b in &changed {
            for &cell in index[axis].cells_in(b) {
                self.flip(cell as usize, axis);
            }
        }
        self.index = index;
        Ok(UpdateStats { cells_touched: touched, full_rebuild: false })
    }

    /// Flips the pass/fail state of `cell` on `axis` and moves its contributions accordingly.
    fn flip(&mut self, cell: usize, axis: usize) {
        let bit = 1u32 << axis;
        let old = self.fail_mask[cell];
        let new = old ^ bit;
        self.fail_mask[cell] = new;
        // The histogram of `axis` itself ignores `axis`'s cut, so it only changes when the
        // other axes' state makes the cell count there — which flipping `axis` cannot alter.
        // So only the other axes' histograms and the yields move.
        let others = old & !bit;
        // Failing two or more other axes, the cell counts nowhere before or after the flip.
        // Returning before reading its slots and weights matters: with several cuts set, most
        // flipped cells are such, and those two reads are the update's cache misses.
        if others & others.wrapping_sub(1) != 0 {
            return;
        }
        let row_len = self.offsets.len();
        let row = &self.slots[cell * row_len..(cell + 1) * row_len];
        let w = self.weights[cell];
        if others == 0 {
            // Passing every other cut: counts in all other histograms and the yields (the last
            // slot) iff it now passes.
            let adding = new == 0;
            for (x, &slot) in row.iter().enumerate() {
                if x == axis {
                    continue;
                }
                let sums = &mut self.sums[slot as usize];
                if adding {
                    sums.add_cell(w)
                } else {
                    sums.remove_cell(w)
                }
            }
        } else {
            // Failing exactly one other axis x: counts in x's histogram iff it passes `axis`.
            let sums = &mut self.sums[row[others.trailing_zeros() as usize] as usize];
            if new & bit == 0 {
                sums.add_cell(w)
            } else {
                sums.remove_cell(w)
            }
        }
    }

    /// Recomputes fail masks and all results from scratch.
    fn rebuild(&mut self) {
        let cells = self.cube.cells();
        self.fail_mask.fill(0);
        // Axis by axis rather than cell by cell: each pass reads one column sequentially.
        for (x, (kept, column)) in self.cut_masks.iter().zip(&cells.coords).enumerate() {
            if kept.iter().all(|a| *a) {
                continue;
            }
            for (mask, &b) in self.fail_mask.iter_mut().zip(column) {
                if !kept[usize::from(b)] {
                    *mask |= 1 << x;
                }
            }
        }
        self.accumulate();
    }

    /// Recomputes histograms and yields from the current fail masks.
    fn accumulate(&mut self) {
        self.sums.fill(Sums::default());
        let rows = self.slots.chunks_exact(self.offsets.len());
        for ((row, &mask), &w) in rows.zip(&self.fail_mask).zip(&self.weights) {
            if mask == 0 {
                for &slot in row {
                    self.sums[slot as usize].add_cell(w);
                }
            } else if mask.is_power_of_two() {
                self.sums[row[mask.trailing_zeros() as usize] as usize].add_cell(w);
            }
        }
    }

    /// Content of one bin of one axis's histogram for one process (all cuts but the axis's own).
    pub fn bin(&self, axis: usize, bin: usize, process: usize) -> Sums {
        self.sums[self.offsets[axis] + bin * self.n_processes() + process]
    }

    /// The whole histogram of one process on one axis, flow bins included.
    pub fn histogram(&self, axis: usize, process: usize) -> Vec<Sums> {
        let hist = &self.sums[self.offsets[axis]..self.offsets[axis + 1]];
        hist.iter().skip(process).step_by(self.n_processes()).copied().collect()
    }

    /// One process's histogram on one axis with every cut applied, the axis's own included: the
    /// bins outside its own cut are zero. This is what a fit on that axis sees (the plot's
    /// [`histogram`](Self::histogram) ignores the axis's own cut instead).
    pub fn histogram_in_cut(&self, axis: usize, process: usize) -> Vec<Sums> {
        let mut hist = self.histogram(axis, process);
        for (bin, kept) in hist.iter_mut().zip(&self.cut_masks[axis]) {
            if !kept {
                *bin = Sums::default();
            }
        }
        hist
    }

    /// Per-process yields with every cut applied.
    pub fn yields(&self) -> &[Sums] {
        &self.sums[self.offsets[self.offsets.len() - 1]..]
    }

    /// s, b, data and significances, counting only processes with `enabled[p]` true.
    pub fn significance(&self, enabled: &[bool]) -> Significance {
        Significance::of(&self.cube.manifest().processes, self.yields(), enabled)
    }

    /// Per-process yields after each step of a cut flow: entry 0 with none of the cuts on
    /// `order`'s axes, entry `j` with the current cuts of its first `j` axes (the other axes'
    /// cuts are not applied at all). One pass over the cells, whatever the number of steps: a
    /// cell counts in every step before the first axis of `order` whose cut it fails. An axis
    /// named twice counts at its first place only.
    pub fn step_yields(&self, order: &[usize]) -> Result<Vec<Vec<Sums>>, CutError> {
        if let Some(&axis) = order.iter().find(|&&axis| axis >= self.n_axes()) {
            return Err(CutError::NoSuchAxis(axis));
        }
        let n_proc = self.n_processes();
        // passed[k][p]: cells of process p that pass exactly the first k steps.
        let mut passed = vec![vec![Sums::default(); n_proc]; order.len() + 1];
        let process = &self.cube.cells().process;
        for ((&mask, &w), &p) in self.fail_mask.iter().zip(&self.weights).zip(process) {
            let steps_passed = order.iter().position(|&axis| mask & (1 << axis) != 0).unwrap_or(order.len());
            passed[steps_passed][usize::from(p)].add_cell(w);
        }
        // A step's yield is every cell that passes at least that many steps: sums from the end.
        let mut out = passed;
        for k in (0..order.len()).rev() {
            let (head, tail) = out.split_at_mut(k + 1);
            for (into, from) in head[k].iter_mut().zip(&tail[0]) {
                *into += *from;
            }
        }
        Ok(out)
    }

    /// UHI JSON of one process's histogram on one axis under the current selection.
    pub fn uhi_histogram(&self, axis: usize, process: usize) -> serde_json::Value {
        let manifest = self.cube.manifest();
        crate::uhi::histogram(
            &manifest.axes[axis],
            &self.histogram(axis, process),
            serde_json::json!({
                "analysis": manifest.analysis_id,
                "process": manifest.processes[process].id,
                // Estimated from recorded events of a control region rather than simulated.
                "data_driven": manifest.processes[process].data_driven,
                "axis": manifest.axes[axis].id,
                "luminosity_fb": manifest.luminosity_fb,
                "sqrt_s_tev": manifest.sqrt_s_tev,
                // UHI metadata values must be strings, numbers or booleans, not lists.
                "cuts_except_own": self.describe_cuts_except(axis).join("; "),
            }),
        )
    }

    /// Every histogram of the current selection as one UHI JSON object keyed `<axis>/<process>`.
    pub fn uhi_all(&self) -> serde_json::Value {
        let manifest = self.cube.manifest();
        let mut map = serde_json::Map::new();
        for (a, axis) in manifest.axes.iter().enumerate() {
            for (p, process) in manifest.processes.iter().enumerate() {
                map.insert(format!("{}/{}", axis.id, process.id), self.uhi_histogram(a, p));
            }
        }
        serde_json::Value::Object(map)
    }

    /// Human-readable description of the active cuts on every axis but `except`.
    fn describe_cuts_except(&self, except: usize) -> Vec<String> {
        let manifest = self.cube.manifest();
        let mut out = Vec::new();
        for (a, kept) in self.cut_masks.iter().enumerate() {
            if a == except || kept.iter().all(|x| *x) {
                continue;
            }
            let axis = &manifest.axes[a];
            let kept: Vec<String> = (0..kept.len())
                .filter(|&b| kept[b])
                .map(|b| match axis.span(b) {
                    BinSpan::Interval { lower, upper } => format!("[{lower}, {upper})"),
                    BinSpan::Category(i) => axis.categories()[i].id.clone(),
                    BinSpan::OtherCategory => "other".to_owned(),
                })
                .collect();
            out.push(format!("{}: {}", axis.id, kept.join(" ")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sided_cuts_keep_whole_bins_above_or_below() {
        let axis = Axis::regular("mll", "GeV", 4, 0.0, 20.0); // [u, 0-5, 5-10, 10-15, 15-20, o]
        let keep = |lo, hi| cut_mask(&axis, &AxisCut::range(lo, hi)).unwrap();
        assert_eq!(keep(Some(5.0), None), [false, false, true, true, true, true]);
        assert_eq!(keep(None, Some(10.0)), [true, true, true, false, false, false]);
        assert_eq!(keep(Some(5.0), Some(15.0)), [false, false, true, true, false, false]);
        assert_eq!(keep(None, None), [true; 6]);
        // A bound inside a bin keeps only bins fully inside the range.
        assert_eq!(keep(Some(4.0), Some(16.0)), [false, false, true, true, false, false]);
        // Rounding noise in a typed bound does not drop a bin.
        assert_eq!(keep(Some(5.000_000_000_1), None), [false, false, true, true, true, true]);
    }

    #[test]
    fn several_ranges_and_categories() {
        let axis = Axis::integer("njets", 0, 4); // [0, 1, 2, 3, ≥4]
        let cut =
            AxisCut::Ranges(vec![Range { lower: None, upper: Some(1.0) }, Range { lower: Some(3.0), upper: None }]);
        assert_eq!(cut_mask(&axis, &cut).unwrap(), [true, false, false, true, true]);
        let channel = Axis::category("channel", &["ee", "mumu", "emu"]);
        assert_eq!(cut_mask(&channel, &AxisCut::categories(&["ee", "emu"])).unwrap(), [true, false, true]);
        assert!(matches!(cut_mask(&channel, &AxisCut::categories(&["tautau"])), Err(CutError::UnknownCategory { .. })));
        assert!(matches!(cut_mask(&axis, &AxisCut::categories(&["ee"])), Err(CutError::NotACategoryAxis(_))));
        assert!(matches!(cut_mask(&axis, &AxisCut::range(Some(3.0), Some(1.0))), Err(CutError::BadRange { .. })));
    }
}
