//! The bundled analysis files on hand-built events (what the former Rust modules' tests
//! checked, now through the interpreter), the vocabulary, and the errors for malformed files.

use std::f64::consts::PI;

use histcube::{AxisCut, DataKind, Role};

use super::*;
use crate::event::{Jet, Lepton, ELECTRON, MUON};
use crate::physics::Z_MASS_GEV;

/// A massless lepton passing every quality cut.
fn lepton(kind: u32, charge: i32, pt: f64, eta: f64, phi: f64) -> Lepton {
    Lepton { pt, eta, phi, e: pt * eta.cosh(), charge, kind, is_tight: true, ptcone30: 0.0, etcone20: 0.0 }
}

fn jet(pt: f64, eta: f64, jvt: f64, mv2c10: f64) -> Jet {
    Jet { pt, eta, phi: 0.0, e: pt * eta.cosh(), jvt, mv2c10, flavour: 0 }
}

/// A simulated event (DSID ≠ run number) with these leptons, jets and MET, both triggers fired.
fn event(leptons: Vec<Lepton>, jets: Vec<Jet>, met: f64, met_phi: f64) -> Event {
    Event {
        run_number: 284500,
        channel_number: 345324,
        leptons,
        jets,
        met,
        met_phi,
        trigger_electron: true,
        trigger_muon: true,
        ..Event::default()
    }
}

fn analysis(id: &str) -> &'static Analysis {
    by_id(id).unwrap()
}

/// The axis values of a selected event, by axis id.
fn selected(id: &str, e: &Event) -> Option<HashMap<String, f64>> {
    let a = analysis(id);
    let mut out = vec![0.0; a.axes().len()];
    a.values(e, &mut out).then(|| a.axes().iter().map(|x| x.id.clone()).zip(out).collect())
}

use std::collections::HashMap;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// --- the bundled files ------------------------------------------------------------------------

#[test]
fn every_analysis_has_valid_axes_and_coloured_processes() {
    let ids: Vec<&str> = bundled().iter().map(super::Analysis::id).collect();
    assert_eq!(ids, ["hzz4l", "hww", "ttz3l", "ttz", "explorer"]);
    for analysis in bundled() {
        for kind in [DataKind::Real, DataKind::PseudoData, DataKind::None] {
            analysis.manifest(10.064, kind).validate().unwrap_or_else(|e| panic!("{}: {e}", analysis.id()));
        }
        // Every process has its own colour within an analysis (the Higgs signals share red
        // across analyses, never within one).
        let processes = analysis.processes(DataKind::Real);
        for (i, p) in processes.iter().enumerate() {
            assert!(
                processes[..i].iter().all(|o| o.color != p.color),
                "{}: `{}` has the colour of another process",
                analysis.id(),
                p.id
            );
        }
        assert!(analysis.simulated_processes().iter().any(|p| p.role == Role::Signal), "{}", analysis.id());
        if let Some(d) = analysis.data_driven_background() {
            assert!(d.process.data_driven && d.process.role == Role::Background, "{}", analysis.id());
            let real: Vec<_> = analysis.processes(DataKind::Real).into_iter().map(|p| p.id).collect();
            assert!(real.contains(&d.process.id) && !real.contains(&d.replaces), "{real:?}");
            let pseudo = analysis.processes(DataKind::PseudoData);
            assert!(pseudo.iter().all(|p| !p.data_driven) && pseudo.iter().any(|p| p.id == d.replaces));
        }
        let mut out = vec![0.0; analysis.axes().len()];
        assert!(!analysis.values(&Event::default(), &mut out), "an empty event must fail every selection");
        assert!(analysis.control_region(&Event::default(), &mut out).is_none(), "nor enter a control region");
        assert!(analysis.fit_axis().is_some_and(|a| analysis.axes().iter().any(|x| x.id == a)));
    }
}

#[test]
fn the_bundled_texts_are_the_files_in_analyses() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (id, name, text) in BUNDLED {
        let on_disk = std::fs::read_to_string(root.join(name)).unwrap();
        assert_eq!(on_disk, *text, "{name}");
        assert_eq!(load(&root.join(name)).unwrap().id(), *id);
        assert_eq!(resolve(id).unwrap().id(), *id);
    }
    let unknown = resolve("nope").unwrap_err().to_string();
    assert!(unknown.contains("hzz4l, hww, ttz3l, ttz, explorer"), "{unknown}");
}

#[test]
fn guided_paths_cut_on_bin_edges_and_have_english_text() {
    let english = i18n::Catalogue::new(i18n::Lang::En);
    let ids: Vec<_> = bundled().iter().flat_map(super::Analysis::guided_paths).map(|p| p.id.clone()).collect();
    assert_eq!(ids, ["hzz", "separate", "hww", "ttz3l", "ttz", "isolate_ww", "isolate_ttbar", "isolate_ztautau"]);
    for analysis in bundled() {
        let m = analysis.manifest(10.064, DataKind::PseudoData);
        let mut keys = vec![m.title_key.clone()];
        keys.extend(m.axes.iter().map(|a| a.label_key.clone()));
        keys.extend(m.axes.iter().flat_map(|a| a.categories().iter().map(|c| c.label_key.clone())));
        keys.extend(analysis.processes(DataKind::Real).iter().chain(&m.processes).map(|p| p.label_key.clone()));
        for path in &m.guided_paths {
            assert!(path.steps.len() >= 3, "{}: a path of {} steps", path.id, path.steps.len());
            keys.push(path.title_key.clone());
            keys.push(format!("path.{}.intro", path.id));
            for step in &path.steps {
                keys.push(step.text_key.clone());
                let axis = &m.axes[m.axis_index(step.axis.as_deref().unwrap()).unwrap()];
                if let Some(AxisCut::Ranges(ranges)) = &step.cut {
                    let edges = axis.edges();
                    for end in ranges.iter().flat_map(|r| [r.lower, r.upper]).flatten() {
                        assert!(edges.iter().any(|e| close(*e, end)), "{}: {} cut at {end}", path.id, axis.id);
                    }
                }
            }
        }
        for key in keys {
            assert!(english.get(&key, &[]).is_some(), "{}: no English text for `{key}`", analysis.id());
        }
    }
}

#[test]
fn samples_map_to_the_analysis_processes() {
    let hzz = analysis("hzz4l");
    assert_eq!(hzz.process_for_dsid(345060), ("hzz", true));
    assert_eq!(hzz.process_for_dsid(363490), ("zz", true));
    assert_eq!(hzz.process_for_dsid(410000), ("other", true));
    assert_eq!(hzz.process_for_dsid(999999), ("other", false));
    let hww = analysis("hww");
    assert_eq!(hww.process_for_dsid(345324).0, "hww");
    assert_eq!(hww.process_for_dsid(363492).0, "ww");
    assert_eq!(hww.process_for_dsid(364100).0, "zjets");
    assert_eq!(hww.process_for_dsid(410000).0, "ttbar");
    assert_eq!(hww.process_for_dsid(410013).0, "single_top");
    assert_eq!(hww.process_for_dsid(410014).0, "single_top");
    // tZq and tWZ are not in the release's table: ttz3l names their DSIDs.
    let ttz3l = analysis("ttz3l");
    assert_eq!(ttz3l.process_for_dsid(410560), ("tz", true));
    assert_eq!(ttz3l.process_for_dsid(410408), ("tz", true));
    assert_eq!(ttz3l.process_for_dsid(410155).0, "other");
    let ttz = analysis("ttz");
    assert_eq!(ttz.process_for_dsid(410218).0, "ttz");
    assert_eq!(ttz.process_for_dsid(410155).0, "other");
    // A DSID named in the file goes before its group.
    let explorer = analysis("explorer");
    assert_eq!(explorer.process_for_dsid(361108), ("ztautau", true));
    assert_eq!(explorer.process_for_dsid(361106), ("zll", true));
    assert_eq!(explorer.process_for_dsid(363491), ("wz", true));
}

// --- objects (the former objects.rs tests) ----------------------------------------------------

#[test]
fn lepton_quality_cuts() {
    let partner = lepton(ELECTRON, -1, 40.0, 0.0, 2.0);
    let passes = |l: Lepton| selected("hww", &event(vec![l, partner.clone()], vec![], 10.0, 0.0)).is_some();
    let good = lepton(MUON, 1, 30.0, 1.0, 0.0);
    assert!(passes(good.clone()));
    assert!(!passes(Lepton { pt: 15.0, e: 15.0 * 1f64.cosh(), ..good.clone() }), "pT must be strictly above 15");
    assert!(passes(Lepton { pt: 15.5, e: 15.5 * 1f64.cosh(), ..good.clone() }), "the subleading lepton's 15 GeV");
    let electron = lepton(ELECTRON, 1, 30.0, 1.0, 0.0);
    assert!(passes(electron.clone()));
    assert!(!passes(Lepton { eta: 1.4, ..electron.clone() }), "an electron in the calorimeters' crack");
    assert!(passes(Lepton { eta: 1.4, ..good.clone() }), "a muon at the crack's η");
    assert!(!passes(Lepton { eta: 2.6, ..good.clone() }));
    assert!(!passes(Lepton { is_tight: false, ..good.clone() }));
    assert!(!passes(Lepton { ptcone30: 3.0, ..good.clone() }), "ptcone30/pT = 0.1");
    assert!(!passes(Lepton { etcone20: 3.5, ..good.clone() }));
    assert!(passes(Lepton { etcone20: 2.9, ..good.clone() }));
    assert!(!passes(Lepton { kind: 15, ..good }));
}

#[test]
fn soft_central_jets_must_pass_jvt_and_are_counted_above_30_gev() {
    let leptons = || vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, 2.5)];
    let njets = |j: Jet| selected("hww", &event(leptons(), vec![j], 20.0, 0.0)).unwrap()["njets"];
    assert_eq!(njets(jet(40.0, 0.5, 0.3, 0.0)), 0.0, "soft central jet failing JVT");
    assert_eq!(njets(jet(40.0, 0.5, 0.9, 0.0)), 1.0);
    assert_eq!(njets(jet(70.0, 0.5, 0.3, 0.0)), 1.0, "hard jets are exempt from JVT");
    assert_eq!(njets(jet(40.0, 2.45, 0.3, 0.0)), 1.0, "2.4 < |η| < 2.5 is exempt from JVT");
    assert_eq!(njets(jet(40.0, 2.6, 0.9, 0.0)), 0.0, "outside the tracker");
    assert_eq!(njets(jet(28.0, 0.0, 0.9, 0.0)), 0.0, "below 30 GeV");
}

#[test]
fn b_tags_count_good_jets_above_25_gev_at_each_analysis_working_point() {
    let jets = vec![
        jet(100.0, 0.1, 1.0, 0.9), // counted, b-tagged at 85 % and 77 %
        jet(50.0, -1.0, 1.0, 0.3), // counted, b-tagged at 85 % only
        jet(27.0, 0.3, 1.0, 0.95), // not counted (< 30 GeV) but b-tagged at both
        jet(45.0, 0.3, 0.1, 0.99), // fails JVT: neither counted nor tagged
        jet(35.0, 1.2, 0.8, -0.5), // counted, not tagged
    ];
    let z = vec![lepton(MUON, 1, 45.6, 0.0, 0.0), lepton(MUON, -1, 45.6, 0.0, PI)];
    let hww = selected("hww", &event(z.clone(), jets.clone(), 40.0, 0.0)).unwrap();
    assert_eq!((hww["njets"], hww["nbjets"]), (3.0, 3.0));
    let ttz = selected("ttz", &event(z, jets, 40.0, 0.0)).unwrap();
    assert_eq!((ttz["njets"], ttz["nbjets"]), (3.0, 2.0));
}

// --- hww ---------------------------------------------------------------------------------------

#[test]
fn hww_back_to_back_e_mu_event() {
    // e⁺ at φ = 0, μ⁻ at φ = π, both 40 GeV at η = 0: mℓℓ = 80, pTℓℓ = 0, Δφℓℓ = π.
    let e = event(vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, PI)], vec![], 30.0, 1.0);
    let v = selected("hww", &e).unwrap();
    assert_eq!(v["channel"], 2.0, "eμ");
    assert!(close(v["mll"], 80.0) && v["ptll"] < 1e-9 && (v["dphi_ll"] - PI).abs() < 1e-12);
    assert!(v["mt"] < 1e-3, "mT vanishes with pTℓℓ = 0");
}

#[test]
fn hww_transverse_mass_against_a_hand_calculation() {
    // Two 40 GeV leptons at φ = ±π/3, η = 0: pTℓℓ = 40 along x, mℓℓ = 2·40·sin 60°.
    // MET = 50 GeV at φ = π/2: Δφ = π/2, mT = √(2·40·50) = √4000.
    let leptons = vec![lepton(MUON, 1, 40.0, 0.0, PI / 3.0), lepton(MUON, -1, 40.0, 0.0, -PI / 3.0)];
    let v = selected("hww", &event(leptons, vec![], 50.0, PI / 2.0)).unwrap();
    assert_eq!(v["channel"], 1.0, "μμ");
    assert!(close(v["ptll"], 40.0) && close(v["mll"], 80.0 * (PI / 3.0).sin()));
    assert!(close(v["dphi_ll_met"], PI / 2.0) && close(v["mt"], 4000f64.sqrt()));
}

#[test]
fn hww_fixed_cuts_and_exactly_two_opposite_sign_leptons() {
    let z = || vec![lepton(ELECTRON, 1, 45.6, 0.0, 0.0), lepton(ELECTRON, -1, 45.6, 0.0, PI)];
    assert!(selected("hww", &event(z(), vec![], 199.0, 0.0)).is_some());
    assert!(selected("hww", &event(z(), vec![], 201.0, 0.0)).is_none(), "MET ≥ 200 GeV");
    let heavy = vec![lepton(ELECTRON, 1, 60.0, 0.0, 0.0), lepton(ELECTRON, -1, 60.0, 0.0, PI)];
    assert!(selected("hww", &event(heavy, vec![], 10.0, 0.0)).is_none(), "mℓℓ = 120 GeV");
    let collinear = vec![lepton(MUON, 1, 150.0, 0.0, 0.0), lepton(MUON, -1, 100.0, 0.0, 0.05)];
    assert!(selected("hww", &event(collinear, vec![], 10.0, 0.0)).is_none(), "pTℓℓ ≈ 250 GeV");
    let mu_plus = lepton(MUON, 1, 40.0, 0.0, 0.0);
    let e_minus = lepton(ELECTRON, -1, 40.0, 0.0, 2.0);
    let same_sign = vec![mu_plus.clone(), lepton(ELECTRON, 1, 40.0, 0.0, 2.0)];
    assert!(selected("hww", &event(same_sign, vec![], 10.0, 0.0)).is_none());
    let three = vec![mu_plus.clone(), e_minus.clone(), lepton(MUON, -1, 30.0, 1.0, 1.0)];
    assert!(selected("hww", &event(three, vec![], 10.0, 0.0)).is_none());
    // A third lepton failing the quality cuts does not count.
    let soft_third = vec![mu_plus, e_minus, lepton(MUON, -1, 10.0, 1.0, 1.0)];
    assert_eq!(selected("hww", &event(soft_third, vec![], 10.0, 0.0)).unwrap()["channel"], 2.0);
}

// --- ttz ---------------------------------------------------------------------------------------

#[test]
fn ttz_needs_three_counted_jets_and_leptons_above_30_and_15_gev() {
    let z = || vec![lepton(MUON, 1, 45.6, 0.0, 0.0), lepton(MUON, -1, 45.6, 0.0, PI)];
    let three = |b: [f64; 3]| -> Vec<Jet> { b.iter().map(|&b| jet(50.0, 0.5, 0.9, b)).collect() };
    let v = selected("ttz", &event(z(), three([0.9, 0.7, 0.1]), 40.0, 0.0)).unwrap();
    assert!(close(v["mll"], 91.2) && (v["drll"] - PI).abs() < 1e-12 && (v["dphill"] - PI).abs() < 1e-12);
    assert_eq!((v["njets"], v["nbjets"]), (3.0, 2.0), "0.1 fails the 77 % working point");
    let mut jets = three([0.0; 3]);
    jets[2].jvt = 0.1;
    assert!(selected("ttz", &event(z(), jets, 40.0, 0.0)).is_none(), "third jet fails JVT");
    let pair = |lead: f64, sub: f64| vec![lepton(ELECTRON, 1, lead, 0.0, 0.0), lepton(ELECTRON, -1, sub, 0.5, 2.0)];
    assert!(selected("ttz", &event(pair(35.0, 16.0), three([0.0; 3]), 10.0, 0.0)).is_some());
    assert!(selected("ttz", &event(pair(29.0, 20.0), three([0.0; 3]), 10.0, 0.0)).is_none());
    assert!(selected("ttz", &event(pair(35.0, 14.0), three([0.0; 3]), 10.0, 0.0)).is_none());
}

// --- hzz4l -------------------------------------------------------------------------------------

/// A lepton pair of mass `m` (massless leptons, back to back at η = 0, azimuth `phi`).
fn pair(kind: u32, m: f64, phi: f64) -> [Lepton; 2] {
    [lepton(kind, 1, m / 2.0, 0.0, phi), lepton(kind, -1, m / 2.0, 0.0, phi + PI)]
}

fn hzz(leptons: Vec<Lepton>) -> Option<HashMap<String, f64>> {
    selected("hzz4l", &event(leptons, vec![], 0.0, 0.0))
}

#[test]
fn hzz4l_two_e_two_mu_pairs_are_forced_and_z1_is_closest_to_the_z_mass() {
    let [e1, e2] = pair(ELECTRON, 30.0, 0.3);
    let [m1, m2] = pair(MUON, 90.0, 1.1);
    let v = hzz(vec![m1, e1, m2, e2]).unwrap();
    assert_eq!(v["channel"], 2.0, "2e2μ");
    assert!(close(v["mz1"], 90.0) && close(v["mz2"], 30.0), "{v:?}");
    assert!(close(v["m4l"], 120.0) && close(v["lead_lep_pt"], 45.0));
    let [a, b] = pair(MUON, 91.0, 0.0);
    let [c, d] = pair(MUON, 25.0, 1.0);
    let v = hzz(vec![a, c, b, d]).unwrap();
    assert_eq!(v["channel"], 1.0, "4μ");
    assert!(close(v["mz1"], 91.0) && close(v["mz2"], 25.0), "{v:?}");
}

#[test]
fn hzz4l_charge_and_flavour_preselection() {
    let [a, b] = pair(ELECTRON, 91.0, 0.0);
    let [c, d] = pair(ELECTRON, 25.0, 1.0);
    let ok = vec![a, b, c, d];
    assert_eq!(hzz(ok.clone()).unwrap()["channel"], 0.0, "4e");
    let mut charged = ok.clone();
    charged[3].charge = 1;
    assert!(hzz(charged).is_none(), "Σq = +2");
    let mut three_e_one_mu = ok.clone();
    three_e_one_mu[3].kind = MUON;
    assert!(hzz(three_e_one_mu).is_none(), "3e1μ");
    assert!(hzz(ok[..3].to_vec()).is_none(), "three leptons");
    let mut five = ok;
    five.push(lepton(MUON, 1, 5.0, 0.0, 0.0));
    assert!(hzz(five).is_some(), "a fifth lepton is ignored");
}

#[test]
fn hzz4l_same_sign_events_fill_the_control_region_with_an_opposite_sign_z1() {
    // μ⁺μ⁺μ⁺μ⁻ (Σq = +2): only pairs with the μ⁻ are opposite-sign; the same-sign (a, c) at
    // 91 GeV must not become Z1.
    let mu = |charge, pt, phi| lepton(MUON, charge, pt, 0.0, phi);
    let (a, b, c, d) = (mu(1, 45.5, 0.0), mu(1, 30.0, 1.7), mu(1, 45.5, PI), mu(-1, 20.0, 2.2));
    let e = event(vec![a.clone(), b.clone(), c.clone(), d.clone()], vec![], 0.0, 0.0);
    let hzz4l = analysis("hzz4l");
    let mut out = [0.0; 5];
    assert!(!hzz4l.values(&e, &mut out), "Σq = +2 fails the selection");
    assert_eq!(hzz4l.control_region(&e, &mut out), Some(1.0));
    let m = |x: &Lepton, y: &Lepton| (x.p4() + y.p4()).mass();
    assert!(close(m(&a, &c), 91.0));
    let os = [m(&a, &d), m(&b, &d), m(&c, &d)];
    let closest = os.iter().copied().min_by(|x, y| (x - Z_MASS_GEV).abs().total_cmp(&(y - Z_MASS_GEV).abs())).unwrap();
    assert!(close(out[1], closest), "{out:?} vs opposite-sign masses {os:?}");
    assert_eq!((out[3], out[4]), (1.0, 45.5));
    // e⁺e⁻ at 40 GeV, μ⁺μ⁺ at 90 GeV: Z1 is the opposite-sign ee pair.
    let [e1, e2] = pair(ELECTRON, 40.0, 0.3);
    let [m1, mut m2] = pair(MUON, 90.0, 1.1);
    m2.charge = 1;
    let mut out = [0.0; 5];
    assert!(hzz4l.control_region(&event(vec![m1, m2, e1, e2], vec![], 0.0, 0.0), &mut out).is_some());
    assert!(close(out[1], 40.0) && close(out[2], 90.0), "{out:?}");
    // Opposite-sign events are not in the control region.
    let [a, b] = pair(ELECTRON, 91.0, 0.0);
    let [c, d] = pair(MUON, 25.0, 1.0);
    assert!(hzz4l.control_region(&event(vec![a, b, c, d], vec![], 0.0, 0.0), &mut out).is_none());
}

// --- explorer and the vocabulary ---------------------------------------------------------------

#[test]
fn explorer_keeps_charge_and_flavour_as_axes_and_needs_a_trigger() {
    let same_sign = vec![lepton(ELECTRON, 1, 40.0, 0.0, 0.0), lepton(MUON, 1, 30.0, 0.3, 2.0)];
    let v = selected("explorer", &event(same_sign.clone(), vec![], 10.0, 0.0)).unwrap();
    assert_eq!((v["channel"], v["sign"], v["lead_lep_pt"]), (2.0, 1.0, 40.0), "eμ, same sign");
    let no_trigger = Event { trigger_electron: false, trigger_muon: false, ..event(same_sign, vec![], 10.0, 0.0) };
    assert!(selected("explorer", &no_trigger).is_none());
    // An electron in the calorimeters' transition region does not count.
    let crack = vec![lepton(ELECTRON, 1, 40.0, 1.4, 0.0), lepton(MUON, -1, 30.0, 0.3, 2.0)];
    assert!(selected("explorer", &event(crack, vec![], 10.0, 0.0)).is_none());
    let muon_at_1_4 = vec![lepton(MUON, 1, 40.0, 1.4, 0.0), lepton(MUON, -1, 30.0, 0.3, 2.0)];
    assert_eq!(selected("explorer", &event(muon_at_1_4, vec![], 10.0, 0.0)).unwrap()["sign"], 0.0);
}

/// An analysis file around one `[[axis]]`, `[selection]` or extra text.
fn file_with(objects: &str, cuts: &str, axes: &str) -> String {
    format!(
        r#"[analysis]
id = "test"
description = "test"
data = "none"

[[process]]
id = "sig"
role = "signal"
groups = ["higgs_zz"]

[[process]]
id = "other"
role = "background"
rest = true

[[object]]
name = "lep"
from = "leptons"
{objects}

[selection]
cuts = [{cuts}]

{axes}
"#
    )
}

const MLL: &str = "[[axis]]\nid = \"mll\"\nvalue = \"mass(lep)\"\nregular = { bins = 10, lower = 0, upper = 100 }\n";

fn evaluate_with(axes: &str, e: &Event) -> Option<Vec<f64>> {
    let a = file::parse("t.toml", &file_with("", "\"count(lep) >= 2\"", axes)).unwrap();
    let mut out = vec![0.0; a.axes().len()];
    a.values(e, &mut out).then_some(out)
}

#[test]
fn vocabulary_functions_on_a_hand_built_event() {
    // Three leptons: μ⁺ 50 GeV at φ = 0, μ⁻ 40 GeV at φ = π, e⁻ 20 GeV at η = 1, φ = π/2.
    let leptons = vec![
        lepton(MUON, 1, 50.0, 0.0, 0.0),
        lepton(MUON, -1, 40.0, 0.0, PI),
        lepton(ELECTRON, -1, 20.0, 1.0, PI / 2.0),
    ];
    let jets = vec![jet(60.0, 0.0, 1.0, 0.0), jet(35.0, 1.0, 1.0, 0.0)];
    let e = event(leptons, jets, 30.0, PI / 2.0);
    let axis = |value: &str| {
        format!("[[axis]]\nid = \"x\"\nvalue = \"{value}\"\nregular = {{ bins = 1000, lower = -1000, upper = 1000 }}\n")
    };
    let value = |v: &str| evaluate_with(&axis(v), &e).unwrap()[0];
    assert_eq!(value("count(lep)"), 3.0);
    assert_eq!(value("charge(lep)"), -1.0);
    assert_eq!(value("ht(lep)"), 110.0);
    assert_eq!((value("max_pt(lep)"), value("min_pt(lep)")), (50.0, 20.0));
    assert_eq!(value("pt(lep[2])"), 20.0);
    assert_eq!(value("eta(lep[2])"), 1.0);
    assert!(close(value("dphi(lep[0], lep[2])"), PI / 2.0));
    assert!(close(value("dphi(lep[2], met)"), 0.0));
    assert!(close(value("deta(lep[0], lep[2])"), 1.0));
    assert!(close(value("dr(lep[0], lep[2])"), (1.0f64 + PI * PI / 4.0).sqrt()));
    assert_eq!(value("met"), 30.0);
    assert!(close(value("met_phi"), PI / 2.0));
    assert!(close(value("mt(lep[0], met)"), (2.0 * 50.0 * 30.0f64).sqrt()), "Δφ = π/2");
    assert_eq!(value("trigger(e)"), 1.0);
    // The OSSF pair closest to the Z: the two muons (m = 90 GeV).
    let ossf = file_with(
        "",
        "\"count(lep) >= 2\"",
        &format!("[[pairing]]\nkind = \"ossf_closest\"\nof = \"lep\"\npairs = [\"z\"]\n\n{}", axis("mass(z)")),
    );
    let a = file::parse("t.toml", &ossf).unwrap();
    let mut out = [0.0];
    // Massless, back to back: m² = 2 · 50 · 40 · 2.
    assert!(a.values(&e, &mut out) && close(out[0], 8000f64.sqrt()), "{out:?}");
    // Jets from the event's own list.
    let jets = format!("{}\n[[object]]\nname = \"j\"\nfrom = \"jets\"\npt_above = 30\n", "");
    let a = file::parse("t.toml", &file_with(&jets, "\"count(j) == 2\"", &axis("ht(j)"))).unwrap();
    assert!(a.values(&e, &mut out) && close(out[0], 95.0) && a.needs().jets);
    // An object past the end makes the event fail instead of inventing a value.
    assert!(evaluate_with(&axis("pt(lep[5])"), &e).is_none());
}

#[test]
fn flavour_category_ids() {
    assert_eq!(file::flavour_content("ee"), Some((2, 0)));
    assert_eq!(file::flavour_content("2e2mu"), Some((2, 2)));
    assert_eq!(file::flavour_content("3mu"), Some((0, 3)));
    assert_eq!(file::flavour_content("1e2mu"), Some((1, 2)));
    assert_eq!(file::flavour_content("em"), None);
    assert_eq!(file::flavour_content("0e"), None);
}

// --- mistakes ----------------------------------------------------------------------------------

/// Parses `text` and returns "line:column: message".
fn mistake(text: &str) -> String {
    let e = file::parse("bad.toml", text).expect_err("the file must be refused");
    assert_eq!(e.file, "bad.toml");
    format!("{}:{}: {}", e.line, e.column, e.message)
}

fn assert_mistake(text: &str, at: &str, message_part: &str) {
    let got = mistake(text);
    assert!(got.starts_with(at), "expected the error at {at}, got: {got}");
    assert!(got.contains(message_part), "expected `{message_part}` in: {got}");
}

/// Line and column of the first `needle` in `text`, 1-based, as "line:column".
fn position(text: &str, needle: &str) -> String {
    let offset = text.find(needle).unwrap_or_else(|| panic!("`{needle}` not in the file"));
    let before = &text[..offset];
    format!("{}:{}", before.matches('\n').count() + 1, before.rsplit('\n').next().unwrap().chars().count() + 1)
}

#[test]
fn mistake_unknown_variable() {
    let text = file_with("", "", &MLL.replace("mass(lep)", "mas(lep)"));
    assert_mistake(&text, &position(&text, "mas(lep)"), "unknown function `mas`; known: `count`, `mass`");
}

#[test]
fn mistake_unknown_objects() {
    let text = file_with("", "", &MLL.replace("mass(lep)", "mass(leptons2)"));
    assert_mistake(&text, &position(&text, "leptons2"), "unknown objects `leptons2`; the file defines `lep`");
}

#[test]
fn mistake_edges_not_increasing() {
    let axis = "[[axis]]\nid = \"pt\"\nvalue = \"max_pt(lep)\"\nedges = [0, 20, 10, 40]\n";
    let text = file_with("", "", axis);
    assert_mistake(&text, &position(&text, "[0, 20"), "`edges` must increase: edge 3 (10) is not above edge 2 (20)");
}

#[test]
fn mistake_path_cut_not_on_a_bin_edge() {
    let text = file_with("", "", &format!("{MLL}\n[[path]]\nid = \"p\"\nsteps = [{{ axis = \"mll\", lower = 45 }}]\n"));
    assert_mistake(&text, &position(&text, "45 }"), "45 is not a bin edge of `mll`");
}

#[test]
fn mistake_unknown_process_replaced_by_a_data_driven_background() {
    let dd = "\n[data_driven]\nprocess = \"fakes\"\nreplaces = \"others\"\ninstead_of = \"charge(lep) == 0\"\n\
              control_region = \"charge(lep) != 0\"\ntransfer_factor = 1.0\n";
    let text = file_with("", "\"charge(lep) == 0\"", &format!("{MLL}{dd}"));
    assert_mistake(&text, &position(&text, "\"others\""), "unknown process `others`; processes: `sig`, `other`");
}

#[test]
fn mistake_control_region_replacing_a_cut_the_selection_lacks() {
    let dd = "\n[data_driven]\nprocess = \"fakes\"\nreplaces = \"other\"\ninstead_of = \"charge(lep) == 2\"\n\
              control_region = \"charge(lep) != 0\"\ntransfer_factor = 1.0\n";
    let text = file_with("", "\"charge(lep) == 0\"", &format!("{MLL}{dd}"));
    assert_mistake(&text, &position(&text, "\"charge(lep) == 2\""), "`instead_of` must be one of the selection's cuts");
}

#[test]
fn mistake_unknown_key() {
    let text = file_with("pt_abve = 25", "", MLL);
    assert_mistake(&text, &position(&text, "pt_abve"), "unknown field `pt_abve`, expected one of");
}

#[test]
fn mistake_toml_syntax() {
    let text = file_with("pt_above = ", "", MLL);
    assert_mistake(&text, &position(&text, "pt_above = ").replace(":1", ":12"), "");
}

#[test]
fn mistake_unknown_role() {
    let text = file_with("", "", MLL).replacen("role = \"signal\"", "role = \"sigal\"", 1);
    assert_mistake(&text, &position(&text, "\"sigal\""), "unknown variant `sigal`, expected `signal` or `background`");
}

#[test]
fn mistake_unknown_sample_group() {
    let text = file_with("", "", MLL).replace("[\"higgs_zz\"]", "[\"higgs\"]");
    assert_mistake(&text, &position(&text, "\"higgs\""), "unknown sample group `higgs`; known: `higgs_zz`");
}

#[test]
fn mistake_duplicate_axis() {
    let text = file_with("", "", &format!("{MLL}\n{MLL}"));
    let second = text.rfind("\"mll\"\nvalue").unwrap();
    let line = text[..second].matches('\n').count() + 1;
    assert_mistake(&text, &format!("{line}:6"), "axis `mll` is defined twice");
}

#[test]
fn mistake_number_as_category_axis_value_and_category_as_cut() {
    let axis = "[[axis]]\nid = \"channel\"\nvalue = \"mass(lep)\"\ncategories = [\"ee\", \"mumu\"]\n";
    let text = file_with("", "", axis);
    assert_mistake(&text, &position(&text, "mass(lep)\"\ncat"), "`mass` gives a number, but this axis has categories");
    let text = file_with("", "\"flavour(lep) == 1\"", MLL);
    assert_mistake(&text, &position(&text, "flavour(lep) =="), "`flavour` gives a category");
}

#[test]
fn mistake_unknown_flavour_category() {
    let axis = "[[axis]]\nid = \"channel\"\nvalue = \"flavour(lep)\"\ncategories = [\"ee\", \"em\"]\n";
    let text = file_with("", "", axis);
    assert_mistake(&text, &position(&text, "\"em\""), "`em` is not a flavour content");
}

#[test]
fn mistake_cut_without_a_number() {
    let text = file_with("", "\"mass(lep) > \"", MLL);
    let at = position(&text, "mass(lep) > \"");
    let (line, column) = at.split_once(':').unwrap();
    let end = format!("{line}:{}", column.parse::<usize>().unwrap() + "mass(lep) > ".len());
    assert_mistake(&text, &end, "expected a number, found the end");
}

#[test]
fn mistake_jet_requirement_on_leptons_and_unknown_working_point() {
    let text = file_with("jvt = { above = 0.5, pt_below = 60, abs_eta_below = 2.4 }", "", MLL);
    assert_mistake(&text, &position(&text, "{ above"), "`jvt` applies to jets, but `lep` are leptons");
    let jets = "\n[[object]]\nname = \"b\"\nfrom = \"jets\"\nbtag = \"80%\"\n";
    let text = file_with(jets, "", MLL);
    assert_mistake(&text, &position(&text, "\"80%\""), "unknown b-tagging working point `80%`; known: `85%`, `77%`");
}

#[test]
fn mistake_objects_from_objects_defined_later_and_no_rest_process() {
    let text = file_with("", "", MLL).replace("from = \"leptons\"", "from = \"good\"");
    assert_mistake(&text, &position(&text, "\"good\""), "expected `leptons`, `jets` or objects defined above");
    let text = file_with("", "", MLL).replace("rest = true", "");
    assert_mistake(&text, &position(&text, "\"sig\""), "one process needs `rest = true`");
}

#[test]
fn mistake_fit_axis_and_bad_colour() {
    let text = file_with("", "", MLL).replace("data = \"none\"", "data = \"none\"\nfit_axis = \"m4l\"");
    assert_mistake(&text, &position(&text, "\"m4l\""), "unknown axis `m4l`; axes: `mll`");
    let text =
        file_with("", "", MLL).replace("groups = [\"higgs_zz\"]", "groups = [\"higgs_zz\"]\ncolour = \"#12345\"");
    assert_mistake(&text, &position(&text, "\"#12345\""), "`#12345` is not a colour; expected `#rrggbb`");
}

#[test]
fn mistake_category_cut_on_a_numeric_axis() {
    let text = file_with("", "", &format!("{MLL}\n[[default_cut]]\naxis = \"mll\"\nkeep = [\"ee\"]\n"));
    assert_mistake(&text, &position(&text, "[\"ee\"]"), "`keep` lists categories, but `mll` is a numeric axis");
}

/// `file_with`'s text with a `relaxed_shape` (and more) on the `other` background.
fn relaxed_file(objects: &str, process_extra: &str) -> String {
    file_with(objects, "\"count(lep) == 2\"", MLL).replace("rest = true\n", &format!("rest = true\n{process_extra}\n"))
}

#[test]
fn a_relaxed_shape_selects_with_the_lifted_requirements() {
    let text = relaxed_file(
        "tight_id = true\nptcone30_over_pt_below = 0.1",
        "relaxed_shape = { objects = \"lep\", lift = [\"ptcone30_over_pt_below\"] }",
    );
    let a = file::parse("t.toml", &text).unwrap();
    let [shape] = a.relaxed_shapes() else { panic!("{:?}", a.relaxed_shapes()) };
    assert_eq!((shape.process.as_str(), shape.collection.as_str()), ("other", "lep"));
    assert_eq!(shape.lifted, ["ptcone30_over_pt_below"]);
    // Two tight muons, the second not isolated (ptcone30 / pT = 0.5).
    let mut leptons = vec![lepton(MUON, 1, 40.0, 0.0, 0.0), lepton(MUON, -1, 30.0, 0.0, 3.0)];
    leptons[1].ptcone30 = 15.0;
    let e = event(leptons, vec![], 0.0, 0.0);
    let mut out = [0.0];
    assert!(!a.values(&e, &mut out), "the full selection wants isolated leptons");
    let mut scratch = shape.plan.scratch();
    assert_eq!(shape.plan.evaluate(&e, &mut scratch, &mut out), Outcome::Selected);
    assert!(out[0] > 60.0, "the relaxed selection computes the axes: {out:?}");
}

#[test]
fn mistake_lifting_a_requirement_the_objects_lack() {
    let text =
        relaxed_file("tight_id = true", "relaxed_shape = { objects = \"lep\", lift = [\"etcone20_over_pt_below\"] }");
    assert_mistake(
        &text,
        &position(&text, "\"etcone20_over_pt_below\""),
        "`lep` have no `etcone20_over_pt_below` to lift",
    );
    let text = relaxed_file("tight_id = true", "relaxed_shape = { objects = \"lep\", lift = [\"pt_above\"] }");
    assert_mistake(&text, &position(&text, "\"pt_above\""), "`pt_above` cannot be lifted; expected one of `tight_id`");
    let text = relaxed_file("tight_id = true", "relaxed_shape = { objects = \"leps\", lift = [\"tight_id\"] }");
    assert_mistake(&text, &position(&text, "\"leps\""), "no objects are called `leps`; defined: `lep`");
}

#[test]
fn mistake_relaxed_shape_of_a_signal() {
    let text = file_with("tight_id = true", "\"count(lep) == 2\"", MLL).replace(
        "groups = [\"higgs_zz\"]\n",
        "groups = [\"higgs_zz\"]\nrelaxed_shape = { objects = \"lep\", lift = [\"tight_id\"] }\n",
    );
    assert_mistake(
        &text,
        &position(&text, "{ objects"),
        "only a background can take its shape from a relaxed selection",
    );
}

// --- b-tagging by probability (`truth_tag`) -------------------------------------------------------

#[test]
fn tag_multiplicity_is_the_poisson_binomial_distribution() {
    let mut p = Vec::new();
    plan::tag_multiplicity([], &mut p);
    assert_eq!(p, [1.0], "no candidate: no tag, surely");
    // Two jets tagged with 0.77 and 1/134: by hand.
    let (a, b) = (0.77, 1.0 / 134.0);
    plan::tag_multiplicity([a, b], &mut p);
    let expected = [(1.0 - a) * (1.0 - b), a * (1.0 - b) + (1.0 - a) * b, a * b];
    assert!(p.iter().zip(expected).all(|(x, y)| close(*x, y)), "{p:?}");
    // Equal efficiencies: the binomial distribution; any mix sums to 1.
    plan::tag_multiplicity([0.3; 5], &mut p);
    let binomial = |k: i32| [1.0, 5.0, 10.0, 10.0, 5.0, 1.0][k as usize] * 0.3f64.powi(k) * 0.7f64.powi(5 - k);
    assert!((0..=5).all(|k| close(p[k as usize], binomial(k))), "{p:?}");
    plan::tag_multiplicity([0.85, 1.0 / 3.1, 1.0 / 8.0, 1.0 / 33.0, 0.0, 1.0], &mut p);
    assert!(close(p.iter().sum(), 1.0) && p.iter().all(|x| (0.0..=1.0).contains(x)));
    assert_eq!((p[0], p[6]), (0.0, 0.0), "a jet tagged surely and one never");
}

/// A file with a truth-tagged 77 % collection `b` of the jets above 25 GeV.
fn truth_tag_file(cuts: &str, axes: &str) -> String {
    let objects = "\n[[object]]\nname = \"j\"\nfrom = \"jets\"\npt_above = 25\n\n[[object]]\nname = \"b\"\nfrom = \"j\"\nbtag = \"77%\"\ntruth_tag = true\ntruth_tag_exact = \"at_least\"\n";
    file_with(objects, cuts, axes)
}

const NB: &str = "[[axis]]\nid = \"nb\"\nvalue = \"count(b)\"\ninteger = { lower = 0, upper = 2 }\n";

#[test]
fn truth_tagged_events_are_evaluated_once_per_tag_count_with_its_probability() {
    let a = file::parse("t.toml", &truth_tag_file("\"count(lep) >= 2\", \"count(b) >= 1\"", NB)).unwrap();
    assert!(a.truth_tagged() && a.needs().jet_flavour && a.needs().jets);
    let flavoured = |pt: f64, mv2c10: f64, flavour: i32| Jet { flavour, ..jet(pt, 0.5, 1.0, mv2c10) };
    // A b-jet the MV2c10 tags, a light jet it does not, a c-jet below the collection's 25 GeV.
    let jets = vec![flavoured(80.0, 0.9, 5), flavoured(40.0, -0.5, 0), flavoured(20.0, 0.9, 4)];
    let leptons = vec![lepton(MUON, 1, 50.0, 0.0, 0.0), lepton(MUON, -1, 40.0, 0.0, PI)];
    let e = event(leptons, jets, 30.0, 0.0);
    let mut variants = Vec::new();
    let mut out = vec![0.0; 1];
    a.evaluate_truth_tagged(&e, &mut a.scratch(), &mut out, |v, values| variants.push((v, values[0])));
    let (eb, el) = (0.77, 1.0 / 134.0);
    // Zero tags fail `count(b) >= 1`; one and two tags pass, the first is the event as simulated.
    assert_eq!(variants.len(), 2, "{variants:?}");
    let (one, two) = (variants[0], variants[1]);
    assert_eq!((one.0.tags, one.1, one.0.as_simulated), (1, 1.0, true));
    assert_eq!((two.0.tags, two.1, two.0.as_simulated), (2, 2.0, false));
    assert!(close(one.0.probability, eb * (1.0 - el) + (1.0 - eb) * el));
    assert!(close(two.0.probability, eb * el));
    // Recorded data is never truth-tagged: the plain evaluation cuts on MV2c10 (one tag).
    assert!(a.values(&e, &mut out) && out[0] == 1.0);
}

#[test]
fn mistake_truth_tagged_jets_used_other_than_counted() {
    let text = truth_tag_file("\"pt(b[0]) > 30\"", NB);
    assert_mistake(&text, &position(&text, "b[0]"), "`b[0]` is b-tagged by probability in simulation");
    let text = truth_tag_file(
        "",
        &format!("{NB}\n[[axis]]\nid = \"h\"\nvalue = \"ht(b)\"\nregular = {{ bins = 1, lower = 0, upper = 1 }}\n"),
    );
    assert_mistake(&text, &position(&text, "b)\"\nregular = { bins = 1"), "use it only as `count(b)`");
    let derived = format!("{}\n[[object]]\nname = \"hard\"\nfrom = \"b\"\npt_above = 50\n", "");
    let text = truth_tag_file("", NB).replace("\n[selection]", &format!("{derived}\n[selection]"));
    assert_mistake(&text, &position(&text, "\"b\"\npt_above = 50"), "select from its parent instead");
}

#[test]
fn mistake_truth_tag_without_known_efficiencies() {
    // Where the (last) `truth_tag = true` sets it.
    let flag = |text: &str| {
        let line = text[..text.rfind("truth_tag = ").unwrap()].matches('\n').count() + 1;
        format!("{line}:{}", "truth_tag = ".len() + 1)
    };
    for (wp, message) in [("70%", "not `70%`"), ("60%", "not `60%`")] {
        let text = truth_tag_file("", NB).replace("\"77%\"", &format!("\"{wp}\""));
        assert_mistake(&text, &flag(&text), message);
    }
    let text = truth_tag_file("", NB).replace("btag = \"77%\"", "mv2c10_above = 0.5");
    assert_mistake(&text, &flag(&text), "`truth_tag` needs `btag`");
    let text = file_with("truth_tag = true", "", MLL);
    assert_mistake(&text, &flag(&text), "`truth_tag` applies to jets");
    let second =
        "\n[[object]]\nname = \"b2\"\nfrom = \"j\"\nbtag = \"85%\"\ntruth_tag = true\ntruth_tag_exact = \"at_most\"\n";
    let text = truth_tag_file("", NB).replace("\n[selection]", &format!("{second}\n[selection]"));
    assert_mistake(&text, &flag(&text), "`b` is b-tagged by probability already");
    let text = truth_tag_file("", NB).replace("truth_tag_exact = \"at_least\"\n", "");
    assert_mistake(&text, &flag(&text), "`truth_tag` needs `truth_tag_exact = \"at_least\"`");
    let text = truth_tag_file("", NB).replace("\"at_least\"", "\"both\"");
    assert_mistake(
        &text,
        &position(&text, "\"both\""),
        "`truth_tag_exact` is `\"at_least\"` or `\"at_most\"`, not `both`",
    );
}

#[test]
fn truth_tagging_can_be_limited_to_some_processes() {
    let all = file::parse("t.toml", &truth_tag_file("", NB)).unwrap();
    assert!(all.truth_tags_process("sig") && all.truth_tags_process("other"));
    let some = truth_tag_file("", NB).replace("truth_tag_exact", "truth_tag_processes = [\"other\"]\ntruth_tag_exact");
    let some = file::parse("t.toml", &some).unwrap();
    assert!(!some.truth_tags_process("sig") && some.truth_tags_process("other"));
    let cut = file::parse("t.toml", &file_with("", "", MLL)).unwrap();
    assert!(!cut.truth_tags_process("other"), "no truth_tag: no process is tagged by probability");
    let text = truth_tag_file("", NB).replace("truth_tag_exact", "truth_tag_processes = [\"wz\"]\ntruth_tag_exact");
    assert_mistake(&text, &position(&text, "\"wz\""), "unknown process `wz`; processes: `sig`, `other`");
    let text = truth_tag_file("", NB)
        .replace("truth_tag = true\ntruth_tag_exact = \"at_least\"\n", "truth_tag_processes = [\"sig\"]\n");
    assert!(mistake(&text).contains("`truth_tag_processes` goes with `truth_tag = true`"), "{}", mistake(&text));
}
