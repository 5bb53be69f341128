//! One analysis on screen: title and provenance, the notice of link parts not applied, the cuts
//! bar (summary, undo / redo, reset, view options, histogram download, embedding code), one
//! linked plot with its cut control per axis, and the side panels (yields, fit, guided paths).
//!
//! A focused embed (`?embed=1&plots=…`, [`crate::model::embed_view`]) shows only what its
//! address chose: a title line, the chosen plots (with or without their controls), the numbers
//! strip or the yields panel, and a guided path.
//!
//! The view starts from the page's address and keeps the address in step, so a link shares
//! exactly what is on screen. Its state is provided through context — the cuts ([`Cuts`]) and
//! the view options ([`ViewOptions`]) — and each component below reads what it needs.

use histcube::{AxisCut, Engine, Role};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::bin_cut::{cuts_summary, AxisName, BinCut};
use crate::model::catalog::analysis_query;
use crate::model::embed_view::{parse_layout, FocusedLayout, Panel};
use crate::model::errors::AppError;
use crate::model::histogram::StackedHistogram;
use crate::model::mystery::Mystery;
use crate::model::view_state::{parse_query, ParsedView, ViewState};
use crate::model::{labels, numbers};
use crate::ui::address::{page_query, schedule_page_query};
use crate::ui::app::ErrorBanner;
use crate::ui::blinding::{BlindBanner, BlindToggle, Blinding};
use crate::ui::category_control::CategoryControl;
use crate::ui::class_results::ShareResult;
use crate::ui::cut_control::CutControl;
use crate::ui::cut_flow::CutFlowPanel;
use crate::ui::cuts::Cuts;
use crate::ui::embed::{self, EmbedButton, EmbedChoices, ViewQuery};
use crate::ui::event_display::{EventBrowser, EventsPanel, EventsSource};
use crate::ui::export;
use crate::ui::fit_panel::fitted_mu_text;
use crate::ui::guide::GuidePanel;
use crate::ui::loader::describe;
use crate::ui::plot::{HistogramPlot, Legend, PickBins};
use crate::ui::state::AnalysisState;
use crate::ui::summary_bar::SummaryBar;
use crate::ui::view_options::ViewOptions;
use crate::ui::yields::YieldsPanel;

/// What the view shows of the manifest, read once.
struct Facts {
    analysis_id: String,
    title: String,
    provenance: String,
    lumi: String,
    names: Vec<AxisName>,
    /// The first axis's histogram, for the legend (`None` for a cube without axes).
    legend: Option<StackedHistogram>,
    /// Data and simulation both present in the cube (read before any cut of the link applies):
    /// only then do the plots get a data / simulation ratio panel.
    ratio: bool,
}

impl Facts {
    fn of(engine: &Engine) -> Self {
        let manifest = engine.cube().manifest();
        let has = |role: Role| manifest.processes_with_role(role).any(|p| engine.yields()[p].count > 0);
        Self {
            analysis_id: manifest.analysis_id.clone(),
            title: labels::text(&manifest.title_key),
            provenance: numbers::data_provenance(manifest),
            lumi: numbers::edge(manifest.luminosity_fb),
            names: manifest.axes.iter().map(AxisName::of).collect(),
            legend: (!manifest.axes.is_empty()).then(|| StackedHistogram::from_engine(engine, 0)),
            ratio: has(Role::Data) && (has(Role::Signal) || has(Role::Background)),
        }
    }
}

/// The analysis view of `state`'s engine. `address` is the start of the page's address in place
/// of `a=<analysis id>` (a local file's `local=<file name>`).
#[component]
pub fn AnalysisView(
    state: AnalysisState,
    #[prop(optional)] address: Option<String>,
    #[prop(default = None)] events: Option<EventsSource>,
    #[prop(default = None)] mystery: Option<(Mystery, bool)>,
) -> impl IntoView {
    let facts = state.with_untracked(Facts::of);
    let Some(legend) = facts.legend else {
        let message = labels::text("error-cube-no-axis");
        return view! { <ErrorBanner message navigate=None /> }.into_any();
    };
    let (linked, mut ignored) = start_from_link(state);
    // Only a bundled analysis can be framed: a file opened from the computer has an address.
    let framable = address.is_none();
    let layout = if framable && embed::requested() {
        let (layout, problems) = state.with_untracked(|engine| parse_layout(&page_query(), engine.cube().manifest()));
        ignored.extend(problems.iter().map(ToString::to_string));
        layout
    } else {
        None
    };
    let options = ViewOptions::provide(&linked, facts.ratio);
    let preferred = state.with_untracked(|engine| {
        crate::model::cut_flow::preferred_order(engine.cube().manifest(), layout.as_ref().and_then(|l| l.path))
    });
    let cuts = Cuts::provide(state, linked.cuts, &preferred);
    // The event display belongs to the full view; a focused embed shows only what it chose.
    let events = events.filter(|_| layout.is_none());
    let browser = events.as_ref().map(|source| EventBrowser::provide(state, source, linked.event));
    restyle_page_for_projector(options);
    listen_for_undo_keys(cuts);
    let view_query = use_context::<ViewQuery>().map_or_else(|| RwSignal::new(String::new()), |q| q.0);
    let mut analysis_part = address.unwrap_or_else(|| analysis_query(&facts.analysis_id));
    if let Some((m, revealed)) = mystery {
        // The mystery and its answer stay in the address: a reload or a shared link is the same sample.
        analysis_part.push_str(&format!("&mystery={}", m.code()));
        if revealed {
            analysis_part.push_str(&format!("&answer={}", m.answer_token()));
        }
    }
    keep_address_in_step(state, analysis_part, view_query);
    let names = StoredValue::new(facts.names);
    let axis_count = names.with_value(Vec::len);
    // A blind analysis is a lesson for the full view; a focused embed shows what it chose.
    let blinding = if layout.is_none() { Blinding::provide(state, names) } else { None };

    // The fit panel, the guided paths, "share our result" and the cut-flow table are not needed
    // for the first picture: they are built once the browser has painted the plots and the
    // yields, each in a task of its own (`Settled`), so on an old laptop the first plot does not
    // wait for a likelihood fit, its scan canvas and the guide, and no one step holds the page
    // for long. Until the fit and the guide are there the side column is marked busy for screen
    // readers. Once all are built the page is ready for the service worker to be registered
    // (`announce_first_view`).
    // A focused embed builds its few plots with the view (`FocusedView`).
    let settled = Settled::start(if layout.is_some() { 0 } else { axis_count });

    if let Some(layout) = layout {
        let title = format!("{} · {}", facts.title, facts.provenance);
        return view! { <FocusedView state layout title legend ignored settled=settled.fit /> }.into_any();
    }
    let embed_choices = (framable && !embed::requested()).then(|| embed_choices(state));

    view! {
        <header class="analysis-header">
            <h1 data-testid="analysis-title">{facts.title}</h1>
            <p class="provenance" data-testid="data-provenance">{facts.provenance}</p>
        </header>
        <LinkNotice ignored />
        {mystery.map(|(mystery, revealed)| view! { <MysteryNotice mystery revealed /> })}
        <CutsBar state names embed_choices view_query />
        {blinding.map(|blinding| view! { <BlindBanner blinding /> })}
        <CutError />
        <div class="analysis-body">
            <PlotsSection state legend lumi=facts.lumi axis_count built=settled.panels />
            <SidePanels state settled />
        </div>
        // Wide enough for a column per process only below the plots; not needed for the first picture.
        {move || settled.rest.get().then(|| view! { <CutFlowPanel state hidden=options.hidden.into() /> })}
        {browser.map(|browser| view! { <EventsPanel browser /> })}
    }
    .into_any()
}

/// A focused embed: a title line, the chosen plots, the numbers and the guided path, nothing else.
#[component]
fn FocusedView(
    state: AnalysisState,
    layout: FocusedLayout,
    title: String,
    legend: StackedHistogram,
    ignored: Vec<String>,
    settled: RwSignal<bool>,
) -> impl IntoView {
    let (cuts, options) = (Cuts::expect(), ViewOptions::expect());
    let controls = layout.controls;
    let plots = layout.plots.iter().map(|&axis| view! { <AxisPanel state axis controls /> }).collect_view();
    let hidden: Signal<Vec<bool>> = options.hidden.into();
    let numbers = match layout.panel {
        Panel::Numbers => {
            let table = Memo::new(move |_| {
                hidden.with(|hidden| state.with(|engine| crate::model::yields::YieldTable::with_hidden(engine, hidden)))
            });
            let mu = fitted_mu_text(state, hidden);
            view! { <SummaryBar table mu strip=true /> }.into_any()
        }
        Panel::Yields => {
            view! { <YieldsPanel state hidden on_toggle=options.toggle_callback() fit_when=settled /> }.into_any()
        }
        Panel::None => ().into_any(),
    };
    let show_me = Callback::new(move |(axis, cut): (usize, AxisCut)| cuts.show(axis, &cut));
    let guide = layout.path.map(|only_path| {
        view! { <GuidePanel state enabled=options.enabled() show_me only_path /> }
    });
    view! {
        <div class="focused" data-testid="focused-embed">
            <p class="focused-title" data-testid="analysis-title">{title}</p>
            <LinkNotice ignored />
            <CutError />
            // A lesson reads the step first, then looks at the plots it names.
            {guide}
            <Legend histogram=legend hidden=options.hidden.into() on_toggle=options.toggle_callback() />
            <div class="plot-grid focused-plots">{plots}</div>
            {numbers}
        </div>
    }
}

/// What the Embed form offers for this analysis.
fn embed_choices(state: AnalysisState) -> EmbedChoices {
    let cuts = Cuts::expect();
    state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        let cut: Vec<bool> = cuts.with_untracked(|all| all.iter().map(BinCut::is_cut).collect());
        let first_plots =
            if cut.iter().any(|&c| c) { cut } else { (0..manifest.axes.len()).map(|axis| axis == 0).collect() };
        EmbedChoices {
            axes: manifest.axes.clone(),
            axis_labels: manifest.axes.iter().map(|a| labels::short(&labels::text(&a.label_key)).to_owned()).collect(),
            paths: manifest.guided_paths.clone(),
            first_plots,
        }
    })
}

/// The view the address asks for, applied to the engine, and the parts of the address that
/// could not be applied.
fn start_from_link(state: AnalysisState) -> (ViewState, Vec<String>) {
    let (axes, processes) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        (manifest.axes.clone(), manifest.processes.clone())
    });
    let ParsedView { mut view, ignored } = parse_query(&page_query(), &axes, &processes);
    let mut ignored: Vec<String> = ignored.iter().map(ToString::to_string).collect();
    let initial_cuts: Vec<(usize, Option<AxisCut>)> = view
        .cuts
        .iter()
        .enumerate()
        .filter(|(_, cut)| cut.is_cut())
        .map(|(axis, cut)| (axis, cut.axis_cut()))
        .collect();
    if let Err(error) = state.set_cuts(&initial_cuts) {
        // The engine refused a cut the link asked for: start from no cut rather than half of it.
        state.clear_all_cuts();
        view.cuts = axes.iter().map(BinCut::none).collect();
        // Named "cut" so the notice counts it under that parameter (model::link_notice).
        ignored.push(format!(
            "cut ({})",
            labels::fill("error-link-cuts-refused", &[("reason", &AppError::from(error).message())])
        ));
    }
    // The language the page asked for could not be downloaded (crate::locale): it is English.
    ignored.extend(crate::locale::unavailable());
    (view, ignored)
}

/// Projector mode restyles the whole page (larger text, stronger contrast), not only the plots.
fn restyle_page_for_projector(options: ViewOptions) {
    Effect::new(move |_| {
        let on = options.projector.get();
        if let Some(body) = document().body() {
            _ = body.class_list().toggle_with_force("projector", on);
        }
    });
    on_cleanup(|| {
        if let Some(body) = document().body() {
            _ = body.class_list().remove_1("projector");
        }
    });
}

/// Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, while the view is on the page.
fn listen_for_undo_keys(cuts: Cuts) {
    let shortcuts = window_event_listener(leptos::ev::keydown, move |ev| match undo_shortcut(&ev) {
        Some(Shortcut::Undo) => {
            ev.prevent_default();
            cuts.undo();
        }
        Some(Shortcut::Redo) => {
            ev.prevent_default();
            cuts.redo();
        }
        None => {}
    });
    on_cleanup(move || shortcuts.remove());
}

/// The keyboard shortcuts of the cut history.
enum Shortcut {
    Undo,
    Redo,
}

/// The shortcut a key press is, except while typing in a field, where the browser's own text
/// undo belongs.
fn undo_shortcut(ev: &web_sys::KeyboardEvent) -> Option<Shortcut> {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
        return None;
    }
    let typing = ev.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()).is_some_and(|element| {
        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || element.has_attribute("contenteditable")
    });
    if typing {
        return None;
    }
    match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
        ("z", false) => Some(Shortcut::Undo),
        ("z", true) | ("y", false) => Some(Shortcut::Redo),
        _ => None,
    }
}

/// The address bar follows every change of the cuts and options without reloading or adding
/// history entries, written in a task of its own just after the change (`ui::address`).
/// `view_query` follows the same query (for the embedding code and the embedded frame's link).
fn keep_address_in_step(state: AnalysisState, analysis_part: String, view_query: RwSignal<String>) {
    let (cuts, options, browser) = (Cuts::expect(), ViewOptions::expect(), EventBrowser::expect());
    let (axes, processes) = state.with_untracked(|engine| {
        let manifest = engine.cube().manifest();
        (StoredValue::new(manifest.axes.clone()), StoredValue::new(manifest.processes.clone()))
    });
    Effect::new(move |_| {
        let view = ViewState {
            cuts: cuts.with(<[BinCut]>::to_vec),
            hidden: options.hidden.get(),
            log_y: options.log_y.get(),
            shapes: options.shapes.get(),
            projector: options.projector.get(),
            event: browser.and_then(|b| b.open_event()),
        };
        let query = axes.with_value(|axes| processes.with_value(|processes| view.to_query(axes, processes)));
        let query = if query.is_empty() { analysis_part.clone() } else { format!("{analysis_part}&{query}") };
        view_query.set(query.clone());
        schedule_page_query(query);
    });
}

/// A mystery sample: what the class is to find out, and for the teacher's answer link, the answer.
#[component]
fn MysteryNotice(mystery: Mystery, revealed: bool) -> impl IntoView {
    view! {
        <section class="notice mystery" data-testid="mystery" aria-labelledby="mystery-heading">
            <h2 id="mystery-heading">{labels::fill("mystery-heading", &[("code", &mystery.code())])}</h2>
            <p>{labels::text("mystery-intro")}</p>
            {revealed.then(|| view! { <p class="mystery-answer" data-testid="mystery-answer">{mystery.answer_text()}</p> })}
        </section>
    }
}

/// The parts of the link that could not be applied, until dismissed.
#[component]
fn LinkNotice(ignored: Vec<String>) -> impl IntoView {
    // Key names only, bounded: a link cannot put its own words on the page (model::link_notice).
    let notice = RwSignal::new(crate::model::link_notice::notice(&ignored));
    move || {
        notice.get().map(|notice_text| {
            view! {
                <div class="notice" role="status" data-testid="link-notice">
                    <p>{notice_text}</p>
                    <button type="button" data-testid="link-notice-dismiss" on:click=move |_| notice.set(None)>
                        {labels::text("app-dismiss")}
                    </button>
                </div>
            }
        })
    }
}

/// Every cut in one line with undo, redo and reset, the view options, the histogram download and
/// (for a bundled analysis outside a frame) the embedding code; a failed download's alert below.
#[component]
fn CutsBar(
    state: AnalysisState,
    names: StoredValue<Vec<AxisName>>,
    embed_choices: Option<EmbedChoices>,
    view_query: RwSignal<String>,
) -> impl IntoView {
    let cuts = Cuts::expect();
    let summary = move || cuts.with(|all| names.with_value(|names| cuts_summary(names, all)));
    let export_error = RwSignal::new(None::<AppError>);
    view! {
        <section class="cuts-bar" aria-label=labels::text("cuts-aria")>
            <p class="cuts-summary">
                <span class="cuts-summary-label">{labels::text("cuts-label")} " "</span>
                <span data-testid="cuts-summary" aria-live="polite">{summary}</span>
            </p>
            <div class="cuts-actions">
                <CutHistoryButtons />
                <ViewToggles />
                <DownloadHistograms state export_error />
                {embed_choices.map(|choices| view! { <EmbedButton choices view_query /> })}
            </div>
        </section>
        {move || {
            export_error
                .get()
                .map(|error| {
                    view! {
                        <p class="banner" role="alert" data-testid="export-error">
                            {labels::fill("cuts-save-failed", &[("detail", &error.message())])}
                        </p>
                    }
                })
        }}
    }
}

/// Undo, redo and "remove all cuts".
#[component]
fn CutHistoryButtons() -> impl IntoView {
    let cuts = Cuts::expect();
    view! {
        <button
            type="button"
            data-testid="undo"
            aria-keyshortcuts="Control+Z"
            title=labels::text("cuts-undo-title")
            disabled=move || !cuts.can_undo()
            on:click=move |_| cuts.undo()
        >
            {labels::text("cuts-undo")}
        </button>
        <button
            type="button"
            data-testid="redo"
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            title=labels::text("cuts-redo-title")
            disabled=move || !cuts.can_redo()
            on:click=move |_| cuts.redo()
        >
            {labels::text("cuts-redo")}
        </button>
        <button type="button" data-testid="reset-all" disabled=move || !cuts.any_cut() on:click=move |_| cuts.reset_all()>
            {labels::text("cuts-reset")}
        </button>
    }
}

/// The checkboxes of the view options: log y, shapes, projector mode.
#[component]
fn ViewToggles() -> impl IntoView {
    let options = ViewOptions::expect();
    let toggle = move |option: RwSignal<bool>, testid: &'static str, key: &'static str| {
        view! {
            <label class="log-toggle">
                <input
                    type="checkbox"
                    data-testid=testid
                    prop:checked=move || option.get()
                    on:change=move |ev| option.set(event_target_checked(&ev))
                />
                {labels::text(key)}
            </label>
        }
    };
    view! {
        {toggle(options.log_y, "log-y", "cuts-logy")}
        {toggle(options.shapes, "view-shapes", "view-shapes")}
        {toggle(options.projector, "projector", "view-projector")}
        {Blinding::expect().map(|blinding| view! { <BlindToggle blinding /> })}
    }
}

/// Every histogram under the current cuts, each with every cut but its own as on screen, flow
/// bins included, in the format scikit-hep's `hist` and `uhi` read: `<analysis>-histograms.json`.
#[component]
fn DownloadHistograms(state: AnalysisState, export_error: RwSignal<Option<AppError>>) -> impl IntoView {
    let json_name = state.with_untracked(|engine| format!("{}-histograms.json", engine.cube().manifest().analysis_id));
    let download = move |_| {
        let json_name = json_name.clone();
        leptos::task::spawn_local(async move {
            let written =
                crate::ui::deferred!(histograms_json(state)).await.unwrap_or_else(|error| Err(error.message()));
            let result = written.map_err(AppError::Save).and_then(|text| {
                export::download_json(&text, &json_name).map_err(|error| AppError::Save(describe(&error)))
            });
            _ = export_error.try_set(result.err());
        });
    };
    view! {
        <button
            type="button"
            data-testid="download-histograms"
            title=labels::text("cuts-download-uhi-title")
            on:click=download
        >
            {labels::text("cuts-download-uhi")}
        </button>
    }
}

/// The UHI export as pretty-printed JSON. A split point (`crate::ui::deferred!`): the export and
/// its JSON writer are fetched at the first download.
#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(uhi_export, fallible, wasm_split_path = ::leptos::wasm_split))]
fn histograms_json(state: AnalysisState) -> Result<Result<String, String>, crate::ui::PartNotLoaded> {
    Ok(state
        .with_untracked(|engine| serde_json::to_string_pretty(&crate::model::uhi_export::labelled_histograms(engine)))
        .map_err(|error| error.to_string()))
}

/// The engine's refusal of the last cut change, if it refused.
#[component]
fn CutError() -> impl IntoView {
    let cuts = Cuts::expect();
    move || {
        cuts.error().map(|error| {
            view! {
                <p class="banner" role="alert" data-testid="cut-error">
                    {labels::fill("cuts-apply-failed", &[("detail", &error.message())])}
                </p>
            }
        })
    }
}

/// The legend and hint above the grid of plots, one per axis. The first `built` panels are
/// there at once; the others follow, one a task, as `built` grows (`Settled`). Until every panel
/// is there the grid is marked busy, for screen readers and for tests that wait for all plots.
#[component]
fn PlotsSection(
    state: AnalysisState,
    legend: StackedHistogram,
    lumi: String,
    axis_count: usize,
    built: RwSignal<usize>,
) -> impl IntoView {
    let options = ViewOptions::expect();
    let panels = (0..axis_count)
        .map(|axis| {
            let ready = Memo::new(move |_| axis < built.get());
            move || ready.get().then(|| view! { <AxisPanel state axis /> })
        })
        .collect_view();
    let busy = move || (built.get() < axis_count).then_some("true");
    view! {
        <section class="plots" aria-label=labels::text("plots-aria")>
            <div class="plots-key">
                <Legend histogram=legend hidden=options.hidden.into() on_toggle=options.toggle_callback() />
                <p class="hint">
                    {labels::fill("plots-hint", &[("lumi", &lumi)])}
                    " "
                    {labels::text("plot-drag-hint")}
                </p>
            </div>
            <div class="plot-grid" aria-busy=busy>{panels}</div>
        </section>
    }
}

/// What the analysis view builds after its first picture, one step a task: each signal turns
/// true when its part may be built.
#[derive(Clone, Copy)]
struct Settled {
    /// How many plot panels are built: the first [`Settled::FIRST_PANELS`] with the view, the
    /// others one a task after its first paint.
    panels: RwSignal<usize>,
    /// The fit panel (a likelihood fit and its scan's canvas).
    fit: RwSignal<bool>,
    /// The guided paths.
    guide: RwSignal<bool>,
    /// "Share our result" and the cut-flow table.
    rest: RwSignal<bool>,
}

impl Settled {
    /// The plots built with the view: the first row on a laptop, more than a phone shows.
    /// Building all of hww's nine panels (canvas, cut inputs, table) in one task took 250 ms at
    /// a 4× slowed CPU, and laying them out another 150 ms: the page could not answer a tap
    /// for that long.
    const FIRST_PANELS: usize = 2;

    /// Two paints after now (each plot draws for the first time in a task queued in the first
    /// frame: `plot::watch_size`), then one step a task — the remaining plots of `axis_count`
    /// one by one, then the side panels; the first view is announced at the end.
    fn start(axis_count: usize) -> Self {
        let settled = Self {
            panels: RwSignal::new(Self::FIRST_PANELS.min(axis_count)),
            fit: RwSignal::new(false),
            guide: RwSignal::new(false),
            rest: RwSignal::new(false),
        };
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            crate::ui::after_paint().await;
            crate::ui::after_paint().await;
            for built in Self::FIRST_PANELS + 1..=axis_count {
                if settled.panels.try_set(built).is_some() {
                    return;
                }
                crate::ui::next_task().await;
            }
            for step in [settled.fit, settled.guide, settled.rest] {
                if step.try_set(true).is_some() {
                    // The view is gone.
                    return;
                }
                crate::ui::next_task().await;
            }
            crate::ui::announce_first_view();
        });
        settled
    }
}

/// The yields (with the fit) and, once the first picture is painted, the guided paths.
#[component]
fn SidePanels(state: AnalysisState, settled: Settled) -> impl IntoView {
    let options = ViewOptions::expect();
    let cuts = Cuts::expect();
    let show_me = Callback::new(move |(axis, cut): (usize, AxisCut)| cuts.show(axis, &cut));
    view! {
        <div class="side-panels" aria-busy=move || (!settled.guide.get()).then_some("true")>
            <YieldsPanel state hidden=options.hidden.into() on_toggle=options.toggle_callback() fit_when=settled.fit />
            {move || settled.rest.get().then(|| view! { <ShareResult state hidden=options.hidden.into() /> })}
            {move || settled.guide.get().then(|| view! { <GuidePanel state enabled=options.enabled() show_me /> })}
        </div>
    }
}

/// One axis: its histogram and the control for its cut (unless `controls` is false, in a focused
/// embed). A drag across the plot is one cut change (one undo step), snapped to bin edges or to
/// the categories it covers.
#[component]
fn AxisPanel(state: AnalysisState, axis: usize, #[prop(default = true)] controls: bool) -> impl IntoView {
    let (cuts, options) = (Cuts::expect(), ViewOptions::expect());
    let on_drag = Callback::new(move |(a, b): (f64, f64)| {
        cuts.change_axis(axis, cuts.with_untracked(|all| all[axis].dragged(a, b)));
    });
    let plot_edges = state.with_untracked(|engine| StackedHistogram::from_engine(engine, axis).edges);
    let own = Memo::new(move |_| cuts.with(|all| all[axis].clone()));
    let excluded = Signal::derive(move || own.with(|cut| cut.excluded_spans(&plot_edges)));
    let control = match own.get_untracked() {
        BinCut::Range { edges, range: _ } => {
            let full = edges.full_range();
            let range = Signal::derive(move || match own.get() {
                BinCut::Range { range, .. } => range,
                BinCut::Categories(_) => full,
            });
            let edges_for_cut = edges.clone();
            let on_change = Callback::new(move |range| {
                cuts.change_axis(axis, BinCut::Range { edges: edges_for_cut.clone(), range });
            });
            view! { <CutControl state axis edges range on_change /> }.into_any()
        }
        BinCut::Categories(all) => {
            let choice = Signal::derive(move || match own.get() {
                BinCut::Categories(choice) => choice,
                BinCut::Range { .. } => all.clone(),
            });
            let on_change = Callback::new(move |choice| cuts.change_axis(axis, BinCut::Categories(choice)));
            view! { <CategoryControl state axis choice on_change /> }.into_any()
        }
    };
    // The plot still takes its view options as props (ui/plot.rs); they come from the context.
    let ViewOptions { hidden, log_y, shapes, projector, ratio } = options;
    let on_pick = EventBrowser::expect().map(|browser| PickBins {
        pick: Callback::new(move |x: Option<f64>| browser.pick(axis, x)),
        offered: browser.offered(),
    });
    view! {
        <article class="axis-panel">
            <HistogramPlot
                state
                axis
                excluded
                hidden=hidden.into()
                log_y=log_y.into()
                shapes=shapes.into()
                projector=projector.into()
                ratio
                on_drag
                on_pick
            />
            {controls.then_some(control)}
        </article>
    }
}
