//! Guided paths (the manifest's `guided_paths`): what a step's text needs, the cut its "show
//! me" applies, and the challenge at the end, computed from the cube rather than written down.

use histcube::{Axis, AxisCut, Cube, CutError, Engine, GuidedPath, GuidedStep, Manifest};
use i18n::Arg;

use crate::model::bin_cut::BinCut;
use crate::model::range_cut::RangeCut;

/// The numbers a guided step talks about.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Expected signal.
    pub s: f64,
    /// Expected background.
    pub b: f64,
    /// Asimov significance; `None` without background.
    pub z: Option<f64>,
}

impl Figures {
    /// The engine's current s, b and Z with only the `enabled` processes counted.
    pub fn of(engine: &Engine, enabled: &[bool]) -> Self {
        let significance = engine.significance(enabled);
        Self { s: significance.s.sumw, b: significance.b.sumw, z: significance.z_asimov }
    }
}

/// The axis (by index) and cut a step's "show me" applies; `None` for a step that only asks to
/// look, or one naming an axis the cube lacks.
pub fn step_cut(manifest: &Manifest, step: &GuidedStep) -> Option<(usize, AxisCut)> {
    let axis = manifest.axis_index(step.axis.as_deref()?)?;
    Some((axis, step.cut.clone()?))
}

/// The bin cut that shows `cut` on `axis` (range ends snapped to the nearest bin
/// edges, as a typed value or a link is); `None` when the cut does not fit the axis.
pub fn cut_for(axis: &Axis, cut: &AxisCut) -> Option<BinCut> {
    match (BinCut::none(axis), cut) {
        (BinCut::Range { edges, range: full }, AxisCut::Ranges(ranges)) => {
            let range = ranges.first()?;
            let lower = range.lower.map_or(0, |v| edges.nearest(v));
            let upper = range.upper.map_or(full.upper, |v| edges.nearest(v));
            (lower < upper).then_some(BinCut::Range { edges, range: RangeCut { lower, upper } })
        }
        (BinCut::Categories(choice), AxisCut::Categories(ids)) => {
            let keep: Vec<bool> = (0..choice.len()).map(|i| ids.iter().any(|id| id == choice.id(i))).collect();
            keep.contains(&true).then(|| BinCut::Categories(choice.with_selected(&keep)))
        }
        _ => None,
    }
}

/// The index of the axis a step asks to look at.
pub fn step_axis(manifest: &Manifest, step: &GuidedStep) -> Option<usize> {
    manifest.axis_index(step.axis.as_deref()?)
}

/// Decimals that write a cut's end exactly enough: 48 → 0, 1.5 → 1, 5π/8 → 2.
fn decimals(value: f64) -> usize {
    (0..2)
        .find(|d| {
            let scale = 10f64.powi(*d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6
        })
        .unwrap_or(2)
}

/// The step text's placeholders: a range cut's finite ends as `$lower` and `$upper`.
pub fn step_args(step: &GuidedStep) -> Vec<(&'static str, Arg)> {
    let mut args = Vec::new();
    if let Some(AxisCut::Ranges(ranges)) = &step.cut {
        if let Some(range) = ranges.first() {
            if let Some(lower) = range.lower {
                args.push(("lower", Arg::Number(lower, decimals(lower))));
            }
            if let Some(upper) = range.upper {
                args.push(("upper", Arg::Number(upper, decimals(upper))));
            }
        }
    }
    args
}

/// Every cut the whole path applies, one per axis ([`GuidedPath::cuts`]), by axis index; a cut on an axis the cube lacks is left out.
pub fn path_cuts(manifest: &Manifest, path: &GuidedPath) -> Vec<(usize, AxisCut)> {
    path.cuts().into_iter().filter_map(|c| Some((manifest.axis_index(&c.axis)?, c.cut))).collect()
}

/// s, b and Z of `cube` under exactly the path's cuts, on a fresh engine so the student's own
/// selection is untouched: the figure the challenge asks to beat.
pub fn path_figures(cube: &Cube, path: &GuidedPath, enabled: &[bool]) -> Result<Figures, CutError> {
    let mut engine = Engine::new(cube.clone());
    for (axis, cut) in path_cuts(cube.manifest(), path) {
        engine.set_cut(axis, &cut)?;
    }
    Ok(Figures::of(&engine, enabled))
}

/// Whether `current` beats the path's significance as the page writes them (two decimals), so a
/// student never reads "Z = 1.23, not yet above 1.23" or the reverse.
pub fn challenge_met(current: &Figures, reached: &Figures) -> bool {
    let shown = |z: Option<f64>| z.map(|z| (z * 100.0).round() as i64);
    match (shown(current.z), shown(reached.z)) {
        (Some(now), Some(target)) => now > target,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::{AxisCut, GuidedPath, GuidedStep};

    use super::*;
    use crate::model::fixtures::four_lepton_engine;

    fn step(axis: &str, cut: Option<AxisCut>) -> GuidedStep {
        GuidedStep { text_key: "path.t.1".into(), axis: Some(axis.into()), cut }
    }

    fn path() -> GuidedPath {
        GuidedPath {
            id: "t".into(),
            title_key: "path.t.title".into(),
            steps: vec![
                step("m4l", None),
                step("m4l", Some(AxisCut::range(Some(80.0), Some(140.0)))),
                step("channel", Some(AxisCut::categories(&["4mu", "4e"]))),
                step("m4l", Some(AxisCut::range(Some(120.0), Some(140.0)))),
            ],
        }
    }

    #[test]
    fn range_ends_fill_the_text_with_just_enough_decimals() {
        let args = step_args(&step("dphi_ll", Some(AxisCut::range(None, Some(5.0 * std::f64::consts::PI / 8.0)))));
        assert_eq!(args, vec![("upper", Arg::Number(5.0 * std::f64::consts::PI / 8.0, 2))]);
        let args = step_args(&step("m4l", Some(AxisCut::range(Some(115.0), Some(12.5)))));
        assert_eq!(args, vec![("lower", Arg::Number(115.0, 0)), ("upper", Arg::Number(12.5, 1))]);
        assert!(step_args(&step("channel", Some(AxisCut::categories(&["emu"])))).is_empty());
        assert!(step_args(&step("m4l", None)).is_empty());
    }

    #[test]
    fn a_later_cut_on_an_axis_replaces_the_earlier_one() {
        let engine = four_lepton_engine();
        let cuts = path_cuts(engine.cube().manifest(), &path());
        assert_eq!(cuts, vec![(0, AxisCut::range(Some(120.0), Some(140.0))), (1, AxisCut::categories(&["4mu", "4e"]))]);
    }

    #[test]
    fn the_path_figures_leave_the_students_engine_alone() {
        let engine = four_lepton_engine();
        let enabled = vec![true; engine.n_processes()];
        let before = Figures::of(&engine, &enabled);
        let reached = path_figures(engine.cube(), &path(), &enabled).unwrap();
        // 120–140 GeV keeps both Higgs events (1.5) and, in 4μ or 4e, the ZZ event at 130 GeV in 4μ (0.5).
        assert_eq!((reached.s, reached.b), (1.5, 0.5));
        assert_eq!(Figures::of(&engine, &enabled), before, "the engine shown to the student is unchanged");
        assert!(challenge_met(&Figures { z: reached.z.map(|z| z + 0.01), ..reached }, &reached));
        assert!(!challenge_met(&Figures { z: reached.z.map(|z| z + 0.001), ..reached }, &reached), "equal as written");
        assert!(!challenge_met(&Figures { z: None, ..reached }, &reached));
    }

    #[test]
    fn a_guided_cut_becomes_the_control_selection_the_engine_agrees_with() {
        let engine = four_lepton_engine();
        let axes = &engine.cube().manifest().axes;
        let window = AxisCut::range(Some(100.0), Some(140.0));
        let selection = cut_for(&axes[0], &window).unwrap();
        assert_eq!(selection.axis_cut(), Some(window.clone()));
        let open = AxisCut::range(None, Some(120.0));
        assert_eq!(cut_for(&axes[0], &open).unwrap().axis_cut(), Some(open));
        let channels = AxisCut::categories(&["4e", "4mu"]);
        assert_eq!(cut_for(&axes[1], &channels).unwrap().axis_cut(), Some(channels));
        assert_eq!(cut_for(&axes[1], &window), None, "a range on a category axis");
        assert_eq!(cut_for(&axes[1], &AxisCut::categories(&["nope"])), None, "no category left");
    }
}
