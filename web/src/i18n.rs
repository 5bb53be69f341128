//! The page's language in the browser: chosen once at start, from `?lang=`, then the browser's
//! preferred languages, then English (`i18n::negotiate`), and a picker that switches it.
//!
//! The catalogue itself lives in [`crate::model::labels`] (plain Rust, tested natively); this
//! module reads the page's address and `navigator.languages`, sets `<html lang>` and the
//! document title, and draws the picker. Switching language reloads the page with the new
//! `?lang=`: the whole view is in the address, so nothing is lost, the service worker serves the
//! reload from its cache, and no component needs to re-render on a language change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::labels;
pub use i18n::Lang;

/// Chooses the page's language, installs its catalogue and labels the document with it.
/// Call once, before the first component renders.
pub fn start() -> Lang {
    let window = leptos::prelude::window();
    let query = window.location().search().unwrap_or_default();
    let requested = query_value(&query, "lang");
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    let lang = i18n::negotiate(requested.as_deref(), &browser);
    labels::set_language(lang);
    let document = leptos::prelude::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(&labels::text("app-title"));
    lang
}

/// The value of `name` in a query string (`?a=1&lang=es`), percent-decoded.
fn query_value(query: &str, name: &str) -> Option<String> {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok()?;
    params.get(name)
}

/// The current address with `?lang=` set to `lang` (other parameters kept), relative to the
/// page so it works under any path.
pub fn address_in(lang: Lang) -> String {
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
