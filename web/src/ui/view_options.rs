//! The view options of an analysis — hidden processes, logarithmic y, normalised shapes,
//! projector mode and whether plots have a ratio panel — provided once by the analysis view
//! through Leptos context, so a component deep in the page reads them with
//! [`ViewOptions::expect`] instead of having them handed down through every component between.

use leptos::prelude::*;

use crate::model::view_state::ViewState;

/// The options, each a signal the page's toggles write; `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct ViewOptions {
    /// `hidden[p]` for process `p` of the manifest: left out of the plots and of s, b and Z.
    pub hidden: RwSignal<Vec<bool>>,
    pub log_y: RwSignal<bool>,
    /// Normalised shapes instead of the stack.
    pub shapes: RwSignal<bool>,
    /// High contrast, large text, thick lines.
    pub projector: RwSignal<bool>,
    /// The cube holds both data and simulation, so plots get a data / simulation ratio panel
    /// (fixed for an analysis).
    pub ratio: bool,
}

impl ViewOptions {
    /// The options of `view` (a link's), provided to every component below the caller.
    pub fn provide(view: &ViewState, ratio: bool) -> Self {
        let options = Self {
            hidden: RwSignal::new(view.hidden.clone()),
            log_y: RwSignal::new(view.log_y),
            shapes: RwSignal::new(view.shapes),
            projector: RwSignal::new(view.projector),
            ratio,
        };
        provide_context(options);
        options
    }

    /// The options of the analysis view around the caller.
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// Shows or hides a legend or yields entry's processes together: a group (all data
    /// processes) turns on together unless every member is shown.
    pub fn toggle_processes(&self, targets: &[usize]) {
        self.hidden.update(|hidden| {
            let show = targets.iter().any(|&p| hidden[p]);
            targets.iter().for_each(|&p| hidden[p] = !show);
        });
    }

    /// [`Self::toggle_processes`] as the callback the legend and the yields panel take.
    pub fn toggle_callback(&self) -> Callback<Vec<usize>> {
        let options = *self;
        Callback::new(move |targets: Vec<usize>| options.toggle_processes(&targets))
    }

    /// Which processes count (the shown ones), for s, b and Z.
    pub fn enabled(&self) -> Signal<Vec<bool>> {
        let hidden = self.hidden;
        Signal::derive(move || hidden.with(|hidden| hidden.iter().map(|h| !h).collect()))
    }
}
