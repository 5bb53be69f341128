//! What the signal-strength panel shows: which axis each analysis fits, with which data, and
//! the fit's outcome as text — μ̂ with its asymmetric errors, Z from q₀, the profile scan to draw
//! and, when the fit cannot be made, the reason in words of the page's language.
//!
//! The fit itself is [`histcube::Engine::fit`] (docs/fit.md); nothing here does statistics.
//! Every text is a message key under `fit-…` in `i18n/<lang>/ui.ftl`, looked up through
//! [`labels`], never the engine's English error text.

use histcube::{DataKind, Engine, FitData, FitError, FitOptions, FitResult, Manifest, Role};

use crate::model::labels;
use crate::model::numbers::fixed;

/// The highest −2Δln L the scan plot shows; the scan spans μ̂ ± 3σ, where it is about 9.
pub const SCAN_Y_CAP: f64 = 10.0;

/// Decimals of μ̂, its errors and Z on the page (and in the end-to-end comparison).
pub const FIT_DECIMALS: usize = 2;

/// The index of the axis `manifest`'s analysis fits on, if its cube names one
/// ([`histcube::FitSetup`], from the analysis file's `fit_axis`).
pub fn fit_axis(manifest: &Manifest) -> Option<usize> {
    manifest.fit_axis_index()
}

/// Whether the cube has data to fit: a data process, recorded or pseudo-data.
pub fn has_data(manifest: &Manifest) -> bool {
    manifest.data_kind != DataKind::None && manifest.processes.iter().any(|p| p.role == Role::Data)
}

/// The fit the panel makes: the cube's data when it has any (real or pseudo-data), otherwise
/// the Asimov data set, which gives the *expected* result and is labelled so.
/// Either way with the normalisation uncertainties the analysis chose.
pub fn fit_options(manifest: &Manifest) -> FitOptions {
    let data = if has_data(manifest) { FitData::Observed } else { FitData::Asimov };
    FitOptions::for_manifest(manifest, data)
}

/// The sentence under the fit naming the backgrounds whose normalisation is uncertain in it
/// (e.g. "Normalisation uncertainties in the fit: Reducible background … ±50 %."), if any.
pub fn norm_uncertainty_note(manifest: &Manifest) -> Option<String> {
    let fit = manifest.fit.as_ref()?;
    let parts: Vec<String> = fit
        .norm_uncertainties
        .iter()
        .filter_map(|norm| {
            let process = &manifest.processes[manifest.process_index(&norm.process)?];
            let name = labels::fill(&process.label_key, &[]);
            Some(fill("fit-norm-part", &[("process", name), ("percent", labels::number(100.0 * norm.relative, 0))]))
        })
        .collect();
    (!parts.is_empty()).then(|| fill("fit-norm-included", &[("backgrounds", parts.join(", "))]))
}

/// Why there is no fit result to show. Each engine error has its own case, so its message is
/// chosen by what went wrong, never by the error's English text.
#[derive(Clone, Debug, PartialEq)]
pub enum FitFailure {
    /// The cube names no discriminant to fit ([`Manifest::fit`]).
    NoFitAxis,
    /// No enabled signal is expected in the fit range.
    NoSignal { axis: String },
    /// Observed data asked of a cube without data (the panel never asks, but the case is named).
    NoData,
    /// A fit bin holds data but no simulated event.
    DataWithoutPrediction { bin: String, observed: String },
    /// Settings the panel never makes (an unknown axis, normalisation uncertainties, bounds).
    Setup,
}

impl FitFailure {
    /// The failure of an engine error; `axis_label` names the fitted axis in the message.
    pub fn from_error(error: &FitError, axis_label: &str) -> Self {
        match error {
            FitError::NoSignal => FitFailure::NoSignal { axis: axis_label.to_owned() },
            FitError::NoData => FitFailure::NoData,
            FitError::DataWithoutPrediction { bin, observed, .. } => {
                FitFailure::DataWithoutPrediction { bin: bin.clone(), observed: crate::model::numbers::edge(*observed) }
            }
            FitError::NoSuchAxis(_) => FitFailure::NoFitAxis,
            FitError::NotABackground(_) | FitError::BadNormUncertainty { .. } | FitError::BadBounds { .. } => {
                FitFailure::Setup
            }
        }
    }

    /// A stable name for tests and styling (`data-error`).
    pub fn code(&self) -> &'static str {
        match self {
            FitFailure::NoFitAxis => "no-fit-axis",
            FitFailure::NoSignal { .. } => "no-signal",
            FitFailure::NoData => "no-data",
            FitFailure::DataWithoutPrediction { .. } => "data-without-prediction",
            FitFailure::Setup => "setup",
        }
    }

    /// The message key and its placeholders.
    pub fn message(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            FitFailure::NoFitAxis => ("fit-error-no-axis", vec![]),
            FitFailure::NoSignal { axis } => ("fit-error-no-signal", vec![("axis", axis.clone())]),
            FitFailure::NoData => ("fit-error-no-data", vec![]),
            FitFailure::DataWithoutPrediction { bin, observed } => {
                ("fit-error-data-without-prediction", vec![("bin", bin.clone()), ("observed", observed.clone())])
            }
            FitFailure::Setup => ("fit-error-setup", vec![]),
        }
    }

    /// The message in the page's language.
    pub fn text(&self) -> String {
        let (key, args) = self.message();
        fill(key, &args)
    }
}

/// A fit's outcome as the panel writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct FitSummary {
    /// μ̂, σ₊ and σ₋ with [`FIT_DECIMALS`] decimals.
    pub mu_hat: String,
    pub sigma_up: String,
    pub sigma_down: String,
    /// Z = √q₀ with [`FIT_DECIMALS`] decimals, "∞" when μ = 0 is impossible.
    pub z: String,
    /// μ = 0 is impossible (data where only signal is expected): Z is infinite, which the panel
    /// explains in a sentence.
    pub z_infinite: bool,
    /// Fitted to the Asimov data set: an expected result, labelled "expected (Asimov)".
    pub expected: bool,
    /// The ±1σ interval reaches a bound of μ on either side.
    pub at_bound: bool,
    /// μ̂ sits at its lower bound (0): the data lie at or below the background alone, so there
    /// is no error downwards to write ("−0.00"), only the interval's upper end, written here.
    pub upper_limit: Option<String>,
    /// Z of the same fit to the Asimov data set (signal + background at μ = 1), the significance
    /// expected if the Standard Model is right; `None` when the fit is itself the Asimov one.
    pub z_expected: Option<String>,
    /// The numbers the scan plot is drawn from.
    pub mu_hat_value: f64,
    pub interval: (f64, f64),
    pub scan: Vec<(f64, f64)>,
}

impl FitSummary {
    pub fn new(result: &FitResult) -> Self {
        Self {
            mu_hat: fixed(result.mu_hat),
            sigma_up: fixed(result.sigma_up),
            sigma_down: fixed(result.sigma_down),
            z: if result.z.is_finite() { fixed(result.z) } else { "∞".to_owned() },
            z_infinite: !result.z.is_finite(),
            expected: result.data == FitData::Asimov,
            at_bound: result.lower_at_bound || result.upper_at_bound,
            upper_limit: at_lower_bound(result).then(|| fixed(result.interval.1)),
            z_expected: None,
            mu_hat_value: result.mu_hat,
            interval: result.interval,
            scan: result.scan.clone(),
        }
    }

    /// Adds the significance expected from the Asimov fit of the same selection.
    pub fn with_expected(mut self, asimov: &FitResult) -> Self {
        self.z_expected = Some(if asimov.z.is_finite() { fixed(asimov.z) } else { "∞".to_owned() });
        self
    }

    /// μ̂ written for the panel: "0.00" with its errors, or at the lower bound "0.00" with the
    /// upper end "μ < 1.33" instead of "−0.00".
    pub fn at_lower_bound_text(&self) -> Option<String> {
        self.upper_limit.as_ref().map(|upper| fill("fit-at-lower-bound", &[("upper", upper.clone())]))
    }

    /// The scan plot in words, its text alternative: where the curve is lowest and where it
    /// crosses the 1σ line.
    pub fn scan_text(&self) -> String {
        let mut text = fill(
            "fit-scan-text",
            &[("mu", self.mu_hat.clone()), ("lower", fixed(self.interval.0)), ("upper", fixed(self.interval.1))],
        );
        if self.at_bound {
            text.push(' ');
            text.push_str(&fill("fit-scan-at-bound", &[]));
        }
        text
    }

    /// The scan as drawn: the points up to [`SCAN_Y_CAP`], a segment that leaves the plot cut
    /// where it crosses the cap, so a curve that shoots up far from μ̂ does not squash the part
    /// around the 1σ line. The profile likelihood falls towards μ̂ from both sides, so what is
    /// left is one piece.
    pub fn scan_curve(&self) -> Vec<(f64, f64)> {
        let points: Vec<(f64, f64)> =
            self.scan.iter().copied().filter(|(x, y)| x.is_finite() && y.is_finite()).collect();
        let mut curve = Vec::with_capacity(points.len());
        for (i, &(x, y)) in points.iter().enumerate() {
            let crossing = |(x0, y0): (f64, f64)| (x0 + (SCAN_Y_CAP - y0) / (y - y0) * (x - x0), SCAN_Y_CAP);
            match i.checked_sub(1).map(|j| points[j]) {
                Some(previous) if (previous.1 > SCAN_Y_CAP) != (y > SCAN_Y_CAP) => curve.push(crossing(previous)),
                _ => {}
            }
            if y <= SCAN_Y_CAP {
                curve.push((x, y));
            }
        }
        curve
    }

    /// The y range of the scan plot: from 0 to a little above the highest point drawn, at
    /// least enough to show the 1σ line.
    pub fn scan_y_max(&self) -> f64 {
        let top = self.scan_curve().iter().map(|(_, y)| *y).fold(0.0, f64::max);
        (top * 1.08).max(1.5)
    }

    /// The x range of the scan plot (μ): what [`scan_curve`](Self::scan_curve) covers, never empty.
    pub fn scan_x_range(&self) -> (f64, f64) {
        let curve = self.scan_curve();
        let (low, high) =
            curve.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (x, _)| (lo.min(*x), hi.max(*x)));
        if low.is_finite() && high > low {
            (low, high)
        } else {
            (self.mu_hat_value - 1.0, self.mu_hat_value + 1.0)
        }
    }
}

/// Whether μ̂ is at the lower bound of the values μ may take (the fit's lower bound is 0, or
/// pyhf's 1e-10): the minimiser stopped there with the interval reaching it.
fn at_lower_bound(result: &FitResult) -> bool {
    let (lower, upper) = result.mu_bounds;
    result.lower_at_bound && result.mu_hat - lower <= 1e-6 * (upper - lower).abs().max(1.0)
}

/// The panel's state after a change of cuts or hidden processes.
#[derive(Clone, Debug, PartialEq)]
pub enum FitOutcome {
    Fitted(FitSummary),
    Failed(FitFailure),
}

impl FitOutcome {
    /// Fits μ on the analysis's axis under the engine's current cuts, leaving out the hidden
    /// processes (`hidden[p]`, as in the yields; data is always fitted).
    pub fn compute(engine: &Engine, hidden: &[bool]) -> Self {
        let manifest = engine.cube().manifest();
        let Some(axis) = fit_axis(manifest) else { return FitOutcome::Failed(FitFailure::NoFitAxis) };
        let enabled: Vec<bool> =
            (0..manifest.processes.len()).map(|p| !hidden.get(p).copied().unwrap_or(false)).collect();
        let options = fit_options(manifest);
        match engine.fit(axis, &enabled, &options) {
            // Beside the observed Z, the Z expected if the Standard Model is right: a pseudo-data
            // set drawn low shows "no Higgs" without saying that such a result can happen.
            Ok(result) if result.data == FitData::Observed => {
                let summary = FitSummary::new(&result);
                // Only its Z is read: no profile scan (41 more fits on every cut step).
                let expected = FitOptions { scan_points: 0, ..FitOptions::for_manifest(manifest, FitData::Asimov) };
                match engine.fit(axis, &enabled, &expected) {
                    Ok(asimov) => FitOutcome::Fitted(summary.with_expected(&asimov)),
                    Err(_) => FitOutcome::Fitted(summary),
                }
            }
            Ok(result) => FitOutcome::Fitted(FitSummary::new(&result)),
            Err(error) => {
                let label = labels::short(&labels::fill(&manifest.axes[axis].label_key, &[])).to_owned();
                FitOutcome::Failed(FitFailure::from_error(&error, &label))
            }
        }
    }
}

/// The file name of the workspace download: `<analysis>-workspace.json`.
pub fn workspace_file_name(analysis_id: &str) -> String {
    format!("{analysis_id}-workspace.json")
}

/// The explanation under the numbers: what μ and its scan mean, and Z from q₀.
pub fn explanation() -> String {
    fill("fit-explain", &[])
}

/// A message with its placeholders filled with ready-written values.
pub fn fill(key: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
    labels::fill(key, &values)
}

/// Every message key the panel uses, so a test can check that each language has them.
pub const MESSAGE_KEYS: &[&str] = &[
    "fit-heading",
    "fit-mu",
    "fit-mu-limit",
    "fit-z",
    "fit-z-expected",
    "fit-z-infinite",
    "fit-at-lower-bound",
    "fit-fluctuation-pseudo",
    "fit-fluctuation-real",
    "fit-axis",
    "fit-norm-included",
    "fit-norm-part",
    "fit-expected",
    "fit-expected-hint",
    "fit-error-no-axis",
    "fit-error-no-signal",
    "fit-error-no-data",
    "fit-error-data-without-prediction",
    "fit-error-setup",
    "fit-scan-heading",
    "fit-scan-aria",
    "fit-scan-text",
    "fit-scan-at-bound",
    "fit-scan-x",
    "fit-scan-y",
    "fit-download",
    "fit-download-title",
    "fit-download-failed",
    "fit-explain-summary",
    "fit-explain",
];

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::AxisCut;

    use super::*;
    use crate::model::fixtures::{four_lepton_engine, four_lepton_engine_with};

    #[test]
    fn the_cube_names_the_axis_it_is_fitted_on() {
        let engine = four_lepton_engine();
        assert_eq!(fit_axis(engine.cube().manifest()), Some(0), "the fixture fits m4l, its first axis");
        let mut without = engine.cube().manifest().clone();
        without.fit = None;
        assert_eq!(fit_axis(&without), None);
        let engine = Engine::new(engine.cube().clone().with_manifest(without).unwrap());
        assert_eq!(FitOutcome::compute(&engine, &[]), FitOutcome::Failed(FitFailure::NoFitAxis));
    }

    #[test]
    fn the_analysis_normalisation_uncertainties_enter_the_fit_and_are_named() {
        let plain = four_lepton_engine();
        assert_eq!(norm_uncertainty_note(plain.cube().manifest()), None);
        let mut manifest = plain.cube().manifest().clone();
        let norm = histcube::NormUncertainty { process: "zz".into(), relative: 0.3 };
        manifest.fit.as_mut().unwrap().norm_uncertainties.push(norm);
        let engine = Engine::new(plain.cube().clone().with_manifest(manifest).unwrap());
        let manifest = engine.cube().manifest();
        assert_eq!(fit_options(manifest).norm_uncertainties.get("zz"), Some(&0.3));
        let note = norm_uncertainty_note(manifest).expect("ZZ's normalisation is uncertain");
        assert!(note.contains("30"), "{note}");
        // The Asimov data: the fixture's overflow data event has no prediction to fit it.
        let with_norm = engine.fit(0, &[true; 3], &FitOptions::for_manifest(manifest, FitData::Asimov)).unwrap();
        let stat_only = plain.fit(0, &[true; 3], &FitOptions::asimov()).unwrap();
        assert!(with_norm.sigma > stat_only.sigma, "the normsys widens the interval");
    }

    #[test]
    fn a_cube_with_data_is_fitted_to_it_and_one_without_to_the_expectation() {
        for (kind, data) in [
            (DataKind::Real, FitData::Observed),
            (DataKind::PseudoData, FitData::Observed),
            (DataKind::None, FitData::Asimov),
        ] {
            let engine = four_lepton_engine_with(kind);
            assert_eq!(fit_options(engine.cube().manifest()).data, data, "{kind:?}");
        }
        let FitOutcome::Fitted(expected) = FitOutcome::compute(&four_lepton_engine_with(DataKind::None), &[]) else {
            panic!("the Asimov fit of the fixture works")
        };
        assert!(expected.expected);
        assert_eq!(expected.mu_hat, "1.00", "the Asimov data set gives μ̂ = 1");
    }

    #[test]
    fn the_summary_shows_the_engines_numbers() {
        let mut engine = four_lepton_engine();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(140.0))).unwrap();
        let result = engine.fit(0, &[true; 3], &FitOptions::observed()).unwrap();
        let FitOutcome::Fitted(summary) = FitOutcome::compute(&engine, &[]) else { panic!("a fit") };
        assert_eq!(summary.mu_hat, fixed(result.mu_hat));
        assert_eq!(summary.sigma_up, fixed(result.sigma_up));
        assert_eq!(summary.sigma_down, fixed(result.sigma_down));
        assert_eq!(summary.z, fixed(result.z));
        assert!(!summary.expected);
        assert_eq!(summary.scan.len(), result.scan.len());
        let (low, high) = summary.scan_x_range();
        assert!(low < summary.mu_hat_value && summary.mu_hat_value < high || summary.mu_hat_value == low);
        assert!(summary.scan_y_max() >= 1.5);
    }

    #[test]
    fn hiding_the_signal_is_explained_not_a_number() {
        let engine = four_lepton_engine();
        let outcome = FitOutcome::compute(&engine, &[false, true, false]);
        let FitOutcome::Failed(failure) = outcome else { panic!("no signal left to fit") };
        assert_eq!(failure.code(), "no-signal");
        assert_eq!(failure.message().0, "fit-error-no-signal");
        assert_eq!(failure.message().1, vec![("axis", "m₄ℓ".to_owned())]);
    }

    #[test]
    fn data_where_nothing_is_simulated_asks_to_narrow_the_range() {
        // The fixture's data event at 200 GeV sits in m4l's overflow, where nothing is simulated.
        let engine = four_lepton_engine();
        let FitOutcome::Failed(failure) = FitOutcome::compute(&engine, &[]) else {
            panic!("the overflow has data only")
        };
        assert_eq!(
            failure,
            FitFailure::DataWithoutPrediction { bin: "[160, inf)".to_owned(), observed: "1".to_owned() }
        );
        assert_eq!(failure.code(), "data-without-prediction");
        assert_eq!(failure.message().0, "fit-error-data-without-prediction");
    }

    #[test]
    fn every_engine_error_has_its_own_message() {
        let cases = [
            (FitError::NoSuchAxis(7), "fit-error-no-axis"),
            (FitError::NoData, "fit-error-no-data"),
            (FitError::NoSignal, "fit-error-no-signal"),
            (
                FitError::DataWithoutPrediction { axis: "m4l".into(), bin: "[80, 85)".into(), observed: 2.0 },
                "fit-error-data-without-prediction",
            ),
            (FitError::NotABackground("hzz".into()), "fit-error-setup"),
            (FitError::BadNormUncertainty { process: "zz".into(), value: 2.0 }, "fit-error-setup"),
            (FitError::BadBounds { lower: 1.0, upper: 0.0 }, "fit-error-setup"),
        ];
        for (error, key) in cases {
            let failure = FitFailure::from_error(&error, "m₄ℓ");
            assert_eq!(failure.message().0, key, "{error:?}");
            // The page never shows the engine's English sentence.
            assert_ne!(failure.text(), error.to_string());
        }
    }

    #[test]
    fn an_infinite_significance_reads_as_infinity() {
        let mut engine = four_lepton_engine();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(140.0))).unwrap();
        let mut result = engine.fit(0, &[true; 3], &FitOptions::observed()).unwrap();
        result.z = f64::INFINITY;
        let summary = FitSummary::new(&result);
        assert_eq!(summary.z, "∞");
        assert!(summary.z_infinite);
    }

    #[test]
    fn the_scan_plot_keeps_the_part_around_the_minimum() {
        let mut engine = four_lepton_engine();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(140.0))).unwrap();
        let result = engine.fit(0, &[true; 3], &FitOptions::observed()).unwrap();
        let mut summary = FitSummary::new(&result);
        summary.scan = vec![(0.0, 50.0), (1.0, 4.0), (2.0, 0.0), (3.0, 1.0), (4.0, 12.0), (5.0, f64::NAN)];
        let curve = summary.scan_curve();
        // 50 → 4 crosses 10 at x = 1 − 6/46; 1 → 12 crosses it at x = 3 + 9/11.
        assert_eq!(curve.len(), 5);
        assert!((curve[0].0 - (1.0 - 6.0 / 46.0)).abs() < 1e-12 && curve[0].1 == SCAN_Y_CAP);
        assert_eq!(&curve[1..4], &[(1.0, 4.0), (2.0, 0.0), (3.0, 1.0)]);
        assert!((curve[4].0 - (3.0 + 9.0 / 11.0)).abs() < 1e-12 && curve[4].1 == SCAN_Y_CAP);
        assert_eq!(summary.scan_x_range(), (curve[0].0, curve[4].0));
        assert!((summary.scan_y_max() - 10.8).abs() < 1e-12);
    }

    #[test]
    fn an_observed_fit_shows_the_expected_significance_beside_it() {
        let mut engine = four_lepton_engine();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(140.0))).unwrap();
        let asimov = engine.fit(0, &[true; 3], &FitOptions::asimov()).unwrap();
        let FitOutcome::Fitted(summary) = FitOutcome::compute(&engine, &[]) else { panic!("a fit") };
        assert_eq!(summary.z_expected, Some(fixed(asimov.z)));
        let FitOutcome::Fitted(expected) = FitOutcome::compute(&four_lepton_engine_with(DataKind::None), &[]) else {
            panic!("the Asimov fit")
        };
        assert_eq!(expected.z_expected, None, "an Asimov fit is already the expectation");
    }

    #[test]
    fn mu_hat_at_its_lower_bound_reads_as_an_upper_end_not_minus_zero() {
        // 4e, 80–140 GeV: the signal expects 0.5 events at 125 GeV, where there are no data, so
        // the best μ is at its bound, 0.
        let mut engine = four_lepton_engine();
        engine.set_cut(1, &AxisCut::categories(&["4e"])).unwrap();
        engine.set_cut(0, &AxisCut::range(Some(80.0), Some(140.0))).unwrap();
        let result = engine.fit(0, &[true; 3], &FitOptions::observed()).unwrap();
        assert!(result.lower_at_bound && result.mu_hat < 1e-6, "{result:?}");
        let FitOutcome::Fitted(summary) = FitOutcome::compute(&engine, &[]) else { panic!("a fit") };
        let upper = fixed(result.interval.1);
        assert_eq!(summary.upper_limit.as_deref(), Some(upper.as_str()));
        let text = summary.at_lower_bound_text().unwrap();
        assert!(text.contains(&format!("μ < {upper}")) && text.contains("lower bound"), "{text}");

        // Away from the bound there is no limit to write.
        engine.set_cut(1, &AxisCut::categories(&["4e", "4mu", "2e2mu"])).unwrap();
        let FitOutcome::Fitted(central) = FitOutcome::compute(&engine, &[]) else { panic!("a fit") };
        assert_eq!((central.at_lower_bound_text(), central.upper_limit), (None, None));
    }

    #[test]
    fn the_workspace_download_is_named_after_the_analysis() {
        assert_eq!(workspace_file_name("ttz"), "ttz-workspace.json");
    }

    /// Each message the panel uses is in every language's `ui.ftl` (the i18n crate's
    /// completeness test then checks the placeholders against English).
    #[test]
    fn every_message_is_in_every_language() {
        let files = [
            ("en", include_str!("../../../i18n/en/ui.ftl")),
            ("es", include_str!("../../../i18n/es/ui.ftl")),
            ("fr", include_str!("../../../i18n/fr/ui.ftl")),
            ("pt", include_str!("../../../i18n/pt/ui.ftl")),
            ("it", include_str!("../../../i18n/it/ui.ftl")),
            ("de", include_str!("../../../i18n/de/ui.ftl")),
        ];
        for (lang, text) in files {
            for key in MESSAGE_KEYS {
                assert!(
                    text.lines().any(|line| line.starts_with(&format!("{key} ="))),
                    "i18n/{lang}/ui.ftl lacks `{key}`"
                );
            }
        }
    }
}
