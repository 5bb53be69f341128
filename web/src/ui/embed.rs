//! Embedding the analyser in another page (docs/embedding.md).
//!
//! - `?embed=1` asks for the compact view: no header or navigation, the one analysis of the
//!   address, and a link to open the full analyser in a new tab.
//! - Inside a frame, the page tells its parent how tall its content is, whenever that changes,
//!   by posting `{type: "histanalyser:resize", height}` (CSS pixels); `web/embed/host.js` on
//!   the host page sets the frame's height. The message carries nothing but a height, so it is
//!   posted to any origin; the host script checks that it comes from its own frame.
//! - A focused frame (`plots=`, `panel=`, `path=` …, [`crate::model::embed_view`]) is drawn by
//!   `ui::analysis`; [`OpenFullLink`] opens the same view, with the cuts made in the frame, in
//!   a new tab.
//! - [`EmbedButton`] is a small form (plots, controls, numbers, path, language, width) with a
//!   live preview frame and the code of exactly that frame.

use histcube::{Axis, GuidedPath};
use i18n::Lang;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::embed_view::{frame_address, frame_code, full_analyser_query, FocusedLayout, FrameWidth, Panel};
use crate::model::labels;
use crate::ui::address::app_address;

/// The message type of the resize protocol.
pub const RESIZE_MESSAGE: &str = "histanalyser:resize";

/// Whether the address asks for the compact embedded view (`?embed=1`).
pub fn requested() -> bool {
    let search = window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("embed")).is_some_and(|v| v == "1")
}

/// Whether this page is inside a frame of another page.
fn in_frame() -> bool {
    let window = window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// Starts posting the content height to the parent page whenever it changes; does nothing in a
/// top-level page. Call once at start.
pub fn post_height_changes() {
    if !in_frame() {
        return;
    }
    let Some(root) = document().document_element() else { return };
    let last = std::cell::Cell::new(-1.0f64);
    let post = move || {
        let Some(root) = document().document_element() else { return };
        // The root element's box is the content's height (the page never stretches it to the
        // viewport), so the frame can shrink as well as grow.
        let height = root.get_bounding_client_rect().height().ceil();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        if let Ok(Some(parent)) = window().parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}

/// The view query (`a=…&cut=…`) of the analysis on screen, followed as the reader cuts: the
/// analysis view writes it (`ui::analysis`), the "open the full analyser" link reads it.
#[derive(Clone, Copy)]
pub struct ViewQuery(pub RwSignal<String>);

/// Where `web/embed/host.js` is served, next to the app.
fn host_script_address() -> String {
    web_sys::Url::new_with_base("embed/host.js", &app_address())
        .map(|u| u.href())
        .unwrap_or_else(|_| "embed/host.js".to_owned())
}

/// What the manifest offers the Embed form: the axes (with their labels) and the guided paths.
#[derive(Clone)]
pub struct EmbedChoices {
    pub axes: Vec<Axis>,
    pub axis_labels: Vec<String>,
    pub paths: Vec<GuidedPath>,
    /// The axes that start ticked: those with a cut, else the first.
    pub first_plots: Vec<bool>,
}

/// The Embed button and its form: which plots, whether with their cut controls, which numbers,
/// which guided path, the language and the width; a preview frame of exactly the code below it.
#[component]
pub fn EmbedButton(choices: EmbedChoices, view_query: RwSignal<String>) -> impl IntoView {
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let choices = StoredValue::new(choices);
    let fields = FormFields {
        choices,
        plots: RwSignal::new(choices.with_value(|c| c.first_plots.clone())),
        controls: RwSignal::new(true),
        panel: RwSignal::new(Panel::Numbers),
        path: RwSignal::new(None::<usize>),
        lang: RwSignal::new(labels::language()),
        width: RwSignal::new(FrameWidth::Column),
    };
    let FormFields { plots, controls, panel, path, lang, width, .. } = fields;
    let src = Memo::new(move |_| {
        let layout = FocusedLayout {
            plots: plots.with(|p| (0..p.len()).filter(|&i| p[i]).collect()),
            controls: controls.get(),
            panel: panel.get(),
            path: path.get(),
        };
        choices.with_value(|c| {
            frame_address(&app_address(), &view_query.get(), Some(&layout), &c.axes, &c.paths, lang.get().code())
        })
    });
    let code = Memo::new(move |_| {
        frame_code(&src.get(), width.get(), &labels::text("embed-frame-title"), &host_script_address())
    });
    view! {
        <div class="embed">
            <button
                type="button"
                on:click=move |_| {
                    copied.set(false);
                    open.update(|o| *o = !*o);
                }
                aria-expanded=move || open.get().to_string()
                data-testid="embed-button"
            >
                {labels::text("embed-button")}
            </button>
            <Show when=move || open.get()>
                {move || {
                    let form = EmbedFormState { fields, src, code, copied, open };
                    crate::ui::later(crate::ui::deferred!(embed_panel(form)))
                }}
            </Show>
        </div>
    }
}

/// The form's choices, held by [`EmbedButton`] so that closing and reopening the form keeps
/// them: which plots, with their cut controls or not, which numbers, which path, the language
/// and the frame's width.
#[derive(Clone, Copy)]
struct FormFields {
    choices: StoredValue<EmbedChoices>,
    plots: RwSignal<Vec<bool>>,
    controls: RwSignal<bool>,
    panel: RwSignal<Panel>,
    path: RwSignal<Option<usize>>,
    lang: RwSignal<Lang>,
    width: RwSignal<FrameWidth>,
}

/// What the open form edits and shows: its fields, the frame's address and code, whether the
/// code was copied, and whether the form is open.
struct EmbedFormState {
    fields: FormFields,
    src: Memo<String>,
    code: Memo<String>,
    copied: RwSignal<bool>,
    open: RwSignal<bool>,
}

/// The open form, its code and its preview frame. A split point (`crate::ui::deferred!`): it is
/// fetched the first time someone opens the form.
#[cfg_attr(wasm_split, leptos::wasm_split::wasm_split(embed_form, fallible, wasm_split_path = ::leptos::wasm_split))]
fn embed_panel(form: EmbedFormState) -> Result<AnyView, crate::ui::PartNotLoaded> {
    let EmbedFormState { fields, src, code, copied, open } = form;
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&code.get_untracked());
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
            }
        });
    };
    Ok(view! {
        <div class="embed-panel" role="dialog" aria-labelledby="embed-heading" data-testid="embed-panel">
            <h2 id="embed-heading">{labels::text("embed-heading")}</h2>
            <p class="hint">{labels::text("embed-hint")}</p>
            <EmbedForm fields />
            <textarea readonly rows="4" data-testid="embed-code" prop:value=move || code.get()></textarea>
            <div class="embed-actions">
                <button type="button" on:click=copy>
                    {move || labels::text(if copied.get() { "embed-copied" } else { "embed-copy" })}
                </button>
                <button type="button" on:click=move |_| open.set(false)>{labels::text("embed-close")}</button>
            </div>
            <h3 class="embed-preview-heading">{labels::text("embed-preview")}</h3>
            <PreviewFrame src width=fields.width />
        </div>
    }
    .into_any())
}

/// The form's fields.
#[component]
fn EmbedForm(fields: FormFields) -> impl IntoView {
    let FormFields { choices, plots, controls, panel, path, lang, width } = fields;
    let plot_boxes = choices.with_value(|c| {
        c.axes
            .iter()
            .zip(&c.axis_labels)
            .enumerate()
            .map(|(index, (axis, label))| {
                view! {
                    <label class="embed-check">
                        <input
                            type="checkbox"
                            data-testid=format!("embed-plot-{}", axis.id)
                            prop:checked=move || plots.with(|p| p[index])
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                plots.update(|p| p[index] = on);
                            }
                        />
                        {label.clone()}
                    </label>
                }
            })
            .collect_view()
    });
    let panel_options = Panel::ALL
        .into_iter()
        .map(|p| {
            let key = format!("embed-panel-{}", p.id());
            view! { <option value=p.id() selected=move || panel.get() == p>{labels::text(&key)}</option> }
        })
        .collect_view();
    let path_options = choices.with_value(|c| {
        c.paths
            .iter()
            .enumerate()
            .map(|(index, p)| {
                view! {
                    <option value=p.id.clone() selected=move || path.get() == Some(index)>
                        {labels::text(&p.title_key)}
                    </option>
                }
            })
            .collect_view()
    });
    let has_paths = choices.with_value(|c| !c.paths.is_empty());
    let lang_options = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() selected=move || lang.get() == l lang=l.code()>{l.native_name()}</option> })
        .collect_view();
    let width_options = FrameWidth::CHOICES
        .into_iter()
        .map(|w| {
            let text = match w {
                FrameWidth::Column => labels::text("embed-width-column"),
                FrameWidth::Pixels(px) => labels::fill("embed-width-pixels", &[("px", &px.to_string())]),
            };
            view! { <option value=w.attribute() selected=move || width.get() == w>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="embed-form">
            <fieldset>
                <legend>{labels::text("embed-plots")}</legend>
                {plot_boxes}
            </fieldset>
            <label class="embed-check">
                <input
                    type="checkbox"
                    data-testid="embed-controls"
                    prop:checked=move || controls.get()
                    on:change=move |ev| controls.set(event_target_checked(&ev))
                />
                {labels::text("embed-controls")}
            </label>
            <label class="embed-field">
                <span>{labels::text("embed-panel")}</span>
                <select
                    data-testid="embed-panel-choice"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(p) = Panel::ALL.into_iter().find(|p| p.id() == value) {
                            panel.set(p);
                        }
                    }
                >
                    {panel_options}
                </select>
            </label>
            {has_paths
                .then(|| {
                    view! {
                        <label class="embed-field">
                            <span>{labels::text("embed-path")}</span>
                            <select
                                data-testid="embed-path"
                                on:change=move |ev| {
                                    let value = event_target_value(&ev);
                                    path.set(choices.with_value(|c| c.paths.iter().position(|p| p.id == value)));
                                }
                            >
                                <option value="" selected=move || path.get().is_none()>
                                    {labels::text("embed-path-none")}
                                </option>
                                {path_options}
                            </select>
                        </label>
                    }
                })}
            <label class="embed-field">
                <span>{labels::text("embed-language")}</span>
                <select
                    data-testid="embed-language"
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            lang.set(l);
                        }
                    }
                >
                    {lang_options}
                </select>
            </label>
            <label class="embed-field">
                <span>{labels::text("embed-width")}</span>
                <select
                    data-testid="embed-width"
                    on:change=move |ev| {
                        if let Some(w) = FrameWidth::of_attribute(&event_target_value(&ev)) {
                            width.set(w);
                        }
                    }
                >
                    {width_options}
                </select>
            </label>
        </div>
    }
}

/// The frame the code makes, at its width, resized by its own messages as `host.js` would.
#[component]
fn PreviewFrame(src: Memo<String>, width: RwSignal<FrameWidth>) -> impl IntoView {
    let frame = NodeRef::<html::Iframe>::new();
    let resize = window_event_listener(leptos::ev::message, move |ev| {
        let Some(frame) = frame.get_untracked() else { return };
        let from_preview = match (ev.source(), frame.content_window()) {
            (Some(source), Some(preview)) => js_sys::Object::is(&source, &preview),
            _ => false,
        };
        if !from_preview {
            return;
        }
        let data = ev.data();
        let is_resize = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string())
            == Some(RESIZE_MESSAGE.to_owned());
        let height = js_sys::Reflect::get(&data, &"height".into()).ok().and_then(|h| h.as_f64());
        if let (true, Some(height)) = (is_resize, height.filter(|h| h.is_finite())) {
            let height = height.clamp(200.0, 20_000.0);
            _ = web_sys::HtmlElement::style(&frame).set_property("height", &format!("{height}px"));
            _ = frame.set_attribute("data-histanalyser-height", &height.to_string());
        }
    });
    on_cleanup(move || resize.remove());
    view! {
        <div class="embed-preview">
            <iframe
                node_ref=frame
                src=move || src.get()
                width=move || width.get().attribute()
                height=crate::model::embed_view::INITIAL_FRAME_HEIGHT.to_string()
                title=labels::text("embed-frame-title")
                data-testid="embed-preview"
            ></iframe>
        </div>
    }
}

/// In the compact view, a link that opens the full analyser in a new tab: the view the reader
/// has made in the frame (cuts included), in the frame's language, without the embedding.
#[component]
pub fn OpenFullLink(view_query: RwSignal<String>) -> impl IntoView {
    let frame_query = window().location().search().unwrap_or_default();
    let path = window().location().pathname().unwrap_or_default();
    let href = move || {
        let query = full_analyser_query(&view_query.get(), &frame_query);
        if query.is_empty() {
            path.clone()
        } else {
            format!("{path}?{query}")
        }
    };
    view! {
        <a class="open-full" href=href target="_blank" rel="noopener" data-testid="open-full">
            {labels::text("embed-open-full")}
        </a>
    }
}
