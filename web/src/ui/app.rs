//! The page: loading note, error banner, or the analysis view.

use histcube::{AxisCut, Engine};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::histogram::StackedHistogram;
use crate::model::history::{History, UNDO_LIMIT};
use crate::model::selection::{cuts_summary, AxisName, AxisSelection};
use crate::model::view_state::{parse_query, ParsedView, ViewState};
use crate::model::{format, labels};
use crate::ui::category_control::CategoryControl;
use crate::ui::cut_control::CutControl;
use crate::ui::export;
use crate::ui::loader::load_engine;
use crate::ui::plot::{HistogramPlot, Legend};
use crate::ui::state::AnalysisState;
use crate::ui::yields::YieldsPanel;

#[derive(Clone)]
enum Page {
    Loading,
    Failed(String),
    Ready(AnalysisState),
}

/// The whole app for the cube at `cube_url`.
#[component]
pub fn App(#[prop(into)] cube_url: String) -> impl IntoView {
    let page = RwSignal::new(Page::Loading);
    let url = cube_url.clone();
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let loaded = load_engine(&url).await;
        // Scoped to the component, so the engine's storage is freed when the app unmounts.
        page.set(match loaded {
            Ok(engine) => Page::Ready(AnalysisState::new(engine)),
            Err(error) => Page::Failed(error.to_string()),
        });
    });

    view! {
        <main class="analyser">
            {move || match page.get() {
                Page::Loading => {
                    view! {
                        <p class="loading" role="status" data-testid="loading">
                            "Loading the analysis data (" {cube_url.clone()} ")…"
                        </p>
                    }
                        .into_any()
                }
                Page::Failed(message) => view! { <ErrorBanner message /> }.into_any(),
                Page::Ready(state) => view! { <AnalysisView state /> }.into_any(),
            }}
        </main>
    }
}

/// A readable alert in place of the analysis.
#[component]
fn ErrorBanner(message: String) -> impl IntoView {
    view! {
        <div class="banner" role="alert" data-testid="load-error">
            <p class="banner-title">"The analysis could not be opened."</p>
            <p class="banner-detail">{message}</p>
            <p class="banner-hint">"Check your connection and reload the page."</p>
        </div>
    }
}

/// Title, provenance, the summary of every cut with undo and redo, the page options, one linked
/// plot with its cut control per axis, and the yields. The view starts from the page's URL and
/// keeps the URL in step, so a link shares exactly what is on screen.
#[component]
fn AnalysisView(state: AnalysisState) -> impl IntoView {
    let (analysis_id, title, provenance, lumi, names, axes, processes, legend) = state.with_untracked(|engine: &Engine| {
        let manifest = engine.cube().manifest();
        let names: Vec<AxisName> = manifest.axes.iter().map(AxisName::of).collect();
        let legend = (!manifest.axes.is_empty()).then(|| StackedHistogram::from_engine(engine, 0));
        (
            manifest.analysis_id.clone(),
            labels::english(&manifest.title_key),
            format::data_provenance(manifest),
            format::edge(manifest.luminosity_fb),
            names,
            manifest.axes.clone(),
            manifest.processes.clone(),
            legend,
        )
    });
    let Some(legend) = legend else {
        return view! { <ErrorBanner message="this cube has no axis to draw a histogram of".to_owned() /> }.into_any();
    };
    let ParsedView { view: linked, mut ignored } = parse_query(&page_query(), &axes, &processes);
    let initial_cuts: Vec<(usize, Option<AxisCut>)> =
        linked.selections.iter().enumerate().filter(|(_, s)| s.is_cut()).map(|(axis, s)| (axis, s.axis_cut())).collect();
    let mut initial = linked.selections;
    if let Err(error) = state.set_cuts(&initial_cuts) {
        // The engine refused a cut the link asked for: start from no cut rather than half of it.
        state.clear_all_cuts();
        initial = axes.iter().map(AxisSelection::none).collect();
        ignored.push(format!("every cut of the link ({error})"));
    }
    let axis_count = initial.len();
    let selections = RwSignal::new(initial);
    let hidden = RwSignal::new(linked.hidden);
    let log_y = RwSignal::new(linked.log_y);
    let history = RwSignal::new(History::<Vec<AxisSelection>>::new(UNDO_LIMIT));
    let link_notice = RwSignal::new((!ignored.is_empty()).then(|| ignored.join("; ")));
    let names = StoredValue::new(names);
    let cut_error = RwSignal::new(None::<String>);

    // Moves the engine and the controls to `target`, touching only the axes that differ. The
    // controls only change once the engine has accepted the cuts, so they never show a cut that
    // the plots and yields do not. Returns whether it did.
    let go_to = move |target: Vec<AxisSelection>| -> bool {
        let changed: Vec<(usize, Option<AxisCut>)> = selections.with_untracked(|current| {
            current.iter().zip(&target).enumerate().filter(|(_, (now, next))| now != next).map(|(axis, (_, next))| (axis, next.axis_cut())).collect()
        });
        if changed.is_empty() {
            return false;
        }
        match state.set_cuts(&changed) {
            Ok(()) => {
                selections.set(target);
                cut_error.set(None);
                true
            }
            Err(error) => {
                // Put back the axes that did change, so the engine matches the controls again.
                let restore: Vec<(usize, Option<AxisCut>)> =
                    selections.with_untracked(|current| changed.iter().map(|(axis, _)| (*axis, current[*axis].axis_cut())).collect());
                _ = state.set_cuts(&restore);
                cut_error.set(Some(error.to_string()));
                false
            }
        }
    };
    // A cut change the student made: undoable.
    let change_to = move |target: Vec<AxisSelection>| {
        let previous = selections.get_untracked();
        if go_to(target) {
            history.update(|h| h.record(previous));
        }
    };
    let apply = Callback::new(move |(axis, selection): (usize, AxisSelection)| {
        let mut target = selections.get_untracked();
        target[axis] = selection;
        change_to(target);
    });
    let reset_all = move |_| change_to(selections.with_untracked(|all| all.iter().map(AxisSelection::cleared).collect()));
    let undo = move || {
        let current = selections.get_untracked();
        if let Some(previous) = history.try_update(|h| h.undo(current.clone())).flatten() {
            if !go_to(previous) {
                // Nothing moved, so the step is not undone after all.
                history.update(|h| _ = h.redo(current));
            }
        }
    };
    let redo = move || {
        let current = selections.get_untracked();
        if let Some(next) = history.try_update(|h| h.redo(current.clone())).flatten() {
            if !go_to(next) {
                history.update(|h| _ = h.undo(current));
            }
        }
    };
    let shortcuts = window_event_listener(leptos::ev::keydown, move |ev| match undo_shortcut(&ev) {
        Some(Shortcut::Undo) => {
            ev.prevent_default();
            undo();
        }
        Some(Shortcut::Redo) => {
            ev.prevent_default();
            redo();
        }
        None => {}
    });
    on_cleanup(move || shortcuts.remove());

    let toggle_processes = Callback::new(move |targets: Vec<usize>| {
        hidden.update(|hidden| {
            // A group (all data processes) turns on together unless every member is shown.
            let show = targets.iter().any(|&p| hidden[p]);
            targets.iter().for_each(|&p| hidden[p] = !show);
        });
    });

    // The address bar follows every change without reloading or adding history entries.
    let url_axes = StoredValue::new(axes);
    let url_processes = StoredValue::new(processes);
    Effect::new(move |_| {
        let view = ViewState { selections: selections.get(), hidden: hidden.get(), log_y: log_y.get() };
        let query = url_axes.with_value(|axes| url_processes.with_value(|processes| view.to_query(axes, processes)));
        replace_page_query(&query);
    });

    // Every histogram under the current cuts, each with every cut but its own as on screen,
    // flow bins included, in the format scikit-hep's `hist` and `uhi` read.
    let json_name = format!("{analysis_id}-histograms.json");
    let export_error = RwSignal::new(None::<String>);
    let download_histograms = move |_| {
        let result = state
            .with_untracked(|engine| serde_json::to_string_pretty(&engine.uhi_all()))
            .map_err(|error| error.to_string())
            .and_then(|text| export::download_json(&text, &json_name).map_err(|error| format!("{error:?}")));
        export_error.set(result.err());
    };

    let any_cut = move || selections.with(|all| all.iter().any(AxisSelection::is_cut));
    let summary = move || selections.with(|all| names.with_value(|names| cuts_summary(names, all)));
    let hidden_signal = Signal::from(hidden);
    let log_signal = Signal::from(log_y);

    let panels = (0..axis_count)
        .map(|axis| view! { <AxisPanel state axis selections apply hidden=hidden_signal log_y=log_signal /> })
        .collect_view();

    view! {
        <header class="analysis-header">
            <h1 data-testid="analysis-title">{title}</h1>
            <p class="provenance" data-testid="data-provenance">{provenance}</p>
        </header>
        {move || {
            link_notice
                .get()
                .map(|ignored| {
                    view! {
                        <div class="notice" role="status" data-testid="link-notice">
                            <p>"Parts of this link could not be used and were left at their defaults: " {ignored}</p>
                            <button type="button" data-testid="link-notice-dismiss" on:click=move |_| link_notice.set(None)>
                                "Dismiss"
                            </button>
                        </div>
                    }
                })
        }}
        <section class="cuts-bar" aria-label="Current cuts">
            <p class="cuts-summary">
                <span class="cuts-summary-label">"Cuts: "</span>
                <span data-testid="cuts-summary" aria-live="polite">{summary}</span>
            </p>
            <div class="cuts-actions">
                <button
                    type="button"
                    data-testid="undo"
                    aria-keyshortcuts="Control+Z"
                    title="Undo the last cut change (Ctrl+Z)"
                    disabled=move || !history.with(History::can_undo)
                    on:click=move |_| undo()
                >
                    "Undo"
                </button>
                <button
                    type="button"
                    data-testid="redo"
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                    title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
                    disabled=move || !history.with(History::can_redo)
                    on:click=move |_| redo()
                >
                    "Redo"
                </button>
                <button type="button" data-testid="reset-all" disabled=move || !any_cut() on:click=reset_all>
                    "Reset all cuts"
                </button>
                <label class="log-toggle">
                    <input
                        type="checkbox"
                        data-testid="log-y"
                        prop:checked=move || log_y.get()
                        on:change=move |ev| log_y.set(event_target_checked(&ev))
                    />
                    "Logarithmic y axis"
                </label>
                <button
                    type="button"
                    data-testid="download-histograms"
                    title="Every histogram under the current cuts, flow bins included, as UHI JSON for hist or uhi in Python"
                    on:click=download_histograms
                >
                    "Download histograms (UHI JSON)"
                </button>
            </div>
        </section>
        {move || {
            export_error
                .get()
                .map(|message| {
                    view! {
                        <p class="banner" role="alert" data-testid="export-error">
                            "The histograms could not be saved: "
                            {message}
                        </p>
                    }
                })
        }}
        {move || {
            cut_error
                .get()
                .map(|message| {
                    view! {
                        <p class="banner" role="alert" data-testid="cut-error">
                            "The cut could not be applied: "
                            {message}
                        </p>
                    }
                })
        }}
        <div class="analysis-body">
            <section class="plots" aria-label="Histograms, one per variable, each with its cut">
                <div class="plots-key">
                    <Legend histogram=legend hidden=hidden_signal on_toggle=toggle_processes />
                    <p class="hint">
                        "Simulated processes stacked, normalised to " {lumi} " fb⁻¹; data as points with Poisson 68 % error bars. "
                        "Each histogram applies every cut except its own, so the part its own cut removes stays visible, shaded. "
                        "Press a legend entry to hide or show its process."
                    </p>
                </div>
                <div class="plot-grid">{panels}</div>
            </section>
            <YieldsPanel state hidden=hidden_signal on_toggle=toggle_processes />
        </div>
    }
        .into_any()
}

/// The keyboard shortcuts of the cut history.
enum Shortcut {
    Undo,
    Redo,
}

/// Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, except while typing in a field, where
/// the browser's own text undo belongs.
fn undo_shortcut(ev: &web_sys::KeyboardEvent) -> Option<Shortcut> {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
        return None;
    }
    let typing = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.has_attribute("contenteditable"));
    if typing {
        return None;
    }
    match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
        ("z", false) => Some(Shortcut::Undo),
        ("z", true) | ("y", false) => Some(Shortcut::Redo),
        _ => None,
    }
}

/// The page's query string, `""` when the browser gives none.
fn page_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Puts `query` in the address bar in place of the current one, without a reload.
fn replace_page_query(query: &str) {
    let location = window().location();
    let current = location.search().unwrap_or_default();
    if current.trim_start_matches('?') == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window().history() {
        _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// One axis: its histogram and the control for its cut.
#[component]
fn AxisPanel(
    state: AnalysisState,
    axis: usize,
    selections: RwSignal<Vec<AxisSelection>>,
    apply: Callback<(usize, AxisSelection)>,
    hidden: Signal<Vec<bool>>,
    log_y: Signal<bool>,
) -> impl IntoView {
    let plot_edges = state.with_untracked(|engine| StackedHistogram::from_engine(engine, axis).edges);
    let own = Memo::new(move |_| selections.with(|all| all[axis].clone()));
    let excluded = Signal::derive(move || own.with(|s| s.excluded_spans(&plot_edges)));
    let control = match own.get_untracked() {
        AxisSelection::Range { edges, range: _ } => {
            let full = edges.full_range();
            let range = Signal::derive(move || match own.get() {
                AxisSelection::Range { range, .. } => range,
                AxisSelection::Categories(_) => full,
            });
            let edges_for_cut = edges.clone();
            let on_change = Callback::new(move |range| {
                apply.run((axis, AxisSelection::Range { edges: edges_for_cut.clone(), range }));
            });
            view! { <CutControl state axis edges range on_change /> }.into_any()
        }
        AxisSelection::Categories(all) => {
            let choice = Signal::derive(move || match own.get() {
                AxisSelection::Categories(choice) => choice,
                AxisSelection::Range { .. } => all.clone(),
            });
            let on_change = Callback::new(move |choice| apply.run((axis, AxisSelection::Categories(choice))));
            view! { <CategoryControl state axis choice on_change /> }.into_any()
        }
    };
    view! {
        <article class="axis-panel">
            <HistogramPlot state axis excluded hidden log_y />
            {control}
        </article>
    }
}
