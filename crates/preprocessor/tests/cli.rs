//! Smoke tests of every subcommand of the `preprocess` binary on the real 4lep data.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn preprocess() -> Command {
    Command::cargo_bin("preprocess").unwrap()
}

fn run_ok(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn build(analysis: &str, inputs: &[PathBuf], out: &Path, extra: &[&str]) -> String {
    run_ok(preprocess().args(["build", analysis]).args(inputs).arg("-o").arg(out).args(extra))
}

#[test]
fn build_prints_size_cells_and_yields_and_summary_reads_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let cube = dir.path().join("nested/hzz4l.cube");
    let stdout = build("hzz4l", &[common::data_dir()], &cube, &["--jobs", "2"]);
    assert!(stdout.contains("bytes (") && stdout.contains("gzip), ") && stdout.contains("cells"), "{stdout}");
    assert!(stdout.contains("data_D.4lep.root") && stdout.contains("248 selected"), "{stdout}");
    assert!(stdout.contains("507.0000 ± 22.5167"), "{stdout}");

    let summary: Value = serde_json::from_str(&run_ok(preprocess().arg("summary").arg(&cube).arg("--json"))).unwrap();
    assert_eq!(summary["analysis"], "hzz4l");
    assert_eq!(summary["data_kind"], "Real");
    assert_eq!(summary["size"]["bytes"].as_u64().unwrap(), std::fs::metadata(&cube).unwrap().len());
    let axes: Vec<&str> = summary["axes"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(axes, ["m4l", "mz1", "mz2", "channel", "lead_lep_pt"]);
    assert_eq!(summary["axes"][0]["bins"], 36, "34 bins of 5 GeV plus under- and overflow");
    assert_eq!(summary["processes"][0]["id"], "data");
    assert_eq!(summary["processes"][0]["events"], 507);
    assert_eq!(summary["inputs"].as_array().unwrap().len(), 4);

    let text = run_ok(preprocess().arg("summary").arg(&cube));
    assert!(
        text.contains("real (recorded by ATLAS)") && text.contains("m4l") && text.contains("data_A.4lep.root"),
        "{text}"
    );
}

#[test]
fn same_inputs_give_byte_identical_cube_files() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.cube"), dir.path().join("b.cube"));
    build("hzz4l", &[common::data_dir()], &a, &["--jobs", "1"]);
    // Same files through a glob and a copy in another folder: only file names are recorded.
    let copies = dir.path().join("copies");
    std::fs::create_dir(&copies).unwrap();
    for f in common::data_files() {
        std::fs::copy(&f, copies.join(f.file_name().unwrap())).unwrap();
    }
    build("hzz4l", &[PathBuf::from(format!("{}/data_*.root", copies.display()))], &b, &[]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn export_writes_one_uhi_histogram_per_axis_and_process_with_cuts() {
    let dir = tempfile::tempdir().unwrap();
    let cube = dir.path().join("hzz4l.cube");
    build("hzz4l", &[common::data_dir()], &cube, &[]);
    let json_path = dir.path().join("all.json");
    run_ok(preprocess().arg("export").arg(&cube).arg("-o").arg(&json_path));
    let all: Value = serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    let keys: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 5 * 4, "5 axes × 4 processes");
    let m4l = &all["m4l/data"];
    assert_eq!(m4l["uhi_schema"], 1);
    assert_eq!(m4l["axes"][0]["type"], "regular");
    let total: f64 = m4l["storage"]["values"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).sum();
    assert_eq!(total, 507.0);

    let cut_path = dir.path().join("cut.json");
    run_ok(preprocess().arg("export").arg(&cube).arg("-o").arg(&cut_path).args([
        "--cut",
        "channel=4mu",
        "--cut",
        "m4l=115:135",
    ]));
    let cut: Value = serde_json::from_slice(&std::fs::read(&cut_path).unwrap()).unwrap();
    let sum = |key: &str| -> f64 {
        cut[key]["storage"]["values"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).sum()
    };
    // The channel histogram ignores the channel cut but not the m4l window, and vice versa.
    let channel: Vec<f64> =
        cut["channel/data"]["storage"]["values"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    assert!(channel.iter().sum::<f64>() >= channel[1]);
    assert_eq!(sum("mz1/data"), channel[1], "other axes see both cuts: only 4μ in the window");
    assert!(sum("m4l/data") > sum("mz1/data"), "m4l ignores its own window");

    let bad =
        preprocess().arg("export").arg(&cube).arg("-o").arg(&cut_path).args(["--cut", "mass=1:2"]).output().unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no axis `mass`"));
}

#[test]
fn merge_adds_cubes_and_refuses_different_analyses() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, ab, merged) = (
        dir.path().join("a.cube"),
        dir.path().join("b.cube"),
        dir.path().join("ab.cube"),
        dir.path().join("merged.cube"),
    );
    build("hzz4l", &[common::data_file("A")], &a, &[]);
    build("hzz4l", &[common::data_file("B")], &b, &[]);
    build("hzz4l", &[common::data_file("A"), common::data_file("B")], &ab, &[]);
    run_ok(preprocess().arg("merge").arg(&a).arg(&b).arg("-o").arg(&merged));
    // Data weighs exactly 1, so here even the sums must agree bit for bit.
    assert_eq!(std::fs::read(&merged).unwrap(), std::fs::read(&ab).unwrap());

    let hww = dir.path().join("hww.cube");
    build("hww", &[common::data_file("A")], &hww, &["--data-kind", "real"]);
    let out = preprocess().arg("merge").arg(&a).arg(&hww).arg("-o").arg(&merged).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("hww.cube") && stderr.contains("analysis `hzz4l` with analysis `hww`"), "{stderr}");

    let not_a_cube = dir.path().join("x.cube");
    std::fs::write(&not_a_cube, "hello").unwrap();
    let out = preprocess().arg("summary").arg(&not_a_cube).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("x.cube is not a readable cube"));
}

#[test]
fn inspect_lists_trees_branches_and_types() {
    let stdout = run_ok(preprocess().arg("inspect").arg(common::data_file("A")));
    assert!(stdout.contains("tree mini (39 entries"), "{stdout}");
    assert!(stdout.contains("lep_type") && stdout.contains("vector<uint32_t>"), "{stdout}");
    let json: Value =
        serde_json::from_str(&run_ok(preprocess().arg("inspect").arg(common::data_file("A")).arg("--json"))).unwrap();
    assert_eq!(json["trees"][0]["name"], "mini");
    assert_eq!(json["root_version"], "6.18/04");
}

#[test]
fn dilepton_analyses_run_on_real_data() {
    let dir = tempfile::tempdir().unwrap();
    for analysis in ["hww", "ttz"] {
        let out = dir.path().join(format!("{analysis}.cube"));
        let stdout = build(analysis, &common::data_files(), &out, &["--data-kind", "real"]);
        assert!(stdout.contains(&format!("analysis {analysis}")), "{stdout}");
        let cube = histcube::decode(&std::fs::read(&out).unwrap()).unwrap();
        assert_eq!(cube.manifest().inputs.len(), 4);
    }
}
