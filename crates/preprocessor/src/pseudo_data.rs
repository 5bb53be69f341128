//! Pseudo-data for analyses whose real data is not available: the cube's data process filled
//! with seeded Poisson draws from its summed simulation (`histcube::pseudo_data`, shared with
//! the app's mystery samples), at the Standard Model's signal strength.

use histcube::Cube;

/// Seed used unless the user picks another.
pub const DEFAULT_SEED: u64 = 20_200_713;

/// A copy of `cube` whose data process holds Poisson draws from the simulated processes.
pub fn replace_data(cube: &Cube, seed: u64) -> anyhow::Result<Cube> {
    Ok(histcube::pseudo_data::draw(cube, seed, 1.0)?)
}
