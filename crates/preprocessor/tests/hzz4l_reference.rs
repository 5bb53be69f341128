//! The hzz4l cube of the real 4lep data against the independent uproot + awkward selection in
//! tools/validation/hzz4l_uproot.py, whose output is tests/reference/hzz4l_uproot.json.
//! Regenerate that file as the script's docstring says when the selection or binning changes.

mod common;

use histcube::{Cube, Engine};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};
use serde_json::Value;

fn reference() -> Value {
    let text = include_str!("reference/hzz4l_uproot.json");
    serde_json::from_str(text).expect("the reference JSON parses")
}

fn build(files: &[std::path::PathBuf], jobs: Option<usize>) -> build::BuildReport {
    let options = BuildOptions { jobs, ..BuildOptions::default() };
    build::build(analysis::by_id("hzz4l").unwrap(), files, &options).unwrap()
}

/// Raw event counts of one process on one axis, flow bins included.
fn counts(cube: &Cube, axis: &str, process: &str) -> Vec<u64> {
    let engine = Engine::new(cube.clone());
    let axis = cube.manifest().axis_index(axis).unwrap();
    let process = cube.manifest().process_index(process).unwrap();
    engine.histogram(axis, process).iter().map(|b| b.count).collect()
}

fn data_counts(cube: &Cube, axis: &str) -> Vec<u64> {
    counts(cube, axis, "data")
}

#[test]
fn selected_events_per_file_match_uproot() {
    let reference = reference();
    let mut total = 0;
    for file in common::data_files() {
        let report = build(std::slice::from_ref(&file), Some(1));
        let name = build::file_name(&file);
        let expected = &reference["files"][&name];
        let got = &report.files[0];
        assert_eq!(got.events_read, expected["events_read"].as_u64().unwrap(), "{name}: events read");
        assert_eq!(got.events_selected, expected["events_selected"].as_u64().unwrap(), "{name}: events selected");
        let control_region = expected["control_region_events"].as_u64().unwrap();
        assert_eq!(got.control_region_events, control_region, "{name}: same-sign control-region events");
        assert_eq!(got.data_events, got.events_read, "{name}: every event is recorded data");
        total += got.events_selected;
    }
    assert_eq!(total, reference["total_selected"].as_u64().unwrap());
    assert_eq!(total, 507);
}

#[test]
fn histograms_and_channels_match_uproot() {
    let reference = reference();
    let report = build(&common::data_files(), None);
    let cube = &report.cube;
    for axis in ["m4l", "mz1", "mz2"] {
        let expected: Vec<u64> = reference["histograms"][axis]["counts_with_flow"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert_eq!(data_counts(cube, axis), expected, "{axis} histogram (flow bins included)");
    }
    let channels = data_counts(cube, "channel");
    for (i, id) in ["4e", "4mu", "2e2mu"].iter().enumerate() {
        assert_eq!(channels[i], reference["channels"][id].as_u64().unwrap(), "channel {id}");
    }
    // Data events weigh exactly one.
    let engine = Engine::new(cube.clone());
    let data = engine.yields()[cube.manifest().process_index("data").unwrap()];
    assert_eq!((data.sumw, data.sumw2, data.count), (507.0, 507.0, 507));
}

#[test]
fn the_reducible_background_is_the_same_sign_control_region_of_uproot() {
    let reference = &reference()["control_region"];
    let report = build(&common::data_files(), None);
    let cube = &report.cube;
    let m = cube.manifest();
    let ids: Vec<&str> = m.processes.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["data", "hzz", "zz", "reducible"], "the data-driven estimate takes `other`'s place");
    let reducible = &m.processes[m.process_index("reducible").unwrap()];
    assert!(reducible.data_driven && reducible.role == histcube::Role::Background);
    for axis in ["m4l", "mz1", "mz2"] {
        let expected: Vec<u64> = reference["histograms"][axis]["counts_with_flow"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert_eq!(counts(cube, axis, "reducible"), expected, "{axis}: same-sign events (flow bins included)");
    }
    let channels = counts(cube, "channel", "reducible");
    for (i, id) in ["4e", "4mu", "2e2mu"].iter().enumerate() {
        assert_eq!(channels[i], reference["channels"][id].as_u64().unwrap(), "same-sign channel {id}");
    }
    // 101 of the 608 events with a valid flavour sum have total charge ±2, each weighing the
    // transfer factor 1; 73 of them lie inside the m4l axis (80–250 GeV).
    let total = reference["total"].as_u64().unwrap();
    assert_eq!(total, 101);
    let y = Engine::new(cube.clone()).yields()[m.process_index("reducible").unwrap()];
    assert_eq!((y.count, y.sumw, y.sumw2), (total, 101.0, 101.0));
    let m4l = counts(cube, "m4l", "reducible");
    assert_eq!(m4l[1..m4l.len() - 1].iter().sum::<u64>(), 73);
    assert_eq!(report.files.iter().map(|f| f.control_region_events).sum::<u64>(), total);
}

#[test]
fn manifest_records_file_names_producer_and_luminosity() {
    let cube = build(&common::data_files(), None).cube;
    let m = cube.manifest();
    assert_eq!(m.analysis_id, "hzz4l");
    assert_eq!(m.producer, format!("preprocess {}", env!("CARGO_PKG_VERSION")));
    assert_eq!(m.luminosity_fb, 10.064);
    assert_eq!(m.data_kind, histcube::DataKind::Real);
    let names: Vec<&str> = m.inputs.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["data_A.4lep.root", "data_B.4lep.root", "data_C.4lep.root", "data_D.4lep.root"]);
}

#[test]
fn cubes_are_byte_identical_whatever_the_thread_count() {
    let one = histcube::encode(&build(&common::data_files(), Some(1)).cube);
    let two = histcube::encode(&build(&common::data_files(), Some(2)).cube);
    let again = histcube::encode(&build(&common::data_files(), Some(2)).cube);
    assert_eq!(one, two);
    assert_eq!(two, again);
}

#[test]
fn merging_per_file_cubes_equals_building_from_both_files() {
    let a = build(&[common::data_file("A")], None).cube;
    let b = build(&[common::data_file("B")], None).cube;
    let both = build(&[common::data_file("A"), common::data_file("B")], None).cube;
    let merged = a.merge(&b).unwrap();
    assert_eq!(merged.manifest(), both.manifest(), "same manifest, inputs in the same order");
    let (m, w) = (merged.cells(), both.cells());
    assert_eq!(m.coords, w.coords);
    assert_eq!(m.process, w.process);
    assert_eq!(m.count, w.count, "raw counts merge exactly");
    for (x, y) in m.sumw.iter().zip(&w.sumw).chain(m.sumw2.iter().zip(&w.sumw2)) {
        assert!((x - y).abs() <= f32::EPSILON * x.abs().max(1.0), "{x} vs {y}");
    }
}

/// The event records beside the cube hold every selected recorded event, with the run and
/// event numbers and m4l of the uproot selection, and the bundled `assets/cubes/hzz4l.events`
/// is exactly what a build of the real data writes (docs/internals.md: it is built from the data
/// alone, as the simulated 4lep samples are not bundled).
#[test]
fn the_event_records_are_the_selected_events_of_uproot() {
    let report = build(&common::data_files(), None);
    let records = &report.events;
    let manifest = report.cube.manifest();
    let data = manifest.process_index("data").unwrap();
    let m4l = manifest.axis_index("m4l").unwrap();
    let expected = reference()["selected_events"].as_array().unwrap().clone();
    let got: Vec<_> = records.events.iter().filter(|e| usize::from(e.process) == data).collect();
    assert_eq!(got.len(), expected.len());
    assert_eq!(got.len(), 507);
    for (record, wanted) in got.iter().zip(&expected) {
        let name = record.id();
        assert_eq!(u64::from(record.run), wanted["run"].as_u64().unwrap(), "{name}");
        assert_eq!(record.event, wanted["event"].as_u64().unwrap(), "{name}");
        let m = wanted["m4l"].as_f64().unwrap();
        assert!((f64::from(record.values[m4l]) - m).abs() < 1e-3 * m, "{name}: m4l {} vs {m}", record.values[m4l]);
        let bin = manifest.axes[m4l].index(f64::from(record.values[m4l])).unwrap();
        assert_eq!(usize::from(record.bins[m4l]), bin, "{name}: m4l bin");
        assert!(record.leptons.len() >= 4, "{name}: four leptons at least");
    }
    let by_id = |id: &str| records.processes.iter().find(|p| p.id == id).unwrap();
    assert!(by_id("data").complete() && by_id("data").recorded == 507);
    let control_region = reference()["control_region"]["total"].as_u64().unwrap();
    assert!(by_id("reducible").complete() && by_id("reducible").recorded == control_region);

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let bundled = std::fs::read(root.join("assets/cubes/hzz4l.events")).unwrap();
    assert!(bundled == histcube::encode_events(records).unwrap(), "assets/cubes/hzz4l.events is stale: rebuild it");
    let bundled_cube = histcube::decode(&std::fs::read(root.join("assets/cubes/hzz4l.cube")).unwrap()).unwrap();
    histcube::decode_events(&bundled).unwrap().check_against(bundled_cube.manifest()).unwrap();
}
