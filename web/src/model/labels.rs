//! The page's words: the label keys a cube's manifest carries (`analysis.hzz4l.title`,
//! `axis.m4l`, `process.zz` …) and the interface's own keys, in the page's language.
//!
//! The text lives in the Fluent catalogues under `i18n/` (crate `i18n`); manifest keys are
//! written with dots and found under the same name with dashes (`axis.m4l` → `axis-m4l`). The
//! page's language is set once at start ([`set_language`] or [`install`], from `crate::locale` in
//! the browser); until then, and in native tests, it is English. A message the language lacks is
//! shown in English, and a key no language has as the identifier inside it, which is what the
//! cube calls the thing and never an empty label.

use std::cell::RefCell;

pub use i18n::Arg;
use i18n::{Catalogue, Group, Lang};

thread_local! {
    // The page is single-threaded; each native test thread starts in English.
    static CATALOGUE: RefCell<Catalogue> = RefCell::new(Catalogue::new(Lang::En));
    /// The files added to the catalogue since it was installed ([`add`]).
    static ADDED: RefCell<Vec<(Lang, Group)>> = const { RefCell::new(Vec::new()) };
}

/// Makes `catalogue` the page's words from now on: how the browser installs a language it
/// downloaded (`crate::locale`).
pub fn install(catalogue: Catalogue) {
    CATALOGUE.with(|c| *c.borrow_mut() = catalogue);
    ADDED.with(|added| added.borrow_mut().clear());
}

/// Makes `lang` the language of every text from now on, from the files compiled in (English
/// only in the browser app; every language natively and in the wasm tests).
pub fn set_language(lang: Lang) {
    if language() != lang {
        install(Catalogue::new(lang));
    }
}

/// The languages whose file of `group` the page still needs before it can show that group's
/// texts: its own language's and English's (the fallback), unless the build carries them
/// or [`add`] has added them. Empty for the groups every build carries and, natively, always.
pub fn missing(group: Group) -> Vec<Lang> {
    let page = language();
    let mut needed = vec![page];
    if page != Lang::En {
        needed.push(Lang::En);
    }
    needed.retain(|&lang| !lang.embeds(group) && !ADDED.with(|added| added.borrow().contains(&(lang, group))));
    needed
}

/// Adds `lang`'s file of `group` (downloaded when a page needs it) to the page's words.
pub fn add(lang: Lang, group: Group, source: &'static str) {
    CATALOGUE.with(|c| c.borrow_mut().add(lang, source));
    ADDED.with(|added| added.borrow_mut().push((lang, group)));
}

/// The page's language.
pub fn language() -> Lang {
    CATALOGUE.with(|c| c.borrow().lang())
}

/// The text of a key in the page's language.
pub fn text(key: &str) -> String {
    CATALOGUE.with(|c| c.borrow().text(key))
}

/// The text of a key in the page's language or English, `None` when neither has it: for texts
/// that exist for some ids only (the ages a path's worksheet suits).
pub fn optional_text(key: &str) -> Option<String> {
    CATALOGUE.with(|c| c.borrow().get(key, &[]))
}

/// The text of a key with its `{ $name }` placeholders filled; numbers are written the
/// language's way.
pub fn format(key: &str, args: &[(&str, Arg)]) -> String {
    CATALOGUE.with(|c| c.borrow().format(key, args))
}

/// The text of an interface key with each placeholder replaced by a ready-written value.
pub fn fill(key: &str, values: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = values.iter().map(|(name, value)| (*name, Arg::from(*value))).collect();
    format(key, &args)
}

/// Like [`fill`], but `None` instead of a second panic when the catalogue is in use or gone —
/// for the panic hook, which may run while a text is being made.
pub fn fill_if_free(key: &str, values: &[(&str, &str)]) -> Option<String> {
    let args: Vec<(&str, Arg)> = values.iter().map(|(name, value)| (*name, Arg::from(*value))).collect();
    CATALOGUE.try_with(|c| c.try_borrow().ok().map(|c| c.format(key, &args))).ok().flatten()
}

/// The text of a key before and after its placeholder `name`, for a message whose value is
/// shown in an element of its own: "(832 events)" → ("(", " events)").
pub fn around(key: &str, name: &str) -> (String, String) {
    const MARK: &str = "\u{1}";
    let text = format(key, &[(name, Arg::from(MARK))]);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (text, String::new()),
    }
}

/// A number written the page language's way with `decimals` decimals.
pub fn number(value: f64, decimals: usize) -> String {
    CATALOGUE.with(|c| c.borrow().number(value, decimals))
}

/// The short symbol of an axis label for plot titles: the text before the first comma.
pub fn short(label: &str) -> &str {
    label.split(',').next().unwrap_or(label).trim()
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn known_keys_read_in_the_page_language() {
        set_language(Lang::En);
        assert_eq!(text("process.zz"), "ZZ*");
        assert_eq!(short(&text("axis.m4l")), "m₄ℓ");
        assert_eq!(text("category.channel.2e2mu"), "2e2μ");
        set_language(Lang::Es);
        assert_eq!(text("process-data"), "Datos");
        assert_eq!(short(&text("axis.njets")), "Número de jets");
        assert_eq!(number(1234.5, 2), "1234,50");
        set_language(Lang::En);
        assert_eq!(number(1234.5, 2), "1234.50");
    }

    #[test]
    fn placeholders_are_filled() {
        set_language(Lang::En);
        assert_eq!(fill("cut-legend", &[("axis", "m₄ℓ")]), "Cut on m₄ℓ");
        assert_eq!(format("guide-step", &[("n", Arg::from(2usize)), ("total", Arg::from(5usize))]), "Step 2 of 5");
        assert_eq!(around("yields-data-events", "count"), ("(".to_owned(), " events)".to_owned()));
    }

    #[test]
    fn a_build_with_every_group_needs_no_download() {
        set_language(Lang::Es);
        // Natively, and in the wasm tests (`embed-all`), every language carries every group.
        for group in Group::ALL {
            assert_eq!(missing(group), Vec::<Lang>::new(), "{group:?}");
        }
        set_language(Lang::En);
    }

    #[test]
    fn unknown_keys_fall_back_to_their_identifier() {
        assert_eq!(text("analysis.newthing.title"), "newthing");
        assert_eq!(text("axis.lep_pt_0"), "lep_pt_0");
        assert_eq!(text("plain"), "plain");
    }
}
