//! b-tagging by probability (`truth_tag`, docs/analysis-files.md) on the committed small simulated
//! samples: the bundled analyses, which use it, against the same files with `truth_tag = true`
//! taken out (the MV2c10 cut). The generator draws each jet's MV2c10 value with the efficiencies
//! the preprocessor weights with, so the two must agree within the statistics of the cut where
//! there are many events, and where mistags are rare the weighted yield must be known much more
//! precisely.

mod common;

use histcube::{AxisCut, DataKind, Engine, Sums};
use preprocessor::analysis::{file, Analysis, BUNDLED};
use preprocessor::build::{self, BuildOptions};

/// The bundled analysis `id` b-tagged by probability and cutting on MV2c10: the file as bundled
/// and with its `truth_tag` lines taken out, or, for a file that cuts on MV2c10 (hww: weighting
/// was not worth its cube's size there), with `tagging` added after its `btag` line.
fn with_and_without(id: &str, tagging: &str) -> (Analysis, Analysis) {
    let (_, name, text) = BUNDLED.iter().find(|(i, _, _)| *i == id).unwrap();
    let (truth_text, cut_text) = if text.contains("\ntruth_tag = true") {
        let cut_based: String = text.lines().filter(|l| !l.starts_with("truth_tag")).flat_map(|l| [l, "\n"]).collect();
        (text.to_string(), cut_based)
    } else {
        let btag = text.lines().find(|l| l.starts_with("btag = ")).unwrap();
        (text.replacen(btag, &format!("{btag}\n{tagging}"), 1), text.to_string())
    };
    let truth = file::parse(name, &truth_text).unwrap();
    assert!(truth.truth_tagged());
    let cut = file::parse(name, &cut_text).unwrap();
    assert!(!cut.truth_tagged());
    (truth, cut)
}

fn engine(analysis: &Analysis, suffix: &str) -> Engine {
    let options = BuildOptions { data_kind: Some(DataKind::None), jobs: Some(2), ..BuildOptions::default() };
    let report = build::build(analysis, &common::simulated(suffix), &options).unwrap();
    Engine::new(report.cube)
}

/// Per process: the yields with the b-jet axis cut to `cut`.
fn yields_at(engine: &mut Engine, axis: &str, cut: &AxisCut) -> Vec<Sums> {
    let index = engine.cube().manifest().axes.iter().position(|a| a.id == axis).unwrap();
    engine.set_cut(index, cut).unwrap();
    engine.yields().to_vec()
}

fn total(yields: &[Sums]) -> (f64, f64) {
    yields.iter().fold((0.0, 0.0), |(w, w2), s| (w + s.sumw, w2 + s.sumw2))
}

#[test]
fn truth_tagged_yields_agree_with_the_mv2c10_cut_where_there_are_many_events() {
    // hww's two-lepton selection on every 2lep sample: ~1 200 simulated events, of which the
    // dileptonic tt̄ and tt̄Z samples put hundreds at ≥ 1 b-jet.
    let tagging = "truth_tag = true\ntruth_tag_exact = \"at_most\"\ntruth_tag_processes = [\"ttbar\", \"single_top\"]";
    let (truth, cut) = with_and_without("hww", tagging);
    let (mut truth, mut cut) = (engine(&truth, ".2lep.root"), engine(&cut, ".2lep.root"));
    for (what, b_cut) in [("no b-jet", AxisCut::range(None, Some(1.0))), ("≥ 1 b-jet", AxisCut::range(Some(1.0), None))]
    {
        let (w_truth, w2_truth) = total(&yields_at(&mut truth, "nbjets", &b_cut));
        let (w_cut, w2_cut) = total(&yields_at(&mut cut, "nbjets", &b_cut));
        // The same events, weighted or cut: the difference is within the cut's own uncertainty.
        let sigma = w2_cut.sqrt();
        assert!(
            (w_truth - w_cut).abs() < 3.0 * sigma,
            "{what}: {w_truth:.1} ± {:.1} by probability, {w_cut:.1} ± {sigma:.1} by the cut",
            w2_truth.sqrt()
        );
        // hww's Σw² is exact for b-vetoes (`truth_tag_exact = "at_most"`), where it must be below
        // the cut's; at ≥ 1 b-jet it is an overestimate by construction.
        if what == "no b-jet" {
            assert!(w2_truth <= w2_cut, "{what}: weighting cannot be less precise than cutting");
        }
    }
    // Without a cut on b-jets, every event is there with its whole weight either way, and its
    // variants' Σw² add up to its w² (the cells store single precision).
    let all = AxisCut::range(None, None);
    let (w_truth, w2_truth) = total(&yields_at(&mut truth, "nbjets", &all));
    let (w_cut, w2_cut) = total(&yields_at(&mut cut, "nbjets", &all));
    assert!((w_truth - w_cut).abs() < 1e-6 * w_cut, "{w_truth} against {w_cut}");
    assert!((w2_truth - w2_cut).abs() < 1e-5 * w2_cut, "{w2_truth} against {w2_cut}");
}

#[test]
fn wz_at_one_b_jet_is_made_of_many_simulated_events_by_probability() {
    // ttz3l's selection on the 3lep samples (50 simulated WZ → ℓνℓℓ events, 19 selected).
    let (truth, cut) = with_and_without("ttz3l", "");
    let wz = truth.processes(DataKind::None).iter().position(|p| p.id == "wz").unwrap();
    let (mut truth, mut cut) = (engine(&truth, ".3lep.root"), engine(&cut, ".3lep.root"));
    let at_least_one = AxisCut::range(Some(1.0), None);
    let by_probability = yields_at(&mut truth, "nbjets", &at_least_one)[wz];
    let by_cut = yields_at(&mut cut, "nbjets", &at_least_one)[wz];
    let relative = |s: &Sums| if s.sumw > 0.0 { s.sumw2.sqrt() / s.sumw } else { f64::INFINITY };
    // Cutting on MV2c10 keeps the odd mistagged WZ event, if any (none of these 19); by
    // probability every WZ event with a jet contributes its tag probability. In a sample this
    // small one event with a real b- or c-jet still carries most of the weight (±74 %); on the
    // full samples the uncertainty falls far below the cut's (docs/simulation.md).
    assert!(by_cut.count <= 2, "{by_cut:?}");
    assert!(by_probability.count >= 10, "{by_probability:?}");
    assert!(
        relative(&by_probability) < 0.8 && relative(&by_probability) < relative(&by_cut),
        "WZ at ≥ 1 b-jet: ±{:.0} % by probability, ±{:.0} % by the cut",
        100.0 * relative(&by_probability),
        100.0 * relative(&by_cut)
    );
}
