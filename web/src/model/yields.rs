//! The yields panel's rows: per-process yield ± error and raw events, then s, b, data and the
//! significances, all as the engine reports them for the current selection.

use histcube::{DataKind, Engine, Rgb, Role};

use crate::model::labels;
use crate::model::numbers::{fixed, optional_fixed};

/// A number of recorded (or pseudo-data) events: a whole count, written without decimals.
pub fn count(events: f64) -> String {
    labels::number(events.round(), 0)
}

/// One process's line.
#[derive(Clone, Debug, PartialEq)]
pub struct ProcessYield {
    pub process_id: String,
    pub label: String,
    pub role: Role,
    pub color: Rgb,
    /// Σw after every cut; for data, the number of events, a whole number.
    pub value: String,
    /// √Σw².
    pub error: String,
    /// Raw number of events (simulated or recorded) behind the yield, grouped the language's way.
    pub events: String,
    /// A background estimated from data: its raw events are recorded ones, which the panel
    /// says ("73 from data").
    pub data_driven: bool,
}

/// Every number of the yields panel, already written out.
#[derive(Clone, Debug, PartialEq)]
pub struct YieldTable {
    pub processes: Vec<ProcessYield>,
    pub signal: String,
    pub signal_error: String,
    pub background: String,
    pub background_error: String,
    pub data: String,
    pub data_events: String,
    pub s_over_sqrt_b: String,
    pub z_asimov: String,
    /// The Asimov Z as a number, for the significance meter; `None` without background.
    pub z_value: Option<f64>,
}

/// Where the significance meter ends: 5σ, the discovery threshold, fills it.
pub const METER_MAX: f64 = 5.0;

impl YieldTable {
    /// How full the significance meter is, 0 to 1 (Z over [`METER_MAX`], capped).
    pub fn meter_fraction(&self) -> f64 {
        self.z_value.map_or(0.0, |z| (z / METER_MAX).clamp(0.0, 1.0))
    }

    /// What the meter says to a screen reader: "Z = 1.39 σ", or why there is no Z.
    pub fn meter_text(&self) -> String {
        match self.z_value {
            Some(_) => labels::fill("yields-meter-text", &[("z", &self.z_asimov)]),
            None => labels::text("yields-meter-none"),
        }
    }
}

impl YieldTable {
    /// The yields of every process with every cut applied, and their significance.
    pub fn from_engine(engine: &Engine) -> Self {
        Self::with_hidden(engine, &[])
    }

    /// As [`Self::from_engine`], but s, b, data and the significances count only the processes
    /// not hidden (`hidden[p]`, missing entries shown); each process's own row stays.
    pub fn with_hidden(engine: &Engine, hidden: &[bool]) -> Self {
        let manifest = engine.cube().manifest();
        let processes = manifest
            .processes
            .iter()
            .zip(engine.yields())
            .map(|(process, sums)| ProcessYield {
                process_id: process.id.clone(),
                label: if process.role == Role::Data && manifest.data_kind == DataKind::PseudoData {
                    labels::text("process-pseudo_data")
                } else {
                    labels::text(&process.label_key)
                },
                role: process.role,
                color: process.color,
                value: if process.role == Role::Data { count(sums.sumw) } else { fixed(sums.sumw) },
                error: fixed(sums.error()),
                events: count(sums.count as f64),
                data_driven: process.data_driven,
            })
            .collect();
        let enabled: Vec<bool> =
            (0..manifest.processes.len()).map(|p| !hidden.get(p).copied().unwrap_or(false)).collect();
        let significance = engine.significance(&enabled);
        Self {
            processes,
            signal: fixed(significance.s.sumw),
            signal_error: fixed(significance.s.error()),
            background: fixed(significance.b.sumw),
            background_error: fixed(significance.b.error()),
            data: count(significance.data.sumw),
            data_events: count(significance.data.count as f64),
            s_over_sqrt_b: optional_fixed(significance.s_over_sqrt_b),
            z_asimov: optional_fixed(significance.z_asimov),
            z_value: significance.z_asimov,
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::AxisCut;

    use super::*;
    use crate::model::fixtures;

    #[test]
    fn yields_follow_the_cut() {
        let mut engine = fixtures::four_lepton_engine();
        let all = YieldTable::from_engine(&engine);
        assert_eq!(all.data, "4", "data are a count of events");
        assert_eq!(all.processes[0].value, "4");
        assert_eq!(all.data_events, "4");
        assert_eq!((all.signal.as_str(), all.background.as_str()), ("1.50", "1.75"));
        assert_eq!(all.processes[2].events, "4");
        assert_eq!(all.processes[2].label, "ZZ*");
        assert!(all.processes.iter().all(|p| !p.data_driven));

        engine.set_cut(0, &AxisCut::range(Some(120.0), Some(140.0))).unwrap();
        let window = YieldTable::from_engine(&engine);
        assert_eq!(window.data, "1");
        assert_eq!((window.signal.as_str(), window.background.as_str()), ("1.50", "0.75"));
        // √(0.5² + 0.25²) = 0.559…
        assert_eq!(window.background_error, "0.56");
        // s/√b = 1.5/√0.75 = 1.732…; Asimov Z = √(2(2.25 ln 3 − 1.5)) = 1.394…
        assert_eq!(window.s_over_sqrt_b, "1.73");
        assert_eq!(window.z_asimov, "1.39");
        assert_eq!(window.meter_text(), "Z = 1.39 σ");
        assert!((window.meter_fraction() - window.z_value.unwrap() / METER_MAX).abs() < 1e-12);
    }

    #[test]
    fn large_counts_are_grouped_the_languages_way_without_decimals() {
        labels::set_language(i18n::Lang::Es);
        assert_eq!(count(8_013_631.0), "8\u{202f}013\u{202f}631");
        labels::set_language(i18n::Lang::De);
        assert_eq!(count(8_013_631.0), "8.013.631");
        labels::set_language(i18n::Lang::En);
        assert_eq!(count(8_013_631.0), "8013631");
    }

    #[test]
    fn a_background_estimated_from_data_says_its_raw_events_are_recorded() {
        let (mut manifest, cells) = fixtures::four_lepton_engine().cube().clone().into_parts();
        manifest.processes.push(histcube::Process::data_driven_background("reducible"));
        let engine = Engine::new(histcube::Cube::from_parts(manifest, cells).unwrap());
        let table = YieldTable::from_engine(&engine);
        let flags: Vec<bool> = table.processes.iter().map(|p| p.data_driven).collect();
        assert_eq!(flags, [false, false, false, true]);
        assert_eq!(table.processes[3].label, "Reducible background (Z + jets, tt̄), estimated from data");
        assert_eq!(labels::around("yields-raw-from-data", "count"), (String::new(), " from data".to_owned()));
    }

    #[test]
    fn significance_without_background_is_not_a_number_but_a_dash() {
        let mut engine = fixtures::four_lepton_engine();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(100.0))).unwrap();
        engine.set_cut(1, &AxisCut::categories(&["4mu"])).unwrap();
        let table = YieldTable::from_engine(&engine);
        assert_eq!(table.background, "0.00");
        assert_eq!(table.z_asimov, crate::model::numbers::NOT_DEFINED);
        assert_eq!((table.meter_fraction(), table.meter_text().as_str()), (0.0, "Z is not defined without background"));
        let pseudo = YieldTable::from_engine(&fixtures::four_lepton_engine_with(DataKind::PseudoData));
        assert_eq!(pseudo.processes[0].label, "Pseudo-data (simulated)");
    }

    #[test]
    fn hidden_processes_leave_the_sums_but_keep_their_rows() {
        let engine = fixtures::four_lepton_engine();
        let without_zz = YieldTable::with_hidden(&engine, &[false, false, true]);
        assert_eq!((without_zz.signal.as_str(), without_zz.background.as_str()), ("1.50", "0.00"));
        assert_eq!(without_zz.s_over_sqrt_b, crate::model::numbers::NOT_DEFINED);
        assert_eq!(without_zz.processes[2].value, "1.75");
        let without_data = YieldTable::with_hidden(&engine, &[true]);
        assert_eq!((without_data.data.as_str(), without_data.data_events.as_str()), ("0", "0"));
        assert_eq!(without_data.signal, "1.50");
    }
}
