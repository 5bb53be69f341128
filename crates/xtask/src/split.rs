//! Splitting the app's wasm: the pages and tools a student may never open leave the module
//! every page downloads, and are fetched the first time they are used.
//!
//! The web crate marks its split points with `#[cfg_attr(wasm_split, wasm_split(<module>))]`
//! (`web/src/ui/mod.rs`, `deferred!`): the teacher, class, worksheet, explanation and glossary
//! pages, the event display, the SVG and UHI downloads. Trunk builds the release wasm with
//! [`RUSTFLAGS`] (that cfg, and relocations kept in the output so code can be moved between
//! modules) and runs wasm-bindgen on it; then [`split_app`] does what Trunk cannot:
//!
//! 1. `wasm_split_cli_support` reads cargo's wasm and writes the main module, one module per
//!    split point (and small shared ones for code two of them need), and the loader that fetches
//!    them, `<stem>_split.js`;
//! 2. wasm-bindgen runs again, on the main module, keeping the exports the split modules link to;
//! 3. wasm-opt `-Oz` shrinks each module, as Trunk's `data-wasm-opt="z"` did for the whole one;
//! 4. they replace Trunk's files in `dist/` under Trunk's content-hashed names, the split
//!    modules named after them (`<stem>_<module>.wasm`), so every file's name still changes
//!    with its content and hosts may cache them for long.
//!
//! Tests and `cargo check` build without the cfg: there a split point is a plain call.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::run;

/// The app's rustflags for wasm32, as `.cargo/config.toml` sets them (a test keeps the two the
/// same: RUSTFLAGS replaces the config's list rather than adding to it).
const CONFIG_RUSTFLAGS: [&str; 2] = ["--cfg", "erase_components"];

/// What the release build of the app adds: the split points' cfg and relocations in the linked
/// wasm, which the splitter needs to move functions and their table entries.
const SPLIT_RUSTFLAGS: [&str; 3] = ["--cfg", "wasm_split", "-Clink-args=--emit-relocs"];

/// RUSTFLAGS for Trunk's release build of the app.
pub fn rustflags() -> String {
    CONFIG_RUSTFLAGS.iter().chain(&SPLIT_RUSTFLAGS).copied().collect::<Vec<_>>().join(" ")
}

/// Splits the release wasm Trunk built into `dist` (see the module documentation).
pub fn split_app(root: &Path, dist: &Path) -> Result<()> {
    let stem = trunk_stem(dist)?;
    let input = target_dir(root)?.join("wasm32-unknown-unknown/release/analyser-web.wasm");
    let input_wasm = fs::read(&input).with_context(|| format!("reading cargo's wasm {}", input.display()))?;
    let work = root.join("target/wasm-split");
    if work.exists() {
        fs::remove_dir_all(&work).with_context(|| format!("clearing {}", work.display()))?;
    }
    fs::create_dir_all(&work)?;

    let main_wasm = work.join("main.wasm");
    let link_name = format!("./{stem}_split.js");
    let main_module = format!("./{stem}.js");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input_wasm);
        options.output_dir = &work;
        options.main_out_path = &main_wasm;
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .map_err(|error| anyhow::anyhow!("splitting {}: {error:#}", input.display()))?;
    if split.split_modules.is_empty() {
        bail!("{}: no split points found (was it built with `{}`?)", input.display(), rustflags());
    }

    let bindgen = work.join("bindgen");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--keep-lld-exports", "--no-demangle", "--out-name", &stem, "--out-dir"])
        .arg(&bindgen)
        .arg(&main_wasm))?;

    let wasm_opt = crate::tools::wasm_opt(root);
    optimise(&wasm_opt, &bindgen.join(format!("{stem}_bg.wasm")), &dist.join(format!("{stem}_bg.wasm")))?;
    let main_js = fs::read(bindgen.join(format!("{stem}.js")))?;
    fs::write(dist.join(format!("{stem}.js")), &main_js)?;

    let loader_path = work.join(link_name.trim_start_matches("./"));
    let mut loader = fs::read_to_string(&loader_path).with_context(|| format!("reading {}", loader_path.display()))?;
    let mut modules = split.split_modules;
    modules.sort();
    for module in &modules {
        let file_name = module
            .file_name()
            .and_then(|name| name.to_str())
            .with_context(|| format!("split module without a file name: {}", module.display()))?;
        let hashed = format!("{stem}_{file_name}");
        let quoted = format!("\"./{file_name}\"");
        if !loader.contains(&quoted) {
            bail!("{}: the loader does not name {file_name}", loader_path.display());
        }
        loader = loader.replace(&quoted, &format!("\"./{hashed}\""));
        optimise(&wasm_opt, &work.join(module), &dist.join(&hashed))?;
    }
    fs::write(dist.join(format!("{stem}_split.js")), &loader)?;
    let index_path = dist.join("index.html");
    let index = fs::read_to_string(&index_path).with_context(|| format!("reading {}", index_path.display()))?;
    fs::write(&index_path, preload_modules(&index, &stem, &main_js, loader.as_bytes())?)?;
    eprintln!(
        "xtask> split the wasm into the main module and {} loaded on first use (wasm-bindgen, then wasm-opt -Oz on each)",
        modules.len()
    );
    Ok(())
}

/// The page's `<link rel=modulepreload>` of the app's script, its Subresource Integrity digest
/// made for the script that replaced Trunk's (the browser refuses a script whose digest differs),
/// followed by one of the split modules' loader with its own digest: the script imports the
/// loader, which the browser would otherwise ask for only once the script has arrived.
fn preload_modules(index: &str, stem: &str, main_js: &[u8], loader: &[u8]) -> Result<String> {
    let href = format!("href=./{stem}.js ");
    let Some(href_at) = index.find(&href) else { bail!("index.html: no <link rel=modulepreload {href}> from Trunk") };
    let start = index[..href_at].rfind('<').context("index.html: a link without its opening")?;
    let end = href_at + index[href_at..].find('>').context("index.html: a link without its end")? + 1;
    let tag = &index[start..end];
    let Some(digest_at) = tag.find("integrity=sha384-") else {
        bail!("index.html: the app's script has no SRI digest: {tag}")
    };
    let digest_start = digest_at + "integrity=".len();
    let digest_end = digest_start + tag[digest_start..].find([' ', '>']).context("index.html: an unended digest")?;
    let main_tag = format!("{}{}{}", &tag[..digest_start], sri(main_js), &tag[digest_end..]);
    let loader_tag = format!("<link crossorigin href=./{stem}_split.js integrity={} rel=modulepreload>", sri(loader));
    Ok(format!("{}{main_tag}{loader_tag}{}", &index[..start], &index[end..]))
}

/// A Subresource Integrity value: `sha384-` and the base64 of the SHA-384 digest.
fn sri(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// `analyser-web-<hash>`, the name Trunk gave the app's files in `dist`.
fn trunk_stem(dist: &Path) -> Result<String> {
    let mut stems = Vec::new();
    for entry in fs::read_dir(dist).with_context(|| format!("reading {}", dist.display()))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm") {
            if stem.starts_with("analyser-web-") {
                stems.push(stem.to_owned());
            }
        }
    }
    match stems.as_slice() {
        [stem] => Ok(stem.clone()),
        _ => bail!("{}: expected one analyser-web-<hash>_bg.wasm from Trunk, found {stems:?}", dist.display()),
    }
}

/// Cargo's target directory (CARGO_TARGET_DIR or the workspace's `target/`), as cargo reports it.
fn target_dir(root: &Path) -> Result<PathBuf> {
    let out = Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    if !out.status.success() {
        bail!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let metadata: serde_json::Value = serde_json::from_slice(&out.stdout).context("reading cargo metadata's output")?;
    let dir = metadata["target_directory"].as_str().context("cargo metadata has no target_directory")?;
    Ok(PathBuf::from(dir))
}

/// wasm-opt `-Oz` from `input` to `output`, as Trunk runs it. binaryen does not know the name
/// section's newer subsections that the splitter copies from rustc's output, and says so once per
/// module; the names are dropped from the output either way, so that warning is not repeated.
fn optimise(wasm_opt: &Path, input: &Path, output: &Path) -> Result<()> {
    let out = Command::new(wasm_opt)
        .arg("-Oz")
        .arg(input)
        .arg("-o")
        .arg(output)
        .output()
        .with_context(|| format!("could not start {}", wasm_opt.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    for line in stderr.lines().filter(|line| !line.starts_with("warning: unknown name subsection")) {
        eprintln!("{line}");
    }
    if !out.status.success() {
        bail!("wasm-opt -Oz {} failed with {}", input.display(), out.status);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_preloads_the_new_script_and_the_loader_with_their_digests() {
        let page = "<head><link crossorigin href=./analyser-web-ab.js integrity=sha384-old rel=modulepreload><link href=./s.css rel=stylesheet></head>";
        let out = preload_modules(page, "analyser-web-ab", b"main", b"loader").unwrap();
        assert_eq!(
            out,
            format!(
                "<head><link crossorigin href=./analyser-web-ab.js integrity={} rel=modulepreload><link crossorigin href=./analyser-web-ab_split.js integrity={} rel=modulepreload><link href=./s.css rel=stylesheet></head>",
                sri(b"main"),
                sri(b"loader")
            )
        );
        // The digest of "abc" in the SRI specification's examples.
        assert_eq!(sri(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
        assert!(preload_modules("<head></head>", "analyser-web-ab", b"", b"").is_err());
    }

    #[test]
    fn the_split_build_keeps_the_configured_rustflags() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).unwrap();
        let config = fs::read_to_string(root.join(".cargo/config.toml")).unwrap();
        let line = config.lines().find(|l| l.trim_start().starts_with("rustflags")).unwrap();
        let listed: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        assert_eq!(listed, CONFIG_RUSTFLAGS);
        assert!(rustflags().starts_with("--cfg erase_components --cfg wasm_split"));
    }
}
