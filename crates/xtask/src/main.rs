//! `cargo xtask <task>`: the project's one automation entry point.
//!
//! ```text
//! cargo xtask serve      # install what is missing, build the app into dist/, serve it on 127.0.0.1:8080
//! cargo xtask test       # tidy, native tests, wasm tests in headless Chromium, end-to-end tests
//! cargo xtask tidy       # rustfmt --check, clippy -D warnings (native and wasm32), module docs
//! cargo xtask bench      # benchmarks that print figures, ending with a SUMMARY line
//! cargo xtask setup      # only install the tools (idempotent)
//! cargo xtask dist       # the release app as one offline folder dist/ and a zip (docs/offline.md)
//! cargo xtask generate   # simulated samples (Pythia 8) and the bundled cubes (docs/simulation.md)
//! cargo xtask fuzz --time 600   # fuzz the cube decoder and engine (docs/reliability.md)
//! ```
//!
//! Every tool is installed at a pinned version and skipped when already present at that version,
//! so a warm machine pays nothing and a cold one needs no manual step. Trunk never downloads a
//! tool itself: it runs offline with wasm-bindgen and wasm-opt supplied from registries here.

mod bench;
mod dist;
mod fuzz;
mod generate;
mod serve;
mod split;
mod tidy;
mod tools;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Build, serve, test and benchmark the histogram analyser")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Install missing tools, build the app in release mode and serve it with the bundled cubes.
    Serve {
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Run every test: tidy first, then native, wasm in headless Chromium, and end-to-end in
    /// real Chromium.
    Test,
    /// Check the code's form: `cargo fmt --check`, clippy with warnings as errors (native and
    /// wasm32) and `//!` module documentation at the top of every Rust file.
    Tidy,
    /// Run the benchmarks, print their figures and end with a SUMMARY line of the headline ones.
    Bench,
    /// Install the pinned tools only.
    Setup,
    /// Build the release app into dist/.
    Build,
    /// Build dist/ for offline classrooms and zip it into target/histanalyser-offline.zip.
    Dist,
    /// Regenerate the simulated samples and the bundled cubes (the first run builds Pythia 8:
    /// about an hour on two cores; docs/simulation.md).
    Generate(generate::Options),
    /// Draw the picture of each bundled analysis's first plot, in every language, into
    /// assets/first-view/ (shown while the analysis loads); again after the cubes, the labels or
    /// the plot drawing change: the end-to-end tests fail while a picture is out of date.
    FirstViews,
    /// Fuzz the cube decoder and engine with cargo-fuzz, niced, one target at a time, and keep
    /// the minimised corpus in fuzz/seeds (docs/reliability.md).
    Fuzz(fuzz::Options),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let root = workspace_root();
    std::env::set_current_dir(&root)?;
    match cli.task {
        Task::Setup => tools::install_all(&root),
        Task::Build => {
            tools::install_all(&root)?;
            build_web(&root)
        }
        Task::Serve { port } => {
            tools::install_all(&root)?;
            serve(&root, port)
        }
        Task::Test => test(&root),
        Task::Tidy => tidy::tidy(&root),
        Task::Bench => bench::bench(&root),
        Task::Dist => dist::dist(&root),
        Task::Generate(options) => generate::generate(&root, &options),
        Task::FirstViews => first_views(&root),
        Task::Fuzz(options) => fuzz::fuzz(&root, &options),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).expect("crates/xtask sits two levels down").to_path_buf()
}

/// Runs a command, echoing it, and fails with its exit status.
pub fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("xtask> {}", describe(cmd));
    let status = cmd.status().with_context(|| format!("could not start `{}`", describe(cmd)))?;
    if !status.success() {
        bail!("`{}` failed with {status}", describe(cmd));
    }
    Ok(())
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn trunk(root: &Path) -> Command {
    let mut cmd = Command::new("trunk");
    cmd.current_dir(root).env("PATH", tools::path_with_node_tools(root));
    cmd
}

fn build_web(root: &Path) -> Result<()> {
    tools::check_wasm_bindgen_pin(root)?;
    // Trunk runs `cargo build --offline`; make sure every crate is in the local cache first.
    run(Command::new("cargo").args(["fetch", "--target", "wasm32-unknown-unknown"]).current_dir(root))?;
    run(trunk(root)
        .args(["build", "--release", "--offline", "--skip-version-check"])
        .env("RUSTFLAGS", split::rustflags()))?;
    let dist = root.join("dist");
    // The pages and tools loaded on first use, out of the module every page downloads.
    split::split_app(root, &dist)?;
    // No inline script (strict CSP) and a versioned service worker precache list.
    dist::finish(&dist)
}

/// The release build, finished as `dist` ships it, on a local static server (serve.rs).
fn serve(root: &Path, port: u16) -> Result<()> {
    build_web(root)?;
    serve::serve(&root.join("dist"), port)
}

fn first_views(root: &Path) -> Result<()> {
    tools::install_all(root)?;
    tools::install_browser()?;
    build_web(root)?;
    let e2e = root.join("tests/e2e");
    tools::npm_ci(&e2e)?;
    run(Command::new("node")
        .arg(e2e.join("docs/first-views.mjs"))
        .env("DIST_DIR", root.join("dist"))
        .env("CHROMIUM", tools::CHROMIUM)
        .current_dir(root))?;
    // The pictures are copied into dist/ by the build: the one above still holds the old ones.
    build_web(root)
}

fn test(root: &Path) -> Result<()> {
    // The code's form first: it fails in a minute where the suites below take many.
    tidy::tidy(root)?;
    tools::make_room_for_builds(root)?;
    tools::install_all(root)?;
    tools::install_browser()?;
    tools::check_wasm_bindgen_pin(root)?;

    eprintln!("\n== native tests ==");
    run(Command::new("cargo").args(["test", "--workspace", "--locked"]).current_dir(root))?;

    eprintln!(
        "\n== UHI export opens in scikit-hep's uhi and hist; the fit agrees with pyhf; the generator's prompt-lepton rule and event bookkeeping =="
    );
    tools::install_python_reference(root)?;
    run(Command::new(root.join(".venv/bin/python"))
        .args([
            "-m",
            "pytest",
            "-q",
            "tools/validation/test_uhi_export.py",
            "tools/validation/test_pyhf_fit.py",
            "tools/generator/test_detector.py",
            "tools/generator/test_generate.py",
        ])
        .current_dir(root))?;

    eprintln!("\n== wasm tests in headless Chromium ==");
    run(Command::new("cargo")
        .args(["test", "--locked", "--target", "wasm32-unknown-unknown", "-p", "histcube", "-p", "analyser-web"])
        .env("CHROMEDRIVER", tools::CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .current_dir(root))?;

    eprintln!("\n== end-to-end tests in Chromium ==");
    build_web(root)?;
    let e2e = root.join("tests/e2e");
    tools::npm_ci(&e2e)?;
    run(Command::new("node")
        .args(["--test", "--test-reporter=spec", "--test-reporter-destination=stdout"])
        // Node 20 searches a directory for *.test.mjs files (skipping node_modules).
        .arg(&e2e)
        .env("DIST_DIR", root.join("dist"))
        .env("CHROMIUM", tools::CHROMIUM)
        .current_dir(root))?;
    eprintln!("\nxtask> every test suite passed");
    Ok(())
}
