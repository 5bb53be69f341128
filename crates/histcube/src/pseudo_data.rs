//! Pseudo-data: a "data" sample drawn from a cube's prediction, for analyses whose real data is
//! not available (the preprocessor, at build time) and for mystery samples (the app, in the
//! browser), whose hidden signal strength μ scales every signal process.
//!
//! Each bin combination of the cube gets n ~ Poisson(μ · Σ signal + Σ background), which is
//! exactly a Poisson draw of every histogram and every cut the browser can make, since sums of
//! independent Poisson variables are Poisson. The draws use a seeded ChaCha8 generator over the
//! cells in the cube's fixed order, so the same seed gives a byte-identical cube on every
//! machine and in wasm.
//!
//! ```
//! use histcube::{pseudo_data, Axis, CubeBuilder, DataKind, Engine, Manifest, Process, Role};
//!
//! let mut manifest = Manifest::new("demo", 13.0, 10.0, DataKind::PseudoData);
//! manifest.axes = vec![Axis::regular("x", "GeV", 2, 0.0, 2.0)];
//! manifest.processes = vec![Process::new("data", Role::Data), Process::new("sig", Role::Signal)];
//! let mut builder = CubeBuilder::new(manifest).unwrap();
//! builder.fill(1, &[1], 50.0);
//! let cube = builder.finish().unwrap();
//! // No signal at all: a cube with only signal expects no data.
//! let drawn = pseudo_data::draw(&cube, 7, 0.0).unwrap();
//! assert_eq!(Engine::new(drawn).yields()[0].count, 0);
//! ```

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Poisson};

use crate::{Cube, CubeBuilder, CubeError, Role};

/// Why pseudo-data could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum PseudoDataError {
    #[error("the cube of `{0}` has no data process to fill with pseudo-data")]
    NoDataProcess(String),
    #[error("a signal strength must be a finite number ≥ 0, not {0}")]
    BadSignalStrength(f64),
    #[error(transparent)]
    Cube(#[from] CubeError),
}

/// A copy of `cube` whose data process holds Poisson draws from the prediction with every
/// signal process scaled by `signal_strength` (1: the Standard Model; data-driven backgrounds
/// count as backgrounds). The simulation is kept as it was.
pub fn draw(cube: &Cube, seed: u64, signal_strength: f64) -> Result<Cube, PseudoDataError> {
    if !(signal_strength.is_finite() && signal_strength >= 0.0) {
        return Err(PseudoDataError::BadSignalStrength(signal_strength));
    }
    let manifest = cube.manifest().clone();
    let Some(data) = manifest.processes.iter().position(|p| p.role == Role::Data) else {
        return Err(PseudoDataError::NoDataProcess(manifest.analysis_id));
    };
    let data = data as u8;
    // The factor on each process's expectation: none for data, μ for a signal.
    let scale: Vec<Option<f64>> = manifest
        .processes
        .iter()
        .map(|p| match p.role {
            Role::Data => None,
            Role::Signal => Some(signal_strength),
            Role::Background => Some(1.0),
        })
        .collect();
    let cells = cube.cells();
    let mut builder = CubeBuilder::new(manifest)?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut bins = vec![0u16; cells.coords.len()];
    let same_bins = |a: usize, b: usize| cells.coords.iter().all(|column| column[a] == column[b]);

    // Cells are sorted with the process as the fastest-varying key, so the cells of one bin
    // combination are adjacent.
    let mut start = 0;
    while start < cells.len() {
        let mut end = start + 1;
        while end < cells.len() && same_bins(start, end) {
            end += 1;
        }
        for (b, column) in bins.iter_mut().zip(&cells.coords) {
            *b = column[start];
        }
        let mut expected = 0.0;
        for cell in start..end {
            let process = cells.process[cell];
            if let Some(factor) = scale[usize::from(process)] {
                expected += factor * f64::from(cells.sumw[cell]);
                builder.add_cell(
                    process,
                    &bins,
                    f64::from(cells.sumw[cell]),
                    f64::from(cells.sumw2[cell]),
                    u64::from(cells.count[cell]),
                );
            }
        }
        // Negative generator weights can make a bin's expectation ≤ 0: it then holds no data.
        if expected > 0.0 {
            let n = Poisson::new(expected).expect("a positive finite mean").sample(&mut rng);
            if n > 0.0 {
                builder.add_cell(data, &bins, n, n, n as u64);
            }
        }
        start = end;
    }
    Ok(builder.finish()?)
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use crate::{Axis, DataKind, Engine, Manifest, Process};

    fn simulated_cube() -> Cube {
        let mut m = Manifest::new("demo", 13.0, 10.0, DataKind::PseudoData);
        m.axes = vec![Axis::regular("x", "", 4, 0.0, 4.0)];
        m.processes = vec![
            Process::new("data", Role::Data),
            Process::new("zz", Role::Background),
            Process::new("hzz", Role::Signal),
        ];
        let mut b = CubeBuilder::new(m).unwrap();
        for bin in 1..5u16 {
            for _ in 0..200 {
                b.fill(1, &[bin], 0.5);
            }
            b.fill(2, &[bin], 30.0);
        }
        // A real-data-looking fill that must be replaced.
        b.fill(0, &[1], 1.0);
        b.finish().unwrap()
    }

    #[test]
    fn pseudo_data_is_reproducible_and_close_to_the_expectation() {
        let cube = simulated_cube();
        let a = draw(&cube, 7, 1.0).unwrap();
        assert_eq!(crate::encode(&a), crate::encode(&draw(&cube, 7, 1.0).unwrap()));
        assert_ne!(crate::encode(&a), crate::encode(&draw(&cube, 8, 1.0).unwrap()));
        let engine = Engine::new(a);
        let (data, zz, hzz) = (engine.yields()[0], engine.yields()[1], engine.yields()[2]);
        assert_eq!((zz.sumw, hzz.sumw), (400.0, 120.0), "simulation is kept as it was");
        // 520 expected; 5 σ ≈ 114.
        assert!((data.sumw - 520.0).abs() < 114.0, "{}", data.sumw);
        assert_eq!(data.sumw, data.count as f64, "pseudo-data events weigh 1");
    }

    #[test]
    fn the_signal_strength_scales_only_the_signal() {
        let cube = simulated_cube();
        let data = |mu: f64| Engine::new(draw(&cube, 11, mu).unwrap()).yields()[0].sumw;
        // Expected 400 + 120 μ: 400, 640 and 880 for μ = 0, 2 and 4 (σ ≤ 30).
        for (mu, expected) in [(0.0, 400.0), (2.0, 640.0), (4.0, 880.0)] {
            assert!((data(mu) - expected).abs() < 150.0, "μ = {mu}: {}", data(mu));
        }
        assert!(matches!(draw(&cube, 1, -1.0), Err(PseudoDataError::BadSignalStrength(_))));
        assert!(matches!(draw(&cube, 1, f64::NAN), Err(PseudoDataError::BadSignalStrength(_))));
    }
}
