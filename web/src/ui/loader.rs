//! Fetching a cube and opening it, with errors a student can read.

use histcube::{Cube, CubeError, Engine};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::labels;

pub use crate::model::errors::LoadError;

/// Downloads `url` and builds the engine for it.
pub async fn load_engine(url: &str) -> Result<Engine, LoadError> {
    load_engine_with_progress(url, |_, _| {}).await
}

/// As [`load_engine`], calling `progress(received, total)` as the bytes arrive (`total` from
/// the response's Content-Length, `None` when the server does not say).
pub async fn load_engine_with_progress(url: &str, progress: impl Fn(u64, Option<u64>)) -> Result<Engine, LoadError> {
    load_cube_with_progress(url, progress).await.map(Engine::new)
}

/// As [`load_engine_with_progress`], the cube itself, for a page that changes it before use
/// (a mystery sample's pseudo-data).
pub async fn load_cube_with_progress(url: &str, progress: impl Fn(u64, Option<u64>)) -> Result<Cube, LoadError> {
    let bytes = fetch_bytes_with_progress(url, progress).await?;
    decode_cube(url, &bytes)
}

/// The cube in `bytes`, downloaded from `url` (named in the error).
pub fn decode_cube(url: &str, bytes: &[u8]) -> Result<Cube, LoadError> {
    histcube::decode(bytes).map_err(|error| LoadError::Cube { url: url.to_owned(), error })
}

/// The body of a GET request read chunk by chunk from its stream, reporting progress after
/// each chunk; falls back to reading it whole where the browser gives no stream.
pub async fn fetch_bytes_with_progress(url: &str, progress: impl Fn(u64, Option<u64>)) -> Result<Vec<u8>, LoadError> {
    let network = |value: JsValue| LoadError::Network { url: url.to_owned(), reason: describe(&value) };
    let response = fetch_response(url).await?;
    // A compressed response's Content-Length counts compressed bytes; the stream gives
    // uncompressed ones, so the total is only trusted when nothing was encoded.
    let headers = response.headers();
    let encoded = headers.get("content-encoding").ok().flatten().is_some_and(|e| !e.is_empty() && e != "identity");
    let total =
        headers.get("content-length").ok().flatten().and_then(|l| l.trim().parse::<u64>().ok()).filter(|_| !encoded);
    let Some(body) = response.body() else {
        let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        progress(bytes.len() as u64, total);
        return Ok(bytes);
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    progress(0, total);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(network)?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done")).map_err(network)?;
        if done.as_bool().unwrap_or(false) {
            break;
        }
        let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).map_err(network)?;
        let part: js_sys::Uint8Array = value.unchecked_into();
        let start = bytes.len();
        bytes.resize(start + part.length() as usize, 0);
        part.copy_to(&mut bytes[start..]);
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}

/// The text of a GET request (the catalog).
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let bytes = fetch_bytes(url).await?;
    text_of(url, bytes)
}

/// Starts a GET of `url` at once — the request is on its way before the returned future is
/// first awaited, unlike [`fetch_text`] — and gives its text when awaited: for a file to
/// download alongside others the page waits for first (the catalog, beside the language).
pub fn fetch_text_now(url: &str) -> impl std::future::Future<Output = Result<String, LoadError>> {
    let url = url.to_owned();
    let request = browser_window(&url).map(|window| window.fetch_with_str(&url));
    async move {
        let response = response_to(&url, request?).await?;
        text_of(&url, body_of(&url, response).await?)
    }
}

/// The texts of GET requests for every URL, all started at once so that on a slow network they
/// share the round trips (a language's files), in order; or the first failure.
pub async fn fetch_texts(urls: &[String]) -> Result<Vec<String>, LoadError> {
    let window = browser_window(urls.first().map_or("", String::as_str))?;
    let requests: Vec<js_sys::Promise> = urls.iter().map(|url| window.fetch_with_str(url)).collect();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, request) in urls.iter().zip(requests) {
        let response = response_to(url, request).await?;
        texts.push(text_of(url, body_of(url, response).await?)?);
    }
    Ok(texts)
}

/// Like [`fetch_texts`], but every request's own outcome, so one failed file does not hide
/// the others.
pub async fn fetch_each(urls: &[String]) -> Vec<Result<String, LoadError>> {
    let Some(window) = web_sys::window() else {
        return urls.iter().map(|url| browser_window(url).map(|_| String::new())).collect();
    };
    let requests: Vec<js_sys::Promise> = urls.iter().map(|url| window.fetch_with_str(url)).collect();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, request) in urls.iter().zip(requests) {
        let text = match response_to(url, request).await {
            Ok(response) => body_of(url, response).await.and_then(|bytes| text_of(url, bytes)),
            Err(error) => Err(error),
        };
        texts.push(text);
    }
    texts
}

fn text_of(url: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| LoadError::Network { url: url.to_owned(), reason: e.to_string() })
}

/// Decodes cube bytes (checking signature, version, length and checksum) into an engine.
pub fn open_cube(bytes: &[u8]) -> Result<Engine, CubeError> {
    histcube::decode(bytes).map(Engine::new)
}

/// The response to a GET request if it succeeded (2xx), or why not.
async fn fetch_response(url: &str) -> Result<web_sys::Response, LoadError> {
    response_to(url, browser_window(url)?.fetch_with_str(url)).await
}

fn browser_window(url: &str) -> Result<web_sys::Window, LoadError> {
    web_sys::window().ok_or_else(|| LoadError::Network { url: url.to_owned(), reason: labels::text("error-no-window") })
}

/// The response a request under way (`fetch()`'s promise) settles to if it succeeded (2xx), or
/// why not.
async fn response_to(url: &str, request: js_sys::Promise) -> Result<web_sys::Response, LoadError> {
    let network = |value: JsValue| LoadError::Network { url: url.to_owned(), reason: describe(&value) };
    let response: web_sys::Response = JsFuture::from(request).await.map_err(network)?.unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    Ok(response)
}

/// The body of a GET request, or why there is none.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    body_of(url, fetch_response(url).await?).await
}

async fn body_of(url: &str, response: web_sys::Response) -> Result<Vec<u8>, LoadError> {
    let network = |value: JsValue| LoadError::Network { url: url.to_owned(), reason: describe(&value) };
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The message of a JavaScript error or a thrown string; empty for anything else that was
/// thrown (the page then says the browser gave no reason).
pub fn describe(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => value.as_string().unwrap_or_default(),
    }
}
