//! A background whose shape comes from a relaxed selection (`relaxed_shape` of a `[[process]]`),
//! on the committed simulated three-lepton samples: the process keeps the full selection's
//! yield and takes the relaxed selection's events and shape.

mod common;

use histcube::{Cube, DataKind};
use preprocessor::analysis::file;
use preprocessor::build::{self, BuildOptions};

/// Three isolated leptons with a Z candidate; WZ is the background under study, in `wz`.
fn analysis_text(lep_requirements: &str, wz_extra: &str) -> String {
    format!(
        r#"[analysis]
id = "relaxed"
description = "three leptons, WZ's shape from lifted isolation"
data = "none"
fit_axis = "njets"

[[process]]
id = "ttz"
role = "signal"
groups = ["ttz"]

[[process]]
id = "wz"
role = "background"
groups = ["wz"]
{wz_extra}

[[process]]
id = "other"
role = "background"
rest = true

[[object]]
name = "lep"
from = "leptons"
pt_above = 15
{lep_requirements}

[[object]]
name = "jet"
from = "jets"
pt_above = 25
abs_eta_below = 2.5

[[pairing]]
kind = "ossf_closest"
of = "lep"
pairs = ["zll"]

[selection]
cuts = ["count(lep) == 3"]

[[axis]]
id = "mz"
value = "mass(zll)"
unit = "GeV"
edges = [0, 71.2, 81.2, 91.2, 101.2, 111.2, 200]

[[axis]]
id = "njets"
value = "count(jet)"
integer = {{ lower = 0, upper = 3 }}
"#
    )
}

const ISOLATED: &str = "tight_id = true\nptcone30_over_pt_below = 0.05\netcone20_over_pt_below = 0.05";
const RELAXED: &str =
    "relaxed_shape = { objects = \"lep\", lift = [\"ptcone30_over_pt_below\", \"etcone20_over_pt_below\"] }";

fn build(text: &str) -> build::BuildReport {
    let analysis = file::parse("relaxed.toml", text).unwrap();
    let options = BuildOptions { data_kind: Some(DataKind::None), jobs: Some(1), ..BuildOptions::default() };
    build::build(&analysis, &common::simulated(".3lep.root"), &options).unwrap()
}

/// (Σw, Σw², events) of one process per cell, keyed by the cell's bins.
fn cells_of(cube: &Cube, process: &str) -> Vec<(Vec<u16>, f64, f64, u32)> {
    let p = cube.manifest().process_index(process).unwrap() as u8;
    let c = cube.cells();
    (0..c.len())
        .filter(|&i| c.process[i] == p)
        .map(|i| {
            let bins = c.coords.iter().map(|column| column[i]).collect();
            (bins, f64::from(c.sumw[i]), f64::from(c.sumw2[i]), c.count[i])
        })
        .collect()
}

fn total(cells: &[(Vec<u16>, f64, f64, u32)]) -> (f64, u32) {
    (cells.iter().map(|c| c.1).sum(), cells.iter().map(|c| c.3).sum())
}

#[test]
fn the_process_keeps_the_full_selections_yield_and_takes_the_relaxed_selections_shape() {
    // Tight isolation (5 %) so that the lifted requirements matter on these few events.
    let full = build(&analysis_text(ISOLATED, ""));
    let relaxed_everywhere = build(&analysis_text("tight_id = true", ""));
    let estimated = build(&analysis_text(ISOLATED, RELAXED));

    let (full_sumw, full_events) = total(&cells_of(&full.cube, "wz"));
    let (relaxed_sumw, relaxed_events) = total(&cells_of(&relaxed_everywhere.cube, "wz"));
    let estimate = cells_of(&estimated.cube, "wz");
    let (estimate_sumw, estimate_events) = total(&estimate);
    assert!(full_events >= 3 && relaxed_events > full_events, "{full_events} isolated of {relaxed_events} WZ events");

    // The yield of the full selection, carried by the relaxed selection's events.
    assert!((estimate_sumw - full_sumw).abs() < 1e-3 * full_sumw, "{estimate_sumw} vs {full_sumw}");
    assert_eq!(estimate_events, relaxed_events);
    // Cell by cell: the relaxed selection's cells, scaled.
    let factor = full_sumw / relaxed_sumw;
    let relaxed_cells = cells_of(&relaxed_everywhere.cube, "wz");
    assert_eq!(estimate.len(), relaxed_cells.len());
    for (e, r) in estimate.iter().zip(&relaxed_cells) {
        assert_eq!((&e.0, e.3), (&r.0, r.3));
        assert!((e.1 - factor * r.1).abs() <= 1e-4 * r.1.abs().max(1e-9), "Σw {} vs {} × {}", e.1, factor, r.1);
        assert!((e.2 - factor * factor * r.2).abs() <= 1e-4 * r.2.abs().max(1e-9), "Σw² {} vs {}", e.2, r.2);
    }
    // The other processes are untouched.
    assert_eq!(cells_of(&estimated.cube, "ttz"), cells_of(&full.cube, "ttz"));

    // The build says what it did.
    let [shape] = estimated.relaxed_shapes.as_slice() else { panic!("{:?}", estimated.relaxed_shapes) };
    assert_eq!(shape.process, "wz");
    assert_eq!(
        (shape.sums.full_events, shape.sums.relaxed_events),
        (u64::from(full_events), u64::from(relaxed_events))
    );
    // The cells hold Σw in single precision.
    assert!((shape.sums.factor() - factor).abs() < 1e-5 * factor);
    assert!(shape.sums.full_relative_uncertainty() > 0.0);
}
