//! The cut flow: how a selection got where it is, one cut at a time. Starting from no cut, each
//! step adds the current cut of one more axis, in the order the student applied them (or a
//! guided path's order), and reports every process's yield, the efficiency of that step for
//! signal and background, and s/√b and the Asimov Z after it.
//!
//! The numbers come from the engine's current cut masks in one pass over the cells
//! ([`Engine::step_yields`]), so the last step is exactly the selection the yields panel shows
//! when `order` names every cut axis.

use crate::engine::{Engine, Significance, Sums};
use crate::CutError;

/// One row of the cut flow.
#[derive(Clone, Debug, PartialEq)]
pub struct CutFlowStep {
    /// The axis whose cut this step adds; `None` for the first row, before any cut.
    pub axis: Option<usize>,
    /// Every process's yield after this step, in manifest order.
    pub yields: Vec<Sums>,
    /// s, b, data, s/√b and Z after this step (over the enabled processes).
    pub significance: Significance,
    /// Fraction of the signal before this step that it keeps; `None` on the first row or when
    /// there was no signal left to keep.
    pub signal_efficiency: Option<f64>,
    /// The same for the background.
    pub background_efficiency: Option<f64>,
}

/// Every step of a cut flow, the uncut sample first.
#[derive(Clone, Debug, PartialEq)]
pub struct CutFlow {
    pub steps: Vec<CutFlowStep>,
}

impl CutFlow {
    /// The cut flow of `engine`'s current cuts on the axes of `order`, taken in that order;
    /// s, b and the significances count the processes with `enabled[p]` true (missing entries
    /// count), as [`Engine::significance`] does.
    pub fn of(engine: &Engine, order: &[usize], enabled: &[bool]) -> Result<Self, CutError> {
        let processes = &engine.cube().manifest().processes;
        let yields = engine.step_yields(order)?;
        let mut steps: Vec<CutFlowStep> = Vec::with_capacity(yields.len());
        for (k, yields) in yields.into_iter().enumerate() {
            let significance = Significance::of(processes, &yields, enabled);
            let before = steps.last().map(|step| step.significance);
            steps.push(CutFlowStep {
                axis: k.checked_sub(1).map(|j| order[j]),
                signal_efficiency: before.and_then(|b| efficiency(significance.s.sumw, b.s.sumw)),
                background_efficiency: before.and_then(|b| efficiency(significance.b.sumw, b.b.sumw)),
                yields,
                significance,
            });
        }
        Ok(Self { steps })
    }
}

/// `after / before`, undefined when nothing was there before.
fn efficiency(after: f64, before: f64) -> Option<f64> {
    (before > 0.0).then(|| after / before)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Axis, AxisCut, CubeBuilder, DataKind, Manifest, Process, Role};

    /// Two axes, a signal, a background and data; every event of known weight.
    fn engine() -> Engine {
        let mut manifest = Manifest::new("demo", 13.0, 10.0, DataKind::Real);
        manifest.axes = vec![Axis::regular("m", "GeV", 4, 0.0, 40.0), Axis::category("channel", &["ee", "mumu"])];
        manifest.processes = vec![
            Process::new("data", Role::Data),
            Process::new("h", Role::Signal),
            Process::new("zz", Role::Background),
        ];
        let mut builder = CubeBuilder::new(manifest).unwrap();
        // (m, channel, process, weight)
        for (m, channel, process, weight) in [
            (5.0, 0, 2, 4.0),
            (15.0, 1, 2, 2.0),
            (25.0, 0, 1, 1.0),
            (25.0, 1, 1, 2.0),
            (25.0, 1, 2, 1.0),
            (35.0, 1, 2, 3.0),
            (25.0, 1, 0, 1.0),
            (35.0, 0, 0, 1.0),
        ] {
            let bin = builder.manifest().axes[0].index(m).unwrap() as u16;
            builder.fill(process, &[bin, channel], weight);
        }
        Engine::new(builder.finish().unwrap())
    }

    fn sumw(step: &CutFlowStep) -> Vec<f64> {
        step.yields.iter().map(|s| s.sumw).collect()
    }

    #[test]
    fn each_step_adds_one_cut_in_the_order_given() {
        let mut engine = engine();
        engine.set_cut(0, &AxisCut::range(Some(20.0), Some(30.0))).unwrap();
        engine.set_cut(1, &AxisCut::categories(&["mumu"])).unwrap();
        let flow = CutFlow::of(&engine, &[1, 0], &[]).unwrap();
        let axes: Vec<Option<usize>> = flow.steps.iter().map(|s| s.axis).collect();
        assert_eq!(axes, [None, Some(1), Some(0)]);
        assert_eq!(sumw(&flow.steps[0]), [2.0, 3.0, 10.0]);
        assert_eq!(sumw(&flow.steps[1]), [1.0, 2.0, 6.0]);
        assert_eq!(sumw(&flow.steps[2]), [1.0, 2.0, 1.0]);
        assert_eq!(flow.steps[2].yields, engine.yields(), "the last step is the selection on screen");
        assert_eq!(flow.steps[0].signal_efficiency, None);
        assert_eq!(flow.steps[1].signal_efficiency, Some(2.0 / 3.0));
        assert_eq!(flow.steps[1].background_efficiency, Some(0.6));
        assert_eq!(flow.steps[2].background_efficiency, Some(1.0 / 6.0));
        let last = flow.steps[2].significance;
        assert_eq!((last.s.sumw, last.b.sumw, last.data.sumw), (2.0, 1.0, 1.0));
        assert_eq!(last.s_over_sqrt_b, Some(2.0));
        assert_eq!(last, engine.significance(&[]));
        // The other order reaches the same selection through other numbers.
        let other = CutFlow::of(&engine, &[0, 1], &[]).unwrap();
        assert_eq!(sumw(&other.steps[1]), [1.0, 3.0, 1.0]);
        assert_eq!(other.steps[2].yields, flow.steps[2].yields);
    }

    #[test]
    fn axes_outside_the_order_are_not_cut_and_hidden_processes_leave_the_sums() {
        let mut engine = engine();
        engine.set_cut(0, &AxisCut::range(Some(20.0), Some(30.0))).unwrap();
        engine.set_cut(1, &AxisCut::categories(&["ee"])).unwrap();
        let flow = CutFlow::of(&engine, &[0], &[true, true, false]).unwrap();
        assert_eq!(flow.steps.len(), 2);
        assert_eq!(sumw(&flow.steps[1]), [1.0, 3.0, 1.0], "the channel cut is not part of this flow");
        assert_eq!(flow.steps[1].significance.b.sumw, 0.0);
        assert_eq!(flow.steps[1].background_efficiency, None, "no background counted, no efficiency");
        assert_eq!(flow.steps[1].significance.z_asimov, None);
        assert_eq!(CutFlow::of(&engine, &[], &[]).unwrap().steps.len(), 1);
    }

    #[test]
    fn a_step_that_removes_all_signal_leaves_the_next_efficiency_undefined() {
        let mut engine = engine();
        engine.set_cut(0, &AxisCut::range(None, Some(10.0))).unwrap();
        engine.set_cut(1, &AxisCut::categories(&["ee"])).unwrap();
        let flow = CutFlow::of(&engine, &[0, 1], &[]).unwrap();
        assert_eq!(flow.steps[1].signal_efficiency, Some(0.0));
        assert_eq!(flow.steps[2].signal_efficiency, None);
        assert_eq!(flow.steps[2].background_efficiency, Some(1.0));
    }

    #[test]
    fn a_repeated_or_unknown_axis() {
        let mut engine = engine();
        engine.set_cut(1, &AxisCut::categories(&["ee"])).unwrap();
        let flow = CutFlow::of(&engine, &[1, 1], &[]).unwrap();
        assert_eq!(flow.steps[2].yields, flow.steps[1].yields, "an axis counts at its first place only");
        assert_eq!(CutFlow::of(&engine, &[0, 2], &[]), Err(CutError::NoSuchAxis(2)));
    }
}
