//! The home page's list of analyses, read from `assets/cubes/catalog.json` (written by
//! `preprocess catalog`; the format is [`histcube::catalog`]), and which analysis a page
//! address asks for.
//!
//! The catalog holds a few facts per cube so that the cards need no cube download. A cube's
//! file is `<id>.cube` next to the catalog (the catalog test in the preprocessor checks it), so
//! an analysis link never has to wait for the catalog.

use histcube::catalog::{is_plain_id, Catalog, CatalogEntry, CatalogError};
use histcube::DataKind;

use crate::model::labels;

/// Where the catalog is, relative to the page.
pub const CATALOG_URL: &str = "assets/cubes/catalog.json";

/// The analysis an address without `a=` opens (links made before the home page existed).
pub const DEFAULT_ANALYSIS: &str = "hzz4l";

/// What an analysis card writes, in the page's language.
pub trait CardText {
    fn title(&self) -> String;
    fn sentence(&self) -> String;
    /// "Real data", "Pseudo-data (simulated)" or "Simulation only".
    fn data_text(&self) -> String;
}

impl CardText for CatalogEntry {
    fn title(&self) -> String {
        labels::text(&self.title_key)
    }

    fn sentence(&self) -> String {
        labels::text(&self.sentence_key)
    }

    fn data_text(&self) -> String {
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

/// Reads the catalog's JSON ([`Catalog::from_json`]): its cards, or what is wrong with it.
pub fn parse_catalog(text: &str) -> Result<Vec<CatalogEntry>, CatalogError> {
    Catalog::from_json(text).map(|catalog| catalog.analyses)
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
    /// The class's results (`page=class`, with the class's analysis and codes in the address
    /// as `a=` and `code=`; [`crate::model::class_results`]).
    Class,
    /// The printable worksheet of guided path `sheet` of `analysis`, or its answer key
    /// (`page=worksheet&a=<id>&sheet=<path>`, `&key=1`; [`crate::model::worksheet`]).
    Worksheet { analysis: String, sheet: String, key: bool },
    /// A cube file opened from the student's computer, by file name (`local=<name>`;
    /// [`crate::model::local_cube`]).
    Local(String),
}

impl Route {
    /// The query string of this page, without the page parameters (`lang=`, `embed=`) that
    /// every address keeps.
    pub fn query(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Analysis(id) => analysis_query(id),
            Route::Explain(id) => format!("page=explain&{}", analysis_query(id)),
            Route::Glossary => "page=glossary".to_owned(),
            Route::Teachers => "page=teachers".to_owned(),
            Route::Class => "page=class".to_owned(),
            Route::Worksheet { analysis, sheet, key } => {
                crate::model::worksheet::worksheet_query(analysis, sheet, *key)
            }
            Route::Local(name) => crate::model::local_cube::local_query(name),
        }
    }

    /// The group of texts this page shows beyond the interface and guides, which the browser
    /// app downloads when the page opens ([`i18n::Group::on_demand`]): the explanations and the
    /// glossary live in `explain`, the teacher page in `teacher`.
    pub fn texts(&self) -> Option<i18n::Group> {
        match self {
            Route::Explain(_) | Route::Glossary => Some(i18n::Group::Explain),
            Route::Teachers | Route::Class | Route::Worksheet { .. } => Some(i18n::Group::Teacher),
            Route::Home | Route::Analysis(_) | Route::Local(_) => None,
        }
    }
}

/// The route of a query string: `a=<id>` opens that analysis; an empty query is the home page;
/// any other query (a link from before the home page, e.g. `?cut=m4l:115:135`) opens
/// [`DEFAULT_ANALYSIS`]. An id with anything but letters, digits, `-` and `_` is not a file name
/// this page will ask for: it opens the home page. The page-wide parameters (`lang=`, `embed=`,
/// [`crate::model::view_state::PAGE_PARAMS`]) do not count: `?lang=es` is the home page in
/// Spanish. `page=explain|glossary|teachers|class` opens those pages (`explain` for the `a=` analysis);
/// `page=worksheet` the worksheet of the `a=` analysis's guided path `sheet=` (an unusable path id
/// reads as none, which the worksheet page answers with the analysis's paths).
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
        Some("class") => return Route::Class,
        Some("explain") => {
            return Route::Explain(analysis.filter(|id| is_plain_id(id)).unwrap_or(DEFAULT_ANALYSIS).to_owned())
        }
        Some("worksheet") => {
            let sheet = pairs.iter().find_map(|pair| pair.strip_prefix("sheet=")).filter(|id| is_plain_id(id));
            return Route::Worksheet {
                analysis: analysis.filter(|id| is_plain_id(id)).unwrap_or(DEFAULT_ANALYSIS).to_owned(),
                sheet: sheet.unwrap_or_default().to_owned(),
                key: pairs.contains(&"key=1"),
            };
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

/// The picture of bundled analysis `id`'s first plot in language `lang` (its code: `es`),
/// shown while the analysis loads: drawn by the app itself and committed under
/// `assets/first-view/` (`cargo xtask first-views`; `web/preload.js` shows it first). `None`
/// when the build has none: `pictured` is the build's list of the analyses it has pictures of
/// (their ids separated by spaces, `data-first-views` on preload.js's script tag, written by
/// `xtask::dist`), or `None` on a page the build did not finish, where any analysis may have
/// one. An analysis of one's own has none, and asking for it would be a failed request.
pub fn first_view_url(id: &str, lang: &str, pictured: Option<&str>) -> Option<String> {
    pictured
        .is_none_or(|ids| ids.split(' ').any(|listed| listed == id))
        .then(|| format!("assets/first-view/{id}.{lang}.svg"))
}

/// Where the event records of a bundled analysis are: beside its cube (`histcube::events`).
pub fn events_url(id: &str) -> String {
    format!("assets/cubes/{id}.events")
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    // The format's own tests are in histcube::catalog; these are about the cards.
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
    fn only_the_analyses_the_build_pictured_have_a_first_view() {
        let pictured = Some("hww hzz4l");
        assert_eq!(first_view_url("hzz4l", "es", pictured).as_deref(), Some("assets/first-view/hzz4l.es.svg"));
        assert_eq!(first_view_url("mine", "es", pictured), None);
        assert_eq!(first_view_url("hz", "en", pictured), None);
        assert_eq!(first_view_url("mine", "en", None).as_deref(), Some("assets/first-view/mine.en.svg"));
    }

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
        assert!(matches!(parse_catalog("{"), Err(CatalogError::NotJson(_))));
        let bad_id = CATALOG.replace("\"id\": \"hww\"", "\"id\": \"../x\"");
        assert_eq!(parse_catalog(&bad_id), Err(CatalogError::UnusableId { index: 1, id: "../x".into() }));
    }

    #[test]
    fn the_address_picks_the_page() {
        assert_eq!(route_of(""), Route::Home);
        assert_eq!(route_of("?"), Route::Home);
        assert_eq!(route_of("?a=hww&cut=mll:10:"), Route::Analysis("hww".into()));
        assert_eq!(route_of("cut=m4l:115:135"), Route::Analysis("hzz4l".into()), "old links open H → ZZ → 4ℓ");
        assert_eq!(route_of("a=../../etc"), Route::Home);
        assert_eq!(route_of("?page=class&a=hzz4l&code=AQVoeno0bA"), Route::Class);
        let sheet =
            |analysis: &str, sheet: &str, key| Route::Worksheet { analysis: analysis.into(), sheet: sheet.into(), key };
        assert_eq!(route_of("?page=worksheet&a=hww&sheet=separate&lang=es"), sheet("hww", "separate", false));
        assert_eq!(route_of("?page=worksheet&a=hzz4l&sheet=hzz&key=1"), sheet("hzz4l", "hzz", true));
        assert_eq!(route_of("?page=worksheet&a=hzz4l&sheet=<b>"), sheet("hzz4l", "", false), "not a path id");
        assert_eq!(route_of(&format!("?{}", sheet("ttz", "ttz", true).query())), sheet("ttz", "ttz", true));
        assert_eq!(cube_url("ttz"), "assets/cubes/ttz.cube");
        assert_eq!(events_url("hzz4l"), "assets/cubes/hzz4l.events");
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

    #[test]
    fn every_route_has_the_query_that_leads_back_to_it() {
        for route in
            [Route::Home, Route::Analysis("ttz".into()), Route::Explain("hww".into()), Route::Glossary, Route::Teachers]
        {
            assert_eq!(route_of(&route.query()), route, "{route:?}");
        }
        assert_eq!(Route::Explain("hww".into()).query(), "page=explain&a=hww");
    }
}
