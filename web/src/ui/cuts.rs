//! The analysis view's cuts as reactive state: the [`CutController`] of `model/` in a signal,
//! applied to the engine through [`AnalysisState`], provided through Leptos context so the
//! controls, the cuts bar and the guide change cuts the same way (history, address).

use histcube::{AxisCut, CutError};
use leptos::prelude::*;

use crate::model::bin_cut::BinCut;
use crate::model::cut_controller::{CutController, CutTarget};
use crate::model::errors::AppError;
use crate::model::guide::cut_for;
use crate::model::history::UNDO_LIMIT;
use crate::ui::state::AnalysisState;

impl CutTarget for AnalysisState {
    fn set_cuts(&mut self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
        AnalysisState::set_cuts(self, cuts)
    }
}

/// A handle to the cuts; `Copy`.
#[derive(Clone, Copy)]
pub struct Cuts {
    controller: RwSignal<CutController>,
    state: AnalysisState,
    /// Why the engine refused the last cut change, until one succeeds.
    error: RwSignal<Option<AppError>>,
}

impl Cuts {
    /// Starts at `initial` (which the engine already has; its cuts count as applied in
    /// `preferred` order, then axis order) and provides the handle to every component below the
    /// caller.
    pub fn provide(state: AnalysisState, initial: Vec<BinCut>, preferred: &[usize]) -> Self {
        let cuts = Self {
            controller: RwSignal::new(CutController::new(initial, UNDO_LIMIT).with_preferred_order(preferred)),
            state,
            error: RwSignal::new(None),
        };
        provide_context(cuts);
        cuts
    }

    /// The cuts of the analysis view around the caller.
    pub fn expect() -> Self {
        expect_context::<Self>()
    }

    /// Reads the cut of every axis, subscribing to changes.
    pub fn with<R>(&self, read: impl FnOnce(&[BinCut]) -> R) -> R {
        self.controller.with(|controller| read(controller.cuts()))
    }

    /// Reads the cut of every axis and the axes cut in the order they were first cut,
    /// subscribing to changes (the cut flow).
    pub fn with_order<R>(&self, read: impl FnOnce(&[BinCut], &[usize]) -> R) -> R {
        self.controller.with(|controller| read(controller.cuts(), controller.applied_order()))
    }

    /// As [`Self::with_order`], without subscribing.
    pub fn with_order_untracked<R>(&self, read: impl FnOnce(&[BinCut], &[usize]) -> R) -> R {
        self.controller.with_untracked(|controller| read(controller.cuts(), controller.applied_order()))
    }

    /// Reads the cut of every axis without subscribing (event handlers).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&[BinCut]) -> R) -> R {
        self.controller.with_untracked(|controller| read(controller.cuts()))
    }

    pub fn can_undo(&self) -> bool {
        self.controller.with(CutController::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.controller.with(CutController::can_redo)
    }

    pub fn any_cut(&self) -> bool {
        self.controller.with(CutController::any_cut)
    }

    /// Why the engine refused the last cut change, if it did.
    pub fn error(&self) -> Option<AppError> {
        self.error.get()
    }

    /// The cut on `axis` changed (typed, stepped, dragged, a chip): one undo step.
    pub fn change_axis(&self, axis: usize, cut: BinCut) {
        self.run(|controller, state| controller.change_axis(axis, cut, state));
    }

    /// A guided step's "Show me": a cut like any other, undoable and in the address.
    pub fn show(&self, axis: usize, cut: &AxisCut) {
        let snapped = self.state.with_untracked(|engine| cut_for(&engine.cube().manifest().axes[axis], cut));
        if let Some(snapped) = snapped {
            self.change_axis(axis, snapped);
        }
    }

    pub fn reset_all(&self) {
        self.run(CutController::reset_all);
    }

    pub fn undo(&self) {
        self.run(CutController::undo);
    }

    pub fn redo(&self) {
        self.run(CutController::redo);
    }

    /// Runs one step of the controller. Readers hear of it only when the cuts moved; an
    /// engine's refusal is kept for the page to show, and cleared by the next change that works.
    fn run(&self, step: impl FnOnce(&mut CutController, &mut AnalysisState) -> Result<bool, CutError>) {
        let mut state = self.state;
        match self.controller.try_update_untracked(|controller| step(controller, &mut state)) {
            Some(Ok(true)) => {
                self.controller.notify();
                self.error.set(None);
            }
            Some(Err(error)) => {
                // The history may have moved (a step that could not be taken was put back).
                self.controller.notify();
                self.error.set(Some(AppError::Cut(error)));
            }
            Some(Ok(false)) | None => {}
        }
    }
}
