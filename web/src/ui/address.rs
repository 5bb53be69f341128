//! The page's address: the view's query string written into it without a reload, new history
//! entries for page changes, and reading it back.
//!
//! A view change (a cut, an option) rewrites the address with `history.replaceState` in a task
//! of its own queued by the change ([`schedule_page_query`]), not inside it: Chromium spends
//! about a millisecond on each call, which a cut step's plots and yields need not wait for, and
//! several changes before that task runs are written once. Whatever reads or replaces the
//! address (a link to another page, the language picker, the embedding code) writes a waiting
//! view first ([`settle_page_query`]).

use leptos::prelude::*;

use crate::model::view_state::with_page_params;

thread_local! {
    /// The view's query string waiting to be written into the address bar, and whether a task to
    /// write it is already queued (see [`schedule_page_query`]).
    static PENDING_QUERY: std::cell::RefCell<(Option<String>, bool)> = const { std::cell::RefCell::new((None, false)) };
}

/// Puts `query` in the address bar in place of the current one (without a reload) in a task
/// queued now, so a cut step does not wait for the browser's history machinery; several calls
/// before that task runs write only the last query. [`settle_page_query`] writes it at once.
pub fn schedule_page_query(query: String) {
    let queue = PENDING_QUERY.with(|pending| {
        let mut pending = pending.borrow_mut();
        pending.0 = Some(query);
        !std::mem::replace(&mut pending.1, true)
    });
    if queue {
        set_timeout(
            || {
                PENDING_QUERY.with(|pending| pending.borrow_mut().1 = false);
                settle_page_query();
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Writes the view's query string into the address bar now if it is waiting to be written:
/// whatever reads or replaces the address (a link to another page, the language picker, the
/// embedding code) calls this first, so it sees the view on screen.
pub fn settle_page_query() {
    if let Some(query) = PENDING_QUERY.with(|pending| pending.borrow_mut().0.take()) {
        replace_page_query(&query);
    }
}

/// Forgets the view's query string waiting to be written, if any.
pub fn discard_page_query() {
    PENDING_QUERY.with(|pending| pending.borrow_mut().0 = None);
}

/// The app's own address without query or fragment (`https://host/path/`): where frames of it,
/// the class page's links, a worksheet's QR code and a mystery's links point.
pub fn app_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match web_sys::Url::new(&href) {
        Ok(url) => {
            url.set_search("");
            url.set_hash("");
            url.href()
        }
        Err(_) => href,
    }
}

/// The page's query string, `""` when the browser gives none; a view change still waiting to
/// be written is written first.
pub fn page_query() -> String {
    settle_page_query();
    window().location().search().unwrap_or_default()
}

/// Opens `query` as a new history entry (a new page for the back button), without a reload.
pub fn push_page_query(query: &str) {
    let query = &with_page_params(query, &page_query());
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = if query.is_empty() { path } else { format!("{path}?{query}") };
    if let Ok(history) = window().history() {
        _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Puts `query` in the address bar in place of the current one, without a reload.
fn replace_page_query(query: &str) {
    let location = window().location();
    let current = location.search().unwrap_or_default();
    let query = &with_page_params(query, &current);
    if current.trim_start_matches('?') == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    if let Ok(history) = window().history() {
        _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
