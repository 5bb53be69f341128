//! `cargo xtask fuzz`: coverage-guided fuzzing of the cube decoder and engine with cargo-fuzz
//! (libFuzzer), one target after the other in a single niced process, as docs/reliability.md
//! describes.
//!
//! The corpus lives in the repository as one small file per target, `fuzz/seeds/<target>.bundle`
//! (`[u32 LE length][bytes]…`), because histcube's tests replay it natively and in wasm32 with
//! `include_bytes!`. A run unpacks the bundle into cargo-fuzz's working folder
//! `fuzz/corpus/<target>/`, fuzzes for the given time under an RSS limit, minimises the corpus
//! (`cargo fuzz cmin`) and writes the bundle back. It ends with a `FUZZ target=… execs=…
//! crashes=…` line per target; a crash fails the task and leaves the input in
//! `fuzz/artifacts/<target>/`.
//!
//! cargo-fuzz needs nightly's sanitizer flags; `RUSTC_BOOTSTRAP=1` lets the stable toolchain
//! accept them (the fuzzing build only, never the product).

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

pub const TARGETS: [&str; 2] = ["header", "structured"];
const CARGO_FUZZ_VERSION: &str = "0.13.2";

#[derive(clap::Args)]
pub struct Options {
    /// Seconds of fuzzing per target.
    #[arg(long, default_value_t = 60)]
    time: u64,
    /// Fuzz only this target (header or structured); both by default.
    #[arg(long)]
    target: Option<String>,
    /// libFuzzer's RSS limit in MB: an input that makes the process larger is a finding.
    #[arg(long, default_value_t = 256)]
    rss_limit_mb: u64,
    /// Largest input libFuzzer generates, in bytes: small inputs run faster and keep the
    /// committed corpus small.
    #[arg(long, default_value_t = 1024)]
    max_len: u64,
    /// Where the instrumented build goes (not the workspace's target: other flags).
    #[arg(long)]
    target_dir: Option<PathBuf>,
}

pub fn fuzz(root: &Path, options: &Options) -> Result<()> {
    crate::tools::install_cargo_tool("cargo-fuzz", CARGO_FUZZ_VERSION, &["--locked"])?;
    let targets: Vec<&str> = match &options.target {
        Some(t) if TARGETS.contains(&t.as_str()) => vec![t.as_str()],
        Some(t) => bail!("unknown fuzz target `{t}`: the targets are {}", TARGETS.join(", ")),
        None => TARGETS.to_vec(),
    };
    let fuzz_dir = root.join("fuzz");
    let target_dir = options.target_dir.clone().unwrap_or_else(|| fuzz_dir.join("target"));
    let mut summary = Vec::new();
    for target in targets {
        let corpus = fuzz_dir.join("corpus").join(target);
        let bundle = fuzz_dir.join("seeds").join(format!("{target}.bundle"));
        unpack(&bundle, &corpus)?;
        let execs = run_target(root, target, &corpus, &target_dir, options)?;
        minimise(root, target, &corpus, &target_dir)?;
        let entries = pack(&corpus, &bundle)?;
        eprintln!("xtask> {target}: {execs} executions, corpus of {entries} inputs in {}", bundle.display());
        summary.push(format!("FUZZ target={target} execs={execs} crashes=0 seconds={} corpus={entries}", options.time));
    }
    for line in summary {
        println!("{line}");
    }
    Ok(())
}

fn cargo_fuzz(root: &Path, target_dir: &Path) -> Command {
    // Niced and one process: the machine is shared, and the figures are per core.
    let mut cmd = Command::new("nice");
    cmd.args(["-n", "10", "cargo", "fuzz"])
        .current_dir(root)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target_dir);
    cmd
}

/// Fuzzes one target and returns libFuzzer's count of executions.
fn run_target(root: &Path, target: &str, corpus: &Path, target_dir: &Path, options: &Options) -> Result<u64> {
    let mut cmd = cargo_fuzz(root, target_dir);
    // No AddressSanitizer: the code under test is safe Rust, and ASan's quarantine of freed
    // memory would count against the RSS limit that is meant to catch the cube's allocations.
    cmd.args(["run", "--release", "--sanitizer", "none", "--jobs", "1", target])
        .arg(corpus)
        .arg("--")
        .arg(format!("-max_total_time={}", options.time))
        .arg(format!("-rss_limit_mb={}", options.rss_limit_mb))
        .arg(format!("-malloc_limit_mb={}", options.rss_limit_mb))
        .arg(format!("-max_len={}", options.max_len))
        .arg("-print_final_stats=1")
        .stderr(Stdio::piped());
    eprintln!("xtask> {}", crate::describe(&cmd));
    let mut child = cmd.spawn().context("could not start cargo fuzz")?;
    let mut execs = None;
    for line in BufReader::new(child.stderr.take().expect("piped")).lines() {
        let line = line?;
        // Only libFuzzer's status lines; the per-input ones would flood the log.
        if !line.starts_with('#') || line.contains("DONE") || line.contains("pulse") {
            eprintln!("{line}");
        }
        if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
            execs = n.trim().parse().ok();
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("fuzz target `{target}` found a crash or failed ({status}): see fuzz/artifacts/{target}/");
    }
    execs.with_context(|| format!("libFuzzer printed no execution count for `{target}`"))
}

/// Keeps only the inputs that add coverage, so the committed corpus stays small.
fn minimise(root: &Path, target: &str, corpus: &Path, target_dir: &Path) -> Result<()> {
    let mut cmd = cargo_fuzz(root, target_dir);
    cmd.args(["cmin", "--release", "--sanitizer", "none", target]).arg(corpus);
    crate::run(&mut cmd)
}

/// Writes the bundle's inputs into `corpus/` as files named by content (cargo-fuzz's layout).
fn unpack(bundle: &Path, corpus: &Path) -> Result<()> {
    fs::create_dir_all(corpus)?;
    let Ok(bytes) = fs::read(bundle) else { return Ok(()) };
    for entry in entries(&bytes).with_context(|| format!("{} is not a corpus bundle", bundle.display()))? {
        fs::write(corpus.join(format!("{:016x}", crate::dist::fnv1a(entry))), entry)?;
    }
    Ok(())
}

/// Packs every file of `corpus/` into the bundle, sorted by name so the file is reproducible.
fn pack(corpus: &Path, bundle: &Path) -> Result<usize> {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    files.sort();
    let mut out = Vec::new();
    for file in &files {
        let bytes = fs::read(file)?;
        out.extend_from_slice(&u32::try_from(bytes.len()).context("a corpus input over 4 GiB")?.to_le_bytes());
        out.extend_from_slice(&bytes);
    }
    fs::create_dir_all(bundle.parent().expect("fuzz/seeds"))?;
    fs::write(bundle, out)?;
    Ok(files.len())
}

fn entries(bundle: &[u8]) -> Option<Vec<&[u8]>> {
    let mut out = Vec::new();
    let mut rest = bundle;
    while !rest.is_empty() {
        let len = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        out.push(rest.get(4..4 + len)?);
        rest = &rest[4 + len..];
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_round_trip_through_a_corpus_folder() {
        let dir = std::env::temp_dir().join(format!("xtask-fuzz-{}", std::process::id()));
        let corpus = dir.join("corpus");
        fs::create_dir_all(&corpus).unwrap();
        fs::write(corpus.join("b"), b"second").unwrap();
        fs::write(corpus.join("a"), b"").unwrap();
        let bundle = dir.join("t.bundle");
        assert_eq!(pack(&corpus, &bundle).unwrap(), 2);
        let bytes = fs::read(&bundle).unwrap();
        assert_eq!(entries(&bytes).unwrap(), vec![&b""[..], &b"second"[..]]);
        let again = dir.join("again");
        unpack(&bundle, &again).unwrap();
        assert_eq!(fs::read_dir(&again).unwrap().count(), 2);
        assert!(entries(&bytes[..bytes.len() - 1]).is_none());
        fs::remove_dir_all(dir).unwrap();
    }
}
