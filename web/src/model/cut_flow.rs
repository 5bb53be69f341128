//! The cut-flow table: how the selection on screen was reached, one cut at a time in the order
//! the student applied them ([`crate::model::cut_controller::CutController::applied_order`]),
//! each row with every process's yield, the fraction of signal and background that step kept,
//! and s/√b and Z after it — all from [`histcube::CutFlow`], written out for the page, and the
//! same numbers as a CSV file for a spreadsheet.

use histcube::{CutError, CutFlow, DataKind, Engine, Manifest, Process, Role};

use crate::model::bin_cut::{AxisName, BinCut};
use crate::model::labels;
use crate::model::numbers::{fixed, optional_fixed, NOT_DEFINED};
use crate::model::yields::count;

/// One process's column.
#[derive(Clone, Debug, PartialEq)]
pub struct CutFlowColumn {
    pub process_id: String,
    pub label: String,
    pub role: Role,
}

/// One step, written out.
#[derive(Clone, Debug, PartialEq)]
pub struct CutFlowRow {
    /// "No cut", then the cut this step adds ("m₄ℓ 115–135 GeV").
    pub cut: String,
    /// Every process's yield after the step, in column order; data as a count.
    pub yields: Vec<String>,
    pub signal: String,
    pub background: String,
    /// The share of the signal before this step that it kept ("62.5 %"), a dash on the first
    /// row or when there was none.
    pub signal_efficiency: String,
    pub background_efficiency: String,
    pub s_over_sqrt_b: String,
    pub z_asimov: String,
}

/// The whole table, and the numbers behind it for the CSV file.
#[derive(Clone, Debug, PartialEq)]
pub struct CutFlowTable {
    pub columns: Vec<CutFlowColumn>,
    pub rows: Vec<CutFlowRow>,
    flow: CutFlow,
}

/// A process's name as the page shows it: pseudo-data say they are simulated.
pub fn process_label(manifest: &Manifest, process: &Process) -> String {
    if process.role == Role::Data && manifest.data_kind == DataKind::PseudoData {
        labels::text("process-pseudo_data")
    } else {
        labels::text(&process.label_key)
    }
}

/// An efficiency as a percentage with one decimal, in the page's language; a dash when undefined.
pub(crate) fn percent(efficiency: Option<f64>) -> String {
    efficiency.map_or_else(
        || NOT_DEFINED.to_owned(),
        |e| labels::fill("cutflow-percent", &[("percent", &labels::number(100.0 * e, 1))]),
    )
}

impl CutFlowTable {
    /// The cut flow of `engine`'s current cuts (`cuts`, as the controls hold them) taken in
    /// `order`; `hidden[p]` processes keep their column but leave s, b and the significances.
    pub fn of(engine: &Engine, cuts: &[BinCut], order: &[usize], hidden: &[bool]) -> Result<Self, CutError> {
        let manifest = engine.cube().manifest();
        let enabled: Vec<bool> =
            (0..manifest.processes.len()).map(|p| !hidden.get(p).copied().unwrap_or(false)).collect();
        let flow = CutFlow::of(engine, order, &enabled)?;
        let columns = manifest
            .processes
            .iter()
            .map(|process| CutFlowColumn {
                process_id: process.id.clone(),
                label: process_label(manifest, process),
                role: process.role,
            })
            .collect();
        let rows = flow
            .steps
            .iter()
            .map(|step| CutFlowRow {
                cut: step_name(manifest, cuts, step.axis),
                yields: manifest
                    .processes
                    .iter()
                    .zip(&step.yields)
                    .map(|(process, sums)| if process.role == Role::Data { count(sums.sumw) } else { fixed(sums.sumw) })
                    .collect(),
                signal: fixed(step.significance.s.sumw),
                background: fixed(step.significance.b.sumw),
                signal_efficiency: percent(step.signal_efficiency),
                background_efficiency: percent(step.background_efficiency),
                s_over_sqrt_b: optional_fixed(step.significance.s_over_sqrt_b),
                z_asimov: optional_fixed(step.significance.z_asimov),
            })
            .collect();
        Ok(Self { columns, rows, flow })
    }

    /// The table as CSV: a header row in the page's language, then one row per step. Numbers
    /// are written for machines (a `.` decimal point, four decimals; efficiencies as fractions;
    /// data as whole counts) so any spreadsheet reads them; an undefined number is left empty.
    pub fn csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut header = vec![labels::text("cutflow-cut")];
        header.extend(self.columns.iter().map(|c| c.label.clone()));
        header.extend([
            labels::text("yields-signal"),
            labels::text("yields-background"),
            labels::text("cutflow-signal-efficiency"),
            labels::text("cutflow-background-efficiency"),
            "s/√b".to_owned(),
            "Z (Asimov)".to_owned(),
        ]);
        // Writing to memory cannot fail; a record is never of the wrong length here.
        _ = writer.write_record(&header);
        let optional = |value: Option<f64>| value.map_or_else(String::new, |v| format!("{v:.4}"));
        for (row, step) in self.rows.iter().zip(&self.flow.steps) {
            let mut record = vec![row.cut.clone()];
            record.extend(self.columns.iter().zip(&step.yields).map(|(column, sums)| {
                if column.role == Role::Data {
                    format!("{}", sums.sumw.round())
                } else {
                    format!("{:.4}", sums.sumw)
                }
            }));
            record.extend([
                format!("{:.4}", step.significance.s.sumw),
                format!("{:.4}", step.significance.b.sumw),
                optional(step.signal_efficiency),
                optional(step.background_efficiency),
                optional(step.significance.s_over_sqrt_b),
                optional(step.significance.z_asimov),
            ]);
            _ = writer.write_record(&record);
        }
        let bytes = writer.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// The order in which the cuts a link arrives with count as applied: the guided path `path`'s
/// (an index into the manifest's paths; without one, the analysis's first path), whose steps
/// are the analysis's own order of cuts. Axes the path does not name follow in axis order
/// ([`crate::model::cut_controller::CutController::with_preferred_order`]).
pub fn preferred_order(manifest: &Manifest, path: Option<usize>) -> Vec<usize> {
    let Some(path) = manifest.guided_paths.get(path.unwrap_or(0)) else { return Vec::new() };
    path.cuts().iter().filter_map(|named| manifest.axis_index(&named.axis)).collect()
}

/// The CSV file's name: `hzz4l-cutflow.csv`.
pub fn file_name(analysis_id: &str) -> String {
    format!("{analysis_id}-cutflow.csv")
}

/// What a step adds: "No cut" first, then its axis's cut in a few words.
fn step_name(manifest: &Manifest, cuts: &[BinCut], axis: Option<usize>) -> String {
    let Some(axis) = axis else { return labels::text("cutflow-no-cut") };
    let name = AxisName::of(&manifest.axes[axis]);
    cuts.get(axis).and_then(|cut| cut.describe(&name.short, &name.unit)).unwrap_or(name.short)
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::AxisCut;

    use super::*;
    use crate::model::fixtures;

    /// m4l 120–140 GeV then the 4μ channel, set on the engine and as the controls hold them.
    fn cut_engine() -> (Engine, Vec<BinCut>) {
        let mut engine = fixtures::four_lepton_engine();
        let axes = engine.cube().manifest().axes.clone();
        let m4l = crate::model::guide::cut_for(&axes[0], &AxisCut::range(Some(120.0), Some(140.0))).unwrap();
        let channel = crate::model::guide::cut_for(&axes[1], &AxisCut::categories(&["4mu"])).unwrap();
        engine.set_cut(0, &m4l.axis_cut().unwrap()).unwrap();
        engine.set_cut(1, &channel.axis_cut().unwrap()).unwrap();
        (engine, vec![m4l, channel])
    }

    #[test]
    fn each_row_adds_a_cut_with_its_efficiencies_and_significance() {
        labels::set_language(i18n::Lang::En);
        let (engine, cuts) = cut_engine();
        let table = CutFlowTable::of(&engine, &cuts, &[0, 1], &[]).unwrap();
        let ids: Vec<&str> = table.columns.iter().map(|c| c.process_id.as_str()).collect();
        assert_eq!(ids, ["data", "higgs", "zz"]);
        let names: Vec<&str> = table.rows.iter().map(|r| r.cut.as_str()).collect();
        assert_eq!(names, ["No cut", "m₄ℓ 120–140 GeV", "Channel 4μ"]);
        assert_eq!(table.rows[0].yields, ["4", "1.50", "1.75"]);
        assert_eq!((table.rows[0].signal_efficiency.as_str(), table.rows[0].z_asimov.as_str()), (NOT_DEFINED, "1.01"));
        // The window keeps both Higgs events and 0.75 of 1.75 of ZZ.
        assert_eq!(table.rows[1].yields, ["1", "1.50", "0.75"]);
        assert_eq!(table.rows[1].signal_efficiency, "100.0%");
        assert_eq!(table.rows[1].background_efficiency, "42.9%");
        assert_eq!((table.rows[1].s_over_sqrt_b.as_str(), table.rows[1].z_asimov.as_str()), ("1.73", "1.39"));
        // 4μ keeps the 1.0 Higgs event and the 0.5 ZZ one.
        assert_eq!(table.rows[2].yields, ["0", "1.00", "0.50"]);
        assert_eq!((table.rows[2].signal.as_str(), table.rows[2].background.as_str()), ("1.00", "0.50"));
        assert_eq!(table.rows[2].signal_efficiency, "66.7%");
        assert_eq!(table.rows[2].background_efficiency, "66.7%");
        let on_screen = crate::model::yields::YieldTable::from_engine(&engine);
        assert_eq!(table.rows[2].z_asimov, on_screen.z_asimov, "the last row is the yields panel's selection");
    }

    #[test]
    fn the_order_is_the_students_and_hidden_processes_leave_the_sums() {
        labels::set_language(i18n::Lang::En);
        let (engine, cuts) = cut_engine();
        let table = CutFlowTable::of(&engine, &cuts, &[1, 0], &[false, false, true]).unwrap();
        assert_eq!(table.rows[1].cut, "Channel 4μ");
        assert_eq!(table.rows[1].yields, ["2", "1.00", "0.75"]);
        assert_eq!(table.rows[1].background, "0.00", "ZZ is hidden");
        assert_eq!(table.rows[1].background_efficiency, NOT_DEFINED);
        assert_eq!(table.rows[1].z_asimov, NOT_DEFINED);
        assert_eq!(CutFlowTable::of(&engine, &cuts, &[], &[]).unwrap().rows.len(), 1);
    }

    #[test]
    fn a_link_s_cuts_take_the_guided_path_s_order() {
        let (mut manifest, _) = fixtures::four_lepton_engine().cube().clone().into_parts();
        assert!(preferred_order(&manifest, None).is_empty(), "no path, axis order");
        let step = |axis: &str, cut: AxisCut| histcube::GuidedStep {
            text_key: "guide-step".into(),
            axis: Some(axis.into()),
            cut: Some(cut),
        };
        manifest.guided_paths = vec![histcube::GuidedPath {
            id: "find".into(),
            title_key: "guide-find".into(),
            steps: vec![
                step("channel", AxisCut::categories(&["4mu"])),
                step("m4l", AxisCut::range(Some(120.0), Some(140.0))),
                step("channel", AxisCut::categories(&["4e"])),
            ],
        }];
        assert_eq!(preferred_order(&manifest, None), [1, 0]);
        assert_eq!(preferred_order(&manifest, Some(0)), [1, 0]);
        assert!(preferred_order(&manifest, Some(3)).is_empty());
    }

    #[test]
    fn the_csv_has_a_header_in_words_and_machine_numbers() {
        labels::set_language(i18n::Lang::Es);
        let (engine, cuts) = cut_engine();
        let table = CutFlowTable::of(&engine, &cuts, &[0, 1], &[]).unwrap();
        assert_eq!(table.rows[1].signal_efficiency, "100,0\u{a0}%", "the page writes numbers the language's way");
        let csv = table.csv();
        let lines: Vec<&str> = csv.lines().collect();
        labels::set_language(i18n::Lang::En);
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("Corte,"), "{}", lines[0]);
        assert!(lines[0].ends_with(",s/√b,Z (Asimov)"));
        assert_eq!(lines[1], "Sin cortes,4,1.5000,1.7500,1.5000,1.7500,,,1.1339,1.0118");
        assert_eq!(lines[2], "m₄ℓ 120–140 GeV,1,1.5000,0.7500,1.5000,0.7500,1.0000,0.4286,1.7321,1.3942");
        assert!(lines[3].starts_with("Canal 4μ,0,1.0000,0.5000,"));
        assert_eq!(file_name("hzz4l"), "hzz4l-cutflow.csv");
    }
}
