//! The sparse cube: one cell per occupied (bin on every axis, process) combination.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::manifest::Manifest;
use crate::CubeError;

/// Cells in columnar layout: the engine walks one axis's column at a time, and the columns
/// compress far better than rows would.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cells {
    /// `coords[axis][cell]`: the cell's bin on that axis (flow bins included).
    #[serde(deserialize_with = "crate::budget::vec_of_vecs")]
    pub coords: Vec<Vec<u16>>,
    /// Index into the manifest's processes.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub process: Vec<u8>,
    /// Σw. Stored as f32 to halve the file; every sum over cells is taken in f64, where adding
    /// f32 values is exact for any realistic spread of weights, so sums can also be undone.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub sumw: Vec<f32>,
    /// Σw², for the statistical uncertainty √Σw².
    #[serde(deserialize_with = "crate::budget::vec")]
    pub sumw2: Vec<f32>,
    /// Raw number of events.
    #[serde(deserialize_with = "crate::budget::vec")]
    pub count: Vec<u32>,
}

impl Cells {
    pub fn len(&self) -> usize {
        self.process.len()
    }

    pub fn is_empty(&self) -> bool {
        self.process.is_empty()
    }
}

/// A histogram cube: manifest plus cells, always valid once constructed.
#[derive(Clone, Debug, PartialEq)]
pub struct Cube {
    manifest: Manifest,
    cells: Cells,
}

impl Cube {
    /// Builds a cube from parts after checking that they fit together: column lengths, bin and
    /// process indices in range, finite weights with Σw² ≥ 0, and an engine that fits the memory
    /// budget ([`crate::budget`]). Everything that reads a cube goes through here, so an
    /// [`Engine`](crate::Engine) built from any `Cube` allocates a bounded amount.
    pub fn from_parts(manifest: Manifest, cells: Cells) -> Result<Self, CubeError> {
        manifest.validate().map_err(CubeError::Invalid)?;
        let n = cells.len();
        // Before anything sizes an allocation by the axes (the engine's histograms).
        crate::budget::check_engine(&manifest, n as u64).map_err(CubeError::TooLarge)?;
        if cells.coords.len() != manifest.axes.len() {
            return Err(CubeError::Invalid(format!(
                "the cells have {} coordinate columns but the manifest has {} axes",
                cells.coords.len(),
                manifest.axes.len()
            )));
        }
        for (column, name) in [(cells.sumw.len(), "sumw"), (cells.sumw2.len(), "sumw2"), (cells.count.len(), "count")] {
            if column != n {
                return Err(CubeError::Invalid(format!("column `{name}` has {column} entries, expected {n}")));
            }
        }
        for (axis, column) in manifest.axes.iter().zip(&cells.coords) {
            if column.len() != n {
                return Err(CubeError::Invalid(format!(
                    "coordinate column of axis `{}` has {} entries, expected {n}",
                    axis.id,
                    column.len()
                )));
            }
            let n_bins = axis.n_bins();
            if let Some(bad) = column.iter().find(|b| usize::from(**b) >= n_bins) {
                return Err(CubeError::Invalid(format!(
                    "a cell lies in bin {bad} of axis `{}`, which has only {n_bins} bins",
                    axis.id
                )));
            }
        }
        if let Some(bad) = cells.process.iter().find(|p| usize::from(**p) >= manifest.processes.len()) {
            return Err(CubeError::Invalid(format!(
                "a cell belongs to process {bad}, but there are only {} processes",
                manifest.processes.len()
            )));
        }
        if cells.sumw.iter().chain(&cells.sumw2).any(|w| !w.is_finite()) {
            return Err(CubeError::Invalid("a cell has a weight that is not a finite number".into()));
        }
        // A sum of squares cannot be negative; the error bars √Σw² would be NaN.
        if cells.sumw2.iter().any(|w2| *w2 < 0.0) {
            return Err(CubeError::Invalid("a cell has a negative sum of squared weights".into()));
        }
        // The engine treats a bin whose event count drops to zero as exactly empty, so weight in
        // a cell of no events would appear and vanish as cuts change.
        if (0..n).any(|i| cells.count[i] == 0 && (cells.sumw[i] != 0.0 || cells.sumw2[i] != 0.0)) {
            return Err(CubeError::Invalid("a cell holds weight but no events".into()));
        }
        Ok(Self { manifest, cells })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn cells(&self) -> &Cells {
        &self.cells
    }

    pub fn n_cells(&self) -> usize {
        self.cells.len()
    }

    pub fn into_parts(self) -> (Manifest, Cells) {
        (self.manifest, self.cells)
    }

    /// Replaces the manifest's descriptive parts (cuts, guided paths, labels) while keeping the
    /// binning: the new manifest must have the same axes and processes.
    pub fn with_manifest(self, manifest: Manifest) -> Result<Self, CubeError> {
        if manifest.axes != self.manifest.axes || manifest.processes.len() != self.manifest.processes.len() {
            return Err(CubeError::Incompatible("the new manifest changes the axes or the processes".into()));
        }
        Self::from_parts(manifest, self.cells)
    }

    /// Adds another cube of the same analysis cell by cell (cubes are additive, so one job per
    /// input file can be merged afterwards). Inputs are concatenated in the provenance.
    pub fn merge(&self, other: &Cube) -> Result<Cube, CubeError> {
        let (a, b) = (&self.manifest, &other.manifest);
        if a.analysis_id != b.analysis_id {
            return Err(CubeError::Incompatible(format!(
                "cannot merge analysis `{}` with analysis `{}`",
                a.analysis_id, b.analysis_id
            )));
        }
        if a.axes != b.axes {
            return Err(CubeError::Incompatible(format!("the cubes of `{}` have different axes", a.analysis_id)));
        }
        let ids = |m: &Manifest| m.processes.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        if ids(a) != ids(b) {
            return Err(CubeError::Incompatible(format!("the cubes of `{}` have different processes", a.analysis_id)));
        }
        if a.luminosity_fb != b.luminosity_fb || a.sqrt_s_tev != b.sqrt_s_tev {
            return Err(CubeError::Incompatible(format!(
                "the cubes of `{}` are normalised to different luminosities or energies",
                a.analysis_id
            )));
        }
        let mut manifest = a.clone();
        manifest.inputs.extend(b.inputs.iter().cloned());
        let mut builder = CubeBuilder::new(manifest)?;
        for cube in [self, other] {
            let c = &cube.cells;
            let mut bins = vec![0u16; c.coords.len()];
            for i in 0..c.len() {
                for (b, column) in bins.iter_mut().zip(&c.coords) {
                    *b = column[i];
                }
                builder.add_cell(
                    c.process[i],
                    &bins,
                    f64::from(c.sumw[i]),
                    f64::from(c.sumw2[i]),
                    u64::from(c.count[i]),
                );
            }
        }
        builder.finish()
    }
}

#[derive(Clone, Copy, Default)]
struct Accumulator {
    sumw: f64,
    sumw2: f64,
    count: u64,
}

/// Fills a cube event by event. Cells are keyed by one mixed-radix integer, and emitted sorted
/// by that key, so the same events always give byte-identical cubes whatever the fill order.
pub struct CubeBuilder {
    manifest: Manifest,
    radices: Vec<u128>,
    cells: HashMap<u128, Accumulator>,
}

impl CubeBuilder {
    pub fn new(manifest: Manifest) -> Result<Self, CubeError> {
        manifest.validate().map_err(CubeError::Invalid)?;
        let mut radices = Vec::with_capacity(manifest.axes.len());
        let mut span: u128 = manifest.processes.len() as u128;
        for axis in manifest.axes.iter().rev() {
            radices.push(span);
            span = span
                .checked_mul(axis.n_bins() as u128)
                .ok_or_else(|| CubeError::Invalid("the axes have too many bins in total to address".into()))?;
        }
        radices.reverse();
        Ok(Self { manifest, radices, cells: HashMap::new() })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Adds one event of `process` with bins `bins` (one per axis) and weight `weight`.
    pub fn fill(&mut self, process: u8, bins: &[u16], weight: f64) {
        self.add_cell(process, bins, weight, weight * weight, 1);
    }

    /// Adds pre-summed contents; `bins` must be in range (checked in debug builds).
    pub fn add_cell(&mut self, process: u8, bins: &[u16], sumw: f64, sumw2: f64, count: u64) {
        debug_assert_eq!(bins.len(), self.radices.len());
        debug_assert!(usize::from(process) < self.manifest.processes.len());
        let key = bins.iter().zip(&self.radices).map(|(b, r)| u128::from(*b) * r).sum::<u128>() + u128::from(process);
        let cell = self.cells.entry(key).or_default();
        cell.sumw += sumw;
        cell.sumw2 += sumw2;
        cell.count += count;
    }

    /// Adds everything another builder of the same manifest collected (for parallel filling).
    pub fn absorb(&mut self, other: CubeBuilder) {
        for (key, acc) in other.cells {
            let cell = self.cells.entry(key).or_default();
            cell.sumw += acc.sumw;
            cell.sumw2 += acc.sumw2;
            cell.count += acc.count;
        }
    }

    /// Multiplies every cell of `process` by `factor`: Σw by `factor`, Σw² by its square, the
    /// event count unchanged (the same simulated events, each standing for more or less). For an
    /// estimate whose shape and normalisation come from different selections.
    pub fn scale_process(&mut self, process: u8, factor: f64) {
        // The process is the key's lowest digit (its radix is the number of processes).
        let n_processes = self.manifest.processes.len() as u128;
        for (key, cell) in &mut self.cells {
            if key % n_processes == u128::from(process) {
                cell.sumw *= factor;
                cell.sumw2 *= factor * factor;
            }
        }
    }

    /// A builder with the same manifest and no cells.
    pub fn empty_like(&self) -> Self {
        Self { manifest: self.manifest.clone(), radices: self.radices.clone(), cells: HashMap::new() }
    }

    /// Number of distinct cells filled so far.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    pub fn manifest_mut(&mut self) -> &mut Manifest {
        &mut self.manifest
    }

    pub fn finish(self) -> Result<Cube, CubeError> {
        let mut keys: Vec<u128> = self.cells.keys().copied().collect();
        keys.sort_unstable();
        let n_axes = self.radices.len();
        let mut cells = Cells {
            coords: vec![Vec::with_capacity(keys.len()); n_axes],
            process: Vec::with_capacity(keys.len()),
            sumw: Vec::with_capacity(keys.len()),
            sumw2: Vec::with_capacity(keys.len()),
            count: Vec::with_capacity(keys.len()),
        };
        for key in keys {
            let acc = self.cells[&key];
            let mut rest = key;
            for (column, radix) in cells.coords.iter_mut().zip(&self.radices) {
                column.push((rest / radix) as u16);
                rest %= radix;
            }
            cells.process.push(rest as u8);
            cells.sumw.push(acc.sumw as f32);
            cells.sumw2.push(acc.sumw2 as f32);
            cells.count.push(u32::try_from(acc.count).unwrap_or(u32::MAX));
        }
        Cube::from_parts(self.manifest, cells)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Axis, DataKind, Process, Role};

    #[test]
    fn scaling_a_process_scales_its_weights_and_keeps_its_event_counts() {
        let mut manifest = Manifest::new("t", 13.0, 10.0, DataKind::None);
        manifest.axes = vec![Axis::integer("n", 0, 3)];
        manifest.processes = vec![Process::new("sig", Role::Signal), Process::new("bkg", Role::Background)];
        let mut builder = CubeBuilder::new(manifest).unwrap();
        builder.fill(0, &[1], 2.0);
        builder.fill(1, &[1], 2.0);
        builder.fill(1, &[1], 3.0);
        builder.fill(1, &[2], 1.0);
        builder.scale_process(1, 0.5);
        let cube = builder.finish().unwrap();
        let cells = cube.cells();
        let find = |process: u8, bin: u16| {
            (0..cells.len()).find(|&i| cells.process[i] == process && cells.coords[0][i] == bin).unwrap()
        };
        let (sig, bkg1, bkg2) = (find(0, 1), find(1, 1), find(1, 2));
        assert_eq!((cells.sumw[sig], cells.sumw2[sig], cells.count[sig]), (2.0, 4.0, 1));
        assert_eq!((cells.sumw[bkg1], cells.sumw2[bkg1], cells.count[bkg1]), (2.5, 3.25, 2));
        assert_eq!((cells.sumw[bkg2], cells.sumw2[bkg2], cells.count[bkg2]), (0.5, 0.25, 1));
    }
}
