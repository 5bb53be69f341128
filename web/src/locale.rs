//! The page's language in the browser: chosen once at start, from `?lang=`, then the browser's
//! preferred languages, then English (`i18n::negotiate`), and a picker that switches it.
//!
//! The catalogue itself lives in [`crate::model::labels`] (plain Rust, tested natively); this
//! module reads the page's address and `navigator.languages`, installs the language, sets
//! `<html lang>` and the document title, and draws the picker. Only English is compiled into the
//! wasm; another language's interface and guides are downloaded from `i18n/<lang>/` (copied
//! into the build by Trunk and precached by the service worker) before the app mounts, so the
//! page never mixes languages. The explanations, glossary and teacher page texts, English's
//! included, are downloaded when a page showing them opens ([`ensure`]). If they cannot be downloaded the page is English, and the analysis
//! view's notice of link parts it could not use says so ([`unavailable`]). Switching language reloads the page with the new `?lang=`: the whole
//! view is in the address, so nothing is lost, the service worker serves the reload from its
//! cache, and no component needs to re-render on a language change.

use std::cell::RefCell;

use i18n::{Catalogue, Group};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::labels;
use crate::ui::loader::{fetch_each, fetch_texts, LoadError};
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
    let browser: Vec<String> = window.navigator().languages().iter().filter_map(|value| value.as_string()).collect();
    i18n::negotiate(requested.as_deref(), &browser)
}

/// Installs `lang` — from the files compiled in, or downloaded when the build leaves it out —
/// and labels the document with it. On a failed download the page stays English
/// ([`unavailable`]). `first_page` is the group of texts the first page shows beyond the
/// interface and guides ([`Route::texts`](crate::model::catalog::Route::texts)): its files are
/// requested together with the language's, so that page costs no second round trip (if they
/// fail, the page asks again and says so). Await it once, before the first component renders.
pub async fn start(lang: Lang, first_page: Option<Group>) {
    let start_files: Vec<(Lang, Group)> = if lang.is_embedded() {
        Vec::new()
    } else {
        Group::ALL.into_iter().filter(|g| !g.on_demand()).map(|g| (lang, g)).collect()
    };
    let page_files: Vec<(Lang, Group)> = first_page
        .map(|group| {
            let mut langs = vec![lang];
            if lang != Lang::En {
                langs.push(Lang::En);
            }
            langs.into_iter().filter(|l| !l.embeds(group)).map(|l| (l, group)).collect()
        })
        .unwrap_or_default();
    // Every file at once: on a slow network they share the round trips.
    let urls: Vec<String> = start_files.iter().chain(&page_files).map(|&(lang, group)| file_url(lang, group)).collect();
    let mut texts = fetch_each(&urls).await.into_iter();
    let start_texts: Vec<_> = texts.by_ref().take(start_files.len()).collect();
    if lang.is_embedded() {
        labels::set_language(lang);
    } else {
        match start_texts.into_iter().collect::<Result<Vec<String>, LoadError>>() {
            Ok(sources) => labels::install(Catalogue::from_sources(lang, sources.into_iter().map(leak))),
            Err(error) => {
                // The catalogue is still English's here, as the page will be.
                let why =
                    labels::fill("error-language-unavailable", &[("lang", lang.code()), ("reason", &error.message())]);
                UNAVAILABLE.with(|u| *u.borrow_mut() = Some(why));
                labels::set_language(Lang::En);
            }
        }
    }
    // The first page's texts that arrived, for the language the page ended up in.
    let page_lang = labels::language();
    for ((lang, group), text) in page_files.into_iter().zip(texts) {
        if let (Ok(text), true) = (text, lang == page_lang || lang == Lang::En) {
            labels::add(lang, group, leak(text));
        }
    }
    let document = leptos::prelude::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", labels::language().code());
    }
    document.set_title(&labels::text("app-title"));
}

/// Downloads what the page still needs of `group` ([`labels::missing`]: the page language's
/// file and English's, all requested at once) and adds it to the page's words; a page showing
/// that group awaits this first. The error names the file that could not be had.
pub async fn ensure(group: Group) -> Result<(), LoadError> {
    let needed = labels::missing(group);
    if needed.is_empty() {
        return Ok(());
    }
    let urls: Vec<String> = needed.iter().map(|&lang| file_url(lang, group)).collect();
    let texts = fetch_texts(&urls).await?;
    for (lang, text) in needed.into_iter().zip(texts) {
        labels::add(lang, group, leak(text));
    }
    Ok(())
}

/// A language file's address, relative to the page (Trunk copies `i18n/` into the build).
fn file_url(lang: Lang, group: Group) -> String {
    format!("i18n/{}/{}", lang.code(), group.file_name())
}

/// The page's words live for the rest of its life, as the compiled-in English does.
fn leak(text: String) -> &'static str {
    text.leak()
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
