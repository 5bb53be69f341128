//! What the page shows, computed from the engine without touching the DOM.
//!
//! Nothing here does physics: the numbers come from [`histcube::Engine`] and
//! [`histcube::stats`]; these modules choose which of them to show and how to write them.

pub mod catalog;
pub mod cut;
pub mod fit_view;
pub mod format;
pub mod guide;
pub mod histogram;
pub mod history;
pub mod labels;
pub mod local_cube;
pub mod selection;
pub mod view_state;
pub mod yields;

#[cfg(test)]
pub(crate) mod fixtures;
