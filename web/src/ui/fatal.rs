//! The last line of defence against a blank page: a panic is reported on the page itself.

use wasm_bindgen::JsCast;

/// Installs a panic hook that logs to the console (with the Rust location) and puts a readable
/// alert at the top of the page, since after a panic the app can no longer update anything.
pub fn show_panics_on_the_page() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let detail = info.to_string();
        let message =
            crate::model::labels::fill_if_free("app-internal-error", &[("detail", &detail)]).unwrap_or_else(|| {
                format!("The analyser stopped because of an internal error ({detail}). Reload the page to start again.")
            });
        show_alert(&message);
    }));
}

fn show_alert(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(alert) = document.create_element("div") else { return };
    alert.set_class_name("banner banner-fatal");
    _ = alert.set_attribute("role", "alert");
    _ = alert.set_attribute("data-testid", "fatal-error");
    alert.set_text_content(Some(message));
    _ = body.prepend_with_node_1(alert.unchecked_ref());
}
