//! `preprocess`: the command-line front of the preprocessor crate (see the crate docs).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};
use histcube::{Cube, DataKind, Engine, NamedCut};

use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions, DEFAULT_LUMINOSITY_FB};
use preprocessor::csv_import::{self, CsvConfig};
use preprocessor::output::write_atomically;
use preprocessor::remote;
use preprocessor::summary::{self, Summary};

mod fit_cmd;

mod catalog;

/// Turns ATLAS Open Data into histogram cubes for the browser app.
#[derive(Parser)]
#[command(name = "preprocess", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Builds the cube of an analysis from ROOT ntuples.
    ///
    /// Exit status: 0 on success; 1 on error (nothing written); 2 when --keep-going skipped
    /// files: the cube of the readable files is written and the skipped ones are listed.
    Build(BuildArgs),
    /// Lists the trees of a ROOT file with their branches, types and entries.
    Inspect {
        file: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Describes a cube: analysis, axes, processes with yields, data kind, inputs.
    Summary {
        cube: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Exports every axis × process histogram as UHI JSON, one object keyed `<axis>/<process>`.
    Export {
        cube: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// A cut before exporting: `axis=lo:hi` (either end may be empty) or `axis=cat1,cat2`.
        /// Repeat for several axes. Each histogram ignores the cut on its own axis.
        #[arg(long = "cut", value_name = "AXIS=RANGE")]
        cuts: Vec<String>,
    },
    /// Rewrites a cube of an earlier format version in the current one: same cells, the
    /// manifest's new fields from the analysis file.
    Upgrade {
        cube: PathBuf,
        /// The analysis file (or bundled analysis id) the cube was built with. Default: the
        /// bundled analysis with the cube's id.
        #[arg(long)]
        analysis: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Makes a cube from the older Histogram Analyser's per-event CSV, mapped by a TOML config
    /// (format in the crate docs; examples in crates/preprocessor/configs/).
    ///
    /// Exit status: 0 on success; 1 on error; 2 when --keep-going skipped bad rows.
    ImportCsv {
        csv: PathBuf,
        /// The TOML mapping of types to processes and columns to axes.
        #[arg(long)]
        config: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// Skip rows that cannot be used (counted and listed) instead of stopping at the first.
        #[arg(long)]
        keep_going: bool,
    },
    /// Fits the signal strength μ on one axis under the cuts (binned likelihood, as pyhf):
    /// μ̂ with its profile-likelihood errors, q₀ and the discovery significance Z.
    Fit(fit_cmd::FitArgs),
    /// Writes the model `fit` fits as a pyhf JSON workspace.
    Workspace(fit_cmd::WorkspaceArgs),
    /// Adds cubes of the same analysis (e.g. built from separate batches of files).
    Merge {
        #[arg(required = true, num_args = 2..)]
        cubes: Vec<PathBuf>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Writes the web app's index of bundled cubes (id, title, data kind, size, file).
    Catalog {
        #[arg(required = true)]
        cubes: Vec<PathBuf>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Internal: reads one ROOT file under a memory limit for `build` (preprocessor::isolated).
    #[command(hide = true)]
    ReadRoot { file: PathBuf },
}

#[derive(clap::Args)]
struct BuildArgs {
    /// The analysis: its file (analyses/hzz4l.toml; format in docs/analysis-files.md), or the id
    /// of one bundled into this binary (hzz4l, hww, ttz, explorer).
    analysis: String,
    /// ROOT files, folders (searched recursively for *.root), glob patterns, or http(s):// URLs of
    /// ROOT files (downloaded into the cache first; `URL#sha256=<hex>` checks the file).
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Where to write the cube.
    #[arg(short, long)]
    output: PathBuf,
    /// Integrated luminosity the simulation is normalised to, fb⁻¹.
    #[arg(long, default_value_t = DEFAULT_LUMINOSITY_FB)]
    lumi: f64,
    /// What the cube's data is. Default: the analysis file's `data` (real for hzz4l, pseudo for
    /// hww, ttz and explorer). With `pseudo`
    /// the data is drawn from the summed simulation and recorded-data inputs are refused.
    #[arg(long, value_enum)]
    data_kind: Option<DataKindArg>,
    /// Seed of the pseudo-data draws (default: the analysis file's `pseudo_data_seed`, else
    /// the preprocessor's fixed seed).
    #[arg(long)]
    seed: Option<u64>,
    /// Skip files that cannot be read, list them at the end and exit with status 2.
    #[arg(long)]
    keep_going: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Where downloaded inputs are kept. Default: $PREPROCESS_CACHE_DIR, else
    /// $XDG_CACHE_HOME/opendata-histogram-analyser/inputs, else ~/.cache/opendata-histogram-analyser/inputs.
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
    /// Further attempts when a download breaks off, each continuing where the last stopped.
    #[arg(long, default_value_t = remote::DEFAULT_RETRIES)]
    retries: u32,
    /// Milliseconds before the first retry of a download (the next ones wait longer).
    #[arg(long, default_value_t = 2000, hide = true)]
    retry_pause_ms: u64,
}

#[derive(Clone, Copy, ValueEnum)]
enum DataKindArg {
    Real,
    Pseudo,
    None,
}

impl From<DataKindArg> for DataKind {
    fn from(k: DataKindArg) -> Self {
        match k {
            DataKindArg::Real => DataKind::Real,
            DataKindArg::Pseudo => DataKind::PseudoData,
            DataKindArg::None => DataKind::None,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Build(args) => run_build(args),
        Command::Inspect { file, json } => {
            let info = preprocessor::root::inspect(&file)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&info)?);
            } else {
                print_inspect(&info);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Summary { cube, json } => {
            let bytes = std::fs::read(&cube).with_context(|| format!("cannot read {}", cube.display()))?;
            let decoded = decode(&bytes, &cube)?;
            let s = Summary::new(&decoded, summary::size(&bytes));
            if json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                print!("{}", s.text());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Upgrade { cube, analysis, output } => {
            let bytes = std::fs::read(&cube).with_context(|| format!("cannot read {}", cube.display()))?;
            let analysis = match analysis {
                Some(arg) => analysis::resolve(&arg)?,
                None => {
                    let id = preprocessor::upgrade::analysis_id(&bytes).with_context(|| cube.display().to_string())?;
                    analysis::resolve(&id).with_context(|| format!("{}: give --analysis", cube.display()))?
                }
            };
            let upgraded =
                preprocessor::upgrade::upgrade(&bytes, &analysis).with_context(|| cube.display().to_string())?;
            write_cube(&output, &upgraded)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { cube, output, cuts } => {
            let cube = read_cube(&cube)?;
            let mut engine = Engine::new(cube);
            for cut in &cuts {
                apply_cut(&mut engine, cut)?;
            }
            let json = serde_json::to_vec(&engine.uhi_all())?;
            write_atomically(&output, &json)?;
            eprintln!("wrote {} ({} histograms)", output.display(), engine.n_axes() * engine.n_processes());
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportCsv { csv, config, output, keep_going } => {
            let config = CsvConfig::load(&config)?;
            let report = csv_import::import(&csv, &config, keep_going)?;
            write_cube(&output, &report.cube)?;
            let per_code: Vec<String> = report.rows_per_code.iter().map(|(c, n)| format!("type {c}: {n}")).collect();
            println!("{} rows read, {} imported ({})", report.rows_read, report.rows_imported, per_code.join(", "));
            if report.rows_skipped == 0 {
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!("skipped {} rows; the first ones:", report.rows_skipped);
            for reason in &report.first_skip_reasons {
                eprintln!("  {reason}");
            }
            Ok(ExitCode::from(2))
        }
        Command::Fit(args) => fit_cmd::run_fit(args).map(|()| ExitCode::SUCCESS),
        Command::Workspace(args) => fit_cmd::run_workspace(args).map(|()| ExitCode::SUCCESS),
        Command::Merge { cubes, output } => {
            let mut merged = read_cube(&cubes[0])?;
            for path in &cubes[1..] {
                let next = read_cube(path)?;
                merged = merged
                    .merge(&next)
                    .with_context(|| format!("cannot merge {} into {}", path.display(), cubes[0].display()))?;
            }
            write_cube(&output, &merged)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Catalog { cubes, output } => {
            let catalog = catalog::build(&cubes)?;
            write_atomically(&output, catalog.to_json().as_bytes())?;
            eprintln!("wrote {} ({} analyses)", output.display(), catalog.analyses.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::ReadRoot { file } => Ok(ExitCode::from(preprocessor::isolated::serve(&file))),
    }
}

fn run_build(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let analysis = analysis::resolve(&args.analysis)?;
    let inputs = download_remote_inputs(&args)?;
    let files = build::expand_inputs(&inputs)?;
    // Each file is read by a child process with a memory limit: no corrupt file can abort the run.
    preprocessor::root::read_in_child_processes(std::env::current_exe().context("cannot find this program's path")?);
    let options = BuildOptions {
        luminosity_fb: args.lumi,
        data_kind: args.data_kind.map(DataKind::from),
        keep_going: args.keep_going,
        jobs: args.jobs,
        show_progress: std::io::stderr().is_terminal(),
        pseudo_data_seed: args.seed,
    };
    let report = build::build(&analysis, &files, &options)?;
    // Control-region events (filling a background estimated from data) are shown apart.
    let control_region = |n: u64| if n > 0 { format!(" {n:>8} in the control region") } else { String::new() };
    for file in &report.files {
        println!(
            "{:<40} {:>10} events read {:>8} selected{}",
            build::file_name(&file.path),
            file.events_read,
            file.events_selected,
            control_region(file.control_region_events)
        );
    }
    let selected: u64 = report.files.iter().map(|f| f.events_selected).sum();
    let read: u64 = report.files.iter().map(|f| f.events_read).sum();
    let in_control_region: u64 = report.files.iter().map(|f| f.control_region_events).sum();
    println!("{:<40} {read:>10} events read {selected:>8} selected{}", "total", control_region(in_control_region));
    for file in &report.files {
        // The content decides what is data; a file name saying otherwise deserves a look.
        let name = build::file_name(&file.path);
        let named_data = name.starts_with("data");
        // The release names its files <sample>.<skim>.root.
        if let Some(skim) = analysis.skim() {
            let file_skim = name.strip_suffix(".root").and_then(|stem| stem.rsplit_once('.')).map(|(_, s)| s);
            if file_skim.is_some_and(|s| s.ends_with("lep") && s != skim) {
                eprintln!(
                    "note: {name} looks like a file of the {} skim; {} reads the {skim} skim",
                    file_skim.unwrap_or(""),
                    analysis.id()
                );
            }
        }
        if (named_data && file.simulated_events > 0) || (!named_data && file.data_events > 0) {
            eprintln!(
                "note: {name} holds {} recorded-data and {} simulated events (data: channelNumber = runNumber), \
                 which its name does not suggest",
                file.data_events, file.simulated_events
            );
        }
    }
    for shape in &report.relaxed_shapes {
        let s = shape.sums;
        let uncertainty = if s.full_events > 0 {
            format!(" ± {:.0} %", 100.0 * s.full_relative_uncertainty())
        } else {
            String::new()
        };
        println!(
            "{}: shape from {} events of the relaxed selection (Σw {:.4}), normalised to the {} events passing the \
             full selection (Σw {:.4}{uncertainty}): × {:.4}",
            shape.process,
            s.relaxed_events,
            s.relaxed_sumw,
            s.full_events,
            s.full_sumw,
            s.factor()
        );
        if s.full_events == 0 && s.relaxed_events > 0 {
            eprintln!(
                "note: no simulated event of `{}` passes the full selection, so its estimate is zero; more simulated \
                 events would tell how small it is",
                shape.process
            );
        }
    }
    write_cube(&args.output, &report.cube)?;
    write_events(&args.output.with_extension("events"), &report.events)?;
    if !report.unknown_dsids.is_empty() {
        let list: Vec<String> = report.unknown_dsids.iter().map(|(d, n)| format!("{d} ({n} events)")).collect();
        println!("DSIDs not in the 2020 sample table, filled as `other`: {}", list.join(", "));
    }
    if report.skipped.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("skipped {} of {} files:", report.skipped.len(), files.len());
    for skipped in &report.skipped {
        eprintln!("  {:#}", skipped.error);
    }
    Ok(ExitCode::from(2))
}

/// The inputs with each URL replaced by its file in the download cache (downloaded if needed).
fn download_remote_inputs(args: &BuildArgs) -> anyhow::Result<Vec<String>> {
    if !args.inputs.iter().any(|input| remote::is_url(input)) {
        return Ok(args.inputs.clone());
    }
    let options = remote::DownloadOptions {
        retries: args.retries,
        retry_pause: std::time::Duration::from_millis(args.retry_pause_ms),
        show_progress: std::io::stderr().is_terminal(),
        ..remote::DownloadOptions::new(remote::cache_dir(args.cache_dir.clone())?)
    };
    remote::download_inputs(&args.inputs, &options)
}

fn print_inspect(info: &preprocessor::root::FileInfo) {
    println!("{} (written by ROOT {})", info.file, info.root_version);
    for (name, class) in &info.objects {
        println!("  {name}: {class}");
    }
    for tree in &info.trees {
        println!("\ntree {} ({} entries, {} branches)", tree.name, tree.entries, tree.branches.len());
        for b in &tree.branches {
            println!("  {:<28} {:<24} {}", b.name, b.type_name, b.entries);
        }
    }
}

fn decode(bytes: &[u8], path: &Path) -> anyhow::Result<Cube> {
    histcube::decode(bytes).with_context(|| format!("{} is not a readable cube", path.display()))
}

fn read_cube(path: &Path) -> anyhow::Result<Cube> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    decode(&bytes, path)
}

/// Writes `cube` and prints its size, cell count and per-process yields.
fn write_cube(path: &Path, cube: &Cube) -> anyhow::Result<()> {
    histcube::format::check_manifest_size(cube.manifest())
        .map_err(|reason| anyhow::anyhow!("cannot write {}: {reason}", path.display()))?;
    let bytes = histcube::encode(cube);
    write_atomically(path, &bytes)?;
    let s = Summary::new(cube, summary::size(&bytes));
    println!(
        "wrote {}: {} bytes ({} gzip), {} cells, analysis {}, data {:?}",
        path.display(),
        s.size.bytes,
        s.size.gzip_bytes,
        s.cells,
        s.analysis,
        s.data_kind
    );
    print!("{}", s.process_table());
    if s.size.gzip_bytes > GZIP_BUDGET_BYTES || s.cells > CELL_BUDGET {
        eprintln!(
            "warning: the cube is larger than the app's budget ({} cells, {} bytes gzip; aim for ≤ {CELL_BUDGET} cells \
             and ≤ {GZIP_BUDGET_BYTES} bytes): coarser bins or fewer axes would load faster",
            s.cells, s.size.gzip_bytes
        );
    }
    Ok(())
}

/// What the browser app is designed to load quickly: about 100k occupied cells, 1.5 MB gzip.
const CELL_BUDGET: usize = 100_000;
const GZIP_BUDGET_BYTES: usize = 1_500_000;
/// The event records' budget per analysis, compressed: a fraction of the cube's download.
const EVENTS_GZIP_BUDGET_BYTES: usize = 100_000;

/// Writes the event records beside the cube (`<cube stem>.events`, the name the app looks for).
fn write_events(path: &Path, events: &histcube::EventFile) -> anyhow::Result<()> {
    let bytes = histcube::encode_events(events).context("the event records are inconsistent")?;
    write_atomically(path, &bytes)?;
    let size = summary::size(&bytes);
    let counts: Vec<String> = events
        .processes
        .iter()
        .filter(|p| p.recorded > 0)
        .map(|p| format!("{} {}{}", p.id, p.recorded, if p.complete() { "" } else { " (sample)" }))
        .collect();
    println!(
        "wrote {}: {} events, {} bytes ({} gzip): {}",
        path.display(),
        events.events.len(),
        size.bytes,
        size.gzip_bytes,
        counts.join(", ")
    );
    if size.gzip_bytes > EVENTS_GZIP_BUDGET_BYTES {
        eprintln!(
            "warning: the event records are larger than the app's budget ({} bytes gzip; aim for ≤ \
             {EVENTS_GZIP_BUDGET_BYTES})",
            size.gzip_bytes
        );
    }
    Ok(())
}

/// Parses `axis=lo:hi` or `axis=a,b` (`histcube::cut_text`) and applies it.
fn apply_cut(engine: &mut Engine, spec: &str) -> anyhow::Result<()> {
    let NamedCut { axis: axis_id, cut } = spec.parse().with_context(|| format!("cut `{spec}`"))?;
    let manifest = engine.cube().manifest();
    let Some(axis) = manifest.axis_index(&axis_id) else {
        let ids: Vec<&str> = manifest.axes.iter().map(|a| a.id.as_str()).collect();
        bail!("cut `{spec}`: the cube has no axis `{axis_id}` (axes: {})", ids.join(", "));
    };
    engine.set_cut(axis, &cut).with_context(|| format!("cut `{spec}`"))?;
    Ok(())
}
