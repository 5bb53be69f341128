//! A cube file opened from the student's own computer (the home page's file picker or a file
//! dropped on the page): its address and, when it cannot be used, what to tell the student.
//!
//! The file never leaves the browser, so no address can bring it back: the page's address
//! names it (`?local=<file name>`, then the view's cuts as for any analysis) so that what is on
//! screen is clearly a local file, and the page opened from such an address without the file
//! says that a link cannot carry it (`ui/open_cube.rs`).
//!
//! The checks are the bundled cubes' own ([`histcube::decode`]: signature, version, length,
//! checksum, contents); only their words differ, since here the student chose the file: each
//! [`CubeError`] becomes a plain sentence in the page's language naming the file and what to do.

use histcube::CubeError;

use crate::model::labels;
use crate::model::numbers;
use crate::model::view_state::{decode, encode};

/// The query parameter naming a local file.
pub const LOCAL_PARAM: &str = "local";

/// The first bytes of every ROOT file: a student may well drop an ntuple instead of its cube.
const ROOT_SIGNATURE: &[u8] = b"root";

/// The query string of the page showing local file `name` (the analysis view adds its cuts).
pub fn local_query(name: &str) -> String {
    format!("{LOCAL_PARAM}={}", encode(name))
}

/// The file name a query's `local=` names, if it has one.
pub fn local_name(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("local="))
        .map(decode)
        .filter(|name| !name.is_empty())
}

/// Why a chosen file could not be opened.
#[derive(Debug, PartialEq)]
pub enum OpenError {
    /// The browser could not read the file (removed, unreadable, a folder).
    Read(String),
    /// The bytes are not a usable cube.
    Cube(CubeError),
    /// A drop that carried no file (text or a link dragged from another page).
    NoFile,
}

/// Decodes a chosen file's bytes with the same checks as a bundled cube.
pub fn check(bytes: &[u8]) -> Result<histcube::Cube, OpenError> {
    histcube::decode(bytes).map_err(OpenError::Cube)
}

/// What to tell the student about `file`, in the page's language.
pub fn message(file: &str, error: &OpenError, first_bytes: &[u8]) -> String {
    let fill = |key: &str, extra: &[(&str, &str)]| {
        let mut values = vec![("file", file)];
        values.extend_from_slice(extra);
        labels::fill(key, &values)
    };
    match error {
        OpenError::NoFile => labels::text("open-no-file"),
        OpenError::Read(detail) => fill("open-read-failed", &[("detail", detail)]),
        OpenError::Cube(CubeError::NotACube) if first_bytes.starts_with(ROOT_SIGNATURE) => fill("open-root-file", &[]),
        OpenError::Cube(CubeError::NotACube) => fill("open-not-cube", &[]),
        OpenError::Cube(CubeError::UnsupportedVersion { found, supported }) if found < supported => {
            fill("open-old-version", &[])
        }
        OpenError::Cube(CubeError::UnsupportedVersion { .. }) => fill("open-new-version", &[]),
        OpenError::Cube(CubeError::Truncated { expected, found }) => {
            fill("open-truncated", &[("found", &numbers::bytes(*found)), ("expected", &numbers::bytes(*expected))])
        }
        OpenError::Cube(CubeError::TrailingBytes { .. }) => fill("open-too-long", &[]),
        OpenError::Cube(CubeError::ChecksumMismatch) => fill("open-damaged", &[]),
        OpenError::Cube(CubeError::TooLarge(detail)) => fill("open-too-large", &[("detail", detail)]),
        OpenError::Cube(
            CubeError::Malformed(detail) | CubeError::Invalid(detail) | CubeError::Incompatible(detail),
        ) => fill("open-unreadable", &[("detail", detail)]),
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;
    use crate::model::catalog::{route_of, Route};

    fn a_cube() -> Vec<u8> {
        histcube::encode(crate::model::fixtures::four_lepton_engine().cube())
    }

    #[test]
    fn the_address_names_the_file_and_leads_back_to_it() {
        let query = local_query("my Z→ℓℓ.cube");
        assert_eq!(query, "local=my%20Z%E2%86%92%E2%84%93%E2%84%93.cube");
        assert_eq!(local_name(&format!("?{query}&cut=mll:80:100")).as_deref(), Some("my Z→ℓℓ.cube"));
        assert_eq!(route_of(&format!("?{query}&lang=es")), Route::Local("my Z→ℓℓ.cube".to_owned()));
        assert_eq!(local_name("?a=hzz4l"), None);
        assert_eq!(local_name("?local="), None);
    }

    #[test]
    fn a_good_file_opens_with_the_bundled_cubes_checks() {
        let cube = check(&a_cube()).unwrap();
        assert!(!cube.manifest().axes.is_empty());
    }

    #[test]
    fn each_broken_file_gets_its_own_plain_sentence_naming_it() {
        let bytes = a_cube();
        let said = |bytes: &[u8]| message("z.cube", &check(bytes).unwrap_err(), bytes);

        let mut flipped = bytes.clone();
        let middle = flipped.len() / 2;
        flipped[middle] ^= 0xff;
        assert_eq!(
            said(&flipped),
            "z.cube is damaged: its contents do not match its checksum. Copy or download it again."
        );

        let truncated = said(&bytes[..bytes.len() - 10]);
        assert!(truncated.starts_with("z.cube is incomplete: it has "), "{truncated}");

        let mut longer = bytes.clone();
        longer.extend_from_slice(b"more");
        assert!(said(&longer).starts_with("z.cube has more bytes than its header announces"));

        assert!(said(b"root\0\0\0\0 an ntuple").contains("is a ROOT file, not a cube"));
        assert!(said(b"hello").starts_with("z.cube is not a cube file."));

        let mut old = bytes.clone();
        old[8] = 1;
        old[9] = 0;
        assert!(said(&old).contains("older version"));
        let mut new = bytes.clone();
        new[8] = 99;
        assert!(said(&new).contains("newer version"));

        assert_eq!(
            message("z.cube", &OpenError::Read("NotReadableError".into()), &[]),
            "z.cube could not be read from this computer: NotReadableError"
        );
        assert!(message("", &OpenError::NoFile, &[]).starts_with("Nothing to open"));
    }

    #[test]
    fn spanish_speaks_of_the_same_file() {
        labels::set_language(i18n::Lang::Es);
        let bytes = a_cube();
        let damaged = message("z.cube", &check(&bytes[..bytes.len() - 1]).unwrap_err(), &bytes);
        labels::set_language(i18n::Lang::En);
        assert!(damaged.starts_with("z.cube está incompleto"), "{damaged}");
    }
}
