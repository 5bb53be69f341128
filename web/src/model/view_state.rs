//! Everything a shared link carries, and its query-string form.
//!
//! A teacher shares a link such as
//! `?a=hzz4l&cut=m4l:115:135&cut=channel:4mu,2e2mu&hide=zz&logy=1`:
//!
//! - `a=ANALYSIS`: which analysis (read by [`crate::model::catalog::route_of`]; a link without
//!   it opens `hzz4l`, as links did before there was a choice).
//! - `cut=AXIS:LOWER:UPPER` on a numeric axis, ends as bin-edge values; an empty end is open
//!   (`cut=m4l:115:` keeps everything from 115 GeV up, including the overflow). Values between
//!   edges snap to the nearest edge, as typed values do.
//! - `cut=AXIS:CATEGORY,CATEGORY…` on a category axis: the categories kept.
//!
//!   After `AXIS:` a cut is written in histcube's one cut grammar ([`histcube::cut_text`]), as
//!   on the command line (`preprocess export --cut m4l=115:135`).
//! - `hide=PROCESS,PROCESS…` (also repeatable): processes left out of the plots and of s, b and Z.
//! - `logy=1`: every plot with a logarithmic y axis.
//! - `view=shapes`: every plot overlays each process's shape normalised to unit area instead of
//!   the stack (`view=stack`, the default, is not written).
//! - `proj=1`: projector mode (high contrast, larger text, thicker lines).
//! - `event=RUN:EVENT`: the event display opens that recorded collision
//!   ([`crate::model::event_display`]), so a teacher can share one.
//! - `lang=es` (en, es, fr, pt, it, de): the page's language, read once at start by
//!   `crate::locale`; without it the browser's preferred language decides.
//! - `embed=1`: the compact view for an iframe (no header), with the resize messages of
//!   docs/embedding.md.
//!
//! - `plots=`, `controls=`, `panel=`, `path=`: what a focused frame shows
//!   ([`crate::model::embed_view`]).
//!
//! `lang`, `embed` and the focus parameters are about the page rather than the view
//! ([`PAGE_PARAMS`]): every address
//! the view writes keeps them as they are ([`with_page_params`]).
//!
//! Only what differs from the defaults is written, in axis and manifest order, so the same view
//! always gives the same link. Reading is forgiving: a part that cannot be understood (unknown
//! axis, bad number, unknown category or process, unknown parameter) is left at its default and
//! named in [`ParsedView::ignored`], so the page can say what it did not apply.

use histcube::{Axis, AxisCut, CutSyntaxError, Process};

use crate::model::bin_cut::{BinCut, CategoryCut};
use crate::model::range_cut::RangeCut;
use crate::model::{labels, numbers};

/// The view a link describes.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// The cut on every axis, in axis order.
    pub cuts: Vec<BinCut>,
    /// `hidden[p]` for process `p` of the manifest.
    pub hidden: Vec<bool>,
    pub log_y: bool,
    /// Normalised shapes instead of the stack.
    pub shapes: bool,
    /// High contrast, large text, thick lines.
    pub projector: bool,
    /// The collision the event display shows, `(run, event)`.
    pub event: Option<(u32, u64)>,
}

impl ViewState {
    /// No cut, every process shown, linear y axis.
    pub fn default_for(axes: &[Axis], processes: &[Process]) -> Self {
        Self {
            cuts: axes.iter().map(BinCut::none).collect(),
            hidden: vec![false; processes.len()],
            log_y: false,
            shapes: false,
            projector: false,
            event: None,
        }
    }

    /// The query string for this view, without the leading `?`; empty for the default view.
    pub fn to_query(&self, axes: &[Axis], processes: &[Process]) -> String {
        let mut parts = Vec::new();
        for (axis, cut) in axes.iter().zip(&self.cuts) {
            if let Some(value) = cut_value(cut) {
                parts.push(format!("cut={}:{value}", encode(&axis.id)));
            }
        }
        let hidden: Vec<String> =
            processes.iter().zip(&self.hidden).filter(|(_, hidden)| **hidden).map(|(p, _)| encode(&p.id)).collect();
        if !hidden.is_empty() {
            parts.push(format!("hide={}", hidden.join(",")));
        }
        if self.log_y {
            parts.push("logy=1".to_owned());
        }
        if self.shapes {
            parts.push("view=shapes".to_owned());
        }
        if self.projector {
            parts.push("proj=1".to_owned());
        }
        if let Some((run, event)) = self.event {
            parts.push(format!("event={run}:{event}"));
        }
        parts.join("&")
    }
}

/// The parameters about the page rather than the view: the language, the embedded mode and what
/// a focused frame shows ([`crate::model::embed_view::FOCUS_PARAMS`]).
pub const PAGE_PARAMS: [&str; 6] = ["lang", "embed", "plots", "controls", "panel", "path"];

/// `query` followed by the page parameters of `current` (another query string), as they were.
pub fn with_page_params(query: &str, current: &str) -> String {
    let kept = current
        .trim_start_matches('?')
        .split('&')
        .filter(|p| PAGE_PARAMS.contains(&p.split_once('=').map_or(*p, |(k, _)| k)));
    let parts: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).chain(kept).collect();
    parts.join("&")
}

/// What a query string asked for, and the parts of it that were not applied.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedView {
    pub view: ViewState,
    /// Each ignored part as it was written, with the reason.
    pub ignored: Vec<IgnoredPart>,
}

/// A part of a link that was not applied, e.g. `cut=mass:1:2 (no axis "mass")` as the notice
/// writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct IgnoredPart {
    /// `key=value`, decoded.
    pub part: String,
    pub problem: LinkProblem,
}

impl std::fmt::Display for IgnoredPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.part, self.problem.message())
    }
}

/// Why a part of a link was not applied; its words come from the catalogues (`link-*`).
#[derive(Clone, Debug, PartialEq)]
pub enum LinkProblem {
    UnknownParameter,
    UnknownLanguage,
    /// `cut=` without `AXIS:`.
    ExpectedAxis,
    /// A numeric axis's cut that is not `LOWER:UPPER`.
    ExpectedRange,
    /// A category axis's cut that is not a list of categories.
    ExpectedCategories,
    ExpectedFlag,
    ExpectedViewMode,
    /// A `panel=` that is not `numbers`, `yields` or `none`.
    ExpectedPanel,
    /// An `event=` that is not `RUN:EVENT`.
    ExpectedEvent,
    NoAxis(String),
    NoCategory(String),
    NoProcess(String),
    /// A `path=` naming no guided path of the analysis.
    NoPath(String),
    /// A range end, as written.
    NotANumber(String),
    EmptyRange,
    NoCategoryKept,
}

impl LinkProblem {
    /// The reason in the page's language, e.g. `no axis "mass"`.
    pub fn message(&self) -> String {
        match self {
            LinkProblem::UnknownParameter => labels::text("link-unknown-parameter"),
            LinkProblem::UnknownLanguage => labels::text("link-unknown-language"),
            LinkProblem::ExpectedAxis => labels::text("link-expected-axis"),
            LinkProblem::ExpectedRange => labels::text("link-expected-range"),
            LinkProblem::ExpectedCategories => labels::text("link-expected-categories"),
            LinkProblem::ExpectedFlag => labels::text("link-expected-flag"),
            LinkProblem::ExpectedViewMode => labels::text("link-expected-view"),
            LinkProblem::ExpectedPanel => labels::text("link-expected-panel"),
            LinkProblem::ExpectedEvent => labels::text("link-expected-event"),
            LinkProblem::NoAxis(id) => labels::fill("link-no-axis", &[("axis", id)]),
            LinkProblem::NoCategory(id) => labels::fill("link-no-category", &[("category", id)]),
            LinkProblem::NoProcess(id) => labels::fill("link-no-process", &[("process", id)]),
            LinkProblem::NoPath(id) => labels::fill("link-no-path", &[("path", id)]),
            LinkProblem::NotANumber(text) => labels::fill("link-not-a-number", &[("text", text)]),
            LinkProblem::EmptyRange => labels::text("link-empty-range"),
            LinkProblem::NoCategoryKept => labels::text("link-no-category-kept"),
        }
    }
}

impl From<CutSyntaxError> for LinkProblem {
    fn from(error: CutSyntaxError) -> Self {
        match error {
            CutSyntaxError::NotANumber(text) => LinkProblem::NotANumber(text),
            CutSyntaxError::NoCategory => LinkProblem::NoCategoryKept,
            CutSyntaxError::NotARange => LinkProblem::ExpectedRange,
            CutSyntaxError::NoAxis => LinkProblem::ExpectedAxis,
        }
    }
}

/// Reads a query string (with or without the leading `?`) against a cube's axes and processes.
pub fn parse_query(query: &str, axes: &[Axis], processes: &[Process]) -> ParsedView {
    let mut view = ViewState::default_for(axes, processes);
    let mut ignored = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let outcome = match key.as_str() {
            "cut" => parse_cut(&value, axes).map(|(axis, cut)| view.cuts[axis] = cut),
            "hide" => parse_hidden(&value, processes).map(|list| list.into_iter().for_each(|p| view.hidden[p] = true)),
            "logy" => parse_flag(&value).map(|on| view.log_y = on),
            "proj" => parse_flag(&value).map(|on| view.projector = on),
            "view" => parse_view_mode(&value).map(|shapes| view.shapes = shapes),
            "event" => histcube::events::parse_event_id(&value)
                .map(|id| view.event = Some(id))
                .ok_or(LinkProblem::ExpectedEvent),
            // The analysis was chosen before the cube was opened (catalog::route_of).
            "a" => Ok(()),
            // A file opened from the computer (model::local_cube): the page chose it already.
            "local" => Ok(()),
            // A mystery sample and its answer: read when the cube is opened (model::mystery).
            "mystery" | "answer" => Ok(()),
            // Read before the view exists (crate::locale, crate::ui::embed) and kept as they are.
            "lang" => i18n::Lang::from_tag(&value).map(drop).ok_or(LinkProblem::UnknownLanguage),
            "embed" => parse_flag(&value).map(drop),
            // What a focused frame shows: read, and its problems named, by model::embed_view.
            "plots" | "controls" | "panel" | "path" => Ok(()),
            _ => Err(LinkProblem::UnknownParameter),
        };
        if let Err(problem) = outcome {
            ignored.push(IgnoredPart { part: format!("{key}={value}"), problem });
        }
    }
    ParsedView { view, ignored }
}

/// The value of a `cut=` parameter after `AXIS:`, `None` for no cut: the engine cut in the
/// cut grammar, its ends written as the interface writes bin edges (so `115`, never
/// `115.00000000000001`), each category id percent-encoded.
fn cut_value(cut: &BinCut) -> Option<String> {
    let cut = match cut.axis_cut()? {
        AxisCut::Ranges(ranges) => {
            let tidy = |end: Option<f64>| end.map(|value| numbers::edge(value).parse().unwrap_or(value));
            AxisCut::Ranges(
                ranges.into_iter().map(|r| histcube::Range { lower: tidy(r.lower), upper: tidy(r.upper) }).collect(),
            )
        }
        AxisCut::Categories(ids) => AxisCut::Categories(ids.iter().map(|id| encode(id)).collect()),
    };
    Some(cut.to_string())
}

/// A `cut=` parameter's value, `AXIS:CUT`, against the axes: numeric ends snap to the nearest
/// bin edge, categories must exist and at least one must be kept.
fn parse_cut(value: &str, axes: &[Axis]) -> Result<(usize, BinCut), LinkProblem> {
    let (id, rest) = value.split_once(':').ok_or(LinkProblem::ExpectedAxis)?;
    let index = axes.iter().position(|a| a.id == id).ok_or_else(|| LinkProblem::NoAxis(id.to_owned()))?;
    let axis = &axes[index];
    let cut = rest.parse::<AxisCut>().map_err(LinkProblem::from);
    let snapped = match (BinCut::none(axis), cut) {
        (BinCut::Range { edges, range: full }, Ok(AxisCut::Ranges(ranges))) if ranges.len() == 1 => {
            let lower = ranges[0].lower.map_or(0, |v| edges.nearest(v));
            let upper = ranges[0].upper.map_or(full.upper, |v| edges.nearest(v));
            if lower >= upper {
                return Err(LinkProblem::EmptyRange);
            }
            BinCut::Range { range: RangeCut { lower, upper }, edges }
        }
        (BinCut::Range { .. }, Err(reason)) if rest.contains(':') => return Err(reason),
        (BinCut::Range { .. }, _) => return Err(LinkProblem::ExpectedRange),
        (BinCut::Categories(all), Ok(AxisCut::Categories(ids))) => BinCut::Categories(choose_categories(&ids, &all)?),
        (BinCut::Categories(_), Err(reason)) if !rest.contains(':') => return Err(reason),
        (BinCut::Categories(_), _) => return Err(LinkProblem::ExpectedCategories),
    };
    Ok((index, snapped))
}

fn hex_byte(pair: &[u8]) -> Option<u8> {
    std::str::from_utf8(pair).ok().and_then(|hex| u8::from_str_radix(hex, 16).ok())
}

fn parse_flag(value: &str) -> Result<bool, LinkProblem> {
    match value {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(LinkProblem::ExpectedFlag),
    }
}

/// Whether `view=` asks for the normalised shapes (`shapes`) or the stack (`stack`).
fn parse_view_mode(value: &str) -> Result<bool, LinkProblem> {
    match value {
        "shapes" => Ok(true),
        "stack" => Ok(false),
        _ => Err(LinkProblem::ExpectedViewMode),
    }
}

/// The choice keeping exactly `ids`, each of which must be a category of the axis.
fn choose_categories(ids: &[String], all: &CategoryCut) -> Result<CategoryCut, LinkProblem> {
    let mut keep = vec![false; all.len()];
    for id in ids {
        let index = (0..all.len()).find(|&i| all.id(i) == id).ok_or_else(|| LinkProblem::NoCategory(id.clone()))?;
        keep[index] = true;
    }
    Ok(all.with_selected(&keep))
}

fn parse_hidden(list: &str, processes: &[Process]) -> Result<Vec<usize>, LinkProblem> {
    list.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| processes.iter().position(|p| p.id == id).ok_or_else(|| LinkProblem::NoProcess(id.to_owned())))
        .collect()
}

/// Percent-encodes everything but letters, digits, `-._~` (ids are normally plain words).
pub(crate) fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => char::from(b).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Undoes percent-encoding and `+` for space; a malformed escape is kept as written.
pub(crate) fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match bytes.get(i + 1..i + 3).and_then(hex_byte) {
                Some(byte) => {
                    out.push(byte);
                    i += 3;
                    continue;
                }
                None => out.push(b'%'),
            },
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::Role;

    use super::*;

    fn axes() -> Vec<Axis> {
        vec![Axis::regular("m4l", "GeV", 18, 80.0, 170.0), Axis::category("channel", &["4e", "4mu", "2e2mu"])]
    }

    fn processes() -> Vec<Process> {
        vec![
            Process::new("data", Role::Data),
            Process::new("higgs", Role::Signal),
            Process::new("zz", Role::Background),
        ]
    }

    fn parse(query: &str) -> ParsedView {
        parse_query(query, &axes(), &processes())
    }

    /// The ignored parts as the link notice writes them.
    fn ignored(parsed: &ParsedView) -> Vec<String> {
        parsed.ignored.iter().map(IgnoredPart::to_string).collect()
    }

    #[test]
    fn the_default_view_has_an_empty_query() {
        let view = ViewState::default_for(&axes(), &processes());
        assert_eq!(view.to_query(&axes(), &processes()), "");
        assert_eq!(parse(""), ParsedView { view: view.clone(), ignored: vec![] });
        assert_eq!(parse("?").view, view);
    }

    #[test]
    fn a_full_link_round_trips() {
        let query = "cut=m4l:115:135&cut=channel:4mu,2e2mu&hide=zz&logy=1";
        let parsed = parse(&format!("?{query}"));
        assert_eq!(ignored(&parsed), Vec::<String>::new());
        let view = &parsed.view;
        assert_eq!(view.cuts[0].axis_cut(), Some(histcube::AxisCut::range(Some(115.0), Some(135.0))));
        assert_eq!(view.cuts[1].axis_cut(), Some(histcube::AxisCut::categories(&["4mu", "2e2mu"])));
        assert_eq!(view.hidden, [false, false, true]);
        assert!(view.log_y);
        assert_eq!(view.to_query(&axes(), &processes()), query);
    }

    #[test]
    fn the_view_mode_and_projector_round_trip_and_the_analysis_is_not_a_stranger() {
        let parsed = parse("a=hzz4l&view=shapes&proj=1");
        assert_eq!(ignored(&parsed), Vec::<String>::new());
        assert!(parsed.view.shapes && parsed.view.projector);
        assert_eq!(parsed.view.to_query(&axes(), &processes()), "view=shapes&proj=1");
        assert_eq!(parse("view=stack").view, ViewState::default_for(&axes(), &processes()));
        assert_eq!(ignored(&parse("view=pie")), ["view=pie (expected stack or shapes)"]);
    }

    #[test]
    fn an_open_event_round_trips_and_a_malformed_one_is_named() {
        let parsed = parse("a=hzz4l&cut=m4l:120:130&event=299584:3892741166");
        assert_eq!(ignored(&parsed), Vec::<String>::new());
        assert_eq!(parsed.view.event, Some((299584, 3892741166)));
        assert_eq!(parsed.view.to_query(&axes(), &processes()), "cut=m4l:120:130&event=299584:3892741166");
        let bad = parse("event=299584");
        assert_eq!(bad.view.event, None);
        assert_eq!(ignored(&bad), ["event=299584 (expected RUN:EVENT, two whole numbers)"]);
    }

    #[test]
    fn open_ends_snapping_and_encoding() {
        let parsed = parse("cut=m4l:113.2:&hide=data&hide=higgs&cut%3Dx=1");
        assert_eq!(parsed.view.cuts[0].axis_cut(), Some(histcube::AxisCut::range(Some(115.0), None)));
        assert_eq!(parsed.view.hidden, [true, true, false]);
        assert_eq!(parsed.view.to_query(&axes(), &processes()), "cut=m4l:115:&hide=data,higgs");
        assert_eq!(ignored(&parsed), ["cut=x=1 (unknown parameter)"]);
        // Lower end at the axis minimum is an open end, as in the cut control.
        let below = parse("cut=m4l:80:130").view;
        assert_eq!(below.to_query(&axes(), &processes()), "cut=m4l::130");
        assert_eq!(parse("cut=channel:4mu%2C4e").view.to_query(&axes(), &processes()), "cut=channel:4e,4mu");
        assert_eq!(encode("a b&c"), "a%20b%26c");
        assert_eq!(decode("a%20b%26c+d%zz%"), "a b&c d%zz%");
    }

    #[test]
    fn garbage_falls_back_to_defaults_and_is_named() {
        let parsed = parse(
            "cut=mass:1:2&cut=m4l:abc:130&cut=m4l:130:120&cut=channel:4tau&cut=channel:&hide=ttbar&logy=maybe&cut=m4l&zoom=2&cut=m4l:inf:",
        );
        assert_eq!(parsed.view, ViewState::default_for(&axes(), &processes()));
        assert_eq!(
            ignored(&parsed),
            [
                "cut=mass:1:2 (no axis \"mass\")",
                "cut=m4l:abc:130 (\"abc\" is not a number)",
                "cut=m4l:130:120 (empty range)",
                "cut=channel:4tau (no category \"4tau\")",
                "cut=channel: (no category kept)",
                "hide=ttbar (no process \"ttbar\")",
                "logy=maybe (expected 1 or 0)",
                "cut=m4l (expected AXIS:…)",
                "zoom=2 (unknown parameter)",
                "cut=m4l:inf: (\"inf\" is not a number)",
            ]
        );
        // The good parts of a partly broken link still apply.
        let mixed = parse("cut=m4l:115:135&cut=channel:4tau&logy=1");
        assert_eq!(mixed.ignored.len(), 1);
        assert_eq!(mixed.view.to_query(&axes(), &processes()), "cut=m4l:115:135&logy=1");
    }

    #[test]
    fn the_language_and_the_embedded_mode_stay_in_every_address() {
        assert_eq!(
            with_page_params("a=hzz4l&cut=m4l:115:135", "?a=hzz4l&lang=es&logy=1&embed=1"),
            "a=hzz4l&cut=m4l:115:135&lang=es&embed=1"
        );
        assert_eq!(with_page_params("", "?lang=de"), "lang=de");
        assert_eq!(with_page_params("a=ttz", ""), "a=ttz");
        let parsed = parse_query("lang=es&embed=1&lang=xx", &[], &[]);
        assert_eq!(ignored(&parsed), vec!["lang=xx (unknown language)".to_owned()]);
    }
}
