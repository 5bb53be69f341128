//! Saving what is on screen as files: a plot as PNG or SVG, every histogram as UHI JSON. Both are made in
//! the page and handed to the browser's download, so nothing needs a server.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

/// Offers `blob` to the user as a download named `file_name`.
fn save_blob(blob: &Blob, file_name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = leptos::prelude::document();
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has started reading the URL once the click's task is over; releasing it
    // later in a fresh task, rather than at once, keeps slower browsers from losing the file.
    let release = Closure::once_into_js(move || _ = Url::revoke_object_url(&url));
    leptos::prelude::window().set_timeout_with_callback(release.unchecked_ref())?;
    Ok(())
}

/// Saves the pixels of `canvas`, as drawn at the screen's density, as a PNG file.
pub fn download_canvas_png(canvas: &HtmlCanvasElement, file_name: &str) -> Result<(), JsValue> {
    let file_name = file_name.to_owned();
    // toBlob encodes off the main thread and calls back once; a null blob means the canvas is
    // empty or too large to encode, and there is then nothing to save.
    let on_encoded = Closure::once_into_js(move |blob: Option<Blob>| {
        if let Some(blob) = blob {
            _ = save_blob(&blob, &file_name);
        }
    });
    canvas.to_blob(on_encoded.unchecked_ref())
}

/// Saves `text` as a JSON file.
pub fn download_json(text: &str, file_name: &str) -> Result<(), JsValue> {
    download_text(text, "application/json", file_name)
}

/// Saves `text` as a file of media type `mime` (an SVG image, JSON).
pub fn download_text(text: &str, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    save_blob(&blob, file_name)
}
