//! Bad inputs give errors that name the file and the tree or branch, never a panic; with
//! `--keep-going` the readable files still make a cube.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use oxyroot::{RootFile, WriterTree};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

fn preprocess() -> Command {
    Command::cargo_bin("preprocess").unwrap()
}

/// Runs `preprocess build hzz4l <input> -o <dir>/out.cube`; returns (status, stdout, stderr).
fn build_cli(input: &Path, dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = preprocess()
        .args(["build", "hzz4l"])
        .arg(input)
        .arg("-o")
        .arg(dir.join("out.cube"))
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn build_error(file: &Path) -> String {
    let hzz = analysis::by_id("hzz4l").unwrap();
    build::build(hzz, &[file.to_path_buf()], &BuildOptions::default()).unwrap_err().to_string()
}

fn copy_prefix(from: &Path, to: &Path, fraction: f64) {
    let bytes = std::fs::read(from).unwrap();
    std::fs::write(to, &bytes[..(bytes.len() as f64 * fraction) as usize]).unwrap();
}

/// A real file with a stretch of its compressed payload scrambled.
fn corrupt_copy(from: &Path, to: &Path) {
    let mut bytes = std::fs::read(from).unwrap();
    let middle = bytes.len() / 2;
    for b in &mut bytes[middle..middle + 2000] {
        *b ^= 0x5a;
    }
    std::fs::write(to, bytes).unwrap();
}

/// A valid ROOT file (written by oxyroot) with one tree named `tree_name` and `n` entries of
/// the given float branches, plus the 4lep lepton vectors named in `lepton_vectors`.
fn write_tree(path: &Path, tree_name: &str, scalars: &[&str], lepton_vectors: &[&str]) {
    let mut file = RootFile::create(path).unwrap();
    let mut tree = WriterTree::new(tree_name);
    let n = 3;
    for name in scalars {
        tree.new_branch(*name, (0..n).map(|i| i as f32));
    }
    for name in lepton_vectors {
        tree.new_branch(*name, (0..n).map(|_| vec![50_000f32, 40_000.0, 30_000.0, 20_000.0]));
    }
    tree.write(&mut file).unwrap();
    file.close().unwrap();
}

#[test]
fn truncated_file_names_the_file_and_says_truncated() {
    let dir = tempfile::tempdir().unwrap();
    let half = dir.path().join("data_D_half.root");
    copy_prefix(&common::data_file("D"), &half, 0.5);
    let error = build_error(&half);
    assert!(error.contains("data_D_half.root") && error.contains("truncated"), "{error}");
}

#[test]
fn corrupt_file_names_the_file_and_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("data_C_corrupt.root");
    corrupt_copy(&common::data_file("C"), &bad);
    let error = build_error(&bad);
    assert!(
        error.contains("data_C_corrupt.root") && error.contains("tree `mini`") && error.contains("corrupt"),
        "{error}"
    );
}

#[test]
fn files_from_root_6_37_or_later_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("data_A_root638.root");
    let mut bytes = std::fs::read(common::data_file("A")).unwrap();
    // The header's fVersion (big-endian, after the `root` signature): ROOT 6.38/00.
    bytes[4..8].copy_from_slice(&63800i32.to_be_bytes());
    std::fs::write(&newer, bytes).unwrap();
    let error = build_error(&newer);
    assert!(
        error.contains("data_A_root638.root") && error.contains("ROOT 6.38/00") && error.contains("TStreamerInfo v10"),
        "{error}"
    );
}

#[test]
fn non_root_file_is_recognised() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.root");
    std::fs::write(&text, "type,fraction\n0,1\n").unwrap();
    let error = build_error(&text);
    assert!(error.contains("notes.root") && error.contains("not a ROOT file"), "{error}");
    let empty = dir.path().join("empty.root");
    std::fs::write(&empty, "").unwrap();
    assert!(build_error(&empty).contains("not a ROOT file"));
}

#[test]
fn file_without_the_mini_tree_lists_what_it_holds() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other_tree.root");
    write_tree(&other, "events", &["x"], &[]);
    let error = build_error(&other);
    assert!(
        error.contains("other_tree.root") && error.contains("no tree `mini`") && error.contains("events (TTree)"),
        "{error}"
    );
}

#[test]
fn missing_branches_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no_lep_type.root");
    let scalars = [
        "runNumber",
        "channelNumber",
        "mcWeight",
        "scaleFactor_PILEUP",
        "scaleFactor_ELE",
        "scaleFactor_MUON",
        "scaleFactor_LepTRIGGER",
        "XSection",
        "SumWeights",
    ];
    write_tree(&path, "mini", &scalars, &["lep_pt", "lep_eta", "lep_phi", "lep_E", "lep_charge"]);
    let error = build_error(&path);
    assert!(error.contains("no_lep_type.root") && error.contains("tree `mini` has no branch `lep_type`"), "{error}");
    // The vector<float> lep_charge is read (and widened) like the real vector<int>.
    let info = preprocessor::root::inspect(&path).unwrap();
    let charge = info.trees[0].branches.iter().find(|b| b.name == "lep_charge").unwrap();
    assert_eq!(charge.type_name, "vector<float>");
}

#[test]
fn cli_stops_at_the_first_bad_file_without_keep_going() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::copy(common::data_file("A"), inputs.join("data_A.4lep.root")).unwrap();
    copy_prefix(&common::data_file("B"), &inputs.join("data_B_half.4lep.root"), 0.5);
    let (status, _, stderr) = build_cli(&inputs, dir.path(), &[]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("data_B_half.4lep.root") && stderr.contains("truncated"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!dir.path().join("out.cube").exists(), "no cube on error");
}

#[test]
fn keep_going_builds_from_the_good_files_and_reports_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::copy(common::data_file("A"), inputs.join("data_A.4lep.root")).unwrap();
    corrupt_copy(&common::data_file("B"), &inputs.join("data_B_corrupt.4lep.root"));
    std::fs::write(inputs.join("readme.root"), "not ROOT").unwrap();
    let (status, stdout, stderr) = build_cli(&inputs, dir.path(), &["--keep-going"]);
    assert_eq!(status, 2, "exit status 2 says files were skipped\n{stdout}\n{stderr}");
    assert!(stderr.contains("skipped 2 of 3 files"), "{stderr}");
    assert!(stderr.contains("data_B_corrupt.4lep.root") && stderr.contains("readme.root"), "{stderr}");
    assert!(stdout.contains("data_A.4lep.root") && stdout.contains("27 selected"), "{stdout}");
    let cube = histcube::decode(&std::fs::read(dir.path().join("out.cube")).unwrap()).unwrap();
    let names: Vec<&str> = cube.manifest().inputs.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["data_A.4lep.root"]);
}

#[test]
fn recorded_data_is_refused_in_a_pseudo_data_cube() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = build_cli(&common::data_file("A"), dir.path(), &["--data-kind", "pseudo"]);
    assert_eq!(status, 1);
    assert!(stderr.contains("data_A.4lep.root") && stderr.contains("--data-kind real"), "{stderr}");
}

#[test]
fn missing_inputs_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let (status, _, stderr) = build_cli(&PathBuf::from("/no/such/folder"), dir.path(), &[]);
    assert_eq!(status, 1);
    assert!(stderr.contains("/no/such/folder"), "{stderr}");
}
