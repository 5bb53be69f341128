//! The page's address: the view's query string written into it without a reload, new history
//! entries for page changes, and reading it back.
//!
//! A view change (a cut, an option) rewrites the address with `history.replaceState` once the
//! view has been still for [`QUIET`] ([`schedule_page_query`]), not at every change: each new
//! address costs the browser more than the call itself, since Chromium keeps page icons per page
//! address and so fetches and decodes the icon again for every new one. Measured in headless
//! Chromium at 4× CPU slowdown on hww, a cut step carried 20–25 ms of that work (two icon
//! loads with an SVG decode, and the same-document navigation) where the step itself takes 15–30 ms; a
//! held arrow key now writes the address once, when it is let go. Whatever reads or replaces the
//! address (a link to another page, the language picker, the embedding code) writes a waiting
//! view first ([`settle_page_query`]), and so does leaving the page.

use leptos::prelude::*;

use crate::model::view_state::with_page_params;

/// How long the view must stay unchanged before its query string is written into the address.
pub const QUIET: std::time::Duration = std::time::Duration::from_millis(300);

/// The view's query string waiting to be written into the address bar, when it last changed
/// (`performance.now()`, ms) and whether a timer to write it is running.
struct PendingQuery {
    query: Option<String>,
    changed_at: f64,
    timer_running: bool,
}

thread_local! {
    static PENDING_QUERY: std::cell::RefCell<PendingQuery> =
        const { std::cell::RefCell::new(PendingQuery { query: None, changed_at: 0.0, timer_running: false }) };
}

/// Puts `query` in the address bar in place of the current one (without a reload) once no
/// other view change has come for [`QUIET`]; the calls in between write only the last query.
/// [`settle_page_query`] writes it at once.
pub fn schedule_page_query(query: String) {
    let start_timer = PENDING_QUERY.with(|pending| {
        let mut pending = pending.borrow_mut();
        pending.query = Some(query);
        pending.changed_at = crate::ui::now_ms();
        !std::mem::replace(&mut pending.timer_running, true)
    });
    if start_timer {
        crate::ui::when_quiet(
            QUIET,
            || Some(PENDING_QUERY.with(|pending| pending.borrow().changed_at)),
            || {
                PENDING_QUERY.with(|pending| pending.borrow_mut().timer_running = false);
                settle_page_query();
            },
        );
    }
}

/// Writes the view's query string into the address bar now if it is waiting to be written:
/// whatever reads or replaces the address (a link to another page, the language picker, the
/// embedding code) calls this first, so it sees the view on screen.
pub fn settle_page_query() {
    if let Some(query) = PENDING_QUERY.with(|pending| pending.borrow_mut().query.take()) {
        replace_page_query(&query);
    }
}

/// Forgets the view's query string waiting to be written, if any.
pub fn discard_page_query() {
    PENDING_QUERY.with(|pending| pending.borrow_mut().query = None);
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
