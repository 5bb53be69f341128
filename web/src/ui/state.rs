//! The engine as shared, reactive state.
//!
//! The engine is large and updated in place, so it is not cloned into signals: it sits in a
//! [`StoredValue`] and a revision counter tells the components when to read it again. Every
//! change goes through [`AnalysisState`], which is what keeps the counter honest.

use crate::model::cut_controller::CutTarget;
use histcube::{AxisCut, CutError, Engine};
use leptos::prelude::*;

/// How long the selection must stay as it is to count as still ([`AnalysisState::is_still`]):
/// the pause after which the address is written too, so both follow one pause of the student's.
pub const STILL_AFTER: std::time::Duration = crate::ui::address::QUIET;

/// A handle to the engine; `Copy`, so components can capture it freely.
#[derive(Clone, Copy)]
pub struct AnalysisState {
    engine: StoredValue<Engine>,
    revision: RwSignal<u64>,
    still: RwSignal<bool>,
    /// When the selection last changed ([`crate::ui::now_ms`]) and whether a timer waits to
    /// mark it still.
    last_change: StoredValue<(f64, bool)>,
}

impl AnalysisState {
    pub fn new(engine: Engine) -> Self {
        Self {
            engine: StoredValue::new(engine),
            revision: RwSignal::new(0),
            still: RwSignal::new(true),
            last_change: StoredValue::new((0.0, false)),
        }
    }

    /// Whether the selection has stayed as it is for [`STILL_AFTER`] (true before its first
    /// change), re-running the calling effect when that changes. The plots hold their y axes
    /// while the selection moves (a drag, a held arrow key) and fit them once it is still.
    pub fn is_still(&self) -> bool {
        self.still.get()
    }

    /// Tells the readers that the selection changed, and that it is moving until it has been
    /// still for [`STILL_AFTER`].
    fn changed(&self) {
        self.revision.update(|r| *r += 1);
        if self.still.get_untracked() {
            self.still.set(false);
        }
        let start_timer = self.last_change.try_update_value(|(at, waiting)| {
            *at = crate::ui::now_ms();
            !std::mem::replace(waiting, true)
        });
        if start_timer == Some(true) {
            let state = *self;
            crate::ui::when_quiet(
                STILL_AFTER,
                move || state.last_change.try_get_value().map(|(at, _)| at),
                move || {
                    state.last_change.update_value(|(_, waiting)| *waiting = false);
                    _ = state.still.try_set(true);
                },
            );
        }
    }

    /// Reads the engine and re-runs the calling effect or view whenever the selection changes.
    pub fn with<R>(&self, read: impl FnOnce(&Engine) -> R) -> R {
        self.revision.track();
        self.engine.with_value(read)
    }

    /// Reads the engine without subscribing, for things that never change (the manifest).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Engine) -> R) -> R {
        self.engine.with_value(read)
    }

    /// How many times the selection has changed; the plot stamps it on its canvas.
    pub fn revision(&self) -> u64 {
        self.revision.get()
    }

    /// Removes every cut at once, telling the readers once rather than once per axis.
    pub fn clear_all_cuts(&self) {
        self.engine.update_value(Engine::clear_all_cuts);
        self.changed();
    }

    /// Replaces the engine (a blinded or unblinded cube's) and applies `cuts` to it, telling the
    /// readers once. A cut the new engine refuses is left off and its error returned.
    pub fn replace_engine(&self, engine: Engine, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
        let mut engine = engine;
        let result = CutTarget::set_cuts(&mut engine, cuts);
        self.engine.set_value(engine);
        self.changed();
        result
    }

    /// Replaces the cuts on several axes (`None` removes one), telling the readers once; on a
    /// refused cut the axes before it keep their new cuts and the error is returned.
    pub fn set_cuts(&self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
        if cuts.is_empty() {
            // Nothing changes, so no reader needs to redraw.
            return Ok(());
        }
        let result = self
            .engine
            .try_update_value(|engine| CutTarget::set_cuts(engine, cuts))
            .expect("the engine lives as long as the analysis view");
        self.changed();
        result
    }
}
