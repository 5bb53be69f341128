//! `preprocess fit` and `preprocess workspace`: the signal-strength fit of `histcube::fit` from
//! the command line, and the same model as a pyhf JSON workspace.

use std::path::PathBuf;

use anyhow::{bail, Context};
use histcube::fit::FitOptions;
use histcube::{Engine, FitData, FitResult, NamedCut};
use preprocessor::output::write_atomically;

use super::{apply_cut, read_cube};

/// Sets every cut of the cube's guided path `id` ([`histcube::GuidedPath::cuts`]).
fn apply_path(engine: &mut Engine, id: &str) -> anyhow::Result<()> {
    let manifest = engine.cube().manifest();
    let Some(path) = manifest.guided_paths.iter().find(|p| p.id == id) else {
        let ids: Vec<&str> = manifest.guided_paths.iter().map(|p| p.id.as_str()).collect();
        let known = if ids.is_empty() { "it has none".to_owned() } else { format!("its paths: {}", ids.join(", ")) };
        bail!("--path {id}: the cube has no guided path `{id}` ({known})");
    };
    // The manifest was validated on decoding: each of its cuts names an axis of the cube.
    let cuts: Vec<(usize, NamedCut)> =
        path.cuts().into_iter().filter_map(|cut| Some((manifest.axis_index(&cut.axis)?, cut))).collect();
    for (axis, cut) in cuts {
        engine.set_cut(axis, &cut.cut).with_context(|| format!("--path {id}: the cut on `{}`", cut.axis))?;
    }
    Ok(())
}

/// The model: which cube, axis, cuts, uncertainties and data.
#[derive(clap::Args)]
pub struct ModelArgs {
    cube: PathBuf,
    /// The discriminant axis fitted (e.g. m4l, mt, njets); its own cut is the fit range.
    /// Default: the fit axis the cube's analysis chose (its manifest's, from `fit_axis`).
    #[arg(long)]
    axis: Option<String>,
    /// Apply every cut of this guided path first, as pressing each of its "show me" steps in the
    /// app does, to reproduce the numbers the path shows. `preprocess summary` lists the paths.
    #[arg(long, value_name = "ID")]
    path: Option<String>,
    /// A cut: `axis=lo:hi` (either end may be empty) or `axis=cat1,cat2`. Repeat for several
    /// axes. Applied after `--path`'s cuts, replacing any on the same axis.
    #[arg(long = "cut", value_name = "AXIS=RANGE")]
    cuts: Vec<String>,
    /// A relative normalisation uncertainty of a background, e.g. `zz=0.1` for ±10 % (a pyhf
    /// normsys), added to or replacing the ones the cube's analysis chose. Repeatable.
    #[arg(long = "norm-unc", value_name = "PROCESS=X")]
    norm_unc: Vec<String>,
    /// Leave out the normalisation uncertainties the cube's analysis chose (statistical
    /// uncertainties only, apart from any `--norm-unc`).
    #[arg(long)]
    without_norm_unc: bool,
    /// Take every simulated yield as exact: leave out the simulation's statistical uncertainty
    /// (pyhf `staterror`; a background estimated from data keeps its own), to see how much the
    /// number of simulated events costs.
    #[arg(long)]
    without_mc_stat: bool,
    /// Leave a signal or background process out, as hiding it in the app does. Repeatable.
    #[arg(long = "hide", value_name = "PROCESS")]
    hide: Vec<String>,
    /// Fit the Asimov data set (the expectation s + b at μ = 1) instead of the cube's data:
    /// the expected result, for cubes without data.
    #[arg(long)]
    asimov: bool,
    /// Bounds of μ as `lo:hi` (lo ≤ 0 < hi). Default: [0, max(10, 2·max(n, s+b)/s)].
    #[arg(long, value_name = "LO:HI")]
    mu_bounds: Option<String>,
}

#[derive(clap::Args)]
pub struct WorkspaceArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[arg(short, long)]
    output: PathBuf,
}

#[derive(clap::Args)]
pub struct FitArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// Print the result as JSON (μ̂, both errors, q₀, Z, the scan …).
    #[arg(long)]
    json: bool,
    /// Points of the profile-likelihood scan in the JSON output.
    #[arg(long, default_value_t = histcube::fit::DEFAULT_SCAN_POINTS)]
    scan_points: usize,
}

impl ModelArgs {
    fn engine_and_options(&self) -> anyhow::Result<(Engine, usize, Vec<bool>, FitOptions)> {
        let mut engine = Engine::new(read_cube(&self.cube)?);
        if let Some(id) = &self.path {
            apply_path(&mut engine, id)?;
        }
        for cut in &self.cuts {
            apply_cut(&mut engine, cut)?;
        }
        let manifest = engine.cube().manifest();
        let axis_id = match (&self.axis, &manifest.fit) {
            (Some(axis), _) => axis.as_str(),
            (None, Some(fit)) => fit.axis.as_str(),
            (None, None) => bail!("the cube's analysis `{}` names no fit axis: give --axis", manifest.analysis_id),
        };
        let Some(axis) = manifest.axis_index(axis_id) else {
            let ids: Vec<&str> = manifest.axes.iter().map(|a| a.id.as_str()).collect();
            bail!("the cube has no axis `{axis_id}` (axes: {})", ids.join(", "));
        };
        let mut enabled = vec![true; manifest.processes.len()];
        for id in &self.hide {
            let p = manifest.process_index(id).with_context(|| format!("--hide {id}: the cube has no such process"))?;
            enabled[p] = false;
        }
        let data = if self.asimov { FitData::Asimov } else { FitData::Observed };
        let mut options = FitOptions::for_manifest(manifest, data);
        if self.without_norm_unc {
            options.norm_uncertainties.clear();
        }
        options.simulation_statistics = !self.without_mc_stat;
        for spec in &self.norm_unc {
            let Some((process, x)) = spec.split_once('=') else { bail!("--norm-unc `{spec}`: expected PROCESS=X") };
            let x: f64 = x.trim().parse().with_context(|| format!("--norm-unc `{spec}`: `{x}` is not a number"))?;
            options.norm_uncertainties.insert(process.trim().to_owned(), x);
        }
        if let Some(spec) = &self.mu_bounds {
            let parsed =
                spec.split_once(':').and_then(|(lo, hi)| Some((lo.trim().parse().ok()?, hi.trim().parse().ok()?)));
            let Some(bounds) = parsed else { bail!("--mu-bounds `{spec}`: expected LO:HI") };
            options.mu_bounds = Some(bounds);
        }
        Ok((engine, axis, enabled, options))
    }
}

pub fn run_workspace(args: WorkspaceArgs) -> anyhow::Result<()> {
    let (engine, axis, enabled, options) = args.model.engine_and_options()?;
    let model = engine.fit_model(axis, &enabled, &options)?;
    write_atomically(&args.output, model.pyhf_workspace_string().as_bytes())?;
    eprintln!(
        "wrote {} (pyhf workspace: channel {}, {} bins, {} signal and {} background samples)",
        args.output.display(),
        model.axis(),
        model.bins().len(),
        model.signals().len(),
        model.backgrounds().len()
    );
    Ok(())
}

pub fn run_fit(args: FitArgs) -> anyhow::Result<()> {
    let (engine, axis, enabled, options) = args.model.engine_and_options()?;
    let model = engine.fit_model(axis, &enabled, &options)?;
    let result = model.fit(args.scan_points);
    if args.json {
        let mut value = serde_json::to_value(&result)?;
        value["axis"] = model.axis().into();
        value["bins"] = model.bin_labels().to_vec().into();
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{}", text(&result, model.axis()));
    }
    Ok(())
}

fn text(r: &FitResult, axis: &str) -> String {
    let data = match r.data {
        FitData::Observed => "observed data",
        FitData::Asimov => "Asimov data (expected result)",
    };
    let bound = |at: bool| if at { " (at the bound of μ)" } else { "" };
    let mut out = format!(
        "fit of μ on {axis}: {} bins, {data}; s = {:.4}, b = {:.4}, n = {:.4}\n",
        r.n_bins, r.signal, r.background, r.observed
    );
    out += &format!(
        "μ̂ = {:.4} −{:.4}{} +{:.4}{} (±{:.4})\n",
        r.mu_hat,
        r.sigma_down,
        bound(r.lower_at_bound),
        r.sigma_up,
        bound(r.upper_at_bound),
        r.sigma
    );
    out += &format!("q₀ = {:.4}, Z = {:.3}σ\n", r.q0, r.z);
    for (name, alpha) in &r.norm_pulls {
        out += &format!("{name}: α̂ = {alpha:.4}\n");
    }
    out
}
