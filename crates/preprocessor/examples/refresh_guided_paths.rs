//! Writes the analyses' current guided paths into existing cubes, keeping every cell.
//!
//! `preprocess build` writes the guided paths of the analysis it builds; a cube made before a
//! path existed or changed (the bundled real-data `hzz4l.cube`, whose ntuples are not in the
//! repository) gets them with
//!
//! ```sh
//! cargo run -p preprocessor --example refresh_guided_paths -- assets/cubes/hzz4l.cube
//! ```
//!
//! The cube's analysis id picks the paths; the binning must be the analysis's current one,
//! which the manifest's validation checks (a guided cut must name an axis and bins it has).

use anyhow::{bail, Context};
use preprocessor::analysis;

fn main() -> anyhow::Result<()> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        bail!("usage: refresh_guided_paths CUBE…");
    }
    for path in paths {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {path}"))?;
        let cube = histcube::decode(&bytes).with_context(|| format!("decoding {path}"))?;
        let id = cube.manifest().analysis_id.clone();
        let Some(analysis) = analysis::by_id(&id) else { bail!("{path}: no analysis `{id}` in the preprocessor") };
        let mut manifest = cube.manifest().clone();
        manifest.guided_paths = analysis.guided_paths().to_vec();
        manifest.validate().map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
        let n_paths = manifest.guided_paths.len();
        let cube = cube.with_manifest(manifest).with_context(|| format!("{path}: the new manifest does not fit"))?;
        std::fs::write(&path, histcube::encode(&cube)).with_context(|| format!("writing {path}"))?;
        eprintln!("{path}: {n_paths} guided path(s) of `{id}` written");
    }
    Ok(())
}
