//! Importing the older Histogram Analyser's CSV files with the shipped configs.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use assert_cmd::Command;
use histcube::Engine;
use preprocessor::csv_import::{self, CsvConfig};

fn config(name: &str) -> CsvConfig {
    CsvConfig::load(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("configs").join(name)).unwrap()
}

fn legacy(name: &str) -> PathBuf {
    common::shared_dir().join("data/legacy-csv").join(name)
}

/// Rows per value of the first column, counted from the raw text.
fn rows_per_type(path: &PathBuf) -> BTreeMap<String, u64> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut counts = BTreeMap::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        *counts.entry(line.split(',').next().unwrap().trim().to_owned()).or_default() += 1;
    }
    counts
}

#[test]
fn hzz_legacy_rows_per_type_match_a_direct_count() {
    let csv = legacy("hzz_newData.csv");
    let report = csv_import::import(&csv, &config("hzz_legacy.toml"), false).unwrap();
    let direct = rows_per_type(&csv);
    assert_eq!(report.rows_read, direct.values().sum::<u64>());
    assert_eq!(report.rows_skipped, 0);
    let engine = Engine::new(report.cube.clone());
    let m = report.cube.manifest();
    for (code, process) in [("0", "zz"), ("1", "hzz"), ("2", "data")] {
        let yields = engine.yields()[m.process_index(process).unwrap()];
        assert_eq!(yields.count, direct[code], "type {code} → {process}");
    }
    assert_eq!(m.data_kind, histcube::DataKind::Real);
    assert_eq!(m.inputs[0].name, "hzz_newData.csv");
    // Data rows weigh 1.
    assert_eq!(engine.yields()[m.process_index("data").unwrap()].sumw, direct["2"] as f64);
}

#[test]
fn hww_legacy_rows_per_type_match_a_direct_count() {
    let csv = legacy("hww_outreach_small.csv");
    let report = csv_import::import(&csv, &config("hww_legacy.toml"), false).unwrap();
    let direct = rows_per_type(&csv);
    let engine = Engine::new(report.cube.clone());
    let m = report.cube.manifest();
    for (code, process) in [("0", "hww"), ("1", "ww"), ("2", "ttbar"), ("3", "zjets")] {
        let count = engine.yields()[m.process_index(process).unwrap()].count;
        assert_eq!(count, direct.get(code).copied().unwrap_or(0), "type {code} → {process}");
    }
    assert_eq!(m.data_kind, histcube::DataKind::None);
}

#[test]
fn cli_imports_and_reports_skipped_rows() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hzz.cube");
    let configs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("configs");
    let output = Command::cargo_bin("preprocess")
        .unwrap()
        .args(["import-csv"])
        .arg(legacy("hzz_newData.csv"))
        .arg("--config")
        .arg(configs.join("hzz_legacy.toml"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("type 2: 257"));
    assert!(histcube::decode(&std::fs::read(&out).unwrap()).is_ok());

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "type,fraction,invMass1,invMass2,invMass,weight\n0,1,91,30,125,0.1\n0,1,91,x,125,0.1\n")
        .unwrap();
    let run = |keep_going: bool| {
        let mut cmd = Command::cargo_bin("preprocess").unwrap();
        cmd.args(["import-csv"])
            .arg(&bad)
            .arg("--config")
            .arg(configs.join("hzz_legacy.toml"))
            .arg("-o")
            .arg(dir.path().join("bad.cube"));
        if keep_going {
            cmd.arg("--keep-going");
        }
        cmd.output().unwrap()
    };
    let stopped = run(false);
    assert_eq!(stopped.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&stopped.stderr);
    assert!(stderr.contains("bad.csv, line 3, column `invMass2`"), "{stderr}");
    let skipped = run(true);
    assert_eq!(skipped.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&skipped.stderr).contains("skipped 1 rows"));
}
