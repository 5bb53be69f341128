//! Blinding: the data in the signal region hidden until an analysis's selection is fixed, as
//! real analyses are done, so that cuts are not tuned on the very fluctuation they then report.
//!
//! The signal region is a set of bins of the fit axis: those where the expected signal is at
//! least [`SIGNAL_REGION_S_OVER_B`] of the expected background, over the whole cube (no cuts),
//! the region where a signal, if there, would show. A blinded cube is the same cube without the
//! recorded (or pseudo-) data events in those bins, on every axis's histogram, in the yields and
//! in the fit: the simulation is untouched, so students still see what to expect there.
//!
//! ```
//! use histcube::{blinding, Axis, CubeBuilder, DataKind, Engine, Manifest, Process, Role};
//!
//! let mut manifest = Manifest::new("demo", 13.0, 10.0, DataKind::Real);
//! manifest.axes = vec![Axis::regular("m", "GeV", 3, 0.0, 3.0).with_flow(false, false)];
//! manifest.processes = vec![
//!     Process::new("data", Role::Data),
//!     Process::new("sig", Role::Signal),
//!     Process::new("bkg", Role::Background),
//! ];
//! let mut builder = CubeBuilder::new(manifest).unwrap();
//! for bin in 0..3 {
//!     builder.fill(2, &[bin], 10.0);
//!     builder.fill(0, &[bin], 1.0);
//! }
//! builder.fill(1, &[1], 5.0);
//! let cube = builder.finish().unwrap();
//! let region = blinding::signal_region(&cube, 0);
//! assert_eq!(region, [false, true, false]);
//! let blinded = blinding::blinded(&cube, 0, &region).unwrap();
//! assert_eq!(Engine::new(blinded).yields()[0].count, 2);
//! ```

use crate::{Cells, Cube, CubeError, Role};

/// The smallest expected signal-to-background ratio of a signal-region bin: 10 %, where a
/// signal at the expected strength is a visible part of the bin.
pub const SIGNAL_REGION_S_OVER_B: f64 = 0.1;

/// Which bins of `axis` (flow bins included) form the signal region: the bin of the highest
/// expected signal-to-background ratio, and its neighbours on either side for as long as each
/// has signal ≥ [`SIGNAL_REGION_S_OVER_B`] × background — one window, as a peak is, not
/// scattered bins that a tail of the signal happens to reach. All false for a cube without
/// signal, and empty for an axis index the cube does not have.
pub fn signal_region(cube: &Cube, axis: usize) -> Vec<bool> {
    let manifest = cube.manifest();
    let Some(column) = cube.cells().coords.get(axis) else { return Vec::new() };
    let n_bins = manifest.axes[axis].n_bins();
    let (mut signal, mut background) = (vec![0.0f64; n_bins], vec![0.0f64; n_bins]);
    let cells = cube.cells();
    for (cell, &bin) in column.iter().enumerate() {
        let sums = match manifest.processes[usize::from(cells.process[cell])].role {
            Role::Signal => &mut signal,
            Role::Background => &mut background,
            Role::Data => continue,
        };
        sums[usize::from(bin)] += f64::from(cells.sumw[cell]);
    }
    let ratio = |bin: usize| if signal[bin] > 0.0 { signal[bin] / background[bin].max(f64::MIN_POSITIVE) } else { 0.0 };
    let qualifies = |bin: usize| signal[bin] > 0.0 && signal[bin] >= SIGNAL_REGION_S_OVER_B * background[bin].max(0.0);
    let mut region = vec![false; n_bins];
    let Some(peak) = (0..n_bins).filter(|&b| qualifies(b)).max_by(|&a, &b| ratio(a).total_cmp(&ratio(b))) else {
        return region;
    };
    let lowest = (0..=peak).rev().take_while(|&b| qualifies(b)).last().unwrap_or(peak);
    let highest = (peak..n_bins).take_while(|&b| qualifies(b)).last().unwrap_or(peak);
    region[lowest..=highest].iter_mut().for_each(|inside| *inside = true);
    region
}

/// `cube` without its data cells in the bins of `axis` that `region` marks.
pub fn blinded(cube: &Cube, axis: usize, region: &[bool]) -> Result<Cube, CubeError> {
    let manifest = cube.manifest();
    let cells = cube.cells();
    let Some(column) = cells.coords.get(axis) else { return Ok(cube.clone()) };
    let keep: Vec<bool> = (0..cells.len())
        .map(|cell| {
            let data = manifest.processes[usize::from(cells.process[cell])].role == Role::Data;
            !(data && region.get(usize::from(column[cell])).copied().unwrap_or(false))
        })
        .collect();
    let pick = |values: &[f32]| values.iter().zip(&keep).filter(|(_, &k)| k).map(|(&v, _)| v).collect::<Vec<f32>>();
    let kept = Cells {
        coords: cells
            .coords
            .iter()
            .map(|column| column.iter().zip(&keep).filter(|(_, &k)| k).map(|(&b, _)| b).collect())
            .collect(),
        process: cells.process.iter().zip(&keep).filter(|(_, &k)| k).map(|(&p, _)| p).collect(),
        sumw: pick(&cells.sumw),
        sumw2: pick(&cells.sumw2),
        count: cells.count.iter().zip(&keep).filter(|(_, &k)| k).map(|(&c, _)| c).collect(),
    };
    Cube::from_parts(manifest.clone(), kept)
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use crate::Engine;

    #[test]
    fn the_bundled_hzz4l_cube_is_blinded_around_125_gev() {
        let cube = crate::decode(include_bytes!("../../../assets/cubes/hzz4l.cube")).unwrap();
        let m4l = cube.manifest().axis_index("m4l").unwrap();
        let region = signal_region(&cube, m4l);
        let axis = &cube.manifest().axes[m4l];
        let blind_edges: Vec<f64> = (0..axis.n_bins())
            .filter(|&b| region[b])
            .filter_map(|b| match axis.span(b) {
                crate::BinSpan::Interval { lower, .. } => Some(lower),
                _ => None,
            })
            .collect();
        assert!(blind_edges.contains(&120.0) && blind_edges.contains(&125.0), "{blind_edges:?}");
        assert!(blind_edges.iter().all(|&e| (105.0..=140.0).contains(&e)), "only the Higgs peak: {blind_edges:?}");

        let full = Engine::new(cube.clone());
        let blind = Engine::new(blinded(&cube, m4l, &region).unwrap());
        let data = cube.manifest().processes_with_role(Role::Data).next().unwrap();
        assert!(blind.yields()[data].count < full.yields()[data].count);
        // The simulation is untouched.
        for p in cube
            .manifest()
            .processes_with_role(Role::Signal)
            .chain(cube.manifest().processes_with_role(Role::Background))
        {
            assert_eq!(blind.yields()[p], full.yields()[p]);
        }
        // No data event is left in the region.
        let histogram = blind.histogram(m4l, data);
        for (bin, &inside) in region.iter().enumerate() {
            if inside {
                assert_eq!(histogram[bin].count, 0, "bin {bin}");
            }
        }
    }
}
