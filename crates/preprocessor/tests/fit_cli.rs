//! `preprocess fit` and `preprocess workspace` on a synthetic cube: the CLI reports what the
//! library computes, writes the same model as a pyhf workspace, and refuses bad requests with a
//! message (the agreement with pyhf itself is tools/validation/test_pyhf_fit.py).

use assert_cmd::Command;
use histcube::fit::FitOptions;
use histcube::{synthetic, AxisCut, Engine};
use serde_json::Value;

fn preprocess() -> Command {
    Command::cargo_bin("preprocess").unwrap()
}

#[test]
fn fit_and_workspace_report_the_library_result() {
    let dir = tempfile::tempdir().unwrap();
    let cube_path = dir.path().join("fit.cube");
    let cube = synthetic::fit_cube(2, 1.0);
    std::fs::write(&cube_path, histcube::encode(&cube)).unwrap();

    let out = preprocess()
        .arg("fit")
        .arg(&cube_path)
        .args(["--axis", "m", "--cut", "channel=4mu,2e2mu", "--norm-unc", "zz=0.1", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();

    let mut engine = Engine::new(cube);
    engine.set_cut(1, &AxisCut::categories(&["4mu", "2e2mu"])).unwrap();
    let mut options = FitOptions::observed();
    options.norm_uncertainties.insert("zz".into(), 0.1);
    let expected = engine.fit(0, &[], &options).unwrap();
    same_in(&json, "mu_hat", expected.mu_hat);
    same_in(&json, "sigma_down", expected.sigma_down);
    same_in(&json, "sigma_up", expected.sigma_up);
    same_in(&json, "q0", expected.q0);
    assert_eq!(json["scan"].as_array().unwrap().len(), expected.scan.len());
    assert_eq!(json["data"], "observed");
    assert_eq!(json["norm_pulls"][0][0], "norm_zz");

    let text = preprocess().arg("fit").arg(&cube_path).args(["--axis", "m", "--asimov"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Asimov") && text.contains("μ̂ = 1.0000"), "{text}");

    let ws_path = dir.path().join("out/ws.json");
    let ws = preprocess()
        .arg("workspace")
        .arg(&cube_path)
        .args(["--axis", "m", "--cut", "channel=4mu,2e2mu", "--norm-unc", "zz=0.1", "-o"])
        .arg(&ws_path)
        .output()
        .unwrap();
    assert!(ws.status.success(), "{}", String::from_utf8_lossy(&ws.stderr));
    let ws: Value = serde_json::from_slice(&std::fs::read(&ws_path).unwrap()).unwrap();
    // Both through the same text and parser, so the comparison is exact.
    let text = engine.fit_model(0, &[], &options).unwrap().pyhf_workspace_string();
    assert_eq!(ws, serde_json::from_str::<Value>(&text).unwrap());

    // --without-mc-stat: the library's fit with the simulation taken as exact.
    let out = preprocess()
        .arg("fit")
        .arg(&cube_path)
        .args(["--axis", "m", "--cut", "channel=4mu,2e2mu", "--norm-unc", "zz=0.1", "--without-mc-stat", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    options.simulation_statistics = false;
    let exact = engine.fit(0, &[], &options).unwrap();
    same_in(&json, "sigma_up", exact.sigma_up);
    same_in(&json, "q0", exact.q0);
    assert!(exact.sigma_up < expected.sigma_up, "the simulation's statistics widen the interval");
}

/// The CLI's printed `key` is the library's `x` (serde_json's default float parsing may differ
/// from the printed value in the last bit).
fn same_in(json: &Value, key: &str, x: f64) {
    assert!((json[key].as_f64().unwrap() - x).abs() <= 1e-15 * x.abs(), "{key}: {} vs {x}", json[key]);
}

#[test]
fn bad_requests_are_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let cube_path = dir.path().join("fit.cube");
    std::fs::write(&cube_path, histcube::encode(&synthetic::fit_cube(3, 1.0))).unwrap();
    let refused = |args: &[&str], message: &str| {
        let out = preprocess().arg("fit").arg(&cube_path).args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains(message), "{args:?}: {stderr}");
    };
    refused(&["--axis", "mt"], "no axis `mt`");
    refused(&["--axis", "m", "--norm-unc", "ggf=0.1"], "not a background");
    refused(&["--axis", "m", "--norm-unc", "zz=1.5"], "below 1");
    refused(&["--axis", "m", "--norm-unc", "zz"], "PROCESS=X");
    refused(&["--axis", "m", "--hide", "ggf", "--hide", "vbf"], "no signal is expected");
    refused(&["--axis", "m", "--hide", "higgs"], "no such process");
    refused(&["--axis", "m", "--mu-bounds", "1:5"], "lower ≤ 0 < upper");
    refused(&["--axis", "m", "--cut", "m=130:120"], "empty");
}

#[test]
fn without_axis_the_fit_uses_the_cubes_fit_axis_and_a_path_its_cuts() {
    // A cube of the hzz4l analysis from its committed small simulated 4lep samples.
    let dir = tempfile::tempdir().unwrap();
    let cube_path = dir.path().join("hzz4l.cube");
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ntuple-writer/tests/data/simulated");
    let build = preprocess()
        .args(["build", "hzz4l", "--data-kind", "none", "-o"])
        .arg(&cube_path)
        .arg(samples.join("mc_345060.ggH125_ZZ4lep.4lep.root"))
        .arg(samples.join("mc_363490.llll.4lep.root"))
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", String::from_utf8_lossy(&build.stderr));
    let out = preprocess().arg("fit").arg(&cube_path).args(["--asimov", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["axis"], "m4l", "analyses/hzz4l.toml's fit_axis, carried in the manifest");

    // The guided path's cuts: its last m4l step, 115–135 GeV, leaves at most four 5 GeV bins to
    // fit (fewer where the small samples leave a bin empty).
    let out = preprocess().arg("fit").arg(&cube_path).args(["--asimov", "--json", "--path", "hzz"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["bins"][0], "[115, 120)", "{json}");
    assert!(json["n_bins"].as_u64().is_some_and(|n| (1..=4).contains(&n)), "{json}");
    let summary = preprocess().arg("summary").arg(&cube_path).arg("--json").output().unwrap();
    let summary: Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(summary["guided_paths"][0]["cuts"], serde_json::json!(["mz1=48:108", "mz2=12:116", "m4l=115:135"]));
    assert_eq!(summary["guided_paths"][0]["fit_axis"], "m4l");
    let unknown = preprocess().arg("fit").arg(&cube_path).args(["--path", "nope"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(!unknown.status.success() && stderr.contains("no guided path `nope` (its paths: hzz)"), "{stderr}");

    // A cube whose manifest names no fit needs --axis.
    std::fs::write(dir.path().join("fit.cube"), histcube::encode(&synthetic::fit_cube(2, 1.0))).unwrap();
    let refused = preprocess().arg("fit").arg(dir.path().join("fit.cube")).output().unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success() && stderr.contains("names no fit axis: give --axis"), "{stderr}");
}
