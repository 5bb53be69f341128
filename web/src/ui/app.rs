//! The page: loading note, error banner, or the analysis view.

use histcube::{AxisCut, Engine};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use histcube::DataKind;

use crate::model::catalog::{analysis_query, cube_url, parse_catalog, route_of, CatalogEntry, Route, CATALOG_URL};
use crate::model::guide::selection_for;
use crate::model::histogram::StackedHistogram;
use crate::model::history::{History, UNDO_LIMIT};
use crate::model::local_cube::local_query;
use crate::model::selection::{cuts_summary, AxisName, AxisSelection};
use crate::model::view_state::{parse_query, with_page_params, ParsedView, ViewState};
use crate::model::{format, labels};
use crate::ui::category_control::CategoryControl;
use crate::ui::cut_control::CutControl;
use crate::ui::embed::{self, EmbedButton, OpenFullLink};
use crate::ui::explain::Explain;
use crate::ui::export;
use crate::ui::glossary::Glossary;
use crate::ui::guide::GuidePanel;
use crate::ui::loader::{fetch_text, load_engine_with_progress};
use crate::ui::open_cube::{LocalAnalysis, OpenCube};
use crate::ui::plot::{HistogramPlot, Legend};
use crate::ui::state::AnalysisState;
use crate::ui::teacher::TeacherPage;
use crate::ui::yields::YieldsPanel;

#[derive(Clone)]
enum Page {
    Loading,
    Failed(String),
    Ready(AnalysisState),
}

/// The page for the address: the home page's cards, or one analysis. Following a card or the
/// way back changes the address with `history.pushState`, so the browser's back button works,
/// and `popstate` brings the page back in step with the address.
#[component]
pub fn Root() -> impl IntoView {
    let route = RwSignal::new(route_of(&page_query()));
    let back_forward = window_event_listener(leptos::ev::popstate, move |_| {
        // The browser is on another history entry now: a view change of the page left behind
        // that is still waiting to be written must not land on this one.
        discard_page_query();
        route.set(route_of(&page_query()));
    });
    on_cleanup(move || back_forward.remove());
    let navigate = Callback::new(move |next: Route| {
        let query = match &next {
            Route::Home => String::new(),
            Route::Analysis(id) => analysis_query(id),
            Route::Explain(id) => format!("page=explain&{}", analysis_query(id)),
            Route::Glossary => "page=glossary".to_owned(),
            Route::Teachers => "page=teachers".to_owned(),
            Route::Local(name) => local_query(name),
        };
        push_page_query(&query);
        route.set(next);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // The catalog (a few hundred bytes) is read once: the cards come from it, and an analysis
    // learns its cube's size from it when the server's answer does not say (a gzipped transfer).
    let catalog = RwSignal::new(None::<Result<Vec<CatalogEntry>, String>>);
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let loaded = fetch_text(CATALOG_URL).await.map_err(|e| e.to_string()).and_then(|text| parse_catalog(&text));
        catalog.set(Some(loaded));
    });
    // The explanations, glossary and teacher page download their texts when they open, unless
    // they came with the language at start-up (i18n::Group::on_demand, crate::i18n::ensure).
    let texts_arrived = RwSignal::new(());
    let texts_error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let Some(group) = route.with(Route::texts).filter(|&group| !labels::missing(group).is_empty()) else { return };
        texts_error.set(None);
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            match crate::i18n::ensure(group).await {
                Ok(()) => texts_arrived.set(()),
                Err(error) => texts_error.set(Some(error.to_string())),
            }
        });
    });
    // An analysis says when its plots are painted; any other first page is its first view.
    if !matches!(route.get_untracked(), Route::Analysis(_)) && !embed::requested() {
        crate::ui::after_next_paint(crate::ui::announce_first_view);
    }
    // Embedded: the one analysis of the address, no header and no way to other pages but a
    // link that opens the full analyser in a new tab.
    if embed::requested() {
        let embedded = move || match route.get() {
            Route::Analysis(id) => view! { <App cube_url=cube_url(&id) /> <OpenFullLink /> }.into_any(),
            _ => {
                view! { <App cube_url=cube_url(crate::model::catalog::DEFAULT_ANALYSIS) /> <OpenFullLink /> }.into_any()
            }
        };
        return embedded.into_any();
    }
    view! {
        <SiteHeader route navigate />
        {move || match route.get() {
            // A page whose texts are still being downloaded: a status note, or why they cannot be.
            page if page.texts().is_some_and(|group| !labels::missing(group).is_empty()) => {
                texts_arrived.track();
                match texts_error.get() {
                    None => view! { <main class="analyser page"><p class="loading" role="status">{labels::text("ui-page-texts_loading")}</p></main> }.into_any(),
                    Some(reason) => view! {
                        <main class="analyser page">
                            <p class="banner" role="alert" data-testid="texts-error">{labels::fill("ui-page-texts_error", &[("reason", &reason)])}</p>
                        </main>
                    }
                    .into_any(),
                }
            }
            Route::Home => view! { <Home catalog navigate /> }.into_any(),
            Route::Analysis(id) => {
                let key = id.clone();
                let expected_bytes = Signal::derive(move || {
                    catalog.with(|c| c.as_ref().and_then(|c| c.as_ref().ok()).and_then(|all| all.iter().find(|e| e.id == key)).map(|e| e.bytes))
                });
                view! { <App cube_url=cube_url(&id) navigate expected_bytes /> }.into_any()
            }
            Route::Explain(id) => view! { <main class="analyser page"><Explain analysis=id /></main> }.into_any(),
            Route::Glossary => view! { <main class="analyser page"><Glossary /></main> }.into_any(),
            Route::Teachers => view! { <main class="analyser page"><TeacherPage /></main> }.into_any(),
            Route::Local(name) => view! { <LocalAnalysis name navigate /> }.into_any(),
        }}
    }
    .into_any()
}

/// The links to every page, the language picker and, on an analysis, the embedding code.
#[component]
fn SiteHeader(route: RwSignal<Route>, navigate: Callback<Route>) -> impl IntoView {
    let link = move |target: Route, key: &'static str, testid: &'static str| {
        let href_target = target.clone();
        let href = move || {
            let query = match &href_target {
                Route::Home => String::new(),
                Route::Analysis(id) => analysis_query(id),
                Route::Explain(id) => format!("page=explain&{}", analysis_query(id)),
                Route::Glossary => "page=glossary".to_owned(),
                Route::Teachers => "page=teachers".to_owned(),
                Route::Local(name) => local_query(name),
            };
            let query = with_page_params(&query, &page_query());
            if query.is_empty() {
                window().location().pathname().unwrap_or_default()
            } else {
                format!("?{query}")
            }
        };
        let current = target.clone();
        view! {
            <a
                href=href
                data-testid=testid
                aria-current=move || (route.get() == current).then_some("page")
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                        return;
                    }
                    ev.prevent_default();
                    navigate.run(target.clone());
                }
            >
                {labels::text(key)}
            </a>
        }
    };
    // "Physics explained" explains the analysis on screen (the four-lepton one from elsewhere).
    let explained = move || match route.get() {
        Route::Analysis(id) | Route::Explain(id) => id,
        _ => crate::model::catalog::DEFAULT_ANALYSIS.to_owned(),
    };
    view! {
        <header class="site-header" data-testid="site-header">
            <nav aria-label=labels::text("nav-aria")>
                {link(Route::Home, "ui-home-list_label", "nav-home")}
                {move || link(Route::Explain(explained()), "nav-explain", "nav-explain")}
                {link(Route::Glossary, "nav-glossary", "nav-glossary")}
                {link(Route::Teachers, "nav-teachers", "nav-teachers")}
            </nav>
            <div class="site-tools">
                {move || matches!(route.get(), Route::Analysis(_)).then(|| view! { <EmbedButton /> })}
                <crate::i18n::LanguagePicker />
            </div>
        </header>
    }
}

/// The analyses as cards, from the catalog (a few hundred bytes; no cube is downloaded here).
#[component]
fn Home(catalog: RwSignal<Option<Result<Vec<CatalogEntry>, String>>>, navigate: Callback<Route>) -> impl IntoView {
    let cards = move || match catalog.get() {
        None => view! { <p class="loading" role="status">{labels::text("ui.home.catalog_loading")}</p> }.into_any(),
        Some(Err(reason)) => view! {
            <div class="banner" role="alert" data-testid="catalog-error">
                <p>{labels::fill("ui.home.catalog_error", &[("reason", &reason)])}</p>
            </div>
        }
        .into_any(),
        Some(Ok(entries)) => {
            let cards = entries
                .into_iter()
                .map(|entry| {
                    let id = entry.id.clone();
                    let title = entry.title();
                    let open = move |ev: leptos::ev::MouseEvent| {
                        // A modified click (new tab, new window) is the browser's to handle.
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            return;
                        }
                        ev.prevent_default();
                        navigate.run(Route::Analysis(id.clone()));
                    };
                    let kind = match entry.data_kind {
                        DataKind::Real => "real",
                        DataKind::PseudoData => "pseudo",
                        DataKind::None => "none",
                    };
                    view! {
                        <li class="card" data-testid=format!("card-{}", entry.id)>
                            <h2>
                                <a
                                    href=format!("?{}", analysis_query(&entry.id))
                                    data-testid=format!("open-{}", entry.id)
                                    aria-label=labels::fill("ui.home.open", &[("title", &title)])
                                    on:click=open
                                >
                                    {title.clone()}
                                </a>
                            </h2>
                            <p class="card-sentence">{entry.sentence()}</p>
                            <p class="card-facts">
                                <span class=format!("data-kind data-kind-{kind}") data-testid=format!("data-kind-{}", entry.id)>
                                    {labels::text("ui.home.data_label")}
                                    " "
                                    {entry.data_text()}
                                </span>
                                <span class="card-size">
                                    {labels::fill("ui.home.size", &[("size", &format::bytes(entry.bytes))])}
                                </span>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="cards" aria-label=labels::text("ui.home.list_label") data-testid="analysis-cards">
                    {cards}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <main class="analyser home">
            <header class="analysis-header">
                <h1 data-testid="home-title">{labels::text("ui.home.title")}</h1>
                <p class="intro">{labels::text("ui.home.intro")}</p>
            </header>
            {cards}
            <OpenCube navigate />
        </main>
    }
}

/// One analysis: its cube downloaded with the progress in bytes, then the analysis view; a
/// readable alert with the way back in place of the analysis when the cube is missing or
/// broken. `navigate` leads back to the cards; without it (an embedded single analysis, the
/// browser tests) there is no way back to offer. `expected_bytes` (from the catalog) is the
/// download's total when the server does not give one.
#[component]
pub fn App(
    #[prop(into)] cube_url: String,
    #[prop(optional)] navigate: Option<Callback<Route>>,
    #[prop(optional, into)] expected_bytes: Signal<Option<u64>>,
) -> impl IntoView {
    let page = RwSignal::new(Page::Loading);
    let progress = RwSignal::new((0u64, None::<u64>));
    let url = cube_url.clone();
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let loaded = load_engine_with_progress(&url, move |received, total| progress.set((received, total))).await;
        // Scoped to the component, so the engine's storage is freed when the app unmounts.
        page.set(match loaded {
            Ok(engine) => Page::Ready(AnalysisState::new(engine)),
            Err(error) => {
                // The alert is the first view: nothing else will come to wait for.
                crate::ui::after_next_paint(crate::ui::announce_first_view);
                Page::Failed(error.to_string())
            }
        });
    });

    view! {
        <main class="analyser">
            {move || navigate.map(|navigate| view! { <BackLink navigate /> })}
            {move || match page.get() {
                Page::Loading => view! { <LoadingProgress progress expected_bytes /> }.into_any(),
                Page::Failed(message) => view! { <ErrorBanner message navigate /> }.into_any(),
                Page::Ready(state) => view! { <AnalysisView state /> }.into_any(),
            }}
        </main>
    }
}

/// The link back to the cards.
#[component]
pub(crate) fn BackLink(navigate: Callback<Route>) -> impl IntoView {
    let home = window().location().pathname().unwrap_or_default();
    view! {
        <nav class="back-nav">
            <a
                href=home
                data-testid="back-home"
                on:click=move |ev: leptos::ev::MouseEvent| {
                    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                        return;
                    }
                    ev.prevent_default();
                    navigate.run(Route::Home);
                }
            >
                {labels::text("ui.back")}
            </a>
        </nav>
    }
}

/// "Loading the analysis data: 1.2 of 7.8 kB" with a progress bar, or only the bytes received
/// when the server does not say how many are coming.
#[component]
fn LoadingProgress(progress: RwSignal<(u64, Option<u64>)>, expected_bytes: Signal<Option<u64>>) -> impl IntoView {
    // The server's Content-Length, else the size the catalog gives (never below what arrived).
    let total = move || {
        let (received, total) = progress.get();
        total.or_else(|| expected_bytes.get().filter(|&t| t >= received))
    };
    let text = move || {
        let (received, _) = progress.get();
        let total = total();
        match total {
            Some(total) => {
                let (got, of) = format::progress(received, total);
                labels::fill("ui.loading.progress", &[("received", &got), ("total", &of)])
            }
            None => labels::fill("ui.loading.progress_unknown", &[("received", &format::bytes(received))]),
        }
    };
    view! {
        <div class="loading" role="status" data-testid="loading">
            <p data-testid="loading-text">{text}</p>
            <progress
                aria-label=labels::text("ui.loading.label")
                max=move || total().map(|t| t.max(1).to_string())
                value=move || total().map(|_| progress.get().0.to_string())
            ></progress>
        </div>
    }
}

/// A readable alert in place of the analysis, with the way back to the other analyses.
#[component]
fn ErrorBanner(message: String, navigate: Option<Callback<Route>>) -> impl IntoView {
    view! {
        <div class="banner" role="alert" data-testid="load-error">
            <p class="banner-title">{labels::text("ui.error.title")}</p>
            <p class="banner-detail">{message}</p>
            <p class="banner-hint">{labels::text("ui.error.hint")}</p>
            {navigate.map(|navigate| view! { <BackLink navigate /> })}
        </div>
    }
}

/// Title, provenance, the summary of every cut with undo and redo, the page options, one linked
/// plot with its cut control per axis, and the yields. The view starts from the page's URL and
/// keeps the URL in step, so a link shares exactly what is on screen.
/// `address` is the start of the page's address in place of `a=<analysis id>` (a local file's
/// `local=<file name>`).
#[component]
pub(crate) fn AnalysisView(state: AnalysisState, #[prop(optional)] address: Option<String>) -> impl IntoView {
    let (analysis_id, title, provenance, lumi, names, axes, processes, legend) =
        state.with_untracked(|engine: &Engine| {
            let manifest = engine.cube().manifest();
            let names: Vec<AxisName> = manifest.axes.iter().map(AxisName::of).collect();
            let legend = (!manifest.axes.is_empty()).then(|| StackedHistogram::from_engine(engine, 0));
            (
                manifest.analysis_id.clone(),
                labels::text(&manifest.title_key),
                format::data_provenance(manifest),
                format::edge(manifest.luminosity_fb),
                names,
                manifest.axes.clone(),
                manifest.processes.clone(),
                legend,
            )
        });
    // Data and simulation both present in the cube (read before any cut of the link applies):
    // only then do the plots get a data / simulation ratio panel.
    let ratio = state.with_untracked(|engine: &Engine| {
        let manifest = engine.cube().manifest();
        let has = |role: histcube::Role| manifest.processes_with_role(role).any(|p| engine.yields()[p].count > 0);
        has(histcube::Role::Data) && (has(histcube::Role::Signal) || has(histcube::Role::Background))
    });
    let Some(legend) = legend else {
        return view! { <ErrorBanner message="this cube has no axis to draw a histogram of".to_owned() navigate=None /> }.into_any();
    };
    let ParsedView { view: linked, mut ignored } = parse_query(&page_query(), &axes, &processes);
    let initial_cuts: Vec<(usize, Option<AxisCut>)> = linked
        .selections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_cut())
        .map(|(axis, s)| (axis, s.axis_cut()))
        .collect();
    let mut initial = linked.selections;
    if let Err(error) = state.set_cuts(&initial_cuts) {
        // The engine refused a cut the link asked for: start from no cut rather than half of it.
        state.clear_all_cuts();
        initial = axes.iter().map(AxisSelection::none).collect();
        ignored.push(format!("every cut of the link ({error})"));
    }
    // The language the page asked for could not be downloaded (crate::i18n): it is English.
    ignored.extend(crate::i18n::unavailable());
    let axis_count = initial.len();
    let selections = RwSignal::new(initial);
    let hidden = RwSignal::new(linked.hidden);
    let log_y = RwSignal::new(linked.log_y);
    let shapes = RwSignal::new(linked.shapes);
    let projector = RwSignal::new(linked.projector);
    // Projector mode restyles the whole page (larger text, stronger contrast), not only the plots.
    Effect::new(move |_| {
        let on = projector.get();
        if let Some(body) = document().body() {
            _ = body.class_list().toggle_with_force("projector", on);
        }
    });
    on_cleanup(|| {
        if let Some(body) = document().body() {
            _ = body.class_list().remove_1("projector");
        }
    });
    let history = RwSignal::new(History::<Vec<AxisSelection>>::new(UNDO_LIMIT));
    let link_notice = RwSignal::new((!ignored.is_empty()).then(|| ignored.join("; ")));
    let names = StoredValue::new(names);
    let cut_error = RwSignal::new(None::<String>);

    // Moves the engine and the controls to `target`, touching only the axes that differ. The
    // controls only change once the engine has accepted the cuts, so they never show a cut that
    // the plots and yields do not. Returns whether it did.
    let go_to = move |target: Vec<AxisSelection>| -> bool {
        let changed: Vec<(usize, Option<AxisCut>)> = selections.with_untracked(|current| {
            current
                .iter()
                .zip(&target)
                .enumerate()
                .filter(|(_, (now, next))| now != next)
                .map(|(axis, (_, next))| (axis, next.axis_cut()))
                .collect()
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
                let restore: Vec<(usize, Option<AxisCut>)> = selections.with_untracked(|current| {
                    changed.iter().map(|(axis, _)| (*axis, current[*axis].axis_cut())).collect()
                });
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
    let reset_all =
        move |_| change_to(selections.with_untracked(|all| all.iter().map(AxisSelection::cleared).collect()));
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

    // The address bar follows every change without reloading or adding history entries. It is
    // written in a task of its own just after the change (`schedule_page_query`), not inside it:
    // Chromium takes about a millisecond per `history.replaceState`, which is time the plots and
    // yields of a cut step would otherwise wait for, and a drag's or a held key's steps that
    // come faster than that are written once, at the latest.
    let url_axes = StoredValue::new(axes);
    let url_processes = StoredValue::new(processes);
    let analysis_part = address.unwrap_or_else(|| analysis_query(&analysis_id));
    Effect::new(move |_| {
        let view = ViewState {
            selections: selections.get(),
            hidden: hidden.get(),
            log_y: log_y.get(),
            shapes: shapes.get(),
            projector: projector.get(),
        };
        let query = url_axes.with_value(|axes| url_processes.with_value(|processes| view.to_query(axes, processes)));
        let query = if query.is_empty() { analysis_part.clone() } else { format!("{analysis_part}&{query}") };
        schedule_page_query(query);
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

    // A guided step's "Show me" is a cut like any other: undoable, in the address.
    let guide_show_me = Callback::new(move |(axis, cut): (usize, AxisCut)| {
        if let Some(selection) = url_axes.with_value(|axes| selection_for(&axes[axis], &cut)) {
            apply.run((axis, selection));
        }
    });
    let guide_enabled = Signal::derive(move || hidden.with(|hidden| hidden.iter().map(|h| !h).collect::<Vec<bool>>()));

    let any_cut = move || selections.with(|all| all.iter().any(AxisSelection::is_cut));
    let summary = move || selections.with(|all| names.with_value(|names| cuts_summary(names, all)));
    let hidden_signal = Signal::from(hidden);
    let log_signal = Signal::from(log_y);
    let shapes_signal = Signal::from(shapes);
    let projector_signal = Signal::from(projector);

    // The fit panel and the guided paths are not needed for the first picture: they are built
    // once the browser has painted the plots and the yields (in a task queued from the next
    // animation frame, which runs after that frame's paint), so on an old laptop the first plot
    // does not wait for a likelihood fit, its scan canvas and the guide. Until then the side
    // column is marked busy for screen readers. That moment is also when the page is ready for
    // the service worker to be registered (`announce_first_view`).
    let settled = RwSignal::new(false);
    crate::ui::after_next_paint(move || {
        _ = settled.try_set(true);
        crate::ui::announce_first_view();
    });

    let panels = (0..axis_count)
        .map(|axis| {
            view! {
                <AxisPanel
                    state
                    axis
                    selections
                    apply
                    hidden=hidden_signal
                    log_y=log_signal
                    shapes=shapes_signal
                    projector=projector_signal
                    ratio
                />
            }
        })
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
                            <p>{labels::fill("app-link-ignored", &[("parts", &ignored)])}</p>
                            <button type="button" data-testid="link-notice-dismiss" on:click=move |_| link_notice.set(None)>
                                {labels::text("app-dismiss")}
                            </button>
                        </div>
                    }
                })
        }}
        <section class="cuts-bar" aria-label=labels::text("cuts-aria")>
            <p class="cuts-summary">
                <span class="cuts-summary-label">{labels::text("cuts-label")} " "</span>
                <span data-testid="cuts-summary" aria-live="polite">{summary}</span>
            </p>
            <div class="cuts-actions">
                <button
                    type="button"
                    data-testid="undo"
                    aria-keyshortcuts="Control+Z"
                    title=labels::text("cuts-undo-title")
                    disabled=move || !history.with(History::can_undo)
                    on:click=move |_| undo()
                >
                    {labels::text("cuts-undo")}
                </button>
                <button
                    type="button"
                    data-testid="redo"
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                    title=labels::text("cuts-redo-title")
                    disabled=move || !history.with(History::can_redo)
                    on:click=move |_| redo()
                >
                    {labels::text("cuts-redo")}
                </button>
                <button type="button" data-testid="reset-all" disabled=move || !any_cut() on:click=reset_all>
                    {labels::text("cuts-reset")}
                </button>
                <label class="log-toggle">
                    <input
                        type="checkbox"
                        data-testid="log-y"
                        prop:checked=move || log_y.get()
                        on:change=move |ev| log_y.set(event_target_checked(&ev))
                    />
                    {labels::text("cuts-logy")}
                </label>
                <label class="log-toggle">
                    <input
                        type="checkbox"
                        data-testid="view-shapes"
                        prop:checked=move || shapes.get()
                        on:change=move |ev| shapes.set(event_target_checked(&ev))
                    />
                    {labels::text("ui.view.shapes")}
                </label>
                <label class="log-toggle">
                    <input
                        type="checkbox"
                        data-testid="projector"
                        prop:checked=move || projector.get()
                        on:change=move |ev| projector.set(event_target_checked(&ev))
                    />
                    {labels::text("ui.view.projector")}
                </label>
                <button
                    type="button"
                    data-testid="download-histograms"
                    title=labels::text("cuts-download-uhi-title")
                    on:click=download_histograms
                >
                    {labels::text("cuts-download-uhi")}
                </button>
            </div>
        </section>
        {move || {
            export_error
                .get()
                .map(|message| {
                    view! {
                        <p class="banner" role="alert" data-testid="export-error">
                            {labels::fill("cuts-save-failed", &[("detail", &message)])}
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
                            {labels::fill("cuts-apply-failed", &[("detail", &message)])}
                        </p>
                    }
                })
        }}
        <div class="analysis-body">
            <section class="plots" aria-label=labels::text("plots-aria")>
                <div class="plots-key">
                    <Legend histogram=legend hidden=hidden_signal on_toggle=toggle_processes />
                    <p class="hint">
                        {labels::fill("plots-hint", &[("lumi", &lumi)])}
                        " "
                        {labels::text("ui.plot.drag_hint")}
                    </p>
                </div>
                <div class="plot-grid">{panels}</div>
            </section>
            <div class="side-panels" aria-busy=move || (!settled.get()).then_some("true")>
                <YieldsPanel state hidden=hidden_signal on_toggle=toggle_processes fit_when=settled />
                {move || settled.get().then(|| view! { <GuidePanel state enabled=guide_enabled show_me=guide_show_me /> })}
            </div>
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

thread_local! {
    /// The view's query string waiting to be written into the address bar, and whether a task to
    /// write it is already queued (see [`schedule_page_query`]).
    static PENDING_QUERY: std::cell::RefCell<(Option<String>, bool)> = const { std::cell::RefCell::new((None, false)) };
}

/// Puts `query` in the address bar in place of the current one (without a reload) in a task
/// queued now, so a cut step does not wait for the browser's history machinery; several calls
/// before that task runs write only the last query. [`settle_page_query`] writes it at once.
fn schedule_page_query(query: String) {
    let queue = PENDING_QUERY.with(|pending| {
        let mut pending = pending.borrow_mut();
        pending.0 = Some(query);
        !std::mem::replace(&mut pending.1, true)
    });
    if queue {
        set_timeout(
            || {
                PENDING_QUERY.with(|pending| pending.borrow_mut().1 = false);
                settle_page_query();
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Writes the view's query string into the address bar now if it is waiting to be written:
/// whatever reads or replaces the address (a link to another page, the language picker, the
/// embedding code) calls this first, so it sees the view on screen.
pub fn settle_page_query() {
    if let Some(query) = PENDING_QUERY.with(|pending| pending.borrow_mut().0.take()) {
        replace_page_query(&query);
    }
}

/// Forgets the view's query string waiting to be written, if any.
fn discard_page_query() {
    PENDING_QUERY.with(|pending| pending.borrow_mut().0 = None);
}

/// The page's query string, `""` when the browser gives none; a view change still waiting to
/// be written is written first.
fn page_query() -> String {
    settle_page_query();
    window().location().search().unwrap_or_default()
}

/// Opens `query` as a new history entry (a new page for the back button), without a reload.
fn push_page_query(query: &str) {
    let query = &with_page_params(query, &page_query());
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window().history() {
        _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Puts `query` in the address bar in place of the current one, without a reload.
fn replace_page_query(query: &str) {
    let location = window().location();
    let current = location.search().unwrap_or_default();
    let query = &with_page_params(query, &current);
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
    shapes: Signal<bool>,
    projector: Signal<bool>,
    ratio: bool,
) -> impl IntoView {
    // A drag across the plot is one cut change (one undo step), snapped to bin edges or to the
    // categories it covers.
    let on_drag = Callback::new(move |(a, b): (f64, f64)| {
        let next = selections.with_untracked(|all| match &all[axis] {
            AxisSelection::Range { edges, .. } => {
                AxisSelection::Range { edges: edges.clone(), range: edges.dragged(a, b) }
            }
            AxisSelection::Categories(choice) => AxisSelection::Categories(choice.dragged(a, b)),
        });
        apply.run((axis, next));
    });
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
            <HistogramPlot state axis excluded hidden log_y shapes projector ratio on_drag />
            {control}
        </article>
    }
}
