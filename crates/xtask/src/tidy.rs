//! `cargo xtask tidy`, the first stage of `cargo xtask test`: the code's form, checked before
//! anything is built for long.
//!
//! - `cargo fmt --all --check` against the committed `rustfmt.toml`;
//! - clippy with warnings as errors (`-D warnings`, on top of the root `Cargo.toml`'s
//!   `[workspace.lints]`) for the native crates (`--workspace --all-targets`) and for the two
//!   wasm32-only crates, the app and the engine benchmark, built for `wasm32-unknown-unknown`;
//! - every Rust file that is a module opens with `//!` module documentation, so each file says
//!   what it is for before the reader reads it.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::run;

/// Folders holding the workspace's Rust code (the generated `target/` and tool folders are not).
const SOURCE_ROOTS: [&str; 3] = ["crates", "web", "tests"];

pub fn tidy(root: &Path) -> Result<()> {
    install_components()?;
    eprintln!("\n== tidy: formatting ==");
    run(Command::new("cargo").args(["fmt", "--all", "--check"]).current_dir(root))?;

    eprintln!("\n== tidy: module documentation ==");
    let undocumented = files_without_module_docs(root)?;
    if !undocumented.is_empty() {
        let list: Vec<String> = undocumented.iter().map(|p| format!("  {}", p.display())).collect();
        bail!("these Rust files do not open with `//!` module documentation:\n{}", list.join("\n"));
    }

    eprintln!("\n== tidy: clippy, native ==");
    run(Command::new("cargo")
        .args(["clippy", "--locked", "--workspace", "--all-targets", "--", "-D", "warnings"])
        .current_dir(root))?;

    eprintln!("\n== tidy: clippy, wasm32 ==");
    crate::tools::install_wasm_target()?;
    run(Command::new("cargo")
        .args(["clippy", "--locked", "--target", "wasm32-unknown-unknown", "--all-targets"])
        .args(["-p", "analyser-web", "-p", "engine-bench-web", "--", "-D", "warnings"])
        .current_dir(root))?;
    eprintln!("xtask> tidy: formatting, module docs and clippy are clean");
    Ok(())
}

/// rustfmt and clippy come with a rustup toolchain's default profile; a minimal one lacks them.
fn install_components() -> Result<()> {
    for (component, probe) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
        let present = Command::new("cargo").args([probe, "--version"]).output().is_ok_and(|out| out.status.success());
        if !present {
            run(Command::new("rustup").args(["component", "add", component]))?;
        }
    }
    Ok(())
}

/// Every `.rs` file under the source roots whose first line that is not blank is not a `//!`
/// line, relative to `root`, sorted. `main.rs`, `lib.rs`, `mod.rs`, tests, examples, benches and
/// build scripts count as modules too: each is a file someone opens to change.
pub fn files_without_module_docs(root: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for folder in SOURCE_ROOTS {
        collect_rust_files(&root.join(folder), &mut files)?;
    }
    let mut undocumented = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
        if !opens_with_module_docs(&text) {
            undocumented.push(file.strip_prefix(root).unwrap_or(&file).to_path_buf());
        }
    }
    undocumented.sort();
    Ok(undocumented)
}

fn opens_with_module_docs(text: &str) -> bool {
    text.lines().map(str::trim_start).find(|line| !line.is_empty()).is_some_and(|line| line.starts_with("//!"))
}

fn collect_rust_files(folder: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Ok(()) };
    for entry in entries {
        let path = entry.with_context(|| format!("cannot list {}", folder.display()))?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.is_dir() {
            // Build output and npm packages hold Rust files that are not the project's.
            if !matches!(name, "target" | "node_modules") && !name.starts_with('.') {
                collect_rust_files(&path, files)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_opens_with_inner_docs() {
        assert!(opens_with_module_docs("//! What this is.\n\nfn f() {}\n"));
        assert!(opens_with_module_docs("\n  //! Indented.\n"));
        assert!(!opens_with_module_docs("/// Item docs.\nfn f() {}\n"));
        assert!(!opens_with_module_docs("use std::fmt;\n//! Too late.\n"));
        assert!(!opens_with_module_docs(""));
    }

    #[test]
    fn every_module_of_the_workspace_is_documented() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap();
        assert_eq!(files_without_module_docs(root).unwrap(), Vec::<PathBuf>::new());
    }
}
