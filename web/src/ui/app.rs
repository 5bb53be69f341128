//! The page: loading note, error banner, or the analysis view.

use histcube::Engine;
use leptos::prelude::*;

use crate::model::histogram::StackedHistogram;
use crate::model::selection::{cuts_summary, AxisName, AxisSelection};
use crate::model::{format, labels};
use crate::ui::category_control::CategoryControl;
use crate::ui::cut_control::CutControl;
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

/// Title, provenance, the summary of every cut, one linked plot with its cut control per axis,
/// and the yields.
#[component]
fn AnalysisView(state: AnalysisState) -> impl IntoView {
    let (title, provenance, lumi, names, initial, legend) = state.with_untracked(|engine: &Engine| {
        let manifest = engine.cube().manifest();
        let names: Vec<AxisName> = manifest.axes.iter().map(AxisName::of).collect();
        let initial: Vec<AxisSelection> = manifest.axes.iter().map(AxisSelection::none).collect();
        let legend = (!manifest.axes.is_empty()).then(|| StackedHistogram::from_engine(engine, 0));
        (
            labels::english(&manifest.title_key),
            format::data_provenance(manifest),
            format::edge(manifest.luminosity_fb),
            names,
            initial,
            legend,
        )
    });
    let Some(legend) = legend else {
        return view! { <ErrorBanner message="this cube has no axis to draw a histogram of".to_owned() /> }.into_any();
    };
    let axis_count = initial.len();
    let selections = RwSignal::new(initial);
    let names = StoredValue::new(names);
    let cut_error = RwSignal::new(None::<String>);

    // The controls only change once the engine has accepted the cut, so they never show a cut
    // that the plots and yields do not.
    let apply = Callback::new(move |(axis, selection): (usize, AxisSelection)| {
        match state.set_cut(axis, selection.axis_cut().as_ref()) {
            Ok(()) => {
                selections.update(|all| all[axis] = selection);
                cut_error.set(None);
            }
            Err(error) => cut_error.set(Some(error.to_string())),
        }
    });
    let reset_all = move |_| {
        state.clear_all_cuts();
        selections.update(|all| all.iter_mut().for_each(|s| *s = s.cleared()));
        cut_error.set(None);
    };
    let any_cut = move || selections.with(|all| all.iter().any(AxisSelection::is_cut));
    let summary = move || selections.with(|all| names.with_value(|names| cuts_summary(names, all)));

    let panels = (0..axis_count).map(|axis| view! { <AxisPanel state axis selections apply /> }).collect_view();

    view! {
        <header class="analysis-header">
            <h1 data-testid="analysis-title">{title}</h1>
            <p class="provenance" data-testid="data-provenance">{provenance}</p>
        </header>
        <section class="cuts-bar" aria-label="Current cuts">
            <p class="cuts-summary">
                <span class="cuts-summary-label">"Cuts: "</span>
                <span data-testid="cuts-summary" aria-live="polite">{summary}</span>
            </p>
            <button type="button" data-testid="reset-all" disabled=move || !any_cut() on:click=reset_all>
                "Reset all cuts"
            </button>
        </section>
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
                    <Legend histogram=legend />
                    <p class="hint">
                        "Simulated processes stacked, normalised to " {lumi} " fb⁻¹; data as points with Poisson 68 % error bars. "
                        "Each histogram applies every cut except its own, so the part its own cut removes stays visible, shaded."
                    </p>
                </div>
                <div class="plot-grid">{panels}</div>
            </section>
            <YieldsPanel state />
        </div>
    }
        .into_any()
}

/// One axis: its histogram and the control for its cut.
#[component]
fn AxisPanel(
    state: AnalysisState,
    axis: usize,
    selections: RwSignal<Vec<AxisSelection>>,
    apply: Callback<(usize, AxisSelection)>,
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
            <HistogramPlot state axis excluded />
            {control}
        </article>
    }
}
