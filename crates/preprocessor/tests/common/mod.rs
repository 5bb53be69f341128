//! Shared helpers of the integration tests: where the real Open Data files and the committed
//! simulated samples are.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::path::PathBuf;

/// `../shared` next to the workspace, which holds the real ATLAS Open Data files.
pub fn shared_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    assert!(
        dir.join("data/opendata-2020/4lep/Data").is_dir(),
        "these tests read the real ATLAS Open Data files in {}; that folder is missing",
        dir.display()
    );
    dir
}

/// The folder of the four real 4lep data files.
pub fn data_dir() -> PathBuf {
    shared_dir().join("data/opendata-2020/4lep/Data")
}

/// data_A … data_D, in order.
pub fn data_files() -> Vec<PathBuf> {
    ["A", "B", "C", "D"].iter().map(|p| data_dir().join(format!("data_{p}.4lep.root"))).collect()
}

pub fn data_file(period: &str) -> PathBuf {
    data_dir().join(format!("data_{period}.4lep.root"))
}

/// The committed small simulated samples whose names end in `suffix` (`.2lep.root`,
/// `.4lep.root`), sorted.
pub fn simulated(suffix: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ntuple-writer/tests/data/simulated");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}
