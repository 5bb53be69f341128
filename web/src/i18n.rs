//! The page's language in the browser: chosen once at start, from `?lang=`, then the browser's
//! preferred languages, then English (`i18n::negotiate`), and a picker that switches it.
//!
//! The catalogue itself lives in [`crate::model::labels`] (plain Rust, tested natively); this
//! module reads the page's address and `navigator.languages`, installs the language, sets
//! `<html lang>` and the document title, and draws the picker. Only English is compiled into the
//! wasm; another language's four Fluent files are downloaded from `i18n/<lang>/` (copied into
//! the build by Trunk and precached by the service worker) before the app mounts, so the page
//! never mixes languages. If they cannot be downloaded the page is English, and the analysis
//! view's notice of link parts it could not use says so ([`unavailable`]). Switching language reloads the page with the new `?lang=`: the whole
//! view is in the address, so nothing is lost, the service worker serves the reload from its
//! cache, and no component needs to re-render on a language change.

use std::cell::RefCell;

use i18n::{Catalogue, Group};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::labels;
use crate::ui::loader::{fetch_texts, LoadError};
pub use i18n::Lang;

thread_local! {
    /// Why the language the page asked for is shown in English, if it could not be downloaded.
    static UNAVAILABLE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The language the page asks for: `?lang=`, then `navigator.languages`, then English.
pub fn requested() -> Lang {
    let window = leptos::prelude::window();
    let query = window.location().search().unwrap_or_default();
    let requested = query_value(&query, "lang");
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    i18n::negotiate(requested.as_deref(), &browser)
}

/// Installs `lang` — from the files compiled in, or downloaded when the build leaves it out —
/// and labels the document with it. On a failed download the page stays English
/// ([`unavailable`]). Await it once, before the first component renders.
pub async fn start(lang: Lang) {
    if lang.is_embedded() {
        labels::set_language(lang);
    } else {
        match download(lang).await {
            Ok(sources) => labels::install(Catalogue::from_sources(lang, sources)),
            Err(error) => {
                let why = format!("lang={} ({error}; the page is in English)", lang.code());
                UNAVAILABLE.with(|u| *u.borrow_mut() = Some(why));
                labels::set_language(Lang::En);
            }
        }
    }
    let document = leptos::prelude::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", labels::language().code());
    }
    document.set_title(&labels::text("app-title"));
}

/// The text of `lang`'s four files, all requested at once (the cube preload.js asked for keeps
/// downloading alongside), relative to the page. They live for the rest of the page's life, as
/// the compiled-in English does.
async fn download(lang: Lang) -> Result<Vec<&'static str>, LoadError> {
    let urls = Group::ALL.map(|group| format!("i18n/{}/{}", lang.code(), group.file_name()));
    let texts = fetch_texts(&urls).await?;
    Ok(texts.into_iter().map(|text| &*text.leak()).collect())
}

/// Why the page is in English rather than the language it asked for, when that language could
/// not be downloaded: the analysis view lists it among the parts of the link it could not use.
pub fn unavailable() -> Option<String> {
    UNAVAILABLE.with(|u| u.borrow().clone())
}

/// The value of `name` in a query string (`?a=1&lang=es`), percent-decoded.
fn query_value(query: &str, name: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok()?;
    params.get(name)
}

/// The current address with `?lang=` set to `lang` (other parameters kept), relative to the
/// page so it works under any path.
pub fn address_in(lang: Lang) -> String {
    crate::ui::settle_page_query();
    let location = leptos::prelude::window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).expect("a query string parses");
    params.set("lang", lang.code());
    let pathname = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    format!("{pathname}?{}{hash}", String::from(params.to_string()))
}

/// A `<select>` of the six languages, each written in itself; choosing one reloads the page in
/// that language.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = labels::language();
    let on_change = move |event: web_sys::Event| {
        let Some(select) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else { return };
        let Some(lang) = Lang::from_tag(&select.value()) else { return };
        if lang != current {
            let _ = leptos::prelude::window().location().replace(&address_in(lang));
        }
    };
    view! {
        <label class="language-picker">
            <span class="language-picker-label">{labels::text("lang-label")}</span>
            <select on:change=on_change data-testid="language-picker">
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() selected=lang == current lang=lang.code()>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
