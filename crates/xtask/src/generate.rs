//! `cargo xtask generate`: the simulated samples and the bundled cubes, from scratch.
//!
//! 1. the generator's Python environment (`~/.cache/opendata-histogram-analyser/generator-venv`,
//!    versions in `tools/generator/requirements.txt`): created when missing, from prebuilt
//!    wheels (Pythia 8 included: under a minute). Nothing in `cargo xtask test` needs it;
//! 2. `tools/generator/generate.py`: Pythia 8 + FastJet + the detector response, every sample in
//!    seeded chunks on all cores, into folders of `.npy` columns;
//! 3. `ntuple-writer`: those folders as ROOT files in the 2020 release's format;
//! 4. `preprocess build analyses/<id>.toml`: `hzz4l` from the real 4lep data and the simulated
//!    4lep samples, `hww`, `ttz` and `explorer` from the simulated 2lep samples and `ttz3l` from
//!    the 3lep ones, with seeded Poisson pseudo-data (each file's `data = "pseudo"`); then `preprocess catalog` for the home
//!    page's index.
//!
//! The full run works in `~/.cache/opendata-histogram-analyser/simulated/` (`--work` to move it),
//! not in `target/`: its chunks are hours of CPU, and `--resume` must find them after a
//! `cargo clean` or in a fresh checkout of the repository.
//! `--small` makes the small samples committed for the tests instead
//! (`crates/ntuple-writer/tests/data/simulated/`) and their cubes in `target/simulated-small/`.
//! The same seeds give the same events, the same ROOT files and byte-identical cubes.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::run;

/// The analyses of `analyses/*.toml` built from the simulated 2lep samples.
const TWO_LEPTON_ANALYSES: [&str; 3] = ["hww", "ttz", "explorer"];
/// The analyses built from the simulated 3lep samples.
const THREE_LEPTON_ANALYSES: [&str; 1] = ["ttz3l"];
/// Every bundled cube, in the catalog's (and the home page's) order: the explorer last, after
/// the searches it teaches the student to build.
const ALL_ANALYSES: [&str; 5] = ["hzz4l", "hww", "ttz3l", "ttz", "explorer"];

/// Options of `cargo xtask generate`.
#[derive(clap::Args)]
pub struct Options {
    /// Make the small committed test samples instead of the full ones.
    #[arg(long)]
    pub small: bool,
    /// Multiply the full samples' event counts by this (e.g. 0.1 for a quick look).
    #[arg(long, default_value_t = 1.0)]
    pub scale: f64,
    /// Generator processes (default: one per core).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Where the cubes go (default: assets/cubes, or target/simulated-small/cubes with --small).
    #[arg(long)]
    pub cubes: Option<PathBuf>,
    /// Reuse the generator output already in the work folder (only rewrite ROOT files and cubes).
    #[arg(long)]
    pub skip_generation: bool,
    /// Keep the chunks an interrupted run finished (same seeds, same events) and generate the rest.
    #[arg(long)]
    pub resume: bool,
    /// The full run's work folder: chunks, columns, ROOT files (default:
    /// ~/.cache/opendata-histogram-analyser/simulated; `--small` always uses target/simulated-small).
    #[arg(long)]
    pub work: Option<PathBuf>,
}

/// The folder the generator keeps outside the repository: its Python environment, Sherpa's
/// build and the full run's work folder.
fn generator_cache() -> Result<PathBuf> {
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    Ok(PathBuf::from(home).join(".cache/opendata-histogram-analyser"))
}

fn venv() -> Result<PathBuf> {
    Ok(generator_cache()?.join("generator-venv"))
}

/// The full run's work folder when `--work` is not given.
pub fn default_work() -> Result<PathBuf> {
    Ok(generator_cache()?.join("simulated"))
}

/// The generator's Python, creating its environment when the packages are missing.
fn generator_python(root: &Path) -> Result<PathBuf> {
    let venv = venv()?;
    let python = venv.join("bin/python");
    let ready = python.exists()
        && Command::new(&python)
            .args(["-c", "import pythia8mc, fastjet, numpy"])
            .output()
            .is_ok_and(|o| o.status.success());
    if ready {
        return Ok(python);
    }
    eprintln!(
        "xtask> Creating the generator environment in {} (once; `cargo xtask test` never needs it).",
        venv.display()
    );
    if !python.exists() {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
    }
    run(Command::new(&python).args(["-m", "pip", "install", "--upgrade", "pip"]))?;
    run(Command::new(&python).args(["-m", "pip", "install", "-r"]).arg(root.join("tools/generator/requirements.txt")))?;
    Ok(python)
}

fn clean(dir: &Path) -> Result<()> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))
}

/// Sorted paths in `dir` whose names end with `suffix`.
fn listing(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let path = entry?.path();
        if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(suffix)) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

pub fn generate(root: &Path, options: &Options) -> Result<()> {
    let shared = root.join("../shared/data/opendata-2020");
    let csv = shared.join("samples_2020_13TeV.csv");
    let real_4lep = shared.join("4lep/Data");
    if !csv.is_file() || !real_4lep.is_dir() {
        bail!(
            "the release's sample table and 4lep data are expected in {} (../shared next to the repository)",
            shared.display()
        );
    }
    let work = match (&options.work, options.small) {
        (_, true) => root.join("target/simulated-small"),
        (Some(work), false) => work.clone(),
        (None, false) => default_work()?,
    };
    let npy = work.join("npy");
    let root_files =
        if options.small { root.join("crates/ntuple-writer/tests/data/simulated") } else { work.join("root") };
    let cubes = options.cubes.clone().unwrap_or_else(|| {
        if options.small {
            work.join("cubes")
        } else {
            root.join("assets/cubes")
        }
    });

    if !options.skip_generation {
        let python = generator_python(root)?;
        if options.resume {
            std::fs::create_dir_all(&npy)?;
        } else {
            clean(&npy)?;
        }
        let mut cmd = Command::new(&python);
        cmd.arg(root.join("tools/generator/generate.py")).arg("--csv").arg(&csv).arg("--out").arg(&npy);
        if options.small {
            cmd.arg("--small");
        } else {
            cmd.arg("--scale").arg(options.scale.to_string());
        }
        if options.resume {
            cmd.arg("--resume");
        }
        if let Some(jobs) = options.jobs {
            cmd.arg("--jobs").arg(jobs.to_string());
        }
        run(&mut cmd)?;
    }

    // The tools go to the workspace's own target folder whatever folder xtask itself was built in.
    run(Command::new("cargo")
        .args(["build", "--release", "-p", "ntuple-writer", "-p", "preprocessor"])
        .env_remove("CARGO_TARGET_DIR")
        .current_dir(root))?;
    let bin = root.join("target/release");
    clean(&root_files)?;
    let folders: Vec<PathBuf> = listing(&npy, "")?
        .into_iter()
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("mc_")))
        .collect();
    if folders.is_empty() {
        bail!("{} holds no generator output; run without --skip-generation", npy.display());
    }
    run(Command::new(bin.join("ntuple-writer")).args(&folders).arg("--out").arg(&root_files))?;

    std::fs::create_dir_all(&cubes).with_context(|| format!("cannot create {}", cubes.display()))?;
    let four = listing(&root_files, ".4lep.root")?;
    let two = listing(&root_files, ".2lep.root")?;
    let three = listing(&root_files, ".3lep.root")?;
    let preprocess = bin.join("preprocess");
    let analysis_file = |id: &str| root.join("analyses").join(format!("{id}.toml"));
    run(Command::new(&preprocess)
        .arg("build")
        .arg(analysis_file("hzz4l"))
        .arg(&real_4lep)
        .args(&four)
        .arg("-o")
        .arg(cubes.join("hzz4l.cube")))?;
    // hzz4l's bundled event records are the recorded collisions alone (the records of a build
    // from the data only; preprocessor's hzz4l_reference test checks them against uproot): the
    // event display shows real events of this cube, never simulated ones.
    let data_only = work.join("hzz4l-data-only.cube");
    run(Command::new(&preprocess).arg("build").arg(analysis_file("hzz4l")).arg(&real_4lep).arg("-o").arg(&data_only))?;
    std::fs::copy(data_only.with_extension("events"), cubes.join("hzz4l.events"))
        .with_context(|| format!("cannot copy the data-only event records into {}", cubes.display()))?;
    for analysis in TWO_LEPTON_ANALYSES {
        run(Command::new(&preprocess)
            .arg("build")
            .arg(analysis_file(analysis))
            .args(&two)
            .arg("-o")
            .arg(cubes.join(format!("{analysis}.cube"))))?;
    }
    for analysis in THREE_LEPTON_ANALYSES {
        run(Command::new(&preprocess)
            .arg("build")
            .arg(analysis_file(analysis))
            .args(&three)
            .arg("-o")
            .arg(cubes.join(format!("{analysis}.cube"))))?;
    }
    // Cubes of simulation and pseudo-data ship without event records: the event display
    // speaks of recorded collisions, and pseudo-data has none (the sampled simulated records
    // `build` writes beside them would be shown as if they were).
    for analysis in TWO_LEPTON_ANALYSES.iter().chain(&THREE_LEPTON_ANALYSES) {
        let events = cubes.join(format!("{analysis}.events"));
        if events.exists() {
            std::fs::remove_file(&events).with_context(|| format!("cannot remove {}", events.display()))?;
        }
    }
    // The home page's index of the bundled cubes (sizes change with the cubes).
    let all: Vec<PathBuf> = ALL_ANALYSES.iter().map(|a| cubes.join(format!("{a}.cube"))).collect();
    run(Command::new(&preprocess).arg("catalog").args(&all).arg("-o").arg(cubes.join("catalog.json")))?;
    for analysis in ALL_ANALYSES {
        let path = cubes.join(format!("{analysis}.cube"));
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        eprintln!("xtask> {}: {} bytes, {} gzip", path.display(), bytes.len(), gzip_size(&bytes)?);
    }
    Ok(())
}

fn gzip_size(bytes: &[u8]) -> Result<usize> {
    use std::io::Write;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes)?;
    Ok(z.finish()?.len())
}
