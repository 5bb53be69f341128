//! Events per second of the hzz4l build on the real 4lep files, next to the independent
//! uproot + awkward selection (tools/validation/hzz4l_uproot.py) when `.venv` exists.
//!
//! ```text
//! cargo run --release -p preprocessor --example throughput [-- SECONDS]
//! ```
//!
//! The four files (832 events) are fed repeatedly until at least SECONDS (default 2) have
//! passed, once on one thread (comparable with the single-threaded Python) and once on all
//! cores. Both sides open and decompress the files on every pass, as a real run over many
//! files would.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use preprocessor::analysis;
use preprocessor::build::{self, BuildOptions};

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds the hzz4l cube from `files` repeatedly until `at_least` has passed; returns events/s.
fn rust_events_per_second(files: &[PathBuf], jobs: usize, at_least: Duration) -> anyhow::Result<(f64, u64)> {
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

/// Runs the uproot script's benchmark mode; `None` with the reason when it cannot.
fn uproot_events_per_second(data_dir: &std::path::Path, seconds: f64) -> Result<f64, String> {
    let python = workspace().join(".venv/bin/python");
    if !python.exists() {
        return Err(format!(
            "no {}; create it with `python -m venv .venv && .venv/bin/pip install uproot awkward numpy`",
            python.display()
        ));
    }
    let output = Command::new(&python)
        .arg(workspace().join("tools/validation/hzz4l_uproot.py"))
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--bench")
        .arg(seconds.to_string())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !output.status.success() {
        return Err(format!("the uproot script failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("the uproot script printed no JSON: {e}"))?;
    json["events_per_second"].as_f64().ok_or_else(|| "no events_per_second in the uproot output".to_owned())
}

fn main() -> anyhow::Result<()> {
    let seconds: f64 = std::env::args().nth(1).map(|s| s.parse()).transpose()?.unwrap_or(2.0);
    let data_dir = workspace().join("../shared/data/opendata-2020/4lep/Data");
    let files = build::expand_inputs(&[data_dir.display().to_string()])?;
    let at_least = Duration::from_secs_f64(seconds);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    let (single, events) = rust_events_per_second(&files, 1, at_least)?;
    println!("preprocess hzz4l, 1 thread:    {single:>12.0} events/s ({events} events)");
    let (parallel, events) = rust_events_per_second(&files, cores, at_least)?;
    println!("preprocess hzz4l, {cores} threads:   {parallel:>12.0} events/s ({events} events)");
    match uproot_events_per_second(&data_dir, seconds) {
        Ok(uproot) => {
            println!("uproot + awkward, 1 process: {uproot:>12.0} events/s");
            println!("ratio preprocess (1 thread) / uproot: {:.1}×", single / uproot);
        }
        Err(reason) => println!("uproot comparison skipped: {reason}"),
    }
    Ok(())
}
