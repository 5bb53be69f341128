//! A cut on a numeric axis held as two bin edges ([`RangeCut`]), and the edges it can take.
//!
//! The engine cuts whole bins, so the interface only ever offers bin edges: a typed value snaps
//! to the nearest edge and the arrow keys move one edge at a time. What the student sees on the
//! plot is then exactly what the engine selects.

use histcube::{Axis, AxisCut};

use crate::model::{labels, numbers};

/// A range cut `[edge(lower), edge(upper))` by indices into an axis's in-range edges.
///
/// An index at the end of the axis leaves that side open, which also keeps the underflow or
/// overflow bin: the full range is no cut at all rather than a cut that drops the flow bins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeCut {
    pub lower: usize,
    pub upper: usize,
}

/// The in-range bin edges of one numeric axis, and the cuts they allow.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisEdges {
    edges: Vec<f64>,
}

impl AxisEdges {
    /// The edges of a numeric axis; `None` for a category axis, which is cut by category instead.
    pub fn of(axis: &Axis) -> Option<Self> {
        (!axis.is_category()).then(|| Self { edges: axis.edges() })
    }

    /// The edges, lowest first; there are always at least two.
    pub fn values(&self) -> &[f64] {
        &self.edges
    }

    pub fn value(&self, index: usize) -> f64 {
        self.edges[index.min(self.last())]
    }

    /// The common bin width when all bins are equally wide (a regular axis), so that a number
    /// input's native stepping lands on the edges; `None` for variable bins.
    pub fn uniform_width(&self) -> Option<f64> {
        let first = self.edges[1] - self.edges[0];
        let tolerance = 1e-9 * first.abs();
        self.edges.windows(2).all(|w| ((w[1] - w[0]) - first).abs() <= tolerance).then_some(first)
    }

    fn last(&self) -> usize {
        self.edges.len() - 1
    }

    pub fn full_range(&self) -> RangeCut {
        RangeCut { lower: 0, upper: self.last() }
    }

    pub fn is_full(&self, range: RangeCut) -> bool {
        range == self.full_range()
    }

    /// The edge closest to `value`; values outside the axis go to its ends.
    pub fn nearest(&self, value: f64) -> usize {
        let above = self.edges.partition_point(|e| *e < value);
        if above == 0 {
            return 0;
        }
        if above > self.last() {
            return self.last();
        }
        // Halfway between two edges rounds up, like rounding a number.
        if value - self.edges[above - 1] < self.edges[above] - value {
            above - 1
        } else {
            above
        }
    }

    /// The range with its lower end snapped to `value`, kept at least one bin below the upper end.
    pub fn with_lower(&self, range: RangeCut, value: f64) -> RangeCut {
        self.with_lower_index(range, self.nearest(value) as isize)
    }

    /// The range with its upper end snapped to `value`, kept at least one bin above the lower end.
    pub fn with_upper(&self, range: RangeCut, value: f64) -> RangeCut {
        self.with_upper_index(range, self.nearest(value) as isize)
    }

    /// The range with its lower end moved by `steps` edges (keyboard stepping).
    pub fn step_lower(&self, range: RangeCut, steps: isize) -> RangeCut {
        self.with_lower_index(range, range.lower as isize + steps)
    }

    /// The range with its upper end moved by `steps` edges (keyboard stepping).
    pub fn step_upper(&self, range: RangeCut, steps: isize) -> RangeCut {
        self.with_upper_index(range, range.upper as isize + steps)
    }

    fn with_lower_index(&self, range: RangeCut, index: isize) -> RangeCut {
        let lower = index.clamp(0, range.upper as isize - 1) as usize;
        RangeCut { lower, upper: range.upper }
    }

    fn with_upper_index(&self, range: RangeCut, index: isize) -> RangeCut {
        let upper = index.clamp(range.lower as isize + 1, self.last() as isize) as usize;
        RangeCut { lower: range.lower, upper }
    }

    /// The range a drag across the plot from `a` to `b` (x values, either order) selects: each
    /// end snaps to the nearest edge, an end dragged beyond the axis (into a flow column) leaves
    /// that side open, and a drag within one bin selects that bin.
    pub fn dragged(&self, a: f64, b: f64) -> RangeCut {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let lower = if from < self.edges[0] { 0 } else { self.nearest(from) };
        let upper = if to > self.edges[self.last()] { self.last() } else { self.nearest(to) };
        if lower < upper {
            return RangeCut { lower, upper };
        }
        // Both ends snapped to one edge: the bin the drag lies in.
        let middle = 0.5 * (from + to);
        let bin = self.edges.partition_point(|e| *e <= middle).clamp(1, self.last()) - 1;
        RangeCut { lower: bin, upper: bin + 1 }
    }

    /// The engine cut for a range, `None` when the range is the whole axis (no cut).
    pub fn axis_cut(&self, range: RangeCut) -> Option<AxisCut> {
        if self.is_full(range) {
            return None;
        }
        let lower = (range.lower > 0).then(|| self.value(range.lower));
        let upper = (range.upper < self.last()).then(|| self.value(range.upper));
        Some(AxisCut::range(lower, upper))
    }
}

/// The range cut of one axis in a sentence, as its control says it under the inputs:
/// "Selected: m₄ℓ from 115 to 135 GeV.", or that there is no cut. `label` is the axis's short
/// name, `unit` its unit (may be empty).
pub fn range_summary(label: &str, unit: &str, edges: &AxisEdges, range: RangeCut) -> String {
    if edges.is_full(range) {
        return labels::fill("cut-none", &[("axis", label)]);
    }
    let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
    let lower = numbers::shown(&numbers::edge(edges.value(range.lower)));
    let upper = numbers::shown(&numbers::edge(edges.value(range.upper)));
    let open_above = range.upper + 1 == edges.values().len();
    match (range.lower == 0, open_above) {
        (true, _) => labels::fill("cut-below", &[("axis", label), ("upper", &format!("{upper}{unit}"))]),
        (_, true) => labels::fill("cut-from", &[("axis", label), ("lower", &format!("{lower}{unit}"))]),
        _ => labels::fill("cut-between", &[("axis", label), ("lower", &lower), ("upper", &format!("{upper}{unit}"))]),
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    fn m4l() -> AxisEdges {
        // Edges 80, 85, …, 170.
        AxisEdges::of(&Axis::regular("m4l", "GeV", 18, 80.0, 170.0)).unwrap()
    }

    #[test]
    fn typed_values_snap_to_the_nearest_edge() {
        let edges = m4l();
        assert_eq!(edges.nearest(80.0), 0);
        assert_eq!(edges.nearest(82.4), 0);
        assert_eq!(edges.nearest(82.5), 1);
        assert_eq!(edges.nearest(124.0), 9);
        assert_eq!(edges.nearest(-1e9), 0);
        assert_eq!(edges.nearest(1e9), 18);
        let variable = AxisEdges::of(&Axis::variable("x", "", vec![0.0, 1.0, 10.0])).unwrap();
        assert_eq!(variable.nearest(4.0), 1);
        assert_eq!(variable.nearest(6.0), 2);
    }

    #[test]
    fn ends_never_cross() {
        let edges = m4l();
        let range = edges.with_upper(edges.full_range(), 130.0);
        assert_eq!(range, RangeCut { lower: 0, upper: 10 });
        assert_eq!(edges.with_lower(range, 200.0), RangeCut { lower: 9, upper: 10 });
        assert_eq!(edges.with_upper(RangeCut { lower: 9, upper: 10 }, 0.0), RangeCut { lower: 9, upper: 10 });
        assert_eq!(edges.step_lower(RangeCut { lower: 0, upper: 10 }, -3), RangeCut { lower: 0, upper: 10 });
        assert_eq!(edges.step_upper(RangeCut { lower: 0, upper: 10 }, 100), edges.full_range());
    }

    #[test]
    fn a_drag_snaps_to_edges_and_beyond_the_axis_is_open() {
        let edges = m4l();
        assert_eq!(edges.dragged(131.0, 114.0), RangeCut { lower: 7, upper: 10 });
        assert_eq!(edges.dragged(70.0, 126.0), RangeCut { lower: 0, upper: 9 });
        assert_eq!(edges.dragged(118.0, 190.0), RangeCut { lower: 8, upper: 18 });
        assert_eq!(edges.dragged(121.0, 122.0), RangeCut { lower: 8, upper: 9 }, "within one bin: that bin");
        assert_eq!(edges.dragged(169.5, 169.9), RangeCut { lower: 17, upper: 18 });
    }

    #[test]
    fn full_range_is_no_cut_and_ends_stay_open() {
        let edges = m4l();
        assert_eq!(edges.axis_cut(edges.full_range()), None);
        assert_eq!(edges.axis_cut(RangeCut { lower: 0, upper: 10 }), Some(AxisCut::range(None, Some(130.0))));
        assert_eq!(edges.axis_cut(RangeCut { lower: 8, upper: 18 }), Some(AxisCut::range(Some(120.0), None)));
        assert_eq!(edges.axis_cut(RangeCut { lower: 8, upper: 10 }), Some(AxisCut::range(Some(120.0), Some(130.0))));
    }

    #[test]
    fn only_equal_bins_have_a_step() {
        assert_eq!(m4l().uniform_width(), Some(5.0));
        let variable = AxisEdges::of(&Axis::variable("x", "", vec![0.0, 1.0, 10.0])).unwrap();
        assert_eq!(variable.uniform_width(), None);
    }

    #[test]
    fn the_control_says_its_cut_in_a_sentence() {
        let edges = m4l();
        assert_eq!(range_summary("m₄ℓ", "GeV", &edges, edges.full_range()), "No cut on m₄ℓ: every event is selected.");
        assert_eq!(
            range_summary("m₄ℓ", "GeV", &edges, RangeCut { lower: 7, upper: 11 }),
            "Selected: m₄ℓ from 115 to 135 GeV."
        );
        assert_eq!(
            range_summary("m₄ℓ", "GeV", &edges, RangeCut { lower: 0, upper: 11 }),
            "Selected: m₄ℓ below 135 GeV."
        );
        assert_eq!(range_summary("x", "", &edges, RangeCut { lower: 7, upper: 18 }), "Selected: x from 115 up.");
    }

    #[test]
    fn category_axes_have_no_edges() {
        assert_eq!(AxisEdges::of(&Axis::category("channel", &["ee"])), None);
    }
}
