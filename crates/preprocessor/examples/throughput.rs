//! Events per second of the hzz4l selection: our `preprocess` CLI next to the independent
//! uproot + awkward selection (tools/validation/hzz4l_uproot.py, run with `.venv/bin/python`).
//!
//! ```text
//! cargo build --release -p preprocessor --bin preprocess
//! cargo run --release -p preprocessor --example throughput [-- --sizes 10000,100000,1000000 --seconds 2]
//! ```
//!
//! **Scaling (when the simulated samples exist).** `cargo xtask generate` writes simulated
//! samples in the release's format under `~/.cache/opendata-histogram-analyser/simulated/root/`
//! (this example never makes them: the generator runs for hours). Their 4lep files (VBF and ggF
//! H→ZZ→4ℓ and the four parts of Sherpa's qq̄→4ℓ) are hard-linked (copied where links fail) into numbered
//! folders `target/prep-scaling/copy-NNNN/`, keeping their names, as many folders as each size
//! needs (the CLI refuses a file given twice, so the same path cannot simply be repeated). At
//! each size the same list of files goes to `preprocess build hzz4l --data-kind none --jobs 1`,
//! to `--jobs N` (N = the cores), and to the uproot script (`--files-from LIST --bench 0`, one
//! pass). Each side's events read and events selected are printed; they must agree, or the
//! example fails. Our figure is the whole process's wall time (start-up, reading, selection,
//! filling and writing the cube); the uproot figure is the script's own timing of its pass,
//! which leaves out the Python start-up and the imports of uproot and awkward (about a second),
//! so the ratio favours uproot. The last line, the ratio of the largest size at one thread, is
//! what `cargo xtask bench` reports as `prep_vs_uproot`.
//!
//! **Fallback (no simulated samples).** The real 4lep data files (832 events) are fed
//! repeatedly, through the library on one thread and on all cores, for at least SECONDS
//! (default 2), against the script's time-based benchmark mode on the same files; file opening
//! dominates there.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

/// The simulated 4-lepton samples the scaling runs repeat.
const SIMULATED_4LEP: [&str; 6] = [
    "mc_344235.VBFH125_ZZ4lep.4lep.root",
    "mc_345060.ggH125_ZZ4lep.4lep.root",
    "mc_363490.llll_low.4lep.root",
    "mc_363490.llll_window.4lep.root",
    "mc_363490.llll_window_soft.4lep.root",
    "mc_363490.llll_high.4lep.root",
];

/// Event counts the scaling runs aim at (each rounded up to whole copies of the samples).
const DEFAULT_SIZES: [u64; 3] = [10_000, 100_000, 1_000_000];

/// What this example prints before its ratio; `cargo xtask bench` looks for it.
const RATIO_PREFIX: &str = "ratio preprocess (1 thread) / uproot:";

fn workspace() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    path.canonicalize().unwrap_or(path)
}

/// Where `cargo xtask generate` writes the full samples' ROOT files (its default work folder).
fn simulated_root() -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| workspace().join("target"), PathBuf::from);
    home.join(".cache/opendata-histogram-analyser/simulated/root")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| workspace().join("target"), |dir| workspace().join(dir))
}

fn python() -> Result<PathBuf> {
    let python = workspace().join(".venv/bin/python");
    if !python.exists() {
        bail!(
            "no {}; create it with `python -m venv .venv && .venv/bin/pip install -r tools/validation/requirements.txt`",
            python.display()
        );
    }
    Ok(python)
}

struct Args {
    sizes: Vec<u64>,
    seconds: f64,
}

fn parse_args() -> Result<Args> {
    let mut args = Args { sizes: DEFAULT_SIZES.to_vec(), seconds: 2.0 };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let value = it.next().with_context(|| format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--sizes" => {
                args.sizes =
                    value.split(',').map(|s| s.trim().parse()).collect::<Result<_, _>>().context("--sizes: numbers")?;
                if args.sizes.is_empty() {
                    bail!("--sizes needs at least one size");
                }
                args.sizes.sort_unstable();
            }
            "--seconds" => args.seconds = value.parse().context("--seconds: a number")?,
            other => bail!("unknown argument {other} (known: --sizes N,N,N  --seconds S)"),
        }
    }
    Ok(args)
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let simulated = simulated_root();
    if SIMULATED_4LEP.iter().all(|name| simulated.join(name).is_file()) {
        println!("prep_vs_uproot from the simulated 4lep samples in {}, at the largest size", simulated.display());
        scaling(&simulated, &args.sizes)
    } else {
        println!(
            "prep_vs_uproot from the real 4lep data files: no simulated 4lep samples in {} (`cargo xtask generate` makes them)",
            simulated.display()
        );
        real_data(args.seconds)
    }
}

/// The `preprocess` binary of this build, next to this example's folder.
fn preprocess_binary() -> Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let profile = exe.parent().and_then(Path::parent).context("the example sits in <target>/<profile>/examples")?;
    let binary = profile.join(format!("preprocess{}", std::env::consts::EXE_SUFFIX));
    if !binary.is_file() {
        bail!("no {}; build it first: cargo build --release -p preprocessor --bin preprocess", binary.display());
    }
    Ok(binary)
}

/// Folders `copy-0000 …` under `root`, each holding the samples (hard links, or copies),
/// `count` of them; returns their paths.
fn copies(simulated: &Path, root: &Path, count: usize) -> Result<Vec<PathBuf>> {
    let mut folders = Vec::with_capacity(count);
    for i in 0..count {
        let folder = root.join(format!("copy-{i:04}"));
        std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
        for name in SIMULATED_4LEP {
            let (from, to) = (simulated.join(name), folder.join(name));
            if to.exists() {
                continue;
            }
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to)
                    .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
            }
        }
        folders.push(folder);
    }
    Ok(folders)
}

/// One run of the CLI: (events read, events selected, wall seconds).
fn run_cli(binary: &Path, folders: &[PathBuf], jobs: usize, cube: &Path) -> Result<(u64, u64, f64)> {
    let start = Instant::now();
    let output = Command::new(binary)
        .args(["build", "hzz4l", "--data-kind", "none", "--jobs", &jobs.to_string(), "--output"])
        .arg(cube)
        .args(folders)
        .output()
        .with_context(|| format!("cannot run {}", binary.display()))?;
    let seconds = start.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!("preprocess failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    // "total   <read> events read   <selected> selected"
    let total =
        stdout.lines().find(|line| line.starts_with("total ")).context("no total line in preprocess's output")?;
    let numbers: Vec<u64> = total.split_whitespace().filter_map(|word| word.parse().ok()).collect();
    let [read, selected] = numbers[..] else { bail!("cannot read the total line: {total}") };
    Ok((read, selected, seconds))
}

/// One pass of the uproot script over `list`: (events read, events selected, the script's own
/// seconds for the pass, wall seconds of the whole process).
fn run_uproot(python: &Path, list: &Path) -> Result<(u64, u64, f64, f64)> {
    let start = Instant::now();
    let output = Command::new(python)
        .arg(workspace().join("tools/validation/hzz4l_uproot.py"))
        .arg("--files-from")
        .arg(list)
        .args(["--bench", "0"])
        .output()
        .with_context(|| format!("cannot run {}", python.display()))?;
    let wall = start.elapsed().as_secs_f64();
    if !output.status.success() {
        bail!("the uproot script failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("the uproot script printed no JSON")?;
    let field = |key: &str| json[key].as_f64().with_context(|| format!("no {key} in the uproot output"));
    Ok((field("events")? as u64, field("selected")? as u64, field("seconds")?, wall))
}

fn scaling(simulated: &Path, sizes: &[u64]) -> Result<()> {
    let binary = preprocess_binary()?;
    let python = python()?;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let work = target_dir().join("prep-scaling");
    let cube = work.join("hzz4l.cube");

    // Warm-up (page cache, the binary, Python's bytecode) and the events in one copy.
    let one = copies(simulated, &work, 1)?;
    let (per_copy, _, _) = run_cli(&binary, &one, 1, &cube)?;
    let list = work.join("files.txt");
    std::fs::write(
        &list,
        SIMULATED_4LEP.iter().map(|n| format!("{}\n", one[0].join(n).display())).collect::<String>(),
    )?;
    run_uproot(&python, &list)?;

    println!(
        "{:>9} {:>6} {:>9} {:>16} {:>16} {:>16} {:>16} {:>7}",
        "events",
        "copies",
        "selected",
        "ours 1 thr ev/s",
        &format!("ours {cores} thr ev/s"),
        "uproot ev/s",
        "uproot+start ev/s",
        "ratio"
    );
    let mut ratio = 0.0;
    for &size in sizes {
        let count = size.div_ceil(per_copy).max(1) as usize;
        let folders = copies(simulated, &work, count)?;
        let files: String = folders
            .iter()
            .flat_map(|f| SIMULATED_4LEP.iter().map(move |n| format!("{}\n", f.join(n).display())))
            .collect();
        std::fs::write(&list, files)?;

        let (read, selected, one_thread) = run_cli(&binary, &folders, 1, &cube)?;
        let (read_n, selected_n, all_threads) = run_cli(&binary, &folders, cores, &cube)?;
        let (read_py, selected_py, pass, wall) = run_uproot(&python, &list)?;
        if (read, selected) != (read_n, selected_n) || (read, selected) != (read_py, selected_py) {
            bail!(
                "the runs disagree: preprocess 1 thread {read} read {selected} selected, {cores} threads {read_n} / \
                 {selected_n}, uproot {read_py} / {selected_py}"
            );
        }
        let events = read as f64;
        ratio = (events / one_thread) / (events / pass);
        println!(
            "{read:>9} {count:>6} {selected:>9} {:>16.0} {:>16.0} {:>16.0} {:>16.0} {:>6.1}×",
            events / one_thread,
            events / all_threads,
            events / pass,
            events / wall,
            ratio
        );
    }
    std::fs::remove_dir_all(&work).with_context(|| format!("cannot remove {}", work.display()))?;
    println!("{RATIO_PREFIX} {ratio:.1}×");
    Ok(())
}

/// Builds the hzz4l cube from `files` repeatedly until `at_least` has passed; returns events/s.
fn rust_events_per_second(files: &[PathBuf], jobs: usize, at_least: Duration) -> Result<(f64, u64)> {
    let hzz = analysis::by_id("hzz4l").expect("hzz4l exists");
    // Enough copies per build that the thread pool has work for every core.
    let batch: Vec<PathBuf> = files.iter().cycle().take(files.len() * 8).cloned().collect();
    let options = BuildOptions { jobs: Some(jobs), ..BuildOptions::default() };
    let start = Instant::now();
    let mut events = 0;
    while start.elapsed() < at_least {
        let report = build::build(hzz, &batch, &options)?;
        events += report.files.iter().map(|f| f.events_read).sum::<u64>();
    }
    Ok((events as f64 / start.elapsed().as_secs_f64(), events))
}

/// The uproot script's time-based benchmark mode over a folder's files.
fn uproot_events_per_second(data_dir: &Path, seconds: f64) -> Result<f64> {
    let python = python()?;
    let output = Command::new(&python)
        .arg(workspace().join("tools/validation/hzz4l_uproot.py"))
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--bench")
        .arg(seconds.to_string())
        .output()
        .with_context(|| format!("cannot run {}", python.display()))?;
    if !output.status.success() {
        bail!("the uproot script failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).context("the uproot script printed no JSON")?;
    json["events_per_second"].as_f64().context("no events_per_second in the uproot output")
}

fn real_data(seconds: f64) -> Result<()> {
    let data_dir = workspace().join("../shared/data/opendata-2020/4lep/Data");
    let files = build::expand_inputs(&[data_dir.display().to_string()])?;
    let at_least = Duration::from_secs_f64(seconds);
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);

    let (single, events) = rust_events_per_second(&files, 1, at_least)?;
    println!("preprocess hzz4l, 1 thread:    {single:>12.0} events/s ({events} events)");
    let (parallel, events) = rust_events_per_second(&files, cores, at_least)?;
    println!("preprocess hzz4l, {cores} threads:   {parallel:>12.0} events/s ({events} events)");
    match uproot_events_per_second(&data_dir, seconds) {
        Ok(uproot) => {
            println!("uproot + awkward, 1 process: {uproot:>12.0} events/s");
            println!("{RATIO_PREFIX} {:.1}×", single / uproot);
        }
        Err(reason) => println!("uproot comparison skipped: {reason:#}"),
    }
    Ok(())
}
