//! A HistFactory-style binned likelihood fit of the signal strength μ on one axis of the cube,
//! under the engine's current cuts — the same model pyhf builds from [`FitModel::pyhf_workspace`].
//!
//! In every bin `i` of the fit range the expected count is
//!
//! ```text
//! λᵢ(μ, γᵢ, α) = μ·sᵢ + γᵢ · Σ_k bᵢₖ · κₖ(αₖ)
//! ```
//!
//! with `sᵢ` the summed signal processes (pyhf `normfactor` "mu"), `bᵢₖ` each background, `γᵢ`
//! one shared per-bin factor for the simulation's statistical uncertainty (pyhf `staterror`:
//! Gaussian constraint of width σᵢ = √(Σₖ Σw²ᵢₖ) / Σₖ bᵢₖ around 1) and `κₖ` an optional
//! normalisation uncertainty `x` of background `k` (pyhf `normsys` with hi = 1+x, lo = 1−x and
//! the interpolation a pyhf 0.7 model uses by default, "code 4": κ = (1+x)^α for α ≥ 1,
//! (1−x)^(−α) for α ≤ −1 and a sixth-order polynomial in between that joins them with continuous
//! first and second derivatives; unit Gaussian constraint on α). The negative log-likelihood is
//!
//! ```text
//! −ln L = Σᵢ (λᵢ − nᵢ ln λᵢ) + Σᵢ (γᵢ − 1)² / (2σᵢ²) + Σₖ αₖ² / 2 + const.
//! ```
//!
//! **Profiling γ in closed form.** For fixed μ and α, write S = μsᵢ and B = Σₖ bᵢₖκₖ. Setting
//! ∂/∂γ of one bin's terms to zero and multiplying by (S + γB)σ² gives the quadratic
//! `Bγ² + (B²σ² + S − B)γ + (Bσ²(S − n) − S) = 0`. The bin's terms are strictly convex in γ on
//! the domain S + γB > 0, and at the domain's edge γ₀ = −S/B the quadratic equals −nBσ² ≤ 0, so
//! the larger root is the unique minimum (for n = 0 the roots are γ₀ and 1 − Bσ²). Clamping it to
//! pyhf's bounds [1e-10, 10] gives the bounded minimum, by convexity. What is left is a problem in
//! μ and the few α, solved by projected Newton steps with analytic gradients and the Hessian of
//! the profiled function (the Schur complement over the γ's).
//!
//! **Results.** μ̂; the profile-likelihood interval where −2Δln L = 1 on each side (found by a
//! safeguarded Newton root search; when the curve does not reach 1 before a bound of μ, the
//! interval stops at the bound and says so); the discovery test statistic q₀ = −2 ln λ(0) for
//! μ̂ > 0 and 0 otherwise (Cowan, Cranmer, Gross, Vitells, Eur. Phys. J. C 71 (2011) 1554, eq. 12),
//! Z = √q₀; and a profile scan for plotting.
//!
//! Bins of the fit range where nothing is expected and nothing observed are left out; a bin
//! with data but nothing expected cannot be described by the model and is an error. Negative
//! per-bin yields (from negative simulation weights) are taken as zero, with no statistical
//! uncertainty, in the fit and in the export alike.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::axis::BinSpan;
use crate::engine::Engine;
use crate::manifest::DataKind;
use crate::process::Role;

/// Bounds of each staterror γ, as pyhf 0.7 sets them.
pub const GAMMA_BOUNDS: (f64, f64) = (1e-10, 10.0);
/// Bounds of each normsys α, as pyhf 0.7 sets them.
pub const ALPHA_BOUNDS: (f64, f64) = (-5.0, 5.0);
/// Points of the profile scan [`FitOptions::default`] asks for.
pub const DEFAULT_SCAN_POINTS: usize = 41;
/// The scan covers μ̂ − 3σ₋ … μ̂ + 3σ₊ (within the bounds of μ): −2Δln L up to about 9.
pub const SCAN_WIDTH_SIGMAS: f64 = 3.0;

/// Which counts the fit is compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FitData {
    /// The cube's data processes (recorded or pseudo-data, as the manifest's `data_kind` says).
    Observed,
    /// The "Asimov" data set: exactly the nominal expectation s + b (μ = 1, every nuisance
    /// parameter at its nominal value). Fitting it gives the *expected* result — μ̂ = 1, the
    /// expected uncertainty and the median expected significance — for cubes without data.
    Asimov,
}

/// What to fit and how.
#[derive(Clone, Debug, PartialEq)]
pub struct FitOptions {
    pub data: FitData,
    /// Relative normalisation uncertainty per background process id (0.1 = ±10 %), each a pyhf
    /// `normsys` named `norm_<process>`. Must lie in [0, 1); zero means none.
    pub norm_uncertainties: BTreeMap<String, f64>,
    /// Bounds of μ; `None` chooses [0, max(10, ⌈2·max(n, s+b)/s⌉)] (totals over the fit range),
    /// wide enough that the profile interval closes inside it in any realistic selection.
    /// The lower bound must not be above 0 (q₀ compares with μ = 0).
    pub mu_bounds: Option<(f64, f64)>,
    /// Points of the profile scan in [`FitResult::scan`] (0 for none).
    pub scan_points: usize,
    /// Whether the simulation's statistical uncertainty (√Σw² per bin, the `staterror`) enters
    /// the likelihood. `false` takes every simulated yield as exact (a background estimated from
    /// recorded events keeps its own): comparing the two shows how much a result is held back
    /// by the number of simulated events rather than by the data.
    pub simulation_statistics: bool,
}

impl Default for FitOptions {
    fn default() -> Self {
        Self {
            data: FitData::Observed,
            norm_uncertainties: BTreeMap::new(),
            mu_bounds: None,
            scan_points: DEFAULT_SCAN_POINTS,
            simulation_statistics: true,
        }
    }
}

impl FitOptions {
    /// Observed data, no normalisation uncertainties, automatic bounds, the default scan.
    pub fn observed() -> Self {
        Self::default()
    }

    /// The Asimov data set (s + b at μ = 1): the expected result.
    pub fn asimov() -> Self {
        Self { data: FitData::Asimov, ..Self::default() }
    }

    /// The fit the cube's analysis chose ([`crate::manifest::FitSetup`]): its normalisation
    /// uncertainties (none if it chose no fit), fitted to `data`.
    pub fn for_manifest(manifest: &crate::Manifest, data: FitData) -> Self {
        let norm_uncertainties = manifest
            .fit
            .iter()
            .flat_map(|fit| &fit.norm_uncertainties)
            .map(|norm| (norm.process.clone(), norm.relative))
            .collect();
        Self { data, norm_uncertainties, ..Self::default() }
    }
}

/// Why a fit could not be set up.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FitError {
    #[error("there is no axis number {0}")]
    NoSuchAxis(usize),
    #[error("the cube has no data to fit; fit the Asimov data set (the expectation) instead")]
    NoData,
    #[error("no signal is expected in the fit range, so there is no signal strength to measure")]
    NoSignal,
    #[error("bin {bin} of `{axis}` holds {observed} data events but no simulated events: the model cannot describe it; narrow the fit range")]
    DataWithoutPrediction { axis: String, bin: String, observed: f64 },
    #[error("`{0}` is not a background process of this cube")]
    NotABackground(String),
    #[error("the normalisation uncertainty of `{process}` must be at least 0 and below 1, not {value}")]
    BadNormUncertainty { process: String, value: f64 },
    #[error("the bounds of μ [{lower}, {upper}] must be finite, with lower ≤ 0 < upper")]
    BadBounds { lower: f64, upper: f64 },
}

/// One process's contribution to the fit bins.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FitSample {
    /// Process id.
    pub id: String,
    /// Expected events per fit bin (Σw, negative sums taken as zero).
    pub nominal: Vec<f64>,
    /// √Σw² per fit bin (zero where the nominal is zero).
    pub stat_error: Vec<f64>,
    /// Relative normalisation uncertainty (backgrounds only).
    pub norm_uncertainty: Option<f64>,
}

/// The likelihood of one fit: what [`Engine::fit_model`] reads from the cube. Fit it with
/// [`FitModel::fit`], export it with [`FitModel::pyhf_workspace`]. Read-only: a different
/// selection is a new model.
#[derive(Clone, Debug, PartialEq)]
pub struct FitModel {
    analysis: String,
    axis: String,
    bins: Vec<usize>,
    bin_labels: Vec<String>,
    signals: Vec<FitSample>,
    backgrounds: Vec<FitSample>,
    observed: Vec<f64>,
    data: FitData,
    mu_bounds: (f64, f64),
    core: Core,
}

impl FitModel {
    /// The cube's analysis id.
    pub fn analysis(&self) -> &str {
        &self.analysis
    }

    /// Id of the discriminant axis; the pyhf channel's name.
    pub fn axis(&self) -> &str {
        &self.axis
    }

    /// The axis's bin numbers (flow bins included, as in [`Engine::histogram`]) in the fit.
    pub fn bins(&self) -> &[usize] {
        &self.bins
    }

    /// Each fit bin as text: `[lower, upper)` or the category.
    pub fn bin_labels(&self) -> &[String] {
        &self.bin_labels
    }

    /// Signal processes, all scaled by μ.
    pub fn signals(&self) -> &[FitSample] {
        &self.signals
    }

    pub fn backgrounds(&self) -> &[FitSample] {
        &self.backgrounds
    }

    /// Counts fitted, per fit bin.
    pub fn observed(&self) -> &[f64] {
        &self.observed
    }

    pub fn data(&self) -> FitData {
        self.data
    }

    pub fn mu_bounds(&self) -> (f64, f64) {
        self.mu_bounds
    }
}

/// A fit's outcome. All of −2Δln L is relative to the best fit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FitResult {
    /// Best-fit signal strength μ̂.
    pub mu_hat: f64,
    /// μ̂ − (lower end of the interval where −2Δln L ≤ 1).
    pub sigma_down: f64,
    /// (upper end of that interval) − μ̂.
    pub sigma_up: f64,
    /// (σ₋ + σ₊) / 2, for a one-number display.
    pub sigma: f64,
    /// The interval's ends.
    pub interval: (f64, f64),
    /// −2Δln L stays below 1 down to the lower bound of μ: the interval stops there.
    pub lower_at_bound: bool,
    /// −2Δln L stays below 1 up to the upper bound of μ: the interval stops there.
    pub upper_at_bound: bool,
    /// Discovery test statistic q₀ (0 when μ̂ ≤ 0; infinite when μ = 0 is impossible, i.e. data
    /// where only signal is expected).
    pub q0: f64,
    /// Discovery significance Z = √q₀.
    pub z: f64,
    /// Best-fit normalisation pulls α̂ per background with a normalisation uncertainty.
    pub norm_pulls: Vec<(String, f64)>,
    /// (μ, −2Δln L) from μ̂ − 3σ₋ to μ̂ + 3σ₊ within the bounds, for the scan plot.
    pub scan: Vec<(f64, f64)>,
    /// Totals over the fit bins: expected signal at μ = 1, expected background, counts fitted.
    pub signal: f64,
    pub background: f64,
    pub observed: f64,
    pub n_bins: usize,
    pub mu_bounds: (f64, f64),
    pub data: FitData,
}

impl Engine {
    /// The likelihood model of a fit of μ on `axis` with every current cut applied (the axis's
    /// own too: the fit range is the bins inside it). `enabled[p]` false leaves signal or
    /// background process `p` out, as in [`Engine::significance`]; data is always used.
    pub fn fit_model(&self, axis: usize, enabled: &[bool], options: &FitOptions) -> Result<FitModel, FitError> {
        let manifest = self.cube().manifest();
        let ax = manifest.axes.get(axis).ok_or(FitError::NoSuchAxis(axis))?;
        for (id, &value) in &options.norm_uncertainties {
            match manifest.process_index(id) {
                Some(p) if manifest.processes[p].role == Role::Background => {}
                _ => return Err(FitError::NotABackground(id.clone())),
            }
            if !(0.0..1.0).contains(&value) {
                return Err(FitError::BadNormUncertainty { process: id.clone(), value });
            }
        }
        let on = |p: usize| enabled.get(p).copied().unwrap_or(true);
        let n_bins = ax.n_bins();
        let clamp = |h: Vec<crate::Sums>| -> (Vec<f64>, Vec<f64>) {
            h.iter().map(|b| if b.sumw > 0.0 { (b.sumw, b.error()) } else { (0.0, 0.0) }).unzip()
        };
        let mut signals = Vec::new();
        let mut backgrounds = Vec::new();
        let mut data = vec![0.0; n_bins];
        let mut has_data = false;
        for (p, process) in manifest.processes.iter().enumerate() {
            match process.role {
                Role::Data => {
                    has_data = true;
                    for (d, b) in data.iter_mut().zip(self.histogram_in_cut(axis, p)) {
                        *d += b.sumw.max(0.0);
                    }
                }
                Role::Signal | Role::Background if on(p) => {
                    let (nominal, mut stat_error) = clamp(self.histogram_in_cut(axis, p));
                    // A background estimated from recorded events keeps its uncertainty: that is
                    // the data's statistics, not the simulation's.
                    if !options.simulation_statistics && !process.data_driven {
                        stat_error.fill(0.0);
                    }
                    let norm_uncertainty = options.norm_uncertainties.get(&process.id).copied().filter(|x| *x > 0.0);
                    let sample = FitSample { id: process.id.clone(), nominal, stat_error, norm_uncertainty };
                    if process.role == Role::Signal {
                        signals.push(sample);
                    } else {
                        backgrounds.push(sample);
                    }
                }
                _ => {}
            }
        }
        let expected = |b: usize| signals.iter().chain(&backgrounds).map(|s| s.nominal[b]).sum::<f64>();
        let observed_full: Vec<f64> = match options.data {
            FitData::Observed => {
                if !has_data || manifest.data_kind == DataKind::None {
                    return Err(FitError::NoData);
                }
                data
            }
            FitData::Asimov => (0..n_bins).map(expected).collect(),
        };
        let kept = self.cut_mask(axis);
        if !signals.iter().any(|s| s.nominal.iter().zip(kept).any(|(x, a)| *a && *x > 0.0)) {
            return Err(FitError::NoSignal);
        }
        let mut bins = Vec::new();
        for b in 0..n_bins {
            if !kept[b] {
                continue;
            }
            let (e, n) = (expected(b), observed_full[b]);
            if e > 0.0 {
                bins.push(b);
            } else if n > 0.0 {
                return Err(FitError::DataWithoutPrediction {
                    axis: ax.id.clone(),
                    bin: bin_label(ax, b),
                    observed: n,
                });
            }
        }
        let pick = |v: &[f64]| bins.iter().map(|&b| v[b]).collect::<Vec<f64>>();
        let restrict = |samples: Vec<FitSample>| -> Vec<FitSample> {
            samples
                .into_iter()
                .map(|s| FitSample { nominal: pick(&s.nominal), stat_error: pick(&s.stat_error), ..s })
                .filter(|s| s.nominal.iter().any(|x| *x > 0.0))
                .collect()
        };
        let signals = restrict(signals);
        let backgrounds = restrict(backgrounds);
        if signals.is_empty() {
            return Err(FitError::NoSignal);
        }
        let observed = pick(&observed_full);
        let s_total: f64 = signals.iter().flat_map(|s| &s.nominal).sum();
        let b_total: f64 = backgrounds.iter().flat_map(|s| &s.nominal).sum();
        let n_total: f64 = observed.iter().sum();
        let mu_bounds = match options.mu_bounds {
            Some((lower, upper)) => {
                if !(lower.is_finite() && upper.is_finite() && lower <= 0.0 && upper > 0.0) {
                    return Err(FitError::BadBounds { lower, upper });
                }
                (lower, upper)
            }
            None => (0.0, (2.0 * n_total.max(s_total + b_total) / s_total).ceil().max(10.0)),
        };
        let bin_labels = bins.iter().map(|&b| bin_label(ax, b)).collect();
        let core = Core::new(&signals, &backgrounds, &observed, mu_bounds);
        Ok(FitModel {
            analysis: manifest.analysis_id.clone(),
            axis: ax.id.clone(),
            bins,
            bin_labels,
            signals,
            backgrounds,
            observed,
            data: options.data,
            mu_bounds,
            core,
        })
    }

    /// [`fit_model`](Self::fit_model) then [`FitModel::fit`] with `options.scan_points`.
    pub fn fit(&self, axis: usize, enabled: &[bool], options: &FitOptions) -> Result<FitResult, FitError> {
        Ok(self.fit_model(axis, enabled, options)?.fit(options.scan_points))
    }

    /// The same model as a pyhf JSON workspace (see [`FitModel::pyhf_workspace`]).
    pub fn pyhf_workspace(
        &self,
        axis: usize,
        enabled: &[bool],
        options: &FitOptions,
    ) -> Result<serde_json::Value, FitError> {
        Ok(self.fit_model(axis, enabled, options)?.pyhf_workspace())
    }
}

fn bin_label(axis: &crate::Axis, bin: usize) -> String {
    match axis.span(bin) {
        BinSpan::Interval { lower, upper } => format!("[{lower}, {upper})"),
        BinSpan::Category(i) => axis.categories()[i].id.clone(),
        BinSpan::OtherCategory => "other".to_owned(),
    }
}

impl FitModel {
    /// Fits μ and returns μ̂, its profile-likelihood interval, q₀, Z and a profile scan of
    /// `scan_points` points.
    pub fn fit(&self, scan_points: usize) -> FitResult {
        let c = &self.core;
        let (lo, hi) = self.mu_bounds;
        let best = c.best_fit();
        let mu_hat = best.theta[0];
        let nll_hat = best.nll;
        let curvature_sigma = c.curvature_sigma(&best.theta);
        let mut alpha = best.theta[1..].to_vec();
        // Upper end of the interval.
        let (upper, upper_at_bound) = if mu_hat >= hi {
            (hi, true)
        } else {
            let at_hi = c.profile(hi, &mut alpha.clone());
            if 2.0 * (at_hi - nll_hat) <= 1.0 {
                (hi, true)
            } else {
                (c.crossing(nll_hat, mu_hat, hi, mu_hat + curvature_sigma, &mut alpha), false)
            }
        };
        alpha.copy_from_slice(&best.theta[1..]);
        let (lower, lower_at_bound) = if mu_hat <= lo {
            (lo, true)
        } else {
            let at_lo = c.profile(lo, &mut alpha.clone());
            if 2.0 * (at_lo - nll_hat) <= 1.0 {
                (lo, true)
            } else {
                (c.crossing(nll_hat, mu_hat, lo, mu_hat - curvature_sigma, &mut alpha), false)
            }
        };
        let q0 = if mu_hat > 0.0 {
            alpha.copy_from_slice(&best.theta[1..]);
            (2.0 * (c.profile(0.0, &mut alpha) - nll_hat)).max(0.0)
        } else {
            0.0
        };
        let (sigma_down, sigma_up) = (mu_hat - lower, upper - mu_hat);
        let mut result = FitResult {
            mu_hat,
            sigma_down,
            sigma_up,
            sigma: 0.5 * (sigma_down + sigma_up),
            interval: (lower, upper),
            lower_at_bound,
            upper_at_bound,
            q0,
            z: q0.sqrt(),
            norm_pulls: c.sys.iter().zip(&best.theta[1..]).map(|(s, a)| (format!("norm_{}", s.id), *a)).collect(),
            scan: Vec::new(),
            signal: c.s.iter().sum(),
            background: c.b_fixed.iter().sum::<f64>() + c.sys.iter().flat_map(|s| &s.b).sum::<f64>(),
            observed: c.n.iter().sum(),
            n_bins: self.bins.len(),
            mu_bounds: self.mu_bounds,
            data: self.data,
        };
        if scan_points > 0 {
            let width = |s: f64| if s > 0.0 { s } else { curvature_sigma };
            let from = (mu_hat - SCAN_WIDTH_SIGMAS * width(sigma_down)).max(lo);
            let to = (mu_hat + SCAN_WIDTH_SIGMAS * width(sigma_up)).min(hi);
            result.scan = self.profile_scan(&result, from, to, scan_points);
        }
        result
    }

    /// −2Δln L relative to `best`'s minimum at `points` values of μ evenly from `from` to `to`
    /// (clamped to the bounds of μ), with every nuisance parameter profiled. Points where the
    /// likelihood vanishes (μ = 0 with data only signal can explain) are left out.
    pub fn profile_scan(&self, best: &FitResult, from: f64, to: f64, points: usize) -> Vec<(f64, f64)> {
        let c = &self.core;
        let nll_hat = c.profile(best.mu_hat, &mut c.alpha_start(best));
        let (lo, hi) = self.mu_bounds;
        let (from, to) = (from.clamp(lo, hi), to.clamp(lo, hi));
        let mut alpha = c.alpha_start(best);
        let mut previous: Option<Vec<f64>> = None;
        let mut out = Vec::with_capacity(points);
        for i in 0..points {
            let mu = if points == 1 { from } else { from + (to - from) * i as f64 / (points - 1) as f64 };
            let v = 2.0 * (c.profile_to(mu, &mut alpha, SCAN) - nll_hat);
            if v.is_finite() {
                out.push((mu, v.max(0.0)));
            }
            // Start the next point from the straight-line extrapolation of the last two: one
            // Newton step fewer per point.
            let here = alpha.clone();
            if let Some(before) = &previous {
                for (a, b) in alpha.iter_mut().zip(before) {
                    *a = (2.0 * *a - b).clamp(ALPHA_BOUNDS.0, ALPHA_BOUNDS.1);
                }
            }
            previous = Some(here);
        }
        out
    }

    /// −2 ln L at `mu` with every nuisance parameter profiled, up to a constant (the saturated
    /// model's value is subtracted, so a perfect description of the data gives 0).
    pub fn twice_profile_nll(&self, mu: f64) -> f64 {
        2.0 * self.core.profile(mu, &mut vec![0.0; self.core.sys.len()])
    }

    /// Gradient of −ln L with respect to (μ, α₁ … αₖ) at the given point, with the γ's at their
    /// conditional minimum (so it is the gradient of the profiled function): zero at the best fit.
    pub fn profiled_gradient(&self, mu: f64, alpha: &[f64]) -> Vec<f64> {
        let mut theta = vec![mu];
        theta.extend_from_slice(alpha);
        let mut eval = Eval::new(theta.len());
        self.core.eval(&theta, Some(&mut eval));
        eval.grad
    }
}

/// A background with a normalisation uncertainty: its per-bin yields and its interpolation.
#[derive(Clone, Debug, PartialEq)]
struct Sys {
    id: String,
    b: Vec<f64>,
    kappa: Code4,
}

/// pyhf's default normsys interpolation, "code 4" (`pyhf.interpolators.code4` with α₀ = 1, the
/// setting `pyhf.Workspace.model()` uses): κ = hi^α for α ≥ 1, lo^(−α) for α ≤ −1, and in between
/// the polynomial 1 + Σᵢ₌₁⁶ aᵢαⁱ matching value, slope and curvature at ±1.
#[derive(Clone, Debug, PartialEq)]
struct Code4 {
    ln_hi: f64,
    ln_lo: f64,
    a: [f64; 6],
}

impl Code4 {
    fn new(x: f64) -> Self {
        let (hi, lo) = (1.0 + x, 1.0 - x);
        let (ln_hi, ln_lo) = (hi.ln(), lo.ln());
        let b = [hi - 1.0, lo - 1.0, ln_hi * hi, -ln_lo * lo, ln_hi * ln_hi * hi, ln_lo * ln_lo * lo];
        // pyhf's A⁻¹ at α₀ = 1.
        const A_INV: [[f64; 6]; 6] = [
            [15.0 / 16.0, -15.0 / 16.0, -7.0 / 16.0, -7.0 / 16.0, 1.0 / 16.0, -1.0 / 16.0],
            [3.0 / 2.0, 3.0 / 2.0, -9.0 / 16.0, 9.0 / 16.0, 1.0 / 16.0, 1.0 / 16.0],
            [-5.0 / 8.0, 5.0 / 8.0, 5.0 / 8.0, 5.0 / 8.0, -1.0 / 8.0, 1.0 / 8.0],
            [-3.0 / 2.0, -3.0 / 2.0, 7.0 / 8.0, -7.0 / 8.0, -1.0 / 8.0, -1.0 / 8.0],
            [3.0 / 16.0, -3.0 / 16.0, -3.0 / 16.0, -3.0 / 16.0, 1.0 / 16.0, -1.0 / 16.0],
            [1.0 / 2.0, 1.0 / 2.0, -5.0 / 16.0, 5.0 / 16.0, 1.0 / 16.0, 1.0 / 16.0],
        ];
        let a = A_INV.map(|row| row.iter().zip(&b).map(|(r, b)| r * b).sum());
        Self { ln_hi, ln_lo, a }
    }

    /// κ(α), κ′(α), κ″(α).
    fn eval(&self, alpha: f64) -> (f64, f64, f64) {
        if alpha >= 1.0 {
            let k = (alpha * self.ln_hi).exp();
            (k, self.ln_hi * k, self.ln_hi * self.ln_hi * k)
        } else if alpha <= -1.0 {
            let c = -self.ln_lo;
            let k = (alpha * c).exp();
            (k, c * k, c * c * k)
        } else {
            let (mut k, mut d1, mut d2) = (1.0, 0.0, 0.0);
            let mut p = 1.0; // α^(i−1)
            let mut q = 0.0; // α^(i−2)
            for (i, a) in self.a.iter().enumerate() {
                let n = (i + 1) as f64;
                d1 += n * a * p;
                d2 += n * (n - 1.0) * a * q;
                q = p;
                p *= alpha;
                k += a * p;
            }
            (k, d1, d2)
        }
    }
}

/// The numbers the minimiser runs on, per fit bin.
#[derive(Clone, Debug, PartialEq)]
struct Core {
    s: Vec<f64>,
    b_fixed: Vec<f64>,
    sys: Vec<Sys>,
    sigma: Vec<f64>,
    n: Vec<f64>,
    lower: Vec<f64>,
    upper: Vec<f64>,
}

/// Newton-decrement tolerances: for μ̂, the interval and q₀, an error of about 1e-28 in −ln L;
/// for the scan plot, about 1e-12.
const PRECISE: f64 = 1e-14;
const SCAN: f64 = 1e-6;

/// Gradient and Hessian of the profiled −ln L in (μ, α).
struct Eval {
    grad: Vec<f64>,
    hess: Vec<f64>,
}

impl Eval {
    fn new(dim: usize) -> Self {
        Self { grad: vec![0.0; dim], hess: vec![0.0; dim * dim] }
    }
}

struct Minimum {
    theta: Vec<f64>,
    nll: f64,
    /// ∂(−ln L)/∂μ at `theta`: with the other parameters profiled, the slope of the profile.
    slope: f64,
}

impl Core {
    fn new(signals: &[FitSample], backgrounds: &[FitSample], observed: &[f64], mu_bounds: (f64, f64)) -> Self {
        let nb = observed.len();
        let mut s = vec![0.0; nb];
        for sample in signals {
            for (t, x) in s.iter_mut().zip(&sample.nominal) {
                *t += x;
            }
        }
        let mut b_fixed = vec![0.0; nb];
        let mut sys = Vec::new();
        let mut b_all = vec![0.0; nb];
        let mut var = vec![0.0; nb];
        for sample in backgrounds {
            for i in 0..nb {
                b_all[i] += sample.nominal[i];
                var[i] += sample.stat_error[i] * sample.stat_error[i];
            }
            match sample.norm_uncertainty {
                Some(x) => sys.push(Sys { id: sample.id.clone(), b: sample.nominal.clone(), kappa: Code4::new(x) }),
                None => {
                    for (t, x) in b_fixed.iter_mut().zip(&sample.nominal) {
                        *t += x;
                    }
                }
            }
        }
        // pyhf: σ = √(Σ δ²) / Σ nominal, and 0 (γ fixed at 1) where the nominal sum is 0.
        let sigma = b_all.iter().zip(&var).map(|(b, v)| if *b > 0.0 { v.sqrt() / b } else { 0.0 }).collect();
        let mut lower = vec![mu_bounds.0];
        let mut upper = vec![mu_bounds.1];
        for _ in &sys {
            lower.push(ALPHA_BOUNDS.0);
            upper.push(ALPHA_BOUNDS.1);
        }
        Self { s, b_fixed, sys, sigma, n: observed.to_vec(), lower, upper }
    }

    fn alpha_start(&self, best: &FitResult) -> Vec<f64> {
        let mut a: Vec<f64> = best.norm_pulls.iter().map(|p| p.1).collect();
        a.resize(self.sys.len(), 0.0);
        a
    }

    /// The profiled −ln L at θ = (μ, α…), minus the saturated model's (n − n ln n per bin, so
    /// each bin's term is 0 for a perfect description: sums of small numbers keep the precision
    /// the interval search needs); with `out`, also its gradient and Hessian. Infinite where some bin's expectation is not positive but data is.
    fn eval(&self, theta: &[f64], mut out: Option<&mut Eval>) -> f64 {
        let dim = theta.len();
        let mu = theta[0];
        // κ, κ', κ'' of each normalisation factor.
        let kappa: Vec<(f64, f64, f64)> = self.sys.iter().zip(&theta[1..]).map(|(s, &a)| s.kappa.eval(a)).collect();
        if let Some(e) = out.as_deref_mut() {
            e.grad.iter_mut().for_each(|g| *g = 0.0);
            e.hess.iter_mut().for_each(|h| *h = 0.0);
        }
        let mut v = [0.0f64; 16];
        let mut u = [0.0f64; 16];
        let mut v_big;
        let mut u_big;
        let (v, u): (&mut [f64], &mut [f64]) = if dim <= 16 {
            (&mut v[..dim], &mut u[..dim])
        } else {
            v_big = vec![0.0; dim];
            u_big = vec![0.0; dim];
            (&mut v_big[..], &mut u_big[..])
        };
        let mut nll = 0.0;
        for i in 0..self.n.len() {
            let n = self.n[i];
            let s_mu = mu * self.s[i];
            let mut b = self.b_fixed[i];
            for (sys, k) in self.sys.iter().zip(&kappa) {
                b += sys.b[i] * k.0;
            }
            let sigma = self.sigma[i];
            let (gamma, free) = profile_gamma(s_mu, b, n, sigma);
            let lambda = s_mu + gamma * b;
            if lambda < 0.0 || (lambda == 0.0 && n > 0.0) || !lambda.is_finite() {
                return f64::INFINITY;
            }
            // λ − n ln λ − (n − n ln n) = n (x − ln(1 + x)) with x = (λ − n)/n, written so that
            // nothing cancels: with millions of events in a bin, λ and n ln λ are ~10⁷ and their
            // difference lost the last eight digits the minimiser's stopping tests need (a fit
            // of hww's whole 2lep selection took 24 ms instead of half a millisecond).
            nll += if n > 0.0 {
                let x = (lambda - n) / n;
                n * (x - x.ln_1p())
            } else {
                lambda
            };
            if sigma > 0.0 {
                nll += (gamma - 1.0) * (gamma - 1.0) / (2.0 * sigma * sigma);
            }
            let Some(e) = out.as_deref_mut() else { continue };
            let (r, w) = if lambda > 0.0 { (1.0 - n / lambda, n / (lambda * lambda)) } else { (1.0, 0.0) };
            v[0] = self.s[i];
            for (j, (sys, k)) in self.sys.iter().zip(&kappa).enumerate() {
                v[1 + j] = gamma * sys.b[i] * k.1;
            }
            for a in 0..dim {
                e.grad[a] += r * v[a];
                for c in 0..dim {
                    e.hess[a * dim + c] += w * v[a] * v[c];
                }
            }
            for (j, (sys, k)) in self.sys.iter().zip(&kappa).enumerate() {
                e.hess[(1 + j) * dim + 1 + j] += r * gamma * sys.b[i] * k.2;
            }
            if free {
                // Schur complement over γ: H −= u uᵀ / H_γγ with u = ∂²(−ln L)/∂θ∂γ.
                let h_gg = b * b * w + 1.0 / (sigma * sigma);
                u[0] = b * w * self.s[i];
                for (j, (sys, k)) in self.sys.iter().zip(&kappa).enumerate() {
                    u[1 + j] = sys.b[i] * k.1 * r + b * w * v[1 + j];
                }
                for a in 0..dim {
                    for c in 0..dim {
                        e.hess[a * dim + c] -= u[a] * u[c] / h_gg;
                    }
                }
            }
        }
        for (j, &a) in theta[1..].iter().enumerate() {
            nll += 0.5 * a * a;
            if let Some(e) = out.as_deref_mut() {
                e.grad[1 + j] += a;
                e.hess[(1 + j) * dim + 1 + j] += 1.0;
            }
        }
        nll
    }

    /// Projected Newton over the coordinates `first..` of θ (μ is coordinate 0), the others held,
    /// stopping after a full step whose Newton decrement is below `tolerance`.
    fn minimize(&self, mut theta: Vec<f64>, first: usize, tolerance: f64) -> Minimum {
        let dim = theta.len();
        let mut eval = Eval::new(dim);
        let mut trial_eval = Eval::new(dim);
        let mut nll = self.eval(&theta, Some(&mut eval));
        let mut trial = theta.clone();
        for _ in 0..200 {
            // Coordinates at a bound with the gradient pushing outwards stay there this step.
            let free: Vec<usize> = (first..dim)
                .filter(|&j| {
                    !((theta[j] <= self.lower[j] && eval.grad[j] > 0.0)
                        || (theta[j] >= self.upper[j] && eval.grad[j] < 0.0))
                })
                .collect();
            if free.is_empty() {
                break;
            }
            let g: Vec<f64> = free.iter().map(|&j| eval.grad[j]).collect();
            let h: Vec<f64> = free
                .iter()
                .flat_map(|&a| free.iter().map(move |&c| (a, c)))
                .map(|(a, c)| eval.hess[a * dim + c])
                .collect();
            let Some(step) = newton_step(&h, &g) else { break };
            let decrement: f64 = -step.iter().zip(&g).map(|(d, g)| d * g).sum::<f64>();
            if decrement.is_nan() || decrement <= 1e-24 {
                break;
            }
            // Backtracking (Armijo) line search on the projected path. Close to the minimum
            // (decrement ≲ 1e-8, where the quadratic model is exact to rounding) the full Newton
            // step is taken: there the change of −ln L is below its rounding and cannot be tested.
            let mut t = 1.0;
            let mut accepted = None;
            for _ in 0..60 {
                trial.copy_from_slice(&theta);
                for (k, &j) in free.iter().enumerate() {
                    trial[j] = (theta[j] + t * step[k]).clamp(self.lower[j], self.upper[j]);
                }
                let change: f64 = free.iter().map(|&j| eval.grad[j] * (trial[j] - theta[j])).sum();
                let f = self.eval(&trial, Some(&mut trial_eval));
                let close_enough = t == 1.0 && decrement < 1e-8 && f <= nll + 1e-9 * (1.0 + nll.abs());
                if f.is_finite() && (f <= nll + 1e-4 * change || close_enough) {
                    accepted = Some(f);
                    break;
                }
                t *= 0.5;
            }
            let Some(f) = accepted else { break };
            let moved = trial != theta;
            std::mem::swap(&mut theta, &mut trial);
            std::mem::swap(&mut eval, &mut trial_eval);
            nll = f;
            // A full Newton step with a decrement d leaves an error of order d².
            if !moved || (t == 1.0 && decrement < tolerance) {
                break;
            }
        }
        Minimum { slope: eval.grad[0], theta, nll }
    }

    /// The unconditional best fit.
    fn best_fit(&self) -> Minimum {
        let (lo, hi) = (self.lower[0], self.upper[0]);
        let s: f64 = self.s.iter().sum();
        let b: f64 = self.b_fixed.iter().sum::<f64>() + self.sys.iter().flat_map(|x| &x.b).sum::<f64>();
        let n: f64 = self.n.iter().sum();
        let alpha0 = vec![0.0; self.sys.len()];
        // Start at the counting estimate; if the likelihood vanishes there (μ = 0 with data only
        // signal explains), at μ = 1 or mid-range.
        let starts = [((n - b) / s).clamp(lo, hi), 1.0_f64.clamp(lo, hi), 0.5 * (lo + hi), hi];
        let mu0 = starts
            .iter()
            .copied()
            .find(|&mu| {
                let mut t = vec![mu];
                t.extend_from_slice(&alpha0);
                self.eval(&t, None).is_finite()
            })
            .unwrap_or(hi);
        let mut theta = vec![mu0];
        theta.extend_from_slice(&alpha0);
        self.minimize(theta, 0, PRECISE)
    }

    /// min over α of −ln L at fixed μ, warm-started from and updating `alpha`.
    fn profile(&self, mu: f64, alpha: &mut [f64]) -> f64 {
        self.profile_to(mu, alpha, PRECISE)
    }

    fn profile_to(&self, mu: f64, alpha: &mut [f64], tolerance: f64) -> f64 {
        let mut theta = vec![mu];
        theta.extend_from_slice(alpha);
        if alpha.is_empty() {
            return self.eval(&theta, None);
        }
        let m = self.minimize(theta, 1, tolerance);
        alpha.copy_from_slice(&m.theta[1..]);
        m.nll
    }

    /// [`profile`](Self::profile) and the profile's slope dP/dμ (the envelope theorem: the
    /// partial derivative at the profiled point).
    fn profile_with_slope(&self, mu: f64, alpha: &mut [f64]) -> (f64, f64) {
        let mut theta = vec![mu];
        theta.extend_from_slice(alpha);
        if alpha.is_empty() {
            let mut e = Eval::new(1);
            let nll = self.eval(&theta, Some(&mut e));
            return (nll, e.grad[0]);
        }
        let m = self.minimize(theta, 1, PRECISE);
        alpha.copy_from_slice(&m.theta[1..]);
        (m.nll, m.slope)
    }

    /// 1/√(∂²P/∂μ²) of the profiled −ln L P at θ: the symmetric error from the curvature, used
    /// as the first guess of the interval search.
    fn curvature_sigma(&self, theta: &[f64]) -> f64 {
        let dim = theta.len();
        let mut e = Eval::new(dim);
        self.eval(theta, Some(&mut e));
        // [H⁻¹]₀₀ through the first column of H⁻¹.
        let mut unit = vec![0.0; dim];
        unit[0] = -1.0;
        match newton_step(&e.hess, &unit) {
            Some(x) if x[0] > 0.0 && x[0].is_finite() => x[0].sqrt(),
            _ => 1.0,
        }
    }

    /// The μ between `inside` (the best fit, −2Δln L = 0) and `outside` (where −2Δln L > 1)
    /// at which −2Δln L = 1, by Newton steps on h(μ) = 2(P(μ) − P̂) − 1 with h′ = 2 ∂P/∂μ
    /// (the profiled gradient), falling back to bisection whenever a step leaves the bracket.
    fn crossing(&self, nll_hat: f64, inside: f64, outside: f64, guess: f64, alpha: &mut [f64]) -> f64 {
        let (mut a, mut b) = (inside, outside); // h(a) < 0 < h(b)
        let within = |x: f64, a: f64, b: f64| x > a.min(b) && x < a.max(b);
        let mut x = if within(guess, a, b) { guess } else { 0.5 * (a + b) };
        for _ in 0..200 {
            let (p, slope) = self.profile_with_slope(x, alpha);
            let h = 2.0 * (p - nll_hat) - 1.0;
            if h.abs() < 1e-12 {
                return x;
            }
            if h < 0.0 {
                a = x;
            } else {
                b = x;
            }
            if (b - a).abs() <= 1e-13 * (1.0 + x.abs()) {
                return x;
            }
            let next =
                if h.is_finite() && slope.is_finite() && slope != 0.0 { x - h / (2.0 * slope) } else { f64::NAN };
            x = if within(next, a, b) { next } else { 0.5 * (a + b) };
        }
        x
    }
}

/// The γ minimising one bin's −ln L at fixed S = μs and B (see the module docs), clamped to
/// pyhf's bounds, and whether it is free (not fixed, not at a bound).
fn profile_gamma(s: f64, b: f64, n: f64, sigma: f64) -> (f64, bool) {
    if sigma <= 0.0 || b <= 0.0 {
        return (1.0, false);
    }
    let s2 = sigma * sigma;
    let qa = b;
    let qb = b * b * s2 + s - b;
    let qc = b * s2 * (s - n) - s;
    let disc = (qb * qb - 4.0 * qa * qc).max(0.0).sqrt();
    // The larger root, in the form without cancellation.
    let root = if qb >= 0.0 {
        let den = -qb - disc;
        if den == 0.0 {
            0.0
        } else {
            2.0 * qc / den
        }
    } else {
        (-qb + disc) / (2.0 * qa)
    };
    if root <= GAMMA_BOUNDS.0 {
        (GAMMA_BOUNDS.0, false)
    } else if root >= GAMMA_BOUNDS.1 {
        (GAMMA_BOUNDS.1, false)
    } else {
        (root, true)
    }
}

/// Solves H d = −g for a small symmetric H by Cholesky, adding Levenberg damping when H is not
/// positive definite. `None` when even a heavily damped H cannot be factorised.
fn newton_step(h: &[f64], g: &[f64]) -> Option<Vec<f64>> {
    let n = g.len();
    let scale = (0..n).map(|i| h[i * n + i].abs()).fold(0.0, f64::max).max(1e-300);
    let mut damping = 0.0;
    for _ in 0..40 {
        if let Some(d) = cholesky_solve(h, g, n, damping) {
            return Some(d);
        }
        damping = if damping == 0.0 { 1e-10 * scale } else { damping * 10.0 };
    }
    None
}

fn cholesky_solve(h: &[f64], g: &[f64], n: usize, damping: f64) -> Option<Vec<f64>> {
    let mut l = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut sum = h[i * n + j] + if i == j { damping } else { 0.0 };
            for k in 0..j {
                sum -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if !sum.is_finite() || sum <= 0.0 {
                    return None;
                }
                l[i * n + i] = sum.sqrt();
            } else {
                l[i * n + j] = sum / l[j * n + j];
            }
        }
    }
    let mut y = vec![0.0; n];
    for i in 0..n {
        let mut sum = -g[i];
        for k in 0..i {
            sum -= l[i * n + k] * y[k];
        }
        y[i] = sum / l[i * n + i];
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let mut sum = y[i];
        for k in i + 1..n {
            sum -= l[k * n + i] * x[k];
        }
        x[i] = sum / l[i * n + i];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Axis, AxisCut, CubeBuilder, Manifest, Process};

    /// A cube with one regular axis `x` of `s.len()` bins (plus flow bins) and processes
    /// data, sig, bkg, bkg2; each entry is (Σw, Σw²) per regular bin.
    fn engine(data: &[f64], s: &[(f64, f64)], b: &[(f64, f64)], b2: &[(f64, f64)]) -> Engine {
        let mut m = Manifest::new("test", 13.0, 10.0, DataKind::PseudoData);
        m.axes = vec![Axis::regular("x", "GeV", data.len() as u32, 0.0, data.len() as f64)];
        m.processes = vec![
            Process::new("data", Role::Data),
            Process::new("sig", Role::Signal),
            Process::new("bkg", Role::Background),
            Process::new("bkg2", Role::Background),
        ];
        let mut builder = CubeBuilder::new(m).unwrap();
        for (i, &n) in data.iter().enumerate() {
            let bin = [(i + 1) as u16];
            if n > 0.0 {
                builder.add_cell(0, &bin, n, n, n as u64);
            }
            for (p, h) in [(1u8, s), (2, b), (3, b2)] {
                if let Some(&(w, w2)) = h.get(i) {
                    if w != 0.0 || w2 != 0.0 {
                        builder.add_cell(p, &bin, w, w2, 1);
                    }
                }
            }
        }
        Engine::new(builder.finish().unwrap())
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * (1.0 + a.abs().max(b.abs()))
    }

    #[test]
    fn single_bin_without_nuisances_has_the_closed_form() {
        // Σw² = 0: no staterror, so L is a bare Poisson in μs + b.
        let (n, s, b) = (25.0, 5.0, 12.0);
        let e = engine(&[n], &[(s, 0.0)], &[(b, 0.0)], &[]);
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert!(close(r.mu_hat, (n - b) / s, 1e-9), "{}", r.mu_hat);
        let q0 = 2.0 * (n * (n / b).ln() - (n - b));
        assert!(close(r.q0, q0, 1e-9), "{} vs {q0}", r.q0);
        assert!(close(r.z, q0.sqrt(), 1e-9));
        // At both ends of the interval −2Δln L = 1 exactly.
        let t = |mu: f64| {
            let l = mu * s + b;
            2.0 * (l - n * l.ln() - (n - n * n.ln()))
        };
        let (lo, hi) = r.interval;
        assert!(close(t(lo), 1.0, 1e-9) && close(t(hi), 1.0, 1e-9), "{} {}", t(lo), t(hi));
        assert!(r.sigma_up > r.sigma_down, "Poisson intervals are wider upwards");
        assert!(!r.lower_at_bound && !r.upper_at_bound);
        assert!(close(r.sigma, 0.5 * (r.sigma_up + r.sigma_down), 1e-15));
        // The scan has its minimum at μ̂ and passes 1 around the interval's ends.
        assert_eq!(r.scan.len(), DEFAULT_SCAN_POINTS);
        assert!(r.scan.iter().all(|&(mu, d)| close(d, t(mu), 1e-9)));
    }

    #[test]
    fn without_simulation_statistics_the_fit_is_that_of_exact_yields() {
        // The same yields with and without Σw²: leaving the staterror out must give exactly the
        // fit of a cube whose simulation has no statistical uncertainty, and a narrower interval
        // than the fit that counts it.
        let (n, s, b) = ([30.0, 22.0], [(6.0, 4.0), (3.0, 2.0)], [(20.0, 40.0), (18.0, 30.0)]);
        let with_stat = engine(&n, &s, &b, &[]);
        let exact = engine(&n, &[(6.0, 0.0), (3.0, 0.0)], &[(20.0, 0.0), (18.0, 0.0)], &[]);
        let without = FitOptions { simulation_statistics: false, ..FitOptions::observed() };
        let r = with_stat.fit(0, &[], &without).unwrap();
        let reference = exact.fit(0, &[], &FitOptions::observed()).unwrap();
        assert!(close(r.mu_hat, reference.mu_hat, 1e-9) && close(r.q0, reference.q0, 1e-9));
        assert!(close(r.sigma, reference.sigma, 1e-9));
        let counted = with_stat.fit(0, &[], &FitOptions::observed()).unwrap();
        assert!(counted.sigma > r.sigma, "{} vs {}", counted.sigma, r.sigma);
        // The workspace then has no staterror (pyhf would read zeros as constraints of no width).
        let workspace = with_stat.pyhf_workspace(0, &[], &without).unwrap().to_string();
        assert!(!workspace.contains("staterror"), "{workspace}");
        assert!(with_stat.pyhf_workspace(0, &[], &FitOptions::observed()).unwrap().to_string().contains("staterror"));
    }

    #[test]
    fn a_background_estimated_from_data_keeps_its_uncertainty_when_the_simulation_is_exact() {
        let mut m = Manifest::new("test", 13.0, 10.0, DataKind::Real);
        m.axes = vec![Axis::regular("x", "GeV", 1, 0.0, 1.0)];
        let mut reducible = Process::new("reducible", Role::Background);
        reducible.data_driven = true;
        m.processes = vec![Process::new("data", Role::Data), Process::new("sig", Role::Signal), reducible];
        let mut builder = CubeBuilder::new(m).unwrap();
        builder.add_cell(0, &[1], 30.0, 30.0, 30);
        builder.add_cell(1, &[1], 8.0, 2.0, 40);
        builder.add_cell(2, &[1], 20.0, 20.0, 20);
        let e = Engine::new(builder.finish().unwrap());
        let without = FitOptions { simulation_statistics: false, ..FitOptions::observed() };
        let model = e.fit_model(0, &[], &without).unwrap();
        assert_eq!(model.signals()[0].stat_error, vec![0.0], "the simulated signal is taken as exact");
        assert_eq!(model.backgrounds()[0].stat_error, vec![20f64.sqrt()], "the recorded events' statistics stay");
    }

    #[test]
    fn a_deficit_gives_mu_hat_zero_and_no_significance() {
        let e = engine(&[8.0], &[(5.0, 0.0)], &[(12.0, 0.0)], &[]);
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert_eq!(r.mu_hat, 0.0);
        assert_eq!((r.q0, r.z), (0.0, 0.0));
        assert!(r.lower_at_bound && r.sigma_down == 0.0);
        // Upper end: 2(λ − n ln λ) − 2(b − n ln b) = 1 at λ = μs + b.
        let l = r.interval.1 * 5.0 + 12.0;
        assert!(close(2.0 * (l - 8.0 * l.ln() - (12.0 - 8.0 * 12.0_f64.ln())), 1.0, 1e-9));
    }

    #[test]
    fn staterror_gamma_is_the_exact_conditional_minimum() {
        for &(s, b, n, sigma) in &[
            (3.0, 10.0, 17.0, 0.1),
            (0.0, 4.0, 0.0, 0.5),
            (1.0, 2.0, 30.0, 0.3),
            (0.5, 50.0, 40.0, 0.02),
            (2.0, 1.0, 0.0, 2.0),
        ] {
            let f = |g: f64| {
                let l = s + g * b;
                l - if n > 0.0 { n * l.ln() } else { 0.0 } + (g - 1.0) * (g - 1.0) / (2.0 * sigma * sigma)
            };
            let (g, _) = profile_gamma(s, b, n, sigma);
            for dg in [1e-4, -1e-4] {
                let other = (g + dg).clamp(GAMMA_BOUNDS.0, GAMMA_BOUNDS.1);
                assert!(f(g) <= f(other) + 1e-12, "γ={g} is not the minimum for {s} {b} {n} {sigma}");
            }
        }
    }

    #[test]
    fn code4_joins_the_exponentials_smoothly_and_matches_pyhf() {
        let k = Code4::new(0.3);
        for edge in [1.0, -1.0] {
            let (inside, outside) = (k.eval(edge * (1.0 - 1e-12)), k.eval(edge));
            assert!(
                close(inside.0, outside.0, 1e-9)
                    && close(inside.1, outside.1, 1e-9)
                    && close(inside.2, outside.2, 1e-8)
            );
        }
        assert_eq!(k.eval(0.0), (1.0, k.a[0], 2.0 * k.a[1]));
        // pyhf.interpolators.code4([[[[0.7], [1.0], [1.3]]]])([[0.5]]) and ([[-0.25]]).
        assert!(close(k.eval(0.5).0, 1.144_631_289_207_259_4, 1e-12), "{}", k.eval(0.5).0);
        assert!(close(k.eval(-0.25).0, 0.921_775_639_230_744_3, 1e-12), "{}", k.eval(-0.25).0);
        // Numerical derivatives inside.
        for a in [-0.7, -0.2, 0.3, 0.9] {
            let h = 1e-6;
            assert!(close(k.eval(a).1, (k.eval(a + h).0 - k.eval(a - h).0) / (2.0 * h), 1e-7));
            assert!(close(k.eval(a).2, (k.eval(a + h).1 - k.eval(a - h).1) / (2.0 * h), 1e-6));
        }
    }

    #[test]
    fn empty_bins_are_skipped_and_unexplained_data_is_an_error() {
        let e = engine(
            &[3.0, 0.0, 5.0, 0.0],
            &[(1.0, 0.1), (0.0, 0.0), (2.0, 0.2), (0.0, 0.0)],
            &[(2.0, 0.5), (0.0, 0.0), (3.0, 0.4), (0.0, 0.0)],
            &[],
        );
        let m = e.fit_model(0, &[], &FitOptions::observed()).unwrap();
        assert_eq!(m.bins, [1, 3]);
        assert_eq!(m.bin_labels, ["[0, 1)", "[2, 3)"]);
        assert!(m.fit(10).mu_hat.is_finite());
        let e = engine(&[3.0, 2.0], &[(1.0, 0.1), (0.0, 0.0)], &[(2.0, 0.5), (0.0, 0.0)], &[]);
        assert!(
            matches!(e.fit(0, &[], &FitOptions::observed()), Err(FitError::DataWithoutPrediction { observed, .. }) if observed == 2.0)
        );
        let mut e = engine(&[3.0, 0.0], &[(1.0, 0.1), (0.0, 0.0)], &[(2.0, 0.5), (0.0, 0.0)], &[]);
        e.set_cut(0, &AxisCut::range(Some(1.0), Some(2.0))).unwrap();
        assert_eq!(e.fit(0, &[], &FitOptions::observed()), Err(FitError::NoSignal));
    }

    #[test]
    fn zero_signal_is_a_clear_error_not_a_nan() {
        let e = engine(&[3.0, 4.0], &[(0.0, 0.0), (0.0, 0.0)], &[(2.0, 0.5), (3.0, 0.4)], &[]);
        assert_eq!(e.fit(0, &[], &FitOptions::observed()), Err(FitError::NoSignal));
        // Signal only outside the cut counts as none.
        let mut e = engine(&[3.0, 4.0], &[(1.0, 0.1), (0.0, 0.0)], &[(2.0, 0.5), (3.0, 0.4)], &[]);
        e.set_cut(0, &AxisCut::range(Some(1.0), None)).unwrap();
        assert_eq!(e.fit(0, &[], &FitOptions::observed()), Err(FitError::NoSignal));
        // So does hiding the signal process.
        let e = engine(&[3.0, 4.0], &[(1.0, 0.1), (1.0, 0.1)], &[(2.0, 0.5), (3.0, 0.4)], &[]);
        assert_eq!(e.fit(0, &[true, false, true, true], &FitOptions::observed()), Err(FitError::NoSignal));
    }

    #[test]
    fn the_fit_uses_the_axis_own_cut() {
        let mut e = engine(&[10.0, 30.0], &[(1.0, 0.0), (10.0, 0.0)], &[(10.0, 0.0), (10.0, 0.0)], &[]);
        e.set_cut(0, &AxisCut::range(Some(1.0), Some(2.0))).unwrap();
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert_eq!(r.n_bins, 1);
        assert!(close(r.mu_hat, 2.0, 1e-9));
    }

    #[test]
    fn asimov_data_gives_mu_one_and_bad_options_are_refused() {
        let e = engine(&[0.0, 0.0], &[(3.0, 0.3), (1.0, 0.1)], &[(10.0, 1.0), (20.0, 2.0)], &[(4.0, 0.8), (2.0, 0.2)]);
        let mut options = FitOptions::asimov();
        options.norm_uncertainties.insert("bkg2".into(), 0.2);
        let r = e.fit(0, &[], &options).unwrap();
        assert!(close(r.mu_hat, 1.0, 1e-8), "{}", r.mu_hat);
        assert!(r.norm_pulls[0].1.abs() < 1e-7);
        assert!(r.q0 > 0.0 && r.sigma_up > 0.0 && r.sigma_down > 0.0);
        options.norm_uncertainties.insert("sig".into(), 0.1);
        assert_eq!(e.fit(0, &[], &options), Err(FitError::NotABackground("sig".into())));
        options.norm_uncertainties = [("bkg".to_owned(), 1.0)].into();
        assert!(matches!(e.fit(0, &[], &options), Err(FitError::BadNormUncertainty { .. })));
        let options = FitOptions { mu_bounds: Some((0.5, 3.0)), ..FitOptions::asimov() };
        assert!(matches!(e.fit(0, &[], &options), Err(FitError::BadBounds { .. })));
        // A cube whose manifest says it has no data cannot fit observed data.
        let cube = e.cube().clone();
        let mut m = cube.manifest().clone();
        m.data_kind = DataKind::None;
        let e = Engine::new(cube.with_manifest(m).unwrap());
        assert_eq!(e.fit(0, &[], &FitOptions::observed()), Err(FitError::NoData));
        assert!(e.fit(0, &[], &FitOptions::asimov()).is_ok());
    }

    #[test]
    fn the_workspace_mirrors_the_model() {
        let e = engine(
            &[12.0, 25.0, 0.0],
            &[(3.0, 0.3), (1.0, 0.1), (0.0, 0.0)],
            &[(10.0, 1.0), (20.0, 2.0), (0.0, 0.0)],
            &[(4.0, 0.8), (2.0, 0.2), (0.0, 0.0)],
        );
        let mut options = FitOptions::observed();
        options.norm_uncertainties.insert("bkg2".into(), 0.25);
        let ws = e.pyhf_workspace(0, &[], &options).unwrap();
        assert_eq!(ws["version"], "1.0.0");
        assert_eq!(ws["observations"][0]["data"], serde_json::json!([12.0, 25.0]));
        let samples = ws["channels"][0]["samples"].as_array().unwrap();
        assert_eq!(samples.len(), 3);
        assert_eq!(samples[0]["modifiers"][0]["type"], "normfactor");
        assert_eq!(samples[2]["modifiers"][1]["data"], serde_json::json!({ "hi": 1.25, "lo": 0.75 }));
        assert_eq!(samples[1]["modifiers"][0]["data"], serde_json::json!([1.0, 2.0_f64.sqrt()]));
        let bounds = &ws["measurements"][0]["config"]["parameters"][0]["bounds"];
        assert_eq!(bounds[0][0], 0.0);
    }

    #[test]
    fn extreme_inputs_stay_finite() {
        // A signal a million times below the background, with a million events per bin.
        let e = engine(&[1.0e6, 1.001e6], &[(1.0, 0.01), (2.0, 0.04)], &[(1.0e6, 1.0e4), (1.0e6, 1.0e4)], &[]);
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert!(r.mu_hat.is_finite() && r.sigma_up.is_finite() && r.sigma_down.is_finite() && r.q0.is_finite());
        assert!(r.mu_bounds.1 >= 1e6, "the automatic bound leaves room: {:?}", r.mu_bounds);
        // Tiny expectations and no data at all.
        let e = engine(&[0.0, 0.0], &[(1e-4, 1e-9), (2e-4, 1e-9)], &[(3e-3, 1e-7), (0.0, 0.0)], &[]);
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert_eq!((r.mu_hat, r.q0), (0.0, 0.0));
        assert!(r.sigma_up.is_finite() && r.sigma_up > 0.0);
    }

    #[test]
    fn only_signal_explains_the_data_gives_infinite_q0() {
        // A data event where only signal is expected: μ = 0 is impossible.
        let e = engine(&[1.0, 10.0], &[(0.5, 0.05), (1.0, 0.1)], &[(0.0, 0.0), (10.0, 1.0)], &[]);
        let r = e.fit(0, &[], &FitOptions::observed()).unwrap();
        assert!(r.mu_hat > 0.0 && r.q0.is_infinite() && r.z.is_infinite());
        assert!(r.scan.iter().all(|p| p.1.is_finite()));
        assert!(!r.lower_at_bound && r.interval.0 > 0.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::{Axis, CubeBuilder, Manifest, Process};
    use proptest::prelude::*;

    fn bins() -> impl Strategy<Value = Vec<(u32, f64, f64, f64, f64, f64)>> {
        // (data, signal, background, its Σw² fraction, background 2, its Σw² fraction) per bin.
        prop::collection::vec((0u32..60, 0.0f64..8.0, 0.5f64..40.0, 0.001f64..0.3, 0.0f64..10.0, 0.001f64..0.5), 1..12)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// At the best fit the profiled gradient vanishes in every coordinate not at a bound,
        /// the interval's ends sit at −2Δln L = 1, and q₀ is 2(P(0) − P(μ̂)).
        #[test]
        fn the_gradient_vanishes_at_the_optimum(bins in bins(), x1 in 0.0f64..0.5, x2 in 0.0f64..0.5) {
            let mut m = Manifest::new("prop", 13.0, 10.0, DataKind::PseudoData);
            m.axes = vec![Axis::regular("x", "", bins.len() as u32, 0.0, 1.0)];
            m.processes = vec![Process::new("data", Role::Data), Process::new("sig", Role::Signal), Process::new("b1", Role::Background), Process::new("b2", Role::Background)];
            let mut builder = CubeBuilder::new(m).unwrap();
            for (i, &(n, s, b, fb, b2, fb2)) in bins.iter().enumerate() {
                let bin = [(i + 1) as u16];
                if n > 0 { builder.add_cell(0, &bin, f64::from(n), f64::from(n), u64::from(n)); }
                if s > 0.0 { builder.add_cell(1, &bin, s, 0.05 * s * s, 10); }
                builder.add_cell(2, &bin, b, fb * b * b, 10);
                if b2 > 0.0 { builder.add_cell(3, &bin, b2, fb2 * b2 * b2, 10); }
            }
            let engine = Engine::new(builder.finish().unwrap());
            let mut options = FitOptions::observed();
            options.norm_uncertainties = [("b1".to_owned(), x1), ("b2".to_owned(), x2)].into();
            let model = match engine.fit_model(0, &[], &options) {
                Ok(m) => m,
                Err(FitError::NoSignal) => return Ok(()),
                Err(e) => panic!("{e}"),
            };
            let r = model.fit(5);
            let alpha: Vec<f64> = r.norm_pulls.iter().map(|p| p.1).collect();
            let g = model.profiled_gradient(r.mu_hat, &alpha);
            let (lo, hi) = model.mu_bounds;
            if r.mu_hat > lo && r.mu_hat < hi {
                prop_assert!(g[0].abs() < 1e-6 * (1.0 + r.signal), "dP/dμ = {} at μ̂ = {}", g[0], r.mu_hat);
            } else if r.mu_hat == lo {
                prop_assert!(g[0] >= -1e-9);
            }
            for (j, a) in alpha.iter().enumerate() {
                if a.abs() < ALPHA_BOUNDS.1 {
                    prop_assert!(g[1 + j].abs() < 1e-6, "dP/dα{} = {}", j, g[1 + j]);
                }
            }
            let p_hat = model.core.profile(r.mu_hat, &mut alpha.clone());
            for (end, at_bound) in [(r.interval.0, r.lower_at_bound), (r.interval.1, r.upper_at_bound)] {
                let d = 2.0 * (model.core.profile(end, &mut alpha.clone()) - p_hat);
                if at_bound { prop_assert!(d <= 1.0 + 1e-9); } else { prop_assert!((d - 1.0).abs() < 1e-8, "−2Δln L = {} at {}", d, end); }
            }
            if r.mu_hat > 0.0 {
                let q0 = 2.0 * (model.core.profile(0.0, &mut alpha.clone()) - p_hat);
                prop_assert!((r.q0 - q0.max(0.0)).abs() < 1e-8 * (1.0 + q0));
            }
        }
    }
}
