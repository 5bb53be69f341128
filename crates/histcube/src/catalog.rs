//! The catalog of bundled cubes, `assets/cubes/catalog.json`: the few facts per analysis the
//! home page's cards show (title, one sentence, what its data is, download size) without
//! downloading any cube.
//!
//! Defined once here: `preprocess catalog` writes it ([`Catalog::to_json`]) and the browser app
//! reads it ([`Catalog::from_json`]). Any change of these structs that a reader of the old file
//! could not follow bumps [`CATALOG_VERSION`].
//!
//! ```
//! use histcube::catalog::{Catalog, CatalogEntry, CatalogPath, CATALOG_VERSION};
//! use histcube::DataKind;
//!
//! let entry = CatalogEntry {
//!     id: "hzz4l".into(),
//!     title_key: "analysis.hzz4l.title".into(),
//!     sentence_key: "analysis.hzz4l.sentence".into(),
//!     data_kind: DataKind::Real,
//!     sqrt_s_tev: 13.0,
//!     luminosity_fb: 10.064,
//!     file: "hzz4l.cube".into(),
//!     bytes: 7750,
//!     events_bytes: Some(83_485),
//!     guided_paths: vec![CatalogPath { id: "hzz".into(), title_key: "path.hzz.title".into() }],
//! };
//! let catalog = Catalog::new(vec![entry]);
//! assert_eq!(catalog.catalog_version, CATALOG_VERSION);
//! assert_eq!(Catalog::from_json(&catalog.to_json()), Ok(catalog));
//! ```

use serde::{Deserialize, Serialize};

use crate::manifest::DataKind;

/// The catalog format: written by `preprocess catalog`, checked by the app before it reads the
/// entries.
pub const CATALOG_VERSION: u32 = 1;

/// The whole file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub catalog_version: u32,
    pub analyses: Vec<CatalogEntry>,
}

/// One analysis: what its card shows and where its cube is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogEntry {
    /// The analysis id, also the cube's file stem and the `a=` of its address: letters, digits,
    /// `-` and `_` only ([`is_plain_id`]).
    pub id: String,
    pub title_key: String,
    /// The card's one sentence, `analysis.<id>.sentence` (translated by the web app).
    pub sentence_key: String,
    pub data_kind: DataKind,
    pub sqrt_s_tev: f64,
    pub luminosity_fb: f64,
    /// The cube's file name, relative to the catalog.
    pub file: String,
    /// The cube's size in bytes, for the card and the loading progress.
    pub bytes: u64,
    /// The size in bytes of the event records beside the cube (`<id>.events`,
    /// [`crate::events`]) when the analysis ships them: the app offers its event display only
    /// then, and downloads them only when asked. Catalogs written before event records existed
    /// have no such field and read as `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_bytes: Option<u64>,
    /// The analysis's guided paths, in the manifest's order: the teacher page lists a printable
    /// worksheet for each without downloading the cube. Older catalogs have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guided_paths: Vec<CatalogPath>,
}

/// A guided path as the catalog names it: its id (the `sheet=` of its worksheet's address) and
/// the key of its title.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogPath {
    pub id: String,
    pub title_key: String,
}

/// Why a catalog could not be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CatalogError {
    #[error("not JSON ({0})")]
    NotJson(String),
    #[error("no catalog_version")]
    NoVersion,
    #[error("catalog version {found}, this page reads {supported}")]
    UnsupportedVersion { found: u64, supported: u32 },
    #[error("not a catalog ({0})")]
    Malformed(String),
    #[error("analysis {index} has an unusable id \"{id}\"")]
    UnusableId { index: usize, id: String },
    #[error("analysis {index} has a guided path with an unusable id \"{id}\"")]
    UnusablePathId { index: usize, id: String },
}

/// Only the version, read before the rest so that a newer catalog is refused as such rather
/// than as a malformed one.
#[derive(Deserialize)]
struct VersionOnly {
    catalog_version: Option<serde_json::Value>,
}

impl Catalog {
    /// A catalog of the current version.
    pub fn new(analyses: Vec<CatalogEntry>) -> Self {
        Self { catalog_version: CATALOG_VERSION, analyses }
    }

    /// Reads a catalog: its version first, then the entries, each id checked to be a plain
    /// file stem.
    pub fn from_json(text: &str) -> Result<Self, CatalogError> {
        let version: VersionOnly = serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                CatalogError::NotJson(e.to_string())
            } else {
                CatalogError::Malformed(e.to_string())
            }
        })?;
        let found =
            version.catalog_version.as_ref().and_then(serde_json::Value::as_u64).ok_or(CatalogError::NoVersion)?;
        if found != u64::from(CATALOG_VERSION) {
            return Err(CatalogError::UnsupportedVersion { found, supported: CATALOG_VERSION });
        }
        let catalog: Catalog = serde_json::from_str(text).map_err(|e| CatalogError::Malformed(e.to_string()))?;
        if let Some((index, entry)) = catalog.analyses.iter().enumerate().find(|(_, e)| !is_plain_id(&e.id)) {
            return Err(CatalogError::UnusableId { index, id: entry.id.clone() });
        }
        // A path id goes into a worksheet's address, as the analysis id goes into the cube's.
        for (index, entry) in catalog.analyses.iter().enumerate() {
            if let Some(path) = entry.guided_paths.iter().find(|p| !is_plain_id(&p.id)) {
                return Err(CatalogError::UnusablePathId { index, id: path.id.clone() });
            }
        }
        Ok(catalog)
    }

    /// The catalog as written to disk: pretty JSON with a final newline, so diffs stay readable.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a catalog is plain data") + "\n"
    }
}

/// Whether `id` can name a cube file and sit in an address: not empty, and only ASCII letters,
/// digits, `-` and `_`.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    const CATALOG: &str = r#"{
      "catalog_version": 1,
      "analyses": [
        {"id": "hzz4l", "title_key": "analysis.hzz4l.title", "sentence_key": "analysis.hzz4l.sentence",
         "data_kind": "Real", "sqrt_s_tev": 13.0, "luminosity_fb": 10.064, "file": "hzz4l.cube", "bytes": 7750},
        {"id": "hww", "title_key": "analysis.hww.title", "sentence_key": "analysis.hww.sentence",
         "data_kind": "PseudoData", "sqrt_s_tev": 13.0, "luminosity_fb": 10.064, "file": "hww.cube", "bytes": 123456}
      ]
    }"#;

    #[test]
    fn a_catalog_reads_and_writes_back() {
        let catalog = Catalog::from_json(CATALOG).unwrap();
        assert_eq!(catalog.analyses.len(), 2);
        assert_eq!(catalog.analyses[1].data_kind, DataKind::PseudoData);
        assert_eq!(catalog.analyses[1].bytes, 123456);
        let written = catalog.to_json();
        assert!(written.ends_with("}\n"));
        assert_eq!(Catalog::from_json(&written).unwrap(), catalog);
    }

    #[test]
    fn a_broken_catalog_says_why() {
        assert!(matches!(Catalog::from_json("{"), Err(CatalogError::NotJson(_))));
        assert!(Catalog::from_json("{").unwrap_err().to_string().starts_with("not JSON"));
        assert_eq!(Catalog::from_json(r#"{"analyses": []}"#), Err(CatalogError::NoVersion));
        assert_eq!(
            Catalog::from_json(r#"{"catalog_version": 2, "analyses": []}"#).unwrap_err().to_string(),
            "catalog version 2, this page reads 1"
        );
        let bad_kind = CATALOG.replace("\"Real\"", "\"Imaginary\"");
        assert!(matches!(Catalog::from_json(&bad_kind), Err(CatalogError::Malformed(m)) if m.contains("Imaginary")));
        let bad_id = CATALOG.replace("\"id\": \"hww\"", "\"id\": \"../x\"");
        assert_eq!(Catalog::from_json(&bad_id).unwrap_err().to_string(), "analysis 1 has an unusable id \"../x\"");
        let bad_path = CATALOG.replace(
            "\"bytes\": 7750}",
            r#""bytes": 7750, "guided_paths": [{"id": "hzz", "title_key": "t"}, {"id": "a&b", "title_key": "t"}]}"#,
        );
        assert_eq!(Catalog::from_json(&bad_path), Err(CatalogError::UnusablePathId { index: 0, id: "a&b".into() }));
    }

    #[test]
    fn guided_paths_are_read_and_older_catalogs_have_none() {
        let with_paths = CATALOG.replace(
            "\"bytes\": 7750}",
            r#""bytes": 7750, "guided_paths": [{"id": "hzz", "title_key": "path.hzz.title"}]}"#,
        );
        let catalog = Catalog::from_json(&with_paths).unwrap();
        assert_eq!(
            catalog.analyses[0].guided_paths,
            [CatalogPath { id: "hzz".into(), title_key: "path.hzz.title".into() }]
        );
        assert!(catalog.analyses[1].guided_paths.is_empty());
        assert!(!catalog.to_json().contains("\"guided_paths\": []"), "an empty list is not written");
    }

    #[test]
    fn plain_ids_are_file_stems() {
        assert!(is_plain_id("hzz4l") && is_plain_id("a-b_c"));
        assert!(!is_plain_id("") && !is_plain_id("../x") && !is_plain_id("a b"));
    }
}
