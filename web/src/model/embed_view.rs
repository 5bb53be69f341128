//! What a focused embed shows, and the frame code the Embed button writes for it
//! (docs/embedding.md).
//!
//! `?embed=1` alone is the compact view of the whole analysis. An article's column has room for
//! one thing, so four more parameters choose what the frame shows; any of them makes the frame
//! **focused** (no toolbar, no help text, no yields table unless asked for):
//!
//! - `plots=AXIS,AXIS…`: the plots shown, in that order (`plots=` with nothing: none). Without
//!   it every plot is shown, or, with `path=`, the plots the path's steps look at or cut.
//! - `controls=0`: no cut control under the plots (cutting by dragging on a plot still works);
//!   `controls=1`, the default, keeps them.
//! - `panel=numbers` (the default): a strip with s, b, Z and the fitted μ̂; `panel=yields`: the
//!   full yields panel with the fit; `panel=none`: no numbers.
//! - `path=ID`: one guided path of the analysis, started at its first step, for a lesson page.
//!
//! They are page parameters ([`crate::model::view_state::PAGE_PARAMS`]): the address keeps them
//! while the reader cuts, and the "open the full analyser" link drops them
//! ([`full_analyser_query`]) but keeps the cuts and the language. Reading is forgiving like the
//! rest of the link: an unknown plot or path is left out and named in the ignored parts.

use histcube::{Axis, GuidedPath, Manifest};

use crate::model::guide::step_axis;
use crate::model::view_state::{decode, encode, IgnoredPart, LinkProblem, PAGE_PARAMS};

/// The parameters that choose what a focused frame shows.
pub const FOCUS_PARAMS: [&str; 4] = ["plots", "controls", "panel", "path"];

/// The numbers a focused frame shows under its plots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// s, b, Z and μ̂ in one line.
    Numbers,
    /// The yields panel of the full analyser, with the fit.
    Yields,
    /// No numbers.
    None,
}

impl Panel {
    /// Every panel, in the order the Embed form offers them.
    pub const ALL: [Panel; 3] = [Panel::Numbers, Panel::Yields, Panel::None];

    /// The value of `panel=`.
    pub fn id(self) -> &'static str {
        match self {
            Panel::Numbers => "numbers",
            Panel::Yields => "yields",
            Panel::None => "none",
        }
    }

    fn of_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|panel| panel.id() == id)
    }
}

/// What a focused frame shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusedLayout {
    /// The axes whose plots are shown, in order (each once).
    pub plots: Vec<usize>,
    /// Whether each plot has its cut control under it.
    pub controls: bool,
    pub panel: Panel,
    /// The guided path shown, an index into the manifest's paths.
    pub path: Option<usize>,
}

impl FocusedLayout {
    /// The focus parameters of this layout in a fixed order, without the leading `?`. `plots=`
    /// is always written, so the query always asks for a focused frame.
    pub fn to_query(&self, axes: &[Axis], paths: &[GuidedPath]) -> String {
        let plots: Vec<String> = self.plots.iter().filter_map(|&axis| axes.get(axis)).map(|a| encode(&a.id)).collect();
        let mut parts = vec![format!("plots={}", plots.join(","))];
        if !self.controls {
            parts.push("controls=0".to_owned());
        }
        if self.panel != Panel::Numbers {
            parts.push(format!("panel={}", self.panel.id()));
        }
        if let Some(path) = self.path.and_then(|p| paths.get(p)) {
            parts.push(format!("path={}", encode(&path.id)));
        }
        parts.join("&")
    }
}

/// The axes a guided path looks at or cuts, in the order its steps first name them.
pub fn path_axes(manifest: &Manifest, path: &GuidedPath) -> Vec<usize> {
    let mut axes = Vec::new();
    for step in &path.steps {
        if let Some(axis) = step_axis(manifest, step).filter(|axis| !axes.contains(axis)) {
            axes.push(axis);
        }
    }
    axes
}

/// What a query string asks an embedded frame to show: `None` for the whole analysis (no focus
/// parameter, or not `embed=1`), and the focus parameters it could not apply.
pub fn parse_layout(query: &str, manifest: &Manifest) -> (Option<FocusedLayout>, Vec<IgnoredPart>) {
    let mut embedded = false;
    let mut focused = false;
    let mut plots: Option<Vec<usize>> = None;
    let mut layout = FocusedLayout { plots: Vec::new(), controls: true, panel: Panel::Numbers, path: None };
    let mut ignored = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let outcome = match key.as_str() {
            "embed" => {
                embedded = value == "1" || value == "true";
                continue;
            }
            "plots" => {
                let (chosen, problems) = parse_plots(&value, &manifest.axes);
                plots = Some(chosen);
                ignored.extend(
                    problems.into_iter().map(|problem| IgnoredPart { part: format!("plots={value}"), problem }),
                );
                Ok(())
            }
            "controls" => match value.as_str() {
                "1" | "true" => Ok(true),
                "0" | "false" => Ok(false),
                _ => Err(LinkProblem::ExpectedFlag),
            }
            .map(|on| layout.controls = on),
            "panel" => Panel::of_id(&value).map(|panel| layout.panel = panel).ok_or(LinkProblem::ExpectedPanel),
            "path" => manifest
                .guided_paths
                .iter()
                .position(|p| p.id == value)
                .map(|path| layout.path = Some(path))
                .ok_or_else(|| LinkProblem::NoPath(value.clone())),
            _ => continue,
        };
        focused = true;
        if let Err(problem) = outcome {
            ignored.push(IgnoredPart { part: format!("{key}={value}"), problem });
        }
    }
    if !(embedded && focused) {
        return (None, if embedded { ignored } else { Vec::new() });
    }
    layout.plots = match (plots, layout.path) {
        (Some(plots), _) => plots,
        (None, Some(path)) => path_axes(manifest, &manifest.guided_paths[path]),
        (None, None) => (0..manifest.axes.len()).collect(),
    };
    (Some(layout), ignored)
}

/// The axes of a `plots=` list, each once, and a problem for each id that is not an axis.
fn parse_plots(list: &str, axes: &[Axis]) -> (Vec<usize>, Vec<LinkProblem>) {
    let mut chosen = Vec::new();
    let mut problems = Vec::new();
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match axes.iter().position(|axis| axis.id == id) {
            Some(axis) if !chosen.contains(&axis) => chosen.push(axis),
            Some(_) => {}
            None => problems.push(LinkProblem::NoAxis(id.to_owned())),
        }
    }
    (chosen, problems)
}

/// The query of the full analyser for a frame showing `view_query` (`a=…&cut=…`): the same
/// view, in the frame's language (`lang=` of `frame_query`), without `embed` or the focus
/// parameters.
pub fn full_analyser_query(view_query: &str, frame_query: &str) -> String {
    let lang =
        frame_query.trim_start_matches('?').split('&').filter(|p| p.split_once('=').is_some_and(|(k, _)| k == "lang"));
    let parts: Vec<&str> = view_query.split('&').filter(|p| !p.is_empty() && !is_page_param(p)).chain(lang).collect();
    parts.join("&")
}

fn is_page_param(pair: &str) -> bool {
    PAGE_PARAMS.contains(&pair.split_once('=').map_or(pair, |(k, _)| k))
}

/// The width of the frame the Embed button writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameWidth {
    /// The column's width (`width="100%"`).
    Column,
    /// A fixed width in CSS pixels.
    Pixels(u32),
}

impl FrameWidth {
    /// The widths the Embed form offers: the column, a phone and the usual article columns.
    pub const CHOICES: [FrameWidth; 4] =
        [FrameWidth::Column, FrameWidth::Pixels(360), FrameWidth::Pixels(600), FrameWidth::Pixels(800)];

    /// The `width` attribute's value.
    pub fn attribute(self) -> String {
        match self {
            FrameWidth::Column => "100%".to_owned(),
            FrameWidth::Pixels(px) => px.to_string(),
        }
    }

    /// Reads an `attribute` value back (the form's `<select>` holds them).
    pub fn of_attribute(value: &str) -> Option<Self> {
        Self::CHOICES.into_iter().find(|width| width.attribute() == value)
    }
}

/// The height the frame code starts with, before `host.js` sets the content's: about a plot
/// with its control and the numbers, so a host page without the script still shows something
/// whole.
pub const INITIAL_FRAME_HEIGHT: u32 = 560;

/// The address of a frame: the app at `app_address` (without a query) showing `view_query`
/// (`a=…&cut=…`) with `layout` (the whole analysis when `None`) in `lang`.
pub fn frame_address(
    app_address: &str,
    view_query: &str,
    layout: Option<&FocusedLayout>,
    axes: &[Axis],
    paths: &[GuidedPath],
    lang: &str,
) -> String {
    let mut parts: Vec<String> =
        view_query.split('&').filter(|p| !p.is_empty() && !is_page_param(p)).map(str::to_owned).collect();
    parts.push("embed=1".to_owned());
    if let Some(layout) = layout {
        parts.push(layout.to_query(axes, paths));
    }
    parts.push(format!("lang={}", encode(lang)));
    format!("{app_address}?{}", parts.join("&"))
}

/// HTML-escapes an attribute value.
fn attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The code a host page pastes: the frame at `src`, `width` wide, titled `title`, and the
/// resize script at `host_script`.
pub fn frame_code(src: &str, width: FrameWidth, title: &str, host_script: &str) -> String {
    format!(
        "<iframe src=\"{}\" data-histanalyser title=\"{}\" width=\"{}\" height=\"{INITIAL_FRAME_HEIGHT}\" \
         loading=\"lazy\"></iframe>\n<script src=\"{}\" defer></script>",
        attribute(src),
        attribute(title),
        width.attribute(),
        attribute(host_script),
    )
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::{AxisCut, GuidedStep, Process, Role};

    use super::*;

    fn manifest() -> Manifest {
        let mut manifest = Manifest::new("hzz4l", 13.0, 10.0, histcube::DataKind::Real);
        manifest.axes = vec![
            Axis::regular("m4l", "GeV", 18, 80.0, 170.0),
            Axis::regular("mz1", "GeV", 10, 50.0, 110.0),
            Axis::category("channel", &["4e", "4mu", "2e2mu"]),
        ];
        manifest.processes = vec![Process::new("data", Role::Data), Process::new("higgs", Role::Signal)];
        let step = |axis: Option<&str>, cut: Option<AxisCut>| GuidedStep {
            text_key: "t".into(),
            axis: axis.map(str::to_owned),
            cut,
        };
        manifest.guided_paths = vec![GuidedPath {
            id: "higgs".into(),
            title_key: "path.higgs.title".into(),
            steps: vec![
                step(Some("channel"), None),
                step(Some("m4l"), Some(AxisCut::range(Some(115.0), Some(135.0)))),
                step(Some("channel"), None),
                step(None, None),
            ],
        }];
        manifest
    }

    fn parse(query: &str) -> (Option<FocusedLayout>, Vec<String>) {
        let (layout, ignored) = parse_layout(query, &manifest());
        (layout, ignored.iter().map(IgnoredPart::to_string).collect())
    }

    #[test]
    fn without_a_focus_parameter_the_frame_shows_the_whole_analysis() {
        assert_eq!(parse("a=hzz4l&embed=1&cut=m4l:115:135"), (None, vec![]));
        // Outside a frame the focus parameters mean nothing and are not complained about.
        assert_eq!(parse("a=hzz4l&plots=m4l&panel=pie"), (None, vec![]));
    }

    #[test]
    fn a_focused_link_chooses_plots_controls_panel_and_path() {
        let (layout, ignored) = parse("a=hzz4l&embed=1&plots=mz1,m4l&controls=0&panel=yields&path=higgs");
        assert_eq!(ignored, Vec::<String>::new());
        let layout = layout.expect("focused");
        assert_eq!(layout, FocusedLayout { plots: vec![1, 0], controls: false, panel: Panel::Yields, path: Some(0) });
        let manifest = manifest();
        assert_eq!(
            layout.to_query(&manifest.axes, &manifest.guided_paths),
            "plots=mz1,m4l&controls=0&panel=yields&path=higgs"
        );
    }

    #[test]
    fn the_defaults_are_every_plot_with_controls_and_the_numbers() {
        let (layout, _) = parse("embed=1&panel=numbers");
        assert_eq!(
            layout,
            Some(FocusedLayout { plots: vec![0, 1, 2], controls: true, panel: Panel::Numbers, path: None })
        );
        let (layout, _) = parse("embed=1&plots=");
        assert_eq!(layout.map(|l| l.plots), Some(vec![]), "plots= with nothing shows no plot");
    }

    #[test]
    fn a_path_alone_shows_the_plots_its_steps_name() {
        let (layout, _) = parse("embed=1&path=higgs");
        assert_eq!(layout.map(|l| (l.plots, l.path)), Some((vec![2, 0], Some(0))));
    }

    #[test]
    fn unknown_parts_are_left_out_and_named() {
        let (layout, ignored) = parse("embed=1&plots=m4l,mass,m4l&panel=pie&path=dragons&controls=maybe");
        assert_eq!(layout, Some(FocusedLayout { plots: vec![0], controls: true, panel: Panel::Numbers, path: None }));
        assert_eq!(
            ignored,
            [
                "plots=m4l,mass,m4l (no axis \"mass\")",
                "panel=pie (expected numbers, yields or none)",
                "path=dragons (no guided path \"dragons\")",
                "controls=maybe (expected 1 or 0)",
            ]
        );
    }

    #[test]
    fn the_full_analyser_keeps_the_view_and_the_language_only() {
        assert_eq!(
            full_analyser_query("a=hzz4l&cut=m4l:115:135", "?a=hzz4l&embed=1&plots=m4l&lang=es&panel=none&path=higgs"),
            "a=hzz4l&cut=m4l:115:135&lang=es"
        );
        assert_eq!(full_analyser_query("a=hww", "embed=1"), "a=hww");
    }

    #[test]
    fn the_frame_code_carries_the_view_the_layout_and_the_width() {
        let manifest = manifest();
        let layout = FocusedLayout { plots: vec![0], controls: true, panel: Panel::Numbers, path: None };
        let src = frame_address(
            "https://host.example/analyser/",
            "a=hzz4l&cut=m4l:115:135&lang=de",
            Some(&layout),
            &manifest.axes,
            &manifest.guided_paths,
            "es",
        );
        assert_eq!(src, "https://host.example/analyser/?a=hzz4l&cut=m4l:115:135&embed=1&plots=m4l&lang=es");
        assert_eq!(
            frame_code(&src, FrameWidth::Pixels(600), "Analizador \"ATLAS\"", "https://host.example/analyser/embed/host.js"),
            "<iframe src=\"https://host.example/analyser/?a=hzz4l&amp;cut=m4l:115:135&amp;embed=1&amp;plots=m4l&amp;lang=es\" \
             data-histanalyser title=\"Analizador &quot;ATLAS&quot;\" width=\"600\" height=\"560\" loading=\"lazy\"></iframe>\n\
             <script src=\"https://host.example/analyser/embed/host.js\" defer></script>"
        );
        let whole = frame_address("/", "a=ttz", None, &manifest.axes, &manifest.guided_paths, "en");
        assert_eq!(whole, "/?a=ttz&embed=1&lang=en");
    }

    #[test]
    fn a_written_layout_reads_back_the_same() {
        let manifest = manifest();
        for layout in [
            FocusedLayout { plots: vec![2], controls: false, panel: Panel::None, path: None },
            FocusedLayout { plots: vec![], controls: true, panel: Panel::Numbers, path: Some(0) },
            FocusedLayout { plots: vec![0, 1, 2], controls: true, panel: Panel::Yields, path: None },
        ] {
            let query = format!("embed=1&{}", layout.to_query(&manifest.axes, &manifest.guided_paths));
            assert_eq!(parse_layout(&query, &manifest), (Some(layout), vec![]), "{query}");
        }
    }

    #[test]
    fn the_widths_read_back() {
        for width in FrameWidth::CHOICES {
            assert_eq!(FrameWidth::of_attribute(&width.attribute()), Some(width));
        }
        assert_eq!(FrameWidth::of_attribute("12"), None);
    }
}
