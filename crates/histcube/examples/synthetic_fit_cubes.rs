//! Writes synthetic cubes for the pyhf validation of the fit (`tools/validation/test_pyhf_fit.py`):
//! `synthetic_fit_mu<μ>_seed<seed>.cube` for a few true signal strengths and seeds — a clear
//! excess, a standard-model-like one, a deficit (μ̂ at its bound 0) and a large excess.
//!
//!     cargo run -p histcube --example synthetic_fit_cubes -- OUTPUT_FOLDER

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = PathBuf::from(std::env::args().nth(1).ok_or("usage: synthetic_fit_cubes OUTPUT_FOLDER")?);
    std::fs::create_dir_all(&folder)?;
    for (mu, seed) in [(1.0, 1u64), (1.0, 2), (0.0, 3), (0.0, 6), (3.0, 4)] {
        let path = folder.join(format!("synthetic_fit_mu{mu}_seed{seed}.cube"));
        std::fs::write(&path, histcube::encode(&histcube::synthetic::fit_cube(seed, mu)))?;
        println!("{}", path.display());
    }
    Ok(())
}
