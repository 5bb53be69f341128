//! The home page's list of analyses, read from `assets/cubes/catalog.json` (written by
//! `preprocess catalog`), and which analysis a page address asks for.
//!
//! The catalog holds a few facts per cube so that the cards need no cube download. A cube's
//! file is `<id>.cube` next to the catalog (the catalog test in the preprocessor checks it), so
//! an analysis link never has to wait for the catalog.

use histcube::DataKind;
use serde_json::Value;

use crate::model::labels;

/// Where the catalog is, relative to the page.
pub const CATALOG_URL: &str = "assets/cubes/catalog.json";

/// The analysis an address without `a=` opens (links made before the home page existed).
pub const DEFAULT_ANALYSIS: &str = "hzz4l";

/// The catalog format this page reads.
const CATALOG_VERSION: u64 = 1;

/// One analysis card.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogEntry {
    pub id: String,
    pub title_key: String,
    pub sentence_key: String,
    pub data_kind: DataKind,
    pub sqrt_s_tev: f64,
    pub luminosity_fb: f64,
    /// The cube's size in bytes.
    pub bytes: u64,
}

impl CatalogEntry {
    pub fn title(&self) -> String {
        labels::text(&self.title_key)
    }

    pub fn sentence(&self) -> String {
        labels::text(&self.sentence_key)
    }

    /// "Real data", "Pseudo-data (simulated)" or "Simulation only".
    pub fn data_text(&self) -> String {
        data_kind_text(self.data_kind)
    }
}

/// How the interface names a kind of data.
pub fn data_kind_text(kind: DataKind) -> String {
    labels::text(match kind {
        DataKind::Real => "data_kind.real",
        DataKind::PseudoData => "data_kind.pseudo",
        DataKind::None => "data_kind.none",
    })
}

/// Reads the catalog's JSON; the error says what is wrong with it.
pub fn parse_catalog(text: &str) -> Result<Vec<CatalogEntry>, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
    let version = root.get("catalog_version").and_then(Value::as_u64).ok_or("no catalog_version")?;
    if version != CATALOG_VERSION {
        return Err(format!("catalog version {version}, this page reads {CATALOG_VERSION}"));
    }
    let list = root.get("analyses").and_then(Value::as_array).ok_or("no list of analyses")?;
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let text = |field: &str| {
                item.get(field).and_then(Value::as_str).map(str::to_owned).ok_or(format!("analysis {i} has no {field}"))
            };
            let number =
                |field: &str| item.get(field).and_then(Value::as_f64).ok_or(format!("analysis {i} has no {field}"));
            let data_kind: DataKind = item
                .get("data_kind")
                .cloned()
                .and_then(|v| serde_json::from_value(v).ok())
                .ok_or(format!("analysis {i} has no known data_kind"))?;
            let id = text("id")?;
            if !is_plain_id(&id) {
                return Err(format!("analysis {i} has an unusable id \"{id}\""));
            }
            Ok(CatalogEntry {
                id,
                title_key: text("title_key")?,
                sentence_key: text("sentence_key")?,
                data_kind,
                sqrt_s_tev: number("sqrt_s_tev")?,
                luminosity_fb: number("luminosity_fb")?,
                bytes: item.get("bytes").and_then(Value::as_u64).ok_or(format!("analysis {i} has no bytes"))?,
            })
        })
        .collect()
}

/// What a page address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The cards.
    Home,
    /// One analysis, by id.
    Analysis(String),
    /// "Physics explained" for an analysis (`page=explain&a=<id>`).
    Explain(String),
    /// The glossary (`page=glossary`).
    Glossary,
    /// "For teachers" (`page=teachers`).
    Teachers,
    /// A cube file opened from the student's computer, by file name (`local=<name>`;
    /// [`crate::model::local_cube`]).
    Local(String),
}

impl Route {
    /// The group of texts this page shows beyond the interface and guides, which the browser
    /// app downloads when the page opens ([`i18n::Group::on_demand`]): the explanations and the
    /// glossary live in `explain`, the teacher page in `teacher`.
    pub fn texts(&self) -> Option<i18n::Group> {
        match self {
            Route::Explain(_) | Route::Glossary => Some(i18n::Group::Explain),
            Route::Teachers => Some(i18n::Group::Teacher),
            Route::Home | Route::Analysis(_) | Route::Local(_) => None,
        }
    }
}

/// The route of a query string: `a=<id>` opens that analysis; an empty query is the home page;
/// any other query (a link from before the home page, e.g. `?cut=m4l:115:135`) opens
/// [`DEFAULT_ANALYSIS`]. An id with anything but letters, digits, `-` and `_` is not a file name
/// this page will ask for: it opens the home page. The page-wide parameters (`lang=`, `embed=`,
/// [`crate::model::view_state::PAGE_PARAMS`]) do not count: `?lang=es` is the home page in
/// Spanish. `page=explain|glossary|teachers` opens those pages (`explain` for the `a=` analysis).
/// `local=<file name>` is a cube file opened from the computer ([`Route::Local`]).
pub fn route_of(query: &str) -> Route {
    let query = query.trim_start_matches('?');
    let pairs: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| !crate::model::view_state::PAGE_PARAMS.contains(&p.split_once('=').map_or(*p, |(k, _)| k)))
        .collect();
    if pairs.is_empty() {
        return Route::Home;
    }
    if let Some(name) = crate::model::local_cube::local_name(query) {
        return Route::Local(name);
    }
    let analysis = pairs.iter().find_map(|pair| pair.strip_prefix("a="));
    match pairs.iter().find_map(|pair| pair.strip_prefix("page=")) {
        Some("glossary") => return Route::Glossary,
        Some("teachers") => return Route::Teachers,
        Some("explain") => {
            return Route::Explain(analysis.filter(|id| is_plain_id(id)).unwrap_or(DEFAULT_ANALYSIS).to_owned())
        }
        _ => {}
    }
    match analysis {
        Some(id) if is_plain_id(id) => Route::Analysis(id.to_owned()),
        Some(_) => Route::Home,
        None => Route::Analysis(DEFAULT_ANALYSIS.to_owned()),
    }
}

/// The query string that opens `id` (the analysis view adds its cuts after it).
pub fn analysis_query(id: &str) -> String {
    format!("a={id}")
}

/// The cube of analysis `id`, relative to the page.
pub fn cube_url(id: &str) -> String {
    format!("assets/cubes/{id}.cube")
}

fn is_plain_id(id: &str) -> bool {
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
    fn the_catalog_gives_one_card_per_analysis() {
        let entries = parse_catalog(CATALOG).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].title(), "Higgs boson decaying to four leptons (H → ZZ* → 4ℓ)");
        assert_eq!(entries[0].data_text(), "Real data");
        assert_eq!(entries[1].data_text(), "Pseudo-data (simulated)");
        assert_eq!(entries[1].bytes, 123456);
        assert!(entries[1].sentence().starts_with("Two leptons"));
    }

    #[test]
    fn a_broken_catalog_says_why() {
        assert!(parse_catalog("{").unwrap_err().starts_with("not JSON"));
        assert_eq!(
            parse_catalog(r#"{"catalog_version": 2, "analyses": []}"#).unwrap_err(),
            "catalog version 2, this page reads 1"
        );
        let bad_kind = CATALOG.replace("\"Real\"", "\"Imaginary\"");
        assert_eq!(parse_catalog(&bad_kind).unwrap_err(), "analysis 0 has no known data_kind");
        let bad_id = CATALOG.replace("\"id\": \"hww\"", "\"id\": \"../x\"");
        assert_eq!(parse_catalog(&bad_id).unwrap_err(), "analysis 1 has an unusable id \"../x\"");
    }

    #[test]
    fn the_address_picks_the_page() {
        assert_eq!(route_of(""), Route::Home);
        assert_eq!(route_of("?"), Route::Home);
        assert_eq!(route_of("?a=hww&cut=mll:10:"), Route::Analysis("hww".into()));
        assert_eq!(route_of("cut=m4l:115:135"), Route::Analysis("hzz4l".into()), "old links open H → ZZ → 4ℓ");
        assert_eq!(route_of("a=../../etc"), Route::Home);
        assert_eq!(cube_url("ttz"), "assets/cubes/ttz.cube");
        assert_eq!(analysis_query("ttz"), "a=ttz");
    }

    #[test]
    fn page_parameters_do_not_choose_the_route() {
        assert_eq!(route_of("?lang=es"), Route::Home);
        assert_eq!(route_of("?lang=es&embed=1&a=hww"), Route::Analysis("hww".into()));
        assert_eq!(route_of("?page=glossary&lang=de"), Route::Glossary);
        assert_eq!(route_of("?page=teachers"), Route::Teachers);
        assert_eq!(route_of("?page=explain&a=ttz").texts(), Some(i18n::Group::Explain));
        assert_eq!(route_of("?page=glossary").texts(), Some(i18n::Group::Explain));
        assert_eq!(route_of("?page=teachers").texts(), Some(i18n::Group::Teacher));
        assert_eq!(route_of("?a=ttz").texts(), None);
        assert_eq!(route_of("").texts(), None);
        assert_eq!(route_of("?page=explain&a=ttz"), Route::Explain("ttz".into()));
        assert_eq!(route_of("?page=explain"), Route::Explain(DEFAULT_ANALYSIS.into()));
    }
}
