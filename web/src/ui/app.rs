//! The page for the address — the home page's cards, an analysis (loading note, error banner or
//! the analysis view), or one of the text pages — under the site header.

use histcube::catalog::CatalogEntry;
use histcube::{Cube, DataKind, EngineBuild};
use leptos::prelude::*;

use crate::model::catalog::{
    analysis_query, cube_url, events_url, first_view_url, parse_catalog, route_of, CardText, Route, CATALOG_URL,
};
use crate::model::errors::AppError;
use crate::model::mystery::{self, Mystery};
use crate::model::view_state::with_page_params;
use crate::model::{labels, numbers};
use crate::ui::address::{discard_page_query, page_query, push_page_query};
use crate::ui::analysis::AnalysisView;
use crate::ui::class_results::ClassPage;
use crate::ui::embed::{self, OpenFullLink};
use crate::ui::event_display::EventsSource;
use crate::ui::explain::Explain;
use crate::ui::glossary::Glossary;
use crate::ui::loader::{decode_cube, fetch_bytes_with_progress, fetch_text, LoadError};
use crate::ui::open_cube::{LocalAnalysis, OpenCube};
use crate::ui::state::AnalysisState;
use crate::ui::teacher::TeacherPage;
use crate::ui::worksheet::WorksheetPage;
use crate::ui::{deferred, later, next_task, PartNotLoaded};

#[derive(Clone)]
enum Page {
    Loading,
    /// The reason, and whether the file itself is damaged (reloading will not help).
    Failed(AppError, bool),
    Ready(AnalysisState),
}

/// The catalog as the home page and the analyses read it: `None` until it has arrived.
pub(crate) type CatalogState = RwSignal<Option<Result<Vec<CatalogEntry>, AppError>>>;

/// The page for the address: the home page's cards, or one analysis. Following a card or the
/// way back changes the address with `history.pushState`, so the browser's back button works,
/// and `popstate` brings the page back in step with the address.
///
/// `catalog` is the catalog's text when the page downloaded it before mounting (else the page
/// downloads it now).
#[component]
pub fn Root(#[prop(default = None)] catalog: Option<Result<String, LoadError>>) -> impl IntoView {
    let route = RwSignal::new(route_of(&page_query()));
    let back_forward = window_event_listener(leptos::ev::popstate, move |_| {
        // The browser is on another history entry now: a view change of the page left behind
        // that is still waiting to be written must not land on this one.
        discard_page_query();
        route.set(route_of(&page_query()));
    });
    // A view change written a moment later (`address::QUIET`) is written when the page is left,
    // so the address the browser keeps in its history is the view on screen.
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| crate::ui::settle_page_query());
    on_cleanup(move || {
        back_forward.remove();
        leaving.remove();
    });
    let navigate = Callback::new(move |next: Route| {
        push_page_query(&next.query());
        route.set(next);
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    // An analysis says when its plots are painted; any other first page is its first view.
    if !matches!(route.get_untracked(), Route::Analysis(_)) && !embed::requested() {
        crate::ui::after_next_paint(crate::ui::announce_first_view);
    }
    // Embedded: the one analysis of the address, no header and no way to other pages but a
    // link that opens the full analyser in a new tab.
    if embed::requested() {
        // The analysis view keeps it in step with the cuts made in the frame.
        let view_query = RwSignal::new(page_query());
        provide_context(embed::ViewQuery(view_query));
        let embedded = move || {
            let id = match route.get() {
                Route::Analysis(id) => id,
                _ => crate::model::catalog::DEFAULT_ANALYSIS.to_owned(),
            };
            view! { <App cube_url=cube_url(&id) /> <OpenFullLink view_query /> }
        };
        return embedded.into_any();
    }
    view! {
        <SiteHeader route navigate />
        <RoutedPage route navigate catalog=load_catalog(catalog) />
    }
    .into_any()
}

/// The catalog (a few hundred bytes), read once: the cards come from it, and an analysis
/// learns its cube's size from it when the server's answer does not say (a gzipped transfer).
/// `downloaded` is its text if the page has it already.
fn load_catalog(downloaded: Option<Result<String, LoadError>>) -> CatalogState {
    let read = |text: Result<String, LoadError>| match text {
        Ok(text) => parse_catalog(&text).map_err(AppError::from),
        Err(error) => Err(AppError::from(error)),
    };
    if let Some(text) = downloaded {
        return RwSignal::new(Some(read(text)));
    }
    let catalog = RwSignal::new(None);
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        catalog.set(Some(read(fetch_text(CATALOG_URL).await)));
    });
    catalog
}

/// The page of the route, once its texts are there.
#[component]
fn RoutedPage(route: RwSignal<Route>, navigate: Callback<Route>, catalog: CatalogState) -> impl IntoView {
    let (texts_arrived, texts_error) = download_page_texts(route);
    move || match route.get() {
        // A page whose texts are still being downloaded: a status note, or why they cannot be.
        page if page.texts().is_some_and(|group| !labels::missing(group).is_empty()) => {
            texts_arrived.track();
            view! { <TextsPending error=texts_error.get() /> }.into_any()
        }
        Route::Home => view! { <Home catalog navigate /> }.into_any(),
        Route::Analysis(id) => {
            let entry = move |key: String| {
                catalog.with(|c| c.as_ref().and_then(|c| c.as_ref().ok())?.iter().find(|e| e.id == key).cloned())
            };
            let key = id.clone();
            let expected_bytes = Signal::derive(move || entry(key.clone()).map(|e| e.bytes));
            let key = id.clone();
            let events = EventsSource {
                url: events_url(&id),
                bytes: Signal::derive(move || entry(key.clone()).and_then(|e| e.events_bytes)),
            };
            let preview = first_view_url(&id, labels::language().code(), pictured_analyses().as_deref());
            view! { <App cube_url=cube_url(&id) navigate expected_bytes events=Some(events) preview /> }.into_any()
        }
        // The pages besides the cards and the analyses: each its own wasm module in release
        // builds, fetched when it is first opened (`crate::ui::deferred`).
        Route::Explain(id) => later(deferred!(explain_page(id))),
        Route::Glossary => later(deferred!(glossary_page())),
        Route::Teachers => later(deferred!(teacher_page(catalog))),
        Route::Class => later(deferred!(class_page())),
        Route::Worksheet { analysis, sheet, key } => later(deferred!(worksheet_page(analysis, sheet, key))),
        Route::Local(name) => view! { <LocalAnalysis name navigate /> }.into_any(),
    }
}

#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(explain, fallible, wasm_split_path = ::leptos::wasm_split))]
fn explain_page(analysis: String) -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <main class="analyser page"><Explain analysis /></main> }.into_any())
}

#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(glossary, fallible, wasm_split_path = ::leptos::wasm_split))]
fn glossary_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <main class="analyser page"><Glossary /></main> }.into_any())
}

#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(teachers, fallible, wasm_split_path = ::leptos::wasm_split))]
fn teacher_page(catalog: CatalogState) -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <main class="analyser page"><TeacherPage catalog /></main> }.into_any())
}

#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(class, fallible, wasm_split_path = ::leptos::wasm_split))]
fn class_page() -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <main class="analyser page"><ClassPage /></main> }.into_any())
}

#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(worksheet, fallible, wasm_split_path = ::leptos::wasm_split))]
fn worksheet_page(analysis: String, sheet: String, key: bool) -> Result<AnyView, PartNotLoaded> {
    Ok(view! { <main class="analyser page worksheet-page"><WorksheetPage analysis sheet key /></main> }.into_any())
}

/// The explanations, glossary and teacher page download their texts when they open, unless
/// they came with the language at start-up (`i18n::Group::on_demand`, `crate::locale::ensure`):
/// a signal that fires when they arrive, and why they could not be had.
fn download_page_texts(route: RwSignal<Route>) -> (RwSignal<()>, RwSignal<Option<AppError>>) {
    let texts_arrived = RwSignal::new(());
    let texts_error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| {
        let Some(group) = route.with(Route::texts).filter(|&group| !labels::missing(group).is_empty()) else { return };
        texts_error.set(None);
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            match crate::locale::ensure(group).await {
                Ok(()) => texts_arrived.set(()),
                Err(error) => texts_error.set(Some(AppError::from(error))),
            }
        });
    });
    (texts_arrived, texts_error)
}

/// A page's texts on their way, or why they cannot be had.
#[component]
fn TextsPending(error: Option<AppError>) -> impl IntoView {
    match error {
        None => view! {
            <main class="analyser page">
                <p class="loading" role="status">{labels::text("page-texts-loading")}</p>
            </main>
        }
        .into_any(),
        Some(error) => view! {
            <main class="analyser page">
                <p class="banner" role="alert" data-testid="texts-error">
                    {labels::fill("page-texts-error", &[("reason", &error.message())])}
                </p>
            </main>
        }
        .into_any(),
    }
}

/// Whether a click on a link is the browser's to handle: a modified click (new tab, new
/// window) or another button than the main one.
fn is_modified_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0
}

/// The links to every page and the language picker.
#[component]
fn SiteHeader(route: RwSignal<Route>, navigate: Callback<Route>) -> impl IntoView {
    let link = move |target: Route, key: &'static str, testid: &'static str| {
        let query = target.query();
        let href = move || {
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
                    if is_modified_click(&ev) {
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
                {link(Route::Home, "home-list-label", "nav-home")}
                {move || link(Route::Explain(explained()), "nav-explain", "nav-explain")}
                {link(Route::Glossary, "nav-glossary", "nav-glossary")}
                {link(Route::Teachers, "nav-teachers", "nav-teachers")}
            </nav>
            <div class="site-tools">
                <crate::locale::LanguagePicker />
            </div>
        </header>
    }
}

/// The analyses as cards, from the catalog (a few hundred bytes; no cube is downloaded here).
#[component]
fn Home(catalog: CatalogState, navigate: Callback<Route>) -> impl IntoView {
    let cards = move || match catalog.get() {
        None => view! { <p class="loading" role="status">{labels::text("home-catalog-loading")}</p> }.into_any(),
        Some(Err(error)) => view! {
            <div class="banner" role="alert" data-testid="catalog-error">
                <p>{labels::fill("home-catalog-error", &[("reason", &error.message())])}</p>
            </div>
        }
        .into_any(),
        Some(Ok(entries)) => {
            let cards = entries.into_iter().map(|entry| view! { <AnalysisCard entry navigate /> }).collect_view();
            view! {
                <ul class="cards" aria-label=labels::text("home-list-label") data-testid="analysis-cards">
                    {cards}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <main class="analyser home">
            <header class="analysis-header">
                <h1 data-testid="home-title">{labels::text("home-title")}</h1>
                <p class="intro">{labels::text("home-intro")}</p>
            </header>
            {cards}
            // Below the cards once they are there: were it there first, the cards would push it down.
            {move || catalog.with(Option::is_some).then(|| view! { <OpenCube navigate /> })}
        </main>
    }
}

/// One analysis's card: its title as the link to it, one sentence, what its data is and the
/// size of its cube.
#[component]
fn AnalysisCard(entry: CatalogEntry, navigate: Callback<Route>) -> impl IntoView {
    let id = entry.id.clone();
    let title = entry.title();
    let open = move |ev: leptos::ev::MouseEvent| {
        // A modified click (new tab, new window) is the browser's to handle.
        if is_modified_click(&ev) {
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
                    aria-label=labels::fill("home-open", &[("title", &title)])
                    on:click=open
                >
                    {title.clone()}
                </a>
            </h2>
            <p class="card-sentence">{entry.sentence()}</p>
            <p class="card-facts">
                <span class=format!("data-kind data-kind-{kind}") data-testid=format!("data-kind-{}", entry.id)>
                    {labels::text("home-data-label")}
                    " "
                    {entry.data_text()}
                </span>
                <span class="card-size">{labels::fill("home-size", &[("size", &numbers::bytes(entry.bytes))])}</span>
            </p>
        </li>
    }
}

/// One analysis: its cube downloaded with the progress in bytes, then the analysis view; a
/// readable alert with the way back in place of the analysis when the cube is missing or
/// broken. `navigate` leads back to the cards; without it (an embedded single analysis, the
/// browser tests) there is no way back to offer. `expected_bytes` (from the catalog) is the
/// download's total when the server does not give one. `events` are the analysis's event
/// records, for a bundled analysis outside a frame.
#[component]
pub fn App(
    #[prop(into)] cube_url: String,
    #[prop(optional)] navigate: Option<Callback<Route>>,
    #[prop(optional, into)] expected_bytes: Signal<Option<u64>>,
    #[prop(default = None)] events: Option<EventsSource>,
    /// The picture of the analysis's first plot to show while the cube downloads (a bundled
    /// analysis's `first_view_url`): the one `web/preload.js` put on the page before the app ran.
    #[prop(default = None)]
    preview: Option<String>,
) -> impl IntoView {
    let page = RwSignal::new(Page::Loading);
    let progress = RwSignal::new((0u64, None::<u64>));
    let url = cube_url.clone();
    // A mystery sample (`mystery=`): the analysis with pseudo-data of a hidden signal strength.
    let mystery = mystery::from_query(&page_query());
    let shown_mystery = mystery
        .as_ref()
        .and_then(|(m, answer)| m.as_ref().ok().map(|&m| (m, answer.as_deref().is_some_and(|token| m.reveals(token)))));
    // A mystery's data are pseudo-data, not the recorded data the picture shows.
    let preview = preview.filter(|_| mystery.is_none());
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        // Decoding, the engine's steps and the view each in a task of their own (`next_task`): on an old
        // laptop each is tens of milliseconds for the largest cubes, and together they would keep
        // the page from answering input for a few hundred.
        let bytes = fetch_bytes_with_progress(&url, move |received, total| progress.set((received, total))).await;
        next_task().await;
        let loaded =
            bytes.and_then(|bytes| decode_cube(&url, &bytes)).map_err(AppError::from).and_then(|cube| match mystery {
                None => Ok(cube),
                Some((Ok(m), _)) => with_mystery_data(&cube, m),
                Some((Err(error), _)) => Err(AppError::Mystery(error.message())),
            });
        let loaded = match loaded {
            Ok(cube) => {
                // The engine too is built in a few tasks (`EngineBuild`): in one, hww's took
                // 70–135 ms at 4× CPU slowdown.
                let mut build = EngineBuild::new(cube);
                let engine = loop {
                    next_task().await;
                    if let Some(engine) = build.step() {
                        break engine;
                    }
                };
                next_task().await;
                Ok(engine)
            }
            Err(error) => Err(error),
        };
        // Scoped to the component, so the engine's storage is freed when the app unmounts.
        page.set(match loaded {
            Ok(engine) => Page::Ready(AnalysisState::new(engine)),
            Err(error) => {
                // The alert is the first view: nothing else will come to wait for.
                crate::ui::after_next_paint(crate::ui::announce_first_view);
                {
                    let damaged = matches!(&error, AppError::Load(load) if load.is_damaged_file());
                    Page::Failed(error, damaged)
                }
            }
        });
    });

    view! {
        <main class="analyser">
            {move || navigate.map(|navigate| view! { <BackLink navigate /> })}
            {move || match page.get() {
                Page::Loading => view! { <LoadingProgress progress expected_bytes preview=preview.clone() /> }.into_any(),
                Page::Failed(error, damaged) => view! { <ErrorBanner message=error.message() navigate damaged /> }.into_any(),
                Page::Ready(state) => {
                    view! { <AnalysisView state events=events.clone() mystery=shown_mystery /> }.into_any()
                }
            }}
        </main>
    }
}

/// `cube` with its data replaced by the mystery's pseudo-data, and said to be pseudo-data so
/// the page never presents them as recorded.
fn with_mystery_data(cube: &Cube, mystery: Mystery) -> Result<Cube, AppError> {
    let drawn = histcube::pseudo_data::draw(cube, mystery.draw_seed(), mystery.signal_strength())
        .map_err(|error| AppError::Mystery(error.to_string()))?;
    let mut manifest = drawn.manifest().clone();
    manifest.data_kind = DataKind::PseudoData;
    // A background estimated from recorded data (hzz4l's reducible one) is, for the mystery,
    // one more template the pseudo-data were drawn from: pseudo-data cubes hold no recorded events.
    for process in &mut manifest.processes {
        process.data_driven = false;
    }
    drawn.with_manifest(manifest).map_err(|error| AppError::Mystery(error.to_string()))
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
                    if is_modified_click(&ev) {
                        return;
                    }
                    ev.prevent_default();
                    navigate.run(Route::Home);
                }
            >
                {labels::text("home-back")}
            </a>
        </nav>
    }
}

/// "Loading the analysis data: 1.2 of 7.8 kB" with a progress bar, or only the bytes received
/// when the server does not say how many are coming.
/// Above it, `preview`: the picture of the first plot (decorative: the note says what is
/// happening), dropped if it cannot be had.
#[component]
fn LoadingProgress(
    progress: RwSignal<(u64, Option<u64>)>,
    expected_bytes: Signal<Option<u64>>,
    preview: Option<String>,
) -> impl IntoView {
    let preview_failed = RwSignal::new(false);
    let preview = move || {
        preview.clone().filter(|_| !preview_failed.get()).map(|src| {
            view! {
                <img class="first-view" src=src alt="" data-testid="first-view" on:error=move |_| preview_failed.set(true) />
            }
        })
    };
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
                let (got, of) = numbers::progress(received, total);
                labels::fill("loading-progress", &[("received", &got), ("total", &of)])
            }
            None => labels::fill("loading-progress-unknown", &[("received", &numbers::bytes(received))]),
        }
    };
    view! {
        <div class="loading" role="status" data-testid="loading">
            {preview}
            <p data-testid="loading-text">{text}</p>
            <progress
                aria-label=labels::text("loading-label")
                max=move || total().map(|t| t.max(1).to_string())
                value=move || total().map(|_| progress.get().0.to_string())
            ></progress>
        </div>
    }
}

/// A readable alert in place of the analysis, with the way back to the other analyses.
#[component]
pub(crate) fn ErrorBanner(
    message: String,
    navigate: Option<Callback<Route>>,
    #[prop(optional)] damaged: bool,
) -> impl IntoView {
    view! {
        <div class="banner" role="alert" data-testid="load-error">
            <p class="banner-title">{labels::text("loading-error-title")}</p>
            <p class="banner-detail">{message}</p>
            <p class="banner-hint">{labels::text(if damaged { "loading-error-damaged-hint" } else { "loading-error-hint" })}</p>
            {navigate.map(|navigate| view! { <BackLink navigate /> })}
        </div>
    }
}

/// The analyses the build has first-view pictures of, as `web/preload.js`'s script tag lists
/// them (see [`first_view_url`]).
fn pictured_analyses() -> Option<String> {
    document().query_selector("script[data-first-views]").ok().flatten()?.get_attribute("data-first-views")
}
