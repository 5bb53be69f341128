//! `cargo xtask bench`: every benchmark, each printing its own table, then one `SUMMARY` line
//! of the headline figures (the last line but one), collected from the stages' `BENCH key=value`
//! lines and the preprocessor's uproot ratio (`preprocessor`'s `throughput` example: the CLI at
//! growing sizes of the simulated samples, or the real 4lep files when those are missing), and
//! after it one `CLASSROOM` line of issue 19's figures: Lighthouse on the built app (mobile preset)
//! and the cut update at 4× CPU slowdown on every bundled analysis. Benchmarks only: nothing here
//! is part of `cargo xtask test`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::{build_web, describe, run, tools};

/// The SUMMARY line's figures, in its order: exactly the form issue 7 fixed, so scripts that read
/// it keep working; newer figures go in [`TABLE_ONLY`].
const SUMMARY_KEYS: [&str; 7] = [
    "update_p95_ms",
    "crossfilter_ratio",
    "load_ms",
    "anchor_load_ratio",
    "wasm_gz_kb",
    "cube_gz_kb",
    "prep_vs_uproot",
];

/// What the preprocessor's throughput example prints before its ratio to uproot + awkward.
const UPROOT_RATIO_PREFIX: &str = "ratio preprocess (1 thread) / uproot:";

pub fn bench(root: &Path) -> Result<()> {
    let mut figures = BTreeMap::new();

    eprintln!("\n== crossfilter engine and signal-strength refits (native) ==");
    let output = run_echoing(
        Command::new("cargo")
            .args(["bench", "--locked", "-p", "histcube", "--bench", "engine_updates"])
            .current_dir(root),
    )?;
    figures.extend(bench_lines(&output));

    eprintln!("\n== crossfilter engine in headless Chromium (wasm), against npm crossfilter2 ==");
    let e2e = root.join("tests/e2e");
    let page = build_engine_bench_page(root)?;
    tools::npm_ci(&e2e)?;
    let output = run_echoing(
        Command::new("node")
            .arg(e2e.join("bench/engine.mjs"))
            .env("ENGINE_BENCH_DIR", &page)
            .env("CHROMIUM", tools::CHROMIUM)
            .current_dir(root),
    )?;
    figures.extend(bench_lines(&output));

    eprintln!("\n== page load and payload of the built app ==");
    tools::install_all(root)?;
    build_web(root)?;
    let dist = root.join("dist");
    for script in ["bench/load.mjs", "bench/payload.mjs", "bench/event-display.mjs"] {
        let output = run_echoing(
            Command::new("node")
                .arg(e2e.join(script))
                .env("DIST_DIR", &dist)
                .env("CHROMIUM", tools::CHROMIUM)
                .current_dir(root),
        )?;
        figures.extend(bench_lines(&output));
    }

    eprintln!("\n== cut update + redraw in the app, 1 M-cell synthetic cube ==");
    let target = tools::target_dir(root);
    let synthetic = target.join("synthetic-1m.cube");
    run(Command::new("cargo")
        .args(["run", "--locked", "--release", "-p", "yield-oracle", "--example", "synthetic_cube", "--", "1000000"])
        .arg(&synthetic)
        .current_dir(root))?;
    let output = run_echoing(
        Command::new("node")
            .arg(e2e.join("bench/redraw.mjs"))
            .env("DIST_DIR", &dist)
            .env("SYNTHETIC_CUBE", &synthetic)
            .env("CHROMIUM", tools::CHROMIUM)
            .current_dir(root),
    )?;
    figures.extend(bench_lines(&output));

    eprintln!("\n== cut update + redraw at 4× CPU slowdown, every bundled analysis ==");
    let throttled = run_echoing_lenient(
        Command::new("node")
            .arg(e2e.join("bench/throttled.mjs"))
            .env("DIST_DIR", &dist)
            .env("CHROMIUM", tools::CHROMIUM)
            .current_dir(root),
    );
    keep_what_ran(&mut figures, throttled, "the throttled cut-update benchmark");

    eprintln!("\n== Lighthouse, mobile preset: home page and every analysis (gzip), hzz4l uncompressed ==");
    // A benchmark of page loads, not a correctness check: when Lighthouse cannot be installed or
    // cannot measure a page, that is said plainly and the CLASSROOM line shows n/a for it.
    let lighthouse = tools::install_lighthouse(root).and_then(|()| {
        run_echoing_lenient(
            Command::new("node")
                .arg(e2e.join("bench/lighthouse.mjs"))
                .env("DIST_DIR", &dist)
                .env("LIGHTHOUSE", tools::lighthouse_bin(root))
                .env("CHROMIUM", tools::CHROMIUM)
                .current_dir(root),
        )
    });
    keep_what_ran(&mut figures, lighthouse, "Lighthouse");

    eprintln!("\n== preprocessor CLI against uproot + awkward ==");
    tools::install_python_reference(root)?;
    // The example times the `preprocess` binary itself on growing copies of the simulated 4lep
    // samples (`cargo xtask generate`'s work folder, never regenerated here), or falls back to the real 4lep files
    // when they are missing, and says which on its first line.
    run(Command::new("cargo")
        .args(["build", "--locked", "--release", "-p", "preprocessor", "--bin", "preprocess"])
        .current_dir(root))?;
    let output = run_echoing(
        Command::new("cargo")
            .args(["run", "--locked", "--release", "-p", "preprocessor", "--example", "throughput"])
            .current_dir(root),
    )?;
    if let Some(ratio) = uproot_ratio(&output) {
        figures.insert("prep_vs_uproot".to_owned(), ratio);
    }

    for line in figures_table(&figures) {
        println!("{line}");
    }
    let summary: Vec<_> =
        SUMMARY_KEYS.iter().map(|key| format!("{key}={}", figures.get(*key).map_or("n/a", String::as_str))).collect();
    println!("SUMMARY {}", summary.join(" "));
    println!("{}", classroom_line(&figures));
    Ok(())
}

/// Issue 19's line, printed after SUMMARY: Lighthouse's lowest performance score and highest LCP
/// (gzip), the heaviest first view (gzip) and the highest p95 of a cut update at 4× CPU slowdown.
const CLASSROOM_KEYS: [&str; 4] = ["lh_perf_min", "lcp_ms_max", "first_view_kib_max", "throttled_update_p95_ms"];

fn classroom_line(figures: &BTreeMap<String, String>) -> String {
    let fields: Vec<_> =
        CLASSROOM_KEYS.iter().map(|key| format!("{key}={}", figures.get(*key).map_or("n/a", String::as_str))).collect();
    format!("CLASSROOM {}", fields.join(" "))
}

/// crates/engine-bench-web at the release profile (opt-level 3, as natively), bound with
/// wasm-bindgen next to its page; returns the page's folder.
fn build_engine_bench_page(root: &Path) -> Result<PathBuf> {
    tools::install_wasm_target()?;
    tools::install_wasm_bindgen(root)?;
    tools::install_browser()?;
    run(Command::new("cargo")
        .args(["build", "--locked", "--release", "--target", "wasm32-unknown-unknown", "-p", "engine-bench-web"])
        .current_dir(root))?;
    let target = tools::target_dir(root);
    let page = target.join("engine-bench");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&page)
        .arg(target.join("wasm32-unknown-unknown/release/engine_bench_web.wasm")))?;
    std::fs::copy(root.join("crates/engine-bench-web/index.html"), page.join("index.html"))
        .context("copying the benchmark page")?;
    Ok(page)
}

/// Runs a command like [`run`], printing its standard output as it comes, and returns that
/// output's lines.
fn run_echoing(cmd: &mut Command) -> Result<Vec<String>> {
    let (lines, status) = run_echoing_lenient(cmd)?;
    if !status.success() {
        bail!("`{}` failed with {status}", describe(cmd));
    }
    Ok(lines)
}

/// Like [`run_echoing`], but a failing command still gives back what it printed, with its exit
/// status: for benchmarks whose partial figures are worth keeping.
fn run_echoing_lenient(cmd: &mut Command) -> Result<(Vec<String>, std::process::ExitStatus)> {
    eprintln!("xtask> {}", describe(cmd));
    let mut child =
        cmd.stdout(Stdio::piped()).spawn().with_context(|| format!("could not start `{}`", describe(cmd)))?;
    let mut lines = Vec::new();
    for line in BufReader::new(child.stdout.take().expect("stdout is piped")).lines() {
        let line = line.context("reading the benchmark's output")?;
        println!("{line}");
        lines.push(line);
    }
    Ok((lines, child.wait()?))
}

/// Figures printed in the table before the SUMMARY line but not in it (its format is fixed),
/// with what each one measures.
const TABLE_ONLY: [(&str, &str); 22] = [
    ("redraw_p50_ms", "cut update including the redraw, p50, 1 M-cell cube in the app (Chromium), key-repeat steps"),
    ("redraw_p95_ms", "cut update including the redraw, p95, 1 M-cell cube in the app (Chromium), key-repeat steps"),
    ("redraw_back_to_back_p50_ms", "the same, p50, steps back to back (deferred work lands in the next step)"),
    ("redraw_back_to_back_p95_ms", "the same, p95, steps back to back"),
    ("fit_refit_p50_ms", "signal-strength refit p50, staterror + 2 normsys, 41-point scan (native)"),
    ("fit_refit_p95_ms", "signal-strength refit p95, staterror + 2 normsys, 41-point scan (native)"),
    ("load_ms_ttz", "page load to first plot, ?a=ttz"),
    ("anchor_load_ratio_ttz", "older approach / ours on ttz's events as a per-event CSV"),
    ("load_ms_hww", "page load to first plot, ?a=hww"),
    ("anchor_load_ratio_hww", "older approach / ours on hww's events as a per-event CSV (n/a if it cannot load them)"),
    ("events_gz_kb", "the largest event records file, gzip KB (downloaded only when the event display is opened)"),
    ("event_draw_p50_ms", "event display, both views of one hzz4l collision painted, p50 (Chromium)"),
    ("event_draw_p95_ms", "event display, both views of one hzz4l collision painted, p95 (Chromium)"),
    ("throttled_update_p95_ms", "cut update + redraw p95 at 4× CPU slowdown, highest of the bundled analyses"),
    ("throttled_update_p95_ms_hzz4l", "the same on ?a=hzz4l"),
    ("throttled_update_p95_ms_hww", "the same on ?a=hww"),
    ("throttled_update_p95_ms_ttz", "the same on ?a=ttz"),
    ("lh_perf_min", "Lighthouse mobile performance × 100, lowest of home and every analysis (gzip)"),
    ("lcp_ms_max", "Lighthouse largest contentful paint, highest of those pages (gzip)"),
    ("first_view_kib_max", "Lighthouse page weight in KiB, heaviest of those pages (gzip)"),
    ("lh_perf_uncompressed", "Lighthouse mobile performance × 100, ?a=hzz4l served uncompressed"),
    ("lcp_ms_uncompressed", "Lighthouse largest contentful paint, ?a=hzz4l served uncompressed"),
];

/// The figures of a stage that may fail without failing the run (it measures, it checks
/// nothing): whatever it printed is kept, and what it could not measure stays n/a, said plainly.
fn keep_what_ran(
    figures: &mut BTreeMap<String, String>,
    outcome: Result<(Vec<String>, std::process::ExitStatus)>,
    stage: &str,
) {
    match outcome {
        Ok((output, status)) => {
            figures.extend(bench_lines(&output));
            if !status.success() {
                eprintln!("xtask> {stage} ended with {status}: the figures it did not print are n/a (see above)");
            }
        }
        Err(error) => eprintln!("xtask> {stage} could not run, its figures are n/a: {error:#}"),
    }
}

/// The table of every headline figure: the SUMMARY line's, then [`TABLE_ONLY`]; "n/a" for a
/// figure no stage printed.
fn figures_table(figures: &BTreeMap<String, String>) -> Vec<String> {
    let rows: Vec<(&str, &str)> = SUMMARY_KEYS.iter().map(|key| (*key, "")).chain(TABLE_ONLY).collect();
    let mut lines = vec![String::new(), "figures of this run".to_owned(), format!("{:>30} {:>10}", "figure", "value")];
    for (key, about) in rows {
        let value = figures.get(key).map_or("n/a", String::as_str);
        lines.push(format!("{key:>30} {value:>10}  {about}").trim_end().to_owned());
    }
    lines
}

/// `prep_vs_uproot` from the throughput example's output: its last ratio line (the largest size
/// of the scaling runs), without the "×".
fn uproot_ratio(lines: &[String]) -> Option<String> {
    lines
        .iter()
        .rev()
        .find_map(|line| line.strip_prefix(UPROOT_RATIO_PREFIX))
        .map(|ratio| ratio.trim().trim_end_matches('×').to_owned())
}

/// The `BENCH key=value` lines among `lines`.
fn bench_lines(lines: &[String]) -> impl Iterator<Item = (String, String)> + '_ {
    lines.iter().filter_map(|line| {
        let (key, value) = line.strip_prefix("BENCH ")?.split_once('=')?;
        Some((key.trim().to_owned(), value.trim().to_owned()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_shows_the_refit_figures_and_the_summary_keys_stay_as_they_are() {
        let output = ["BENCH fit_refit_p50_ms=0.2950", "BENCH fit_refit_p95_ms=0.4100", "BENCH update_p95_ms=4.8"]
            .map(String::from);
        let figures: BTreeMap<_, _> = bench_lines(&output).collect();
        let table = figures_table(&figures).join("\n");
        assert!(table.contains("fit_refit_p50_ms     0.2950"), "{table}");
        assert!(table.contains("fit_refit_p95_ms     0.4100"), "{table}");
        assert!(table.contains("update_p95_ms        4.8"), "{table}");
        assert!(table.contains("load_ms        n/a"), "{table}");
        assert!(table.contains("anchor_load_ratio_hww        n/a"), "{table}");
        assert_eq!(
            SUMMARY_KEYS,
            [
                "update_p95_ms",
                "crossfilter_ratio",
                "load_ms",
                "anchor_load_ratio",
                "wasm_gz_kb",
                "cube_gz_kb",
                "prep_vs_uproot"
            ],
            "issue 7 fixed the SUMMARY line's keys"
        );
    }

    #[test]
    fn the_classroom_line_names_issue_19s_figures_and_says_n_a_for_a_missing_one() {
        let output = [
            "BENCH lh_perf_min=91",
            "BENCH lcp_ms_max=2480",
            "BENCH first_view_kib_max=280.5",
            "BENCH lcp_ms_uncompressed=3900",
        ]
        .map(String::from);
        let figures: BTreeMap<_, _> = bench_lines(&output).collect();
        assert_eq!(
            classroom_line(&figures),
            "CLASSROOM lh_perf_min=91 lcp_ms_max=2480 first_view_kib_max=280.5 throttled_update_p95_ms=n/a"
        );
    }

    #[test]
    fn prep_vs_uproot_is_the_ratio_line_of_the_throughput_example() {
        let output = [
            "prep_vs_uproot from the simulated 4lep samples of `cargo xtask generate`, at the largest size",
            "   events copies  selected  ours 1 thr ev/s",
            "  1001702    118    986716           312345           401234            45678            44321    6.8×",
            "ratio preprocess (1 thread) / uproot: 6.8×",
        ]
        .map(String::from);
        assert_eq!(uproot_ratio(&output).as_deref(), Some("6.8"));
        assert_eq!(uproot_ratio(&output[..3]), None);
    }

    #[test]
    fn bench_lines_are_picked_out_of_a_stages_output() {
        let output =
            ["a table row 1.0 2.0", "BENCH update_p95_ms=4.8", "BENCH  crossfilter_ratio = 33.0", "BENCH no value"]
                .map(String::from);
        let figures: Vec<_> = bench_lines(&output).collect();
        assert_eq!(
            figures,
            [("update_p95_ms".to_owned(), "4.8".to_owned()), ("crossfilter_ratio".to_owned(), "33.0".to_owned())]
        );
    }
}
