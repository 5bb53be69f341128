//! The page: loading note, error banner, or the analysis view.

use histcube::Engine;
use leptos::prelude::*;

use crate::model::cut::AxisEdges;
use crate::model::format;
use crate::model::histogram::default_axis;
use crate::model::labels;
use crate::ui::cut_control::CutControl;
use crate::ui::loader::load_engine;
use crate::ui::plot::HistogramPlot;
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

/// Title, provenance, one histogram with its cut, and the yields.
#[component]
fn AnalysisView(state: AnalysisState) -> impl IntoView {
    let (title, provenance, plotted) = state.with_untracked(|engine: &Engine| {
        let manifest = engine.cube().manifest();
        let plotted = default_axis(manifest).and_then(|axis| AxisEdges::of(&manifest.axes[axis]).map(|edges| (axis, edges)));
        (labels::english(&manifest.title_key), format::data_provenance(manifest), plotted)
    });
    let Some((axis, edges)) = plotted else {
        return view! { <ErrorBanner message="this cube has no numeric axis to draw a histogram of".to_owned() /> }
            .into_any();
    };
    let range = RwSignal::new(edges.full_range());
    let edges_for_plot = edges.clone();
    let kept = Signal::derive(move || {
        let r = range.get();
        (!edges_for_plot.is_full(r)).then(|| (edges_for_plot.value(r.lower), edges_for_plot.value(r.upper)))
    });
    let cut_error = RwSignal::new(None::<String>);
    let edges_for_cut = edges.clone();
    let apply_cut = Callback::new(move |new_range| {
        range.set(new_range);
        let cut = edges_for_cut.axis_cut(new_range);
        cut_error.set(state.set_cut(axis, cut.as_ref()).err().map(|e| e.to_string()));
    });

    view! {
        <header class="analysis-header">
            <h1 data-testid="analysis-title">{title}</h1>
            <p class="provenance" data-testid="data-provenance">{provenance}</p>
        </header>
        <div class="analysis-body">
            <section class="histogram-panel" aria-label="Histogram and cut">
                <HistogramPlot state axis kept />
                <CutControl state axis edges range=range.into() on_change=apply_cut />
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
            </section>
            <YieldsPanel state />
        </div>
    }
        .into_any()
}
