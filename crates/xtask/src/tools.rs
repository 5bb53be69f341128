//! Installing the pinned tools, each skipped when already present at the right version.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::run;

/// Trunk 0.22 needs a newer rustc than these machines have.
const TRUNK_VERSION: &str = "0.21.14";
/// binaryen from npm ships a wasm-opt new enough for current wasm-bindgen output (Debian's is not).
const BINARYEN_VERSION: &str = "132.0.0";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Where npm-installed build tools (wasm-opt) live, outside the source tree's packages.
fn node_tools_dir(root: &Path) -> PathBuf {
    root.join("target/node-tools")
}

/// PATH with the npm tool binaries first, so Trunk finds `wasm-opt` version 132.
pub fn path_with_node_tools(root: &Path) -> std::ffi::OsString {
    let bin = node_tools_dir(root).join("node_modules/.bin");
    let mut paths = vec![bin];
    if let Some(p) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(paths).expect("PATH entries contain no separator")
}

/// The wasm-opt that [`install_all`] installs.
pub fn wasm_opt(root: &Path) -> PathBuf {
    node_tools_dir(root).join("node_modules/.bin/wasm-opt")
}

pub fn install_all(root: &Path) -> Result<()> {
    install_wasm_target()?;
    install_cargo_tool("trunk", TRUNK_VERSION, &["--locked"])?;
    install_wasm_bindgen(root)?;
    install_binaryen(root)
}

/// The wasm-bindgen CLI (and wasm-bindgen-test-runner) at Cargo.lock's wasm-bindgen version.
pub fn install_wasm_bindgen(root: &Path) -> Result<()> {
    // wasm-bindgen-cli must match the wasm-bindgen crate exactly; its own lock file pins a
    // crate version the registry no longer serves, hence no `--locked`.
    let wasm_bindgen = locked_version(root, "wasm-bindgen")?;
    install_cargo_tool_as("wasm-bindgen-cli", "wasm-bindgen", &wasm_bindgen, &[])
}

pub fn install_wasm_target() -> Result<()> {
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output().context("rustup is needed")?;
    if String::from_utf8_lossy(&out.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

pub(crate) fn install_cargo_tool(name: &str, version: &str, extra: &[&str]) -> Result<()> {
    install_cargo_tool_as(name, name, version, extra)
}

/// `cargo install <krate>@<version>` unless `<binary> --version` already reports `version`.
fn install_cargo_tool_as(krate: &str, binary: &str, version: &str, extra: &[&str]) -> Result<()> {
    let installed = Command::new(binary)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).split_whitespace().any(|w| w == version))
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    eprintln!("xtask> installing {krate} {version} (a few minutes on a cold machine)");
    run(Command::new("cargo").args(["install", krate, "--version", version]).args(extra))
}

fn install_binaryen(root: &Path) -> Result<()> {
    let dir = node_tools_dir(root);
    let wasm_opt = wasm_opt(root);
    let reports_version = Command::new(&wasm_opt)
        .arg("--version")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .contains(&format!("version {}", BINARYEN_VERSION.split('.').next().unwrap_or("")))
        })
        .unwrap_or(false);
    if reports_version {
        return Ok(());
    }
    std::fs::create_dir_all(&dir)?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--no-save", "--prefix"])
        .arg(&dir)
        .arg(format!("binaryen@{BINARYEN_VERSION}")))
}

/// npm's Lighthouse for `cargo xtask bench` (issue 19's page-load figures), in its own folder
/// so the e2e test packages stay as they are. 12.x is the newest line that runs on Node 20
/// (13 needs Node 22.19).
pub const LIGHTHOUSE_VERSION: &str = "12.8.2";

/// The Lighthouse command line installed by [`install_lighthouse`].
pub fn lighthouse_bin(root: &Path) -> PathBuf {
    root.join("target/lighthouse/node_modules/.bin/lighthouse")
}

/// `npm install lighthouse@LIGHTHOUSE_VERSION` into target/lighthouse unless it reports that
/// version already.
pub fn install_lighthouse(root: &Path) -> Result<()> {
    let bin = lighthouse_bin(root);
    let installed = Command::new(&bin)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == LIGHTHOUSE_VERSION)
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    let dir = root.join("target/lighthouse");
    std::fs::create_dir_all(&dir)?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--no-save", "--prefix"])
        .arg(&dir)
        .arg(format!("lighthouse@{LIGHTHOUSE_VERSION}")))
}

/// Installs Debian's Chromium and its driver when they are missing (we run as root here).
pub fn install_browser() -> Result<()> {
    if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `npm ci` when the lock file is newer than what is installed.
pub fn npm_ci(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&marker)) {
        (Ok(l), Ok(m)) => m.modified()? >= l.modified()?,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(dir))
}

/// The version of a package in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle).with_context(|| format!("{package} is not in Cargo.lock"))? + needle.len();
    let end = lock[start..].find('"').context("unterminated version in Cargo.lock")?;
    Ok(lock[start..start + end].to_owned())
}

/// Trunk is told the wasm-bindgen version in Trunk.toml; it must equal Cargo.lock's or the
/// generated bindings will not match the compiled wasm.
pub fn check_wasm_bindgen_pin(root: &Path) -> Result<()> {
    let locked = locked_version(root, "wasm-bindgen")?;
    let trunk_toml = std::fs::read_to_string(root.join("Trunk.toml")).context("reading Trunk.toml")?;
    let pinned = trunk_toml
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("wasm_bindgen")
                .map(|r| r.trim_start_matches([' ', '=']).trim().trim_matches('"').to_owned())
        })
        .context("Trunk.toml has no [tools] wasm_bindgen pin")?;
    if pinned != locked {
        bail!("Trunk.toml pins wasm-bindgen {pinned} but Cargo.lock has {locked}: make them equal");
    }
    Ok(())
}

/// A virtual environment at `.venv` with the pinned Python tools of `tools/validation/requirements.txt`:
/// the uproot + awkward reference implementation, scikit-hep's uhi/hist for the export check and pyhf
/// for the fit check.
pub fn install_python_reference(root: &Path) -> Result<()> {
    let requirements = root.join("tools/validation/requirements.txt");
    let python = root.join(".venv/bin/python");
    let pinned = std::fs::read_to_string(&requirements).context("reading tools/validation/requirements.txt")?;
    if python.exists() {
        let frozen = Command::new(&python).args(["-m", "pip", "freeze"]).output()?;
        let frozen = String::from_utf8_lossy(&frozen.stdout);
        let wanted = pinned.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
        if wanted.clone().all(|w| frozen.lines().any(|f| f.trim().eq_ignore_ascii_case(w))) {
            return Ok(());
        }
    } else {
        run(Command::new("python3").args(["-m", "venv"]).arg(root.join(".venv")))?;
    }
    run(Command::new(&python).args(["-m", "pip", "install", "--quiet", "-r"]).arg(&requirements))
}

/// Where cargo builds: `CARGO_TARGET_DIR` (relative to the workspace when it is relative) or
/// `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir))
}

/// Free space below which the test run clears the incremental caches before it builds: a cold
/// native + wasm build with its test binaries takes about 10 GiB.
const ROOM_FOR_BUILDS_BYTES: u64 = 12 << 30;

/// Says how much room the build directory has and, when it is short, removes the incremental
/// compilation caches (only a cache: the next build is slower, nothing else), because a linker
/// that runs out of disk while writing dies with SIGBUS and names no file.
pub fn make_room_for_builds(root: &Path) -> Result<()> {
    let target = target_dir(root);
    let existing = target.ancestors().find(|dir| dir.exists()).unwrap_or(root).to_path_buf();
    let Some(free) = free_bytes(&existing) else {
        eprintln!("xtask> could not read the free disk space at {}", existing.display());
        return Ok(());
    };
    let gib = |bytes: u64| bytes as f64 / f64::from(1u32 << 30);
    eprintln!("xtask> {:.1} GiB free for builds at {}", gib(free), existing.display());
    if free >= ROOM_FOR_BUILDS_BYTES {
        return Ok(());
    }
    for profile in ["debug/incremental", "wasm32-unknown-unknown/debug/incremental"] {
        let caches = target.join(profile);
        if caches.exists() {
            std::fs::remove_dir_all(&caches).with_context(|| format!("removing {}", caches.display()))?;
        }
    }
    let after = free_bytes(&existing).unwrap_or(free);
    eprintln!("xtask> removed the incremental caches: {:.1} GiB free now", gib(after));
    if after < ROOM_FOR_BUILDS_BYTES {
        eprintln!(
            "xtask> warning: less than {:.0} GiB free; a build that fills the disk fails, often as a \
             linker killed by SIGBUS",
            gib(ROOM_FOR_BUILDS_BYTES)
        );
    }
    Ok(())
}

/// The bytes free to an unprivileged user on the file system holding `dir`, from POSIX `df`.
fn free_bytes(dir: &Path) -> Option<u64> {
    let output = Command::new("df").args(["-Pk"]).arg(dir).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    // Header, then: file system, 1024-blocks, used, available, capacity, mount point.
    let kib: u64 = text.lines().nth(1)?.split_whitespace().nth(3)?.parse().ok()?;
    Some(kib * 1024)
}
