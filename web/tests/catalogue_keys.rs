//! Every message key the app's source names is in the English catalogue, spelt exactly as there.
//!
//! Keys are written one way in code and catalogues alike (`plot-download-svg`, `process-data`):
//! the Fluent identifier. A misspelt key does not fail to compile — the page would show the
//! key's last part instead of a sentence — so this test reads `web/src` and finds the keys the
//! way the code passes them: as the first argument of the catalogue's lookups (`labels::text`,
//! `fill`, `format`, `around`, `fill_if_free`, and the fit panel's `fill` helper, called
//! unqualified) and in the lists of keys a module keeps (`…_KEYS`).
//! Keys made at run time (a manifest's `axis.m4l`, `glossary-{term}`) are the completeness
//! tests' business (`crates/i18n/tests/completeness.rs`) and the modules' own tests.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The catalogue lookups whose first argument is a key: `labels::…`, and `fill`, also the name
/// of `model::fit_view`'s helper over `labels::fill`, called unqualified. (An unqualified
/// `text("id")` is the catalog reader's JSON field, not a key.)
const LOOKUPS: &[&str] =
    &["labels::text(", "labels::fill(", "labels::format(", "labels::around(", "labels::fill_if_free(", "fill("];

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("web/src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without its unit tests, which name keys in other spellings on purpose (the
/// manifest's dotted form) and misspell them to test the fallback.
fn without_tests(source: &str) -> &str {
    source.find("#[cfg(test)]\nmod tests").map_or(source, |end| &source[..end])
}

/// The string literal starting at `text` (after optional whitespace), if one does.
fn literal_at(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

/// The keys `source` passes to a lookup as a literal, and those in `const …_KEYS` lists.
fn keys_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for call in LOOKUPS {
        let mut from = 0;
        while let Some(found) = source[from..].find(call) {
            let at = from + found;
            from = at + call.len();
            // A whole name: not `some_fill(`, and `labels::fill(` is counted once, as itself.
            let before = source[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            if let Some(key) = literal_at(&source[from..]) {
                keys.push(key.to_owned());
            }
        }
    }
    let mut from = 0;
    while let Some(found) = source[from..].find("_KEYS: &[&str] = &[") {
        let start = from + found;
        let end = start + source[start..].find("];").expect("a key list ends");
        let mut list = &source[start..end];
        while let Some(open) = list.find('"') {
            let close = open + 1 + list[open + 1..].find('"').expect("a closed literal");
            keys.push(list[open + 1..close].to_owned());
            list = &list[close + 1..];
        }
        from = end;
    }
    keys
}

fn english_ids() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/en");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("i18n/en is readable") {
        let text = std::fs::read_to_string(entry.expect("a file").path()).expect("a catalogue file");
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with('#') && !id.is_empty() {
                    ids.insert(id.trim().to_owned());
                }
            }
        }
    }
    ids
}

/// Every key literal of `files` that English lacks, as "file: key".
fn missing_keys(files: &[(String, String)], english: &BTreeSet<String>) -> Vec<String> {
    let mut missing = Vec::new();
    for (name, source) in files {
        for key in keys_in(without_tests(source)) {
            if !english.contains(&key) {
                missing.push(format!("{name}: {key}"));
            }
        }
    }
    missing
}

fn web_sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    source_files(&src, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(&src).unwrap_or(&path).display().to_string();
            (name, std::fs::read_to_string(&path).expect("a source file"))
        })
        .collect()
}

#[test]
fn every_key_the_code_names_is_in_the_english_catalogue() {
    let sources = web_sources();
    let found: usize = sources.iter().map(|(_, s)| keys_in(without_tests(s)).len()).sum();
    // The scan must see the app's keys at all, or an empty result would pass.
    assert!(found > 150, "only {found} key literals found under web/src");
    let missing = missing_keys(&sources, &english_ids());
    assert!(missing.is_empty(), "keys the English catalogue lacks:\n{}", missing.join("\n"));
}

#[test]
fn a_misspelt_key_is_caught() {
    let english = english_ids();
    let source = r#"
        const PANEL_KEYS: &[&str] = &["fit-heading", "fit-headnig"];
        fn view() { labels::text("cuts-undo"); labels::fill(
            "plot-download-svg-aira", &[]); format!("{x}"); labels::format("guide-step", &[]);
            text("id"); fill("fit-explain", &[]); }
    "#;
    let missing = missing_keys(&[("sample.rs".to_owned(), source.to_owned())], &english);
    assert_eq!(missing, ["sample.rs: plot-download-svg-aira", "sample.rs: fit-headnig"]);
}
