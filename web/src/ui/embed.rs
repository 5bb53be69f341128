//! Embedding the analyser in another page (docs/embedding.md).
//!
//! - `?embed=1` asks for the compact view: no header or navigation, the one analysis of the
//!   address, and a link to open the full analyser in a new tab.
//! - Inside a frame, the page tells its parent how tall its content is, whenever that changes,
//!   by posting `{type: "histanalyser:resize", height}` (CSS pixels); `web/embed/host.js` on
//!   the host page sets the frame's height. The message carries nothing but a height, so it is
//!   posted to any origin; the host script checks that it comes from its own frame.
//! - [`EmbedButton`] shows the `<iframe>` code for the current view (cuts, language).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::labels;

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

/// The address of the current view in compact embedded mode.
pub fn embed_address() -> String {
    crate::ui::settle_page_query();
    let location = window().location();
    let href = location.href().unwrap_or_default();
    let Ok(url) = web_sys::Url::new(&href) else { return href };
    url.search_params().set("embed", "1");
    url.set_hash("");
    url.href()
}

/// Where `web/embed/host.js` is served, next to the app.
fn host_script_address() -> String {
    let href = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("embed/host.js", &href).map(|u| u.href()).unwrap_or_else(|_| "embed/host.js".to_owned())
}

/// HTML-escapes an attribute value.
fn attribute(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The code a host page pastes: the frame and the resize script.
pub fn embed_code() -> String {
    format!(
        "<iframe src=\"{}\" data-histanalyser title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\"></iframe>\n<script src=\"{}\" defer></script>",
        attribute(&embed_address()),
        attribute(&labels::text("embed-frame-title")),
        attribute(&host_script_address()),
    )
}

/// A button that opens a panel with the embedding code of the current view and a copy button.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let toggle = move |_| {
        if !open.get_untracked() {
            code.set(embed_code());
            copied.set(false);
        }
        open.update(|o| *o = !*o);
    };
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let promise = clipboard.write_text(&code.get_untracked());
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
            }
        });
    };
    view! {
        <div class="embed">
            <button type="button" on:click=toggle aria-expanded=move || open.get().to_string() data-testid="embed-button">
                {labels::text("embed-button")}
            </button>
            <Show when=move || open.get()>
                <div class="embed-panel" role="dialog" aria-labelledby="embed-heading" data-testid="embed-panel">
                    <h2 id="embed-heading">{labels::text("embed-heading")}</h2>
                    <p class="hint">{labels::text("embed-hint")}</p>
                    <textarea readonly rows="4" data-testid="embed-code" prop:value=move || code.get()></textarea>
                    <div class="embed-actions">
                        <button type="button" on:click=copy>
                            {move || labels::text(if copied.get() { "embed-copied" } else { "embed-copy" })}
                        </button>
                        <button type="button" on:click=move |_| open.set(false)>{labels::text("embed-close")}</button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// In the compact view, a link that opens the full analyser (same view, no `embed`) in a new tab.
#[component]
pub fn OpenFullLink() -> impl IntoView {
    let href = {
        let location = window().location();
        let href = location.href().unwrap_or_default();
        match web_sys::Url::new(&href) {
            Ok(url) => {
                url.search_params().delete("embed");
                url.href()
            }
            Err(_) => href,
        }
    };
    view! {
        <a class="open-full" href=href target="_blank" rel="noopener">
            {labels::text("embed-open-full")}
        </a>
    }
}
