//! The committed small simulated samples (`tests/data/simulated/`, made by
//! `cargo xtask generate --small`) against the real files of the 2020 release: same tree, same
//! branch names in the same order, same types; and the preprocessor reads them and finds every
//! analysis's simulated processes. No generator environment is needed.

use std::path::{Path, PathBuf};

use histcube::{DataKind, Engine};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};
use preprocessor::root::{inspect, TreeInfo};

/// `../shared` next to the workspace holds the real ATLAS Open Data files.
fn real_file() -> PathBuf {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/opendata-2020/4lep/Data/data_A.4lep.root");
    assert!(path.is_file(), "this test compares with the real release file {}; it is missing", path.display());
    path
}

fn simulated(suffix: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/simulated");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no simulated samples ending in {suffix} in {}", dir.display());
    files
}

fn mini(path: &Path) -> TreeInfo {
    let info = inspect(path).unwrap_or_else(|e| panic!("{e}"));
    let trees: Vec<_> = info.trees.into_iter().filter(|t| t.name == "mini").collect();
    assert_eq!(trees.len(), 1, "{}: one tree `mini`", path.display());
    trees.into_iter().next().unwrap()
}

fn names_and_types(tree: &TreeInfo) -> Vec<(String, String)> {
    tree.branches.iter().map(|b| (b.name.clone(), b.type_name.clone())).collect()
}

#[test]
fn the_writer_table_is_the_real_files_branches() {
    let real = names_and_types(&mini(&real_file()));
    let table: Vec<(String, String)> =
        ntuple_writer::release_branches().map(|(n, k)| (n.to_owned(), k.release_type_name().to_owned())).collect();
    assert_eq!(table, real);
}

#[test]
fn simulated_files_have_the_real_files_branch_names_and_types() {
    let real = names_and_types(&mini(&real_file()));
    assert_eq!(real.len(), 81);
    for path in simulated(".root") {
        let tree = mini(&path);
        assert!(tree.entries > 0, "{}", path.display());
        assert_eq!(names_and_types(&tree), real, "{}", path.display());
        assert!(tree.branches.iter().all(|b| b.entries == tree.entries), "{}", path.display());
    }
}

#[test]
fn the_committed_samples_stay_small() {
    let bytes: u64 = simulated(".root").iter().map(|p| std::fs::metadata(p).unwrap().len()).sum();
    assert!(bytes < 4_000_000, "{bytes} bytes of committed samples");
}

/// (analysis, skim, processes that must have simulated events)
const EXPECTED: [(&str, &str, &[&str]); 4] = [
    ("hzz4l", ".4lep.root", &["hzz", "zz"]),
    ("hww", ".2lep.root", &["hww", "ww", "ttbar", "zjets", "other"]),
    ("ttz3l", ".3lep.root", &["ttz", "wz", "zz"]),
    ("ttz", ".2lep.root", &["ttz", "ttbar"]),
];

#[test]
fn the_preprocessor_finds_every_simulated_process() {
    for (id, skim, processes) in EXPECTED {
        let files = simulated(skim);
        let options = BuildOptions { data_kind: Some(DataKind::PseudoData), ..BuildOptions::default() };
        let report = build::build(analysis::by_id(id).unwrap(), &files, &options).unwrap();
        assert!(report.unknown_dsids.is_empty(), "{id}: unknown DSIDs {:?}", report.unknown_dsids);
        assert!(report.files.iter().all(|f| f.data_events == 0), "{id}: simulated files read as data");
        let cube = report.cube;
        let m = cube.manifest().clone();
        let engine = Engine::new(cube);
        for process in processes {
            let y = engine.yields()[m.process_index(process).unwrap()];
            assert!(y.count > 0 && y.sumw > 0.0, "{id}: no {process} events selected");
        }
        // Pseudo-data is drawn from the simulation.
        let data = engine.yields()[m.process_index("data").unwrap()];
        assert!(data.count > 0, "{id}: no pseudo-data");
    }
}

#[test]
fn weights_follow_the_samples_cross_sections() {
    // Every simulated file carries XSection and SumWeights such that the official formula gives
    // XSection × lumi × (fraction selected): check it on the H → ZZ* → 4ℓ signal of the 4lep skim.
    let files: Vec<PathBuf> =
        simulated(".4lep.root").into_iter().filter(|p| p.to_string_lossy().contains("ggH125_ZZ4lep")).collect();
    let report = build::build(analysis::by_id("hzz4l").unwrap(), &files, &BuildOptions::default()).unwrap();
    let m = report.cube.manifest().clone();
    let engine = Engine::new(report.cube);
    let y = engine.yields()[m.process_index("hzz").unwrap()];
    let generated = 400.0; // events_small of ggH125_ZZ4lep in tools/generator/samples.py
    let expected = 0.0060239 * 1000.0 * 10.064 * y.count as f64 / generated;
    assert!((y.sumw - expected).abs() < 1e-4 * expected, "{} vs {expected}", y.sumw);
}
