//! Analysis files from the command line, and the explorer analysis built on the committed small
//! simulated samples (its bundled cube needs the full samples: `cargo xtask generate`).

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use histcube::{DataKind, Engine};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn the_explorer_shows_every_two_lepton_process_apart() {
    let explorer = analysis::by_id("explorer").unwrap();
    let report = build::build(
        explorer,
        &common::simulated(".2lep.root"),
        &BuildOptions { jobs: Some(2), ..BuildOptions::default() },
    )
    .unwrap();
    assert!(report.unknown_dsids.is_empty(), "{:?}", report.unknown_dsids);
    let cube = report.cube;
    let m = cube.manifest().clone();
    assert_eq!(m.data_kind, DataKind::PseudoData);
    let ids: Vec<&str> = m.processes.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["data", "hww", "ww", "wz", "zz", "ttbar", "single_top", "ttz", "zll", "ztautau", "other"]);
    let axes: Vec<&str> = m.axes.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(axes, ["channel", "sign", "njets", "nbjets", "met", "mll", "ptll", "lead_lep_pt", "dphi_ll"]);
    let mut engine = Engine::new(cube);
    // Every committed 2lep sample fills its own process; nothing is left for `other` (single top
    // comes from Sherpa, which the small samples leave out: its process is empty here).
    for process in ["hww", "ww", "wz", "zz", "ttbar", "ttz", "zll", "ztautau"] {
        let y = engine.yields()[m.process_index(process).unwrap()];
        assert!(y.count > 0 && y.sumw > 0.0, "no {process} events");
    }
    assert_eq!(engine.yields()[m.process_index("other").unwrap()].count, 0);

    // Z → ee and μμ give same-flavour opposite-sign pairs; the eμ channel holds none of them
    // but most of Z → ττ's opposite-sign pairs end up there or in ee/μμ alike.
    let channel = m.axis_index("channel").unwrap();
    let zll = m.process_index("zll").unwrap();
    let by_channel: Vec<u64> = engine.histogram(channel, zll).iter().map(|b| b.count).collect();
    assert!(by_channel[0] > 0 && by_channel[1] > 0, "{by_channel:?}");
    assert!(by_channel[2] * 50 < by_channel[0] + by_channel[1], "Z → ee/μμ rarely gives eμ: {by_channel:?}");
    let sign = m.axis_index("sign").unwrap();
    let ttbar = m.process_index("ttbar").unwrap();
    let by_sign: Vec<u64> = engine.histogram(sign, ttbar).iter().map(|b| b.count).collect();
    assert!(by_sign[0] > 10 * by_sign[1], "tt̄ dileptons are opposite-sign: {by_sign:?}");

    // The "isolate tt̄" challenge's cuts leave tt̄ the largest process.
    let path = m.guided_paths.iter().find(|p| p.id == "isolate_ttbar").unwrap().clone();
    for step in &path.steps {
        if let Some(cut) = &step.cut {
            engine.set_cut(m.axis_index(step.axis.as_deref().unwrap()).unwrap(), cut).unwrap();
        }
    }
    let yields = engine.yields().to_vec();
    let largest = (1..m.processes.len()).max_by(|&a, &b| yields[a].sumw.total_cmp(&yields[b].sumw)).unwrap();
    assert_eq!(m.processes[largest].id, "ttbar", "{yields:?}");
}

#[test]
fn build_takes_an_analysis_file_and_reports_its_mistakes_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ttz.cube");
    let status = Command::cargo_bin("preprocess")
        .unwrap()
        .arg("build")
        .arg(workspace().join("analyses/ttz.toml"))
        .args(common::simulated(".2lep.root"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let by_file = histcube::decode(&std::fs::read(&out).unwrap()).unwrap();
    let by_id =
        build::build(analysis::by_id("ttz").unwrap(), &common::simulated(".2lep.root"), &BuildOptions::default())
            .unwrap();
    assert_eq!(histcube::encode(&by_file), histcube::encode(&by_id.cube), "the file and the bundled id agree");

    let text = std::fs::read_to_string(workspace().join("analyses/ttz.toml")).unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, text.replace("value = \"count(bjet)\"", "value = \"count(bjets)\"")).unwrap();
    let run = Command::cargo_bin("preprocess")
        .unwrap()
        .arg("build")
        .arg(&bad)
        .args(common::simulated(".2lep.root"))
        .arg("-o")
        .arg(dir.path().join("bad.cube"))
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    let line = text.lines().position(|l| l.contains("count(bjet)")).unwrap() + 1;
    let expected =
        format!("bad.toml:{line}:16: unknown objects `bjets`; the file defines `lep`, `jet`, `jet30`, `bjet`");
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(!dir.path().join("bad.cube").exists());
}
