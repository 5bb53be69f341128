//! Writes histcube's synthetic benchmark cube (H→WW-like, nine axes, pseudo-data) to a file,
//! so the browser benchmark of "cut update + redraw" can load it into the real app.
//!
//! ```text
//! cargo run --release -p yield-oracle --example synthetic_cube -- CELLS OUTPUT [SEED]
//! ```

use anyhow::{Context, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cells: usize =
        args.first().context("usage: synthetic_cube CELLS OUTPUT [SEED]")?.parse().context("CELLS is a number")?;
    let output = args.get(1).context("usage: synthetic_cube CELLS OUTPUT [SEED]")?;
    let seed: u64 = args.get(2).map_or(Ok(1), |s| s.parse()).context("SEED is a number")?;
    let cube = histcube::synthetic::cube(cells, seed);
    let bytes = histcube::encode(&cube);
    std::fs::write(output, &bytes).with_context(|| format!("writing {output}"))?;
    eprintln!("wrote {output}: {} cells, {} bytes", cube.cells().len(), bytes.len());
    Ok(())
}
