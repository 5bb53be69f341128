//! A printable worksheet for one guided path (`?page=worksheet&a=<analysis>&sheet=<path>`), and
//! its answer key (`&key=1`).
//!
//! The sheet is written from the path itself, so every path of every analysis file has one in
//! every language: a step that looks at a plot asks what the student sees; a step that cuts asks
//! for a prediction first (will the cut remove more of the signal or of the background?) and then
//! for the numbers, in a table with a row per cut. Three questions close it. The answer key fills
//! the table from the same cube the analyser shows, so a class that pressed "Show me" at each step
//! reads the same numbers to the last digit, answers each prediction from the cut's efficiencies,
//! and gives the path's own explanation of each step (which the students' sheet leaves out: it is
//! what they are to find).

use histcube::{Cube, CutError, DataKind, Engine, GuidedPath, Significance};
use i18n::Arg;

use crate::model::bin_cut::AxisName;
use crate::model::cut_flow::percent;
use crate::model::guide::{cut_for, step_args, step_axis};
use crate::model::labels;
use crate::model::numbers::{fixed, optional_fixed};
use crate::model::yields::count;

/// One numbered task of the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// What the student does ("Open the plot of …", "Next cut: … Predict …").
    pub prompt: String,
    /// The path's text for this step: why the step is there (answer key only).
    pub explanation: String,
    /// For a cut, what the numbers say about the prediction (answer key only).
    pub answer: Option<String>,
}

/// One row of the table: the selection after a cut (or before any), with the key's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The task the row belongs to (from 1), `None` for the row before any cut.
    pub task: Option<usize>,
    /// "No cut", then the cut the task adds ("m₁₂ 48–108 GeV").
    pub cut: String,
    pub signal: String,
    pub background: String,
    /// Events recorded (or pseudo-data drawn); `None` for a cube without data.
    pub data: Option<String>,
    pub z: String,
}

/// A question closing the sheet, with the key's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub text: String,
    pub answer: String,
}

/// The whole sheet, in the page's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Worksheet {
    pub path_id: String,
    /// The path's title ("Find the Higgs (H → ZZ → 4ℓ)").
    pub title: String,
    pub analysis_title: String,
    /// The path's introduction.
    pub intro: String,
    /// Where the events come from, said plainly (real data, pseudo-data or simulation only).
    pub data_note: String,
    pub tasks: Vec<Task>,
    pub rows: Vec<Row>,
    pub questions: Vec<Question>,
}

/// The selection's numbers after each cut of `path`, in order, starting with no cut: the cuts
/// are those "Show me" applies (snapped to the axis's bin edges), a later cut on an axis
/// replacing an earlier one. Each entry is the index of the step that cut (`None` first) and
/// the figures of every process but the hidden ones.
pub fn step_significances(
    cube: &Cube,
    path: &GuidedPath,
    enabled: &[bool],
) -> Result<Vec<(Option<usize>, Significance)>, CutError> {
    let manifest = cube.manifest();
    let mut engine = Engine::new(cube.clone());
    let mut out = vec![(None, engine.significance(enabled))];
    for (index, step) in path.steps.iter().enumerate() {
        let Some(axis) = step_axis(manifest, step) else { continue };
        let Some(cut) = step.cut.as_ref().and_then(|cut| cut_for(&manifest.axes[axis], cut)?.axis_cut()) else {
            continue;
        };
        engine.set_cut(axis, &cut)?;
        out.push((Some(index), engine.significance(enabled)));
    }
    Ok(out)
}

/// What a step does, in a few words: its cut ("m₁₂ 48–108 GeV") or, for a look, the axis.
fn step_cut_name(cube: &Cube, path: &GuidedPath, step: usize) -> String {
    let manifest = cube.manifest();
    let Some(axis) = step_axis(manifest, &path.steps[step]) else { return String::new() };
    let name = AxisName::of(&manifest.axes[axis]);
    path.steps[step]
        .cut
        .as_ref()
        .and_then(|cut| cut_for(&manifest.axes[axis], cut))
        .and_then(|cut| cut.describe(&name.short, &name.unit))
        .unwrap_or(name.short)
}

fn share(after: f64, before: f64) -> Option<f64> {
    (before > 0.0).then(|| after / before)
}

impl Worksheet {
    /// The sheet of guided path `path_id` of `cube`, or `None` when the cube has no such path.
    pub fn of(cube: &Cube, path_id: &str) -> Result<Option<Self>, CutError> {
        let manifest = cube.manifest();
        let Some(path) = manifest.guided_paths.iter().find(|p| p.id == path_id) else { return Ok(None) };
        let enabled = vec![true; manifest.processes.len()];
        let figures = step_significances(cube, path, &enabled)?;
        let has_data = manifest.data_kind != DataKind::None;
        let row_of_step = |step: usize| figures.iter().position(|(s, _)| *s == Some(step));
        // What each step does in a few words: in its task, its table row and the closing answer.
        let cut_names: Vec<String> = (0..path.steps.len()).map(|step| step_cut_name(cube, path, step)).collect();

        let mut tasks = Vec::with_capacity(path.steps.len());
        for (index, step) in path.steps.iter().enumerate() {
            let explanation = labels::format(&step.text_key, &step_args(step));
            let task = match row_of_step(index) {
                Some(row) => {
                    let (before, after) = (&figures[row - 1].1, &figures[row].1);
                    Task {
                        prompt: labels::format(
                            "worksheet-cut",
                            &[("cut", Arg::Text(cut_names[index].clone())), ("row", Arg::Number(row as f64, 0))],
                        ),
                        explanation,
                        answer: Some(prediction_answer(before, after)),
                    }
                }
                None => {
                    let axis = step_axis(manifest, step)
                        .map(|axis| labels::text(&manifest.axes[axis].label_key))
                        .unwrap_or_default();
                    Task {
                        prompt: labels::format("worksheet-look", &[("axis", Arg::Text(axis))]),
                        explanation,
                        answer: None,
                    }
                }
            };
            tasks.push(task);
        }

        let rows = figures
            .iter()
            .map(|(step, sig)| Row {
                task: step.map(|s| s + 1),
                cut: step.map_or_else(|| labels::text("cutflow-no-cut"), |s| cut_names[s].clone()),
                signal: fixed(sig.s.sumw),
                background: fixed(sig.b.sumw),
                data: has_data.then(|| count(sig.data.sumw)),
                z: optional_fixed(sig.z_asimov),
            })
            .collect();

        Ok(Some(Self {
            path_id: path.id.clone(),
            title: labels::text(&path.title_key),
            analysis_title: labels::text(&manifest.title_key),
            // As the guide panel finds it (`ui::guide`).
            intro: labels::text(&format!("path.{}.intro", path.id)),
            data_note: crate::model::numbers::data_provenance(manifest),
            tasks,
            rows,
            questions: questions(&cut_names, &figures, has_data),
        }))
    }
}

/// The key's answer to "which does this cut remove more of?", from the shares kept.
fn prediction_answer(before: &Significance, after: &Significance) -> String {
    let kept = (share(after.s.sumw, before.s.sumw), share(after.b.sumw, before.b.sumw));
    let (Some(signal), Some(background)) = kept else { return labels::text("worksheet-answer-undefined") };
    let key = if signal >= background { "worksheet-answer-cut-background" } else { "worksheet-answer-cut-signal" };
    labels::fill(
        key,
        &[
            ("signal", &percent(Some(signal))),
            ("background", &percent(Some(background))),
            ("before", &optional_fixed(before.z_asimov)),
            ("after", &optional_fixed(after.z_asimov)),
        ],
    )
}

/// The three closing questions: the excess after the last cut, the cut that helped most, and
/// why fewer signal events can mean a larger significance.
fn questions(cut_names: &[String], figures: &[(Option<usize>, Significance)], has_data: bool) -> Vec<Question> {
    let (first, last) = (&figures[0].1, &figures[figures.len() - 1].1);
    let mut out = Vec::with_capacity(3);
    if has_data {
        let excess = last.data.sumw - last.b.sumw;
        let key = if excess > 0.0 { "worksheet-answer-excess" } else { "worksheet-answer-no-excess" };
        out.push(Question {
            text: labels::text("worksheet-question-excess"),
            answer: labels::fill(
                key,
                &[
                    ("data", &count(last.data.sumw)),
                    ("background", &fixed(last.b.sumw)),
                    ("excess", &fixed(excess.abs())),
                    ("signal", &fixed(last.s.sumw)),
                ],
            ),
        });
    }
    // The cut that raised Z the most, when any did.
    let gain = |w: &[(Option<usize>, Significance)]| Some(w[1].1.z_asimov? - w[0].1.z_asimov?);
    let best = figures
        .windows(2)
        .filter_map(|w| Some((w[1].0?, gain(w)?, w)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .filter(|(_, gain, _)| *gain > 0.0);
    if let Some((step, _, w)) = best {
        out.push(Question {
            text: labels::text("worksheet-question-best"),
            answer: labels::format(
                "worksheet-answer-best",
                &[
                    ("task", Arg::Number((step + 1) as f64, 0)),
                    ("cut", Arg::Text(cut_names[step].clone())),
                    ("before", Arg::Text(optional_fixed(w[0].1.z_asimov))),
                    ("after", Arg::Text(optional_fixed(w[1].1.z_asimov))),
                ],
            ),
        });
    }
    // Asked only where it is true: the path's cuts end with a larger significance.
    if last.z_asimov.zip(first.z_asimov).is_some_and(|(last, first)| last > first) {
        let kept = |after: f64, before: f64| percent(share(after, before));
        out.push(Question {
            text: labels::text("worksheet-question-fewer"),
            answer: labels::fill(
                "worksheet-answer-fewer",
                &[
                    ("signal", &kept(last.s.sumw, first.s.sumw)),
                    ("background", &kept(last.b.sumw, first.b.sumw)),
                    ("first", &optional_fixed(first.s_over_sqrt_b)),
                    ("last", &optional_fixed(last.s_over_sqrt_b)),
                ],
            ),
        });
    }
    out
}

/// The worksheet's address: `page=worksheet&a=<analysis>&sheet=<path>`, and `&key=1` for the
/// answer key.
pub fn worksheet_query(analysis: &str, path: &str, key: bool) -> String {
    let key = if key { "&key=1" } else { "" };
    format!("page=worksheet&a={analysis}&sheet={path}{key}")
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::{AxisCut, GuidedStep};

    use super::*;
    use crate::model::fixtures::four_lepton_engine_with_paths;

    fn step(axis: &str, cut: Option<AxisCut>) -> GuidedStep {
        GuidedStep { text_key: "path.hzz.1".into(), axis: Some(axis.into()), cut }
    }

    /// The four-lepton fixture with a path: look at m4l, keep 100–140 GeV, 4μ only, then narrow
    /// the mass window to 120–140 GeV.
    fn cube() -> Cube {
        let path = GuidedPath {
            id: "hzz".into(),
            title_key: "path.hzz.title".into(),
            steps: vec![
                step("m4l", None),
                step("m4l", Some(AxisCut::range(Some(100.0), Some(140.0)))),
                step("channel", Some(AxisCut::categories(&["4mu"]))),
                step("m4l", Some(AxisCut::range(Some(120.0), Some(140.0)))),
            ],
        };
        four_lepton_engine_with_paths(DataKind::Real, vec![path]).cube().clone()
    }

    #[test]
    fn each_cut_gets_a_row_with_what_show_me_gives() {
        labels::set_language(i18n::Lang::En);
        let cube = cube();
        let sheet = Worksheet::of(&cube, "hzz").unwrap().unwrap();
        let cuts: Vec<&str> = sheet.rows.iter().map(|r| r.cut.as_str()).collect();
        assert_eq!(cuts, ["No cut", "m₄ℓ 100–140 GeV", "Channel 4μ", "m₄ℓ 120–140 GeV"]);
        let tasks: Vec<Option<usize>> = sheet.rows.iter().map(|r| r.task).collect();
        assert_eq!(tasks, [None, Some(2), Some(3), Some(4)]);
        // The last row is the engine's figures under the path's cuts, as the guide's challenge has them.
        let enabled = vec![true; cube.manifest().processes.len()];
        let reached = crate::model::guide::path_figures(&cube, &cube.manifest().guided_paths[0], &enabled).unwrap();
        let last = sheet.rows.last().unwrap();
        assert_eq!((last.signal.clone(), last.background.clone()), (fixed(reached.s), fixed(reached.b)));
        assert_eq!(last.z, optional_fixed(reached.z));
        assert!(sheet.rows.iter().all(|r| r.data.is_some()), "real data are counted in every row");
    }

    #[test]
    fn a_look_asks_what_is_seen_and_a_cut_asks_for_a_prediction_the_key_answers() {
        labels::set_language(i18n::Lang::En);
        let sheet = Worksheet::of(&cube(), "hzz").unwrap().unwrap();
        assert_eq!(sheet.tasks.len(), 4);
        assert!(sheet.tasks[0].prompt.contains("m₄ℓ") && sheet.tasks[0].answer.is_none(), "{:?}", sheet.tasks[0]);
        assert!(sheet.tasks[1].prompt.contains("m₄ℓ 100–140 GeV") && sheet.tasks[1].prompt.contains("row 1"));
        let answer = sheet.tasks[3].answer.clone().unwrap();
        assert!(answer.contains('%'), "{answer}");
        assert!(!sheet.tasks[0].explanation.is_empty(), "the path's own text explains each step in the key");
        assert_eq!(sheet.questions.len(), 3);
    }

    #[test]
    fn an_unknown_path_has_no_sheet() {
        assert_eq!(Worksheet::of(&cube(), "nope").unwrap(), None);
        assert_eq!(worksheet_query("hzz4l", "hzz", true), "page=worksheet&a=hzz4l&sheet=hzz&key=1");
    }
}
