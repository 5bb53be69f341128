//! The cut on every axis as the controls hold it, a [`BinCut`] (it keeps whole bins): a
//! bin-edge [`RangeCut`] on a numeric axis, a [`CategoryCut`] (the categories kept) on a
//! category axis. From it come the engine cut, the parts of the axis's
//! own plot that fall outside the cut (shaded there), and the one-line summary of all cuts.

use histcube::{Axis, AxisCut};

use crate::model::range_cut::{AxisEdges, RangeCut};
use crate::model::{labels, numbers};

/// Which categories of a category axis are kept; at least one always is, because a selection
/// of nothing would empty every plot and every yield without telling the student why.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryCut {
    ids: Vec<String>,
    labels: Vec<String>,
    selected: Vec<bool>,
}

impl CategoryCut {
    /// The categories a drag across the bar chart from `a` to `b` covers (category `i` spans
    /// `i − ½ … i + ½`): every category the drag touches is kept, and at least the one under it.
    pub fn dragged(&self, a: f64, b: f64) -> Self {
        let (from, to) = if a <= b { (a, b) } else { (b, a) };
        let last = self.len().saturating_sub(1) as f64;
        let first = from.round().clamp(0.0, last) as usize;
        let end = to.round().clamp(0.0, last) as usize;
        let keep: Vec<bool> = (0..self.len()).map(|i| (first..=end).contains(&i)).collect();
        self.with_selected(&keep)
    }

    /// Every category of a category axis selected; `None` for a numeric axis.
    pub fn of(axis: &Axis) -> Option<Self> {
        axis.is_category().then(|| {
            let categories = axis.categories();
            Self {
                ids: categories.iter().map(|c| c.id.clone()).collect(),
                labels: categories.iter().map(|c| labels::text(&c.label_key)).collect(),
                selected: vec![true; categories.len()],
            }
        })
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn id(&self, index: usize) -> &str {
        &self.ids[index]
    }

    pub fn label(&self, index: usize) -> &str {
        &self.labels[index]
    }

    pub fn is_selected(&self, index: usize) -> bool {
        self.selected[index]
    }

    /// True when `index` is the only category still selected, so it cannot be switched off.
    pub fn is_last_selected(&self, index: usize) -> bool {
        self.selected[index] && self.selected.iter().filter(|s| **s).count() == 1
    }

    pub fn is_all(&self) -> bool {
        self.selected.iter().all(|s| *s)
    }

    pub fn all(&self) -> Self {
        Self { selected: vec![true; self.selected.len()], ..self.clone() }
    }

    /// The choice keeping exactly the categories with `keep[i]` true; `keep` must hold at least
    /// one true value and one entry per category.
    pub fn with_selected(&self, keep: &[bool]) -> Self {
        assert!(keep.len() == self.len() && keep.contains(&true), "a choice keeps at least one of its categories");
        Self { selected: keep.to_vec(), ..self.clone() }
    }

    /// The choice with `index` switched; `None` when that would leave no category selected.
    pub fn toggled(&self, index: usize) -> Option<Self> {
        if self.is_last_selected(index) {
            return None;
        }
        let mut next = self.clone();
        next.selected[index] = !next.selected[index];
        Some(next)
    }

    /// The engine cut, `None` when every category is kept (no cut).
    pub fn axis_cut(&self) -> Option<AxisCut> {
        (!self.is_all()).then(|| AxisCut::Categories(self.selected_ids().map(str::to_owned).collect()))
    }

    fn selected_ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().zip(&self.selected).filter(|(_, s)| **s).map(|(id, _)| id.as_str())
    }

    fn selected_labels(&self) -> Vec<&str> {
        self.labels.iter().zip(&self.selected).filter(|(_, s)| **s).map(|(l, _)| l.as_str()).collect()
    }
}

/// The cut on one axis as its control holds it; [`BinCut::axis_cut`] is the engine's form.
#[derive(Clone, Debug, PartialEq)]
pub enum BinCut {
    Range { edges: AxisEdges, range: RangeCut },
    Categories(CategoryCut),
}

impl BinCut {
    /// No cut on `axis`.
    pub fn none(axis: &Axis) -> Self {
        match (AxisEdges::of(axis), CategoryCut::of(axis)) {
            (Some(edges), _) => Self::Range { range: edges.full_range(), edges },
            (None, Some(choice)) => Self::Categories(choice),
            (None, None) => unreachable!("an axis is either numeric or a category axis"),
        }
    }

    /// The cut a drag across the axis's plot from `a` to `b` (x values, either order) makes:
    /// snapped to bin edges ([`AxisEdges::dragged`]) or to the categories it covers.
    pub fn dragged(&self, a: f64, b: f64) -> Self {
        match self {
            Self::Range { edges, .. } => Self::Range { edges: edges.clone(), range: edges.dragged(a, b) },
            Self::Categories(choice) => Self::Categories(choice.dragged(a, b)),
        }
    }

    /// The same axis with its cut removed.
    pub fn cleared(&self) -> Self {
        match self {
            Self::Range { edges, .. } => Self::Range { edges: edges.clone(), range: edges.full_range() },
            Self::Categories(choice) => Self::Categories(choice.all()),
        }
    }

    pub fn is_cut(&self) -> bool {
        self.axis_cut().is_some()
    }

    /// The engine cut, `None` for no cut.
    pub fn axis_cut(&self) -> Option<AxisCut> {
        match self {
            Self::Range { edges, range } => edges.axis_cut(*range),
            Self::Categories(choice) => choice.axis_cut(),
        }
    }

    /// The stretches of the axis's own plot, in its x coordinates (`plot_edges`, as in
    /// [`crate::model::histogram::StackedHistogram::edges`]), that the cut removes from every
    /// other plot and from the yields. The axis's own plot still shows them, shaded.
    pub fn excluded_spans(&self, plot_edges: &[f64]) -> Vec<(f64, f64)> {
        match self {
            Self::Range { edges, range } => {
                let (first, last) = (plot_edges[0], plot_edges[plot_edges.len() - 1]);
                let mut spans = Vec::new();
                if range.lower > 0 {
                    spans.push((first, edges.value(range.lower)));
                }
                if range.upper + 1 < edges.values().len() {
                    spans.push((edges.value(range.upper), last));
                }
                spans
            }
            Self::Categories(choice) => (0..choice.len().min(plot_edges.len().saturating_sub(1)))
                .filter(|&i| !choice.is_selected(i))
                .map(|i| (plot_edges[i], plot_edges[i + 1]))
                .collect(),
        }
    }

    /// The cut in a few words, e.g. "m₄ℓ 115–135 GeV" or "Channel 4μ, 2e2μ"; `None` for no cut.
    pub fn describe(&self, name: &str, unit: &str) -> Option<String> {
        let unit = if unit.is_empty() { String::new() } else { format!(" {unit}") };
        match self {
            Self::Range { edges, range } => {
                if edges.is_full(*range) {
                    return None;
                }
                let lower = numbers::shown(&numbers::edge(edges.value(range.lower)));
                let upper = numbers::shown(&numbers::edge(edges.value(range.upper)));
                let open_above = range.upper + 1 == edges.values().len();
                Some(match (range.lower == 0, open_above) {
                    (true, _) => format!("{name} < {upper}{unit}"),
                    (_, true) => format!("{name} ≥ {lower}{unit}"),
                    _ => format!("{name} {lower}–{upper}{unit}"),
                })
            }
            Self::Categories(choice) => {
                (!choice.is_all()).then(|| format!("{name} {}", choice.selected_labels().join(", ")))
            }
        }
    }
}

/// An axis's short name and unit, as the summary line writes them.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisName {
    pub short: String,
    pub unit: String,
}

impl AxisName {
    pub fn of(axis: &Axis) -> Self {
        Self { short: labels::short(&labels::text(&axis.label_key)).to_owned(), unit: axis.unit.clone() }
    }
}

/// Every cut in one line, e.g. "m₄ℓ 115–135 GeV · Channel 4μ", in axis order.
pub fn cuts_summary(names: &[AxisName], selections: &[BinCut]) -> String {
    let parts: Vec<String> = names
        .iter()
        .zip(selections)
        .filter_map(|(name, selection)| selection.describe(&name.short, &name.unit))
        .collect();
    if parts.is_empty() {
        labels::text("cuts-none")
    } else {
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    fn channel() -> Axis {
        Axis::category("channel", &["4e", "4mu", "2e2mu"])
    }

    fn m4l() -> Axis {
        Axis::regular("m4l", "GeV", 18, 80.0, 170.0)
    }

    fn names() -> Vec<AxisName> {
        vec![AxisName::of(&m4l()), AxisName::of(&channel())]
    }

    #[test]
    fn chips_toggle_but_the_last_selected_category_stays() {
        let all = CategoryCut::of(&channel()).unwrap();
        assert_eq!((all.len(), all.label(1), all.id(1)), (3, "4μ", "4mu"));
        assert!(all.is_all());
        assert_eq!(all.axis_cut(), None);

        let no_4e = all.toggled(0).unwrap();
        assert_eq!(no_4e.axis_cut(), Some(AxisCut::categories(&["4mu", "2e2mu"])));
        let only_4mu = no_4e.toggled(2).unwrap();
        assert!(only_4mu.is_last_selected(1));
        assert!(!only_4mu.is_last_selected(0), "an unselected chip is not the last selected one");
        assert_eq!(only_4mu.toggled(1), None);
        assert_eq!(only_4mu.toggled(0).unwrap().axis_cut(), Some(AxisCut::categories(&["4e", "4mu"])));
        assert_eq!(only_4mu.all(), all);
        assert_eq!(CategoryCut::of(&m4l()), None);
    }

    #[test]
    fn a_drag_over_the_bars_keeps_the_categories_it_touches() {
        let all = CategoryCut::of(&channel()).unwrap();
        assert_eq!(all.dragged(1.3, -0.2).axis_cut(), Some(AxisCut::categories(&["4e", "4mu"])));
        assert_eq!(all.dragged(1.9, 1.8).axis_cut(), Some(AxisCut::categories(&["2e2mu"])));
        assert_eq!(all.dragged(-3.0, 9.0).axis_cut(), None);
    }

    #[test]
    fn the_summary_names_every_cut_in_axis_order() {
        let m4l_none = BinCut::none(&m4l());
        let channel_none = BinCut::none(&channel());
        assert_eq!(
            cuts_summary(&names(), &[m4l_none.clone(), channel_none.clone()]),
            "No cuts: every event is selected."
        );

        let BinCut::Range { edges, .. } = &m4l_none else { panic!("m4l is numeric") };
        let window = BinCut::Range { edges: edges.clone(), range: RangeCut { lower: 7, upper: 11 } };
        let BinCut::Categories(choice) = &channel_none else { panic!("channel has categories") };
        let only_4mu = BinCut::Categories(choice.toggled(0).unwrap().toggled(2).unwrap());
        assert_eq!(cuts_summary(&names(), &[window.clone(), only_4mu.clone()]), "m₄ℓ 115–135 GeV · Channel 4μ");
        assert_eq!(cuts_summary(&names(), &[m4l_none.clone(), only_4mu]), "Channel 4μ");

        let above = BinCut::Range { edges: edges.clone(), range: RangeCut { lower: 7, upper: 18 } };
        let below = BinCut::Range { edges: edges.clone(), range: RangeCut { lower: 0, upper: 11 } };
        assert_eq!(above.describe("m₄ℓ", "GeV").as_deref(), Some("m₄ℓ ≥ 115 GeV"));
        assert_eq!(below.describe("m₄ℓ", "GeV").as_deref(), Some("m₄ℓ < 135 GeV"));
        assert_eq!(below.describe("x", "").as_deref(), Some("x < 135"));
        assert_eq!(window.cleared().describe("m₄ℓ", "GeV"), None);
        assert!(!window.cleared().is_cut());
    }

    #[test]
    fn the_shaded_spans_are_what_the_cut_removes() {
        let BinCut::Range { edges, .. } = BinCut::none(&m4l()) else { panic!("m4l is numeric") };
        let plot_edges = edges.values().to_vec();
        let window = BinCut::Range { edges: edges.clone(), range: RangeCut { lower: 7, upper: 11 } };
        assert_eq!(window.excluded_spans(&plot_edges), [(80.0, 115.0), (135.0, 170.0)]);
        let above = BinCut::Range { edges, range: RangeCut { lower: 7, upper: 18 } };
        assert_eq!(above.excluded_spans(&plot_edges), [(80.0, 115.0)]);

        let BinCut::Categories(choice) = BinCut::none(&channel()) else { panic!("categories") };
        let without_4mu = BinCut::Categories(choice.toggled(1).unwrap());
        assert_eq!(without_4mu.excluded_spans(&[-0.5, 0.5, 1.5, 2.5]), [(0.5, 1.5)]);
        assert_eq!(without_4mu.axis_cut(), Some(AxisCut::categories(&["4e", "2e2mu"])));
        assert_eq!(without_4mu.cleared().excluded_spans(&[-0.5, 0.5, 1.5, 2.5]), []);
    }
}
