//! Simulated events end to end: weights, DSID → process mapping, unknown DSIDs and pseudo-data,
//! on a small ntuple written with the 2020 release's branch types (no simulated files of the
//! release are available to the tests).

use std::path::Path;

use histcube::{DataKind, Engine};
use oxyroot::{RootFile, WriterTree};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

/// (DSID, number of leptons) per event; every event has mcWeight 2, scale factors 0.9,
/// σ = 0.01 pb and Σw = 1000.
const EVENTS: [(i32, usize); 4] = [(345060, 4), (363490, 4), (999999, 4), (345060, 3)];

fn write_simulated_ntuple(path: &Path) {
    write_simulated_ntuple_numbered(path, false);
}

/// With `numbered`, the file also has `eventNumber` (10, 11 …), which the event records need.
fn write_simulated_ntuple_numbered(path: &Path, numbered: bool) {
    let mut file = RootFile::create(path).unwrap();
    let mut tree = WriterTree::new("mini");
    let n = EVENTS.len();
    if numbered {
        tree.new_branch("eventNumber", (0..n).map(|i| 10 + i as i32));
    }
    tree.new_branch("runNumber", (0..n).map(|_| 284500i32));
    tree.new_branch("channelNumber", EVENTS.iter().map(|(dsid, _)| *dsid));
    tree.new_branch("mcWeight", (0..n).map(|_| 2.0f32));
    for sf in ["scaleFactor_PILEUP", "scaleFactor_ELE", "scaleFactor_MUON", "scaleFactor_LepTRIGGER"] {
        tree.new_branch(sf, (0..n).map(|_| 0.9f32));
    }
    // The single-lepton triggers fired (hzz4l requires one, in data and simulation alike).
    tree.new_branch("trigE", (0..n).map(|_| true));
    tree.new_branch("trigM", (0..n).map(|_| false));
    tree.new_branch("XSection", (0..n).map(|_| 0.01f32));
    tree.new_branch("SumWeights", (0..n).map(|_| 1000.0f32));
    // A 2e2μ event: e⁺e⁻ back to back (m = 90 GeV), μ⁺μ⁻ back to back (m = 30 GeV), in MeV.
    let leptons = |count: usize| -> Vec<(f32, f32, i32, u32)> {
        vec![
            (45_000.0, 0.0, 1, 11),
            (45_000.0, std::f32::consts::PI, -1, 11),
            (15_000.0, 1.0, 1, 13),
            (15_000.0, 1.0 - std::f32::consts::PI, -1, 13),
        ]
        .into_iter()
        .take(count)
        .collect()
    };
    let column = |f: fn(&(f32, f32, i32, u32)) -> f32| -> Vec<Vec<f32>> {
        EVENTS.iter().map(|(_, count)| leptons(*count).iter().map(f).collect()).collect()
    };
    tree.new_branch("lep_pt", column(|l| l.0).into_iter());
    tree.new_branch("lep_eta", column(|_| 0.0).into_iter());
    tree.new_branch("lep_phi", column(|l| l.1).into_iter());
    tree.new_branch("lep_E", column(|l| l.0).into_iter());
    let charges: Vec<Vec<i32>> = EVENTS.iter().map(|(_, c)| leptons(*c).iter().map(|l| l.2).collect()).collect();
    let types: Vec<Vec<u32>> = EVENTS.iter().map(|(_, c)| leptons(*c).iter().map(|l| l.3).collect()).collect();
    tree.new_branch("lep_charge", charges.into_iter());
    tree.new_branch("lep_type", types.into_iter());
    tree.write(&mut file).unwrap();
    file.close().unwrap();
}

fn try_build_simulated(data_kind: Option<DataKind>) -> anyhow::Result<build::BuildReport> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mc_mixed.4lep.root");
    write_simulated_ntuple(&path);
    let options = BuildOptions { data_kind, ..BuildOptions::default() };
    build::build(analysis::by_id("hzz4l").unwrap(), &[path], &options)
}

fn build_simulated(data_kind: Option<DataKind>) -> build::BuildReport {
    try_build_simulated(data_kind).unwrap()
}

#[test]
fn simulated_events_get_the_notebook_weight_and_their_process() {
    let report = build_simulated(Some(DataKind::None));
    let cube = &report.cube;
    let m = cube.manifest();
    let engine = Engine::new(cube.clone());
    let weight = 10.064 * 1000.0 * f64::from(0.01f32) / 1000.0 * 2.0 * f64::from(0.9f32).powi(4);
    for process in ["hzz", "zz", "other"] {
        let y = engine.yields()[m.process_index(process).unwrap()];
        assert_eq!(y.count, 1, "{process}");
        assert!((y.sumw - weight).abs() < 1e-6 * weight, "{process}: {} vs {weight}", y.sumw);
    }
    assert_eq!(m.process_index("data"), None);
    assert_eq!(report.unknown_dsids.into_iter().collect::<Vec<_>>(), [(999999, 1)]);
    assert_eq!((report.files[0].events_read, report.files[0].events_selected), (4, 3));
    assert_eq!(report.files[0].simulated_events, 4);

    // The hand-built event's variables: Z1 = ee at 90 GeV, Z2 = μμ at 30 GeV, 2e2μ.
    let z1 = m.axis_index("mz1").unwrap();
    let hzz = m.process_index("hzz").unwrap();
    let bin = m.axes[z1].index(90.0).unwrap();
    assert_eq!(engine.histogram(z1, hzz)[bin].count, 1);
    let channel = m.axis_index("channel").unwrap();
    assert_eq!(engine.histogram(channel, hzz)[2].count, 1, "2e2mu");
}

#[test]
fn event_records_name_numbered_events_and_leave_out_unnumbered_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mc_numbered.4lep.root");
    write_simulated_ntuple_numbered(&path, true);
    let options = BuildOptions { data_kind: Some(DataKind::None), ..BuildOptions::default() };
    let report = build::build(analysis::by_id("hzz4l").unwrap(), &[path], &options).unwrap();
    let records = &report.events;
    // The three selected events (hzz, zz and the unknown DSID's `other`), each with its number;
    // the file has no jets or MET branches, which the records then lack.
    let numbers: Vec<(u32, u64)> = records.events.iter().map(|e| (e.run, e.event)).collect();
    assert_eq!(numbers, [(284500, 10), (284500, 11), (284500, 12)]);
    assert!(records.events.iter().all(|e| e.leptons.len() == 4 && e.jets.is_empty() && e.met == 0.0));
    assert!(records.processes.iter().all(|p| p.complete() && p.recorded == 1));
    records.check_against(report.cube.manifest()).unwrap();

    // Without `eventNumber` an event cannot be named: none is recorded, all are counted.
    let unnumbered = build_simulated(Some(DataKind::None)).events;
    assert!(unnumbered.events.is_empty());
    assert!(unnumbered.processes.iter().all(|p| p.selected == 1 && p.recorded == 0));
}

#[test]
fn with_real_data_simulation_of_the_background_estimated_from_data_is_refused() {
    // hzz4l's cubes of real data estimate `other` (non-prompt leptons) from same-sign data as
    // `reducible`; the unknown DSID's event would fill `other` and be counted twice.
    let error = format!("{:#}", try_build_simulated(Some(DataKind::Real)).unwrap_err());
    for part in ["mc_mixed.4lep.root", "DSID 999999", "`other`", "`reducible`", "--data-kind pseudo"] {
        assert!(error.contains(part), "{part} missing from: {error}");
    }
    let pseudo = build_simulated(Some(DataKind::PseudoData)).cube;
    let ids: Vec<&str> = pseudo.manifest().processes.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["data", "hzz", "zz", "other"], "no data-driven estimate without real data");
}

#[test]
fn pseudo_data_is_drawn_from_the_simulation_and_none_drops_data() {
    let pseudo = build_simulated(Some(DataKind::PseudoData)).cube;
    assert_eq!(pseudo.manifest().data_kind, DataKind::PseudoData);
    assert!(pseudo.manifest().process_index("data").is_some());
    // Deterministic: a second build gives the same bytes.
    assert_eq!(histcube::encode(&pseudo), histcube::encode(&build_simulated(Some(DataKind::PseudoData)).cube));
    let none = build_simulated(Some(DataKind::None)).cube;
    assert_eq!(none.manifest().process_index("data"), None);
    assert_eq!(none.manifest().processes.len(), 3);
}
