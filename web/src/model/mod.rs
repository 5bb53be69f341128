//! What the page shows, computed from the engine without touching the DOM.
//!
//! Nothing here does physics: the numbers come from [`histcube::Engine`] and
//! [`histcube::stats`]; these modules choose which of them to show and how to write them.

pub mod bin_cut;
pub mod catalog;
pub mod class_results;
pub mod cut_controller;
pub mod cut_flow;
pub mod embed_view;
pub mod errors;
pub mod event_display;
pub mod fit_view;
pub mod guide;
pub mod histogram;
pub mod history;
pub mod labels;
pub mod link_notice;
pub mod local_cube;
pub mod mystery;
pub mod numbers;
pub mod range_cut;
pub mod ticks;
pub mod uhi_export;
pub mod view_state;
pub mod worksheet;
pub mod yields;

#[cfg(test)]
pub(crate) mod fixtures;
