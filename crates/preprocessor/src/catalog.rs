//! `preprocess catalog`: the small index of bundled cubes that the browser's home page reads.
//!
//! The home page shows one card per analysis (title, one sentence, what its data is, download
//! size) without downloading any cube, so it needs these few facts from each cube's manifest in
//! one tiny file. The catalog is generated from the cubes and committed next to them; a test
//! checks that the committed `assets/cubes/catalog.json` still matches the bundled cubes.
//!
//! ```text
//! preprocess catalog assets/cubes/*.cube -o assets/cubes/catalog.json
//! ```
//!
//! Entries are ordered real data first, then pseudo-data, then simulation only, each by id, so
//! the home page leads with the analysis that uses recorded events whatever the shell's glob
//! order. `file` is relative to the catalog's folder; `events_bytes` is there when the cube has
//! its event records beside it (checked to belong to it); `guided_paths` names the manifest's
//! guided paths, for the teacher page's worksheets. The format itself (the structs and their
//! version) is `histcube::catalog`, shared with the app that reads it.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use histcube::catalog::{Catalog, CatalogEntry, CatalogPath};
use histcube::DataKind;

/// Reads every cube and describes it; fails naming the first cube that cannot be read or two
/// cubes of the same analysis.
pub fn build(cubes: &[PathBuf]) -> anyhow::Result<Catalog> {
    let mut analyses: Vec<CatalogEntry> = Vec::with_capacity(cubes.len());
    for path in cubes {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let cube = histcube::decode(&bytes).with_context(|| format!("{} is not a readable cube", path.display()))?;
        let manifest = cube.manifest();
        if let Some(other) = analyses.iter().find(|e| e.id == manifest.analysis_id) {
            bail!("{} and {} are both cubes of analysis `{}`", other.file, path.display(), manifest.analysis_id);
        }
        analyses.push(CatalogEntry {
            id: manifest.analysis_id.clone(),
            title_key: manifest.title_key.clone(),
            sentence_key: format!("analysis.{}.sentence", manifest.analysis_id),
            data_kind: manifest.data_kind,
            sqrt_s_tev: manifest.sqrt_s_tev,
            luminosity_fb: manifest.luminosity_fb,
            file: file_name(path)?,
            bytes: bytes.len() as u64,
            events_bytes: events_beside(path, manifest)?,
            guided_paths: manifest
                .guided_paths
                .iter()
                .map(|p| CatalogPath { id: p.id.clone(), title_key: p.title_key.clone() })
                .collect(),
        });
    }
    analyses.sort_by(|a, b| kind_rank(a.data_kind).cmp(&kind_rank(b.data_kind)).then_with(|| a.id.cmp(&b.id)));
    Ok(Catalog::new(analyses))
}

/// The size of the event records beside a cube (`<stem>.events`, written by `preprocess build`),
/// after checking that they are readable and belong to that cube: a catalog never offers the
/// app an event display it would then refuse.
fn events_beside(cube: &Path, manifest: &histcube::Manifest) -> anyhow::Result<Option<u64>> {
    let path = cube.with_extension("events");
    if !path.exists() {
        return Ok(None);
    }
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    histcube::events::decode_events(&bytes)
        .and_then(|file| file.check_against(manifest))
        .with_context(|| format!("{} cannot be offered with {}", path.display(), cube.display()))?;
    Ok(Some(bytes.len() as u64))
}

fn kind_rank(kind: DataKind) -> u8 {
    match kind {
        DataKind::Real => 0,
        DataKind::PseudoData => 1,
        DataKind::None => 2,
    }
}

fn file_name(path: &Path) -> anyhow::Result<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_owned)
        .with_context(|| format!("{} has no usable file name", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_cubes() -> Vec<PathBuf> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/cubes");
        let mut cubes: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("assets/cubes exists")
            .map(|entry| entry.expect("a readable folder entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "cube"))
            .collect();
        cubes.sort();
        cubes
    }

    #[test]
    fn the_committed_catalog_matches_the_bundled_cubes() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/cubes");
        let committed =
            std::fs::read_to_string(folder.join("catalog.json")).expect("assets/cubes/catalog.json is committed");
        let fresh = build(&bundled_cubes()).expect("the bundled cubes are readable").to_json();
        assert_eq!(
            committed, fresh,
            "assets/cubes/catalog.json is stale: run `cargo run -p preprocessor -- catalog assets/cubes/*.cube -o assets/cubes/catalog.json`"
        );
    }

    #[test]
    fn real_data_comes_first_and_duplicates_are_refused() {
        let dir = std::env::temp_dir().join(format!("catalog-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |name: &str, id: &str, kind: DataKind| {
            let mut manifest = histcube::Manifest::new(id, 13.0, 10.064, kind);
            manifest.axes = vec![histcube::Axis::regular("x", "GeV", 2, 0.0, 2.0)];
            manifest.processes = vec![histcube::Process::new("zz", histcube::Role::Background)];
            let cube = histcube::CubeBuilder::new(manifest).unwrap().finish().unwrap();
            let path = dir.join(name);
            std::fs::write(&path, histcube::encode(&cube)).unwrap();
            path
        };
        let a = write("a.cube", "aaa", DataKind::PseudoData);
        let z = write("z.cube", "zzz", DataKind::Real);
        let catalog = build(&[a.clone(), z]).unwrap();
        let ids: Vec<&str> = catalog.analyses.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["zzz", "aaa"]);
        assert_eq!(catalog.analyses[1].sentence_key, "analysis.aaa.sentence");
        assert_eq!(catalog.analyses[1].file, "a.cube");
        assert_eq!(catalog.analyses[1].bytes, std::fs::metadata(&a).unwrap().len());
        assert_eq!(catalog.analyses[1].events_bytes, None);
        // Event records that are not this cube's are refused by name, not offered to the app.
        std::fs::write(dir.join("a.events"), b"HCEVENTS and then nothing useful").unwrap();
        let refused = format!("{:#}", build(std::slice::from_ref(&a)).unwrap_err());
        assert!(refused.contains("a.events cannot be offered"), "{refused}");
        std::fs::remove_file(dir.join("a.events")).unwrap();
        let again = write("b.cube", "aaa", DataKind::Real);
        assert!(build(&[a, again]).unwrap_err().to_string().contains("both cubes of analysis `aaa`"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
