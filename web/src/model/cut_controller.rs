//! The cuts of the analysis view and their history: go to a set of cuts, change one, reset,
//! undo and redo, keeping the engine and the controls in step.
//!
//! Plain Rust over anything that takes cuts ([`CutTarget`]: the engine natively, the app's
//! reactive engine handle in the browser), so every rule is tested natively:
//!
//! - only the axes whose cut changed are sent to the engine;
//! - the controls change only once the engine has accepted the cuts, so they never show a cut
//!   that the plots and yields do not; a refused cut puts the engine back as it was;
//! - a change the student makes is one undo step; going to the cuts already shown is none;
//! - an undo or redo the engine refuses is not taken;
//! - the axes cut are remembered in the order they were first cut (the cut flow's steps): an
//!   axis keeps its place while it stays cut, leaves when its cut is removed, and a newly cut
//!   axis comes last.

use histcube::{AxisCut, CutError, Engine};

use crate::model::bin_cut::BinCut;
use crate::model::history::History;

/// Whatever applies cuts: `(axis, cut)` pairs, `None` removing an axis's cut.
pub trait CutTarget {
    /// Applies the cuts in order; on a refused cut the axes before it keep their new cuts.
    fn set_cuts(&mut self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError>;
}

impl CutTarget for Engine {
    fn set_cuts(&mut self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
        cuts.iter().try_for_each(|(axis, cut)| match cut {
            Some(cut) => self.set_cut(*axis, cut).map(drop),
            None => self.clear_cut(*axis).map(drop),
        })
    }
}

/// The cut on every axis as the controls show it, and the undo history.
#[derive(Clone, Debug, PartialEq)]
pub struct CutController {
    cuts: Vec<BinCut>,
    history: History<Vec<BinCut>>,
    /// The axes cut, in the order they were first cut.
    order: Vec<usize>,
}

impl CutController {
    /// Starts at `cuts`, which the engine already has, with an empty history of `undo_limit`
    /// steps.
    /// The axes already cut count as cut in axis order.
    pub fn new(cuts: Vec<BinCut>, undo_limit: usize) -> Self {
        let order = next_order(&[], &cuts);
        Self { cuts, history: History::new(undo_limit), order }
    }

    /// The axes cut at the start taken in `preferred`'s order (a guided path's cuts, for a link
    /// that arrives with them all set), the others after them in axis order.
    pub fn with_preferred_order(mut self, preferred: &[usize]) -> Self {
        let mut order: Vec<usize> = Vec::with_capacity(self.order.len());
        for &axis in preferred.iter().chain(&self.order) {
            if self.order.contains(&axis) && !order.contains(&axis) {
                order.push(axis);
            }
        }
        self.order = order;
        self
    }

    /// The axes cut now, in the order they were first cut.
    pub fn applied_order(&self) -> &[usize] {
        &self.order
    }

    /// The cut on every axis, in axis order.
    pub fn cuts(&self) -> &[BinCut] {
        &self.cuts
    }

    pub fn any_cut(&self) -> bool {
        self.cuts.iter().any(BinCut::is_cut)
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Moves the engine and the controls to `target`, touching only the axes that differ.
    /// `Ok(false)` when nothing differs; on a refused cut the engine is put back and the
    /// controls stay as they were.
    pub fn go_to(&mut self, target: Vec<BinCut>, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let changed: Vec<(usize, Option<AxisCut>)> = self
            .cuts
            .iter()
            .zip(&target)
            .enumerate()
            .filter(|(_, (now, next))| now != next)
            .map(|(axis, (_, next))| (axis, next.axis_cut()))
            .collect();
        if changed.is_empty() {
            return Ok(false);
        }
        if let Err(error) = engine.set_cuts(&changed) {
            // Put back the axes that did change, so the engine matches the controls again.
            let restore: Vec<(usize, Option<AxisCut>)> =
                changed.iter().map(|(axis, _)| (*axis, self.cuts[*axis].axis_cut())).collect();
            _ = engine.set_cuts(&restore);
            return Err(error);
        }
        self.order = next_order(&self.order, &target);
        self.cuts = target;
        Ok(true)
    }

    /// A change the student made: as [`Self::go_to`], recorded as one undo step when it moved.
    pub fn change_to(&mut self, target: Vec<BinCut>, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let previous = self.cuts.clone();
        let moved = self.go_to(target, engine)?;
        if moved {
            self.history.record(previous);
        }
        Ok(moved)
    }

    /// The cut on one axis changed (typed, stepped, dragged, a chip, a guided step).
    pub fn change_axis(&mut self, axis: usize, cut: BinCut, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let mut target = self.cuts.clone();
        target[axis] = cut;
        self.change_to(target, engine)
    }

    /// Every cut removed, as one undo step.
    pub fn reset_all(&mut self, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let target = self.cuts.iter().map(BinCut::cleared).collect();
        self.change_to(target, engine)
    }

    /// Back to the cuts before the last change; `Ok(false)` when there is none.
    pub fn undo(&mut self, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let Some(previous) = self.history.undo(self.cuts.clone()) else { return Ok(false) };
        let outcome = self.go_to(previous.clone(), engine);
        if !matches!(outcome, Ok(true)) {
            // Nothing moved, so the step is not undone after all.
            _ = self.history.redo(previous);
        }
        outcome
    }

    /// Forward to the cuts undone last; `Ok(false)` when nothing was undone.
    pub fn redo(&mut self, engine: &mut impl CutTarget) -> Result<bool, CutError> {
        let Some(next) = self.history.redo(self.cuts.clone()) else { return Ok(false) };
        let outcome = self.go_to(next.clone(), engine);
        if !matches!(outcome, Ok(true)) {
            _ = self.history.undo(next);
        }
        outcome
    }
}

/// The order of the axes cut in `cuts`: those of `before` still cut keep their places, the
/// newly cut ones follow in axis order.
fn next_order(before: &[usize], cuts: &[BinCut]) -> Vec<usize> {
    let still_cut = before.iter().copied().filter(|&axis| cuts.get(axis).is_some_and(BinCut::is_cut));
    let newly_cut = (0..cuts.len()).filter(|axis| cuts[*axis].is_cut() && !before.contains(axis));
    still_cut.chain(newly_cut).collect()
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use histcube::{Axis, CubeBuilder, DataKind, Manifest, Process, Role};

    use super::*;
    use crate::model::range_cut::RangeCut;

    fn engine() -> Engine {
        let mut manifest = Manifest::new("demo", 13.0, 10.0, DataKind::None);
        manifest.axes = vec![Axis::regular("m4l", "GeV", 18, 80.0, 170.0), Axis::category("channel", &["4e", "4mu"])];
        manifest.processes = vec![Process::new("zz", Role::Background)];
        let mut builder = CubeBuilder::new(manifest).unwrap();
        for (m, channel, weight) in [(91.0, 0, 1.0), (125.0, 1, 2.0), (126.0, 0, 4.0)] {
            let bin = builder.manifest().axes[0].index(m).unwrap() as u16;
            builder.fill(0, &[bin, channel], weight);
        }
        Engine::new(builder.finish().unwrap())
    }

    fn uncut(engine: &Engine) -> Vec<BinCut> {
        engine.cube().manifest().axes.iter().map(BinCut::none).collect()
    }

    /// m4l cut to [lower, upper) by edge index.
    fn window(engine: &Engine, lower: usize, upper: usize) -> BinCut {
        let BinCut::Range { edges, .. } = uncut(engine).remove(0) else { panic!("m4l is numeric") };
        BinCut::Range { edges, range: RangeCut { lower, upper } }
    }

    fn only_4mu(engine: &Engine) -> BinCut {
        let BinCut::Categories(all) = uncut(engine).remove(1) else { panic!("channel has categories") };
        BinCut::Categories(all.toggled(0).unwrap())
    }

    fn selected(engine: &Engine) -> f64 {
        engine.yields()[0].sumw
    }

    /// Counts what reaches the engine.
    struct Counting<'a> {
        engine: &'a mut Engine,
        calls: Vec<Vec<usize>>,
    }

    impl CutTarget for Counting<'_> {
        fn set_cuts(&mut self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
            self.calls.push(cuts.iter().map(|(axis, _)| *axis).collect());
            self.engine.set_cuts(cuts)
        }
    }

    #[test]
    fn a_change_moves_the_engine_and_is_one_undo_step() {
        let mut engine = engine();
        let mut cuts = CutController::new(uncut(&engine), 10);
        assert!(!cuts.any_cut() && !cuts.can_undo() && !cuts.can_redo());
        assert_eq!(selected(&engine), 7.0);

        // 115–135 GeV keeps the two events near 125 GeV.
        assert_eq!(cuts.change_axis(0, window(&engine, 7, 11), &mut engine), Ok(true));
        assert_eq!(selected(&engine), 6.0);
        assert!(cuts.any_cut() && cuts.can_undo());
        assert_eq!(cuts.change_axis(1, only_4mu(&engine), &mut engine), Ok(true));
        assert_eq!(selected(&engine), 2.0);

        assert_eq!(cuts.undo(&mut engine), Ok(true));
        assert_eq!((selected(&engine), cuts.cuts()[1].is_cut()), (6.0, false));
        assert_eq!(cuts.undo(&mut engine), Ok(true));
        assert_eq!(selected(&engine), 7.0);
        assert_eq!(cuts.undo(&mut engine), Ok(false), "nothing before the first change");
        assert_eq!(cuts.redo(&mut engine), Ok(true));
        assert_eq!(cuts.redo(&mut engine), Ok(true));
        assert_eq!(selected(&engine), 2.0);
        assert_eq!(cuts.redo(&mut engine), Ok(false));
    }

    #[test]
    fn only_the_axes_that_differ_reach_the_engine() {
        let mut engine = engine();
        let start = uncut(&engine);
        let target = vec![start[0].clone(), only_4mu(&engine)];
        let mut cuts = CutController::new(start, 10);
        let mut counting = Counting { engine: &mut engine, calls: Vec::new() };
        assert_eq!(cuts.change_to(target.clone(), &mut counting), Ok(true));
        assert_eq!(cuts.change_to(target, &mut counting), Ok(false), "the cuts already shown");
        assert_eq!(counting.calls, [vec![1]]);
        assert_eq!(cuts.reset_all(&mut counting), Ok(true));
        assert_eq!(counting.calls, [vec![1], vec![1]]);
        assert!(!cuts.any_cut());
        // Two changes, two undo steps; going nowhere recorded none.
        assert!(cuts.undo(&mut counting).unwrap() && cuts.undo(&mut counting).unwrap());
        assert!(!cuts.can_undo());
    }

    #[test]
    fn a_new_change_forgets_what_was_undone() {
        let mut engine = engine();
        let mut cuts = CutController::new(uncut(&engine), 10);
        cuts.change_axis(0, window(&engine, 7, 11), &mut engine).unwrap();
        cuts.undo(&mut engine).unwrap();
        assert!(cuts.can_redo());
        cuts.change_axis(1, only_4mu(&engine), &mut engine).unwrap();
        assert!(!cuts.can_redo());
        assert_eq!(selected(&engine), 2.0, "the 4μ cut alone");
    }

    /// Refuses any cut on `axis`.
    struct Refusing<'a> {
        engine: &'a mut Engine,
        axis: usize,
    }

    impl CutTarget for Refusing<'_> {
        fn set_cuts(&mut self, cuts: &[(usize, Option<AxisCut>)]) -> Result<(), CutError> {
            for (axis, cut) in cuts {
                if *axis == self.axis && cut.is_some() {
                    return Err(CutError::NoSuchAxis(*axis));
                }
                self.engine.set_cuts(&[(*axis, cut.clone())])?;
            }
            Ok(())
        }
    }

    #[test]
    fn a_refused_cut_leaves_the_engine_and_the_controls_as_they_were() {
        let mut engine = engine();
        let start = uncut(&engine);
        let mut cuts = CutController::new(start.clone(), 10);
        let target = vec![window(&engine, 7, 11), only_4mu(&engine)];
        let mut refusing = Refusing { engine: &mut engine, axis: 1 };
        assert_eq!(cuts.change_to(target, &mut refusing), Err(CutError::NoSuchAxis(1)));
        assert_eq!(cuts.cuts(), start.as_slice());
        assert!(!cuts.can_undo(), "a refused change is no undo step");
        assert_eq!(selected(&engine), 7.0, "the m4l cut that was accepted is taken back");
    }

    #[test]
    fn a_refused_undo_is_not_taken() {
        let mut engine = engine();
        let mut cuts = CutController::new(uncut(&engine), 10);
        cuts.change_axis(1, only_4mu(&engine), &mut engine).unwrap();
        cuts.change_axis(1, BinCut::none(&engine.cube().manifest().axes[1]), &mut engine).unwrap();
        let mut refusing = Refusing { engine: &mut engine, axis: 1 };
        assert!(cuts.undo(&mut refusing).is_err());
        assert!(cuts.can_undo() && !cuts.can_redo(), "the step is still there to undo");
        assert_eq!(cuts.undo(&mut engine), Ok(true));
        assert_eq!(selected(&engine), 2.0);
    }

    #[test]
    fn the_axes_are_remembered_in_the_order_they_were_first_cut() {
        let mut engine = engine();
        let mut cuts = CutController::new(uncut(&engine), 10);
        assert!(cuts.applied_order().is_empty());
        cuts.change_axis(1, only_4mu(&engine), &mut engine).unwrap();
        cuts.change_axis(0, window(&engine, 7, 11), &mut engine).unwrap();
        assert_eq!(cuts.applied_order(), [1, 0]);
        // Moving a cut keeps its place; removing it takes it out; cutting again puts it last.
        cuts.change_axis(1, BinCut::none(&engine.cube().manifest().axes[1]), &mut engine).unwrap();
        assert_eq!(cuts.applied_order(), [0]);
        cuts.change_axis(1, only_4mu(&engine), &mut engine).unwrap();
        cuts.change_axis(0, window(&engine, 6, 11), &mut engine).unwrap();
        assert_eq!(cuts.applied_order(), [0, 1]);
        cuts.undo(&mut engine).unwrap();
        cuts.undo(&mut engine).unwrap();
        assert_eq!(cuts.applied_order(), [0]);
        cuts.reset_all(&mut engine).unwrap();
        assert!(cuts.applied_order().is_empty());
    }

    #[test]
    fn cuts_from_a_link_take_a_preferred_order_then_axis_order() {
        let engine = engine();
        let both = vec![window(&engine, 7, 11), only_4mu(&engine)];
        assert_eq!(CutController::new(both.clone(), 10).applied_order(), [0, 1]);
        let preferred = CutController::new(both.clone(), 10).with_preferred_order(&[1, 0]);
        assert_eq!(preferred.applied_order(), [1, 0]);
        let partial = CutController::new(both, 10).with_preferred_order(&[1]);
        assert_eq!(partial.applied_order(), [1, 0]);
        let only_m4l = vec![window(&engine, 7, 11), uncut(&engine).remove(1)];
        assert_eq!(CutController::new(only_m4l, 10).with_preferred_order(&[1, 0]).applied_order(), [0]);
    }
}
