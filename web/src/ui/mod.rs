//! The Leptos components and the canvas drawing (browser only).

pub mod address;
mod analysis;
mod app;
mod blinding;
mod canvas;
mod category_control;
mod class_results;
mod cut_control;
mod cut_flow;
pub mod cuts;
pub mod embed;
pub mod event_display;
pub mod explain;
mod export;
mod fatal;
mod fit_panel;
pub mod glossary;
pub mod guide;
pub mod loader;
mod open_cube;
pub mod plot;
pub mod state;
mod summary_bar;
pub mod teacher;
pub mod view_options;
mod worksheet;
mod yields;

pub use address::settle_page_query;

/// Calls a split point: a function marked
/// `#[cfg_attr(wasm_split, wasm_split(module, fallible, …))]` that returns
/// `Result<_, PartNotLoaded>`, whose code (and all that only it reaches) the release build moves
/// into a wasm module of its own, fetched on the first call (`crates/xtask/src/split.rs`). There
/// the call is a future that loads the module first, and fails if it cannot be had; in other
/// builds (tests, `cargo check`) the function stays where it is, and this wraps its result in a
/// ready future, so a call site reads the same either way.
macro_rules! deferred {
    ($call:expr) => {{
        #[cfg(wasm_split)]
        let call = $call;
        #[cfg(not(wasm_split))]
        let call = ::std::future::ready($call);
        call
    }};
}
pub(crate) use deferred;

/// A split point's module could not be downloaded (the network is gone and the service worker
/// has no copy yet). The next call tries again.
#[derive(Debug)]
pub struct PartNotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for PartNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartNotLoaded
    }
}

impl PartNotLoaded {
    /// What the page says, in its language.
    pub fn message(&self) -> String {
        crate::model::labels::text("error-part-not-loaded")
    }
}

/// The view a split point ([`deferred!`]) returns, in the place of the call: nothing until its
/// module has arrived (at once where there is no module to fetch), and a notice if it cannot.
pub(crate) fn later(view: impl std::future::Future<Output = Result<AnyView, PartNotLoaded>> + 'static) -> AnyView {
    Suspend::new(send_wrapper::SendWrapper::new(async move {
        view.await.unwrap_or_else(|error| {
            view! { <p class="banner" role="alert" data-testid="part-not-loaded">{error.message()}</p> }.into_any()
        })
    }))
    .into_any()
}

pub use app::{App, Root};

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Starts the analyser in the page's `#app` element (or the body when there is none), replacing
/// the static "loading" note that the page shows until the wasm runs: the home page's cards, or
/// the analysis the address names.
pub fn mount() {
    fatal::show_panics_on_the_page();
    // The language first: every text the components make is in it. English is compiled in and
    // ready at once; another language is downloaded first, while the page keeps its "loading"
    // note and the cube preload.js asked for downloads alongside.
    let lang = crate::locale::requested();
    // The first page's own texts (explanations, teacher page) come in the same round trip; an
    // embedded page only ever shows an analysis.
    let query = leptos::prelude::window().location().search().unwrap_or_default();
    let first_page = if embed::requested() { None } else { crate::model::catalog::route_of(&query).texts() };
    // On the home page the catalog (a few hundred bytes; `web/preload.js` asked for it already)
    // comes with the language, so the cards are there in the app's first render: they replace
    // the build's copy of them (`crates/xtask/src/dist.rs`) in one step, and nothing moves.
    // Other pages mount without waiting for it: an analysis needs only its cube, and should the
    // catalog be slow to come, the home page keeps the copy, whose links work, until it does.
    let home = !embed::requested() && crate::model::catalog::route_of(&query) == crate::model::catalog::Route::Home;
    let catalog = home.then(|| loader::fetch_text_now(crate::model::catalog::CATALOG_URL));
    wasm_bindgen_futures::spawn_local(async move {
        crate::locale::start(lang, first_page).await;
        let catalog = match catalog {
            Some(catalog) => Some(catalog.await),
            None => None,
        };
        mount_app(catalog);
    });
}

/// Tells the page's own scripts that the first view is on screen (the plots and yields of an
/// analysis, once painted; any other page, or a failed load, at once):
/// `web/sw-register.js` waits for this event, `histanalyser:first-view`, as well as the window's
/// load before it registers the service worker, whose precache downloads every file of the build
/// and would otherwise compete with the first plot for the network and the CPU. Only the first
/// call does anything.
pub(crate) fn announce_first_view() {
    thread_local! {
        static ANNOUNCED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if ANNOUNCED.with(|announced| announced.replace(true)) {
        return;
    }
    if let Ok(event) = web_sys::Event::new("histanalyser:first-view") {
        _ = leptos::prelude::window().dispatch_event(&event);
    }
}

/// Milliseconds from the page's clock, for the timings the page reports (the fit, the event
/// display's drawing).
pub(crate) fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Calls `then` once the last of a run of changes lies `quiet` in the past: `changed_at` tells
/// when the last one came (a [`now_ms`] time), or `None` once what changes is gone (then nothing
/// is called). Start it at the first change of a run; one timer serves the whole run: when it
/// fires early (a change came meanwhile) it waits out the rest of the period from the last one.
pub(crate) fn when_quiet(
    quiet: std::time::Duration,
    changed_at: impl Fn() -> Option<f64> + 'static,
    then: impl FnOnce() + 'static,
) {
    wait_for_quiet(quiet, quiet.as_secs_f64() * 1000.0, std::rc::Rc::new(changed_at), Box::new(then));
}

fn wait_for_quiet(
    delay: std::time::Duration,
    quiet_ms: f64,
    changed_at: std::rc::Rc<dyn Fn() -> Option<f64>>,
    then: Box<dyn FnOnce()>,
) {
    set_timeout(
        move || {
            let Some(last) = changed_at() else { return };
            let remaining_ms = last + quiet_ms - now_ms();
            if remaining_ms >= 1.0 {
                let delay = std::time::Duration::from_secs_f64(remaining_ms / 1000.0);
                wait_for_quiet(delay, quiet_ms, changed_at, then);
            } else {
                then();
            }
        },
        delay,
    );
}

/// Resolves in a later task of the page's event loop (a zero-delay timeout): what follows an
/// `.await` of it runs in a task of its own, so the browser can paint and answer input between
/// one long step and the next instead of after all of them.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        _ = leptos::prelude::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves after the browser has painted what is on the page now, as [`after_next_paint`].
pub(crate) async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| after_next_paint(move || _ = resolve.call0(&JsValue::NULL)));
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// After the browser has painted what is on the page now: in a task queued from the next
/// animation frame, which runs after that frame's paint.
pub(crate) fn after_next_paint(then: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(then, std::time::Duration::ZERO));
}

/// Runs `work` in a task of its own after each change of what `track` reads, once for all the
/// changes that come before that task runs: for what a cut step's plots and yields should not
/// wait for (the fit, the cut-flow table), so a drag's steps reach the screen first and a step
/// that comes faster than the work is worked on once, at the latest. Not for the first reading
/// (the caller has the current result), nor once the caller's view is gone. The signal returned
/// says whether a run is waiting.
pub(crate) fn after_changes(track: impl Fn() + 'static, work: impl Fn() + Copy + 'static) -> ReadSignal<bool> {
    let waiting = RwSignal::new(false);
    Effect::new(move |previous: Option<()>| {
        track();
        if previous.is_none() || waiting.get_untracked() {
            return;
        }
        waiting.set(true);
        set_timeout(
            move || {
                if waiting.try_get_untracked().is_none() {
                    return;
                }
                work();
                waiting.set(false);
            },
            std::time::Duration::ZERO,
        );
    });
    waiting.read_only()
}

/// Replaces the page's "loading" note with the app, in the language already installed;
/// `catalog` is the catalog's text if it was downloaded first.
fn mount_app(catalog: Option<Result<String, loader::LoadError>>) {
    let document = leptos::prelude::document();
    let host = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("an HTML page has a body"));
    host.set_inner_html("");
    // Should `web/preload.js` have stopped before it set out the first view, the app is still
    // painted (style.css hides the page's #app while this class is on).
    if let Some(root) = document.document_element() {
        _ = root.class_list().remove_1("first-view-pending");
    }
    leptos::mount::mount_to(host, move || view! { <Root catalog /> }).forget();
    // Inside a frame, the host page hears the content's height (docs/embedding.md).
    embed::post_height_changes();
}
