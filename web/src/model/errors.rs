//! What can go wrong in the app, typed, and the words a student reads about it, from the
//! catalogues (`error-*` keys of `i18n/<lang>/ui.ftl`).
//!
//! The page's banners say what could not be done ("The cut could not be applied: …") with their
//! own keys; [`AppError::message`] is the reason after the colon. Reasons that come from
//! histcube (a cube the decoder refused, a cut the engine refused) carry histcube's own
//! explanation inside the translated sentence: it names the technical fault exactly.

use std::fmt;

use histcube::{CatalogError, CubeError, CutError};

use crate::model::labels;

/// Why a file the page needs (a cube, the catalog, a language file) could not be had.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request itself failed (offline, blocked, refused); `reason` is the browser's.
    Network { url: String, reason: String },
    /// The server answered, but not with the file.
    Http { url: String, status: u16, status_text: String },
    /// The bytes arrived but are not a usable cube.
    Cube { url: String, error: CubeError },
}

impl LoadError {
    /// Whether the file arrived but is damaged or hostile (not a connection problem): the page
    /// then says reloading will not help instead of "check your connection".
    pub fn is_damaged_file(&self) -> bool {
        matches!(self, LoadError::Cube { error, .. } if error.is_damaged())
    }

    /// The reason in the page's language, e.g. "could not load assets/cubes/hzz4l.cube: the
    /// server answered 404 Not Found".
    pub fn message(&self) -> String {
        match self {
            LoadError::Network { url, reason } => {
                labels::fill("error-load-network", &[("url", url), ("reason", reason)])
            }
            LoadError::Http { url, status, status_text } => {
                let status = format!("{status} {status_text}");
                labels::fill("error-load-http", &[("url", url), ("status", status.trim_end())])
            }
            LoadError::Cube { url, error } => {
                labels::fill("error-load-cube", &[("url", url), ("reason", &error.to_string())])
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Every failure the page shows a student.
#[derive(Clone, Debug, PartialEq)]
pub enum AppError {
    Load(LoadError),
    /// The catalog arrived but cannot be read.
    Catalog(CatalogError),
    /// The engine refused a cut.
    Cut(CutError),
    /// A download (histograms, plot, workspace) could not be made or saved; what the browser
    /// or the writer said.
    Save(String),
    /// The address's mystery code cannot be used (`model::mystery`), or its pseudo-data could
    /// not be drawn: the reason.
    Mystery(String),
}

impl AppError {
    /// The reason in the page's language.
    pub fn message(&self) -> String {
        match self {
            AppError::Load(error) => error.message(),
            AppError::Catalog(error) => catalog_message(error),
            AppError::Cut(error) => error.to_string(),
            AppError::Save(detail) if detail.is_empty() => labels::text("error-save-unknown"),
            AppError::Save(detail) => detail.clone(),
            AppError::Mystery(reason) => labels::fill("mystery-invalid", &[("reason", reason)]),
        }
    }
}

fn catalog_message(error: &CatalogError) -> String {
    match error {
        CatalogError::NotJson(detail) => labels::fill("error-catalog-not-json", &[("detail", detail)]),
        CatalogError::NoVersion => labels::text("error-catalog-no-version"),
        CatalogError::UnsupportedVersion { found, supported } => labels::fill(
            "error-catalog-version",
            &[("found", &found.to_string()), ("supported", &supported.to_string())],
        ),
        CatalogError::Malformed(detail) => labels::fill("error-catalog-malformed", &[("detail", detail)]),
        CatalogError::UnusableId { index, id } => {
            labels::fill("error-catalog-id", &[("index", &index.to_string()), ("id", id)])
        }
        CatalogError::UnusablePathId { index, id } => {
            labels::fill("error-catalog-path-id", &[("index", &index.to_string()), ("id", id)])
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl From<LoadError> for AppError {
    fn from(error: LoadError) -> Self {
        AppError::Load(error)
    }
}

impl From<CatalogError> for AppError {
    fn from(error: CatalogError) -> Self {
        AppError::Catalog(error)
    }
}

impl From<CutError> for AppError {
    fn from(error: CutError) -> Self {
        AppError::Cut(error)
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn load_errors_name_the_file_and_the_reason() {
        let http = LoadError::Http { url: "a.cube".into(), status: 404, status_text: "Not Found".into() };
        assert_eq!(http.to_string(), "could not load a.cube: the server answered 404 Not Found");
        let bare = LoadError::Http { url: "a.cube".into(), status: 500, status_text: String::new() };
        assert_eq!(bare.message(), "could not load a.cube: the server answered 500");
        let network = LoadError::Network { url: "i18n/es/ui.ftl".into(), reason: "Failed to fetch".into() };
        assert_eq!(network.message(), "could not load i18n/es/ui.ftl: Failed to fetch");
        let cube = LoadError::Cube { url: "a.cube".into(), error: CubeError::ChecksumMismatch };
        assert_eq!(
            AppError::from(cube).message(),
            "a.cube cannot be used: the cube file is corrupt: its checksum does not match its contents"
        );
    }

    #[test]
    fn every_error_has_words_in_every_language() {
        let errors = [
            AppError::Catalog(CatalogError::NotJson("eof".into())),
            AppError::Catalog(CatalogError::NoVersion),
            AppError::Catalog(CatalogError::UnsupportedVersion { found: 2, supported: 1 }),
            AppError::Catalog(CatalogError::Malformed("x".into())),
            AppError::Catalog(CatalogError::UnusableId { index: 1, id: "../x".into() }),
            AppError::Cut(CutError::NoSuchAxis(3)),
            AppError::Save(String::new()),
            AppError::Load(LoadError::Network { url: "u".into(), reason: "r".into() }),
        ];
        for lang in i18n::Lang::ALL {
            labels::set_language(lang);
            for error in &errors {
                let message = error.message();
                assert!(!message.is_empty() && !message.contains("error-"), "{lang:?}: {error:?} gives {message:?}");
            }
        }
        labels::set_language(i18n::Lang::En);
        assert_eq!(
            AppError::Catalog(CatalogError::UnsupportedVersion { found: 2, supported: 1 }).message(),
            "catalog version 2, this page reads 1"
        );
        assert_eq!(AppError::Cut(CutError::NoSuchAxis(3)).message(), "there is no axis number 3");
    }
}
