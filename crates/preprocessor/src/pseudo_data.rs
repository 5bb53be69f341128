//! Pseudo-data: a "data" sample drawn from the summed simulation, for analyses whose real data
//! is not available. Each bin combination of the cube gets n ~ Poisson(Σ simulated weights),
//! which is exactly a Poisson draw of every histogram and every cut the browser can make, since
//! sums of independent Poisson variables are Poisson. The draws use a seeded ChaCha8 generator
//! over the cells in the cube's fixed order, so the same seed gives a byte-identical cube.

use histcube::{Cube, CubeBuilder, Role};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Poisson};

use crate::analysis::DATA;

/// Seed used unless the user picks another.
pub const DEFAULT_SEED: u64 = 20_200_713;

/// A copy of `cube` whose data process holds Poisson draws from the simulated processes.
pub fn replace_data(cube: &Cube, seed: u64) -> anyhow::Result<Cube> {
    let manifest = cube.manifest().clone();
    let Some(data) = manifest.process_index(DATA) else {
        anyhow::bail!("the cube of `{}` has no data process to fill with pseudo-data", manifest.analysis_id);
    };
    let data = data as u8;
    let simulated: Vec<bool> = manifest.processes.iter().map(|p| p.role != Role::Data).collect();
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
            if simulated[usize::from(process)] {
                expected += f64::from(cells.sumw[cell]);
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
            let n = Poisson::new(expected)?.sample(&mut rng);
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
    use super::*;
    use histcube::{Axis, DataKind, Engine, Manifest, Process};

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
            b.fill(2, &[bin], 3.0);
        }
        // A real-data-looking fill that must be replaced.
        b.fill(0, &[1], 1.0);
        b.finish().unwrap()
    }

    #[test]
    fn pseudo_data_is_reproducible_and_close_to_the_expectation() {
        let cube = simulated_cube();
        let a = replace_data(&cube, 7).unwrap();
        assert_eq!(histcube::encode(&a), histcube::encode(&replace_data(&cube, 7).unwrap()));
        assert_ne!(histcube::encode(&a), histcube::encode(&replace_data(&cube, 8).unwrap()));
        let engine = Engine::new(a);
        let (data, zz, hzz) = (engine.yields()[0], engine.yields()[1], engine.yields()[2]);
        assert_eq!((zz.sumw, hzz.sumw), (400.0, 12.0), "simulation is kept as it was");
        // 412 expected; 5 σ ≈ 100.
        assert!((data.sumw - 412.0).abs() < 100.0, "{}", data.sumw);
        assert_eq!(data.sumw, data.count as f64, "pseudo-data events weigh 1");
    }
}
