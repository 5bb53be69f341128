//! The bundled analyses must keep building the same cubes: cubes of the real 4lep data and the
//! committed small simulated samples, compared with golden cubes in `tests/golden/`.
//!
//! The golden cubes were written by the analyses as Rust modules (`analysis/hzz4l.rs`, `hww.rs`,
//! `ttz.rs`) just before those became the files `analyses/*.toml`, so this test is what shows that
//! the files select, compute and bin exactly as the modules did; it keeps guarding every later
//! change to the analysis files or their interpreter. The full simulated samples behind the
//! bundled cubes are not in the repository; these inputs go through every path of the selection
//! (real data with its same-sign control region, simulation of every group, pseudo-data).
//!
//! A deliberate change of an analysis rewrites the golden cubes with
//! `UPDATE_GOLDEN=1 cargo test -p preprocessor --test analysis_golden`; the diff then shows in
//! review as changed binary files, and the commit must say why.

mod common;

use std::path::PathBuf;

use histcube::{Cube, DataKind};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.cube"))
}

/// The cube without what does not describe the analysis: the producer's version.
fn comparable(cube: &Cube) -> Cube {
    let mut manifest = cube.manifest().clone();
    manifest.producer.clear();
    cube.clone().with_manifest(manifest).unwrap()
}

/// Builds `id` from `files` and compares the cube with the golden one `name`.
fn check(name: &str, id: &str, files: Vec<PathBuf>, data_kind: DataKind) {
    let analysis = analysis::by_id(id).unwrap_or_else(|| panic!("no bundled analysis `{id}`"));
    let options = BuildOptions { data_kind: Some(data_kind), jobs: Some(2), ..BuildOptions::default() };
    let report = build::build(analysis, &files, &options).unwrap_or_else(|e| panic!("{name}: {e:#}"));
    let bytes = histcube::encode(&comparable(&report.cube));
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &bytes).unwrap();
        return;
    }
    let golden = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if golden == bytes {
        return;
    }
    // Say where they differ: the manifest, or which process's yield.
    let expected = histcube::decode(&golden).unwrap();
    let got = histcube::decode(&bytes).unwrap();
    assert_eq!(got.manifest(), expected.manifest(), "{name}: the manifests differ");
    let (expected, got) = (histcube::Engine::new(expected), histcube::Engine::new(got));
    assert_eq!(got.yields(), expected.yields(), "{name}: the yields differ");
    panic!("{name}: the cells differ from {} (same manifest and yields)", path.display());
}

#[test]
fn hzz4l_real_data_with_its_control_region_and_the_4lep_simulation() {
    let mut files = common::data_files();
    files.extend(common::simulated(".4lep.root"));
    check("hzz4l-real", "hzz4l", files, DataKind::Real);
}

#[test]
fn hzz4l_simulation_only() {
    check("hzz4l-none", "hzz4l", common::simulated(".4lep.root"), DataKind::None);
}

#[test]
fn hww_on_the_2lep_simulation_with_pseudo_data() {
    check("hww-pseudo", "hww", common::simulated(".2lep.root"), DataKind::PseudoData);
}

#[test]
fn ttz3l_on_the_3lep_simulation_with_pseudo_data() {
    check("ttz3l-pseudo", "ttz3l", common::simulated(".3lep.root"), DataKind::PseudoData);
}

#[test]
fn ttz_on_the_2lep_simulation_with_pseudo_data() {
    check("ttz-pseudo", "ttz", common::simulated(".2lep.root"), DataKind::PseudoData);
}
