//! Writes the events a cube was binned from as a per-event CSV in the older Histogram Analyser's
//! format (`type,<one column per axis>,weight`, as `hzz_newData.csv`), so the page-load
//! benchmark can give the older app's approach (fetch a per-event CSV, parse it, crossfilter it)
//! exactly the events our bundled analysis shows.
//!
//! ```text
//! cargo run --release -p yield-oracle --example legacy_csv -- CUBE OUTPUT.csv
//! ```
//!
//! A cube keeps per cell (a bin on every axis, a process) the raw event count n, Σw and Σw², not
//! the events, so each event is rebuilt from its cell: one row per event the cube binned (a data
//! event, or a raw simulated event; one whose b-jets were tagged by probability, `truth_tag` in
//! docs/analysis-files.md, is in one cell per b-jet count and so a row in each), `type` the
//! process's index in the manifest, each axis's
//! value the cell's bin centre — a category's index; an integer bin's integer; for a flow bin,
//! half a bin beyond the axis's end — so binning the rows again gives the same cells, and the
//! weight Σw / n (1 for data). Values are written with at most four decimals. The rows are
//! shuffled with a fixed seed, because a real file is in no particular order and sorted input
//! would make crossfilter's dimensions cheaper to build.

use std::fs::File;
use std::io::{BufWriter, Write};

use anyhow::{bail, Context, Result};
use histcube::{Axis, AxisKind, BinSpan};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// The value standing for bin `bin` of `axis` in a row.
fn bin_value(axis: &Axis, bin: usize) -> f64 {
    let n = axis.n_regular_bins();
    match axis.span(bin) {
        BinSpan::Category(index) => index as f64,
        BinSpan::OtherCategory => n as f64,
        BinSpan::Interval { lower, upper } => match axis.kind {
            // An integer axis's bin is one integer; its flow bins the integers just beyond.
            AxisKind::Integer { lower: first, .. } if lower.is_finite() => lower.max(f64::from(first)),
            AxisKind::Integer { .. } => upper - 1.0,
            _ if lower.is_finite() && upper.is_finite() => 0.5 * (lower + upper),
            _ if lower.is_finite() => lower + 0.5 * (axis.edge(n) - axis.edge(n - 1)),
            _ => upper - 0.5 * (axis.edge(1) - axis.edge(0)),
        },
    }
}

/// `value` with at most four decimals and no trailing zeros (`87.5`, `0.1963`), as the older
/// app's files write values; a bin centre rounded so still lies well inside its bin.
fn decimal(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else { bail!("usage: legacy_csv CUBE OUTPUT.csv") };
    let bytes = std::fs::read(input).with_context(|| format!("reading {input}"))?;
    let cube = histcube::decode(&bytes).with_context(|| format!("decoding {input}"))?;
    let manifest = cube.manifest();
    let cells = cube.cells();

    // Each cell's columns, written once: the axis values, then the weight of each of its events.
    let rows: Vec<String> = (0..cells.len())
        .map(|cell| {
            let mut row = cells.process[cell].to_string();
            for (axis, coords) in manifest.axes.iter().zip(&cells.coords) {
                row.push(',');
                row.push_str(&decimal(bin_value(axis, usize::from(coords[cell]))));
            }
            let weight =
                if cells.count[cell] == 0 { 0.0 } else { f64::from(cells.sumw[cell]) / f64::from(cells.count[cell]) };
            row.push(',');
            // As stored (f32), written shortest: "1" for data, "0.0035234518" for simulation.
            row.push_str(&(weight as f32).to_string());
            row
        })
        .collect();
    let mut order: Vec<u32> =
        (0..cells.len()).flat_map(|cell| std::iter::repeat_n(cell as u32, cells.count[cell] as usize)).collect();
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(0x9e37_79b9_7f4a_7c15));

    let mut out =
        BufWriter::with_capacity(1 << 20, File::create(output).with_context(|| format!("creating {output}"))?);
    let header: Vec<&str> =
        std::iter::once("type").chain(manifest.axes.iter().map(|a| a.id.as_str())).chain(["weight"]).collect();
    writeln!(out, "{}", header.join(","))?;
    for &cell in &order {
        writeln!(out, "{}", rows[cell as usize])?;
    }
    out.flush()?;
    let size = std::fs::metadata(output)?.len();
    eprintln!("wrote {output}: {} events from {} cells, {size} bytes", order.len(), cells.len());
    Ok(())
}
