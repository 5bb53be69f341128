//! Fetching a cube and opening it, with errors a student can read.

use std::fmt;

use histcube::{CubeError, Engine};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the page has no cube to show.
#[derive(Debug, PartialEq)]
pub enum LoadError {
    /// The request itself failed (offline, blocked, refused).
    Network { url: String, reason: String },
    /// The server answered, but not with the file.
    Http { url: String, status: u16, status_text: String },
    /// The bytes arrived but are not a usable cube.
    Cube { url: String, error: CubeError },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { url, reason } => write!(f, "could not load {url}: {reason}"),
            LoadError::Http { url, status, status_text } => {
                write!(f, "could not load {url}: the server answered {status}")?;
                if status_text.is_empty() { Ok(()) } else { write!(f, " {status_text}") }
            }
            LoadError::Cube { url, error } => write!(f, "{url} cannot be used: {error}"),
        }
    }
}

/// Downloads `url` and builds the engine for it.
pub async fn load_engine(url: &str) -> Result<Engine, LoadError> {
    let bytes = fetch_bytes(url).await?;
    open_cube(&bytes).map_err(|error| LoadError::Cube { url: url.to_owned(), error })
}

/// Decodes cube bytes (checking signature, version, length and checksum) into an engine.
pub fn open_cube(bytes: &[u8]) -> Result<Engine, CubeError> {
    histcube::decode(bytes).map(Engine::new)
}

/// The body of a GET request, or why there is none.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let network = |value: JsValue| LoadError::Network { url: url.to_owned(), reason: describe(&value) };
    let window = web_sys::window().ok_or_else(|| network(JsValue::from_str("there is no browser window")))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(network)?.unchecked_into();
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_owned(), status: response.status(), status_text: response.status_text() });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The message of a JavaScript error, or its debug form for anything else that was thrown.
fn describe(value: &JsValue) -> String {
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => value.as_string().unwrap_or_else(|| format!("{value:?}")),
    }
}
