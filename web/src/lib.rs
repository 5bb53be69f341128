//! The browser front end of the histogram analyser for ATLAS Open Data.
//!
//! It fetches a histcube cube, builds a [`histcube::Engine`] and shows one linked histogram per
//! axis — the simulated processes stacked, the data as points with Poisson error bars — each with
//! a cut control (a bin-edge range, or category chips) and every cut applied but its own, a line
//! naming every cut, and the yields and significance of the selection. Every number on the page
//! comes from histcube; this crate only decides how to show it.
//!
//! [`model`] turns engine results into what is drawn and printed (cut snapping, category
//! choices, the cut summary, stacks, yield rows, number formats, English labels). It is plain Rust, so it is tested natively as well as in
//! the browser. [`ui`] holds the Leptos components and the canvas drawing and exists only on
//! `wasm32`, which keeps `cargo test --workspace` from building a web framework natively.

pub mod model;

#[cfg(target_arch = "wasm32")]
pub mod locale;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::mount;

// In the wasm test pass the view model's unit tests run in headless Chromium too, so the logic is
// checked as compiled for the browser, not only natively.
#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
