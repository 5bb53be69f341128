//! "Open your own cube": the home page's file picker, and a `.cube` file dropped anywhere on the
//! page, read in the browser (the File API) and never sent anywhere; then the file's analysis
//! view, like a bundled analysis's, under the address `?local=<file name>`.
//!
//! A file is checked as a bundled cube is ([`local_cube::check`]); a file that is not a usable
//! cube leaves the page as it was, with a `role="alert"` banner saying in the page's language
//! what is wrong with it ([`local_cube::message`]). Its first bytes are looked at before the
//! whole file is read, so an ntuple dropped by mistake (hundreds of megabytes) is refused at once.
//!
//! The opened cube is kept for the page's life, so the back and forward buttons find it again;
//! an address naming a local file that this page did not open (a reload, a shared link) says
//! that a link cannot carry a file and offers the picker.

use std::cell::RefCell;

use histcube::{Cube, Engine};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::catalog::Route;
use crate::model::labels;
use crate::model::local_cube::{self, local_query, OpenError};
use crate::ui::analysis::AnalysisView;
use crate::ui::app::BackLink;
use crate::ui::state::AnalysisState;

thread_local! {
    /// The file opened last: its name and its checked cube.
    static OPENED: RefCell<Option<(String, Cube)>> = const { RefCell::new(None) };
}

/// The bytes read before the whole file: the cube header's signature and version.
const HEAD_BYTES: f64 = 24.0;

/// What the picker is doing: reading a file (its name), or why the last one failed.
#[derive(Clone, Copy)]
struct PickerState {
    reading: RwSignal<Option<String>>,
    error: RwSignal<Option<String>>,
}

/// The picker with its label and hints, the drop target (the whole window while it is on the
/// page), and the banner of a file that could not be opened.
#[component]
pub fn OpenCube(navigate: Callback<Route>) -> impl IntoView {
    let picker = PickerState { reading: RwSignal::new(None), error: RwSignal::new(None) };
    let dragging = RwSignal::new(false);

    // A file dragged over the page would otherwise be opened by the browser in place of the app.
    let over = window_event_listener(leptos::ev::dragover, move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(transfer) = ev.data_transfer() {
            transfer.set_drop_effect("copy");
        }
        if !dragging.get_untracked() {
            dragging.set(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev: web_sys::DragEvent| {
        // Leaving the window (not just moving between elements) has no element to go to.
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let dropped = window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev.data_transfer().and_then(|transfer| transfer.files()).and_then(|files| files.get(0));
        open_file(file, picker, navigate);
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        dropped.remove();
    });

    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let file = input.files().and_then(|files| files.get(0));
        // Choosing the same file again (after fixing it) must fire `change` again.
        input.set_value("");
        if file.is_some() {
            open_file(file, picker, navigate);
        }
    };

    view! {
        <section
            class="open-cube"
            class:dragging=move || dragging.get()
            aria-labelledby="open-cube-heading"
            data-testid="open-cube-section"
        >
            <h2 id="open-cube-heading">{labels::text("open-heading")}</h2>
            <p class="open-cube-intro">{labels::text("open-intro")}</p>
            <div class="open-cube-actions">
                <label class="open-cube-picker">
                    <input type="file" accept=".cube" data-testid="open-cube" on:change=on_change />
                    <span>{labels::text("open-choose")}</span>
                </label>
                <span class="open-cube-drop" data-testid="open-cube-drop-hint">
                    {move || {
                        if dragging.get() { labels::text("open-dropping") } else { labels::text("open-drop-hint") }
                    }}
                </span>
            </div>
            {move || {
                picker
                    .reading
                    .get()
                    .map(|file| {
                        view! {
                            <p class="loading" role="status" data-testid="open-cube-reading">
                                {labels::fill("open-reading", &[("file", &file)])}
                            </p>
                        }
                    })
            }}
            {move || {
                picker
                    .error
                    .get()
                    .map(|message| {
                        view! {
                            <div class="banner" role="alert" data-testid="open-cube-error">
                                <p class="banner-title">{labels::text("open-error-title")}</p>
                                <p class="banner-detail">{message}</p>
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// Reads, checks and opens `file`, or says why it cannot be opened.
fn open_file(file: Option<web_sys::File>, picker: PickerState, navigate: Callback<Route>) {
    picker.error.set(None);
    let Some(file) = file else {
        picker.error.set(Some(local_cube::message("", &OpenError::NoFile, &[])));
        return;
    };
    let name = file.name();
    picker.reading.set(Some(name.clone()));
    leptos::task::spawn_local(async move {
        let (head, result) = read_cube(&file).await;
        // The home page may have been left while the file was read.
        _ = picker.reading.try_set(None);
        match result {
            Ok(cube) => {
                OPENED.with(|opened| *opened.borrow_mut() = Some((name.clone(), cube)));
                navigate.run(Route::Local(name));
            }
            Err(error) => _ = picker.error.try_set(Some(local_cube::message(&name, &error, &head))),
        }
    });
}

/// The file's first bytes and, if they begin a cube, the whole file checked as a cube.
async fn read_cube(file: &web_sys::File) -> (Vec<u8>, Result<Cube, OpenError>) {
    let head = match file.slice_with_f64_and_f64(0.0, HEAD_BYTES) {
        Ok(blob) => read_blob(&blob).await,
        Err(error) => Err(OpenError::Read(describe(&error))),
    };
    let head = match head {
        Ok(head) => head,
        Err(error) => return (Vec::new(), Err(error)),
    };
    if !head.starts_with(&histcube::format::MAGIC[..]) {
        return (head, Err(OpenError::Cube(histcube::CubeError::NotACube)));
    }
    let result = match read_blob(file).await {
        Ok(bytes) => local_cube::check(&bytes),
        Err(error) => Err(error),
    };
    (head, result)
}

async fn read_blob(blob: &web_sys::Blob) -> Result<Vec<u8>, OpenError> {
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(|error| OpenError::Read(describe(&error)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The name and message of a JavaScript error (a `DOMException` for an unreadable file).
fn describe(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", String::from(error.name()), String::from(error.message())),
        None => value.as_string().unwrap_or_else(|| format!("{value:?}")),
    }
}

/// The analysis of a file opened from the computer, with a note that its link cannot carry
/// the file; or, when this page has no such file, the note and the picker.
#[component]
pub fn LocalAnalysis(name: String, navigate: Callback<Route>) -> impl IntoView {
    let cube =
        OPENED.with(|opened| opened.borrow().as_ref().filter(|(opened, _)| *opened == name).map(|(_, c)| c.clone()));
    let body = match cube {
        Some(cube) => {
            let state = AnalysisState::new(Engine::new(cube));
            view! {
                <p class="notice local-file" data-testid="local-file-notice">
                    {labels::fill("local-notice", &[("file", &name)])}
                </p>
                <AnalysisView state address=local_query(&name) />
            }
            .into_any()
        }
        None => view! {
            <div class="notice local-file" role="status" data-testid="local-file-missing">
                <p>{labels::fill("local-missing", &[("file", &name)])}</p>
            </div>
            <OpenCube navigate />
        }
        .into_any(),
    };
    view! {
        <main class="analyser">
            <BackLink navigate />
            {body}
        </main>
    }
}
