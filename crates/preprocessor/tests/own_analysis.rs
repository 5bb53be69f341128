//! The worked example of docs/own-analysis.md, `analyses/examples/zmass.toml`, does what the guide
//! says: built with the commands it gives (here from the committed small 2lep samples, with
//! pseudo-data), it gives a cube whose Z peaks in the mℓℓ bin holding 91.19 GeV, in ee and μμ
//! and not in eμ, and that the browser app opens like any other (tests/e2e/open_cube.test.mjs
//! opens one through the picker).

use assert_cmd::Command;
use histcube::Engine;

#[test]
fn the_guides_z_mass_file_builds_a_cube_with_the_z_peak_where_it_belongs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let samples = root.join("crates/ntuple-writer/tests/data/simulated");
    let dir = tempfile::tempdir().unwrap();
    let cube_path = dir.path().join("zmass.cube");
    let inputs: Vec<_> = ["mc_361106.Zee.2lep.root", "mc_361107.Zmumu.2lep.root", "mc_410000.ttbar_lep.2lep.root"]
        .iter()
        .map(|name| samples.join(name))
        .collect();
    let build = Command::cargo_bin("preprocess")
        .unwrap()
        .arg("build")
        .arg(root.join("analyses/examples/zmass.toml"))
        .args(&inputs)
        .args(["--data-kind", "pseudo", "-o"])
        .arg(&cube_path)
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));

    let cube = histcube::decode(&std::fs::read(&cube_path).unwrap()).unwrap();
    let manifest = cube.manifest();
    assert_eq!(manifest.analysis_id, "zmass");
    let ids: Vec<&str> = manifest.axes.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["mll", "channel", "lead_lep_pt", "njets"]);
    let zll = manifest.processes.iter().position(|p| p.id == "zll").unwrap();
    let engine = Engine::new(cube.clone());

    // The Z's bin: the most signal of any mℓℓ bin, and the one that holds 91.19 GeV.
    let mll = &manifest.axes[0];
    let histogram = engine.histogram(0, zll);
    let peak = (0..histogram.len()).max_by(|&a, &b| histogram[a].sumw.total_cmp(&histogram[b].sumw)).unwrap();
    assert_eq!(Some(peak), mll.index(91.19), "the Z peaks at 91 GeV: bin {peak}, {:?}", mll.span(peak));

    // A Z decays to ee or μμ, never to eμ.
    let channels = engine.histogram(1, zll);
    let (ee, mumu, emu) = (channels[0].sumw, channels[1].sumw, channels[2].sumw);
    assert!(ee > 0.0 && mumu > 0.0 && emu == 0.0, "ee {ee}, μμ {mumu}, eμ {emu}");
}
